// Text cells that a spreadsheet must show, never evaluate: one rule for every CSV and XLSX
// the workbench writes (exports and the engine's values, trends and signals files).
#pragma once

#include <QString>

namespace wijk::output {

//! Prefixes text that a spreadsheet would evaluate (=, +, -, @, and tab/CR) with an
//! apostrophe. Only for text cells: numbers (also negative ones) are written as numbers.
QString neutraliseFormula(const QString &text);

} // namespace wijk::output
