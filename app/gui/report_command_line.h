// The wijkmonitor-cli arguments of what a report dialog chose: the window runs the command
// line's own commands (report, memo, map, export) in a child process (gui::ReportProcess),
// so every choice of a dialog is a command-line option, and the same choices typed on the
// command line give the same files.
#pragma once

#include "reports/data_export_job.h"
#include "reports/map_export_job.h"
#include "reports/memo_document.h"
#include "reports/profile_request.h"

#include <QStringList>

namespace wijk::gui {

//! `report`: --region per code or --all, --out or --out-dir, --template.
QStringList profileArguments(const QString &workspace, const reports::ProfileRequest &request);
//! `memo`: --theme, --focus, --signal WIJK:INDICATOR in the basket's order, --opening, and
//! --out per output.
QStringList memoArguments(const QString &workspace, const reports::MemoOptions &options,
                          const QStringList &outputs);
//! `map`: indicator, period, level, mode, classification, same classes, focus, division,
//! extent, title, template, resolution.
QStringList mapArguments(const reports::MapExportRequest &request);
//! `export`: --indicator per code, --level (one level, else all), --format, --trends,
//! --excel-nl.
QStringList dataArguments(const QString &workspace, const reports::DataExportRequest &request);

} // namespace wijk::gui
