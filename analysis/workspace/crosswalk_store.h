// Reading the crosswalks of a workspace (schema version 5, docs/workspace.md).
#pragma once

#include "workspace/crosswalk.h"

namespace wijk::workspace {

class Workspace;

//! Every crosswalk of the workspace, ordered by from_year then to_year; with their pairs
//! (ordered by from_code, to_code) when withPairs.
std::vector<Crosswalk> readCrosswalks(const Workspace &workspace, bool withPairs);

} // namespace wijk::workspace
