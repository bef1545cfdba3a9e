// Lazy loading on the Demostad demo: the fast reader returns what Workspace::observations()
// does, a lazily loaded indicator has exactly the cells and statuses of the eager full load
// (ratios with their components, suppressed cells included), and the signals computed group
// by group equal those of the fully loaded dataset, also when the first periods were too few.
#include "engine/aggregation.h"
#include "engine/all_signals.h"
#include "engine/disclosure.h"
#include "engine/workspace_loader.h"
#include "import_test_helpers.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <gdal.h>

using namespace wijk;
using namespace wijk::engine;

namespace {

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

//! Counts of what a comparison covered, so the test knows it compared something real.
struct Coverage
{
    int cells = 0;
    int suppressed = 0;
    int derived = 0;
};

//! Every cell of indicator `code` equal in both datasets; the first difference as message.
QString compareIndicator(const engine::Dataset &expected, const engine::Dataset &actual,
                         const QString &code, Coverage &coverage)
{
    const int e = expected.indicatorIndex(code);
    const int a = actual.indicatorIndex(code);
    if (e < 0 || a < 0 || !actual.isLoaded(a))
        return QStringLiteral("%1 not loaded").arg(code);
    for (int r = 0; r < expected.regionCount(); ++r)
        for (int p = 0; p < expected.periodCount(); ++p) {
            const engine::Cell x = expected.cell(e, r, p);
            const engine::Cell y = actual.cell(a, r, p);
            if (!sameNumber(x.value, y.value) || x.status != y.status || x.derived != y.derived ||
                x.present != y.present ||
                engine::mayShow(expected, e, r, p) != engine::mayShow(actual, a, r, p))
                return QStringLiteral("%1 %2 %3: %4/%5 vs %6/%7")
                    .arg(code, expected.region(r).code)
                    .arg(expected.period(p))
                    .arg(x.value)
                    .arg(int(x.status))
                    .arg(y.value)
                    .arg(int(y.status));
            ++coverage.cells;
            coverage.suppressed += x.present && x.status == ValueStatus::Suppressed ? 1 : 0;
            coverage.derived += x.derived ? 1 : 0;
        }
    return QString();
}

//! Every level's signals of a fully loaded dataset, as the window used to compute them.
std::vector<engine::Signal> eagerSignals(const engine::Dataset &data)
{
    std::vector<engine::Signal> all;
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
        engine::SignalOptions options;
        options.trends.level = level;
        const std::vector<engine::TrendRow> rows = engine::computeTrends(data, options.trends);
        for (const engine::Signal &signal : engine::computeSignals(data, rows, options))
            all.push_back(signal);
    }
    return all;
}

QString compareSignals(const std::vector<engine::Signal> &expected,
                       const std::vector<engine::Signal> &actual)
{
    if (expected.size() != actual.size())
        return QStringLiteral("%1 signals instead of %2").arg(actual.size()).arg(expected.size());
    for (size_t k = 0; k < expected.size(); ++k) {
        const engine::Signal &x = expected[k];
        const engine::Signal &y = actual[k];
        if (x.kind != y.kind || x.region != y.region || x.indicator != y.indicator ||
            x.strength != y.strength || x.explanation != y.explanation ||
            !sameNumber(x.slope, y.slope) || !sameNumber(x.q, y.q) || !sameNumber(x.z, y.z))
            return QStringLiteral("signal %1 differs: %2 vs %3")
                .arg(k)
                .arg(x.explanation, y.explanation);
    }
    return QString();
}

} // namespace

