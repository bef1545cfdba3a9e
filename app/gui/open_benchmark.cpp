#include "gui/open_benchmark.h"

#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "signals/signals_list.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <qgsmapcanvas.h>

namespace wijk::gui {

double processMemoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

namespace {

//! Resident and peak memory of the process in MB.
QString memory()
{
    return QStringLiteral("RSS %1 MB, peak %2 MB")
        .arg(qRound64(processMemoryMb("VmRSS:")))
        .arg(qRound64(processMemoryMb("VmHWM:")));
}

//! Runs the event loop until `done` says so or the time is up; false on the time-out. A real
//! event loop that sleeps between events: a processEvents() loop would spin a core and slow
//! down the worker thread that is being measured.
template <typename Done> bool waitFor(const Done &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(10);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

void addOpenBenchmarkOption(QCommandLineParser &parser)
{
    QCommandLineOption option(QStringLiteral("benchmark-open"),
                              QStringLiteral("Open the workspace, print the times to the first "
                                             "painted map and to the signals, and quit."));
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(option);
}

bool openBenchmarkRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("benchmark-open"));
}

int runOpenBenchmark(MainWindow &window, const QString &path, const QElapsedTimer &start)
{
    QTextStream out(stdout);
    auto report = [&](const char *what, const QString &extra = QString()) {
        out << "benchmark-open: " << qSetFieldWidth(28) << Qt::left << what << qSetFieldWidth(0)
            << qSetFieldWidth(7) << Qt::right << start.elapsed() << qSetFieldWidth(0) << " ms"
            << (extra.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(extra)) << '\n';
        out.flush();
    };
    QApplication::processEvents();
    report("window shown (QGIS ready)", memory());
    if (!window.openWorkspace(path))
        return 2;
    report("workspace open (views fed)", memory());
    // Rendering runs in the event loop after openWorkspace(): wait for a render with the
    // region layer in it, then paint it.
    bool painted = false;
    QgsMapCanvas *canvas = window.mapView()->canvas();
    QObject::connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, canvas, [&painted, canvas] {
        if (canvas->layers().isEmpty())
            return;
        canvas->viewport()->repaint(); // the rendered image on screen now
        painted = true;
    });
    if (!waitFor([&painted] { return painted; }, 120000)) {
        out << "benchmark-open: the map was never rendered\n";
        return 3;
    }
    report("first map painted", memory());
    if (!waitFor([&window] { return !window.signalsPending(); }, 600000)) {
        out << "benchmark-open: the signals never finished\n";
        return 3;
    }
    report("signals in the list",
           QStringLiteral("%1 shown, %2").arg(window.signalsList()->visibleCount()).arg(memory()));
    return 0;
}

} // namespace wijk::gui
