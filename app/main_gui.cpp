// wijkmonitor: the desktop workbench.
#include "app_environment.h"
#include "gui/main_window.h"

#include <QCommandLineParser>
#include <QTimer>
#include <qgsapplication.h>

int main(int argc, char **argv)
{
    QgsApplication app(argc, argv, true);
    wijk::setupApplication(app);
    wijk::ensureQgisInitialised();

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Wijkmonitor Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QObject::tr("Open the built-in demo workspace.")});
    parser.addOption({QStringLiteral("quit-after"),
                      QObject::tr("Close the window after this many milliseconds (tests)."),
                      QStringLiteral("ms")});
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QObject::tr("Workspace file (.gpkg) to open."));
    parser.process(app);

    wijk::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    window.show();
    if (parser.isSet(QStringLiteral("quit-after")))
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &window,
                           &QWidget::close);
    return app.exec();
}
