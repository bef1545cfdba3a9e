#include "reports/memo_document.h"

#include "engine/region_focus.h"
#include "movers.h"
#include "output/output_file.h"
#include "peer_median.h"
#include "reports/harmonisation_method.h"
#include "reports/memo_clusters.h"
#include "reports/memo_maps.h"
#include "reports/memo_writer.h"
#include "reports/report_format.h"
#include "signal_tally.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <map>
#include <set>

namespace wijk::reports {

namespace {

bool inTheme(const Indicator &indicator, const QString &theme)
{
    return theme.isEmpty() || indicator.theme.compare(theme, Qt::CaseInsensitive) == 0;
}

QString signalKindWord(engine::SignalKind kind)
{
    switch (kind) {
    case engine::SignalKind::Worsening:
        return QStringLiteral("verslechtering");
    case engine::SignalKind::Improving:
        return QStringLiteral("verbetering");
    case engine::SignalKind::Outlier:
        return QStringLiteral("uitschieter");
    case engine::SignalKind::Trend:
        return QStringLiteral("trend");
    }
    return QString();
}

bool chosen(const ReportData &data, const engine::Signal &signal, const MemoSignalChoice &choice)
{
    const engine::Dataset &dataset = data.dataset();
    return dataset.region(signal.region).code == choice.region &&
           dataset.indicator(signal.indicator).code == choice.indicator;
}

} // namespace

std::vector<const engine::Signal *> memoLeadSignals(const ReportData &data,
                                                    const MemoOptions &options)
{
    std::vector<const engine::Signal *> lead;
    const std::vector<engine::Signal> &all = data.levelSignals(RegionLevel::Wijk);
    for (const MemoSignalChoice &choice : options.basket) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const engine::Signal &s) {
            return !s.smallNumbers && chosen(data, s, choice);
        });
        if (found != all.end())
            lead.push_back(&*found);
    }
    if (!options.basket.empty())
        return lead;
    const engine::RegionFocus focus(data.dataset(), options.focus);
    for (const engine::Signal &signal : all) {
        const Indicator &indicator = data.dataset().indicator(signal.indicator);
        if (inTheme(indicator, options.theme.trimmed()) && !signal.smallNumbers &&
            focus.contains(signal.region) &&
            signal.assessment == engine::SignalAssessment::Unfavourable)
            lead.push_back(&signal);
    }
    return lead;
}

QStringList catalogueThemes(const engine::Dataset &dataset)
{
    QStringList themes;
    for (int i = 0; i < dataset.indicatorCount(); ++i) {
        if (!themes.contains(dataset.indicator(i).theme))
            themes << dataset.indicator(i).theme;
    }
    return themes;
}

