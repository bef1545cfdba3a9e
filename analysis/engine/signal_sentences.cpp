#include "engine/signal_sentences.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace wijk::engine {

namespace {

//! "Aandeel x" -> "Het aandeel x": the indicator names are noun phrases without an article.
QString subject(const QString &name)
{
    static const std::pair<const char *, const char *> articles[] = {
        {"aandeel ", "Het aandeel "},
        {"aantal ", "Het aantal "},
        {"percentage ", "Het percentage "},
        {"gemiddelde ", "Het gemiddelde "},
        {"gemiddeld ", "Het gemiddeld "}};
    for (const auto &article : articles) {
        const QString prefix = QString::fromLatin1(article.first);
        if (name.startsWith(prefix, Qt::CaseInsensitive))
            return QString::fromLatin1(article.second) + name.mid(prefix.size());
    }
    return name;
}

//! The unit of a change per year: percentages change in procentpunten.
QString changeUnit(const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return QCoreApplication::translate("wijk::engine::signals", "procentpunt");
    if (unit == QLatin1String("per_1000"))
        return QCoreApplication::translate("wijk::engine::signals", "promillepunt");
    if (unit == QLatin1String("euro"))
        return QCoreApplication::translate("wijk::engine::signals", "euro");
    if (unit == QLatin1String("euro_x1000"))
        return QCoreApplication::translate("wijk::engine::signals", "duizend euro");
    if (unit == QLatin1String("years"))
        return QCoreApplication::translate("wijk::engine::signals", "jaar");
    if (unit == QLatin1String("index") || unit == QLatin1String("score"))
        return QCoreApplication::translate("wijk::engine::signals", "punt");
    return unitSymbol(unit);
}

QString valueUnit(const QString &unit)
{
    const QString symbol = valueSymbol(unit);
    return symbol.isEmpty() && unit != QLatin1String("count") ? changeUnit(unit) : symbol;
}

QString levelPlural(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Buurt:
        return QCoreApplication::translate("wijk::engine::signals", "de buurten");
    case RegionLevel::Wijk:
        return QCoreApplication::translate("wijk::engine::signals", "de wijken");
    case RegionLevel::Gemeente:
        return QCoreApplication::translate("wijk::engine::signals", "de gemeenten");
    case RegionLevel::Land:
        break;
    }
    return QCoreApplication::translate("wijk::engine::signals", "de gebieden");
}

} // namespace

ReferenceComparison compareWithReference(double slope, const QString &referenceName,
                                         double referenceSlope)
{
    if (referenceName.isEmpty() || !std::isfinite(referenceSlope))
        return ReferenceComparison::None;
    if (referenceSlope == 0.0)
        return ReferenceComparison::ReferenceLevel;
    if ((referenceSlope > 0) != (slope > 0))
        return referenceSlope > 0 ? ReferenceComparison::ReferenceRises
                                  : ReferenceComparison::ReferenceFalls;
    return std::fabs(slope) > std::fabs(referenceSlope) ? ReferenceComparison::Faster
                                                        : ReferenceComparison::Slower;
}

QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString significantNumber(double value, int decimals, const QLocale &locale)
{
    int shown = std::max(decimals, 0);
    if (value != 0.0 && std::isfinite(value))
        shown = std::max(shown, int(-std::floor(std::log10(std::fabs(value)))));
    return locale.toString(value, 'f', std::min(shown, 8));
}

QString qText(double q, const QLocale &locale)
{
    if (q < 0.001)
        return QStringLiteral("q < ") + locale.toString(0.001, 'f', 3);
    return QStringLiteral("q = ") + locale.toString(q, 'f', q < 0.01 ? 3 : 2);
}

QString unitSymbol(const QString &unit)
{
    if (unit == QLatin1String("m3"))
        return QStringLiteral("m³");
    if (unit == QLatin1String("kwh"))
        return QStringLiteral("kWh");
    if (unit == QLatin1String("ug_m3"))
        return QStringLiteral("µg/m³");
    return {};
}

QString valueSymbol(const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("per_1000"))
        return QStringLiteral("‰");
    return unitSymbol(unit);
}

