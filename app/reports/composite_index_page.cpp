#include "reports/composite_index_page.h"

#include "reports/profile_charts.h"
#include "reports/report_format.h"
#include "reports/table_row_style.h"

#include <QLocale>
#include <cmath>
#include <qgslayout.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitempolyline.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>

namespace wijk::reports {

namespace {

// The page's grid in mm from the page's top left, as the charts page of the shipped template.
constexpr double kLeft = 15;
constexpr double kWidth = 180;
constexpr double kChartTop = 37;
constexpr double kChartHeight = 105;
constexpr double kTableTop = kChartTop + kChartHeight + 4;
constexpr double kFooterRule = 279;
constexpr double kNotesBottom = kFooterRule - 3;

QString scoreText(double value, int decimals)
{
    return std::isfinite(value) ? printedNumber(value, decimals) : QStringLiteral("\u2013");
}

//! The theme a component counts in: its own, else its indicator's (as engine::themeScores).
QString themeOf(const engine::Dataset &dataset, const engine::CompositeComponent &component)
{
    if (!component.theme.isEmpty())
        return component.theme;
    const int i = dataset.indicatorIndex(component.indicator);
    return i >= 0 ? dataset.indicator(i).theme : QString();
}

//! A manual table that can say how high its rows are (QgsLayoutTable::totalSize() is the
//! frames' height when the frames are fixed), so that its frame can fit them.
class MeasuredTable : public QgsLayoutItemManualTable
{
public:
    using QgsLayoutItemManualTable::QgsLayoutItemManualTable;

