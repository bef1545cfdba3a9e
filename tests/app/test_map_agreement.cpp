// The window and `wijkmonitor-cli map` show one map (docs/maps.md, "Map modes"): for the demo
// and for small CBS fixtures with a boundary change (KWB 2017 and 2024, the boundaries of
// 2017 only), every mode's values of two years, made the way the window makes them
// (WorkbenchSession) and the way the command line does (loadDataset + engineMap), agree in
// value, the number the classes are made of, signal, status and vintage. The wijk profile's
// key figures are the presentation module's rows and agree with the window's map.
#include "chart_series.h"
#include "choropleth_layer.h"
#include "engine/workspace_loader.h"
#include "engine_map_values.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "key_figures.h"
#include "qgis_test_main.h"
#include "reports/report_data.h"
#include "reports/wijk_profile_content.h"
#include "signal_tally.h"
#include "table/values_table_model.h"
#include "test_support.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;
using gui::ensureDemoWorkspace;
using gui::WorkbenchSession;
using maps::EngineMap;
using maps::engineMap;
using maps::MapMode;
using maps::mappedNumber;
using maps::MapSignal;
using maps::MapValue;
using maps::MapValueRequest;
using workspace::Workspace;

namespace {

const MapMode kModes[] = {MapMode::Value, MapMode::Change, MapMode::Trend, MapMode::Signals};

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString describe(const MapValue &v)
{
    return QStringLiteral("%1: value %2 status %3 change %4 slope %5 significant %6 signal %7 "
                          "small %8")
        .arg(v.code)
        .arg(v.value)
        .arg(int(v.status))
        .arg(v.change)
        .arg(v.slope)
        .arg(v.significant)
        .arg(int(v.signal))
        .arg(v.smallNumbers);
}

} // namespace

class TestMapAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mDemo;
    QString mBoundaryChange; //!< KWB 2017 and 2024, boundaries of 2017 only

    static QString cbsFixture(const char *name)
    {
        return test::dataPath(QStringLiteral("cbs/%1").arg(QLatin1String(name)));
    }
    static QString runCli(const QStringList &arguments)
    {
        QProcess process;
        process.start(test::cliPath(), arguments);
        if (!process.waitForFinished(180000))
            return QStringLiteral("timeout");
        return process.exitCode() == 0 ? QString()
                                       : QString::fromUtf8(process.readAllStandardError());
    }

    //! Compares one indicator, level and year in every mode; returns the regions compared.
    static int compare(WorkbenchSession &session, const Workspace &workspace,
                       const QString &indicator, RegionLevel level, int period)
    {
        // The command line's own path: an eager dataset of the indicator (engine_support).
        const engine::Dataset eager = engine::loadDataset(workspace, {indicator});
        const QVector<MapValue> window = session.mapValues(indicator, level, period);
        const engine::BoundaryChoice windowBoundaries = session.boundaries(level, period);
        const int p = eager.periodIndex(period);
        int compared = 0;
        for (MapMode mode : kModes) {
            MapValueRequest request;
            request.level = level;
            request.indicator = indicator;
            request.period = period;
            // The window's change runs from the previous year; its trend and signal from the
            // first: the command line gets the same with --from.
            if (mode == MapMode::Change && p > 0)
                request.fromYear = eager.period(p - 1);
            QString error;
            const EngineMap cli = engineMap(eager, workspace.boundaryCodes(level), request, &error);
            if (!error.isEmpty()) {
                qWarning("%s", qPrintable(error));
                return -1;
            }
            const QString where = QStringLiteral("%1 %2 %3 %4")
                                      .arg(indicator, contractName(level), contractName(mode))
                                      .arg(period);
            if (cli.boundaries.boundaries != windowBoundaries.boundaries ||
                cli.boundaries.division != windowBoundaries.division) {
                qWarning("%s: vintage %d (window) vs %d (cli)", qPrintable(where),
                         windowBoundaries.boundaries, cli.boundaries.boundaries);
                return -1;
            }
            if (cli.values.size() != window.size()) {
                qWarning("%s: %d regions (window) vs %d (cli)", qPrintable(where),
                         int(window.size()), int(cli.values.size()));
                return -1;
            }
            for (int k = 0; k < window.size(); ++k) {
                const MapValue &w = window.at(k);
                const MapValue &c = cli.values.at(k);
                bool same = w.code == c.code && sameNumber(w.value, c.value) &&
                            w.status == c.status && w.smallNumbers == c.smallNumbers &&
                            sameNumber(mappedNumber(w, mode), mappedNumber(c, mode));
                if (mode == MapMode::Trend)
                    same = same && w.significant == c.significant;
                if (mode == MapMode::Signals)
                    same = same && w.signal == c.signal;
                if (!same) {
                    qWarning("%s:\n  window %s\n  cli    %s", qPrintable(where),
                             qPrintable(describe(w)), qPrintable(describe(c)));
                    return -1;
                }
                ++compared;
            }
        }
        return compared;
    }

    //! Every level, two years (the last and the one before), the given indicators.
    static void compareWorkspace(const QString &path, QStringList indicators)
    {
        QString error;
        auto session = WorkbenchSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        auto workspace = Workspace::open(path, Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        const QVector<int> periods = session->periods();
        QVERIFY(periods.size() >= 2);
        int compared = 0;
        int changes = 0;
        int trends = 0;
        int signalCount = 0;
        for (const QString &indicator : indicators)
            for (RegionLevel level : session->levels())
                for (int period : {periods.at(periods.size() - 2), periods.last()}) {
                    const int n = compare(*session, *workspace, indicator, level, period);
                    QVERIFY2(n >= 0, qPrintable(QStringLiteral("%1 %2 %3 differ")
                                                    .arg(indicator, contractName(level))
                                                    .arg(period)));
                    compared += n;
                    for (const MapValue &v : session->mapValues(indicator, level, period)) {
                        changes += std::isfinite(v.change) ? 1 : 0;
                        trends += std::isfinite(v.slope) ? 1 : 0;
                        signalCount += v.signal != MapSignal::None ? 1 : 0;
                    }
                }
        QVERIFY(compared > 0);
        QVERIFY(changes > 0); // the comparison met numbers, not only gaps
        if (periods.size() >= 4) {
            QVERIFY(trends > 0);
            QVERIFY(signalCount > 0);
        }
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
        QString error;
        mDemo = ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mDemo.isEmpty(), qPrintable(error));

        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mBoundaryChange = mDir.filePath(QStringLiteral("boundary-change.gpkg"));
        const QStringList imports[] = {
            {cbsFixture("kwb-mini-2017.csv"), QStringLiteral("--format"), QStringLiteral("cbs-kwb"),
             QStringLiteral("--period"), QStringLiteral("2017")},
            {cbsFixture("kwb-mini-2024-wijk.json"), QStringLiteral("--metadata"),
             cbsFixture("kwb-mini-2024-DataProperties.json"), QStringLiteral("--period"),
             QStringLiteral("2024")},
            {cbsFixture("kaart-mini-2021.gpkg"), QStringLiteral("--period"),
             QStringLiteral("2017")}};
        for (const QStringList &import : imports) {
            const QString failure =
                runCli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                   mBoundaryChange} +
                       import);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
    }

    void demoWindowAndCommandLineAgree()
    {
        // A count, a ratio with a polarity (signals) and a neutral one: every kind of number.
        QString error;
        auto workspace = Workspace::open(mDemo, Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        QStringList indicators;
        bool count = false, polar = false, neutral = false;
        for (const Indicator &indicator : workspace->indicators()) {
            if (!count && indicator.kind == IndicatorKind::Count) {
                indicators << indicator.code;
                count = true;
            } else if (!polar && indicator.kind == IndicatorKind::Ratio &&
                       indicator.polarity != Polarity::Neutral) {
                indicators << indicator.code;
                polar = true;
            } else if (!neutral && indicator.kind == IndicatorKind::Ratio &&
                       indicator.polarity == Polarity::Neutral) {
                indicators << indicator.code;
                neutral = true;
            }
        }
        QVERIFY(count && polar);
        compareWorkspace(mDemo, indicators);
    }

    void boundaryChangeWindowAndCommandLineAgree()
    {
        compareWorkspace(mBoundaryChange, {QStringLiteral("AantalInwoners")});
        // The fixture has a boundary change: 2024 is drawn on the boundaries of 2017.
        QString error;
        auto session = WorkbenchSession::open(mBoundaryChange, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->boundaries(RegionLevel::Wijk, 2024).borrowed());
    }

    void profileKeyFiguresAreThePresentationRows()
    {
        QString error;
        const auto data = reports::ReportData::load(mDemo, &error);
        QVERIFY2(data, qPrintable(error));
        auto session = WorkbenchSession::open(mDemo, &error);
        QVERIFY2(session, qPrintable(error));
        const engine::Dataset &dataset = data->dataset();
        const std::vector<int> wijken = data->wijken();
        QVERIFY(!wijken.empty());
        const int wijk = wijken.front();
        const reports::WijkProfileContent profile = reports::buildWijkProfile(*data, wijk);
        const std::vector<int> indicators = reports::defaultKeyIndicators(dataset);
        const int last = dataset.periodCount() - 1;
        const std::vector<presentation::KeyFigure> rows =
            presentation::keyFigures(dataset, wijk, dataset.municipalityAt(wijk, last), indicators,
                                     [&](int i) { return data->trendOf(wijk, i); });
        QCOMPARE(profile.keyFigures.size(), rows.size());
        int withTrend = 0;
        for (size_t k = 0; k < rows.size(); ++k) {
            QVERIFY(profile.keyFigures[k] == rows[k]);
            // And the window's map of the same year shows the same value and trend.
            const presentation::KeyFigure &figure = rows[k];
            const QString code = dataset.indicator(figure.indicator).code;
            const QVector<MapValue> map =
                session->mapValues(code, RegionLevel::Wijk, dataset.periods().back());
            const QString wijkCode = dataset.region(wijk).code;
            for (const MapValue &v : map) {
                if (v.code != wijkCode)
                    continue;
                if (figure.valueYear == dataset.periods().back())
                    QVERIFY2(sameNumber(v.value, figure.value), qPrintable(code));
                if (std::isfinite(figure.slope) && std::isfinite(v.slope)) {
                    QCOMPARE(v.slope, figure.slope);
                    QCOMPARE(v.signal == MapSignal::Worse,
                             figure.signal == engine::TrendSignal::Worsening);
                    ++withTrend;
                }
            }
        }
        QVERIFY(withTrend > 0);
    }

    //! The figures the window and the reports once computed each by themselves come from
    //! presentation/: the status in the map's tooltip, the charts' reference line, the
    //! profile's count of signals and its "changed most" figures.
    void windowAndReportsShowThePresentationsFigures()
    {
        QString error;
        const auto data = reports::ReportData::load(mDemo, &error);
        QVERIFY2(data, qPrintable(error));
        auto session = WorkbenchSession::open(mDemo, &error);
        QVERIFY2(session, qPrintable(error));
        const engine::Dataset &dataset = data->dataset();
        const int year = dataset.periods().back();
        const int gemeente = dataset.regionsOfLevel(RegionLevel::Gemeente).front();

        // The tooltip's status is the map's (a gemeente's aggregate: derived).
        int tooltips = 0;
        for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk})
            for (const MapValue &v :
                 session->mapValues(QStringLiteral("pct_laag_inkomen"), level, year)) {
                const QString tip =
                    session->regionTooltip(v.code, QStringLiteral("pct_laag_inkomen"), year);
                const QString label =
                    QStringLiteral("(%1)").arg(widgets::ValuesTableModel::statusLabel(v.status));
                QVERIFY2(tip.contains(label), qPrintable(tip + QStringLiteral(" / ") + label));
                ++tooltips;
            }
        QVERIFY(tooltips > 5);

        // The ranking's reference line: the window's is the presentation module's; a count
        // has none.
        for (const QString &code :
             {QStringLiteral("pct_laag_inkomen"), QStringLiteral("inwoners")}) {
            const int i = dataset.indicatorIndex(code);
            QVERIFY(i >= 0);
            const presentation::ChartReference line =
                presentation::chartReference(dataset, i, gemeente, year);
            const auto ranking = session->rankingData(code, RegionLevel::Wijk, year, false);
            QVERIFY2(sameNumber(ranking.referenceValue, line.value), qPrintable(code));
            QCOMPARE(ranking.referenceName, line.name);
            QCOMPARE(std::isnan(line.value), dataset.indicator(i).kind == IndicatorKind::Count);
        }

        // The profile counts the signals the tally counts, and names its largest changes.
        int counted = 0;
        for (int wijk : data->wijken()) {
            const reports::WijkProfileContent profile = reports::buildWijkProfile(*data, wijk);
            const presentation::SignalTally tally = presentation::tallySignals(
                dataset, data->levelSignals(RegionLevel::Wijk),
                [wijk](const engine::Signal &signal) { return signal.region == wijk; });
            if (tally.unfavourable.empty() && tally.favourable.empty())
                continue;
            const QString total =
                QStringLiteral("In totaal: %1 signalen van verslechtering en %2 van verbetering.")
                    .arg(tally.unfavourable.size())
                    .arg(tally.favourable.size());
            QVERIFY2(profile.summary.contains(total), qPrintable(profile.summary.join('\n')));
            ++counted;
        }
        QVERIFY(counted > 0);
    }
};

WIJK_QGIS_TEST_MAIN(TestMapAgreement)
#include "test_map_agreement.moc"
