// A chart in a view with the actions every chart offers: save as PNG or SVG and copy to the
// clipboard. Esc clears the selection of linked (selectable) charts.
#pragma once

#include "charts/charts_namespace.h"

#include <QSize>
#include <QWidget>
#include <QtCharts/QChart>
#include <functional>
#include <vector>

class QHBoxLayout;
class QToolButton;

WIJK_CHARTS_BEGIN_NAMESPACE
class QChartView;
WIJK_CHARTS_END_NAMESPACE

namespace wijk::widgets::charts {

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    //! Shows chart (the panel's view takes ownership of it).
    explicit ChartPanel(WIJK_CHARTS_NAMESPACE::QChart *chart, QWidget *parent = nullptr);

    WIJK_CHARTS_NAMESPACE::QChart *chart() const;
    WIJK_CHARTS_NAMESPACE::QChartView *view() const { return mView; }
    //! Adds a control (e.g. the histogram/box-plot switch) to the panel's tool row;
    //! retranslate, when given, sets its texts now and after every language change.
    void addToolWidget(QWidget *widget, std::function<void()> retranslate = {});
    //! The size exported files get: the view's size, at least 800 x 500.
    QSize exportSize() const;

public slots:
    //! Asks for a file name and saves a PNG.
    void savePng();
    //! Asks for a file name and saves an SVG.
    void saveSvg();
    //! Copies the chart as image and SVG.
    void copy();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void saveAs(const QString &filter, const QString &suffix);
    void retranslate();

    WIJK_CHARTS_NAMESPACE::QChartView *mView = nullptr;
    QHBoxLayout *mTools = nullptr;
    QToolButton *mPng = nullptr;
    QToolButton *mSvg = nullptr;
    QToolButton *mCopy = nullptr;
    std::vector<std::function<void()>> mToolTexts;
};

class DistributionChart;

//! A ChartPanel for a DistributionChart with a histogram / box-plot switch.
ChartPanel *makeDistributionPanel(DistributionChart *chart, QWidget *parent = nullptr);

} // namespace wijk::widgets::charts
