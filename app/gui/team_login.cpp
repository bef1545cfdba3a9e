#include "gui/team_login.h"

#include "workspace/pg_location.h"

#include <qgsapplication.h>
#include <qgsauthconfig.h>
#include <qgsauthmanager.h>

namespace wijk::gui {

bool TeamLogin::resolve(const QString &location, const AskMasterPassword &ask, QString *resolved,
                        QString *error)
{
    const workspace::PgLocation where = workspace::parsePgLocation(location);
    if (!workspace::isPgLocation(location) || where.authConfig.isEmpty()) {
        *resolved = location;
        return true;
    }
    QgsAuthManager *manager = QgsApplication::authManager();
    if (!manager || manager->isDisabled()) {
        *error = tr("The QGIS authentication database cannot be used, so the login %1 cannot be "
                    "read: %2")
                     .arg(where.authConfig, manager ? manager->disabledMessage() : QString());
        return false;
    }
    if (!manager->availableAuthMethodConfigs().contains(where.authConfig)) {
        *error = tr("The QGIS authentication database (%1) has no configuration with the id %2.")
                     .arg(manager->authenticationDatabasePath(), where.authConfig);
        return false;
    }
    if (!manager->masterPasswordIsSet()) {
        const QString master = ask ? ask() : QString();
        if (master.isEmpty()) {
            *error = tr("The login %1 is in the QGIS authentication database, which needs its "
                        "master password.")
                         .arg(where.authConfig);
            return false;
        }
        if (!manager->setMasterPassword(master, true)) {
            *error = tr("The master password of the QGIS authentication database is not right.");
            return false;
        }
    }
    QgsAuthMethodConfig config;
    if (!manager->loadAuthenticationConfig(where.authConfig, config, true) || !config.isValid()) {
        *error = tr("The login %1 cannot be read from the QGIS authentication database.")
                     .arg(where.authConfig);
        return false;
    }
    // A user name and password ("Basic"); other methods (certificates...) are not for libpq here.
    if (config.method() != QLatin1String("Basic")) {
        *error = tr("The login %1 is of the kind %2; a team workspace needs a user name and "
                    "password (Basic).")
                     .arg(where.authConfig, config.method());
        return false;
    }
    *resolved = workspace::pgLocationWithLogin(location, config.config(QStringLiteral("username")),
                                               config.config(QStringLiteral("password")));
    return true;
}

QString TeamLogin::remembered(const QString &location)
{
    return workspace::isPgLocation(location) ? workspace::pgLocationWithoutPassword(location)
                                             : location;
}

} // namespace wijk::gui
