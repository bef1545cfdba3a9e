#include "app_environment.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

// Resources in a static library must be initialised by name, outside any namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace wijk::app {

namespace {
QTranslator *gAppTranslator = nullptr;
QTranslator *gQtTranslator = nullptr;
} // namespace

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wijkmonitor"));
    QCoreApplication::setApplicationName(QStringLiteral("Wijkmonitor Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIJK_VERSION));
}

void fixHashSeed()
{
    qSetGlobalQHashSeed(0);
}

void setupApplication(QCoreApplication &app)
{
    setApplicationNames();
    if (qEnvironmentVariableIntValue("WIJK_NO_SETTINGS") == 1) {
        static QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    }
    initTranslationResources();
    installTranslators(uiLanguage());
    Q_UNUSED(app);
}

QString uiLanguage()
{
    const QString fromEnv = qEnvironmentVariable("WIJK_LANG");
    if (fromEnv == QLatin1String("en") || fromEnv == QLatin1String("nl"))
        return fromEnv;
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    return chosen == QLatin1String("en") ? chosen : QStringLiteral("nl");
}

void installTranslators(const QString &language)
{
    for (QTranslator **translator : {&gAppTranslator, &gQtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    gAppTranslator = new QTranslator;
    if (gAppTranslator->load(QStringLiteral(":/i18n/wijkmonitor_%1.qm").arg(language)))
        QCoreApplication::installTranslator(gAppTranslator);
    gQtTranslator = new QTranslator;
    if (gQtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                            QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(gQtTranslator);
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch,
                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Netherlands));
}

} // namespace wijk::app
