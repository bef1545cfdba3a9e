// Shared by the engine's CLI commands (values, trends, signals): options, loading the
// workspace into the engine, writing a CSV file or stdout.
#pragma once

#include "cli/cli_command.h"
#include "engine/dataset.h"
#include "engine/harmonised_dataset.h"
#include "engine/region_focus.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <memory>
#include <optional>

namespace wijk::cli::engine_support {

//! --workspace, --indicator (repeatable) and --out.
void addCommonOptions(QCommandLineParser &parser);
//! --level with the allowed levels named in its help.
void addLevelOption(QCommandLineParser &parser, const QString &defaultLevel = {});
//! --from/--to.
void addRangeOptions(QCommandLineParser &parser);

//! --division YYYY: express the values on the division in force in that year (crosswalks).
void addDivisionOption(QCommandLineParser &parser);
//! The workspace's values (--indicator, as loadFromOptions) moved onto the --division year
//! (docs/crosswalk.md), streamed one indicator group at a time so that the delivered values
//! are never all in memory; nullopt without the option. Bad input when the workspace holds no
//! crosswalk or cannot be read; warnings go to stderr.
std::optional<engine::HarmonisedDataset> harmonisedFromOptions(const QCommandLineParser &parser,
                                                               CliContext &context);
//! --focus GM… (engine::RegionFocus): only the regions of these gemeenten.
void addFocusOption(QCommandLineParser &parser);
//! The --focus gemeenten of the dataset (no focus when absent); bad input naming a code that
//! is no gemeente of the workspace.
engine::RegionFocus focusOption(const QCommandLineParser &parser, const engine::Dataset &dataset);

//! The --level value (gemeente, wijk, buurt); usage error otherwise.
RegionLevel levelOption(const QCommandLineParser &parser);
//! A YYYY option, nullopt when absent; usage error when not a year.
[[nodiscard]] std::optional<int> yearOption(const QCommandLineParser &parser, const QString &name);

//! Opens the workspace at path read-only; bad input naming the path and SQLite's reason
//! when it does not exist or cannot be opened.
std::unique_ptr<workspace::Workspace> openReadOnly(const QString &path);
//! Opens --workspace read-only and loads --indicator codes (all when none) into a disclosed
//! dataset; bad input when the workspace cannot be opened or a code is unknown.
engine::Dataset loadFromOptions(const QCommandLineParser &parser, CliContext &context);
//! Indices of the --indicator codes in the dataset (empty: all).
std::vector<int> indicatorIndices(const QCommandLineParser &parser, const engine::Dataset &dataset);

//! Writes bytes to --out through OutputFile (whole or not at all, never onto the workspace)
//! or to stdout for "-"; bad input when the file cannot be written.
void writeOutput(const QCommandLineParser &parser, CliContext &context, const QByteArray &bytes);
//! The same for a file named otherwise (a second output such as --global-out).
void writeFile(const QString &path, CliContext &context, const QByteArray &bytes);

} // namespace wijk::cli::engine_support
