#include "reports/memo_document.h"

#include "reports/memo_maps.h"
#include "reports/report_format.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace wijk::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reports", text);
}

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x59, 0x59, 0x59);
const QColor kBand(0xf0, 0xf0, 0xf0);
// Named in the .odt: Word and LibreOffice know Arial (or substitute it metrically); for the
// PDF, fontconfig picks the closest installed sans (DejaVu Sans on Debian).
const QString kFamily = QStringLiteral("Arial");

class Writer
{
public:
    explicit Writer(QTextDocument *document) : mCursor(document) {}

    void heading(const QString &text, int level, bool newPage = false)
    {
        QTextBlockFormat block;
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 0 : 14);
        block.setBottomMargin(4);
        QTextCharFormat chars;
        chars.setFontPointSize(level == 1 ? 20 : 13);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(kInk);
        insertBlock(block, chars, text);
    }
    void paragraph(const QString &text, double points = 10, const QColor &colour = kInk,
                   bool italic = false)
    {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        block.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat chars;
        chars.setFontPointSize(points);
        chars.setForeground(colour);
        chars.setFontItalic(italic);
        insertBlock(block, chars, text);
    }
    void bullet(const QString &text)
    {
        QTextBlockFormat block;
        block.setBottomMargin(3);
        QTextCharFormat chars;
        chars.setFontFamily(kFamily);
        chars.setFontPointSize(10);
        chars.setForeground(kInk);
        insertBlock(block, chars, QString());
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        mCursor.createList(list);
        mCursor.insertText(text, chars);
    }
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QVector<QTextLength> &widths, const QList<int> &rightAligned = {})
    {
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xa6, 0xa6, 0xa6));
        format.setCellSpacing(0);
        format.setCellPadding(3);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(widths);
        format.setHeaderRowCount(1);
        format.setTopMargin(2);
        format.setBottomMargin(8);
        QTextTable *table = mCursor.insertTable(int(rows.size()) + 1, headers.size(), format);
        for (int r = 0; r <= rows.size(); ++r) {
            const QStringList &cells = r == 0 ? headers : rows[r - 1];
            for (int c = 0; c < headers.size(); ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                QTextCharFormat cellFormat = cell.format();
                if (r == 0 || r % 2 == 0)
                    cellFormat.setBackground(r == 0 ? QColor(0xd9, 0xd9, 0xd9) : kBand);
                cell.setFormat(cellFormat);
                QTextCursor at = cell.firstCursorPosition();
                QTextBlockFormat block;
                block.setAlignment(rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
                at.setBlockFormat(block);
                QTextCharFormat chars;
                chars.setFontFamily(kFamily);
                chars.setFontPointSize(8.5);
                chars.setForeground(kInk);
                chars.setFontWeight(r == 0 ? QFont::Bold : QFont::Normal);
                at.insertText(c < cells.size() ? cells[c] : QString(), chars);
            }
        }
        mCursor.movePosition(QTextCursor::End);
    }
    void image(QTextDocument *document, const QImage &image, const QString &name, double widthPt)
    {
        document->addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(6);
        insertBlock(block, QTextCharFormat(), QString());
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(widthPt);
        format.setHeight(widthPt * image.height() / std::max(1, image.width()));
        mCursor.insertImage(format);
    }

