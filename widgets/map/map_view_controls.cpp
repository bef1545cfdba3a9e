// The map view's construction and its controls: mode, classification, period and playback.
#include "map/map_pick_tool.h"
#include "map/map_view.h"
#include "map/scale_bar_overlay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <qgsmapcanvas.h>

namespace wijk::widgets {

namespace {
QToolButton *makeButton(QWidget *parent, const QString &icon, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}
} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    mCanvas = new QgsMapCanvas(this);
    mCanvas->setObjectName(QStringLiteral("mapCanvas"));
    mCanvas->setCanvasColor(QColor(248, 248, 246));
    // No selection colour: the regions' renderer draws selected regions in their class
    // colour with a contour (maps/choropleth_renderer.h).
    mCanvas->setPreviewJobsEnabled(false);
    // No render cache: with it, a render job cancelled without blocking (a layer rebuilt
    // while drawing) later stores an image for a deleted layer and crashes in QGIS 3.22
    // (app/test_gui_layout_language). The kept-labels gain therefore applies to cached
    // renders only, not yet to this canvas (docs/maps.md).
    mCanvas->setMinimumSize(240, 200);
    mTool = new MapPickTool(mCanvas);
    mCanvas->setMapTool(mTool);
    mScaleBar = new ScaleBarOverlay(mCanvas);
    mMessage = new QLabel(mCanvas);
    mMessage->setObjectName(QStringLiteral("mapMessage"));
    mMessage->setWordWrap(true);
    mMessage->setAlignment(Qt::AlignCenter);
    mMessage->setTextFormat(Qt::PlainText);
    mMessage->hide();
    mImportBoundaries = new QPushButton(mCanvas);
    mImportBoundaries->setObjectName(QStringLiteral("importBoundaries"));
    mImportBoundaries->hide();
    connect(mImportBoundaries, &QPushButton::clicked, this, &MapView::importBoundariesRequested);
    auto *messageLayout = new QVBoxLayout(mCanvas);
    messageLayout->addStretch();
    messageLayout->addWidget(mMessage, 0, Qt::AlignCenter);
    messageLayout->addWidget(mImportBoundaries, 0, Qt::AlignCenter);
    messageLayout->addStretch();
    connect(mTool, &MapPickTool::hovered, this, &MapView::onHover);
    connect(mTool, &MapPickTool::clicked, this, [this](const QgsPointXY &point, bool add) {
        emit regionClicked(regionAt(point), add);
    });

    mMode = new QComboBox(this);
    mMode->setObjectName(QStringLiteral("mapMode"));
    for (const QString &id : modeIds())
        mMode->addItem(QIcon(QStringLiteral(":/icons/mode-%1.svg").arg(id)), QString(), id);
    mMethod = new QComboBox(this);
    mMethod->setObjectName(QStringLiteral("mapMethod"));
    // Ids as maps/ reads them (classificationMethodFromString); labels set in retranslate().
    for (const char *id : {"quantile", "equal", "jenks", "stddev", "pretty", "box"})
        mMethod->addItem(QString(), QString::fromLatin1(id));
    // Its texts change with the mode ("… on each side of 0"). Long method names elide in
    // the closed box (the list shows them whole): the map's controls must fit beside the
    // docks of a 1024 px wide window.
    mMethod->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mMethod->setMinimumContentsLength(8);
    mMode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mMode->setMinimumContentsLength(6);
    mClasses = new QSpinBox(this);
    mClasses->setObjectName(QStringLiteral("mapClasses"));
    mClasses->setRange(3, 9);
    mClasses->setValue(5);
    mModeLabel = new QLabel(this);
    mMethodLabel = new QLabel(this);
    mClassesLabel = new QLabel(this);
    mModeLabel->setBuddy(mMode);
    mMethodLabel->setBuddy(mMethod);
    mClassesLabel->setBuddy(mClasses);
    mZoomFull = makeButton(this, QStringLiteral("zoom-full"), QStringLiteral("zoomFull"));
    mZoomSelection =
        makeButton(this, QStringLiteral("zoom-selection"), QStringLiteral("zoomSelection"));
    mBackgroundButton =
        makeButton(this, QStringLiteral("layer-add"), QStringLiteral("addBackground"));
    connect(mZoomFull, &QToolButton::clicked, this, &MapView::zoomToFullExtent);
    connect(mZoomSelection, &QToolButton::clicked, this, &MapView::zoomToSelection);
    connect(mBackgroundButton, &QToolButton::clicked, this, &MapView::chooseBackgroundLayer);
    connect(mMode, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &MapView::onModeChanged);
    connect(mMethod, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { emit styleChanged(); });
    connect(mClasses, QOverload<int>::of(&QSpinBox::valueChanged), this,
            [this] { emit styleChanged(); });

