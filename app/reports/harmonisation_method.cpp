#include "reports/harmonisation_method.h"

#include "reports/report_data.h"

#include <QFileInfo>
#include <QStringList>

namespace wijk::reports {

namespace {

//! "2015→2020, gewogen naar …": the crosswalk's years, weight kind and source.
QString describe(const workspace::Crosswalk &crosswalk)
{
    const QString years =
        QStringLiteral("%1\u2192%2").arg(crosswalk.fromYear).arg(crosswalk.toYear);
    const QString file = QFileInfo(crosswalk.sourcePath).fileName();
    if (crosswalk.method == QLatin1String("area"))
        return QStringLiteral("%1, gewogen naar de oppervlakte die oude en nieuwe gebieden delen "
                              "(afgeleid uit de grenzen in de werkruimte)")
            .arg(years);
    if (crosswalk.method == QLatin1String("points"))
        return QStringLiteral("%1, gewogen naar het aantal adressen of woningen dat oude en "
                              "nieuwe gebieden delen (puntenbestand %2)")
            .arg(years, file);
    return QStringLiteral("%1, met de gewichten uit het bestand %2").arg(years, file);
}

} // namespace

QString harmonisationMethod(const ReportData &data)
{
    if (data.division() <= 0 || data.crosswalks().empty())
        return QString();
    QStringList crosswalks;
    for (const workspace::Crosswalk &crosswalk : data.crosswalks())
        crosswalks << describe(crosswalk);
    return QStringLiteral(
               "Omgerekende cijfers. Wijken en buurten zijn in de loop van de jaren opnieuw "
               "ingedeeld. Cijfers van jaren met een andere indeling zijn daarom geschat op de "
               "indeling van %1, met %2 %3. Aantallen (zoals inwoners) zijn over de nieuwe "
               "gebieden verdeeld naar hun aandeel in het gewicht van het oude gebied, zodat het "
               "totaal gelijk blijft. Percentages en verhoudingen zijn opnieuw berekend uit de "
               "omgerekende teller en noemer, gemiddelden gewogen met de omgerekende noemer; "
               "overige waarden zijn het naar gewicht gewogen gemiddelde van de oude gebieden. "
               "Een gebied dat niet veranderde houdt zijn geleverde cijfers. De omgerekende "
               "cijfers zijn schattingen. Ontbreekt een cijfer waarop een schatting berust, dan "
               "ontbreekt ook de "
               "schatting; is het afgeschermd, dan ook de schatting, en de ondergrens voor kleine "
               "aantallen geldt opnieuw voor de omgerekende cijfers.")
        .arg(data.division())
        .arg(crosswalks.size() == 1 ? QStringLiteral("de omrekentabel")
                                    : QStringLiteral("de omrekentabellen"))
        .arg(crosswalks.join(QStringLiteral("; ")));
}

} // namespace wijk::reports
