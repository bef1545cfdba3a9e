// The presentation of issue 15 on the demo workspace: the Clusters map's values carry the
// clusters of engine::analyseSpatial, weights made once are found again in the workspace,
// the Moran scatter's least-squares slope is Moran's I, a peer group's median, and the
// EB-geschat values and column next to the raw rates.
#include "demo/demo_extract.h"
#include "empirical_bayes_values.h"
#include "engine/weights_storage.h"
#include "engine/workspace_loader.h"
#include "import/extract_import.h"
#include "peer_median.h"
#include "spatial_clusters.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace wijk;

class TestSpatialPresentation : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<workspace::Workspace> mWorkspace;
    engine::Dataset mDataset;

    presentation::ClusterRequest request(RegionLevel level) const
    {
        presentation::ClusterRequest request;
        request.level = level;
        request.indicator = QStringLiteral("bijstand_per_1000");
        request.period = 2023;
        return request;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(demo::writeDemoExtract(mDir.filePath("demo"), &error), qPrintable(error));
        mPath = mDir.filePath("demo.gpkg");
        mWorkspace =
            workspace::Workspace::open(mPath, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(mWorkspace, qPrintable(error));
        import::ImportRequest importRequest;
        importRequest.input = mDir.filePath("demo");
        import::ImportReport report;
        QCOMPARE(import::importExtract(*mWorkspace, importRequest, report).status,
                 import::ImportOutcome::Status::Imported);
        mDataset = engine::loadDataset(*mWorkspace, {}, nullptr, nullptr);
        QVERIFY(mDataset.indicatorIndex(QStringLiteral("bijstand_per_1000")) >= 0);
    }

    void clusterValuesAreTheAnalysisClusters()
    {
        const presentation::ClusterMap map =
            presentation::clusterMap(*mWorkspace, mDataset, request(RegionLevel::Buurt));
        QVERIFY2(map.ok(), qPrintable(map.error));
        QVERIFY(!map.weights.fromWorkspace);
        QCOMPARE(map.weights.stored.name, QStringLiteral("buurt-%1-queen").arg(map.vintage));
        QCOMPARE(map.analysis.options.permutations, 999);
        QVERIFY(map.analysis.global.n > 20);
        QHash<QString, const engine::SpatialRegion *> byCode;
        for (const engine::SpatialRegion &region : map.analysis.regions)
            byCode.insert(region.code, &region);
        int analysed = 0;
        for (const presentation::MapValue &value : map.values) {
            const engine::SpatialRegion *region = byCode.value(value.code);
            QVERIFY(region);
            if (region->status == engine::SpatialRegion::Status::Analysed) {
                ++analysed;
                QCOMPARE(value.cluster, region->local.cluster);
                QVERIFY(std::isfinite(value.value));
            } else {
                QCOMPARE(value.cluster, engine::LisaCluster::NotSignificant);
            }
            QCOMPARE(value.smallNumbers, region->smallNumbers);
        }
        QCOMPARE(analysed, map.analysis.global.n);
        // The legend's words: weights, permutations, seed, correction; the global line.
        const QString note = presentation::clusterMethodNote(map);
        QVERIFY2(note.contains(map.weights.stored.name) && note.contains(QStringLiteral("999")) &&
                     note.contains(QStringLiteral("12345")) &&
                     note.contains(QStringLiteral("Benjamini")),
                 qPrintable(note));
        QVERIFY(presentation::globalMoranLine(map.analysis.global).startsWith("Moran's I "));
    }

    void weightsKeptInTheWorkspaceAreFoundAgain()
    {
        presentation::ClusterMap first =
            presentation::clusterMap(*mWorkspace, mDataset, request(RegionLevel::Wijk));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QString error;
        QVERIFY2(engine::saveWeights(*mWorkspace, first.weights.stored, &error), qPrintable(error));
        const presentation::ClusterMap again =
            presentation::clusterMap(*mWorkspace, mDataset, request(RegionLevel::Wijk));
        QVERIFY(again.weights.fromWorkspace);
        QCOMPARE(again.weights.stored.name, first.weights.stored.name);
        QCOMPARE(again.weights.stored.weights.size(), first.weights.stored.weights.size());
        for (int i = 0; i < first.weights.stored.weights.size(); ++i)
            QCOMPARE(again.weights.stored.weights.neighbours(i),
                     first.weights.stored.weights.neighbours(i));
        QCOMPARE(again.analysis.global.i, first.analysis.global.i);
        QCOMPARE(again.analysis.global.pSim, first.analysis.global.pSim);
    }

    void moranScatterSlopeIsMoransI()
    {
        const presentation::ClusterMap map =
            presentation::clusterMap(*mWorkspace, mDataset, request(RegionLevel::Buurt));
        const presentation::ScatterChartData data =
            presentation::moranScatterData(mDataset, map, false);
        QCOMPARE(int(data.points.size()), map.analysis.global.n);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const presentation::ScatterPoint &point : data.points) {
            sx += point.x;
            sy += point.y;
            sxx += point.x * point.x;
            sxy += point.x * point.y;
        }
        const double n = double(data.points.size());
        const double slope = (sxy - sx * sy / n) / (sxx - sx * sx / n);
        QVERIFY2(std::abs(slope - map.analysis.global.i) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(slope).arg(map.analysis.global.i)));
        // Standardised: mean 0, variance 1.
        QVERIFY(std::abs(sx / n) < 1e-9);
        QVERIFY(std::abs(sxx / n - 1) < 1e-9);
    }

    void peerMedianOfTheSimilarWijken()
    {
        const std::vector<int> wijken = mDataset.regionsOfLevel(RegionLevel::Wijk);
        QVERIFY(wijken.size() > size_t(presentation::kPeerGroupSize));
        const int last = mDataset.periodCount() - 1;
        const presentation::PeerGroup group = presentation::peerGroup(mDataset, wijken[0], last);
        QCOMPARE(int(group.peers.size()), presentation::kPeerGroupSize);
        QVERIFY(std::find(group.peers.begin(), group.peers.end(), wijken[0]) == group.peers.end());
        const int i = mDataset.indicatorIndex(QStringLiteral("bijstand_per_1000"));
        std::vector<double> values;
        for (int peer : group.peers)
            if (mDataset.hasValue(i, peer, last))
                values.push_back(mDataset.value(i, peer, last));
        std::sort(values.begin(), values.end());
        QVERIFY(values.size() >= 5);
        const size_t n = values.size();
        const double expected = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        QCOMPARE(presentation::peerMedian(mDataset, i, group, last), expected);
        const presentation::TrendSeries series = presentation::peerMedianSeries(mDataset, i, group);
        QVERIFY(series.reference && series.peerMedian);
        QCOMPARE(int(series.periods.size()), mDataset.periodCount());
        QCOMPARE(series.values.back(), expected);
        QVERIFY(series.name.contains(QStringLiteral("10")));
    }

    void empiricalBayesNextToTheRawRates()
    {
        const int i = mDataset.indicatorIndex(QStringLiteral("bijstand_per_1000"));
        QVERIFY(presentation::empiricalBayesUnavailableReason(mDataset, i).isEmpty());
        QVERIFY(!presentation::empiricalBayesUnavailableReason(
                     mDataset, mDataset.indicatorIndex(QStringLiteral("bijstand")))
                     .isEmpty());
        const int p = mDataset.periodIndex(2023);
        const auto rates = presentation::empiricalBayesByCode(mDataset, i, RegionLevel::Buurt, p);
        QVERIFY(rates.size() > 10);
        presentation::MapValuesRequest mapRequest;
        mapRequest.level = RegionLevel::Buurt;
        mapRequest.indicator = QStringLiteral("bijstand_per_1000");
        mapRequest.period = 2023;
        mapRequest.withTrends = false;
        QString error;
        const QVector<presentation::MapValue> raw =
            presentation::mapValues(mDataset, mapRequest, &error);
        const QVector<presentation::MapValue> eb =
            presentation::empiricalBayesMapValues(mDataset, i, p, raw);
        QCOMPARE(eb.size(), raw.size());
        int shrunk = 0;
        for (int k = 0; k < raw.size(); ++k) {
            QCOMPARE(eb[k].code, raw[k].code);
            const auto rate = rates.constFind(raw[k].code);
            if (rate == rates.constEnd()) {
                QVERIFY(!std::isfinite(eb[k].value)); // never a number the raw map withholds
                continue;
            }
            QCOMPARE(eb[k].value, rate->rate.smoothed);
            // The raw rate O/P is the delivered ratio up to its rounding.
            QVERIFY2(std::abs(rate->rate.raw - raw[k].value) <= 0.05 + 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(raw[k].code)
                                    .arg(rate->rate.raw)
                                    .arg(raw[k].value)));
            shrunk += rate->rate.smoothed != rate->rate.raw ? 1 : 0;
        }
        QVERIFY(shrunk > 0);
        // The table keeps the raw columns and gains the EB one, right after the raw rates of
        // its year.
        presentation::TableData table;
        for (const QString &year :
             {QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")})
            table.columns.append({year, 1, QString(), QString()});
        for (const presentation::MapValue &value : raw)
            table.rows.append({value.code,
                               value.code,
                               {presentation::TableCell{}, presentation::TableCell{value.value},
                                presentation::TableCell{}}});
        QCOMPARE(
            presentation::insertEmpiricalBayesColumn(table, mDataset, i, RegionLevel::Buurt, p), 2);
        QCOMPARE(table.columns.size(), 4);
        QCOMPARE(table.columns[1].title, QStringLiteral("2023"));
        QVERIFY2(table.columns[2].title.contains(QStringLiteral("EB")),
                 qPrintable(table.columns[2].title));
        QCOMPARE(table.columns[3].title, QStringLiteral("2024"));
        int compared = 0;
        for (const presentation::TableRow &row : table.rows) {
            QCOMPARE(row.cells.size(), 4);
            const auto rate = rates.constFind(row.code);
            if (rate != rates.constEnd()) {
                QCOMPARE(row.cells[2].value, rate->rate.smoothed);
                QVERIFY(!row.cells[2].note.isEmpty());
                ++compared;
            }
        }
        QVERIFY(compared > 0);
        // Without a column of its year, at the end.
        presentation::TableData other;
        other.columns.append({QStringLiteral("2020"), 1, QString(), QString()});
        presentation::insertEmpiricalBayesColumn(other, mDataset, i, RegionLevel::Buurt, p);
        QCOMPARE(other.columns.size(), 2);
        QVERIFY(other.columns[1].title.contains(QStringLiteral("EB")));
    }
};

QTEST_GUILESS_MAIN(TestSpatialPresentation)
#include "test_spatial_presentation.moc"
