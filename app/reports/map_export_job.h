// Exporting one finished choropleth sheet (title, legend, scale bar, north arrow, source line)
// of one indicator, level and period as PNG, SVG or PDF: the job behind `wijkmonitor-cli map`
// and the window's "Kaart exporteren…", so both give the same sheet for the same request.
// Runs on the thread that owns the QGIS application.
#pragma once

#include "choropleth_layer.h"
#include "map_export.h"
#include "model/model.h"

#include <QString>
#include <QStringList>
#include <qgsrectangle.h>

namespace wijk::reports {

struct MapExportRequest
{
    QString workspace; //!< the workspace file (.gpkg)
    QString indicator; //!< indicator code
    RegionLevel level = RegionLevel::Wijk;
    int period = 0;   //!< the year shown (the end year of change, trend and signals)
    int fromYear = 0; //!< start year of change, trend and signals; 0: the first period
    //! Mode, classification and labels; the job fills polarity and decimals from the
    //! indicator.
    maps::ChoroplethSpec spec;
    //! Value and change maps: classes over every year (as the window's "fixed classes"), so
    //! maps of different years compare.
    bool classesOverAllYears = false;
    //! > 0: every year's figures moved onto the division in force in that year through the
    //! workspace's crosswalks (docs/crosswalk.md); the subtitle says they are estimated.
    int division = 0;
    //! Gemeente codes ("GM0402,GM0406"; engine::RegionFocus): only their regions are drawn and
    //! classified among themselves. Empty: every region of the level.
    QString focus;
    QString title;               //!< empty: the indicator's name
    QgsRectangle extent;         //!< empty: every region of the level
    QString templatePath;        //!< a map layout (.qpt); empty: the shipped one
    maps::ExportOptions options; //!< resolution; the job sets the document title and subject
    QString out;                 //!< .png, .svg or .pdf
};

struct MapExportResult
{
    int regionCount = 0;        //!< regions drawn
    int withData = 0;           //!< of which with a value
    int vintage = 0;            //!< the boundary year drawn
    QStringList unknownCodes;   //!< codes with values but without geometry in that vintage
    QStringList warnings;       //!< from loading the workspace
    bool internalError = false; //!< the failure was the layout, not the input
};

//! Draws and writes the map of request; false with *error (naming the workspace or file).
bool exportMap(const MapExportRequest &request, MapExportResult *result, QString *error);

} // namespace wijk::reports
