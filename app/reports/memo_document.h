// The council memo (raadsmemo): a municipality-wide summary built as a QTextDocument
// (headings, tables, map images) and written as PDF (QPdfWriter) or as an editable
// OpenDocument text (.odt, QTextDocumentWriter) that Word and LibreOffice open.
#pragma once

#include "reports/report_data.h"

#include <QImage>
#include <QString>
#include <memory>
#include <vector>

class QTextDocument;

namespace wijk::reports {

//! One signal the analyst put in the memo basket: a wijk and an indicator (the strongest
//! signal of that pair, as the signals list shows it).
struct MemoSignalChoice
{
    QString region;    //!< wijk code
    QString indicator; //!< indicator code
};

struct MemoOptions
{
    //! The memo basket in the analyst's order: these signals head the memo. Empty: the
    //! unfavourable signals in the engine's order (sortSignals()).
    std::vector<MemoSignalChoice> basket;
    QString opening;    //!< the analyst's opening paragraph (empty: none)
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

//! The signals the memo leads with: the basket's (in its order; choices the workspace no longer
//! has are left out) or, without a basket, the unfavourable ones of options' theme in the
//! engine's order, of the focus gemeenten' wijken. Small-number and neutral signals never reach a
//! memo.
std::vector<const engine::Signal *> memoLeadSignals(const ReportData &data,
                                                    const MemoOptions &options);

//! Builds the memo; nullptr with *error when the theme is unknown or a map fails.
[[nodiscard]] std::unique_ptr<QTextDocument> buildMemo(const ReportData &data,
                                                       const MemoOptions &options, QString *error);

//! The first page of the memo as the PDF prints it, widthPx wide (white background);
//! a null image with *error when the memo cannot be built.
QImage memoFirstPage(const ReportData &data, const MemoOptions &options, int widthPx,
                     QString *error);

//! Builds and writes the memo to path: .pdf or .odt by its suffix.
[[nodiscard]] bool writeMemo(const ReportData &data, const MemoOptions &options,
                             const QString &path, QString *error);

} // namespace wijk::reports