std::unique_ptr<QTextDocument> buildMemo(const ReportData &data, const MemoOptions &options,
                                         QString *error)
{
    const engine::Dataset &dataset = data.dataset();
    QString theme = options.theme.trimmed();
    if (!theme.isEmpty()) {
        const QStringList themes = catalogueThemes(dataset);
        const auto found = std::find_if(themes.begin(), themes.end(), [&](const QString &t) {
            return t.compare(theme, Qt::CaseInsensitive) == 0;
        });
        if (found == themes.end()) {
            *error =
                QCoreApplication::translate("Reports", "Unknown theme '%1'; the workspace has: %2.")
                    .arg(theme, themes.join(QStringLiteral(", ")));
            return nullptr;
        }
        theme = *found;
    }
    const exports::Provenance &provenance = data.provenance();
    // With a focus the memo is about those gemeenten's wijken (signals, movers, counts).
    const engine::RegionFocus focus(dataset, options.focus);
    QStringList focusNames;
    for (const QString &code : focus.gemeenten())
        focusNames << dataset.region(dataset.regionIndex(code)).name;
    const QString municipality =
        focus.isSet() ? focusNames.join(QStringLiteral(", ")) : data.municipalityName();
    const QString period = QStringLiteral("%1\u2013%2").arg(data.firstYear()).arg(data.lastYear());
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 QStringLiteral("Raadsmemo wijkmonitor %1").arg(municipality));
    MemoWriter w(document.get());

    w.paragraph(QStringLiteral("RAADSMEMO \u00b7 GEMEENTE %1").arg(municipality.toUpper()), 8,
                kGrey);
    w.heading(theme.isEmpty() ? QStringLiteral("Wijkmonitor %1: wat valt op").arg(municipality)
                              : QStringLiteral("Wijkmonitor %1: %2").arg(municipality, theme),
              1);
    w.paragraph(QStringLiteral("Cijfers %1 \u00b7 extract %2 van %3 \u00b7 opgesteld %4")
                    .arg(period, provenance.extractId,
                         provenance.extractCreated.isValid()
                             ? dutchDate(provenance.extractCreated.date())
                             : QStringLiteral("?"),
                         dutchDate(provenance.exportedAt.date())),
                8.5, kGrey);
    if (!options.opening.trimmed().isEmpty())
        w.paragraph(options.opening.trimmed());

    // Signals of the wijken in scope in the engine's order (unfavourable first, each strongest
    // first); neutral trends are no news for the council. Small numbers never reach a memo.
    const presentation::SignalTally tally = presentation::tallySignals(
        dataset, data.levelSignals(RegionLevel::Wijk), [&](const engine::Signal &signal) {
            return inTheme(dataset.indicator(signal.indicator), theme) &&
                   focus.contains(signal.region);
        });
    const std::vector<const engine::Signal *> &worse = tally.unfavourable;
    std::vector<const engine::Signal *> better = tally.favourable;

    w.heading(QStringLiteral("Samenvatting"), 2);
    const std::vector<int> wijken = data.wijken();
    const auto wijkenShown =
        std::count_if(wijken.begin(), wijken.end(), [&](int wijk) { return focus.contains(wijk); });
    QString summary = QStringLiteral("De wijkmonitor toont voor de %1 wijken van %2 %3 "
                                     "signalen die aandacht vragen en %4 verbeteringen.")
                          .arg(wijkenShown)
                          .arg(municipality)
                          .arg(worse.size())
                          .arg(better.size());
    if (const QString most = tally.leadingTheme(); !most.isEmpty())
        summary += QStringLiteral(" De meeste aandachtspunten liggen bij het thema %1 (%2).")
                       .arg(most.toLower())
                       .arg(tally.unfavourableByTheme.at(most));
    w.paragraph(summary);
    // The analyst's basket replaces the engine's choice of what heads the memo.
    const std::vector<const engine::Signal *> lead =
        options.basket.empty() ? worse : memoLeadSignals(data, options);
    for (std::size_t k = 0; k < lead.size() && k < 3; ++k)
        w.bullet(lead[k]->explanation);

    if (!options.basket.empty()) {
        w.heading(QStringLiteral("Gekozen signalen"), 2);
        QList<QStringList> rows;
        for (const engine::Signal *signal : lead)
            rows << QStringList{dataset.region(signal->region).name, signalKindWord(signal->kind),
                                signal->explanation};
        w.table({QStringLiteral("Wijk"), QStringLiteral("Soort"), QStringLiteral("Toelichting")},
                rows,
                {QTextLength(QTextLength::PercentageLength, 16),
                 QTextLength(QTextLength::PercentageLength, 17),
                 QTextLength(QTextLength::PercentageLength, 67)});
    } else if (worse.empty()) {
        w.heading(QStringLiteral("Signalen die het meest aandacht vragen"), 2);
        w.paragraph(QStringLiteral("Geen: geen wijk laat een significante verslechtering of een "
                                   "uitschieter aan de ongunstige kant zien."));
    } else {
        w.heading(QStringLiteral("Signalen die het meest aandacht vragen"), 2);
        QList<QStringList> rows;
        // Next to each signal: the median of the wijk's peer group in the latest year, the
        // reference line of the window's trend chart (presentation/peer_median.h).
        std::map<int, presentation::PeerGroup> peerGroups;
        const int last = data.lastPeriodIndex();
        for (std::size_t k = 0; k < worse.size() && int(k) < options.maxSignals; ++k) {
            const engine::Signal &signal = *worse[k];
            auto group = peerGroups.find(signal.region);
            if (group == peerGroups.end())
                group = peerGroups
                            .emplace(signal.region,
                                     presentation::peerGroup(dataset, signal.region, last))
                            .first;
            rows << QStringList{dataset.region(signal.region).name, signalKindWord(signal.kind),
                                signal.explanation,
                                formatValue(dataset.indicator(signal.indicator),
                                            presentation::peerMedian(dataset, signal.indicator,
                                                                     group->second, last))};
        }
        w.table({QStringLiteral("Wijk"), QStringLiteral("Soort"), QStringLiteral("Toelichting"),
                 QStringLiteral("Mediaan %1 vergelijkbare wijken %2")
                     .arg(presentation::kPeerGroupSize)
                     .arg(data.lastYear())},
                rows,
                {QTextLength(QTextLength::PercentageLength, 16),
                 QTextLength(QTextLength::PercentageLength, 14),
                 QTextLength(QTextLength::PercentageLength, 54),
                 QTextLength(QTextLength::PercentageLength, 16)},
                {3});
    }
    // What the basket already shows is not repeated among the improvements.
    better.erase(std::remove_if(better.begin(), better.end(),
                                [&lead, &options](const engine::Signal *signal) {
                                    return !options.basket.empty() &&
                                           std::find(lead.begin(), lead.end(), signal) !=
                                               lead.end();
                                }),
                 better.end());
    if (!better.empty()) {
        w.heading(QStringLiteral("Verbeteringen"), 2);
        QList<QStringList> rows;
        for (std::size_t k = 0; k < better.size() && int(k) < options.maxImproving; ++k)
            rows << QStringList{dataset.region(better[k]->region).name, better[k]->explanation};
        w.table({QStringLiteral("Wijk"), QStringLiteral("Toelichting")}, rows,
                {QTextLength(QTextLength::PercentageLength, 16),
                 QTextLength(QTextLength::PercentageLength, 84)});
    }

    // Largest movers per theme: change over the period, in standard deviations of the change
    // among the wijken for the same indicator, so that euros and percentages compare. A change
    // through a value on small numbers is noise: neither a mover nor part of the spread.
    w.heading(QStringLiteral("Grootste bewegers per thema"), 2);
    w.paragraph(QStringLiteral("Per thema de wijken en indicatoren die tussen het eerste en het "
                               "laatste jaar het sterkst veranderden ten opzichte van de andere "
                               "wijken. \u25b2/\u25bc: significante trend; \u25b3/\u25bd: "
                               "niet significant."),
                9, kGrey);
    presentation::MoversRequest moversRequest;
    moversRequest.themes = theme.isEmpty() ? catalogueThemes(dataset) : QStringList{theme};
    moversRequest.lastYear = data.lastYear();
    moversRequest.perTheme = options.moversPerTheme;
    moversRequest.focus = focus;
    QList<QStringList> moverRows;
    for (const presentation::Mover &mover :
         presentation::largestMovers(dataset, data.trends(RegionLevel::Wijk), moversRequest)) {
        const Indicator &indicator = dataset.indicator(mover.indicator);
        moverRows << QStringList{mover.rank == 0 ? mover.theme : QString(),
                                 dataset.region(mover.region).name,
                                 indicator.name,
                                 QStringLiteral("%1 (%2)")
                                     .arg(formatValue(indicator, mover.firstValue))
                                     .arg(mover.firstPeriod),
                                 QStringLiteral("%1 (%2)")
                                     .arg(formatValue(indicator, mover.lastValue))
                                     .arg(mover.lastPeriod),
                                 trendArrow(mover.direction, mover.slope)};
    }
    w.table({QStringLiteral("Thema"), QStringLiteral("Wijk"), QStringLiteral("Indicator"),
             QStringLiteral("Van"), QStringLiteral("Naar"), QStringLiteral("Trend")},
            moverRows,
            {QTextLength(QTextLength::PercentageLength, 12),
             QTextLength(QTextLength::PercentageLength, 16),
             QTextLength(QTextLength::PercentageLength, 34),
             QTextLength(QTextLength::PercentageLength, 14),
             QTextLength(QTextLength::PercentageLength, 14),
             QTextLength(QTextLength::PercentageLength, 10)},
            {3, 4});

    // Maps of the indicators with the most signals (else the first with a polarity).
    std::vector<int> mapped;
    for (int indicator : tally.indicatorsByUnfavourable())
        if (int(mapped.size()) < options.maps)
            mapped.push_back(indicator);
    for (int i = 0; i < dataset.indicatorCount() && int(mapped.size()) < options.maps; ++i) {
        const Indicator &indicator = dataset.indicator(i);
        if (inTheme(indicator, theme) && indicator.polarity != Polarity::Neutral &&
            indicator.kind != IndicatorKind::Count &&
            std::find(mapped.begin(), mapped.end(), i) == mapped.end())
            mapped.push_back(i);
    }
    // Where the key indicators' high values lie together (issue 15): only when they do. Among
    // the buurten, where a pattern has the regions to show (a city has few wijken).
    const RegionLevel clusterLevel =
        dataset.regionsOfLevel(RegionLevel::Buurt).empty() ? RegionLevel::Wijk : RegionLevel::Buurt;
    const QStringList clusters = memoClusterSentences(data, mapped, clusterLevel);
    if (!clusters.isEmpty()) {
        w.heading(QStringLiteral("Waar het samenkomt"), 2);
        for (const QString &sentence : clusters)
            w.paragraph(sentence);
    }
    if (!mapped.empty()) {
        w.heading(QStringLiteral("Kaarten"), 2, true);
        for (int indicator : mapped) {
            const QImage map = indicatorMapImage(data, indicator, options.mapDpi, error);
            if (map.isNull())
                return nullptr;
            w.image(document.get(), map,
                    QStringLiteral("map-%1.png").arg(dataset.indicator(indicator).code), 480);
        }
    }

    w.heading(QStringLiteral("Werkwijze"), 2);
    w.paragraph(QStringLiteral(
        "Trends. Voor elke wijk en indicator toetst de wijkmonitor of de reeks over de jaren "
        "stijgt of daalt (Mann-Kendall-toets) en hoe snel (Theil-Sen-helling). Omdat er veel "
        "wijken en indicatoren tegelijk getoetst worden, vinden we bij toeval altijd wel "
        "\u2018significante\u2019 trends. Daarom gebruiken we de q-waarde "
        "(Benjamini-Hochberg): een trend heet significant als q kleiner is dan 0,05. Dat "
        "betekent dat naar verwachting minder dan 5 % van de trends die we significant noemen "
        "op toeval berust. Een signaal is een significante trend in de richting die voor de "
        "indicator ongunstig (verslechtering) of gunstig (verbetering) is, of een laatste "
        "waarde die ver van het gemiddelde van de wijken ligt aan de ongunstige kant "
        "(uitschieter)."));
    w.paragraph(
        QStringLiteral(
            "Kleine aantallen. Cijfers die op te weinig personen of huishoudens berusten kunnen "
            "iets over individuele inwoners verraden. Per indicator geldt een ondergrens; "
            "waarden daaronder worden niet getoond (\u2018afgeschermd\u2019). Ook waarden waaruit "
            "een afgeschermde waarde terug te rekenen zou zijn, worden afgeschermd. Dat geldt "
            "voor elke uitvoer: tabellen, grafieken, kaarten, dit memo en de data-exports. In %1 "
            "zijn op wijkniveau %2 en op buurtniveau %3 waarden afgeschermd.")
            .arg(data.lastYear())
            .arg(data.suppressedCount(RegionLevel::Wijk))
            .arg(data.suppressedCount(RegionLevel::Buurt)));
    if (!clusters.isEmpty())
        w.paragraph(
            QStringLiteral(
                "Ruimtelijke clusters. Of %1 met hoge waarden naast elkaar liggen, toetst de "
                "wijkmonitor met Moran's I over de buren van elk gebied (gebieden die een grens of "
                "hoekpunt delen) en per gebied met de lokale Moran-toets (999 permutaties, seed "
                "12345). Een gebied hoort bij een cluster als zijn q-waarde (Benjamini-Hochberg "
                "over alle %1) ten hoogste 0,05 is; dezelfde clusters toont de kaart "
                "\u2018Clusters\u2019 in de workbench.")
                .arg(clusterLevel == RegionLevel::Buurt ? QStringLiteral("buurten")
                                                        : QStringLiteral("wijken")));
    if (const QString method = harmonisationMethod(data); !method.isEmpty())
        w.paragraph(method);
    w.heading(QStringLiteral("Herkomst"), 2);
    const QDateTime made = provenance.exportedAt.toUTC();
    w.paragraph(QStringLiteral("Extract %1, aangemaakt %2; werkruimte %3; opgesteld %4 om %5 "
                               "(UTC) met Wijkmonitor Workbench %6.")
                    .arg(provenance.extractId,
                         provenance.extractCreated.isValid()
                             ? dutchDate(provenance.extractCreated.toUTC().date())
                             : QStringLiteral("?"),
                         provenance.workspaceFile, dutchDate(made.date()),
                         made.time().toString(QStringLiteral("HH:mm")), provenance.version),
                8.5, kGrey);
    return document;
}

