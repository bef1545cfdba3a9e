// wijkmonitor-cli demo: writes the Demostad demo extract (docs/demo.md).
#include "cli/cli_command.h"
#include "demo/demo_extract.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wijk::cli {

namespace {

class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli",
                                           "Write the demo extract of the fictional Demostad.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("cli", "Folder to write the extract to."),
                          QStringLiteral("DIR")});
        parser.addOption(
            {QStringLiteral("force"),
             QCoreApplication::translate("cli", "Write into DIR even if it is not empty.")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString out = requiredOption(parser, QStringLiteral("out"));
        const QFileInfo info(out);
        if (info.exists() && !info.isDir())
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "%1 exists and is not a folder.").arg(out));
        const bool empty =
            !info.exists() ||
            QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
        if (!empty && !parser.isSet(QStringLiteral("force")))
            throw CliError(BadInput, QCoreApplication::translate(
                                         "cli", "The folder %1 is not empty; use --force to "
                                                "write the demo extract into it anyway.")
                                         .arg(out));
        QString error;
        if (!demo::writeDemoExtract(out, &error))
            throw CliError(InternalError, error);
        context.out << QCoreApplication::translate("cli", "Wrote the Demostad demo extract (%1) "
                                                          "to %2: %3.")
                           .arg(QString::fromLatin1(demo::kDemoExtractId),
                                QDir::toNativeSeparators(out),
                                demo::demoExtractFiles().join(QStringLiteral(", ")))
                    << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace wijk::cli
