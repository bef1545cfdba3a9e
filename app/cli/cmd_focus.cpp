// wijkmonitor-cli focus: shows, chooses or forgets the focus of a workspace, the gemeente(n)
// whose wijken and buurten the window shows by default (engine::RegionFocus).
#include "cli/cli_command.h"
#include "engine/workspace_focus.h"
#include "engine/workspace_loader.h"
#include "workspace/pg_location.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wijk::cli {

namespace {

QString originText(engine::FocusOrigin origin)
{
    switch (origin) {
    case engine::FocusOrigin::Stored:
        return QCoreApplication::translate("cli", "chosen");
    case engine::FocusOrigin::Proposed:
        return QCoreApplication::translate("cli", "proposed: the gemeente the extracts name");
    case engine::FocusOrigin::Given:
    case engine::FocusOrigin::None:
        break;
    }
    return QString();
}

class FocusCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("focus"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Show or choose the focus gemeente(n) of a workspace with several gemeenten.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS")});
        parser.addOption({QStringLiteral("clear"),
                          QCoreApplication::translate(
                              "cli", "Forget the chosen focus (the window shows everything or "
                                     "the proposal again).")});
        parser.addPositionalArgument(
            QStringLiteral("gemeente"),
            QCoreApplication::translate("cli", "Gemeente codes to remember as the focus, e.g. "
                                               "GM0402; none: show the focus."),
            QStringLiteral("[GM…]"));
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString path = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList given = parser.positionalArguments();
        const bool clear = parser.isSet(QStringLiteral("clear"));
        if (clear && !given.isEmpty())
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "Give gemeente codes or --clear, not both."));
        if (!workspace::isPgLocation(path) && !QFileInfo::exists(path))
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "The workspace %1 does not exist.").arg(path));
        const bool writes = clear || !given.isEmpty();
        QString error;
        const auto file =
            workspace::Workspace::open(path,
                                       writes ? workspace::Workspace::OpenMode::ReadWrite
                                              : workspace::Workspace::OpenMode::ReadOnly,
                                       &error);
        if (!file)
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "Cannot open the workspace %1: %2")
                               .arg(path, error));
        const engine::Dataset dataset = engine::openLazyDataset(*file);
        if (writes) {
            QStringList codes;
            if (!clear &&
                !engine::RegionFocus::parse(dataset, given.join(QLatin1Char(',')), &codes, &error))
                throw CliError(BadInput, QStringLiteral("%1: %2").arg(path, error));
            if (!engine::storeFocus(*file, codes, &error))
                throw CliError(BadInput, error);
        }
        const engine::WorkspaceFocus focus = engine::workspaceFocus(*file, dataset);
        if (!focus.focus.isSet()) {
            context.out << (engine::RegionFocus::needsFocus(dataset)
                                ? QCoreApplication::translate(
                                      "cli", "No focus: every gemeente is shown (choose one with "
                                             "'wijkmonitor-cli focus --workspace WS GM…').")
                                : QCoreApplication::translate("cli",
                                                              "One gemeente: no focus needed."))
                        << "\n";
            return Success;
        }
        for (const QString &code : focus.focus.gemeenten()) {
            const int r = dataset.regionIndex(code);
            context.out << code << "\t" << dataset.region(r).name << "\n";
        }
        context.err
            << QCoreApplication::translate("cli", "Focus: %1.").arg(originText(focus.origin))
            << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeFocusCommand()
{
    return std::make_unique<FocusCommand>();
}

} // namespace wijk::cli
