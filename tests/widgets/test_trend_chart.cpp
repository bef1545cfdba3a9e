// Trend chart: whole-year axis, gaps split the line, provisional values marked, Theil-Sen
// line and band, reference lines dashed, Dutch number format on the value axis.
#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/charts_namespace.h"
#include "charts/trend_chart.h"
#include "compare_near.h"
#include "test_chart_fixtures.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtTest>

using namespace wijk;
using namespace wijk::widgets::charts;
WIJK_CHARTS_USE_NAMESPACE

namespace {

QList<QXYSeries *> seriesOf(const QChart &chart, const QString &code, const char *role)
{
    QList<QXYSeries *> out;
    for (QAbstractSeries *series : chart.series()) {
        if (series->property("wijkCode").toString() == code &&
            series->property("wijkRole").toString() == QLatin1String(role))
            out << qobject_cast<QXYSeries *>(series);
    }
    return out;
}

QCategoryAxis *axis(const QChart &chart, Qt::Orientation orientation)
{
    const auto axes = chart.axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

} // namespace

class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void yearAxisHasWholeYears()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        chart.resize(800, 500);
        QCategoryAxis *years = axis(chart, Qt::Horizontal);
        QVERIFY(years);
        const QStringList labels = years->categoriesLabels();
        QCOMPARE(labels.first(), QStringLiteral("2013"));
        QCOMPARE(labels.size(), 12);
        for (const QString &label : labels) {
            bool ok = false;
            const int year = label.toInt(&ok);
            QVERIFY2(ok, qPrintable(label)); // no "2.015", no "2015,5"
            QCOMPARE(years->endValue(label), double(year));
        }
    }

    void narrowChartThinsYearsButKeepsThemWhole()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        chart.resize(420, 300);
        QGraphicsScene scene;
        scene.addItem(&chart);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QStringList labels = axis(chart, Qt::Horizontal)->categoriesLabels();
        QVERIFY2(labels.size() < 12, qPrintable(labels.join(' ')));
        for (const QString &label : labels)
            QVERIFY(label.toInt() >= 2013 && label.toInt() <= 2024);
        scene.removeItem(&chart);
    }

    void gapsSplitTheLine()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        // Diezerpoort: 2013-2016 | 2017 suppressed | 2018-2024 (2023-2024 dashed).
        const auto solid = seriesOf(chart, "WK019302", role::line);
        QCOMPARE(solid.size(), 2);
        QCOMPARE(solid[0]->at(0).x(), 2013.0);
        QCOMPARE(solid[0]->points().last().x(), 2016.0);
        QCOMPARE(solid[1]->at(0).x(), 2018.0);
        QCOMPARE(solid[1]->points().last().x(), 2023.0);
        // Assendorp: 2019 and 2020 missing, never bridged.
        for (QXYSeries *series : seriesOf(chart, "WK019303", role::line)) {
            for (const QPointF &p : series->points())
                QVERIFY(p.x() != 2019.0 && p.x() != 2020.0);
            const auto points = series->points();
            for (int i = 1; i < points.size(); ++i)
                QCOMPARE(points[i].x() - points[i - 1].x(), 1.0);
        }
        // No marker for a gap either.
        for (const char *role : {role::markers, role::provisionalMarkers}) {
            for (QXYSeries *series : seriesOf(chart, "WK019302", role)) {
                for (const QPointF &p : series->points())
                    QVERIFY(p.x() != 2017.0);
            }
        }
    }

    void provisionalIsMarked()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        const auto hollow = seriesOf(chart, "WK019302", role::provisionalMarkers);
        QCOMPARE(hollow.size(), 1);
        QCOMPARE(hollow[0]->points(), QList<QPointF>({QPointF(2024, 7.4)}));
        QCOMPARE(hollow[0]->brush().color(), QColor(Qt::white));
        const auto dashed = seriesOf(chart, "WK019302", role::provisionalLine);
        QCOMPARE(dashed.size(), 1);
        QCOMPARE(dashed[0]->points(), QList<QPointF>({QPointF(2023, 7.1), QPointF(2024, 7.4)}));
        QVERIFY(dashed[0]->pen().style() != Qt::SolidLine);
        // The final markers do not repeat the provisional value.
        const auto dots = seriesOf(chart, "WK019302", role::markers);
        QCOMPARE(dots.size(), 1);
        QVERIFY(!dots[0]->points().contains(QPointF(2024, 7.4)));
        // One legend note explains the open marker.
        const auto notes = seriesOf(chart, QString(), role::note);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0]->name(), QStringLiteral("provisional"));
    }

    void observationsYearsApartAreJoinedDashed()
    {
        // Two measurements seven years apart (KWB 2017 and 2024) are two points joined by a
        // dashed line, not a solid yearly series; consecutive years stay solid.
        widgets::TrendChartData data = test::trendData();
        widgets::TrendSeries sparse;
        sparse.code = QStringLiteral("WK040206");
        sparse.name = QStringLiteral("Oost");
        sparse.periods = {2015, 2016, 2023};
        sparse.values = {7.0, 7.5, 9.0};
        sparse.statuses = {ValueStatus::Final, ValueStatus::Final, ValueStatus::Final};
        data.series = {sparse};
        TrendChart chart;
        chart.setData(data);
        const auto dashed = seriesOf(chart, "WK040206", role::sparseLine);
        QCOMPARE(dashed.size(), 1);
        QCOMPARE(dashed[0]->points(), QList<QPointF>({QPointF(2016, 7.5), QPointF(2023, 9.0)}));
        QVERIFY(dashed[0]->pen().style() != Qt::SolidLine);
        const auto solid = seriesOf(chart, "WK040206", role::line);
        QCOMPARE(solid.size(), 1);
        QCOMPARE(solid[0]->points(), QList<QPointF>({QPointF(2015, 7.0), QPointF(2016, 7.5)}));
        QCOMPARE(solid[0]->pen().style(), Qt::SolidLine);
        // Not provisional: no provisional note.
        QVERIFY(seriesOf(chart, QString(), role::note).isEmpty());
    }

    void noProvisionalNoNote()
    {
        widgets::TrendChartData data = test::trendData();
        data.series[2].statuses.back() = ValueStatus::Final;
        TrendChart chart;
        chart.setData(data);
        QVERIFY(seriesOf(chart, QString(), role::note).isEmpty());
        QVERIFY(seriesOf(chart, "WK019302", role::provisionalLine).isEmpty());
    }

    void trendLineAndBand()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        const auto trend = seriesOf(chart, "WK019302", role::trend);
        QCOMPARE(trend.size(), 1);
        const widgets::TrendLine line = *test::trendData().series[2].trend;
        QCOMPARE(trend[0]->at(0), QPointF(2013, line.valueAt(2013)));
        QCOMPARE(trend[0]->at(1), QPointF(2024, line.valueAt(2024)));
        QList<QAreaSeries *> bands;
        for (QAbstractSeries *series : chart.series()) {
            if (series->property("wijkRole").toString() == QLatin1String(role::band))
                bands << qobject_cast<QAreaSeries *>(series);
        }
        QCOMPARE(bands.size(), 2);
        // The band pivots on the median period (2019: Diezerpoort has 11 values, 2017 is a
        // gap) and opens to slope lo/hi towards both ends.
        QAreaSeries *band = bands[0];
        QCOMPARE(band->upperSeries()->count(), 3);
        const QPointF pivot = band->upperSeries()->at(1);
        QCOMPARE(pivot.x(), 2019.0);
        WIJK_COMPARE_NEAR(pivot.y(), line.valueAt(2019), 1e-9);
        const double atEnd = line.valueAt(2019) + line.lo * (2024 - 2019);
        WIJK_COMPARE_NEAR(band->lowerSeries()->at(2).y(), atEnd, 1e-9);
        QVERIFY(band->upperSeries()->at(2).y() > band->lowerSeries()->at(2).y());
    }

    void referencesAreDashedGrey()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        const auto gm = seriesOf(chart, "GM0193", role::line);
        const auto nl = seriesOf(chart, "NL00", role::line);
        QCOMPARE(gm.size(), 1);
        QCOMPARE(nl.size(), 1);
        QCOMPARE(gm[0]->pen().style(), Qt::DashLine);
        QCOMPARE(gm[0]->pen().color(), palette::reference);
        QCOMPARE(nl[0]->pen().style(), Qt::DotLine);
        QVERIFY(nl[0]->pen().color().lightness() > gm[0]->pen().color().lightness());
        // Selected regions differ in line style too (black-and-white print).
        const auto a = seriesOf(chart, "WK019302", role::line);
        const auto b = seriesOf(chart, "WK019303", role::line);
        QVERIFY(a[0]->pen().color() != b[0]->pen().color());
        QCOMPARE(a[0]->pen().color(), palette::accent);
    }

    void oneLegendEntryPerRegion()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        QGraphicsScene scene; // markers report visibility only inside a shown scene
        scene.addItem(&chart);
        chart.resize(800, 500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList names;
        for (QLegendMarker *marker : chart.legend()->markers()) {
            if (marker->isVisible())
                names << marker->label();
        }
        QCOMPARE(names.count(QStringLiteral("Diezerpoort")), 1);
        QCOMPARE(names.count(QStringLiteral("Zwolle")), 1);
        QCOMPARE(names.count(QStringLiteral("Nederland")), 1);
        QCOMPARE(names.count(QStringLiteral("trend, 95% band")), 1);
        QCOMPARE(names.count(QStringLiteral("trend (Theil-Sen)")), 0);
        scene.removeItem(&chart);
    }

    void longLegendEntryIsNotCutOff()
    {
        // The window's trend dock at 1366x768: a peer median after short entries ran off the
        // chart in Qt's legend layout ("mediaan van"), cut off at the chart's edge.
        widgets::TrendChartData data = test::trendData();
        widgets::TrendSeries median = data.series.front();
        median.code = QStringLiteral("peers:WK019302");
        median.name = QStringLiteral("mediaan van 10 vergelijkbare buurten");
        median.reference = true;
        median.peerMedian = true;
        median.trend.reset();
        data.series.push_back(median);
        for (const qreal width : {330.0, 390.0, 450.0, 520.0}) {
            QGraphicsScene scene; // first: it outlives the chart (which leaves it) on a failure
            TrendChart chart;
            chart.setData(data);
            scene.addItem(&chart);
            chart.resize(width, 320);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            bool found = false;
            QList<QGraphicsItem *> items = chart.legend()->childItems();
            while (!items.isEmpty()) {
                QGraphicsItem *item = items.takeFirst();
                items << item->childItems();
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                const QString shown = text ? text->toPlainText().trimmed() : QString();
                if (!text || !text->isVisible() || shown.isEmpty())
                    continue;
                found |= shown == median.name;
                const QRectF box = text->mapRectToScene(
                    QRectF(QPointF(), QSizeF(QFontMetricsF(text->font())
                                                 .horizontalAdvance(text->toPlainText().trimmed()),
                                             1)));
                QVERIFY2(box.right() <= width + 1,
                         qPrintable(QStringLiteral("%1 at %2 px: %3 > %4")
                                        .arg(text->toPlainText().trimmed())
                                        .arg(width)
                                        .arg(box.right())
                                        .arg(width)));
            }
            QVERIFY2(found,
                     qPrintable(QStringLiteral("no whole median entry at %1 px").arg(width)));
            scene.removeItem(&chart);
        }
    }

    void valueAxisInDutch()
    {
        widgets::TrendChartData data = test::trendData();
        TrendChart chart;
        chart.setData(data);
        QCategoryAxis *values = axis(chart, Qt::Vertical);
        QVERIFY(values);
        // The chart's title names the indicator; the axis adds only the unit.
        QCOMPARE(values->titleText(), QStringLiteral("%"));
        // Also when the interface is English and the title carries the English name.
        widgets::TrendChartData english = data;
        english.indicator.nameEn = QStringLiteral("Unemployment");
        english.title = QStringLiteral("Unemployment, 2013\u20132024");
        chart.setData(english);
        QCOMPARE(axis(chart, Qt::Vertical)->titleText(), QStringLiteral("%"));
        chart.setData(data);
        // Small percentages need a decimal, written with a comma.
        for (widgets::TrendSeries &series : data.series) {
            for (double &v : series.values)
                v = 3.1 + (std::isfinite(v) ? std::fmod(v, 1.0) : v);
            series.trend.reset();
        }
        chart.setData(data);
        const QStringList labels = axis(chart, Qt::Vertical)->categoriesLabels();
        QVERIFY2(labels.contains(QStringLiteral("3,2")), qPrintable(labels.join(' ')));
        for (const QString &label : labels)
            QVERIFY(!label.contains(QLatin1Char('.')));
    }

    void thousandsGetADot()
    {
        const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
        QCOMPARE(formatNumber(12345.0, 0, dutch), QStringLiteral("12.345"));
        QCOMPARE(formatNumber(-0.04, 1, dutch), QStringLiteral("0,0"));
        QCOMPARE(formatValue(12.34, test::percentIndicator(), dutch),
                 QStringLiteral("12,3\u00a0%"));
        QCOMPARE(unitLabel("per_1000", dutch), QStringLiteral("per 1.000"));
        QCOMPARE(yearLabel(2015), QStringLiteral("2015"));
        // The locale given, not the default: a report's Dutch chart in an English window.
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(formatNumber(12345.5, 1, english), QStringLiteral("12,345.5"));
        QCOMPARE(unitLabel("per_1000", english), QStringLiteral("per 1,000"));
    }

    void emptyDataDoesNotCrash()
    {
        TrendChart chart;
        chart.setData(widgets::TrendChartData{});
        widgets::TrendChartData data = test::trendData();
        data.series[0].values.assign(data.series[0].values.size(), widgets::kNoValue);
        data.series[3].periods = {2020};
        data.series[3].values = {5.0};
        data.series[3].statuses = {};
        data.series[3].trend.reset();
        chart.setData(data);
        QCOMPARE(seriesOf(chart, "WK019303", role::markers)[0]->count(), 1);
        QVERIFY(seriesOf(chart, "NL00", role::line).isEmpty());
    }
};

QTEST_MAIN(TestTrendChart)
#include "test_trend_chart.moc"
