#include "charts/chart_export.h"

#include "charts/charts_namespace.h"
#include "output/output_file.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMimeData>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QtCharts/QLegend>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::widgets::charts", text);
}

//! Puts the chart into a scene (its own or a temporary one) at size and undoes it after.
class ChartLayoutScope
{
public:
    ChartLayoutScope(QChart *chart, const QSizeF &size) : mChart(chart)
    {
        mScene = chart->scene();
        if (!mScene) {
            mOwnScene = std::make_unique<QGraphicsScene>();
            mOwnScene->addItem(chart);
            mScene = mOwnScene.get();
        }
        mOldGeometry = chart->geometry();
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        // Qt Charts lays out on posted LayoutRequest events (the chart, its legend and its
        // axes); deliver them now, twice, because the first pass posts the second.
        for (int pass = 0; pass < 2; ++pass) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (chart->layout())
                chart->layout()->activate();
        }
    }
    ~ChartLayoutScope()
    {
        if (mOwnScene) {
            mOwnScene->removeItem(mChart);
        } else {
            mChart->setGeometry(mOldGeometry);
        }
    }
    QGraphicsScene *scene() const { return mScene; }

private:
    QChart *mChart;
    QGraphicsScene *mScene = nullptr;
    std::unique_ptr<QGraphicsScene> mOwnScene;
    QRectF mOldGeometry;
};

} // namespace

void renderChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    if (!chart || !painter || target.isEmpty())
        return;
    ChartLayoutScope scope(chart, target.size());
    const QRectF source = chart->mapRectToScene(QRectF(QPointF(0, 0), target.size()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Hide other items of a live view's scene (rubber bands, tooltips) by rendering only
    // the chart's rectangle; the scene's own background stays out.
    scope.scene()->render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize)
{
    if (!painter || layoutSize.isEmpty() || target.isEmpty())
        return;
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / layoutSize.width(), target.height() / layoutSize.height());
    renderChart(chart, painter, QRectF(QPointF(0, 0), layoutSize));
    painter->restore();
}

QImage renderChartImage(QChart *chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QByteArray chartSvg(QChart *chart, const QSize &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    // Titles may be HTML (wrapped onto two lines); the SVG's <title> is plain text.
    generator.setTitle(chart ? QTextDocumentFragment::fromHtml(chart->title()).toPlainText()
                             : QString());
    generator.setDescription(tr("Chart made by Wijkmonitor Workbench"));
    QPainter painter(&generator);
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return buffer.data();
}

QPicture chartPicture(QChart *chart, const QSize &size)
{
    QPicture picture;
    QPainter painter(&picture);
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return picture;
}

bool exportChartPng(QChart *chart, const QString &path, const QSize &size, qreal scale,
                    QString *error)
{
    const QImage image = renderChartImage(chart, size, scale);
    output::OutputFile file(path);
    if (!file.begin(error))
        return false;
    if (!image.save(&file, "PNG")) {
        if (error)
            *error = tr("Could not write the PNG file %1: %2").arg(path, file.errorString());
        return false;
    }
    return file.commit(error);
}

bool exportChartSvg(QChart *chart, const QString &path, const QSize &size, QString *error)
{
    const QByteArray svg = chartSvg(chart, size);
    output::OutputFile file(path);
    if (!file.begin(error))
        return false;
    file.write(svg); // a failed write fails the commit
    return file.commit(error);
}

void copyChartToClipboard(QChart *chart, const QSize &size)
{
    auto *mime = new QMimeData;
    mime->setImageData(renderChartImage(chart, size, 2.0));
    mime->setData(QStringLiteral("image/svg+xml"), chartSvg(chart, size));
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace wijk::widgets::charts
