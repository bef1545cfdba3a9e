// The observations of the Demostad extract (observations.csv).
#pragma once

#include "demo/demo_town.h"
#include "model/model.h"

#include <vector>

namespace wijk::demo {

//! Every observation of the demo, ordered by region (gemeente, wijken, buurten), indicator
//! (catalogue order) and period. Values are already rounded to the indicator's decimals.
//! A NaN value with status Final stands for an empty cell without status.
std::vector<Observation> demoObservations(const DemoTown &town);

//! The status a publisher gives a value of \a indicator in \a year: 2024 is provisional for
//! the registrations that are still being completed (income, benefits, care, crime, energy,
//! air); everything else is final.
ValueStatus demoStatus(const Indicator &indicator, int year);

} // namespace wijk::demo
