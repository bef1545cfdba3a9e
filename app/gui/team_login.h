// The login of a team workspace the window opens (docs/team-workspace.md, "In the window"):
// a location with `authcfg=ID` takes the user name and password of that QGIS authentication
// configuration (the QGIS authentication database, unlocked with its master password). The
// password goes into the location handed to libpq in this process only; what is shown or
// remembered is the location with its authcfg id and without a password. Without authcfg,
// libpq finds the password itself (~/.pgpass, PGPASSWORD, the service file).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace wijk::gui {

class TeamLogin
{
    Q_DECLARE_TR_FUNCTIONS(TeamLogin)

public:
    //! Asked for the master password of the QGIS authentication database when it is locked;
    //! an empty answer gives up.
    using AskMasterPassword = std::function<QString()>;

    //! The location libpq is given for `location`: with the user name and password of its
    //! authcfg, or as given without one. False with *error (in the interface language, naming
    //! the configuration, never a password).
    [[nodiscard]] static bool resolve(const QString &location, const AskMasterPassword &ask,
                                      QString *resolved, QString *error);
    //! What the window remembers of a location: without a password, with its authcfg id.
    static QString remembered(const QString &location);
};

} // namespace wijk::gui
