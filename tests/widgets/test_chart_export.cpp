// Every chart exports to PNG and SVG, copies to the clipboard and renders as vector
// graphics into a PDF without a window. Set WIJK_CHART_PREVIEW_DIR to keep the images.
#include "charts/chart_export.h"
#include "charts/charts_namespace.h"
#include "charts/distribution_chart.h"
#include "charts/ranking_chart.h"
#include "charts/scatter_chart.h"
#include "charts/trend_chart.h"
#include "test_chart_fixtures.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtCharts/QChartView>
#include <QtTest>
#include <memory>

using namespace wijk;
using namespace wijk::widgets::charts;

namespace {

//! Share of pixels that are not (near) white: a blank render has none.
double inkShare(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ink += qGray(line[x]) < 230;
    }
    return double(ink) / (qint64(rgb.width()) * rgb.height());
}

std::vector<std::pair<QString, std::unique_ptr<WIJK_CHARTS_NAMESPACE::QChart>>> allCharts()
{
    std::vector<std::pair<QString, std::unique_ptr<WIJK_CHARTS_NAMESPACE::QChart>>> charts;
    auto trend = std::make_unique<TrendChart>();
    trend->setData(test::trendData());
    charts.emplace_back(QStringLiteral("trend"), std::move(trend));
    auto ranking = std::make_unique<RankingChart>();
    ranking->setData(test::rankingData());
    ranking->setHighlighted({QStringLiteral("WK019302"), QStringLiteral("WK019310")});
    charts.emplace_back(QStringLiteral("ranking"), std::move(ranking));
    auto scatter = std::make_unique<ScatterChart>();
    scatter->setData(test::scatterData());
    scatter->setHighlighted({QStringLiteral("WK019302")});
    charts.emplace_back(QStringLiteral("scatter"), std::move(scatter));
    auto histogram = std::make_unique<DistributionChart>();
    histogram->setData(test::distributionData());
    charts.emplace_back(QStringLiteral("histogram"), std::move(histogram));
    auto box = std::make_unique<DistributionChart>();
    box->setMode(DistributionChart::Mode::BoxPlot);
    box->setData(test::distributionData());
    charts.emplace_back(QStringLiteral("boxplot"), std::move(box));
    return charts;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void pngIsNotBlank()
    {
        QTemporaryDir dir;
        const QString preview = qEnvironmentVariable("WIJK_CHART_PREVIEW_DIR");
        for (auto &[name, chart] : allCharts()) {
            const QString path = dir.filePath(name + QStringLiteral(".png"));
            QString error;
            QVERIFY2(exportChartPng(chart.get(), path, QSize(800, 500), 1.0, &error),
                     qPrintable(error));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(800, 500));
            QVERIFY2(inkShare(image) > 0.02, qPrintable(name));
            if (!preview.isEmpty()) {
                const QString base = preview + QLatin1Char('/') + name;
                QVERIFY2(exportChartPng(chart.get(), base + ".png", QSize(800, 500), 1.0, &error),
                         qPrintable(error));
                QVERIFY2(
                    exportChartPng(chart.get(), base + "_small.png", QSize(480, 320), 1.0, &error),
                    qPrintable(error));
                QVERIFY2(
                    exportChartPng(chart.get(), base + "_dock.png", QSize(660, 380), 1.0, &error),
                    qPrintable(error));
                QVERIFY2(exportChartSvg(chart.get(), base + ".svg", QSize(800, 500), &error),
                         qPrintable(error));
            }
        }
    }

    void neverOntoAnOpenWorkspace()
    {
        // The window's chart exports go through the same OutputFile as every CLI output:
        // saving a chart onto the open workspace (here through a symbolic link named .png)
        // is refused and the workspace stays byte-identical.
        QTemporaryDir dir;
        const QString workspacePath = dir.filePath(QStringLiteral("ws.gpkg"));
        QString error;
        auto workspace = workspace::Workspace::open(
            workspacePath, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        QFile file(workspacePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QString link = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(QFile::link(workspacePath, link));
        auto charts = allCharts();
        QVERIFY(!exportChartPng(charts.front().second.get(), link, QSize(400, 300), 1.0, &error));
        QVERIFY2(error.contains(workspacePath), qPrintable(error));
        QVERIFY(
            !exportChartSvg(charts.front().second.get(), workspacePath, QSize(400, 300), &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void pngReportsUnwritablePath()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        QString error;
        QVERIFY(!exportChartPng(&chart, QStringLiteral("/nonexistent-dir/x.png"), QSize(400, 300),
                                1.0, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.png")));
    }

    void svgIsValidVector()
    {
        for (auto &[name, chart] : allCharts()) {
            const QByteArray svg = chartSvg(chart.get(), QSize(800, 500));
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(name + ": " + xml.errorString()));
            QSvgRenderer renderer(svg);
            QVERIFY(renderer.isValid());
            QCOMPARE(renderer.viewBox(), QRect(0, 0, 800, 500));
            // Vector: paths and text, no embedded bitmap of the whole chart.
            QVERIFY(svg.contains("<path") || svg.contains("<polyline"));
            QVERIFY(svg.contains("<text"));
            QVERIFY(!svg.contains("<image"));
        }
        QTemporaryDir dir;
        TrendChart chart;
        chart.setData(test::trendData());
        const QString path = dir.filePath(QStringLiteral("trend.svg"));
        QString error;
        QVERIFY2(exportChartSvg(&chart, path, QSize(600, 400), &error), qPrintable(error));
        QVERIFY(QSvgRenderer(path).isValid());
        QVERIFY(QFileInfo(path).size() > 1000);
    }

    void svgKeepsDutchLabels()
    {
        TrendChart chart;
        chart.setData(test::trendData());
        const QString svg = QString::fromUtf8(chartSvg(&chart, QSize(800, 500)));
        QVERIFY(svg.contains(QStringLiteral(">2015<")));
        QVERIFY(!svg.contains(QStringLiteral("2.015")));
        QVERIFY(!svg.contains(QStringLiteral("2,015")));
        QVERIFY(svg.contains(QStringLiteral(">12,0<")) || svg.contains(QStringLiteral(">12<")) ||
                svg.contains(QStringLiteral(",0<")));
    }

    void clipboardHoldsImageAndSvg()
    {
        ScatterChart chart;
        chart.setData(test::scatterData());
        copyChartToClipboard(&chart, QSize(640, 400));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QVERIFY(!image.isNull());
        QVERIFY(inkShare(image) > 0.02);
        QVERIFY(QSvgRenderer(mime->data(QStringLiteral("image/svg+xml"))).isValid());
    }

    void pdfIsVector()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            QPainter painter(&writer);
            const QRectF page = painter.viewport();
            auto charts = allCharts();
            // Two charts per page at report size (16 x 10 cm at 300 dpi is ~1890 x 1180).
            for (size_t i = 0; i < charts.size(); ++i) {
                if (i > 0 && i % 2 == 0)
                    writer.newPage();
                const QRectF box(0, (i % 2) * page.height() / 2, page.width(),
                                 page.height() / 2 - 40);
                // Lay out at screen-like size, scaled onto the page: fonts stay proportionate.
                renderChart(charts[i].second.get(), &painter, box,
                            QSizeF(900, 900 * box.height() / box.width()));
            }
        }
        const QString preview = qEnvironmentVariable("WIJK_CHART_PREVIEW_DIR");
        if (!preview.isEmpty())
            QFile::copy(path, preview + QStringLiteral("/report.pdf"));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 2000);
        // A raster of five charts at 300 dpi would be megabytes; vectors stay small.
        QVERIFY2(size < 400 * 1024, qPrintable(QString::number(size)));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed; the size check above passed");
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("2015")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Diezerpoort")));
        QVERIFY(text.contains(QStringLiteral("Werkloosheid")));
    }

    void pictureReplays()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        const QPicture picture = chartPicture(&chart, QSize(600, 500));
        QVERIFY(picture.size() > 0);
        QImage image(600, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.drawPicture(0, 0, picture);
        painter.end();
        QVERIFY(inkShare(image) > 0.02);
    }

    void renderingAViewedChartKeepsItsGeometry()
    {
        auto *chart = new TrendChart;
        chart->setData(test::trendData());
        WIJK_CHARTS_NAMESPACE::QChartView view(chart);
        view.resize(500, 300);
        view.show();
        QCoreApplication::processEvents();
        const QRectF before = chart->geometry();
        const QImage image = renderChartImage(chart, QSize(900, 600));
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(inkShare(image) > 0.02);
        QCOMPARE(chart->geometry(), before);
    }
};

QTEST_MAIN(TestChartExport)
#include "test_chart_export.moc"
