// The council memo (raadsmemo): a municipality-wide summary built as a QTextDocument
// (headings, tables, map images) and written as PDF (QPdfWriter) or as an editable
// OpenDocument text (.odt, QTextDocumentWriter) that Word and LibreOffice open.
#pragma once

#include "reports/report_data.h"

#include <QString>
#include <memory>

class QTextDocument;

namespace wijk::reports {

struct MemoOptions
{
    QString theme;      //!< only this theme (case-insensitive); empty: all themes
    int maxSignals = 8; //!< rows in the table of signals that need attention
    int maxImproving = 5;
    int moversPerTheme = 3;
    int maps = 2; //!< maps of key indicators
    int mapDpi = 150;
    //! Only the wijken of these gemeenten (engine::RegionFocus, --focus); empty: all.
    QStringList focus;
};

//! The themes of the catalogue, in catalogue order.
QStringList catalogueThemes(const engine::Dataset &dataset);

//! Builds the memo; nullptr with *error when the theme is unknown or a map fails.
std::unique_ptr<QTextDocument> buildMemo(const ReportData &data, const MemoOptions &options,
                                         QString *error);

//! Builds and writes the memo to path: .pdf or .odt by its suffix.
bool writeMemo(const ReportData &data, const MemoOptions &options, const QString &path,
               QString *error);

} // namespace wijk::reports
