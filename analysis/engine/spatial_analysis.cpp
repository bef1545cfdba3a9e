#include "engine/spatial_analysis.h"

#include "engine/engine_csv.h"
#include "engine/small_numbers.h"
#include "output/spreadsheet_text.h"

namespace wijk::engine {

namespace {

QString statusName(SpatialRegion::Status status)
{
    switch (status) {
    case SpatialRegion::Status::Analysed:
        return QStringLiteral("analysed");
    case SpatialRegion::Status::NoValue:
        return QStringLiteral("no_value");
    case SpatialRegion::Status::Island:
        return QStringLiteral("island");
    case SpatialRegion::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown_region");
}

QByteArray csvLines(const std::vector<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (const QString &field : row)
            quoted << csvField(field);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace

SpatialAnalysis analyseSpatial(const Dataset &dataset, int i, int year,
                               const SpatialWeights &weights, const MoranOptions &options)
{
    SpatialAnalysis analysis;
    analysis.indicator = i;
    analysis.period = year;
    analysis.options = options;
    const int p = dataset.periodIndex(year);
    std::vector<int> withValue;
    for (int w = 0; w < weights.size(); ++w) {
        SpatialRegion region;
        region.code = weights.code(w);
        region.region = dataset.regionIndex(region.code);
        if (region.region < 0)
            region.status = SpatialRegion::Status::Unknown;
        else if (p < 0 || !dataset.hasValue(i, region.region, p)) {
            region.status = SpatialRegion::Status::NoValue;
            analysis.withoutValue << region.code;
        } else {
            region.smallNumbers = restsOnSmallNumbers(dataset, i, region.region, p);
            withValue.push_back(w);
        }
        analysis.regions.push_back(region);
    }

    // Islands among the regions with a value are left out; leaving out an island takes
    // nobody's neighbour away, so one pass suffices.
    const SpatialWeights valued = weights.restrictedTo(withValue);
    std::vector<int> kept;
    std::vector<int> keptInValued;
    for (int v = 0; v < valued.size(); ++v) {
        if (valued.neighbours(v).empty()) {
            analysis.regions[size_t(withValue[size_t(v)])].status = SpatialRegion::Status::Island;
            analysis.islands << valued.code(v);
        } else {
            kept.push_back(withValue[size_t(v)]);
            keptInValued.push_back(v);
        }
    }
    const SpatialWeights used = valued.restrictedTo(keptInValued);
    std::vector<double> x;
    x.reserve(kept.size());
    for (const int w : kept)
        x.push_back(dataset.value(i, analysis.regions[size_t(w)].region, p));

    analysis.global = globalMoran(x, used, options);
    const std::vector<LocalMoran> local = localMoran(x, used, options);
    for (size_t m = 0; m < kept.size(); ++m)
        analysis.regions[size_t(kept[m])].local = local[m];
    return analysis;
}

QByteArray localMoranCsv(const SpatialAnalysis &analysis)
{
    std::vector<QStringList> rows;
    rows.push_back({"region", "value", "lag", "local_i", "e_local_i", "var_local_i", "z_local_i",
                    "p_sim", "q_value", "cluster", "status", "small_numbers"});
    for (const SpatialRegion &region : analysis.regions) {
        const bool analysed = region.status == SpatialRegion::Status::Analysed;
        const LocalMoran &local = region.local;
        rows.push_back(
            {output::neutraliseFormula(region.code), csvNumber(local.value), csvNumber(local.lag),
             csvNumber(local.localI), csvNumber(local.expected), csvNumber(local.variance),
             csvNumber(local.zScore), csvNumber(local.pSim), csvNumber(local.q),
             analysed && analysis.options.permutations > 0 ? lisaClusterName(local.cluster)
                                                           : QString(),
             statusName(region.status),
             region.smallNumbers ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return csvLines(rows);
}

QByteArray globalMoranCsv(const Dataset &dataset, const SpatialAnalysis &analysis)
{
    const GlobalMoran &global = analysis.global;
    return csvLines(
        {{"indicator", "period", "n", "islands", "without_value", "I", "E_I", "var_norm",
          "var_rand", "z_norm", "z_rand", "p_norm", "p_rand", "p_sim", "permutations", "seed",
          "transform"},
         {output::neutraliseFormula(dataset.indicator(analysis.indicator).code),
          QString::number(analysis.period), QString::number(global.n),
          QString::number(analysis.islands.size()), QString::number(analysis.withoutValue.size()),
          csvNumber(global.i), csvNumber(global.expected), csvNumber(global.varNormal),
          csvNumber(global.varRandom), csvNumber(global.zNormal), csvNumber(global.zRandom),
          csvNumber(global.pNormal), csvNumber(global.pRandom), csvNumber(global.pSim),
          QString::number(global.permutations), QString::number(analysis.options.seed),
          transformName(analysis.options.transform)}});
}

} // namespace wijk::engine
