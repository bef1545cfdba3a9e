// The thin bridge from the workspace to the engine: indicators, regions and observations
// into a Dataset, aggregated and with disclosure control applied, ready for every output.
#pragma once

#include "engine/dataset.h"

namespace wijk {
class Workspace;
}

namespace wijk::engine {

//! Loads the listed indicators (all when empty) plus the numerators and denominators they
//! need, derives wijk and gemeente values and applies disclosure control. Codes that the
//! workspace does not know are reported in *unknown (the caller decides: usually bad input).
Dataset loadDataset(const Workspace &workspace, const QStringList &indicatorCodes,
                    QStringList *unknown = nullptr, QStringList *warnings = nullptr);

//! The indicator codes plus, recursively, the numerators and denominators they are built from.
QStringList withComponents(const std::vector<Indicator> &catalogue, const QStringList &codes);

} // namespace wijk::engine
