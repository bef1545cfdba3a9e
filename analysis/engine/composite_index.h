// Computing a composite index (docs/engine.md, "Composite index") from a disclosed dataset:
// per year, each component scaled within the level (polarity-aware), then the weighted mean
// over the components; a region lacking any component's value gets no index that year.
#pragma once

#include "engine/composite_definition.h"
#include "engine/dataset.h"

#include <QStringList>
#include <utility>

namespace wijk::engine {

struct CompositeValues
{
    //! One per region of the level and year it exists in: the index, or NaN with status
    //! Missing when a component has no value there (so a recomputation replaces old values).
    std::vector<Observation> values;
    QStringList unknown; //!< component codes the dataset does not know
    int withValue = 0;
    int withoutValue = 0;
};

CompositeValues computeComposite(const Dataset &dataset, const CompositeDefinition &definition);

//! A region's theme scores in period index p (theme, weighted mean score of its
//! components), in the order themes first appear; NaN where a component lacks a value.
//! A region of another level than the definition's (the gemeente of a wijk) is scored on
//! the level's scale (its own values with the mean and sd, or min and max, of the level's
//! regions), so that a wijk's scores and its gemeente's can be compared.
std::vector<std::pair<QString, double>>
themeScores(const Dataset &dataset, const CompositeDefinition &definition, int region, int p);

//! The index of a region in period index p as computeComposite() gives it (the weighted mean
//! of every component's score), for a region of another level on the level's scale as in
//! themeScores(); NaN where a component lacks a value.
double compositeScore(const Dataset &dataset, const CompositeDefinition &definition, int region,
                      int p);

} // namespace wijk::engine
