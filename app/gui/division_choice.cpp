#include "gui/division_choice.h"

#include "gui/workbench_session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolBar>

namespace wijk::gui {

DivisionChoice::DivisionChoice(QToolBar *toolBar, QObject *parent) : QObject(parent)
{
    mLabel = new QLabel(toolBar);
    mBox = new QComboBox(toolBar);
    mBox->setObjectName(QStringLiteral("divisionBox"));
    mBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mLabelAction = toolBar->addWidget(mLabel);
    mBoxAction = toolBar->addWidget(mBox);
    connect(mBox, QOverload<int>::of(&QComboBox::activated), this,
            [this] { choose(mBox->currentData().toInt()); });
    retranslate();
    setSession(nullptr);
}

void DivisionChoice::setSession(WorkbenchSession *session)
{
    mSession = session;
    fill();
}

bool DivisionChoice::choose(int year)
{
    if (!mSession)
        return false;
    if (year == mSession->division())
        return true;
    QString error;
    // Moving every indicator takes a moment on a large workspace; the demo's is instant.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = mSession->setDivision(year, &error);
    QApplication::restoreOverrideCursor();
    fill();
    if (!ok) {
        QMessageBox::warning(
            mBox->window(), tr("Division"),
            tr("The figures cannot be converted to the division of %1: %2").arg(year).arg(error));
        return false;
    }
    emit divisionChanged();
    return true;
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
    mBox->setCurrentIndex(qMax(0, mBox->findData(mSession->division())));
    mBox->setToolTip(tr("As delivered: every year on its own division (a redrawn wijk or buurt "
                        "breaks its series). Converted: every year moved onto one division by "
                        "the workspace's crosswalks; moved figures are estimates, marked ≈ in "
                        "the table and hollow squares in the trend chart."));
}

} // namespace wijk::gui