QString dutchNumber(double value, int decimals)
{
    return significantNumber(value, decimals, QLocale(QLocale::Dutch, QLocale::Netherlands));
}

QString dutchQ(double q)
{
    return qText(q, QLocale(QLocale::Dutch, QLocale::Netherlands));
}

QString trendSentence(const TrendSentenceInput &input)
{
    const bool rising = input.slopePerYear > 0;
    const QString amount = withUnit(dutchNumber(std::fabs(input.slopePerYear), input.decimals),
                                    changeUnit(input.unit));
    QString sentence =
        (rising ? QCoreApplication::translate("wijk::engine::signals",
                                              "%1 in %2 stijgt sinds %3 met %4 per jaar (%5)")
                : QCoreApplication::translate("wijk::engine::signals",
                                              "%1 in %2 daalt sinds %3 met %4 per jaar (%5)"))
            .arg(subject(input.indicatorName), input.regionName)
            .arg(input.sinceYear)
            .arg(amount, dutchQ(input.q));
    // QT_TRANSLATE_NOOP keeps the clauses in the translation files.
    const auto clause = [](const char *text) {
        return QCoreApplication::translate("wijk::engine::signals", text);
    };
    switch (compareWithReference(input.slopePerYear, input.referenceName, input.referenceSlope)) {
    case ReferenceComparison::None:
        break;
    case ReferenceComparison::ReferenceLevel:
        sentence += clause(QT_TRANSLATE_NOOP("wijk::engine::signals",
                                             ", terwijl het gemiddelde in %1 gelijk blijft"))
                        .arg(input.referenceName);
        break;
    case ReferenceComparison::ReferenceRises:
        sentence += clause(QT_TRANSLATE_NOOP("wijk::engine::signals",
                                             ", terwijl het gemiddelde in %1 stijgt"))
                        .arg(input.referenceName);
        break;
    case ReferenceComparison::ReferenceFalls:
        sentence += clause(QT_TRANSLATE_NOOP("wijk::engine::signals",
                                             ", terwijl het gemiddelde in %1 daalt"))
                        .arg(input.referenceName);
        break;
    case ReferenceComparison::Faster:
        sentence +=
            clause(QT_TRANSLATE_NOOP("wijk::engine::signals", ", sneller dan gemiddeld in %1"))
                .arg(input.referenceName);
        break;
    case ReferenceComparison::Slower:
        sentence +=
            clause(QT_TRANSLATE_NOOP("wijk::engine::signals", ", langzamer dan gemiddeld in %1"))
                .arg(input.referenceName);
        break;
    }
    return sentence + QLatin1Char('.');
}

bool isFarOutlier(double z)
{
    return std::fabs(z) >= kFarOutlierZ;
}

QString outlierSentence(const OutlierSentenceInput &input)
{
    const QString unit = valueUnit(input.unit);
    const bool above = input.value > input.levelMean;
    const char *far =
        above
            ? QT_TRANSLATE_NOOP("wijk::engine::signals",
                                "%1 in %2 ligt in %3 met %4 ver boven het gemiddelde van %5 (%6).")
            : QT_TRANSLATE_NOOP("wijk::engine::signals",
                                "%1 in %2 ligt in %3 met %4 ver onder het gemiddelde van %5 (%6).");
    // Between the outlier threshold and kFarOutlierZ a value is out, but not "far" out.
    const char *near =
        above ? QT_TRANSLATE_NOOP("wijk::engine::signals",
                                  "%1 in %2 ligt in %3 met %4 boven het gemiddelde van %5 (%6).")
              : QT_TRANSLATE_NOOP("wijk::engine::signals",
                                  "%1 in %2 ligt in %3 met %4 onder het gemiddelde van %5 (%6).");
    const QString text =
        QCoreApplication::translate("wijk::engine::signals", isFarOutlier(input.z) ? far : near);
    return text.arg(subject(input.indicatorName), input.regionName)
        .arg(input.year)
        .arg(withUnit(dutchNumber(input.value, input.decimals), unit), levelPlural(input.level),
             withUnit(dutchNumber(input.levelMean, input.decimals), unit));
}

} // namespace wijk::engine
