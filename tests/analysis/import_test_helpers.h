// Look-ups shared by the importer tests: a throw-away workspace, one observation or
// indicator by code, and whether a report names a problem at a line and field.
#pragma once

#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "import/import_report.h"
#include "model/model.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace wijk::test {

inline const Observation *find(const std::vector<Observation> &all, const char *region,
                               const char *indicator, int period)
{
    for (const Observation &o : all) {
        if (o.region == QLatin1String(region) && o.indicator == QLatin1String(indicator) &&
            o.period == period)
            return &o;
    }
    return nullptr;
}

inline Indicator indicator(const workspace::Workspace &ws, const char *code)
{
    for (const Indicator &i : ws.indicators()) {
        if (i.code == QLatin1String(code))
            return i;
    }
    return Indicator();
}

inline bool hasProblem(const import::ImportReport &report, int line, const char *field,
                       const char *text)
{
    for (const import::ImportProblem &p : report.problems()) {
        if (p.line == line && p.field == QLatin1String(field) &&
            p.message.contains(QLatin1String(text), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

//! A new workspace of its own, on the back-end of this run (test_workspace_location.h).
struct TempWorkspace
{
    QTemporaryDir dir;
    QString openError; //!< why ws could not be opened
    std::unique_ptr<workspace::Workspace> ws =
        workspace::Workspace::open(workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                   workspace::Workspace::OpenMode::ReadWrite, &openError);
};

//! Writes the Demostad extract into dir/demo and imports it into dir/demo.gpkg (or the team
//! workspace standing in for it, test_workspace_location.h); the workspace location, or an
//! empty string with *error.
inline QString importDemo(const QTemporaryDir &dir, QString *error)
{
    if (!demo::writeDemoExtract(dir.filePath(QStringLiteral("demo")), error))
        return QString();
    const QString path = workspaceLocation(dir, QStringLiteral("demo.gpkg"));
    auto workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, error);
    if (!workspace)
        return QString();
    import::ImportRequest request;
    request.input = dir.filePath(QStringLiteral("demo"));
    import::ImportReport report;
    if (import::importExtract(*workspace, request, report).status !=
        import::ImportOutcome::Status::Imported) {
        *error = report.formatted().join(QLatin1Char('\n'));
        return QString();
    }
    return path;
}

} // namespace wijk::test
