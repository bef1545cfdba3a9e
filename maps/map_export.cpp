#include "map_export.h"

#include "output/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cpl_error.h>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutrendercontext.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsprojectmetadata.h>

namespace wijk::maps {

namespace {
QString exporterMessage(QgsLayoutExporter::ExportResult result)
{
    switch (result) {
    case QgsLayoutExporter::Success:
        return QString();
    case QgsLayoutExporter::FileError:
        return QCoreApplication::translate("wijk::maps", "cannot write the file");
    case QgsLayoutExporter::MemoryError:
        return QCoreApplication::translate("wijk::maps", "not enough memory for the image");
    case QgsLayoutExporter::PrintError:
        return QCoreApplication::translate("wijk::maps", "the PDF could not be written");
    case QgsLayoutExporter::SvgLayerError:
        return QCoreApplication::translate("wijk::maps", "an SVG layer could not be written");
    case QgsLayoutExporter::IteratorError:
    case QgsLayoutExporter::Canceled:
        break;
    }
    return QCoreApplication::translate("wijk::maps", "the export failed");
}
QString layoutName(QgsLayout *layout)
{
    auto *print = qobject_cast<QgsPrintLayout *>(layout);
    return print ? print->name() : QString();
}
} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

bool exportLayout(QgsLayout *layout, const QString &path, const ExportOptions &options,
                  QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const auto format = exportFormatForPath(path);
    if (!format) {
        *error = QCoreApplication::translate("wijk::maps",
                                             "%1: unknown output format; use .png, .svg or .pdf.")
                     .arg(path);
        return false;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        *error =
            QCoreApplication::translate("wijk::maps", "%1: the folder does not exist.").arg(path);
        return false;
    }
    // QGIS writes a temporary file next to the target; it replaces the target only when
    // QGIS reported success and the file is complete (OutputFile).
    output::OutputFile output(path);
    if (!output.begin(error, output::OutputFile::Mode::Path))
        return false;
    const QString temporary = output.temporaryPath();
    // PDF/SVG metadata come from the project's metadata (QgsLayoutExporter reads it there).
    if (QgsProject *project = layout->project()) {
        QgsProjectMetadata metadata = project->metadata();
        metadata.setTitle(options.title.isEmpty() ? layoutName(layout) : options.title);
        metadata.setAuthor(options.author);
        metadata.setAbstract(options.subject);
        project->setMetadata(metadata);
    }
    const int dpi = options.dpi > 0 ? options.dpi : (*format == ExportFormat::Png ? 150 : 300);
    layout->renderContext().setDpi(dpi);
    QgsLayoutExporter exporter(layout);
    QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
    switch (*format) {
    case ExportFormat::Png: {
        QgsLayoutExporter::ImageExportSettings settings;
        settings.dpi = dpi;
        settings.exportMetadata = true;
        settings.generateWorldFile = false;
        settings.flags =
            QgsLayoutRenderContext::Flags(QgsLayoutRenderContext::FlagAntialiasing |
                                          QgsLayoutRenderContext::FlagUseAdvancedEffects);
        // QGIS tries to georeference the image through GDAL, which cannot update PNGs:
        // harmless, but GDAL would print an error on the console.
        CPLPushErrorHandler(CPLQuietErrorHandler);
        result = exporter.exportToImage(temporary, settings);
        CPLPopErrorHandler();
        output.requireEnding(QByteArrayLiteral("IEND")); // the last chunk of a PNG
        break;
    }
    case ExportFormat::Svg: {
        QgsLayoutExporter::SvgExportSettings settings;
        settings.dpi = dpi;
        settings.forceVectorOutput = true;
        settings.exportAsLayers = false;
        settings.exportMetadata = true;
        settings.simplifyGeometries = true;
        settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysOutlines;
        result = exporter.exportToSvg(temporary, settings);
        output.requireEnding(QByteArrayLiteral("</svg>"));
        break;
    }
    case ExportFormat::Pdf: {
        QgsLayoutExporter::PdfExportSettings settings;
        settings.dpi = dpi;
        settings.forceVectorOutput = true;
        settings.rasterizeWholeImage = false;
        settings.exportMetadata = true;
        settings.appendGeoreference = false; // GDAL rewrites the file: keep output reproducible
        settings.writeGeoPdf = false;
        settings.simplifyGeometries = true;
        // Real text: searchable and selectable in the PDF (pdftotext finds the title).
        settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
        result = exporter.exportToPdf(temporary, settings);
        output.requireEnding(QByteArrayLiteral("%%EOF"));
        break;
    }
    }
    if (result != QgsLayoutExporter::Success) {
        *error = QStringLiteral("%1: %2").arg(path, exporterMessage(result));
        return false;
    }
    return output.commit(error);
}

} // namespace wijk::maps
