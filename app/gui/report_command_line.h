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

//! What the window shows that a profile or memo made from it follows: the focus gemeenten
//! (comma-separated, empty: all) and the division its figures are on (0: as delivered).
struct ShownScope
{
    QString focus;
    int division = 0;
};

//! `report`: --region per code or --all (with the shown --focus), --out or --out-dir,
//! --template, the shown --division.
QStringList profileArguments(const QString &workspace, const reports::ProfileRequest &request,
                             const ShownScope &shown);
//! `memo`: --theme, --focus, --signal WIJK:INDICATOR in the basket's order, --opening, the
//! shown --division, and --out per output.
QStringList memoArguments(const QString &workspace, const reports::MemoOptions &options,
                          const ShownScope &shown, const QStringList &outputs);
//! `map`: indicator, period, level, mode, classification, same classes, focus, division,
//! extent, title, template, resolution.
QStringList mapArguments(const reports::MapExportRequest &request);
//! `export`: --indicator per code, --level (one level, else all), --format, --trends,
//! --excel-nl, the shown --division; the table as shown: --table, --period, --focus,
//! --filter, --sort, --descending, --empirical-bayes.
QStringList dataArguments(const QString &workspace, const reports::DataExportRequest &request,
                          const ShownScope &shown);

} // namespace wijk::gui