    mPlay = makeButton(this, QStringLiteral("play"), QStringLiteral("playPeriods"));
    mPlay->setCheckable(true);
    mSlider = new QSlider(Qt::Horizontal, this);
    mSlider->setObjectName(QStringLiteral("periodSlider"));
    mSlider->setTickPosition(QSlider::TicksBelow);
    mSlider->setPageStep(1);
    mPeriodLabel = new QLabel(this);
    mPeriodLabel->setObjectName(QStringLiteral("periodLabel"));
    mPeriodLabel->setMinimumWidth(
        mPeriodLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888")) + 8);
    QFont bold = mPeriodLabel->font();
    bold.setBold(true);
    mPeriodLabel->setFont(bold);
    mFixedClasses = new QCheckBox(this);
    mFixedClasses->setObjectName(QStringLiteral("fixedClasses"));
    mFixedClasses->setChecked(true);
    connect(mFixedClasses, &QCheckBox::toggled, this, [this](bool fixed) {
        emit fixedClassesChanged(fixed);
        emit styleChanged();
    });
    mPlayTimer = new QTimer(this);
    mPlayTimer->setInterval(1200);
    connect(mPlayTimer, &QTimer::timeout, this, &MapView::stepPlay);
    connect(mPlay, &QToolButton::toggled, this, &MapView::togglePlay);
    connect(mSlider, &QSlider::valueChanged, this, &MapView::onSliderMoved);

    mLegendTitle = new QLabel(this);
    mLegendTitle->setObjectName(QStringLiteral("legendTitle"));
    mLegendTitle->setWordWrap(true);
    mLegend = new QListWidget(this);
    mLegend->setObjectName(QStringLiteral("mapLegend"));
    mLegend->setFrameShape(QFrame::NoFrame);
    mLegend->setSelectionMode(QAbstractItemView::NoSelection);
    mLegend->setFocusPolicy(Qt::NoFocus);
    mLegend->setWordWrap(true);
    mLegend->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mLegend->setTextElideMode(Qt::ElideNone);
    mLegend->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    auto *legendPanel = new QWidget(this);
    auto *legendLayout = new QVBoxLayout(legendPanel);
    legendLayout->setContentsMargins(6, 6, 6, 6);
    legendLayout->addWidget(mLegendTitle);
    legendLayout->addWidget(mLegend, 1);
    legendPanel->setMinimumWidth(150);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mapSplitter"));
    splitter->addWidget(mCanvas);
    splitter->addWidget(legendPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({600, 180});

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(mModeLabel);
    controls->addWidget(mMode);
    controls->addSpacing(6);
    controls->addWidget(mMethodLabel);
    controls->addWidget(mMethod);
    controls->addWidget(mClassesLabel);
    controls->addWidget(mClasses);
    controls->addStretch(1);

    // The navigation buttons sit under the map, next to the years: the row above must fit
    // the map's width beside the docks of a 1024 px wide window.
    auto *periods = new QHBoxLayout;
    periods->addWidget(mPlay);
    periods->addWidget(mSlider, 1);
    periods->addWidget(mPeriodLabel);
    periods->addSpacing(6);
    periods->addWidget(mFixedClasses);
    periods->addSpacing(6);
    periods->addWidget(mZoomFull);
    periods->addWidget(mZoomSelection);
    periods->addWidget(mBackgroundButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addLayout(periods);
    retranslate();
    setPeriods({});
}

QStringList MapView::modeIds()
{
    return {QStringLiteral("value"), QStringLiteral("change"), QStringLiteral("trend"),
            QStringLiteral("signals")};
}

QString MapView::modeLabel(const QString &mode)
{
    if (mode == QLatin1String("value"))
        return tr("Value");
    if (mode == QLatin1String("change"))
        return tr("Change");
    if (mode == QLatin1String("trend"))
        return tr("Trend");
    if (mode == QLatin1String("signals"))
        return tr("Signals");
    return mode;
}

QString MapView::mode() const
{
    return mMode->currentData().toString();
}

void MapView::setMode(const QString &mode)
{
    const int index = mMode->findData(mode);
    if (index >= 0)
        mMode->setCurrentIndex(index);
}

QString MapView::classificationMethod() const
{
    return mMethod->currentData().toString();
}

void MapView::setClassificationMethod(const QString &id)
{
    const int index = mMethod->findData(id);
    if (index >= 0)
        mMethod->setCurrentIndex(index);
}

int MapView::classCount() const
{
    return mClasses->value();
}

void MapView::setClassCount(int classes)
{
    mClasses->setValue(classes);
}

void MapView::setClassificationEnabled(bool enabled)
{
    mMethod->setEnabled(enabled);
    // A box map has its six fixed classes.
    mClasses->setEnabled(enabled && classificationMethod() != QLatin1String("box"));
}

bool MapView::fixedClasses() const
{
    return mFixedClasses->isChecked();
}

void MapView::setFixedClasses(bool fixed)
{
    mFixedClasses->setChecked(fixed);
}

QString MapView::classificationText() const
{
    return mMethod->currentText();
}

void MapView::onModeChanged()
{
    // A box map has no sides of 0: change and trend maps apply quantiles instead
    // (maps::divergingMethod), and the box says so.
    const bool diverging = mode() == QLatin1String("change") || mode() == QLatin1String("trend");
    if (diverging && classificationMethod() == QLatin1String("box")) {
        const QSignalBlocker blocker(mMethod);
        setClassificationMethod(QStringLiteral("quantile"));
    }
    updateMethodTexts();
    emit styleChanged();
}

void MapView::updateMethodTexts()
{
    const bool diverging = mode() == QLatin1String("change") || mode() == QLatin1String("trend");
    const QStringList methods = {
        tr("Quantiles"),           tr("Equal intervals"), tr("Natural breaks (Jenks)"),
        tr("Standard deviations"), tr("Pretty breaks"),   tr("Box map")};
    auto *model = qobject_cast<QStandardItemModel *>(mMethod->model());
    for (int i = 0; i < mMethod->count() && i < methods.size(); ++i) {
        const bool box = mMethod->itemData(i).toString() == QLatin1String("box");
        mMethod->setItemText(i, diverging && !box ? tr("%1 on each side of 0").arg(methods.at(i))
                                                  : methods.at(i));
        if (box && model)
            model->item(i)->setEnabled(!diverging);
    }
}

void MapView::setMessage(const QString &message, bool offerBoundaryImport)
{
    mMessage->setText(message);
    mMessage->setVisible(!message.isEmpty());
    mImportBoundaries->setVisible(!message.isEmpty() && offerBoundaryImport);
}

QString MapView::message() const
{
    return mMessage->text();
}

QString MapView::legendTitle() const
{
    return mLegendTitle->text();
}

void MapView::setLegendTitle(const QString &title)
{
    mLegendTitle->setText(title);
}

void MapView::setPeriods(const QVector<int> &periods)
{
    const int current = period();
    mPeriods = periods;
    const QSignalBlocker blocker(mSlider);
    mSlider->setRange(0, qMax(0, periods.size() - 1));
    const int index = periods.indexOf(current);
    mSlider->setValue(index >= 0 ? index : qMax(0, periods.size() - 1));
    mSlider->setEnabled(periods.size() > 1);
    mPlay->setEnabled(periods.size() > 1);
    mPeriodLabel->setText(periods.isEmpty() ? QStringLiteral("–")
                                            : QString::number(periods.value(mSlider->value())));
}

int MapView::period() const
{
    return mPeriods.value(mSlider->value(), 0);
}

void MapView::setPeriod(int period)
{
    const int index = mPeriods.indexOf(period);
    if (index >= 0)
        mSlider->setValue(index);
}

void MapView::onSliderMoved(int index)
{
    mPeriodLabel->setText(QString::number(mPeriods.value(index)));
    emit periodChanged(mPeriods.value(index));
}

bool MapView::isPlaying() const
{
    return mPlayTimer->isActive();
}

void MapView::togglePlay(bool play)
{
    if (mPlay->isChecked() != play) {
        mPlay->setChecked(play); // re-enters through toggled
        return;
    }
    if (play) {
        // Playing from the last year starts again at the first.
        if (mSlider->value() == mSlider->maximum())
            mSlider->setValue(0);
        mPlayTimer->start();
    } else {
        mPlayTimer->stop();
    }
    mPlay->setIcon(
        QIcon(play ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
    mPlay->setToolTip(play ? tr("Pause") : tr("Play through the years"));
}

void MapView::stepPlay()
{
    if (mSlider->value() >= mSlider->maximum()) {
        togglePlay(false);
        return;
    }
    mSlider->setValue(mSlider->value() + 1);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapView::retranslate()
{
    mModeLabel->setText(tr("&Map:"));
    mMethodLabel->setText(tr("C&lasses:"));
    mClassesLabel->setText(tr("&Number:"));
    for (int i = 0; i < mMode->count(); ++i)
        mMode->setItemText(i, modeLabel(mMode->itemData(i).toString()));
    updateMethodTexts();
    mFixedClasses->setText(tr("Same classes every year"));
    mImportBoundaries->setText(tr("Import boundaries…"));
    mFixedClasses->setToolTip(
        tr("Classes (and the ranking's axis) computed over all years of the series, so that "
           "playing through the years shows growth; off: each year its own classes"));
    mMode->setToolTip(tr("What the colours show: the value, the change since the previous "
                         "period, the trend, or the signals"));
    mMethod->setToolTip(tr("How values are divided into classes. Change and trend maps: a "
                           "neutral class for no change or no significant trend, and classes "
                           "by this method on each side of 0"));
    mClasses->setToolTip(tr("Number of classes (3–9)"));
    mZoomFull->setToolTip(tr("Zoom to all regions"));
    mZoomSelection->setToolTip(tr("Zoom to the selected regions"));
    mBackgroundButton->setToolTip(tr("Add background layer…"));
    mPlay->setToolTip(mPlayTimer->isActive() ? tr("Pause") : tr("Play through the years"));
    mSlider->setToolTip(tr("Period"));
}

} // namespace wijk::widgets
