// Reports benchmark: the Demostad workspace (made in a temporary folder unless one is given),
// then one wijk profile, every wijk in one PDF (with contents) and the council memo, timed
// in-process (process start and QGIS initialisation are reported separately).
// Usage: bench_reports [workspace.gpkg] [runs]
#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "reports/memo_document.h"
#include "reports/report_data.h"
#include "reports/report_job.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <gdal.h>
#include <qgsapplication.h>
#include <vector>

using namespace wijk;

namespace {

QString makeDemo(const QTemporaryDir &dir)
{
    QString error;
    const QString extract = dir.filePath(QStringLiteral("demo"));
    if (!demo::writeDemoExtract(extract, &error))
        return QString();
    const QString path = dir.filePath(QStringLiteral("ws.gpkg"));
    auto workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
    import::ImportRequest request;
    request.input = extract;
    import::ImportReport report;
    if (!workspace || import::importExtract(*workspace, request, report).status !=
                          import::ImportOutcome::Status::Imported)
        return QString();
    return path;
}

QString summary(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms, min %2 ms, max %3 ms")
        .arg(ms[ms.size() / 2], 0, 'f', 0)
        .arg(ms.front(), 0, 'f', 0)
        .arg(ms.back(), 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer timer;
    timer.start();
    QgsApplication app(argc, argv, false);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    GDALAllRegister();
    QTextStream out(stdout);
    out << "QGIS start: " << timer.elapsed() << " ms\n";

    QTemporaryDir dir;
    QString workspace = argc > 1 && argv[1][0] ? QString::fromLocal8Bit(argv[1]) : makeDemo(dir);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QString error;
    timer.restart();
    auto data = reports::ReportData::load(workspace, &error);
    if (!data) {
        out << error << "\n";
        return 1;
    }
    data->trends(RegionLevel::Wijk);
    data->levelSignals(RegionLevel::Wijk);
    out << "Load workspace + engine (disclosure, wijk trends and signals): " << timer.elapsed()
        << " ms\n";

    reports::ReportJob job(*data);
    const std::vector<int> wijken = data->wijken();
    std::vector<double> one, all, memo;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        if (!job.writeCombined({wijken.front()}, dir.filePath(QStringLiteral("one.pdf")), false,
                               &error))
            out << error << "\n";
        one.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!job.writeCombined(wijken, dir.filePath(QStringLiteral("all.pdf")), true, &error))
            out << error << "\n";
        all.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!reports::writeMemo(*data, reports::MemoOptions(),
                                dir.filePath(QStringLiteral("m.pdf")), &error))
            out << error << "\n";
        memo.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "One wijk profile (2 pages): " << summary(one) << "\n";
    out << "All " << wijken.size() << " wijken, one PDF with contents: " << summary(all) << "\n";
    out << "Council memo (PDF, 2 maps): " << summary(memo) << "\n";
    out.flush();
    data.reset();
    QgsApplication::exitQgis();
    return 0;
}
