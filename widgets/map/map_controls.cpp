#include "map/map_controls.h"

#include "choropleth_layer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

namespace wijk::widgets {

using maps::ClassificationMethod;
using maps::MapMode;

namespace {
//! The methods the box offers, in its order (manual breaks are for the command line).
constexpr ClassificationMethod kMethods[] = {
    ClassificationMethod::Quantile, ClassificationMethod::EqualInterval,
    ClassificationMethod::Jenks,    ClassificationMethod::StdDev,
    ClassificationMethod::Pretty,   ClassificationMethod::Box};
} // namespace

MapControls::MapControls(QWidget *parent) : QObject(parent)
{
    mMode = new QComboBox(parent);
    mMode->setObjectName(QStringLiteral("mapMode"));
    for (MapMode mode : modes())
        mMode->addItem(QIcon(QStringLiteral(":/icons/mode-%1.svg").arg(maps::contractName(mode))),
                       QString(), static_cast<int>(mode));
    mMethod = new QComboBox(parent);
    mMethod->setObjectName(QStringLiteral("mapMethod"));
    for (ClassificationMethod method : kMethods)
        mMethod->addItem(QString(), static_cast<int>(method));
    // Its texts change with the mode ("… on each side of 0"). Long method names elide in
    // the closed box (the list shows them whole): the map's controls must fit beside the
    // docks of a 1024 px wide window.
    mMethod->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mMethod->setMinimumContentsLength(8);
    mMode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mMode->setMinimumContentsLength(6);
    mClasses = new QSpinBox(parent);
    mClasses->setObjectName(QStringLiteral("mapClasses"));
    mClasses->setRange(3, 9);
    mClasses->setValue(5);
    mModeLabel = new QLabel(parent);
    mMethodLabel = new QLabel(parent);
    mClassesLabel = new QLabel(parent);
    mModeLabel->setBuddy(mMode);
    mMethodLabel->setBuddy(mMethod);
    mClassesLabel->setBuddy(mClasses);
    connect(mMode, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &MapControls::onModeChanged);
    connect(mMethod, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &MapControls::styleChanged);
    connect(mClasses, QOverload<int>::of(&QSpinBox::valueChanged), this,
            &MapControls::styleChanged);

    mPlay = new QToolButton(parent);
    mPlay->setObjectName(QStringLiteral("playPeriods"));
    mPlay->setIcon(QIcon(QStringLiteral(":/icons/play.svg")));
    mPlay->setAutoRaise(true);
    mPlay->setIconSize(QSize(20, 20));
    mPlay->setCheckable(true);
    mSlider = new QSlider(Qt::Horizontal, parent);
    mSlider->setObjectName(QStringLiteral("periodSlider"));
    mSlider->setTickPosition(QSlider::TicksBelow);
    mSlider->setPageStep(1);
    mPeriodLabel = new QLabel(parent);
    mPeriodLabel->setObjectName(QStringLiteral("periodLabel"));
    mPeriodLabel->setMinimumWidth(
        mPeriodLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888")) + 8);
    QFont bold = mPeriodLabel->font();
    bold.setBold(true);
    mPeriodLabel->setFont(bold);
    mFixedClasses = new QCheckBox(parent);
    mFixedClasses->setObjectName(QStringLiteral("fixedClasses"));
    mFixedClasses->setChecked(true);
    connect(mFixedClasses, &QCheckBox::toggled, this, [this](bool fixed) {
        emit fixedClassesChanged(fixed);
        emit styleChanged();
    });
    mPlayTimer = new QTimer(this);
    mPlayTimer->setInterval(1200);
    connect(mPlayTimer, &QTimer::timeout, this, &MapControls::stepPlay);
    connect(mPlay, &QToolButton::toggled, this, &MapControls::togglePlay);
    connect(mSlider, &QSlider::valueChanged, this, &MapControls::onSliderMoved);

    mStyleRow = new QHBoxLayout;
    mStyleRow->setSpacing(6);
    mStyleRow->addWidget(mModeLabel);
    mStyleRow->addWidget(mMode);
    mStyleRow->addSpacing(6);
    mStyleRow->addWidget(mMethodLabel);
    mStyleRow->addWidget(mMethod);
    mStyleRow->addWidget(mClassesLabel);
    mStyleRow->addWidget(mClasses);
    mStyleRow->addStretch(1);

    mPeriodRow = new QHBoxLayout;
    mPeriodRow->addWidget(mPlay);
    mPeriodRow->addWidget(mSlider, 1);
    mPeriodRow->addWidget(mPeriodLabel);
    mPeriodRow->addSpacing(6);
    mPeriodRow->addWidget(mFixedClasses);
    mPeriodRow->addSpacing(6);
    retranslate();
    setPeriods({});
}

QVector<MapMode> MapControls::modes()
{
    return {MapMode::Value, MapMode::Change, MapMode::Trend, MapMode::Signals, MapMode::Clusters};
}

QString MapControls::modeLabel(MapMode mode)
{
    switch (mode) {
    case MapMode::Value:
        return tr("Value");
    case MapMode::Change:
        return tr("Change");
    case MapMode::Trend:
        return tr("Trend");
    case MapMode::Signals:
        return tr("Signals");
    case MapMode::Clusters:
        return tr("Clusters");
    }
    return QString();
}

maps::MapStyleChoice MapControls::style() const
{
    maps::MapStyleChoice choice;
    choice.mode = mode();
    choice.method = classificationMethod();
    choice.classes = classCount();
    choice.fixedClasses = fixedClasses();
    return choice;
}

MapMode MapControls::mode() const
{
    return static_cast<MapMode>(mMode->currentData().toInt());
}

void MapControls::setMode(MapMode mode)
{
    const int index = mMode->findData(static_cast<int>(mode));
    if (index >= 0)
        mMode->setCurrentIndex(index);
}

ClassificationMethod MapControls::classificationMethod() const
{
    return static_cast<ClassificationMethod>(mMethod->currentData().toInt());
}

void MapControls::setClassificationMethod(ClassificationMethod method)
{
    const int index = mMethod->findData(static_cast<int>(method));
    if (index >= 0)
        mMethod->setCurrentIndex(index);
}

int MapControls::classCount() const
{
    return mClasses->value();
}

void MapControls::setClassCount(int classes)
{
    mClasses->setValue(classes);
}

void MapControls::setClassificationEnabled(bool enabled)
{
    mMethod->setEnabled(enabled);
    // A box map has its six fixed classes.
    mClasses->setEnabled(enabled && classificationMethod() != ClassificationMethod::Box);
}

bool MapControls::fixedClasses() const
{
    return mFixedClasses->isChecked();
}

void MapControls::setFixedClasses(bool fixed)
{
    mFixedClasses->setChecked(fixed);
}

QString MapControls::classificationText() const
{
    return mMethod->currentText();
}

void MapControls::onModeChanged()
{
    // A box map has no sides of 0: change and trend maps apply what maps::appliedMethod
    // gives instead, and the box says so.
    const ClassificationMethod applied = maps::appliedMethod(mode(), classificationMethod());
    if (applied != classificationMethod()) {
        const QSignalBlocker blocker(mMethod);
        setClassificationMethod(applied);
    }
    updateMethodTexts();
    emit styleChanged();
}

void MapControls::updateMethodTexts()
{
    const bool diverging = maps::isDiverging(mode());
    auto *model = qobject_cast<QStandardItemModel *>(mMethod->model());
    for (int i = 0; i < mMethod->count(); ++i) {
        const auto method = static_cast<ClassificationMethod>(mMethod->itemData(i).toInt());
        QString text;
        switch (method) {
        case ClassificationMethod::Quantile:
            text = tr("Quantiles");
            break;
        case ClassificationMethod::EqualInterval:
            text = tr("Equal intervals");
            break;
        case ClassificationMethod::Jenks:
            text = tr("Natural breaks (Jenks)");
            break;
        case ClassificationMethod::StdDev:
            text = tr("Standard deviations");
            break;
        case ClassificationMethod::Pretty:
            text = tr("Pretty breaks");
            break;
        case ClassificationMethod::Box:
            text = tr("Box map");
            break;
        case ClassificationMethod::Manual: // breaks given on the command line: not offered
            break;
        }
        // What a diverging map cannot apply is offered disabled, under its own name.
        const bool applicable = maps::appliedMethod(mode(), method) == method;
        mMethod->setItemText(i,
                             diverging && applicable ? tr("%1 on each side of 0").arg(text) : text);
        if (model)
            model->item(i)->setEnabled(applicable);
    }
}

void MapControls::setPeriods(const QVector<int> &periods)
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

int MapControls::period() const
{
    return mPeriods.value(mSlider->value(), 0);
}

void MapControls::setPeriod(int period)
{
    const int index = mPeriods.indexOf(period);
    if (index >= 0)
        mSlider->setValue(index);
}

void MapControls::onSliderMoved(int index)
{
    mPeriodLabel->setText(QString::number(mPeriods.value(index)));
    emit periodChanged(mPeriods.value(index));
}

bool MapControls::isPlaying() const
{
    return mPlayTimer->isActive();
}

void MapControls::togglePlay(bool play)
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

void MapControls::stepPlay()
{
    if (mSlider->value() >= mSlider->maximum()) {
        togglePlay(false);
        return;
    }
    mSlider->setValue(mSlider->value() + 1);
}

void MapControls::retranslate()
{
    mModeLabel->setText(tr("&Map:"));
    mMethodLabel->setText(tr("C&lasses:"));
    mClassesLabel->setText(tr("&Number:"));
    for (int i = 0; i < mMode->count(); ++i)
        mMode->setItemText(i, modeLabel(static_cast<MapMode>(mMode->itemData(i).toInt())));
    updateMethodTexts();
    mFixedClasses->setText(tr("Same classes every year"));
    mFixedClasses->setToolTip(
        tr("Classes (and the ranking's axis) computed over all years of the series, so that "
           "playing through the years shows growth; off: each year its own classes"));
    mMode->setToolTip(tr("What the colours show: the value, the change since the previous "
                         "period, the trend, or the signals"));
    mMethod->setToolTip(tr("How values are divided into classes. Change and trend maps: a "
                           "neutral class for no change or no significant trend, and classes "
                           "by this method on each side of 0"));
    mClasses->setToolTip(tr("Number of classes (3–9)"));
    mPlay->setToolTip(mPlayTimer->isActive() ? tr("Pause") : tr("Play through the years"));
    mSlider->setToolTip(tr("Period"));
}

} // namespace wijk::widgets
