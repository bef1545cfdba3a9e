// The file (or folder) a report dialog writes to: a line edit with a Browse button, starting
// in the remembered output folder with a suggested name. confirmOverwrite() asks before an
// existing file is replaced.
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace wijk::gui {

class OutputPathField : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        File,
        Folder
    };
    explicit OutputPathField(QWidget *parent = nullptr);

    void setKind(Kind kind) { mKind = kind; }
    //! The file name filter of the Browse dialog, e.g. "PDF (*.pdf)".
    void setFilter(const QString &filter) { mFilter = filter; }
    QString path() const;
    void setPath(const QString &path);
    //! Replaces the suffix of the file name (the format changed).
    void setSuffix(const QString &suffix);

    //! Whether the existing ones of paths may be replaced: asks once when any exists.
    static bool confirmOverwrite(QWidget *parent, const QStringList &paths);

signals:
    void pathChanged(const QString &path);

private:
    void browse();

    Kind mKind = Kind::File;
    QString mFilter;
    QLineEdit *mEdit = nullptr;
    QPushButton *mBrowse = nullptr;
};

} // namespace wijk::gui
