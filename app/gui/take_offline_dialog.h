// File → Take offline…: which gemeenten of the team workspace (the window's focus checked to
// begin with; none checked: all of it) and the workspace file to write, in the folder used
// last, with a suggested name (wijkmonitor-GM0402-2026-12-07.gpkg). An existing file is only
// replaced after asking.
#pragma once

#include <QDate>
#include <QDialog>
#include <QPair>
#include <QVector>

class QListWidget;
class QLabel;

namespace wijk::gui {

class OutputPathField;

class TakeOfflineDialog : public QDialog
{
    Q_OBJECT

public:
    //! gemeenten: (code, name) of the team workspace; checked: the codes checked at first.
    TakeOfflineDialog(const QVector<QPair<QString, QString>> &gemeenten, const QStringList &checked,
                      const QString &folder, QWidget *parent = nullptr);

    //! The suggested file name: wijkmonitor-GM0402-2026-12-07.gpkg (all of it: without codes,
    //! more than three: the number of gemeenten).
    static QString suggestedName(const QStringList &gemeenten, const QDate &day);

    QString target() const;
    void setTarget(const QString &path);
    //! The checked gemeenten; empty for all of it (none or every one checked).
    QStringList gemeenten() const;
    void setGemeenten(const QStringList &codes);

    void accept() override;

private:
    void updateSummary();

    QListWidget *mList = nullptr;
    QLabel *mSummary = nullptr;
    OutputPathField *mPath = nullptr;
    bool mNameTouched = false;
};

} // namespace wijk::gui
