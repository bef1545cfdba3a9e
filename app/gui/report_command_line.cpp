#include "gui/report_command_line.h"

#include "choropleth_classification.h"

namespace wijk::gui {

namespace {

//! Exact in both directions: 17 significant digits give back the same double.
QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

QStringList profileArguments(const QString &workspace, const reports::ProfileRequest &request,
                             const ShownScope &shown)
{
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--workspace"), workspace};
    if (shown.division > 0)
        arguments << QStringLiteral("--division") << QString::number(shown.division);
    if (request.all) {
        arguments << QStringLiteral("--all");
        // "Every wijk" of what the window shows: those of its focus gemeenten.
        if (!shown.focus.isEmpty())
            arguments << QStringLiteral("--focus") << shown.focus;
    } else
        for (const QString &code : request.codes)
            arguments << QStringLiteral("--region") << code;
    if (!request.outFile.isEmpty())
        arguments << QStringLiteral("--out") << request.outFile;
    if (!request.outDir.isEmpty())
        arguments << QStringLiteral("--out-dir") << request.outDir;
    if (!request.templatePath.isEmpty())
        arguments << QStringLiteral("--template") << request.templatePath;
    return arguments;
}

QStringList memoArguments(const QString &workspace, const reports::MemoOptions &options,
                          const ShownScope &shown, const QStringList &outputs)
{
    QStringList arguments{QStringLiteral("memo"), QStringLiteral("--workspace"), workspace};
    if (shown.division > 0)
        arguments << QStringLiteral("--division") << QString::number(shown.division);
    if (!options.theme.isEmpty())
        arguments << QStringLiteral("--theme") << options.theme;
    if (!options.focus.isEmpty())
        arguments << QStringLiteral("--focus") << options.focus.join(QLatin1Char(','));
    for (const reports::MemoSignalChoice &choice : options.basket)
        arguments << QStringLiteral("--signal")
                  << QStringLiteral("%1:%2").arg(choice.region, choice.indicator);
    if (!options.opening.isEmpty())
        arguments << QStringLiteral("--opening") << options.opening;
    for (const QString &out : outputs)
        arguments << QStringLiteral("--out") << out;
    return arguments;
}

QStringList mapArguments(const reports::MapExportRequest &request)
{
    const maps::ChoroplethSpec &spec = request.spec;
    QStringList arguments{QStringLiteral("map"),
                          QStringLiteral("--workspace"),
                          request.workspace,
                          QStringLiteral("--indicator"),
                          request.indicator,
                          QStringLiteral("--period"),
                          QString::number(request.period),
                          QStringLiteral("--level"),
                          contractName(request.level),
                          QStringLiteral("--mode"),
                          presentation::contractName(spec.mode),
                          QStringLiteral("--classes"),
                          QString::number(spec.classification.classes)};
    if (spec.classification.method == maps::ClassificationMethod::Manual) {
        QStringList breaks;
        for (double value : spec.classification.manualBreaks)
            breaks << number(value);
        arguments << QStringLiteral("--breaks") << breaks.join(QLatin1Char(','));
    } else {
        arguments << QStringLiteral("--method") << maps::contractName(spec.classification.method);
    }
    switch (spec.labels) {
    case maps::LabelContent::Name:
        arguments << QStringLiteral("--labels") << QStringLiteral("name");
        break;
    case maps::LabelContent::NameAndValue:
        arguments << QStringLiteral("--labels") << QStringLiteral("value");
        break;
    case maps::LabelContent::None:
        arguments << QStringLiteral("--labels") << QStringLiteral("none");
        break;
    }
    if (request.fromYear > 0)
        arguments << QStringLiteral("--from") << QString::number(request.fromYear);
    if (request.classesOverAllYears)
        arguments << QStringLiteral("--same-classes");
    if (request.division > 0)
        arguments << QStringLiteral("--division") << QString::number(request.division);
    if (!request.focus.isEmpty())
        arguments << QStringLiteral("--focus") << request.focus;
    if (!request.extent.isEmpty())
        arguments << QStringLiteral("--extent")
                  << QStringList{number(request.extent.xMinimum()),
                                 number(request.extent.yMinimum()),
                                 number(request.extent.xMaximum()),
                                 number(request.extent.yMaximum())}
                         .join(QLatin1Char(','));
    if (!request.title.isEmpty())
        arguments << QStringLiteral("--title") << request.title;
    if (!request.templatePath.isEmpty())
        arguments << QStringLiteral("--template") << request.templatePath;
    if (request.options.dpi > 0)
        arguments << QStringLiteral("--dpi") << QString::number(request.options.dpi);
    arguments << QStringLiteral("--out") << request.out;
    return arguments;
}

QStringList dataArguments(const QString &workspace, const reports::DataExportRequest &request,
                          const ShownScope &shown)
{
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--workspace"), workspace};
    if (shown.division > 0)
        arguments << QStringLiteral("--division") << QString::number(shown.division);
    if (const auto &view = request.table) {
        arguments << QStringLiteral("--table")
                  << (view->across == reports::TableViewRequest::Across::Indicators
                          ? QStringLiteral("indicators")
                          : QStringLiteral("years"));
        if (view->period > 0)
            arguments << QStringLiteral("--period") << QString::number(view->period);
        if (!view->focus.isEmpty())
            arguments << QStringLiteral("--focus") << view->focus.join(QLatin1Char(','));
        // "=": a filter typed as "-x" stays the filter's value.
        if (!view->filter.isEmpty())
            arguments << QStringLiteral("--filter=") + view->filter;
        arguments << QStringLiteral("--sort=") + view->sortKey;
        if (view->descending)
            arguments << QStringLiteral("--descending");
        if (view->empiricalBayes)
            arguments << QStringLiteral("--empirical-bayes");
    }
    for (const QString &indicator : request.indicators)
        arguments << QStringLiteral("--indicator") << indicator;
    if (request.levels.size() == 1)
        arguments << QStringLiteral("--level") << contractName(request.levels.front());
    arguments << QStringLiteral("--format") << request.format;
    if (request.trends)
        arguments << QStringLiteral("--trends");
    if (request.excelNl)
        arguments << QStringLiteral("--excel-nl");
    arguments << QStringLiteral("--out") << request.out;
    return arguments;
}

} // namespace wijk::gui
