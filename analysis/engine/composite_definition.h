// A composite index as the user defines it (docs/engine.md, "Composite index"): indicators
// grouped by theme with weights, scaled within a level (polarity-aware z-scores or
// min-max), kept with the stored index as JSON so that it can be recomputed.
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace wijk::engine {

enum class CompositeScaling
{
    ZScore, //!< (x - mean) / sd within the level and year; the index in sd units
    MinMax  //!< 100 (x - min) / (max - min) within the level and year; the index 0-100
};

struct CompositeComponent
{
    QString indicator; //!< catalogue code
    QString theme;     //!< for theme scores; empty: the indicator's own theme
    double weight = 1; //!< > 0
};

struct CompositeDefinition
{
    QString code;
    QString name;
    RegionLevel level = RegionLevel::Wijk;
    CompositeScaling scaling = CompositeScaling::ZScore;
    std::vector<CompositeComponent> components;

    //! {"composite": {"code", "name", "level", "scaling": "z"|"minmax", "components":
    //! [{"indicator", "theme", "weight"}]}}
    QByteArray toJson() const;
    //! nullopt with *error (Dutch) when the text is not such a definition.
    static std::optional<CompositeDefinition> fromJson(const QByteArray &json, QString *error);

    //! The catalogue entry of the index: kind value, higher is better, unit index (z) or
    //! score (min-max), source "Wijkmonitor Workbench (samengestelde index)", and the whole
    //! definition in words (Dutch) as its definition.
    Indicator indicator(const std::vector<Indicator> &catalogue) const;
};

//! "z" or "minmax".
QString scalingName(CompositeScaling scaling);
std::optional<CompositeScaling> scalingFromName(const QString &name);

//! The source text that marks an indicator as composed by the workbench.
QString compositeSource();

} // namespace wijk::engine
