// The composite index: polarity-aware z-scores and min-max within the level, weights, a
// region lacking a component gets no index; stored in the workspace as an indicator composed
// by the workbench, with its definition, loaded back like any other and recomputed.
#include "engine/composite_index.h"
#include "engine/workspace_loader.h"
#include "import/composed_indicator.h"
#include "import/import_transaction.h"
#include "test_trends_fixture.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace wijk;
using namespace wijk::engine;

class TestCompositeIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

    static std::vector<Indicator> catalogue()
    {
        return {test::makeIndicator(QStringLiteral("a"), IndicatorKind::Value, 0,
                                    Polarity::HigherIsBetter),
                test::makeIndicator(QStringLiteral("b"), IndicatorKind::Value, 0,
                                    Polarity::LowerIsBetter)};
    }
    static std::vector<Observation> observations()
    {
        std::vector<Observation> result;
        for (int w = 1; w <= 4; ++w) {
            const QString code = QStringLiteral("WK00000%1").arg(w);
            result.push_back(test::obs(code, QStringLiteral("a"), 2023, w));
            result.push_back(test::obs(code, QStringLiteral("b"), 2023, 10 * w));
            result.push_back(test::obs(code, QStringLiteral("a"), 2024, w));
            if (w != 4)
                result.push_back(test::obs(code, QStringLiteral("b"), 2024, 10 * w));
        }
        return result;
    }
    static std::vector<Region> wijken()
    {
        std::vector<Region> result;
        for (int w = 1; w <= 4; ++w) {
            const QString code = QStringLiteral("WK00000%1").arg(w);
            result.push_back(test::makeRegion(code, code, RegionLevel::Wijk, {}, 2023));
        }
        return result;
    }
    static CompositeDefinition definition(CompositeScaling scaling)
    {
        CompositeDefinition result;
        result.code = QStringLiteral("index_test");
        result.name = QStringLiteral("Testindex");
        result.level = RegionLevel::Wijk;
        result.scaling = scaling;
        result.components = {{QStringLiteral("a"), QStringLiteral("Werk"), 3},
                             {QStringLiteral("b"), QStringLiteral("Zorg"), 1}};
        return result;
    }
    static double valueOf(const CompositeValues &values, const QString &region, int period)
    {
        for (const Observation &observation : values.values)
            if (observation.region == region && observation.period == period)
                return observation.value;
        return -999;
    }
    static void near(double actual, double expected)
    {
        QVERIFY2(std::fabs(actual - expected) <= 1e-9,
                 qPrintable(QStringLiteral("computed %1, expected %2")
                                .arg(actual, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
    }

private slots:
    void zScoresFollowPolarityAndWeights()
    {
        engine::Dataset dataset(catalogue(), wijken(), {2023, 2024});
        QVERIFY(dataset.addObservations(observations()).isEmpty());
        const CompositeValues values =
            computeComposite(dataset, definition(CompositeScaling::ZScore));
        QVERIFY(values.unknown.isEmpty());
        // z_a = (w - 2.5) / sqrt(5/3); b runs the same way but lower is better, so
        // (3 z_a - z_b) / 4 = z_a / 2.
        const double sd = std::sqrt(5.0 / 3.0);
        for (int w = 1; w <= 4; ++w)
            near(valueOf(values, QStringLiteral("WK00000%1").arg(w), 2023), (w - 2.5) / sd / 2);
        // 2024: WK000004 lacks b: no index (missing, so a recomputation replaces an old one).
        QVERIFY(std::isnan(valueOf(values, QStringLiteral("WK000004"), 2024)));
        QCOMPARE(values.withoutValue, 1);
        QCOMPARE(values.withValue, 7);
    }

    void minMaxRunsFromZeroToHundred()
    {
        engine::Dataset dataset(catalogue(), wijken(), {2023, 2024});
        QVERIFY(dataset.addObservations(observations()).isEmpty());
        const CompositeValues values =
            computeComposite(dataset, definition(CompositeScaling::MinMax));
        // a: 0, 33.3, 66.7, 100; b reversed: 100, 66.7, 33.3, 0; weights 3 and 1.
        near(valueOf(values, QStringLiteral("WK000001"), 2023), 25);
        near(valueOf(values, QStringLiteral("WK000004"), 2023), 75);
        const auto themes = themeScores(dataset, definition(CompositeScaling::MinMax),
                                        dataset.regionIndex(QStringLiteral("WK000001")), 0);
        QCOMPARE(int(themes.size()), 2);
        QCOMPARE(themes[0].first, QStringLiteral("Werk"));
        near(themes[0].second, 0);
        near(themes[1].second, 100);
    }

    void gemeenteIsScoredOnTheWijkScale()
    {
        // The profile's theme scores of a wijk against its gemeente: the gemeente's own values
        // scored with the wijken's mean and sd.
        std::vector<Region> regions = {test::makeRegion(
            QStringLiteral("GM0001"), QStringLiteral("Gemeente"), RegionLevel::Gemeente, {}, 2023)};
        for (int w = 1; w <= 4; ++w) {
            const QString code = QStringLiteral("WK00000%1").arg(w);
            regions.push_back(
                test::makeRegion(code, code, RegionLevel::Wijk, QStringLiteral("GM0001"), 2023));
        }
        engine::Dataset dataset(catalogue(), regions, {2023, 2024});
        std::vector<Observation> values = observations();
        values.push_back(test::obs(QStringLiteral("GM0001"), QStringLiteral("a"), 2023, 3));
        values.push_back(test::obs(QStringLiteral("GM0001"), QStringLiteral("b"), 2023, 15));
        QVERIFY(dataset.addObservations(values).isEmpty());
        const CompositeDefinition z = definition(CompositeScaling::ZScore);
        const int gemeente = dataset.regionIndex(QStringLiteral("GM0001"));
        const double sd = std::sqrt(5.0 / 3.0);
        const auto themes = themeScores(dataset, z, gemeente, 0);
        QCOMPARE(int(themes.size()), 2);
        near(themes[0].second, 0.5 / sd); // a: (3 - 2.5) / sd
        near(themes[1].second, 1.0 / sd); // b, lower is better: -(15 - 25) / (10 sd)
        near(compositeScore(dataset, z, gemeente, 0), (3 * 0.5 / sd + 1.0 / sd) / 4);
        // The gemeente does not change the wijken's scale; for a wijk the index is the stored one.
        const CompositeValues computed = computeComposite(dataset, z);
        for (int w = 1; w <= 4; ++w) {
            const QString code = QStringLiteral("WK00000%1").arg(w);
            near(compositeScore(dataset, z, dataset.regionIndex(code), 0),
                 valueOf(computed, code, 2023));
        }
        // Without the gemeente's value, no score.
        QVERIFY(std::isnan(themeScores(dataset, z, gemeente, 1)[0].second));
        QVERIFY(std::isnan(compositeScore(dataset, z, gemeente, 1)));
    }

    void unknownComponentIsReported()
    {
        engine::Dataset dataset(catalogue(), wijken(), {2023});
        CompositeDefinition withUnknown = definition(CompositeScaling::ZScore);
        withUnknown.components.push_back({QStringLiteral("zz"), {}, 1});
        const CompositeValues values = computeComposite(dataset, withUnknown);
        QCOMPARE(values.unknown, QStringList{"zz"});
        QVERIFY(values.values.empty());
    }

    void definitionJsonRoundTrip()
    {
        const CompositeDefinition original = definition(CompositeScaling::MinMax);
        QString error;
        const auto back = CompositeDefinition::fromJson(original.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->code, original.code);
        QCOMPARE(back->scaling, CompositeScaling::MinMax);
        QCOMPARE(int(back->components.size()), 2);
        QCOMPARE(back->components[0].weight, 3.0);
        QCOMPARE(back->components[1].theme, QStringLiteral("Zorg"));
        QVERIFY(!CompositeDefinition::fromJson("{\"composite\": {\"code\": \"x\"}}", &error));
        QVERIFY(!CompositeDefinition::fromJson("not json", &error));
    }

    void storedAndLoadedLikeAnyIndicator()
    {
        QString error;
        auto workspace =
            workspace::Workspace::open(test::workspaceLocation(mDir, QStringLiteral("index.gpkg")),
                                       workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        {
            auto tx = import::ImportTransaction::begin(*workspace, &error);
            workspace::ExtractInfo info;
            info.extractId = QStringLiteral("test");
            info.format = QStringLiteral("extract");
            info.created = QDateTime::currentDateTimeUtc();
            QVERIFY(tx->recordExtract(info) > 0);
            for (const Indicator &indicator : catalogue())
                QVERIFY(tx->putIndicator(indicator) > 0);
            for (const Region &region : wijken())
                QVERIFY(tx->putRegion(region, {}, &error));
            for (const Observation &observation : observations())
                QCOMPARE(tx->putObservation(observation.region, observation.indicator,
                                            observation.period, observation.value,
                                            observation.status, QStringLiteral("test")),
                         import::ImportTransaction::PutResult::Written);
            QVERIFY2(tx->commit(&error), qPrintable(error));
        }
        const CompositeDefinition zIndex = definition(CompositeScaling::ZScore);
        engine::Dataset components =
            loadDataset(*workspace, {QStringLiteral("a"), QStringLiteral("b")});
        const CompositeValues values = computeComposite(components, zIndex);
        QVERIFY2(import::storeComposedIndicator(*workspace,
                                                zIndex.indicator(components.indicators()),
                                                values.values, zIndex.toJson(), &error),
                 qPrintable(error));

        bool found = false;
        for (const Indicator &indicator : workspace->indicators())
            if (indicator.code == zIndex.code) {
                found = true;
                QCOMPARE(indicator.source, compositeSource());
                QCOMPARE(indicator.polarity, Polarity::HigherIsBetter);
                QVERIFY2(indicator.definition.contains(QStringLiteral("z-scores")) &&
                             indicator.definition.contains(
                                 QStringLiteral("b (thema Zorg, gewicht 1, lager is beter)")),
                         qPrintable(indicator.definition));
            }
        QVERIFY(found);
        const engine::Dataset loaded = loadDataset(*workspace, {zIndex.code});
        const int i = loaded.indicatorIndex(zIndex.code);
        const int w4 = loaded.regionIndex(QStringLiteral("WK000004"));
        near(loaded.value(i, w4, loaded.periodIndex(2023)), 1.5 / std::sqrt(5.0 / 3.0) / 2);
        QVERIFY(!loaded.hasValue(i, w4, loaded.periodIndex(2024)));

        // Recomputed with another definition: the values are replaced, the definition kept.
        const CompositeDefinition minMax = definition(CompositeScaling::MinMax);
        QVERIFY2(import::storeComposedIndicator(
                     *workspace, minMax.indicator(components.indicators()),
                     computeComposite(components, minMax).values, minMax.toJson(), &error),
                 qPrintable(error));
        const auto stored = CompositeDefinition::fromJson(
            import::composedDefinition(*workspace, zIndex.code), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->scaling, CompositeScaling::MinMax);
        const engine::Dataset again = loadDataset(*workspace, {zIndex.code});
        near(again.value(again.indicatorIndex(zIndex.code),
                         again.regionIndex(QStringLiteral("WK000004")), again.periodIndex(2023)),
             75);
    }
};

QTEST_GUILESS_MAIN(TestCompositeIndex)
#include "test_composite_index.moc"
