// The thin bridge from the workspace to the engine: indicators, regions and observations
// into a Dataset, aggregated and with disclosure control applied, ready for every output.
// Eager (loadDataset: the CLI and reports) or lazy (openLazyDataset + loadIndicators: the
// workbench loads an indicator when a view first needs it; docs/engine.md, "Lazy loading").
#pragma once

#include "engine/dataset.h"

namespace wijk::workspace {
class ObservationReader;
class Workspace;
} // namespace wijk::workspace

namespace wijk::engine {

//! Loads the listed indicators (all when empty) plus the numerators and denominators they
//! need, derives wijk and gemeente values and applies disclosure control. Codes that the
//! workspace does not know are reported in *unknown (the caller decides: usually bad input).
Dataset loadDataset(const workspace::Workspace &workspace, const QStringList &indicatorCodes,
                    QStringList *unknown = nullptr, QStringList *warnings = nullptr);

//! The indicator codes plus, recursively, the numerators and denominators they are built from
//! and the ratios whose numerator they are (a withheld ratio withholds its numerator count,
//! docs/engine.md "Disclosure", so a count's disclosure needs those ratios).
QStringList withComponents(const std::vector<Indicator> &catalogue, const QStringList &codes);

//! The workspace's whole catalogue, regions and periods without any values (lazy storage).
Dataset openLazyDataset(const workspace::Workspace &workspace);

//! What a lazy load reports besides the values.
struct LoadReport
{
    int maxWarnings = -1;            //!< -1: a message per skipped value; else at most this many
    QStringList warnings;            //!< values skipped: unknown region or period
    int skipped = 0;                 //!< number of values skipped (also beyond maxWarnings)
    std::vector<int> unknownPeriods; //!< years of skipped values, ascending, unique
    QString error;                   //!< why reading failed (the load returned false)
};

//! One indicator group over the divisions of `like`: the codes plus their components (in
//! catalogue order), read from the workspace, aggregated and disclosure-controlled. An
//! indicator's cells depend only on itself and its components, so they equal those of the
//! full loadDataset(). False (report->error) when reading fails.
[[nodiscard]] bool loadGroup(Dataset &group, const Dataset &like,
                             workspace::ObservationReader &reader, const QStringList &codes,
                             LoadReport *report = nullptr);

//! Makes the codes (and their components) available in a lazy dataset: the ones not loaded
//! yet are loaded as one group (loadGroup) and adopted; loaded ones are left as they are.
//! Unknown codes are ignored. False (report->error) when reading fails.
[[nodiscard]] bool loadIndicators(Dataset &dataset, workspace::ObservationReader &reader,
                                  const QStringList &codes, LoadReport *report = nullptr);
//! Same, with a reader of its own (reads the region keys again: prefer the reader overload
//! for repeated loads).
[[nodiscard]] bool loadIndicators(Dataset &dataset, const workspace::Workspace &workspace,
                                  const QStringList &codes, LoadReport *report = nullptr);

} // namespace wijk::engine
