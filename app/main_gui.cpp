// wijkmonitor: the desktop workbench.
#include "app_environment.h"
#include "gui/main_window.h"
#include "gui/open_benchmark.h"
#include "gui/screenshot.h"
#include "gui/window_options.h"
#include "qgis_session.h"
#include "version_info.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <qgsapplication.h>

namespace {
int run(QgsApplication &app, const QElapsedTimer &started)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Wijkmonitor Workbench"));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QObject::tr("Show the version, the commit and the library versions."));
    parser.addOption(versionOption);
    parser.addOption({QStringLiteral("demo"), QObject::tr("Open the built-in demo workspace.")});
    parser.addOption({QStringLiteral("quit-after"),
                      QObject::tr("Close the window after this many milliseconds (tests)."),
                      QStringLiteral("ms")});
    wijk::gui::addScreenshotOptions(parser);
    wijk::gui::addWindowStateOptions(parser);
    wijk::gui::addOpenBenchmarkOption(parser);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QObject::tr("Workspace file (.gpkg) or team workspace "
                                             "(postgresql://…?schema=NAME, service=NAME) to open."),
                                 QStringLiteral("[workspace]"));
    parser.process(app);
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << wijk::app::versionText(QStringLiteral("wijkmonitor")) << '\n';
        return 0;
    }

    wijk::gui::MainWindow window;
    wijk::gui::applyOptionsBeforeOpen(window, parser);
    window.show();
    if (wijk::gui::openBenchmarkRequested(parser) && !parser.positionalArguments().isEmpty())
        return wijk::gui::runOpenBenchmark(window, parser.positionalArguments().constFirst(),
                                           started);
    // The first start opens the demo, so there is something to look at without any data.
    QSettings settings;
    const bool firstStart = !settings.value(QStringLiteral("app/started")).toBool();
    settings.setValue(QStringLiteral("app/started"), true);
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    else if (parser.isSet(QStringLiteral("demo")) || firstStart)
        window.openDemo();
    QString stateError;
    if (!wijk::gui::applyOptionsAfterOpen(window, parser, &stateError)) {
        QTextStream(stderr) << stateError << '\n';
        return 1;
    }
    if (wijk::gui::screenshotRequested(parser))
        return wijk::gui::takeScreenshot(window, parser);
    if (parser.isSet(QStringLiteral("quit-after")))
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &window,
                           &QWidget::close);
    return app.exec();
}

//! --help and --version only print: they must work without a display (a terminal over ssh,
//! help2man at package build time), so they draw offscreen unless a platform is chosen.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-v" ||
            argument == "--version" || argument == "--help-all")
            return true;
    }
    return false;
}
//! The logins (authcfg) a user made in QGIS desktop are the window's too: its authentication
//! database is QGIS desktop's (default profile) when there is one, unless
//! QGIS_AUTH_DB_DIR_PATH names another. QGIS reads the variable when QgsApplication is made.
void useQgisDesktopLogins()
{
    if (!qEnvironmentVariableIsEmpty("QGIS_AUTH_DB_DIR_PATH"))
        return;
    const QString folder =
        QDir::home().filePath(QStringLiteral(".local/share/QGIS/QGIS3/profiles/default"));
    if (QFileInfo(QDir(folder).filePath(QStringLiteral("qgis-auth.db"))).isFile())
        qputenv("QGIS_AUTH_DB_DIR_PATH", QFile::encodeName(folder));
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started; // --benchmark-open counts from here
    started.start();
    wijk::app::fixHashSeed(); // same input, same PDF (app_environment.h)
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
    wijk::app::setApplicationNames();
    useQgisDesktopLogins();
    QgsApplication app(argc, argv, true);
    // Lets the desktop match the window to its menu entry (packaging/, docs/packaging.md).
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.wijkmonitor.Workbench"));
    Q_INIT_RESOURCE(resources);
    wijk::app::setupApplication(app);
    const wijk::app::QgisSession qgis;
    return run(app, started);
}
