#include "model/division_in_force.h"

#include <iterator>

namespace wijk {

int vintageInForce(const std::set<int> &vintages, int year)
{
    if (vintages.empty())
        return 0;
    const auto after = vintages.upper_bound(year);
    return after == vintages.begin() ? *vintages.begin() : *std::prev(after);
}

} // namespace wijk
