// What the window's map shows now, as the report actions need it: the request that draws the
// same sheet (indicator, level, year, mode, classes, extent) and the canvas as an image.
// An interface, so the report actions do not reach into the window (tests can fake it).
#pragma once

#include "reports/data_export_job.h"
#include "reports/map_export_job.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace wijk::gui {

class MapState
{
public:
    virtual ~MapState() = default;
    //! The open workspace file; empty when none is open.
    virtual QString workspacePath() const = 0;
    //! What the imports of the team workspace on screen were when the window read it
    //! (workspace::readRevision); empty for a file, whose modification time says it instead.
    virtual QString workspaceRevision() const { return QString(); }
    //! The map on screen as an export request (everything but out and the options).
    virtual reports::MapExportRequest currentMap() const = 0;
    //! The selected region codes, in the order they were selected.
    virtual QStringList selectedRegions() const = 0;
    //! The map canvas as it is drawn now, at its size on screen.
    virtual QImage canvasImage() const = 0;
    //! The values table as shown, as an export request (indicators, level, table; everything
    //! but format and out), and in *rows how many rows it shows; no table (request.table
    //! unset) when the window shows none.
    virtual reports::DataExportRequest currentTable(int *rows) const
    {
        if (rows)
            *rows = 0;
        return {};
    }
};

} // namespace wijk::gui
