// The neutral shape every data export is written from: named tables of typed columns, an
// optional geometry per row, and the provenance that travels with every file we write.
// Writers (CSV, XLSX, GPKG) only see these structs, never the workspace or the engine.
#pragma once

#include "output/spreadsheet_text.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>
#include <vector>

namespace wijk::exports {

//! Where an output comes from: shown in every file, sheet, layer and page we produce.
struct Provenance
{
    QString extractId;        //!< the most recent extract in the workspace
    QDateTime extractCreated; //!< when its publisher made it
    QString workspaceFile;    //!< the workspace's file name (no directory)
    QDateTime exportedAt;     //!< when this output was made (see exportTimestamp())
    QString version;          //!< the workbench version
    //! Empty, or how figures of earlier divisions were moved onto a later one ("indeling
    //! 2024; 2017-2024 (file, crosswalk:…)", docs/crosswalk.md): those figures are estimates.
    QString harmonisation;
    //! Empty, or which view of the data the file holds (the window's table as shown: its
    //! columns, level, year, focus, filter and sort order).
    QString view;

    //! The provenance as ordered (key, value) pairs with stable English keys.
    std::vector<std::pair<QString, QString>> entries() const;
    //! One line for page footers: "Extract X (created d-M-yyyy) · workspace.gpkg · ...".
    QString oneLine() const;
};

//! Now, unless SOURCE_DATE_EPOCH is set (reproducible outputs), in UTC to whole seconds.
QDateTime exportTimestamp();

enum class ColumnType
{
    Text,
    Integer,
    Real
};

struct ExportColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
    int decimals = -1; //!< Real only: digits written to CSV; -1 = shortest exact form
};

//! One table of an export. A null QVariant in a row is an empty cell.
struct ExportTable
{
    QString name; //!< layer/sheet name
    std::vector<ExportColumn> columns;
    std::vector<QVariantList> rows;
    //! RD New WKB per row, parallel to rows; empty vector for a table without geometry.
    std::vector<QByteArray> geometries;
    int epsg = 28992;

    //! Index of a column by name, -1 when absent.
    int columnIndex(const QString &name) const;
    //! Adds a row; throws std::invalid_argument when its size differs from the columns.
    void addRow(QVariantList row, QByteArray geometry = QByteArray());
};

//! The provenance as a two-column (key, value) table named name.
ExportTable provenanceTable(const Provenance &provenance,
                            const QString &name = QStringLiteral("metadata"));

} // namespace wijk::exports
