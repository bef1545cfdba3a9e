// wijkmonitor-cli map: one finished choropleth (title, legend, scale bar, north arrow,
// source line) of one indicator, level and period, as PNG, SVG or PDF.
#include "choropleth_layer.h"
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "engine/boundary_choice.h"
#include "engine/dataset.h"
#include "engine_map_values.h"
#include "map_export.h"
#include "map_layout.h"
#include "qgis_session.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <qgsapplication.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace wijk::cli {

namespace {

QString levelPlural(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Gemeente:
        return QCoreApplication::translate("cli", "Municipalities");
    case RegionLevel::Wijk:
        return QCoreApplication::translate("cli", "Wijken");
    case RegionLevel::Buurt:
        return QCoreApplication::translate("cli", "Buurten");
    case RegionLevel::Land:
        break;
    }
    return QCoreApplication::translate("cli", "Country");
}

QString methodName(maps::ClassificationMethod method)
{
    switch (method) {
    case maps::ClassificationMethod::Quantile:
        return QCoreApplication::translate("cli", "quantiles");
    case maps::ClassificationMethod::EqualInterval:
        return QCoreApplication::translate("cli", "equal intervals");
    case maps::ClassificationMethod::Jenks:
        return QCoreApplication::translate("cli", "natural breaks (Jenks)");
    case maps::ClassificationMethod::StdDev:
        return QCoreApplication::translate("cli", "standard deviations");
    case maps::ClassificationMethod::Pretty:
        return QCoreApplication::translate("cli", "pretty breaks");
    case maps::ClassificationMethod::Box:
        return QCoreApplication::translate("cli", "box map");
    case maps::ClassificationMethod::Manual:
        return QCoreApplication::translate("cli", "manual breaks");
    }
    return QString();
}

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
                        "year, non-significant hatched) or signals."),
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
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("cli", "The map file: .png, .svg or .pdf."),
                          QStringLiteral("FILE")});
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
                               "cli", "--mode must be value, change, trend or signals, not "
                                      "'%1'.")
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

        const app::QgisSession qgis;
        return draw(parser, context, level, spec, *period, from, exportOptions, out);
    }