    //! The height in mm of the header and every row, with cell margins and grid lines, as
    //! QgsLayoutTable::render() draws them.
    double rowsHeight()
    {
        if (!calculateMaxRowHeights())
            return 0;
        double height = 0;
        for (const double row : qAsConst(mMaxRowHeightMap))
            height += row + 2 * cellMargin();
        if (showGrid() && horizontalGrid())
            height += (mMaxRowHeightMap.size() + 1) * gridStrokeWidth();
        return height;
    }
};

} // namespace

QString CompositeIndexPage::footerId()
{
    return QStringLiteral("composite_footer");
}

CompositeIndexPage::CompositeIndexPage(QgsLayout *layout) : mLayout(layout)
{
    QgsLayoutPageCollection *pages = layout->pageCollection();
    auto *page = new QgsLayoutItemPage(layout);
    const QgsLayoutItemPage *last =
        pages->pageCount() > 0 ? pages->page(pages->pageCount() - 1) : nullptr;
    page->setPageSize(last ? last->pageSize()
                           : QgsLayoutSize(210, 297, QgsUnitTypes::LayoutMillimeters));
    pages->addPage(page);
    mPage = pages->pageCount() - 1;

    mTitle = addLabel(QStringLiteral("composite_title"), QStringLiteral("title_charts"),
                      QRectF(kLeft, 12, kWidth, 8), 13, true);
    addRule(QStringLiteral("composite_rule"), QStringLiteral("charts_rule"), kLeft, 22, kWidth,
            0.6);
    mLead = addLabel(QStringLiteral("composite_lead"), QStringLiteral("notes"),
                     QRectF(kLeft, 25, kWidth, 11), 8.5);
    QFont lead = mLead->font();
    lead.setPointSizeF(8.5);
    mLead->setFont(lead);

    mChart = new QgsLayoutItemPicture(mLayout);
    mLayout->addLayoutItem(mChart);
    mChart->setId(QStringLiteral("composite_chart"));
    mChart->setResizeMode(QgsLayoutItemPicture::Zoom);
    place(mChart, QRectF(kLeft, kChartTop, kWidth, kChartHeight));

    mTable = new MeasuredTable(mLayout);
    mLayout->addMultiFrame(mTable);
    // The key figures' look (fonts, grid, margins), when the template has that table.
    const auto *keyFrame =
        dynamic_cast<const QgsLayoutFrame *>(mLayout->itemById(QStringLiteral("keyfigures")));
    if (const auto *model =
            keyFrame ? dynamic_cast<const QgsLayoutTable *>(keyFrame->multiFrame()) : nullptr) {
        mTable->setHeaderTextFormat(model->headerTextFormat());
        mTable->setContentTextFormat(model->contentTextFormat());
        mTable->setCellMargin(model->cellMargin());
        mTable->setShowGrid(model->showGrid());
        mTable->setGridStrokeWidth(model->gridStrokeWidth());
        mTable->setGridColor(model->gridColor());
        mTable->setHorizontalGrid(model->horizontalGrid());
        mTable->setVerticalGrid(model->verticalGrid());
        mTable->setBackgroundColor(model->backgroundColor());
        mTable->setHeaderHAlignment(model->headerHAlignment());
    }
    mTable->setWrapBehavior(QgsLayoutTable::WrapText);
    mTable->setIncludeTableHeader(true);
    mTable->setResizeMode(QgsLayoutMultiFrame::UseExistingFrames);
    mTableFrame = new QgsLayoutFrame(mLayout, mTable);
    mTableFrame->setId(QStringLiteral("composite_scores"));
    mTable->addFrame(mTableFrame);
    place(mTableFrame, QRectF(kLeft, kTableTop, kWidth, 40)); // sized to its rows in fill()

    mHeading = addLabel(QStringLiteral("composite_heading"), QStringLiteral("notes_heading"),
                        QRectF(kLeft, kTableTop + 46, kWidth, 6), 11, true);
    mHeading->setText(QStringLiteral("Over de index"));
    mNotes =
        addLabel(QStringLiteral("composite_notes"), QStringLiteral("notes"),
                 QRectF(kLeft, kTableTop + 53.5, kWidth, kNotesBottom - kTableTop - 53.5), 7.5);

    addRule(QStringLiteral("composite_footer_rule"), QStringLiteral("footer_rule_2"), kLeft,
            kFooterRule, kWidth, 0.2);
    addLabel(footerId(), QStringLiteral("footer_2"), QRectF(kLeft, 281, 160, 12), 6.5);
    QgsLayoutItemLabel *number =
        addLabel(QStringLiteral("composite_page_number"), QStringLiteral("page_number_2"),
                 QRectF(kLeft + 160, 281, 20, 5), 7);
    const auto *model = dynamic_cast<const QgsLayoutItemLabel *>(
        mLayout->itemById(QStringLiteral("page_number_2")));
    number->setText(model ? model->text()
                          : QStringLiteral("[% @layout_page %] / [% @layout_numpages %]"));
    if (!model)
        number->setHAlign(Qt::AlignRight);
}

QgsLayoutItemLabel *CompositeIndexPage::addLabel(const QString &id, const QString &like,
                                                 const QRectF &rect, double fallbackPt,
                                                 bool fallbackBold)
{
    auto *label = new QgsLayoutItemLabel(mLayout);
    mLayout->addLayoutItem(label);
    label->setId(id);
    if (const auto *model = dynamic_cast<const QgsLayoutItemLabel *>(mLayout->itemById(like))) {
        label->setFont(model->font());
        label->setFontColor(model->fontColor());
        label->setHAlign(model->hAlign());
        label->setVAlign(model->vAlign());
        label->setMarginX(model->marginX());
        label->setMarginY(model->marginY());
    } else {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(fallbackPt);
        font.setBold(fallbackBold);
        label->setFont(font);
        label->setFontColor(QColor(0x1a, 0x1a, 0x1a));
        label->setHAlign(Qt::AlignLeft);
        label->setMargin(0);
    }
    place(label, rect);
    return label;
}

void CompositeIndexPage::addRule(const QString &id, const QString &like, double x, double y,
                                 double width, double fallbackMm)
{
    const QgsLayoutPageCollection *pages = mLayout->pageCollection();
    const auto at = [&](double px) {
        return pages->pagePositionToLayoutPosition(
            mPage, QgsLayoutPoint(px, y, QgsUnitTypes::LayoutMillimeters));
    };
    QPolygonF nodes;
    nodes << at(x) << at(x + width);
    auto *rule = new QgsLayoutItemPolyline(nodes, mLayout);
    mLayout->addLayoutItem(rule);
    rule->setId(id);
    auto *model = dynamic_cast<QgsLayoutItemPolyline *>(mLayout->itemById(like));
    if (model && model->symbol()) {
        rule->setSymbol(static_cast<QgsLineSymbol *>(model->symbol()->clone()));
    } else {
        auto *line = new QgsSimpleLineSymbolLayer(QColor(0x1a, 0x1a, 0x1a), fallbackMm);
        auto symbol = std::make_unique<QgsLineSymbol>(QgsSymbolLayerList() << line);
        rule->setSymbol(symbol.release());
    }
}

void CompositeIndexPage::place(QgsLayoutItem *item, const QRectF &rect)
{
    item->attemptResize(
        QgsLayoutSize(rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters));
    item->attemptMove(QgsLayoutPoint(rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters), true,
                      false, mPage);
}

bool CompositeIndexPage::fill(const ReportData &data, const WijkProfileContent &content,
                              const QString &chartPath, QString *error)
{
    if (!content.composite)
        return true;
    const ProfileComposite &composite = *content.composite;
    const engine::Dataset &dataset = data.dataset();
    const Indicator &index = dataset.indicator(composite.indicator);
    const bool z = composite.definition.scaling == engine::CompositeScaling::ZScore;

    mTitle->setText(QStringLiteral("%1: %2 %3").arg(content.name, index.name).arg(composite.year));
    mLead->setText(
        (z ? QStringLiteral(
                 "Per thema de score van %1 en van de gemeente %2 als geheel, in %3. Een "
                 "score is een z-score: 0 is het gemiddelde van de wijken, +1 is \u00e9\u00e9n "
                 "standaardafwijking gunstiger dan dat gemiddelde, \u22121 \u00e9\u00e9n "
                 "ongunstiger. Hoger is steeds beter, ook waar een lage waarde gunstig is.")
           : QStringLiteral(
                 "Per thema de score van %1 en van de gemeente %2 als geheel, in %3. Een "
                 "score loopt van 0 (de wijk die het slechtst scoort) tot 100 (de wijk die het "
                 "best scoort). Hoger is steeds beter, ook waar een lage waarde gunstig is."))
            .arg(content.name, content.municipalityName)
            .arg(composite.year));

    bool anyScore = std::isfinite(composite.wijkIndex);
    QStringList missing;
    for (int t = 0; t < composite.themes.size(); ++t) {
        if (std::isfinite(composite.wijk[size_t(t)]))
            anyScore = true;
        else
            missing << composite.themes[t];
    }
    mChart->setVisibility(anyScore);
    if (anyScore) {
        if (!writeThemeScoreChart(content, mChart->rect().size(), chartPath, error))
            return false;
        mChart->setPicturePath(chartPath, QgsLayoutItemPicture::FormatSVG);
    }

    fillTable(data, content);
    // The table as high as its rows; the notes follow it.
    const double tableHeight = static_cast<MeasuredTable *>(mTable)->rowsHeight() + 0.5;
    place(mTableFrame, QRectF(kLeft, kTableTop, kWidth, tableHeight));
    const double headingTop = kTableTop + tableHeight + 6;
    place(mHeading, QRectF(kLeft, headingTop, kWidth, 6));
    place(mNotes, QRectF(kLeft, headingTop + 7.5, kWidth, kNotesBottom - headingTop - 7.5));

    int lowerIsBetter = 0;
    for (const engine::CompositeComponent &component : composite.definition.components) {
        const int i = dataset.indicatorIndex(component.indicator);
        if (i >= 0 && dataset.indicator(i).polarity == Polarity::LowerIsBetter)
            ++lowerIsBetter;
    }
    QString notes =
        QStringLiteral(
            "Opbouw. %1 is samengesteld door de Wijkmonitor Workbench uit %2 indicatoren van "
            "de wijken, in %3 thema\u2019s (de tabel noemt ze met hun gewicht). %4 Bij "
            "%5 van de indicatoren is een lagere waarde gunstiger (\u2018lager is "
            "beter\u2019); die tellen omgekeerd, zodat een hogere score steeds beter is.\n"
            "Themascore. Het gewogen gemiddelde van de scores van de indicatoren van het "
            "thema. De index is het gewogen gemiddelde van alle indicatoren samen; de "
            "thema\u2019s wegen daarin niet apart.\n"
            "Gemeente. De gemeente %6 als geheel is gescoord op dezelfde schaal als de "
            "wijken: haar eigen waarden tegen %7 van de wijken in %8.\n")
            .arg(index.name)
            .arg(composite.definition.components.size())
            .arg(composite.themes.size())
            .arg(z ? QStringLiteral("Elke indicator is per jaar omgezet in een z-score over de "
                                    "wijken: (waarde \u2212 gemiddelde) / standaardafwijking.")
                   : QStringLiteral("Elke indicator is per jaar omgezet in een score van 0 tot "
                                    "100 over de wijken: 100 \u00d7 (waarde \u2212 laagste) / "
                                    "(hoogste \u2212 laagste)."))
            .arg(lowerIsBetter)
            .arg(content.municipalityName,
                 z ? QStringLiteral("het gemiddelde en de standaardafwijking")
                   : QStringLiteral("de laagste en de hoogste waarde"))
            .arg(composite.year);
    if (!missing.isEmpty())
        notes += QStringLiteral("Zonder score. %1 heeft in %2 geen score voor %3: een "
                                "indicator ontbreekt of is afgeschermd (te kleine aantallen).\n")
                     .arg(content.name)
                     .arg(composite.year)
                     .arg(missing.join(QStringLiteral(", ")));
    if (composite.year != content.lastYear)
        notes += QStringLiteral("Jaar. %1 is het laatste jaar met een index voor %2; de "
                                "kerncijfers gaan tot %3.\n")
                     .arg(composite.year)
                     .arg(content.name)
                     .arg(content.lastYear);
    notes += QStringLiteral("Definitie (catalogus, code %1). %2").arg(index.code, index.definition);
    mNotes->setText(notes);
    return true;
}

void CompositeIndexPage::fillTable(const ReportData &data, const WijkProfileContent &content)
{
    const ProfileComposite &composite = *content.composite;
    const engine::Dataset &dataset = data.dataset();
    const int decimals = composite.definition.scaling == engine::CompositeScaling::ZScore ? 2 : 0;
    QgsLayoutTableColumns headers;
    QList<double> widths;
    const auto column = [&](const QString &heading, double share, Qt::AlignmentFlag align) {
        QgsLayoutTableColumn c(heading);
        // Widths include the cell margins; leave QGIS a little slack (as the key figures).
        c.setWidth(kWidth * share - 2 * mTable->cellMargin() - 0.2);
        c.setHAlignment(align);
        headers << c;
        widths << c.width();
    };
    column(QStringLiteral("Thema"), 0.17, Qt::AlignLeft);
    column(QStringLiteral("Indicatoren (gewicht)"), 0.53, Qt::AlignLeft);
    column(content.name, 0.15, Qt::AlignRight);
    column(QStringLiteral("Gemeente"), 0.15, Qt::AlignRight);
    mTable->setHeaders(headers);
    mTable->setColumnWidths(widths);

    const QLocale dutch = dutchLocale();
    QgsTableContents rows;
    const auto addRow = [&](const QString &theme, const QString &parts, double wijk,
                            double gemeente, bool bold) {
        QgsTableRow row;
        row << QgsTableCell(theme) << QgsTableCell(parts) << QgsTableCell(scoreText(wijk, decimals))
            << QgsTableCell(scoreText(gemeente, decimals));
        styleTableRow(row, rows.size(), bold, mTable->contentTextFormat());
        rows << row;
    };
    for (int t = 0; t < composite.themes.size(); ++t) {
        QStringList parts;
        for (const engine::CompositeComponent &component : composite.definition.components) {
            if (themeOf(dataset, component) != composite.themes[t])
                continue;
            const int i = dataset.indicatorIndex(component.indicator);
            const QString name = i >= 0 ? dataset.indicator(i).name : component.indicator;
            const QString weight = dutch.toString(component.weight, 'g', 3);
            parts << (i >= 0 && dataset.indicator(i).polarity == Polarity::LowerIsBetter
                          ? QStringLiteral("%1 (%2; lager is beter)").arg(name, weight)
                          : QStringLiteral("%1 (%2)").arg(name, weight));
        }
        addRow(composite.themes[t], parts.join(QStringLiteral("; ")), composite.wijk[size_t(t)],
               composite.gemeente[size_t(t)], false);
    }
    addRow(QStringLiteral("Index"), QStringLiteral("alle indicatoren samen, naar hun gewicht"),
           composite.wijkIndex, composite.gemeenteIndex, true);
    mTable->setTableContents(rows);
}

} // namespace wijk::reports
