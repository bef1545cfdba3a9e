// "Kies je gemeente": the strip above the map that a workspace of many gemeenten shows when
// it opens without a focus and nobody chose one yet (a national extract, CBS's figures for
// the whole country). It never chooses by itself: the analyst picks a gemeente, or the
// whole country, and either choice is remembered with the workspace (FocusController).
#pragma once

#include "engine/dataset.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;

namespace wijk::gui {

class FocusPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit FocusPrompt(QWidget *parent = nullptr);

    //! Fills the choice with the dataset's gemeenten (by name) and shows the strip.
    void offer(const engine::Dataset &dataset);

    QComboBox *gemeenteBox() const { return mGemeenten; }
    QPushButton *showButton() const { return mShow; }
    QPushButton *wholeCountryButton() const { return mWholeCountry; }

signals:
    //! The analyst chose this gemeente.
    void gemeenteChosen(const QString &code);
    //! The analyst chose the whole country.
    void wholeCountryChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int mCount = 0;
    QLabel *mText = nullptr;
    QComboBox *mGemeenten = nullptr;
    QPushButton *mShow = nullptr;
    QPushButton *mWholeCountry = nullptr;
};

} // namespace wijk::gui
