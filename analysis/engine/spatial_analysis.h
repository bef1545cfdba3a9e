// Moran's I and LISA of one indicator, one level and one period of a (disclosed) dataset
// over stored weights (docs/engine.md, "Spatial statistics"). Regions without a value
// (missing or withheld by disclosure control) are left out before anything is computed,
// as are islands; values resting on small numbers are used but flagged, so the Clusters
// map can hatch them.
#pragma once

#include "engine/dataset.h"
#include "engine/moran.h"

#include <QByteArray>

namespace wijk::engine {

struct SpatialRegion
{
    enum class Status
    {
        Analysed,
        NoValue, //!< missing or withheld: left out
        Island,  //!< no neighbour with a value: left out
        Unknown  //!< in the weights but not in the dataset
    };
    QString code;
    int region = -1; //!< dataset index (-1 when Unknown)
    Status status = Status::Analysed;
    bool smallNumbers = false;
    LocalMoran local; //!< for Analysed regions
};

struct SpatialAnalysis
{
    int indicator = -1;
    int period = 0; //!< the year
    MoranOptions options;
    GlobalMoran global;
    std::vector<SpatialRegion> regions; //!< in the weights' order
    QStringList islands;                //!< codes left out as islands
    QStringList withoutValue;           //!< codes left out without a value
};

//! Global and local Moran of indicator i in year `year` over the weights.
SpatialAnalysis analyseSpatial(const Dataset &dataset, int i, int year,
                               const SpatialWeights &weights, const MoranOptions &options);

//! region,value,lag,local_i,e_local_i,var_local_i,z_local_i,p_sim,q_value,cluster,status,
//! small_numbers: one row per region of the weights.
QByteArray localMoranCsv(const SpatialAnalysis &analysis);
//! indicator,period,n,islands,I,E_I,var_norm,var_rand,z_norm,z_rand,p_norm,p_rand,p_sim,
//! permutations,seed,transform
QByteArray globalMoranCsv(const Dataset &dataset, const SpatialAnalysis &analysis);

} // namespace wijk::engine
