// What the report dialogs remember and suggest: the output folder (QSettings), the folder of
// the user's own layout templates, and file names such as wijkprofiel-WK040206-2024.pdf.
#pragma once

#include "model/model.h"

#include <QString>

namespace wijk::gui {

class ReportSettings
{
public:
    //! The folder outputs were last written to; the home folder the first time.
    static QString outputFolder();
    static void setOutputFolder(const QString &folder);

    //! The folder with the user's own .qpt layouts (Settings); empty: the built-in ones.
    static QString templateFolder();
    static void setTemplateFolder(const QString &folder);
    //! The user's wijkprofiel.qpt or wijk_map_a4_landscape.qpt in the template folder; empty when
    //! there is none (then the built-in one is used).
    static QString profileTemplate();
    static QString mapTemplate();

    //! Copies the built-in layouts (wijkprofiel.qpt, wijk_map_a4_landscape.qpt) into folder
    //! as a start for the QGIS layout designer; files already there are kept. The names of
    //! the files copied.
    static QStringList copyBuiltInTemplates(const QString &folder);

    //! "wijkprofiel-WK040206-2024.pdf"
    static QString profileFileName(const QString &wijkCode, int year);
    //! "wijkprofielen-Demostad-2024.pdf"
    static QString profilesFileName(const QString &municipality, int year);
    //! "raadsmemo-Demostad-2024.pdf" (suffix "pdf" or "odt")
    static QString memoFileName(const QString &municipality, int year, const QString &suffix);
    //! "kaart-ink_laag-wijk-2024.png"
    static QString mapFileName(const QString &indicator, RegionLevel level, int year,
                               const QString &suffix);
    //! "gegevens-Demostad.xlsx"
    static QString dataFileName(const QString &municipality, const QString &suffix);

    //! A file name part without characters that file systems refuse.
    static QString safePart(const QString &text);
};

} // namespace wijk::gui
