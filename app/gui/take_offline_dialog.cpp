#include "gui/take_offline_dialog.h"

#include "gui/output_path_field.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wijk::gui {

TakeOfflineDialog::TakeOfflineDialog(const QVector<QPair<QString, QString>> &gemeenten,
                                     const QStringList &checked, const QString &folder,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("takeOfflineDialog"));
    setWindowTitle(tr("Take offline"));
    setMinimumWidth(640);
    auto *intro = new QLabel(tr("Copies the team workspace (or some of its gemeenten) into a "
                                "workspace file that works without a network. Its figures are "
                                "those of now; the file records where and when it was taken."),
                             this);
    intro->setWordWrap(true);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("offlineGemeenten"));
    for (const auto &[code, name] : gemeenten) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(name, code), mList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    mList->setMinimumHeight(140);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("offlineSummary"));
    mPath = new OutputPathField(this);
    mPath->setFilter(tr("Workspaces (*.gpkg)"));
    mPath->setPath(QDir(folder).filePath(suggestedName({}, QDate::currentDate())));
    connect(mPath, &OutputPathField::pathChanged, this, [this] { mNameTouched = true; });
    connect(mList, &QListWidget::itemChanged, this, &TakeOfflineDialog::updateSummary);

    auto *form = new QFormLayout;
    form->addRow(tr("Gemeenten:"), mList);
    form->addRow(QString(), mSummary);
    form->addRow(tr("Save to:"), mPath);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take offline"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TakeOfflineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateSummary();
    mNameTouched = false;
}

QString TakeOfflineDialog::suggestedName(const QStringList &gemeenten, const QDate &day)
{
    QString what;
    if (gemeenten.size() > 3)
        what = QStringLiteral("%1-gemeenten").arg(gemeenten.size());
    else if (!gemeenten.isEmpty())
        what = gemeenten.join(QLatin1Char('-'));
    return QStringLiteral("wijkmonitor-%1%2.gpkg")
        .arg(what.isEmpty() ? QString() : what + QLatin1Char('-'),
             day.toString(QStringLiteral("yyyy-MM-dd")));
}

QString TakeOfflineDialog::target() const
{
    return mPath->path();
}

void TakeOfflineDialog::setTarget(const QString &path)
{
    mPath->setPath(path);
    mNameTouched = true;
}

QStringList TakeOfflineDialog::gemeenten() const
{
    QStringList codes;
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->checkState() == Qt::Checked)
            codes << mList->item(i)->data(Qt::UserRole).toString();
    return codes.size() == mList->count() ? QStringList() : codes;
}

void TakeOfflineDialog::setGemeenten(const QStringList &codes)
{
    for (int i = 0; i < mList->count(); ++i)
        mList->item(i)->setCheckState(codes.contains(mList->item(i)->data(Qt::UserRole).toString())
                                          ? Qt::Checked
                                          : Qt::Unchecked);
}

void TakeOfflineDialog::updateSummary()
{
    const QStringList codes = gemeenten();
    mSummary->setText(
        codes.isEmpty()
            ? tr("All of the team workspace (%n gemeente(n)).", nullptr, mList->count())
            : tr("%n gemeente(n) with their wijken and buurten.", nullptr, int(codes.size())));
    // The suggested name follows the choice until the user changes it.
    if (!mNameTouched) {
        QStringList named = codes;
        if (codes.isEmpty())
            named = mList->count() == 1 ? QStringList{mList->item(0)->data(Qt::UserRole).toString()}
                                        : QStringList();
        const QSignalBlocker blocker(mPath);
        const QFileInfo current(mPath->path());
        mPath->setPath(current.dir().filePath(suggestedName(named, QDate::currentDate())));
    }
}

void TakeOfflineDialog::accept()
{
    const QString path = target();
    if (path.isEmpty())
        return;
    if (!OutputPathField::confirmOverwrite(this, {path}))
        return;
    QDialog::accept();
}

} // namespace wijk::gui
