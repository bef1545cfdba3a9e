// The map view's controls: what the colours show (mode), how values are classed (method,
// number of classes, the same classes every year) and which year is shown (a slider that can
// play through the years). The widgets sit in the map view's rows; this class keeps their
// state and reports changes. The style itself is decided by whoever draws the map.
#pragma once

#include "map_style_choice.h"

#include <QObject>
#include <QVector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;
class QWidget;

namespace wijk::widgets {

class MapControls : public QObject
{
    Q_OBJECT

public:
    //! Creates the controls as children of parent (the map view).
    explicit MapControls(QWidget *parent);

    //! The row above the map: mode, method, number of classes (owned by the caller once added).
    QHBoxLayout *styleRow() const { return mStyleRow; }
    //! The row under the map: play, year slider, year, fixed classes; the caller appends its
    //! navigation buttons (owned by the caller once added).
    QHBoxLayout *periodRow() const { return mPeriodRow; }

    //! The modes in the order the box offers them.
    static QVector<maps::MapMode> modes();
    //! The mode's name for display.
    static QString modeLabel(maps::MapMode mode);

    maps::MapStyleChoice style() const;
    maps::MapMode mode() const;
    void setMode(maps::MapMode mode);
    maps::ClassificationMethod classificationMethod() const;
    void setClassificationMethod(maps::ClassificationMethod method);
    int classCount() const;
    void setClassCount(int classes);
    //! Whether class controls apply (the signals mode has fixed categories).
    void setClassificationEnabled(bool enabled);
    bool fixedClasses() const;
    void setFixedClasses(bool fixed);
    //! The method box's text as shown (it says what is applied: change and trend maps class
    //! each side of 0, and offer no box map).
    QString classificationText() const;

    //! The periods the slider steps through (ascending).
    void setPeriods(const QVector<int> &periods);
    void setPeriod(int period);
    int period() const;
    bool isPlaying() const;
    void togglePlay(bool play);

    void retranslate();

signals:
    //! Mode, classification method, class count or fixed classes changed.
    void styleChanged();
    //! The fixed-classes choice changed (the ranking's axis follows it too).
    void fixedClassesChanged(bool fixed);
    void periodChanged(int period);

private:
    //! Method texts and the box map's availability for the current mode.
    void updateMethodTexts();
    void onModeChanged();
    void onSliderMoved(int index);
    void stepPlay();

    QComboBox *mMode = nullptr;
    QComboBox *mMethod = nullptr;
    QSpinBox *mClasses = nullptr;
    QCheckBox *mFixedClasses = nullptr;
    QLabel *mModeLabel = nullptr;
    QLabel *mMethodLabel = nullptr;
    QLabel *mClassesLabel = nullptr;
    QToolButton *mPlay = nullptr;
    QSlider *mSlider = nullptr;
    QLabel *mPeriodLabel = nullptr;
    QTimer *mPlayTimer = nullptr;
    QHBoxLayout *mStyleRow = nullptr;
    QHBoxLayout *mPeriodRow = nullptr;
    QVector<int> mPeriods;
};

} // namespace wijk::widgets