QImage memoFirstPage(const ReportData &data, const MemoOptions &options, int widthPx,
                     QString *error)
{
    std::unique_ptr<QTextDocument> document = buildMemo(data, options, error);
    if (!document)
        return QImage();
    // As QTextDocument::print() lays out the PDF: A4 at the device's resolution, 2 cm margins.
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Inch);
    const double dpi = widthPx / a4.width();
    QImage page(widthPx, qRound(a4.height() * dpi), QImage::Format_RGB32);
    page.setDotsPerMeterX(qRound(dpi / 0.0254));
    page.setDotsPerMeterY(qRound(dpi / 0.0254));
    page.fill(Qt::white);
    const double margin = 2.0 / 2.54 * dpi;
    document->documentLayout()->setPaintDevice(&page);
    document->setPageSize(QSizeF(page.width() - 2 * margin, page.height() - 2 * margin));
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(margin, margin);
    document->drawContents(&painter, QRectF(QPointF(0, 0), document->pageSize()));
    return page;
}

bool writeMemo(const ReportData &data, const MemoOptions &options, const QString &path,
               QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        *error = QCoreApplication::translate("Reports", "%1: the memo is written as .pdf or .odt.")
                     .arg(path);
        return false;
    }
    std::unique_ptr<QTextDocument> document = buildMemo(data, options, error);
    if (!document)
        return false;
    output::OutputFile output(path);
    if (!output.begin(error))
        return false;
    if (suffix == QLatin1String("odt")) {
        output.requireEnding(QByteArray("PK\x05\x06", 4)); // a zip's end-of-directory record
        QTextDocumentWriter writer(&output, "odf");
        if (!writer.write(document.get())) {
            *error = QCoreApplication::translate("Reports", "Cannot write %1: %2")
                         .arg(path, output.errorString());
            return false;
        }
        return output.commit(error);
    }
    output.requireEnding(QByteArrayLiteral("%%EOF"));
    QPdfWriter writer(&output);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() adds 2 cm margins and the page numbers itself.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Wijkmonitor Workbench %1 (extract %2)")
                          .arg(data.provenance().version, data.provenance().extractId));
    document->print(&writer);
    return output.commit(error);
}

} // namespace wijk::reports
