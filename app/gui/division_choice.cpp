#include "gui/division_choice.h"

#include "gui/division_switch.h"
#include "gui/workbench_session.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QToolBar>
#include <QtConcurrent>

namespace wijk::gui {

DivisionChoice::DivisionChoice(QToolBar *toolBar, QObject *parent) : QObject(parent)
{
    mLabel = new QLabel(toolBar);
    mBox = new QComboBox(toolBar);
    mBox->setObjectName(QStringLiteral("divisionBox"));
    mBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mLabelAction = toolBar->addWidget(mLabel);
    mBoxAction = toolBar->addWidget(mBox);
    // Busy while the figures are moved: "omrekenen…" and a bar going back and forth (there
    // are no steps to count).
    auto *busy = new QWidget(toolBar);
    auto *layout = new QHBoxLayout(busy);
    layout->setContentsMargins(4, 0, 4, 0);
    mBusyLabel = new QLabel(busy);
    mBusy = new QProgressBar(busy);
    mBusy->setObjectName(QStringLiteral("divisionBusy"));
    mBusy->setRange(0, 0);
    mBusy->setMaximumWidth(70);
    mBusy->setTextVisible(false);
    layout->addWidget(mBusyLabel);
    layout->addWidget(mBusy);
    busy->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred); // label and bar together
    mBusyAction = toolBar->addWidget(busy);
    mBusyAction->setVisible(false);
    connect(mBox, QOverload<int>::of(&QComboBox::activated), this,
            [this] { choose(mBox->currentData().toInt()); });
    retranslate();
    setSession(nullptr);
}

void DivisionChoice::setSession(WorkbenchSession *session)
{
    // A switch of the previous session must not reach this one.
    ++mGeneration;
    setRunning(0);
    mSession = session;
    fill();
}

void DivisionChoice::choose(int year)
{
    if (!mSession)
        return;
    const int generation = ++mGeneration; // supersedes a switch still running
    if (year == mSession->division()) {   // shown already: only a running switch ends
        setRunning(0);
        fill();
        return;
    }
    if (year == 0) { // as delivered: the figures are at hand
        setRunning(0);
        mSession->setDivision(0);
        fill();
        emit divisionChanged();
        return;
    }
    // The worker gets copies; the session and its views stay as they are until finish().
    auto *watcher = new QFutureWatcher<DivisionSwitchResult>(this);
    connect(watcher, &QFutureWatcher<DivisionSwitchResult>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                finish(generation, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(runDivisionSwitch, mSession->divisionSwitchInput(year)));
    mPendingYear = year;
    setRunning(generation);
}

void DivisionChoice::finish(int generation, DivisionSwitchResult result)
{
    if (generation != mGeneration || !mSession)
        return; // superseded: a later choice decides what is shown
    setRunning(0);
    const int year = result.year;
    QString error;
    const bool ok = mSession->adoptDivision(std::move(result), &error);
    fill();
    if (!ok) {
        QMessageBox::warning(
            mBox->window(), tr("Division"),
            tr("The figures cannot be converted to the division of %1: %2").arg(year).arg(error));
        return;
    }
    emit divisionChanged();
}

void DivisionChoice::setRunning(int generation)
{
    const bool wasBusy = busy();
    mRunning = generation;
    mBusyAction->setVisible(busy());
    mBusyLabel->setText(busy() ? tr("converting…") : QString());
    mBusy->parentWidget()->setToolTip(
        busy() ? tr("Converting the figures to the division of %1; the window shows the "
                    "previous division until they are ready.")
                     .arg(mPendingYear)
               : QString());
    if (busy() != wasBusy)
        emit busyChanged(busy());
}

void DivisionChoice::retranslate()
{
    mLabel->setText(tr("Division:") + QLatin1Char(' '));
    fill();
}

void DivisionChoice::fill()
{
    const QSignalBlocker blocker(mBox);
    mBox->clear();
    const QVector<int> divisions = mSession ? mSession->harmonisedDivisions() : QVector<int>();
    mLabelAction->setVisible(!divisions.isEmpty());
    mBoxAction->setVisible(!divisions.isEmpty());
    if (divisions.isEmpty())
        return;
    mBox->addItem(tr("as delivered"), 0);
    for (int year : divisions)
        mBox->addItem(tr("converted to %1").arg(year), year);
    // While a switch runs the box shows where it is going (the views still show the old one).
    mBox->setCurrentIndex(qMax(0, mBox->findData(busy() ? mPendingYear : mSession->division())));
    mBox->setToolTip(tr("As delivered: every year on its own division (a redrawn wijk or buurt "
                        "breaks its series). Converted: every year moved onto one division by "
                        "the workspace's crosswalks; moved figures are estimates, marked ≈ in "
                        "the table and hollow squares in the trend chart."));
}

} // namespace wijk::gui
