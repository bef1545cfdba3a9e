// wijkmonitor-cli map: one finished choropleth (title, legend, scale bar, north arrow,
// source line) of one indicator, level and period, as PNG, SVG or PDF.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/job_control.h"
#include "qgis_session.h"
#include "reports/map_export_job.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace wijk::cli {

namespace {

class MapCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("map"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Draw a choropleth of one indicator as a finished map (PNG, SVG or PDF).");
    }

    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addDivisionOption(parser);
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS")});
        parser.addOption({QStringLiteral("indicator"),
                          QCoreApplication::translate("cli", "The indicator code."),
                          QStringLiteral("CODE")});
        parser.addOption(
            {QStringLiteral("period"),
             QCoreApplication::translate("cli", "The year shown (the end year of change, "
                                                "trend and signals)."),
             QStringLiteral("YYYY")});
        engine_support::addLevelOption(parser, QStringLiteral("wijk"));
        engine_support::addFocusOption(parser);
        parser.addOption(
            {QStringLiteral("mode"),
             QCoreApplication::translate(
                 "cli", "value (default), change (since --from), trend (Theil-Sen slope per "
                        "year, non-significant hatched), signals or clusters (local Moran, as "
                        "'spatial' with its defaults)."),
             QStringLiteral("MODE"), QStringLiteral("value")});
        parser.addOption(
            {QStringLiteral("method"),
             QCoreApplication::translate(
                 "cli", "Classification: quantile (default), equal, jenks, stddev, pretty, "
                        "box or manual."),
             QStringLiteral("METHOD"), QStringLiteral("quantile")});
        parser.addOption(
            {QStringLiteral("classes"),
             QCoreApplication::translate("cli", "Number of classes, 3 to 9 (default 5)."),
             QStringLiteral("N"), QStringLiteral("5")});
        parser.addOption({QStringLiteral("breaks"),
                          QCoreApplication::translate(
                              "cli", "Manual class breaks, ascending, comma separated (implies "
                                     "--method manual)."),
                          QStringLiteral("a,b,c")});
        parser.addOption({QStringLiteral("from"),
                          QCoreApplication::translate(
                              "cli", "Start year of change, trend and signals (default: the first "
                                     "period)."),
                          QStringLiteral("YYYY")});
        parser.addOption(
            {QStringLiteral("same-classes"),
             QCoreApplication::translate(
                 "cli", "Value and change maps: classes over every year (as the window's "
                        "\"same classes every year\"), so maps of different years compare.")});
        parser.addOption(
            {QStringLiteral("labels"),
             QCoreApplication::translate(
                 "cli", "Region labels: name, value (name and value) or none (default: "
                        "name, none for buurten)."),
             QStringLiteral("WHAT")});
        parser.addOption(
            {QStringLiteral("title"),
             QCoreApplication::translate("cli", "Title instead of the indicator's name."),
             QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("dpi"),
                          QCoreApplication::translate(
                              "cli", "Resolution (default 150 for PNG, 300 for PDF and SVG)."),
                          QStringLiteral("DPI")});
        parser.addOption(
            {QStringLiteral("extent"),
             QCoreApplication::translate(
                 "cli", "The part of the map to show, in the workspace's coordinates (RD New, "
                        "metres): xmin,ymin,xmax,ymax (default: every region drawn)."),
             QStringLiteral("x0,y0,x1,y1")});
        parser.addOption({QStringLiteral("template"),
                          QCoreApplication::translate(
                              "cli", "A map layout template (.qpt) to use instead of the shipped "
                                     "wijk_map_a4_landscape.qpt."),
                          QStringLiteral("FILE.qpt")});
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("cli", "The map file: .png, .svg or .pdf."),
                          QStringLiteral("FILE")});
        JobControl::addOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        // Everything the user typed is checked before the workspace is read.
        const QString out = requiredOption(parser, QStringLiteral("out"));
        if (!maps::exportFormatForPath(out))
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "--out must end in .png, .svg or .pdf: %1")
                                           .arg(out));
        requiredOption(parser, QStringLiteral("workspace"));
        const QStringList indicators = parser.values(QStringLiteral("indicator"));
        if (indicators.size() != 1)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Give exactly one --indicator."));
        const std::optional<int> period =
            engine_support::yearOption(parser, QStringLiteral("period"));
        if (!period)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Missing required option --period."));
        const std::optional<int> from = engine_support::yearOption(parser, QStringLiteral("from"));

        maps::ChoroplethSpec spec;
        const RegionLevel level = engine_support::levelOption(parser);
        const auto mode = maps::mapModeFromString(parser.value(QStringLiteral("mode")));
        if (!mode)
            throw CliError(UsageError,
                           QCoreApplication::translate(
                               "cli", "--mode must be value, change, trend, signals or clusters, "
                                      "not '%1'.")
                               .arg(parser.value(QStringLiteral("mode"))));
        spec.mode = *mode;
        auto method = maps::classificationMethodFromString(parser.value(QStringLiteral("method")));
        if (!method)
            throw CliError(UsageError,
                           QCoreApplication::translate(
                               "cli", "--method must be quantile, equal, jenks, stddev, "
                                      "pretty, box or manual, not '%1'.")
                               .arg(parser.value(QStringLiteral("method"))));
        spec.classification.method = *method;
        bool ok = false;
        spec.classification.classes = parser.value(QStringLiteral("classes")).toInt(&ok);
        if (!ok || spec.classification.classes < 3 || spec.classification.classes > 9)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "--classes must be 3 to 9, not '%1'.")
                               .arg(parser.value(QStringLiteral("classes"))));
        if (parser.isSet(QStringLiteral("breaks"))) {
            spec.classification.method = maps::ClassificationMethod::Manual;
            for (const QString &part : parser.value(QStringLiteral("breaks"))
                                           .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const double value = part.trimmed().toDouble(&ok);
                if (!ok)
                    throw CliError(
                        UsageError,
                        QCoreApplication::translate(
                            "cli", "--breaks: '%1' is not a number (use a decimal point).")
                            .arg(part));
                // "nan" and "inf" parse as numbers, but no value falls between them.
                if (!std::isfinite(value))
                    throw CliError(UsageError, QCoreApplication::translate(
                                                   "cli", "--breaks: '%1' is not a finite number.")
                                                   .arg(part.trimmed()));
                if (!spec.classification.manualBreaks.isEmpty() &&
                    value <= spec.classification.manualBreaks.last())
                    throw CliError(UsageError,
                                   QCoreApplication::translate(
                                       "cli", "--breaks must increase: %1 does not follow %2.")
                                       .arg(part.trimmed())
                                       .arg(spec.classification.manualBreaks.last()));
                spec.classification.manualBreaks.append(value);
            }
        } else if (spec.classification.method == maps::ClassificationMethod::Manual) {
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "--method manual needs --breaks."));
        }
        const QString labels = parser.value(QStringLiteral("labels")).toLower().trimmed();
        if (labels.isEmpty())
            spec.labels =
                level == RegionLevel::Buurt ? maps::LabelContent::None : maps::LabelContent::Name;
        else if (labels == QLatin1String("name"))
            spec.labels = maps::LabelContent::Name;
        else if (labels == QLatin1String("value"))
            spec.labels = maps::LabelContent::NameAndValue;
        else if (labels == QLatin1String("none"))
            spec.labels = maps::LabelContent::None;
        else
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "--labels must be name, value or none, not '%1'.")
                                           .arg(labels));
        maps::ExportOptions exportOptions;
        if (parser.isSet(QStringLiteral("dpi"))) {
            exportOptions.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
            if (!ok || exportOptions.dpi < 36 || exportOptions.dpi > 1200)
                throw CliError(UsageError,
                               QCoreApplication::translate("cli", "--dpi must be 36 to 1200."));
        }

        QgsRectangle extent;
        if (parser.isSet(QStringLiteral("extent"))) {
            const QStringList parts =
                parser.value(QStringLiteral("extent")).split(QLatin1Char(','));
            QVector<double> corners;
            for (const QString &part : parts) {
                const double value = part.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(value))
                    break;
                corners.append(value);
            }
            if (corners.size() != 4 || corners[0] >= corners[2] || corners[1] >= corners[3])
                throw CliError(UsageError,
                               QCoreApplication::translate(
                                   "cli", "--extent must be xmin,ymin,xmax,ymax with xmin < "
                                          "xmax and ymin < ymax, not '%1'.")
                                   .arg(parser.value(QStringLiteral("extent"))));
            extent = QgsRectangle(corners[0], corners[1], corners[2], corners[3]);
        }
        const QString templatePath = parser.value(QStringLiteral("template"));
        if (!templatePath.isEmpty() && !QFileInfo(templatePath).isFile())
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "The template %1 does not exist.")
                               .arg(templatePath));

        reports::MapExportRequest request;
        request.workspace = parser.value(QStringLiteral("workspace"));
        request.indicator = indicators.first();
        request.level = level;
        request.period = *period;
        request.fromYear = from.value_or(0);
        request.spec = spec;
        request.classesOverAllYears = parser.isSet(QStringLiteral("same-classes"));
        request.division =
            engine_support::yearOption(parser, QStringLiteral("division")).value_or(0);
        request.focus = parser.values(QStringLiteral("focus")).join(QLatin1Char(','));
        request.title = parser.value(QStringLiteral("title"));
        request.options = exportOptions;
        request.extent = extent;
        request.templatePath = templatePath;
        request.out = out;
        JobControl control(parser, context);
        control.progress(0, 1, QFileInfo(out).fileName());
        const app::QgisSession qgis;
        control.stopIfCancelled();
        QString error;
        reports::MapExportResult result;
        const bool written = reports::exportMap(request, &result, &error);
        for (const QString &warning : qAsConst(result.warnings))
            context.err << warning << "\n";
        if (!result.unknownCodes.isEmpty())
            context.err << QCoreApplication::translate(
                               "cli",
                               "%n region(s) with values have no geometry in the %1 division "
                               "(e.g. %2); they are not drawn.",
                               nullptr, int(result.unknownCodes.size()))
                               .arg(result.vintage)
                               .arg(result.unknownCodes.first())
                        << "\n";
        if (!written)
            throw CliError(result.internalError ? InternalError : BadInput, error);
        control.written(out);
        control.progress(1, 1, QString());
        context.err << QCoreApplication::translate("cli", "Wrote %1: %2 of %3 regions with data.")
                           .arg(out)
                           .arg(result.withData)
                           .arg(result.regionCount)
                    << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeMapCommand()
{
    return std::make_unique<MapCommand>();
}

} // namespace wijk::cli
