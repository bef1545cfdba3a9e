// The Demostad demo extract: a complete, valid extract (shared/docs/extract-contract.md) of
// a fictional municipality, generated deterministically. See docs/demo.md.
#pragma once

#include <QString>
#include <QStringList>

namespace wijk::demo {

inline const char *const kDemoExtractId = "demostad-2025-001";
inline const char *const kDemoCreated = "2025-03-01T09:30:00Z";

//! The files writeDemoExtract() writes, in the order it writes them (manifest last).
QStringList demoExtractFiles();

//! Writes the demo extract into \a dir (created if needed; its four files are overwritten).
//! The output is byte-identical on every run. Returns false with \a error on failure.
[[nodiscard]] bool writeDemoExtract(const QString &dir, QString *error);

} // namespace wijk::demo
