// The plain input of the values table: regions down, periods or indicators across, each cell
// with the status that says how to show it. The presentation module (table_rows.h) fills it
// from the engine; the table widget knows nothing about workspaces or engines.
#pragma once

#include "model/model.h"

#include <QString>
#include <QVector>
#include <limits>

namespace wijk::presentation {

//! One cell: a value (NaN when there is none) and the status that says how to show it.
struct TableCell
{
    double value = std::numeric_limits<double>::quiet_NaN();
    ValueStatus status = ValueStatus::Missing;
    //! A ratio or mean resting on small numbers (the engine's verdict): shown, marked.
    bool smallNumbers = false;
    //! The tooltip instead of the status label (e.g. "estimated via crosswalk …").
    QString note = QString();
};

//! One region's row.
struct TableRow
{
    QString code;
    QString name;
    QVector<TableCell> cells; //!< one per column of TableData::columns
};

//! A column: its header and how many decimals its values get.
struct TableColumn
{
    QString title;
    int decimals = 1;
    QString tooltip;
    QString unit; //!< when the columns differ in unit (else the caption names it)
    //! The column's name in a data export, the same in every language: the indicator code
    //! (indicators across) or code_year (years across).
    QString key = QString();
};

struct TableData
{
    QVector<TableColumn> columns;
    QVector<TableRow> rows;
    //! What the table holds: indicator(s), unit and period, the first line of a copy.
    QString caption;
};

} // namespace wijk::presentation
