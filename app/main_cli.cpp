// wijkmonitor-cli: the batch side of the workbench. Needs no window or display.
#include "app_environment.h"
#include "cli/cli_command.h"

#include <QTextStream>
#include <cstdio>
#include <qgsapplication.h>

int main(int argc, char **argv)
{
    wijk::app::fixHashSeed(); // same input, same PDF (app_environment.h)
    // Rendering maps and charts needs a QGuiApplication; without a display, draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    wijk::app::setApplicationNames();
    QgsApplication app(argc, argv, false);
    wijk::app::setupApplication(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = wijk::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
