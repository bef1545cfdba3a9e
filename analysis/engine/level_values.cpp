#include "engine/level_values.h"

#include "engine/disclosure.h"
#include "engine/small_numbers.h"

#include <cmath>
#include <stdexcept>

namespace wijk::engine {

namespace {

void requireDisclosure(const Dataset &dataset)
{
    if (!dataset.disclosureApplied())
        throw std::logic_error("engine output requested before applyDisclosure()");
}

LevelValue makeValue(const Dataset &dataset, int i, int r, int p)
{
    LevelValue out;
    out.region = r;
    out.indicator = i;
    out.period = dataset.period(p);
    const Cell cell = dataset.cell(i, r, p);
    out.derived = cell.present && cell.derived;
    out.seriesBreakYear = dataset.seriesBreakYear(r, p);
    if (mayShow(dataset, i, r, p)) {
        out.value = cell.value;
        out.status = cell.status;
        out.smallNumbers = restsOnSmallNumbers(dataset, i, r, p);
    } else {
        out.value = std::nan("");
        out.status = cell.present && cell.status == ValueStatus::Suppressed
                         ? ValueStatus::Suppressed
                         : ValueStatus::Missing;
    }
    return out;
}

} // namespace

std::vector<LevelValue> levelValues(const Dataset &dataset, RegionLevel level,
                                    const std::vector<int> &indicators, std::optional<int> year)
{
    requireDisclosure(dataset);
    std::vector<int> wanted = indicators;
    if (wanted.empty())
        for (int i = 0; i < dataset.indicatorCount(); ++i)
            wanted.push_back(i);
    std::vector<LevelValue> rows;
    for (int r : dataset.regionsOfLevel(level))
        for (int i : wanted)
            for (int p = 0; p < dataset.periodCount(); ++p) {
                if (year && dataset.period(p) != *year)
                    continue;
                if (!dataset.existsAt(r, p) && !dataset.cell(i, r, p).present)
                    continue;
                rows.push_back(makeValue(dataset, i, r, p));
            }
    return rows;
}

std::vector<LevelValue> regionSeries(const Dataset &dataset, int indicator, int region)
{
    requireDisclosure(dataset);
    std::vector<LevelValue> rows;
    for (int p = 0; p < dataset.periodCount(); ++p)
        if (dataset.existsAt(region, p) || dataset.cell(indicator, region, p).present)
            rows.push_back(makeValue(dataset, indicator, region, p));
    return rows;
}

QString statusName(const LevelValue &value)
{
    return contractName(value.status);
}

} // namespace wijk::engine