class TestLazyLoading : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<workspace::Workspace> mWorkspace;
    engine::Dataset mEager;

    QStringList codesOfKind(IndicatorKind kind) const
    {
        QStringList codes;
        for (const Indicator &indicator : mEager.indicators())
            if (indicator.kind == kind)
                codes << indicator.code;
        return codes;
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(mDir.isValid());
        QString error;
        mPath = test::importDemo(mDir, &error);
        QVERIFY2(!mPath.isEmpty(), qPrintable(error));
        mWorkspace =
            workspace::Workspace::open(mPath, workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(mWorkspace, qPrintable(error));
        QStringList warnings;
        mEager = engine::loadDataset(*mWorkspace, {}, nullptr, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QVERIFY(!codesOfKind(IndicatorKind::Ratio).isEmpty());
    }

    void readerReturnsTheStoredObservations()
    {
        workspace::ObservationReader reader(*mWorkspace);
        for (const Indicator &indicator : mEager.indicators()) {
            const std::vector<Observation> expected = mWorkspace->observations({indicator.code});
            std::vector<workspace::ObservationRow> rows;
            QString readError;
            QVERIFY2(reader.read(
                         indicator.code,
                         [&rows](const workspace::ObservationRow &row) { rows.push_back(row); },
                         &readError),
                     qPrintable(readError));
            QCOMPARE(rows.size(), expected.size());
            for (size_t k = 0; k < rows.size(); ++k) {
                QCOMPARE(reader.regionKeys().value(rows[k].regionKey), expected[k].region);
                QCOMPARE(rows[k].period, expected[k].period);
                QVERIFY(sameNumber(rows[k].value, expected[k].value));
                QCOMPARE(rows[k].status, expected[k].status);
            }
        }
        QString error;
        QVERIFY(!reader.read(
            QStringLiteral("no_such_code"), [](const workspace::ObservationRow &) {}, &error));
        QVERIFY(error.contains(QLatin1String("no_such_code")));
    }

    void eagerLoadEqualsTheObservationObjects()
    {
        // loadDataset reads through the reader now; the former path built Observation objects.
        engine::Dataset reference(mWorkspace->indicators(), mWorkspace->regions(),
                                  mWorkspace->periods());
        QVERIFY(reference.addObservations(mWorkspace->observations()).isEmpty());
        engine::deriveAggregates(reference);
        engine::applyDisclosure(reference);
        Coverage coverage;
        for (const Indicator &indicator : mEager.indicators()) {
            const QString difference =
                compareIndicator(reference, mEager, indicator.code, coverage);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        QVERIFY(coverage.suppressed > 0);
        QVERIFY(coverage.derived > 0);
    }

    void lazyIndicatorEqualsTheEagerLoad_data()
    {
        QTest::addColumn<QStringList>("codes");
        const QStringList ratios = codesOfKind(IndicatorKind::Ratio);
        const QStringList counts = codesOfKind(IndicatorKind::Count);
        const QStringList means = codesOfKind(IndicatorKind::Mean);
        QTest::newRow("first ratio") << QStringList{ratios.first()};
        QTest::newRow("last ratio") << QStringList{ratios.last()};
        QTest::newRow("first count") << QStringList{counts.first()};
        QTest::newRow("last count") << QStringList{counts.last()};
        if (!means.isEmpty())
            QTest::newRow("mean") << QStringList{means.first()};
        // A ratio after its components: they are read again, not reused after suppression.
        const Indicator &ratio = mEager.indicator(mEager.indicatorIndex(ratios.last()));
        QTest::newRow("components, then their ratio")
            << QStringList{ratio.denominator, ratio.numerator, ratio.code};
        QTest::newRow("every ratio one by one") << ratios;
    }

    void lazyIndicatorEqualsTheEagerLoad()
    {
        QFETCH(QStringList, codes);
        engine::Dataset lazy = engine::openLazyDataset(*mWorkspace);
        QVERIFY(lazy.disclosureApplied());
        for (int i = 0; i < lazy.indicatorCount(); ++i)
            QVERIFY(!lazy.isLoaded(i));
        workspace::ObservationReader reader(*mWorkspace);
        Coverage coverage;
        for (const QString &code : codes) {
            engine::LoadReport report;
            QVERIFY2(engine::loadIndicators(lazy, reader, {code}, &report),
                     qPrintable(report.error));
            QVERIFY(report.warnings.isEmpty());
            for (const QString &needed : engine::withComponents(lazy.indicators(), {code})) {
                const QString difference = compareIndicator(mEager, lazy, needed, coverage);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
        QVERIFY(coverage.cells > 0);
        // Only what was asked for (and its components) is in memory.
        const QStringList needed = engine::withComponents(lazy.indicators(), codes);
        for (int i = 0; i < lazy.indicatorCount(); ++i)
            QCOMPARE(lazy.isLoaded(i), needed.contains(lazy.indicator(i).code));
    }

    void countsBringTheirRatios()
    {
        // A withheld ratio withholds its numerator count, so a count's group holds the ratios
        // it is the numerator of (and their denominators); a denominator brings no ratio.
        engine::Dataset lazy = engine::openLazyDataset(*mWorkspace);
        const QStringList bijstand = engine::withComponents(lazy.indicators(), {"bijstand"});
        QVERIFY(bijstand.contains("bijstand_per_1000"));
        QVERIFY(bijstand.contains("inwoners"));
        QVERIFY(
            !engine::withComponents(lazy.indicators(), {"inwoners"}).contains("bijstand_per_1000"));
    }

    void ratiosCoverSuppressedCells()
    {
        // The comparisons above are only meaningful if ratios have suppressed cells.
        engine::Dataset lazy = engine::openLazyDataset(*mWorkspace);
        const QStringList ratios = codesOfKind(IndicatorKind::Ratio);
        QVERIFY(engine::loadIndicators(lazy, *mWorkspace, ratios));
        Coverage coverage;
        for (const QString &code : ratios)
            QVERIFY(compareIndicator(mEager, lazy, code, coverage).isEmpty());
        QVERIFY2(coverage.suppressed > 0, "the demo has small numbers in ratios");
    }

    void notLoadedIndicatorsShowNothing()
    {
        engine::Dataset lazy = engine::openLazyDataset(*mWorkspace);
        const int i = lazy.indicatorIndex(codesOfKind(IndicatorKind::Count).first());
        QVERIFY(!lazy.isLoaded(i));
        QVERIFY(std::isnan(lazy.value(i, 0, 0)));
        QVERIFY(!lazy.cell(i, 0, 0).present);
        QVERIFY(!engine::mayShow(lazy, i, 0, 0));
        engine::TrendOptions options;
        options.indicators = {i};
        QVERIFY(engine::computeTrends(lazy, options).empty());
        QVERIFY(engine::loadIndicators(lazy, *mWorkspace, {lazy.indicator(i).code}));
        QVERIFY(lazy.isLoaded(i));
        lazy.unloadIndicator(i);
        QVERIFY(!lazy.isLoaded(i));
    }

    void copiesHoldOnlyTheListedIndicators()
    {
        // What the window's cluster job takes to its worker thread (gui/spatial_controller).
        const QStringList ratios = codesOfKind(IndicatorKind::Ratio);
        QVERIFY(!ratios.isEmpty());
        const int ratio = mEager.indicatorIndex(ratios.first());
        const int denominator = mEager.indicatorIndex(mEager.indicator(ratio).denominator);
        QVERIFY(denominator >= 0);
        const engine::Dataset copy = mEager.withCopiesOf({ratio, denominator, -1, 100000});
        QVERIFY(copy.sharesDivisionsWith(mEager));
        QCOMPARE(copy.indicatorCount(), mEager.indicatorCount());
        QCOMPARE(copy.disclosureApplied(), mEager.disclosureApplied());
        Coverage coverage;
        QVERIFY(compareIndicator(mEager, copy, ratios.first(), coverage).isEmpty());
        QVERIFY(
            compareIndicator(mEager, copy, mEager.indicator(denominator).code, coverage).isEmpty());
        QVERIFY(coverage.cells > 0);
        int loaded = 0;
        for (int i = 0; i < copy.indicatorCount(); ++i)
            loaded += copy.isLoaded(i) ? 1 : 0;
        QCOMPARE(loaded, 2);
    }

    void adoptRefusesGroupsWithoutDisclosure()
    {
        engine::Dataset lazy = engine::openLazyDataset(*mWorkspace);
        engine::Dataset raw = lazy.withIndicators({lazy.indicator(0)});
        QVERIFY(!raw.disclosureApplied());
        QVERIFY_EXCEPTION_THROWN(lazy.adoptIndicator(0, raw, 0), std::logic_error);
        engine::Dataset other =
            engine::openLazyDataset(*mWorkspace); // same regions, other divisions object
        engine::Dataset group;
        workspace::ObservationReader reader(*mWorkspace);
        QVERIFY(engine::loadGroup(group, other, reader, {other.indicator(0).code}));
        QVERIFY_EXCEPTION_THROWN(lazy.adoptIndicator(0, group, 0), std::logic_error);
    }

    void allSignalsEqualTheFullComputation_data()
    {
        QTest::addColumn<int>("groupSize");
        QTest::newRow("one by one") << 1;
        QTest::newRow("groups of 3") << 3;
        QTest::newRow("all at once") << 1000;
    }

    void allSignalsEqualTheFullComputation()
    {
        QFETCH(int, groupSize);
        const std::vector<engine::Signal> expected = eagerSignals(mEager);
        QVERIFY(!expected.empty());
        const engine::Dataset like = engine::openLazyDataset(*mWorkspace);
        engine::AllSignalsOptions options;
        options.groupSize = groupSize;
        options.threads = 2;
        const engine::AllSignalsResult result = engine::computeAllSignals(mPath, like, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.periods, mEager.periods());
        const QString difference = compareSignals(expected, result.signalList);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void allSignalsFindPeriodsTheFirstIndicatorsLacked()
    {
        // A session opens with the years of its first indicators; the background pass must
        // find the others and compute over all of them.
        std::vector<int> fewer = mEager.periods();
        QVERIFY(fewer.size() > 2);
        fewer.erase(fewer.begin());
        fewer.pop_back();
        const engine::Dataset like(mWorkspace->indicators(), mWorkspace->regions(), fewer,
                                   engine::Dataset::Storage::Lazy);
        const engine::AllSignalsResult result =
            engine::computeAllSignals(mPath, like, engine::AllSignalsOptions());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.periods, mEager.periods());
        const QString difference = compareSignals(eagerSignals(mEager), result.signalList);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void allSignalsStopWhenCancelled()
    {
        const std::atomic_bool cancel{true};
        const engine::AllSignalsResult result = engine::computeAllSignals(
            mPath, engine::openLazyDataset(*mWorkspace), engine::AllSignalsOptions(), &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(result.signalList.empty());
    }

    void allSignalsReportAnUnreadableWorkspace()
    {
        const engine::AllSignalsResult result = engine::computeAllSignals(
            mDir.filePath("missing/none.gpkg"), engine::openLazyDataset(*mWorkspace),
            engine::AllSignalsOptions());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.signalList.empty());
    }
};

QTEST_GUILESS_MAIN(TestLazyLoading)
#include "test_lazy_loading.moc"