private:
    static int draw(const QCommandLineParser &parser, CliContext &context, RegionLevel level,
                    maps::ChoroplethSpec spec, int period, std::optional<int> from,
                    maps::ExportOptions exportOptions, const QString &out)
    {
        const QStringList indicators = parser.values(QStringLiteral("indicator"));
        const QString path = parser.value(QStringLiteral("workspace"));
        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        const int indicator = dataset.indicatorIndex(indicators.first());
        const Indicator &info = dataset.indicator(indicator);
        spec.polarity = info.polarity;
        spec.classification.decimals = info.displayDecimals();

        maps::MapValueRequest request;
        request.level = level;
        request.indicator = info.code;
        request.period = period;
        request.fromYear = from.value_or(0);
        QString error;
        QVector<maps::MapValue> values = maps::mapValuesFromEngine(dataset, request, &error);
        // A focus draws its own regions, classified among themselves.
        const engine::RegionFocus focus = engine_support::focusOption(parser, dataset);
        if (focus.isSet())
            values.erase(
                std::remove_if(values.begin(), values.end(),
                               [&](const maps::MapValue &v) { return !focus.contains(v.code); }),
                values.end());
        if (!error.isEmpty())
            throw CliError(BadInput, QStringLiteral("%1: %2").arg(path, error));
        const int firstYear = request.fromYear > 0 ? request.fromYear : dataset.periods().front();

        // The one vintage rule of window and command line (docs/maps.md).
        const auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly);
        const engine::BoundaryChoice boundaries = engine::chooseBoundaries(
            dataset, level, period,
            workspace ? workspace->boundaryCodes(level) : engine::BoundaryCodes());
        if (!boundaries.found())
            throw CliError(BadInput, QStringLiteral("%1: %2").arg(
                                         path, engine::noBoundariesMessage(boundaries)));
        const int vintage = boundaries.boundaries;
        maps::RegionSource source = maps::RegionSource::workspace(path, level, vintage);
        if (focus.isSet())
            source.restrictToCodes(focus.codesOfLevel(dataset, level));
        source.displayName = info.name;
        auto map = maps::ChoroplethLayer::create(source, values, spec, &error);
        if (!map)
            throw CliError(BadInput, error);
        if (!map->unknownCodes().isEmpty())
            context.err << QCoreApplication::translate(
                               "cli",
                               "%n region(s) with values have no geometry in the %1 division "
                               "(e.g. %2); they are not drawn.",
                               nullptr, int(map->unknownCodes().size()))
                               .arg(vintage)
                               .arg(map->unknownCodes().first())
                        << "\n";

        maps::MapLayoutText text =
            layoutText(info, level, spec, map->classification().size(), period, firstYear);
        if (boundaries.borrowed())
            text.subtitle += QStringLiteral(" · ") + engine::boundaryNote(boundaries);
        if (parser.isSet(QStringLiteral("title")))
            text.title = parser.value(QStringLiteral("title"));
        text.source = maps::sourceLine(sourceOf(path, info), latestExtract(path));
        QgsProject project;
        auto layout = maps::createMapLayout(&project, {map->layer()}, map->regions().extentOf(),
                                            text, &error);
        if (!layout)
            throw CliError(InternalError, error);
        exportOptions.title = text.title;
        exportOptions.subject = text.subtitle;
        if (!maps::exportLayout(layout.get(), out, exportOptions, &error))
            throw CliError(BadInput, error);

        int withData = 0;
        for (const maps::LegendEntry &entry : map->legend())
            withData += entry.key >= 0 ? entry.count : 0;
        context.err << QCoreApplication::translate("cli", "Wrote %1: %2 of %3 regions with data.")
                           .arg(out)
                           .arg(withData)
                           .arg(map->regions().regionCount())
                    << "\n";
        return Success;
    }

    static maps::MapLayoutText layoutText(const Indicator &info, RegionLevel level,
                                          const maps::ChoroplethSpec &spec, int classes, int period,
                                          int firstYear)
    {
        maps::MapLayoutText text;
        text.title = info.name;
        const QString unit = maps::mapUnitLabel(spec.mode, info.unit);
        const QString range = QStringLiteral("%1–%2").arg(firstYear).arg(period);
        QString what;
        switch (spec.mode) {
        case maps::MapMode::Value:
            what = QString::number(period);
            text.legendTitle = unit.isEmpty() ? QString::number(period)
                                              : QStringLiteral("%1 (%2)").arg(period).arg(unit);
            break;
        case maps::MapMode::Change:
            what = QCoreApplication::translate("cli", "change %1").arg(range);
            text.legendTitle =
                unit.isEmpty()
                    ? QCoreApplication::translate("cli", "Change %1").arg(range)
                    : QCoreApplication::translate("cli", "Change %1 (%2)").arg(range, unit);
            break;
        case maps::MapMode::Trend:
            what = QCoreApplication::translate("cli", "trend %1").arg(range);
            text.legendTitle = QCoreApplication::translate("cli", "Trend %1 (%2)").arg(range, unit);
            break;
        case maps::MapMode::Signals:
            what = QCoreApplication::translate("cli", "signals %1").arg(range);
            text.legendTitle = QCoreApplication::translate("cli", "Signal %1").arg(range);
            break;
        }
        text.subtitle = QStringLiteral("%1, %2").arg(levelPlural(level), what);
        if (spec.mode != maps::MapMode::Signals) {
            // What is applied: change and trend maps class each side of 0 (a box map has no
            // sides), with as many classes as hold regions.
            const maps::ClassificationMethod applied =
                spec.mode == maps::MapMode::Value
                    ? spec.classification.method
                    : maps::divergingMethod(spec.classification.method);
            text.subtitle += QStringLiteral(" · ") +
                             (spec.mode == maps::MapMode::Value
                                  ? methodName(applied)
                                  : QCoreApplication::translate("cli", "%1 on each side of 0")
                                        .arg(methodName(applied)));
            if (applied != maps::ClassificationMethod::Box &&
                applied != maps::ClassificationMethod::Manual)
                text.subtitle += QStringLiteral(", ") +
                                 QCoreApplication::translate("cli", "%1 classes").arg(classes);
        }
        if (spec.mode == maps::MapMode::Trend)
            text.subtitle +=
                QStringLiteral(" · ") + QCoreApplication::translate("cli", "Theil-Sen slope");
        return text;
    }

    static QString sourceOf(const QString &path, const Indicator &info)
    {
        if (!info.source.isEmpty())
            return info.source;
        const auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly);
        if (!workspace)
            return QString();
        const auto extracts = workspace->extracts();
        return extracts.empty() ? QString() : extracts.back().publisher;
    }

    static QString latestExtract(const QString &path)
    {
        const auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly);
        if (!workspace)
            return QString();
        const auto extracts = workspace->extracts();
        const auto latest =
            std::max_element(extracts.begin(), extracts.end(),
                             [](const workspace::ExtractInfo &a, const workspace::ExtractInfo &b) {
                                 return a.importedAt < b.importedAt;
                             });
        return latest == extracts.end() ? QString() : latest->extractId;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeMapCommand()
{
    return std::make_unique<MapCommand>();
}

} // namespace wijk::cli
