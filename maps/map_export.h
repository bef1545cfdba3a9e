// Exports print layouts to PNG, SVG and PDF through QgsLayoutExporter with explicit,
// reproducible settings: the same layout gives the same file (PDFs differ only in their
// creation date).
#pragma once

#include <QString>
#include <optional>

class QgsLayout;

namespace wijk::maps {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf
};

//! The format a file name asks for (.png, .svg, .pdf; case-insensitive).
[[nodiscard]] std::optional<ExportFormat> exportFormatForPath(const QString &path);

struct ExportOptions
{
    int dpi = 0;   //!< 0: 150 for PNG, 300 for PDF/SVG
    QString title; //!< document metadata (PDF/SVG/PNG); default: the layout's name
    QString author = QStringLiteral("Wijkmonitor Workbench");
    QString subject;
};

//! Writes layout to path in the format its suffix names, through OutputFile (whole or not
//! at all, never onto an open workspace); false and a message on failure.
[[nodiscard]] bool exportLayout(QgsLayout *layout, const QString &path,
                                const ExportOptions &options, QString *error);

} // namespace wijk::maps
