#include "reports/wijk_profile_layout.h"

#include "engine/boundary_choice.h"
#include "map_layout.h"
#include "region_labels.h"
#include "region_layer.h"
#include "reports/composite_index_page.h"
#include "reports/harmonisation_method.h"
#include "reports/profile_charts.h"
#include "reports/report_format.h"
#include "reports/table_row_style.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgspallabeling.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

// A static library's resources are registered by name, outside any namespace.
static void initReportResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace wijk::reports {

namespace {

QgsFillSymbol *fillSymbol(const QColor &colour, const QColor &stroke, double strokeMm)
{
    auto *layer = new QgsSimpleFillSymbolLayer(
        colour, colour.alpha() ? Qt::SolidPattern : Qt::NoBrush, stroke, Qt::SolidLine, strokeMm);
    return new QgsFillSymbol(QgsSymbolLayerList() << layer);
}

//! Two rules: the features matching `expression` get `match`, all others `other`.
void setTwoRules(QgsVectorLayer *layer, const QString &expression, QgsFillSymbol *match,
                 QgsFillSymbol *other)
{
    auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
    if (other)
        root->appendChild(new QgsRuleBasedRenderer::Rule(other, 0, 0, QStringLiteral("ELSE")));
    root->appendChild(new QgsRuleBasedRenderer::Rule(match, 0, 0, expression));
    layer->setRenderer(new QgsRuleBasedRenderer(root));
}

} // namespace

QgsRectangle extentBesideInset(const QSizeF &mapSize, const QRectF &inset, QgsRectangle region,
                               double margin)
{
    region.grow(std::max(region.width(), region.height()) * margin);
    const QRectF whole(QPointF(0, 0), mapSize);
    // The parts of the map the inset leaves free: left or right of it at full height, above
    // or below it at full width (an inset may sit in any corner or along any side).
    QList<QRectF> free;
    if (inset.isEmpty() || !whole.intersects(inset)) {
        free << whole;
    } else {
        constexpr double kGapMm = 2.0;
        free << QRectF(0, 0, inset.left() - kGapMm, mapSize.height())
             << QRectF(inset.right() + kGapMm, 0, mapSize.width() - inset.right() - kGapMm,
                       mapSize.height())
             << QRectF(0, 0, mapSize.width(), inset.top() - kGapMm)
             << QRectF(0, inset.bottom() + kGapMm, mapSize.width(),
                       mapSize.height() - inset.bottom() - kGapMm);
    }
    // The free part that shows the region largest (mm per map unit).
    QRectF best;
    double scale = 0.0;
    for (const QRectF &part : qAsConst(free)) {
        if (part.width() <= 0 || part.height() <= 0 || region.width() <= 0 || region.height() <= 0)
            continue;
        const double fits =
            std::min(part.width() / region.width(), part.height() / region.height());
        if (fits > scale) {
            scale = fits;
            best = part;
        }
    }
    if (scale <= 0.0)
        return region;
    // The region's centre on the free part's centre; item y runs down, map y up.
    const double xMin = region.center().x() - best.center().x() / scale;
    const double yMax = region.center().y() + best.center().y() / scale;
    return QgsRectangle(xMin, yMax - mapSize.height() / scale, xMin + mapSize.width() / scale,
                        yMax);
}

namespace {

QString quotedList(const QStringList &codes)
{
    QStringList quoted;
    for (const QString &code : codes)
        quoted << QgsExpression::quotedString(code);
    return quoted.isEmpty() ? QStringLiteral("''") : quoted.join(QLatin1Char(','));
}

//! The boundaries the profile draws a level on: the one vintage rule of the window's map in
//! the profile's year (docs/maps.md, "Boundaries by year"), so that a workspace whose latest
//! year has no boundaries of its own (CBS 2024 figures, boundaries of 2017) borrows the
//! nearest rather than failing on an empty layer.
engine::BoundaryChoice profileBoundaries(const ReportData &data, RegionLevel level)
{
    return engine::chooseBoundaries(data.dataset(), level, data.lastYear(),
                                    data.workspace().boundaryCodes(level));
}

} // namespace

QString defaultProfileTemplate()
{
    initReportResources();
    return QStringLiteral(":/layouts/wijkprofiel.qpt");
}

WijkProfileLayout::WijkProfileLayout(const ReportData &data) : mData(data) {}

WijkProfileLayout::~WijkProfileLayout() = default;

std::unique_ptr<WijkProfileLayout>
WijkProfileLayout::create(const ReportData &data, const QString &templatePath, QString *error)
{
    std::unique_ptr<WijkProfileLayout> profile(new WijkProfileLayout(data));
    profile->mProject = std::make_unique<QgsProject>();
    const QString path = templatePath.isEmpty() ? defaultProfileTemplate() : templatePath;
    profile->mLayout = maps::loadLayoutTemplate(profile->mProject.get(), path, error);
    if (!profile->mLayout)
        return nullptr;
    if (!profile->mChartDir.isValid()) {
        *error = QCoreApplication::translate("Reports",
                                             "Cannot create a temporary folder for the charts.");
        return nullptr;
    }
    const QString workspace = data.workspace().path();
    const engine::BoundaryChoice wijkBoundaries = profileBoundaries(data, RegionLevel::Wijk);
    if (!wijkBoundaries.found()) {
        *error = engine::noBoundariesMessage(wijkBoundaries);
        return nullptr;
    }
    const int wijkVintage = wijkBoundaries.boundaries;
    // Buurten are optional: without their boundaries the map shows the wijk alone.
    const int buurtVintage = profileBoundaries(data, RegionLevel::Buurt).boundaries;
    profile->mWijken = maps::RegionLayer::load(
        maps::RegionSource::workspace(workspace, RegionLevel::Wijk, wijkVintage), error);
    profile->mOverviewWijken =
        profile->mWijken
            ? maps::RegionLayer::load(
                  maps::RegionSource::workspace(workspace, RegionLevel::Wijk, wijkVintage), error)
            : nullptr;
    if (!profile->mOverviewWijken)
        return nullptr;
    if (buurtVintage > 0) {
        profile->mBuurten = maps::RegionLayer::load(
            maps::RegionSource::workspace(workspace, RegionLevel::Buurt, buurtVintage), error);
        if (!profile->mBuurten)
            return nullptr;
        // Buurt names, only inside the wijk of the page (set per wijk in fillMap()).
        maps::RegionLabelStyle style;
        style.fontSizePt = 6.5;
        QgsPalLayerSettings labels = maps::regionLabelSettings(style);
        labels.fieldName = maps::regionfield::name(maps::regionfield::Name);
        profile->mBuurten->layer()->setLabeling(new QgsVectorLayerSimpleLabeling(labels));
        profile->mBuurten->layer()->setLabelsEnabled(true);
    }

    if (profileCompositeOf(data))
        profile->mCompositePage = std::make_unique<CompositeIndexPage>(profile->mLayout.get());
    // Text as text (searchable, pdftotext-able), vectors as vectors.
    QgsLayoutRenderContext &context = profile->mLayout->renderContext();
    context.setFlag(QgsLayoutRenderContext::FlagForceVectorOutput, true);
    context.setFlag(QgsLayoutRenderContext::FlagAntialiasing, true);
    context.setTextRenderFormat(Qgis::TextRenderFormat::AlwaysText);
    context.setDpi(300);
    return profile;
}

int WijkProfileLayout::pageCount() const
{
    return mLayout->pageCollection()->pageCount();
}

void WijkProfileLayout::setLabel(const QString &id, const QString &text)
{
    if (auto *label = dynamic_cast<QgsLayoutItemLabel *>(mLayout->itemById(id)))
        label->setText(text);
}

bool WijkProfileLayout::fill(const WijkProfileContent &content, QString *error)
{
    ++mFillCount;
    fillTexts(content);
    fillMap(content);
    fillTable(content);
    if (!fillCharts(content, error))
        return false;
    if (mCompositePage &&
        !mCompositePage->fill(
            mData, content, mChartDir.filePath(QStringLiteral("composite-%1.svg").arg(mFillCount)),
            error))
        return false;
    mLayout->refresh();
    return true;
}

void WijkProfileLayout::fillTexts(const WijkProfileContent &content)
{
    const exports::Provenance &provenance = mData.provenance();
    const QString period =
        QStringLiteral("%1\u2013%2").arg(content.firstYear).arg(content.lastYear);
    const QString made = dutchDate(provenance.exportedAt.date());
    const QString extractDate = provenance.extractCreated.isValid()
                                    ? dutchDate(provenance.extractCreated.date())
                                    : QCoreApplication::translate("Reports", "?");
    setLabel(
        QStringLiteral("kicker"),
        QStringLiteral("WIJKPROFIEL \u00b7 GEMEENTE %1").arg(content.municipalityName.toUpper()));
    setLabel(QStringLiteral("title"), content.name);
    setLabel(QStringLiteral("subtitle"),
             QStringLiteral("Wijk %1 \u00b7 cijfers %2 \u00b7 stand %3 \u00b7 gemaakt %4")
                 .arg(content.code, period, extractDate, made));
    setLabel(QStringLiteral("title_charts"), QStringLiteral("%1 in grafieken").arg(content.name));
    setLabel(QStringLiteral("summary"), content.summary.join(QStringLiteral("\n\n")));
    // Without buurt boundaries in the workspace the map shows the wijk alone: say what it shows.
    setLabel(QStringLiteral("map_caption"),
             (mBuurten ? QStringLiteral("De buurten van %1 (grijs, met namen) binnen de wijkgrens "
                                        "(zwarte lijn). Inzet: ligging van de wijk in %2.")
                       : QStringLiteral("De wijkgrens van %1 (zwarte lijn); de werkruimte heeft "
                                        "geen buurtgrenzen. Inzet: ligging van de wijk in %2."))
                 .arg(content.name, content.municipalityName));

    QString suppressed =
        content.suppressedValues > 0
            ? QStringLiteral("In %1 zijn in deze wijk en haar buurten %2 waarden afgeschermd.")
                  .arg(content.lastYear)
                  .arg(content.suppressedValues)
            : QStringLiteral("In %1 is in deze wijk en haar buurten geen waarde afgeschermd.")
                  .arg(content.lastYear);
    // Figures moved onto another division: how (the memo's methods section says the same).
    const QString method = harmonisationMethod(mData);
    const QString notes =
        QStringLiteral(
            "Kerncijfers. \u2018Wijk\u2019 en \u2018Gemeente\u2019: de waarde in %1. "
            "\u2018Verandering\u2019: het verschil tussen het eerste en het laatste jaar van de "
            "reeks van de wijk (bij percentages in procentpunten). \u2018Vergel. wijken\u2019: de "
            "mediaan van de wijken die het meest op deze wijk lijken (op gestandaardiseerde "
            "indicatoren, dezelfde groep als in de trendgrafiek van de workbench).\n"
            "Trend. \u25b2 / \u25bc: significante stijging / daling (Mann-Kendall-toets; "
            "q-waarde kleiner dan 0,05 na Benjamini-Hochberg-correctie over alle wijken). "
            "\u25b3 / \u25bd: stijging / daling die niet significant is. \u25b7: geen "
            "verandering. \u2013: te weinig jaren (minder dan 4) om te toetsen. Een q-waarde is "
            "de kans op een vals alarm onder de trends die we significant noemen: bij q < 0,05 is "
            "minder dan 5 % daarvan naar verwachting toeval.\n"
            "Signaal. Een significante trend in de richting die voor deze indicator ongunstig "
            "(verslechtering) of gunstig (verbetering) is.\n"
            "Kleine aantallen. Waarden die op te kleine aantallen berusten worden niet getoond "
            "(\u2018afgeschermd\u2019), ook niet in de grafieken en de kaart, en ook niet als ze "
            "uit "
            "andere cijfers terug te rekenen zouden zijn. %2\n"
            "%8"
            "Bron. Extract %3 (aangemaakt %4), werkruimte %5; gemaakt op %6 met Wijkmonitor "
            "Workbench %7.")
            .arg(content.lastYear)
            .arg(suppressed, provenance.extractId, extractDate, provenance.workspaceFile, made,
                 provenance.version)
            .arg(method.isEmpty() ? QString() : method + QLatin1Char('\n'));
    setLabel(QStringLiteral("notes"), notes);
    const QString footer =
        QStringLiteral("Wijkprofiel %1 (%2), gemeente %3 \u00b7 cijfers %4 \u00b7 extract %5 van "
                       "%6 \u00b7 gemaakt %7 \u00b7 Wijkmonitor Workbench %8\n"
                       "Afgeschermde waarden (te kleine aantallen) worden niet getoond; %9")
            .arg(content.name, content.code, content.municipalityName, period, provenance.extractId,
                 extractDate, made, provenance.version)
            .arg(content.suppressedValues > 0
                     ? QStringLiteral("in %1 gaat het in deze wijk en haar buurten om %2 waarden.")
                           .arg(content.lastYear)
                           .arg(content.suppressedValues)
                     : QStringLiteral("in deze wijk en haar buurten was dat in %1 niet nodig.")
                           .arg(content.lastYear));
    setLabel(QStringLiteral("footer"), footer);
    setLabel(QStringLiteral("footer_2"), footer);
    setLabel(CompositeIndexPage::footerId(), footer);
}

void WijkProfileLayout::fillMap(const WijkProfileContent &content)
{
    const engine::Dataset &dataset = mData.dataset();
    QStringList buurtCodes;
    for (int b : content.buurten)
        buurtCodes << dataset.region(b).code;
    const QString isWijk =
        QStringLiteral("\"code\" = %1").arg(QgsExpression::quotedString(content.code));
    const QString inWijk = QStringLiteral("\"code\" IN (%1)").arg(quotedList(buurtCodes));

    // Main map: the wijk's buurten light grey with white borders, the wijk outlined in black,
    // neighbouring wijken faint. Greys only: the profile must print in black and white.
    setTwoRules(mWijken->layer(), isWijk,
                fillSymbol(Qt::transparent, QColor(0x1a, 0x1a, 0x1a), 0.8),
                fillSymbol(QColor(0xf2, 0xf2, 0xf2), QColor(0xbd, 0xbd, 0xbd), 0.25));
    if (mBuurten)
        setTwoRules(mBuurten->layer(), inWijk, fillSymbol(QColor(0xd0, 0xd0, 0xd0), Qt::white, 0.4),
                    nullptr);
    auto *labeling =
        mBuurten ? dynamic_cast<QgsVectorLayerSimpleLabeling *>(mBuurten->layer()->labeling())
                 : nullptr;
    if (labeling) {
        QgsPalLayerSettings settings = labeling->settings();
        settings.dataDefinedProperties().setProperty(QgsPalLayerSettings::Show,
                                                     QgsProperty::fromExpression(inWijk));
        mBuurten->layer()->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
    }
    // Overview: every wijk light, this one dark.
    setTwoRules(mOverviewWijken->layer(), isWijk,
                fillSymbol(QColor(0x33, 0x33, 0x33), QColor(0x33, 0x33, 0x33), 0.1),
                fillSymbol(QColor(0xdd, 0xdd, 0xdd), Qt::white, 0.15));

    auto *map = dynamic_cast<QgsLayoutItemMap *>(mLayout->itemById(QStringLiteral("map")));
    auto *overview =
        dynamic_cast<QgsLayoutItemMap *>(mLayout->itemById(QStringLiteral("map_overview")));
    const QgsRectangle extent = mWijken->extentOf({content.code});
    if (map && !extent.isEmpty()) {
        QList<QgsMapLayer *> layers{mWijken->layer()};
        if (mBuurten)
            layers << mBuurten->layer();
        maps::showInMapItem(map, layers, extent, 0.08);
        // The inset (the overview) lies on the main map: show the wijk beside or below it.
        QRectF inset;
        if (overview && overview->page() == map->page())
            inset = QRectF(overview->pos() - map->pos(), overview->rect().size());
        map->zoomToExtent(extentBesideInset(map->rect().size(), inset, extent, 0.05));
        map->invalidateCache();
    }
    if (overview) {
        // The wijk's gemeente: a workspace of the whole country holds every wijk.
        QStringList gemeenteWijken;
        const int wijk = dataset.regionIndex(content.code);
        for (int p = dataset.periodCount() - 1; wijk >= 0 && p >= 0; --p) {
            if (!dataset.existsAt(wijk, p))
                continue;
            const int gemeente = dataset.municipalityAt(wijk, p);
            for (int w : dataset.regionsOfLevel(RegionLevel::Wijk))
                if (dataset.existsAt(w, p) && dataset.municipalityAt(w, p) == gemeente)
                    gemeenteWijken << dataset.region(w).code;
            break;
        }
        const QgsRectangle gemeenteExtent = mOverviewWijken->extentOf(gemeenteWijken);
        maps::showInMapItem(overview, {mOverviewWijken->layer()},
                            gemeenteExtent.isEmpty() ? mOverviewWijken->extentOf() : gemeenteExtent,
                            0.05);
    }
}

void WijkProfileLayout::fillTable(const WijkProfileContent &content)
{
    auto *frame = dynamic_cast<QgsLayoutFrame *>(mLayout->itemById(QStringLiteral("keyfigures")));
    auto *table = frame ? dynamic_cast<QgsLayoutItemManualTable *>(frame->multiFrame()) : nullptr;
    if (!table)
        return;
    const engine::Dataset &dataset = mData.dataset();
    QgsLayoutTableColumns headers;
    const auto column = [&](const QString &heading, double width, Qt::AlignmentFlag align) {
        QgsLayoutTableColumn c(heading);
        c.setWidth(width);
        c.setHAlignment(align);
        headers << c;
    };
    const double total = frame->rect().width();
    column(QCoreApplication::translate("Reports", "Indicator"), total * 0.37, Qt::AlignLeft);
    column(QStringLiteral("Wijk %1").arg(content.lastYear), total * 0.10, Qt::AlignRight);
    column(QStringLiteral("Gemeente"), total * 0.10, Qt::AlignRight);
    // The median of the wijk's peer group (presentation/peer_median.h).
    column(QStringLiteral("%1 vergel. wijken").arg(content.peers), total * 0.11, Qt::AlignRight);
    column(QStringLiteral("Verandering %1\u2013%2").arg(content.firstYear).arg(content.lastYear),
           total * 0.13, Qt::AlignRight);
    column(QStringLiteral("Trend"), total * 0.06, Qt::AlignHCenter);
    column(QStringLiteral("Signaal"), total * 0.13, Qt::AlignLeft);
    // Column widths include the cell margins; leave QGIS a little slack.
    QList<double> widths;
    for (QgsLayoutTableColumn &c : headers) {
        c.setWidth(c.width() - 2 * table->cellMargin() - 0.2);
        widths << c.width();
    }
    table->setHeaders(headers);
    // A manual table takes its widths from here (not from the headers): without them every
    // column is as wide as its text and seven columns run off the page. Long indicator
    // names wrap instead.
    table->setColumnWidths(widths);
    table->setWrapBehavior(QgsLayoutTable::WrapText);
    table->setIncludeTableHeader(true);

    QgsTableContents rows;
    int index = 0;
    for (const KeyFigure &figure : content.keyFigures) {
        const Indicator &indicator = dataset.indicator(figure.indicator);
        const QString unit = unitSuffix(indicator);
        QString name = indicator.name;
        if (!unit.isEmpty() && indicator.unit != QLatin1String("percent"))
            name += QStringLiteral(" (%1)").arg(unit);
        const QString value = figure.status == ValueStatus::Suppressed
                                  ? QStringLiteral("afgeschermd")
                                  : formatValue(indicator, figure.value) +
                                        (figure.valueYear && figure.valueYear != content.lastYear &&
                                                 std::isfinite(figure.value)
                                             ? QStringLiteral(" (%1)").arg(figure.valueYear)
                                             : QString());
        QString change = formatChange(indicator, figure.change);
        if (figure.fromYear > 0 && figure.fromYear != content.firstYear)
            change += QStringLiteral(" (vanaf %1)").arg(figure.fromYear);
        QgsTableRow row;
        row << QgsTableCell(name) << QgsTableCell(value)
            << QgsTableCell(formatValue(indicator, figure.referenceValue))
            << QgsTableCell(formatValue(indicator, size_t(index) < content.peerMedians.size()
                                                       ? content.peerMedians[size_t(index)]
                                                       : std::nan("")))
            << QgsTableCell(change) << QgsTableCell(trendArrow(figure.direction, figure.slope))
            << QgsTableCell(signalWord(figure.signal));
        styleTableRow(row, index, figure.signal == engine::TrendSignal::Worsening,
                      table->contentTextFormat());
        rows << row;
        ++index;
    }
    table->setTableContents(rows);
}

bool WijkProfileLayout::fillCharts(const WijkProfileContent &content, QString *error)
{
    for (int slot = 1; slot <= 4; ++slot) {
        const QString id = QStringLiteral("chart%1").arg(slot);
        auto *picture = dynamic_cast<QgsLayoutItemPicture *>(mLayout->itemById(id));
        if (!picture)
            continue;
        const std::size_t k = std::size_t((slot - 1) / 2);
        if (k >= content.chartIndicators.size()) {
            picture->setVisibility(false);
            continue;
        }
        picture->setVisibility(true);
        const QSizeF mm = picture->rect().size();
        const QString path = mChartDir.filePath(
            QStringLiteral("%1-%2.svg").arg(id).arg(mFillCount)); // new path: no SVG cache hit
        const bool trend = slot % 2 == 1;
        const ChartRequest request{content.wijk, content.chartIndicators[k], mm, trend};
        if (!writeProfileChart(mData, request, path, error))
            return false;
        picture->setPicturePath(path, QgsLayoutItemPicture::FormatSVG);
    }
    return true;
}

} // namespace wijk::reports
