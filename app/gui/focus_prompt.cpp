#include "gui/focus_prompt.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

namespace wijk::gui {

FocusPrompt::FocusPrompt(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("focusPrompt"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, QColor(255, 244, 204)); // a note, not an error
    setPalette(shade);
    mText = new QLabel(this);
    mGemeenten = new QComboBox(this);
    mGemeenten->setObjectName(QStringLiteral("focusPromptGemeente"));
    // Hundreds of names: typing a few letters finds one.
    mGemeenten->setEditable(true);
    mGemeenten->setInsertPolicy(QComboBox::NoInsert);
    mGemeenten->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mGemeenten->completer()->setFilterMode(Qt::MatchContains);
    mGemeenten->setMinimumContentsLength(12);
    mShow = new QPushButton(this);
    mShow->setObjectName(QStringLiteral("focusPromptShow"));
    mShow->setDefault(true);
    mWholeCountry = new QPushButton(this);
    mWholeCountry->setObjectName(QStringLiteral("focusPromptWholeCountry"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(mText);
    layout->addWidget(mGemeenten, 1);
    layout->addWidget(mShow);
    layout->addWidget(mWholeCountry);
    connect(mShow, &QPushButton::clicked, this, [this] {
        const int index = mGemeenten->findText(mGemeenten->currentText());
        if (index < 0)
            return;
        hide();
        emit gemeenteChosen(mGemeenten->itemData(index).toString());
    });
    connect(mWholeCountry, &QPushButton::clicked, this, [this] {
        hide();
        emit wholeCountryChosen();
    });
    retranslate();
    hide();
}

void FocusPrompt::offer(const engine::Dataset &dataset)
{
    std::vector<int> gemeenten = dataset.regionsOfLevel(RegionLevel::Gemeente);
    QCollator collator;
    std::sort(gemeenten.begin(), gemeenten.end(), [&](int a, int b) {
        return collator.compare(dataset.region(a).name, dataset.region(b).name) < 0;
    });
    mGemeenten->clear();
    for (int r : gemeenten)
        mGemeenten->addItem(
            QStringLiteral("%1 (%2)").arg(dataset.region(r).name, dataset.region(r).code),
            dataset.region(r).code);
    mGemeenten->setCurrentIndex(-1);
    mGemeenten->setEditText(QString());
    mCount = int(gemeenten.size());
    retranslate();
    show();
}

void FocusPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void FocusPrompt::retranslate()
{
    mText->setText(tr("<b>Choose your gemeente:</b>"));
    setToolTip(tr("This workspace holds %n gemeenten. The views show the wijken and buurten of "
                  "the one you choose, with the country as reference; the choice is remembered "
                  "with the workspace.",
                  nullptr, mCount));
    mGemeenten->lineEdit()->setPlaceholderText(tr("Type a name…"));
    mShow->setText(tr("Show"));
    mWholeCountry->setText(tr("Whole country"));
}

} // namespace wijk::gui
