#include "charts/chart_panel.h"

#include "charts/chart_export.h"
#include "charts/charts_namespace.h"
#include "charts/distribution_chart.h"
#include "charts/selectable_chart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

ChartPanel::ChartPanel(QChart *chart, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    mTools = new QHBoxLayout;
    mTools->setContentsMargins(4, 2, 4, 0);
    mTools->addStretch(1);
    auto addButton = [this](void (ChartPanel::*slot)()) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        mTools->addWidget(button);
        return button;
    };
    mPng = addButton(&ChartPanel::savePng);
    mSvg = addButton(&ChartPanel::saveSvg);
    mCopy = addButton(&ChartPanel::copy);
    retranslate();
    layout->addLayout(mTools);
    mView = new QChartView(chart, this);
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setRubberBand(QChartView::NoRubberBand);
    layout->addWidget(mView, 1);
    setFocusPolicy(Qt::StrongFocus);
}

QChart *ChartPanel::chart() const
{
    return mView->chart();
}

void ChartPanel::addToolWidget(QWidget *widget, std::function<void()> retranslate)
{
    mTools->insertWidget(0, widget);
    if (retranslate) {
        retranslate();
        mToolTexts.push_back(std::move(retranslate));
    }
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartPanel::retranslate()
{
    mPng->setText(tr("PNG"));
    mPng->setToolTip(tr("Save the chart as a PNG image"));
    mSvg->setText(tr("SVG"));
    mSvg->setToolTip(tr("Save the chart as an SVG drawing"));
    mCopy->setText(tr("Copy"));
    mCopy->setToolTip(tr("Copy the chart to the clipboard"));
    for (const auto &texts : mToolTexts)
        texts();
}

QSize ChartPanel::exportSize() const
{
    return mView->size().expandedTo(QSize(800, 500));
}

void ChartPanel::savePng()
{
    saveAs(tr("PNG image (*.png)"), QStringLiteral("png"));
}

void ChartPanel::saveSvg()
{
    saveAs(tr("SVG drawing (*.svg)"), QStringLiteral("svg"));
}

void ChartPanel::copy()
{
    copyChartToClipboard(chart(), exportSize());
}

void ChartPanel::saveAs(const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), QString(), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    const bool ok = suffix == QLatin1String("png")
                        ? exportChartPng(chart(), path, exportSize(), 2.0, &error)
                        : exportChartSvg(chart(), path, exportSize(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ChartPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (auto *selectable = qobject_cast<SelectableChart *>(chart())) {
            selectable->clearSelection();
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

ChartPanel *makeDistributionPanel(DistributionChart *chart, QWidget *parent)
{
    auto *panel = new ChartPanel(chart, parent);
    auto *mode = new QComboBox(panel);
    mode->addItem(QString(), int(DistributionChart::Mode::Histogram));
    mode->addItem(QString(), int(DistributionChart::Mode::BoxPlot));
    mode->setCurrentIndex(chart->mode() == DistributionChart::Mode::Histogram ? 0 : 1);
    QObject::connect(mode, qOverload<int>(&QComboBox::currentIndexChanged), chart,
                     [chart, mode](int) {
                         chart->setMode(DistributionChart::Mode(mode->currentData().toInt()));
                     });
    panel->addToolWidget(mode, [mode] {
        mode->setItemText(0, ChartPanel::tr("Histogram"));
        mode->setItemText(1, ChartPanel::tr("Box plot"));
    });
    return panel;
}

} // namespace wijk::widgets::charts
