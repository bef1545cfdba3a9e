#include "gui/screenshot.h"

#include "gui/division_choice.h"
#include "gui/main_window.h"
#include "gui/spatial_controller.h"
#include "gui/view_state.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "output/output_file.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <qgsmapcanvas.h>

namespace wijk::gui {

void addScreenshotOptions(QCommandLineParser &parser)
{
    const QList<QCommandLineOption> options = {
        {QStringLiteral("screenshot"), QStringLiteral("Save a screenshot and quit."),
         QStringLiteral("file")},
        {QStringLiteral("mode"), QStringLiteral("Map mode for the screenshot."),
         QStringLiteral("mode")},
        {QStringLiteral("lang"), QStringLiteral("Language for the screenshot (nl, en)."),
         QStringLiteral("lang")},
        {QStringLiteral("size"), QStringLiteral("Window size, e.g. 1366x768."),
         QStringLiteral("size")},
        {QStringLiteral("select"), QStringLiteral("Region codes to select (comma separated)."),
         QStringLiteral("codes")},
        {QStringLiteral("raise"), QStringLiteral("Dock to bring to the front (object name)."),
         QStringLiteral("dock")},
        {QStringLiteral("eb"),
         QStringLiteral("Show Empirical Bayes rates (the window's EB-estimated option).")},
        {QStringLiteral("division"),
         QStringLiteral("Division year to convert to (the window's division choice)."),
         QStringLiteral("year")}};
    for (QCommandLineOption option : options) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

bool screenshotRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("screenshot"));
}

int takeScreenshot(MainWindow &window, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    if (parser.isSet(QStringLiteral("lang")))
        window.setLanguage(parser.value(QStringLiteral("lang")));
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    else
        window.showMaximized();
    if (parser.isSet(QStringLiteral("indicator")))
        window.setCurrentIndicator(parser.value(QStringLiteral("indicator")));
    if (const auto mode = maps::mapModeFromString(parser.value(QStringLiteral("mode"))))
        window.setMapMode(*mode);
    // --level is the window's own option (window_options), applied when it opened.
    // As a user would: through the toolbar's division choice.
    if (auto *division = window.findChild<QComboBox *>(QStringLiteral("divisionBox"));
        division && parser.isSet(QStringLiteral("division"))) {
        const int index = division->findData(parser.value(QStringLiteral("division")).toInt());
        if (index < 0) {
            err << "No division " << parser.value(QStringLiteral("division")) << '\n';
            return 2;
        }
        division->setCurrentIndex(index);
        emit division->activated(index);
        // The figures move in the background; the shot shows the converted window.
        if (const auto *choice = window.findChild<DivisionChoice *>())
            while (choice->busy())
                QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (parser.isSet(QStringLiteral("eb")))
        window.spatial()->empiricalBayesAction()->setChecked(true);
    // The signals are computed in the background; the default selection is the first one.
    QElapsedTimer signalsTimer;
    signalsTimer.start();
    while (window.signalsPending() && signalsTimer.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QStringList codes =
        parser.value(QStringLiteral("select")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (codes.isEmpty() && window.signalsList()->visibleCount() > 0)
        codes << window.signalsList()->visibleEntry(0).region;
    if (!codes.isEmpty())
        window.selection()->setSelection(codes);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    // After the first-show layout pass, which raises the default tabs.
    if (parser.isSet(QStringLiteral("raise")))
        if (auto *dock = window.findChild<QDockWidget *>(parser.value(QStringLiteral("raise"))))
            dock->raise();
    // Clusters and the Moran scatter are computed in the background too.
    QElapsedTimer spatialTimer;
    spatialTimer.start();
    do
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    while (window.spatial()->isComputing() && spatialTimer.elapsed() < 120000);
    QApplication::processEvents();
    window.mapView()->canvas()->waitWhileRendering();
    QApplication::processEvents();
    const QString file = parser.value(QStringLiteral("screenshot"));
    output::OutputFile output(file);
    QString error;
    if (!output.begin(&error) ||
        !window.grab().save(&output, QFileInfo(file).suffix().toUpper().toLatin1().constData()) ||
        !output.commit(&error)) {
        err << (error.isEmpty() ? QObject::tr("Cannot write %1").arg(file) : error) << '\n';
        return 2;
    }
    // What the views show, for scripts and tests (issue 19): FILE.json next to FILE.
    output::OutputFile state(file + QStringLiteral(".json"));
    if (!state.begin(&error) || state.write(QJsonDocument(gui::viewState(window)).toJson()) < 0 ||
        !state.commit(&error)) {
        err << error << '\n';
        return 2;
    }
    return 0;
}

} // namespace wijk::gui
