// What every fuzz target needs: GDAL set up once, the input as a file (on disk for readers
// that open files with QFile or libzip, in GDAL's /vsimem/ for those that read through
// VSI), and a writable workspace for the importers. See docs/fuzzing.md.
#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

namespace wijk::import {
class ImportReport;
}
namespace wijk::workspace {
class Workspace;
} // namespace wijk::workspace

namespace wijk::fuzz {

//! Registers GDAL's drivers and silences GDAL's messages (the import report says what
//! matters; printing them would slow every run). Idempotent.
void setUp();

//! Writes the input to a file of this name in the process's private temporary folder,
//! replacing the previous input, and returns its path.
QString writeTemporaryFile(const QString &name, const uint8_t *data, size_t size);

//! Copies the input into GDAL's memory file system as /vsimem/wijk_fuzz/<name>; remove it
//! with removeMemoryFile() at the end of the run.
QString writeMemoryFile(const QString &name, const uint8_t *data, size_t size);
void removeMemoryFile(const QString &path);

//! Formats every problem of the report (that code runs on every input too) and prints
//! them when WIJK_FUZZ_VERBOSE is set: what a reproduced input was told.
void finish(const import::ImportReport &report);

//! A writable workspace in the private temporary folder, made anew every 256 calls so that
//! the inputs that import successfully do not grow it without bound.
workspace::Workspace &workspace();

} // namespace wijk::fuzz