private:
    void insertBlock(const QTextBlockFormat &block, QTextCharFormat chars, const QString &text)
    {
        chars.setFontFamily(kFamily);
        if (mFirst) {
            mCursor.setBlockFormat(block);
            mCursor.setBlockCharFormat(chars);
            mFirst = false;
        } else {
            mCursor.insertBlock(block, chars);
        }
        if (!text.isEmpty())
            mCursor.insertText(text, chars);
    }

    QTextCursor mCursor;
    bool mFirst = true;
};

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
    }
    return QString();
}

} // namespace

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
            *error = tr("Unknown theme '%1'; the workspace has: %2.")
                         .arg(theme, themes.join(QStringLiteral(", ")));
            return nullptr;
        }
        theme = *found;
    }
    DutchLocaleScope dutch;
    const Provenance &provenance = data.provenance();
    const QString municipality = data.municipalityName();
    const QString period = QStringLiteral("%1\u2013%2").arg(data.firstYear()).arg(data.lastYear());
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 QStringLiteral("Raadsmemo wijkmonitor %1").arg(municipality));
    Writer w(document.get());

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

    // Signals of the wijken in scope, strongest first (the engine's order).
    std::vector<const engine::Signal *> worse;
    std::vector<const engine::Signal *> better;
    std::map<QString, int> worseByTheme;
    std::map<int, int> worseByIndicator;
    for (const engine::Signal &signal : data.levelSignals(RegionLevel::Wijk)) {
        const Indicator &indicator = dataset.indicator(signal.indicator);
        if (!inTheme(indicator, theme))
            continue;
        if (signal.kind == engine::SignalKind::Improving) {
            better.push_back(&signal);
        } else {
            worse.push_back(&signal);
            ++worseByTheme[indicator.theme];
            ++worseByIndicator[signal.indicator];
        }
    }

    w.heading(QStringLiteral("Samenvatting"), 2);
    QString summary = QStringLiteral("De wijkmonitor toont voor de %1 wijken van %2 %3 "
                                     "signalen die aandacht vragen en %4 verbeteringen.")
                          .arg(data.wijken().size())
                          .arg(municipality)
                          .arg(worse.size())
                          .arg(better.size());
    if (!worseByTheme.empty()) {
        const auto most =
            std::max_element(worseByTheme.begin(), worseByTheme.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        summary += QStringLiteral(" De meeste aandachtspunten liggen bij het thema %1 (%2).")
                       .arg(most->first.toLower())
                       .arg(most->second);
    }
    w.paragraph(summary);
    for (std::size_t k = 0; k < worse.size() && k < 3; ++k)
        w.bullet(worse[k]->explanation);

    w.heading(QStringLiteral("Signalen die het meest aandacht vragen"), 2);
    if (worse.empty()) {
        w.paragraph(QStringLiteral("Geen: geen wijk laat een significante verslechtering of een "
                                   "uitschieter aan de ongunstige kant zien."));
    } else {
        QList<QStringList> rows;
        for (std::size_t k = 0; k < worse.size() && int(k) < options.maxSignals; ++k)
            rows << QStringList{dataset.region(worse[k]->region).name,
                                signalKindWord(worse[k]->kind), worse[k]->explanation};
        w.table({QStringLiteral("Wijk"), QStringLiteral("Soort"), QStringLiteral("Toelichting")},
                rows,
                {QTextLength(QTextLength::PercentageLength, 16),
                 QTextLength(QTextLength::PercentageLength, 17),
                 QTextLength(QTextLength::PercentageLength, 67)});
    }
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
    // among the wijken for the same indicator, so that euros and percentages compare.
    w.heading(QStringLiteral("Grootste bewegers per thema"), 2);
    w.paragraph(QStringLiteral("Per thema de wijken en indicatoren die tussen het eerste en het "
                               "laatste jaar het sterkst veranderden ten opzichte van de andere "
                               "wijken. \u25b2/\u25bc: significante trend; \u25b3/\u25bd: "
                               "niet significant."),
                9, kGrey);
    const std::vector<engine::TrendRow> &trends = data.trends(RegionLevel::Wijk);
    std::map<int, std::pair<double, double>> spread; // indicator -> (mean, sd) of changes
    {
        std::map<int, std::vector<double>> changes;
        for (const engine::TrendRow &row : trends)
            if (std::isfinite(row.changeAbs))
                changes[row.indicator].push_back(row.changeAbs);
        for (const auto &[indicator, values] : changes) {
            double mean = 0;
            for (double v : values)
                mean += v;
            mean /= double(values.size());
            double ss = 0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            spread[indicator] = {mean, values.size() > 1 ? std::sqrt(ss / double(values.size() - 1))
                                                         : 0.0};
        }
    }
    QList<QStringList> moverRows;
    for (const QString &t : catalogueThemes(dataset)) {
        if (!theme.isEmpty() && t != theme)
            continue;
        std::vector<std::pair<double, const engine::TrendRow *>> ranked;
        for (const engine::TrendRow &row : trends) {
            const Indicator &indicator = dataset.indicator(row.indicator);
            const auto s = spread.find(row.indicator);
            if (indicator.theme != t || indicator.kind == IndicatorKind::Count ||
                !std::isfinite(row.changeAbs) || s == spread.end() || s->second.second <= 0 ||
                row.lastPeriod != data.lastYear())
                continue;
            ranked.push_back({std::fabs(row.changeAbs - s->second.first) / s->second.second, &row});
        }
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; k < ranked.size() && int(k) < options.moversPerTheme; ++k) {
            const engine::TrendRow &row = *ranked[k].second;
            const Indicator &indicator = dataset.indicator(row.indicator);
            moverRows << QStringList{k == 0 ? t : QString(),
                                     dataset.region(row.region).name,
                                     indicator.name,
                                     QStringLiteral("%1 (%2)")
                                         .arg(formatValue(indicator, row.firstValue))
                                         .arg(row.firstPeriod),
                                     QStringLiteral("%1 (%2)")
                                         .arg(formatValue(indicator, row.lastValue))
                                         .arg(row.lastPeriod),
                                     trendArrow(row.direction, row.sen.slope)};
        }
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
    std::vector<std::pair<int, int>> byCount;
    for (const auto &[indicator, count] : worseByIndicator)
        byCount.push_back({count, indicator});
    std::sort(byCount.begin(), byCount.end(), std::greater<>());
    std::vector<int> mapped;
    for (const auto &entry : byCount)
        if (int(mapped.size()) < options.maps)
            mapped.push_back(entry.second);
    for (int i = 0; i < dataset.indicatorCount() && int(mapped.size()) < options.maps; ++i) {
        const Indicator &indicator = dataset.indicator(i);
        if (inTheme(indicator, theme) && indicator.polarity != Polarity::Neutral &&
            indicator.kind != IndicatorKind::Count &&
            std::find(mapped.begin(), mapped.end(), i) == mapped.end())
            mapped.push_back(i);
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

bool writeMemo(const ReportData &data, const MemoOptions &options, const QString &path,
               QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        *error = tr("%1: the memo is written as .pdf or .odt.").arg(path);
        return false;
    }
    DeterministicHashScope sameOutput;
    std::unique_ptr<QTextDocument> document = buildMemo(data, options, error);
    if (!document)
        return false;
    if (suffix == QLatin1String("odt")) {
        QTextDocumentWriter writer(path, "odf");
        if (!writer.write(document.get())) {
            *error = tr("Cannot write %1: %2")
                         .arg(path, writer.device() ? writer.device()->errorString() : QString());
            return false;
        }
        return true;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() adds 2 cm margins and the page numbers itself.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Wijkmonitor Workbench %1 (extract %2)")
                          .arg(data.provenance().version, data.provenance().extractId));
    document->print(&writer);
    return true;
}

} // namespace wijk::reports
