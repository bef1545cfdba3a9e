#include "cli/cmd_spatial_support.h"

#include "workspace/pg_location.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wijk::cli::spatial_support {

std::unique_ptr<workspace::Workspace> openWorkspace(const QCommandLineParser &parser, bool writable)
{
    const QString path = requiredOption(parser, QStringLiteral("workspace"));
    if (!workspace::isPgLocation(path) && !QFileInfo::exists(path))
        throw CliError(
            BadInput,
            QCoreApplication::translate("cli", "The workspace %1 does not exist.").arg(path));
    QString error;
    auto workspace = workspace::Workspace::open(path,
                                                writable ? workspace::Workspace::OpenMode::ReadWrite
                                                         : workspace::Workspace::OpenMode::ReadOnly,
                                                &error);
    if (!workspace)
        throw CliError(BadInput,
                       QCoreApplication::translate("cli", "Cannot open the workspace %1: %2")
                           .arg(path, error));
    return workspace;
}

engine::StoredWeights weightsOption(const workspace::Workspace &workspace, const QString &spec,
                                    RegionLevel level, int vintage)
{
    QString error;
    std::optional<engine::ResolvedWeights> resolved =
        engine::resolveWeights(workspace, spec, level, vintage, &error);
    if (!resolved)
        throw CliError(BadInput, error);
    return std::move(resolved->stored);
}

engine::WeightsTransform transformOption(const QCommandLineParser &parser,
                                         engine::WeightsTransform fallback)
{
    if (!parser.isSet(QStringLiteral("transform")))
        return fallback;
    const QString text = parser.value(QStringLiteral("transform"));
    const std::optional<engine::WeightsTransform> transform = engine::transformFromName(text);
    if (!transform)
        throw CliError(
            UsageError,
            QCoreApplication::translate("cli", "--transform must be B or W, not '%1'.").arg(text));
    return *transform;
}

qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback,
                     qint64 minimum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        throw CliError(UsageError,
                       QCoreApplication::translate(
                           "cli", "--%1 must be a whole number of at least %2, not '%3'.")
                           .arg(name)
                           .arg(minimum)
                           .arg(text));
    return value;
}

} // namespace wijk::cli::spatial_support
