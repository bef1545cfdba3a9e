// File → Open team workspace…: where the team workspace is (server fields, a pg_service name,
// or a libpq URI / keywords as typed) and, optionally, which login of the QGIS authentication
// database to use (authcfg). It has no password field: the password comes from the authcfg or
// from libpq's own sources (~/.pgpass, PGPASSWORD, the service file), so the location it
// gives is one the window may show and remember (docs/team-workspace.md, "In the window").
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QFormLayout;

namespace wijk::gui {

class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Way
    {
        Server,   //!< host, port, database, user
        Service,  //!< a pg_service.conf name
        Location, //!< a libpq URI or keywords as typed
    };

    //! Filled in from `previous` (a team workspace location opened before), when given.
    explicit TeamWorkspaceDialog(const QString &previous, QWidget *parent = nullptr);

    //! The location to open: a libpq URI or keywords with the schema and the authcfg.
    QString location() const;

    // For tests and --screenshot: the fields.
    void setWay(Way way);
    void setServer(const QString &host, int port, const QString &database, const QString &user);
    void setService(const QString &service);
    void setTypedLocation(const QString &location);
    void setSchema(const QString &schema);
    //! Chooses the QGIS login with this id (empty: none); false when the database lacks it.
    bool setAuthConfig(const QString &id);

private:
    void fillFrom(const QString &previous);
    void fillAuthConfigs();
    void updatePreview();
    //! Shows the fields of the chosen way, hides the others.
    void showRowsOfWay();

    QComboBox *mWay = nullptr;
    QFormLayout *mForm = nullptr;
    QLineEdit *mHost = nullptr;
    QSpinBox *mPort = nullptr;
    QLineEdit *mDatabase = nullptr;
    QLineEdit *mUser = nullptr;
    QLineEdit *mService = nullptr;
    QLineEdit *mTyped = nullptr;
    QLineEdit *mSchema = nullptr;
    QComboBox *mAuthConfig = nullptr;
    QLabel *mPreview = nullptr;
    QPushButton *mOk = nullptr;
};

} // namespace wijk::gui
