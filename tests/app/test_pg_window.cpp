// The window on a team workspace (issue 16, docs/team-workspace.md "In the window"): the demo
// imported into a PostgreSQL schema opens like the GeoPackage it was imported into, with the
// same map; a password (in the location, or from a QGIS authentication configuration) never
// reaches the settings, the title or the recent list; a location that cannot be reached says
// why without a crash.
#include "choropleth_layer.h"
#include "gui/import_watch.h"
#include "gui/main_window.h"
#include "gui/recent_workspaces.h"
#include "gui/report_actions.h"
#include "gui/take_offline.h"
#include "gui/take_offline_dialog.h"
#include "gui/team_workspace_dialog.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "import/workspace_pull.h"
#include "map/map_view.h"
#include "pg_test_location.h"
#include "qgis_test_main.h"
#include "reports/report_data.h"
#include "test_support.h"
#include "workspace/pg_location.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <qgsapplication.h>
#include <qgsauthconfig.h>
#include <qgsauthmanager.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

namespace {
const QString kPassword = QStringLiteral("Geheim-7x!wijk");
} // namespace

class TestPgWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mFile;
    QString mServer;
    QString mRole;

    //! Every region's class, label and the legend of the window's map, in one text.
    static QString drawnMap(const gui::MainWindow &window)
    {
        const maps::ChoroplethLayer *map = window.choropleth();
        if (!map)
            return QStringLiteral("no map");
        QStringList lines;
        for (const maps::LegendEntry &entry : map->legend())
            lines << QStringLiteral("legend %1 %2 %3")
                         .arg(entry.key)
                         .arg(entry.label)
                         .arg(entry.count);
        const engine::Dataset &data = window.session()->dataset();
        for (int r : data.regionsOfLevel(window.currentLevel())) {
            const QString code = data.region(r).code;
            const maps::RegionStyle style = map->styleOf(code);
            lines << QStringLiteral("%1 %2 %3 %4")
                         .arg(code)
                         .arg(style.key)
                         .arg(style.hatched)
                         .arg(map->labelOf(code));
        }
        lines << QStringLiteral("features %1").arg(map->layer()->featureCount());
        return lines.join(QLatin1Char('\n'));
    }

    //! The text of the warning the window shows (and closes it), empty when none.
    static QString shownWarning(const gui::MainWindow &window)
    {
        QString text;
        for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
            text += box->text();
            box->close();
        }
        return text;
    }

    //! Every setting the window wrote, as the file holds it.
    static QByteArray settingsFile()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString withUserAndPassword(const QString &location, const QString &user,
                                       const QString &password)
    {
        QUrl url(location);
        url.setUserName(user);
        url.setPassword(password);
        return url.toString(QUrl::FullyEncoded);
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
        mServer = test::pgTestLocation(QStringLiteral("window"));
        QVERIFY(!mServer.isEmpty());
        QString error;
        mFile = gui::ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mFile.isEmpty(), qPrintable(error));
        const gui::WorkspaceImportResult imported = gui::importIntoWorkspace(
            mServer, mDir.filePath(QStringLiteral("demostad-extract")), {}, nullptr);
        QVERIFY2(imported.ok(), qPrintable(imported.message + imported.details.join('\n')));
        // A reader role with a password (the test cluster trusts loopback, so libpq sends it
        // without being asked: what matters is where the window keeps it).
        mRole = QStringLiteral("t_window_reader_%1").arg(QCoreApplication::applicationPid());
        auto admin =
            workspace::Workspace::open(mServer, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(admin, qPrintable(error));
        const QString schema = workspace::parsePgLocation(mServer).schema;
        for (const QString &sql :
             {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(mRole, kPassword),
              QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, mRole),
              QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, mRole)})
            QVERIFY2(workspace::sql::exec(admin->handle(), sql, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        auto admin =
            workspace::Workspace::open(mServer, workspace::Workspace::OpenMode::ReadWrite, &error);
        if (admin && !mRole.isEmpty()) {
            const QString schema = workspace::parsePgLocation(mServer).schema;
            workspace::sql::execBestEffort(
                admin->handle(),
                QStringLiteral("DROP OWNED BY %1").arg(mRole).toUtf8().constData());
            workspace::sql::execBestEffort(
                admin->handle(), QStringLiteral("DROP ROLE %1").arg(mRole).toUtf8().constData());
            workspace::sql::execBestEffort(
                admin->handle(),
                QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema).toUtf8().constData());
        }
    }

    void opensLikeTheFileWithTheSameMap()
    {
        gui::MainWindow file;
        gui::MainWindow team;
        for (gui::MainWindow *window : {&file, &team})
            window->resize(1366, 768);
        QVERIFY(file.openWorkspace(mFile));
        QVERIFY2(team.openWorkspace(mServer), qPrintable(shownWarning(team)));
        QVERIFY(team.session()->isServer());
        QCOMPARE(team.session()->name(), file.session()->name());
        QVERIFY2(team.windowTitle().contains(workspace::parsePgLocation(mServer).label),
                 qPrintable(team.windowTitle()));
        QCOMPARE(team.session()->periods(), file.session()->periods());
        QCOMPARE(team.session()->levels(), file.session()->levels());
        for (const QString &indicator :
             {QStringLiteral("woz_gem"), QStringLiteral("bijstand_per_1000")}) {
            for (maps::MapMode mode :
                 {maps::MapMode::Value, maps::MapMode::Change, maps::MapMode::Trend}) {
                for (gui::MainWindow *window : {&file, &team}) {
                    window->setCurrentIndicator(indicator);
                    window->setMapMode(mode);
                    QCOMPARE(window->currentIndicator(), indicator);
                }
                const QString drawn = drawnMap(file);
                QVERIFY2(drawn.count(QLatin1Char('\n')) > 10, qPrintable(drawn));
                QCOMPARE(drawnMap(team), drawn);
            }
        }
        // The table and the signals come from the same figures.
        QCOMPARE(
            team.session()->periodTable(QStringLiteral("woz_gem"), RegionLevel::Wijk).rows.size(),
            file.session()->periodTable(QStringLiteral("woz_gem"), RegionLevel::Wijk).rows.size());
        QTRY_VERIFY_WITH_TIMEOUT(!team.signalsPending() && !file.signalsPending(), 120000);
        QCOMPARE(team.session()->signalEntries(RegionLevel::Wijk, false).size(),
                 file.session()->signalEntries(RegionLevel::Wijk, false).size());
        QVERIFY(!team.session()->signalEntries(RegionLevel::Wijk, false).isEmpty());
    }

    void neverKeepsThePassword()
    {
        const QString withPassword = withUserAndPassword(mServer, mRole, kPassword);
        QVERIFY(withPassword.contains(QUrl::toPercentEncoding(kPassword)) ||
                withPassword.contains(kPassword));
        {
            gui::MainWindow window;
            QVERIFY2(window.openWorkspace(withPassword), qPrintable(shownWarning(window)));
            QVERIFY(!window.windowTitle().contains(kPassword));
            QVERIFY(!window.session()->shownLocation().contains(kPassword));
            QVERIFY(window.session()->shownLocation().contains(mRole));
            const auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
            QVERIFY(recent);
            QVERIFY(!recent->actions().isEmpty());
            for (const QAction *action : recent->actions())
                QVERIFY(!(action->text() + action->toolTip()).contains(kPassword));
            window.close();
        }
        const QByteArray settings = settingsFile();
        QVERIFY2(!settings.isEmpty(), "no settings file");
        QVERIFY2(settings.contains(mRole.toUtf8()), settings.constData());
        QVERIFY2(!settings.contains(kPassword.toUtf8()) &&
                     !settings.contains(QUrl::toPercentEncoding(kPassword)),
                 settings.constData());
        // The remembered location opens again: libpq finds the password itself (here: the
        // cluster trusts loopback; for people ~/.pgpass, PGPASSWORD or a service file).
        gui::MainWindow again;
        const QStringList recent =
            QSettings().value(QStringLiteral("recent/workspaces")).toStringList();
        QVERIFY(!recent.isEmpty());
        QVERIFY2(again.openWorkspace(recent.constFirst()), qPrintable(shownWarning(again)));
        QVERIFY(again.session()->isServer());
    }

    void takesTheLoginFromTheQgisAuthenticationDatabase()
    {
        QgsAuthManager *manager = QgsApplication::authManager();
        QVERIFY(manager && !manager->isDisabled());
        QVERIFY(manager->setMasterPassword(QStringLiteral("meester"), true));
        QgsAuthMethodConfig config;
        config.setName(QStringLiteral("Wijkmonitor team"));
        config.setMethod(QStringLiteral("Basic"));
        config.setConfig(QStringLiteral("username"), mRole);
        config.setConfig(QStringLiteral("password"), kPassword);
        QVERIFY(manager->storeAuthenticationConfig(config));
        QVERIFY(!config.id().isEmpty());
        // The location names no user: the configuration gives it.
        QUrl url(mServer);
        url.setUserName(QString());
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("authcfg"), config.id());
        url.setQuery(query);
        const QString location = url.toString(QUrl::FullyEncoded);
        gui::MainWindow window;
        QVERIFY2(window.openWorkspace(location), qPrintable(shownWarning(window)));
        QVERIFY(window.session()->isServer());
        QVERIFY2(window.session()->shownLocation().contains(mRole),
                 qPrintable(window.session()->shownLocation()));
        QVERIFY(!window.session()->shownLocation().contains(kPassword));
        QVERIFY(!window.windowTitle().contains(kPassword));
        window.close();
        const QByteArray settings = settingsFile();
        QVERIFY2(settings.contains(config.id().toUtf8()), settings.constData());
        QVERIFY2(!settings.contains(kPassword.toUtf8()) &&
                     !settings.contains(QUrl::toPercentEncoding(kPassword)),
                 settings.constData());
        // An id the database does not have is named.
        gui::MainWindow other;
        const QString unknown = QString(location).replace(config.id(), QStringLiteral("nope123"));
        QVERIFY(!other.openWorkspace(unknown));
        const QString message = shownWarning(other);
        QVERIFY2(message.contains(QStringLiteral("nope123")), qPrintable(message));
    }

    void takesItOfflineWithTheSameFigures()
    {
        gui::MainWindow file;
        gui::MainWindow team;
        QVERIFY(file.openWorkspace(mFile));
        QVERIFY(!file.takeOffline()->action()->isEnabled());
        QVERIFY2(team.openWorkspace(mServer), qPrintable(shownWarning(team)));
        QVERIFY(team.takeOffline()->action()->isEnabled());
        const QString laptop = mDir.filePath(QStringLiteral("laptop.gpkg"));
        QSignalSpy finished(team.takeOffline(), &gui::TakeOffline::finished);
        QVERIFY(team.takeOffline()->start(laptop, {}));
        QVERIFY(!team.takeOffline()->action()->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(1).toString(), laptop);
        QVERIFY(QFileInfo::exists(laptop));
        QVERIFY(!QFileInfo::exists(laptop + QStringLiteral(".pulling")));
        // Where and when it came from, without a password.
        {
            QString error;
            auto copy = workspace::Workspace::open(laptop, workspace::Workspace::OpenMode::ReadOnly,
                                                   &error);
            QVERIFY2(copy, qPrintable(error));
            QCOMPARE(workspace::sql::scalarText(
                         copy->handle(), "SELECT value FROM wm_meta WHERE key = 'pulled_from'"),
                     workspace::parsePgLocation(mServer).display);
            const QDateTime at = QDateTime::fromString(
                workspace::sql::scalarText(copy->handle(),
                                           "SELECT value FROM wm_meta WHERE key = 'pulled_at'"),
                Qt::ISODate);
            QVERIFY(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        // Opened offline, the map is the one of the file the server was filled from.
        gui::MainWindow offline;
        QVERIFY2(offline.openWorkspace(laptop), qPrintable(shownWarning(offline)));
        QVERIFY(!offline.session()->isServer());
        for (const QString &indicator :
             {QStringLiteral("woz_gem"), QStringLiteral("bijstand_per_1000")}) {
            for (gui::MainWindow *window : {&file, &offline}) {
                window->setCurrentIndicator(indicator);
                window->setMapMode(maps::MapMode::Trend);
            }
            QCOMPARE(drawnMap(offline), drawnMap(file));
        }
        // An existing file is replaced only whole (the dialog asked first).
        const QByteArray before = test::checksumOf(laptop);
        finished.clear();
        QVERIFY(team.takeOffline()->start(laptop, {QStringLiteral("GM9999")}));
        team.takeOffline()->cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(test::checksumOf(laptop), before);
    }

    void cancelLeavesNoFile()
    {
        gui::MainWindow team;
        QVERIFY2(team.openWorkspace(mServer), qPrintable(shownWarning(team)));
        const QString target = mDir.filePath(QStringLiteral("cancelled.gpkg"));
        QSignalSpy finished(team.takeOffline(), &gui::TakeOffline::finished);
        QVERIFY(team.takeOffline()->start(target, {}));
        team.takeOffline()->cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(2).toString().contains(QStringLiteral("geannuleerd")) ||
                     finished.at(0).at(2).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(finished.at(0).at(2).toString()));
        QVERIFY(!QFileInfo::exists(target));
        const QStringList left = QDir(mDir.path()).entryList({QStringLiteral("cancelled*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
        QVERIFY(team.takeOffline()->action()->isEnabled());
    }

    void aRefusedImportNamesTheWorkspaceAsTheWindowDoes()
    {
        // The reader role (with a password in the location, as the window hands it to libpq)
        // imports an extract the workspace does not have yet: refused, and the message names
        // the workspace as the title does, in either language, never with its password.
        const QString extract = mDir.filePath(QStringLiteral("refused-extract"));
        QVERIFY(QDir().mkpath(extract));
        const QString demo = mDir.filePath(QStringLiteral("demostad-extract"));
        for (const QString &name : QDir(demo).entryList(QDir::Files))
            if (name != QLatin1String("manifest.json"))
                QVERIFY(
                    QFile::copy(demo + QLatin1Char('/') + name, extract + QLatin1Char('/') + name));
        QFile manifest(demo + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
        json.remove(QStringLiteral("files"));
        json.insert(QStringLiteral("extract_id"), QStringLiteral("refused-2025-001"));
        QFile edited(extract + QStringLiteral("/manifest.json"));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(json).toJson());
        edited.close();
        const QString withPassword = withUserAndPassword(mServer, mRole, kPassword);
        const QString label = workspace::parsePgLocation(withPassword).label;
        QVERIFY2(label.contains(QLatin1String(" @ ")), qPrintable(label));
        gui::MainWindow window;
        QVERIFY2(window.openWorkspace(withPassword), qPrintable(shownWarning(window)));
        QVERIFY2(window.windowTitle().contains(label), qPrintable(window.windowTitle()));
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            window.setLanguage(language);
            QSignalSpy finished(&window, &gui::MainWindow::importFinished);
            window.importPath(extract);
            QVERIFY(finished.wait(120000));
            QVERIFY(!finished.at(0).at(0).toBool());
            const QString shown = shownWarning(window);
            const QString detail = shown.section(QStringLiteral("\n\n"), 1);
            QVERIFY2(detail.startsWith(label + QStringLiteral(": ")), qPrintable(shown));
            QVERIFY2(shown.contains(
                         language == QLatin1String("nl")
                             ? QStringLiteral("mag de teamwerkruimte %1 alleen lezen").arg(label)
                             : QStringLiteral("may only read the team workspace %1").arg(label)),
                     qPrintable(shown));
            QVERIFY2(!shown.contains(QLatin1String("schema=")) && !shown.contains(kPassword) &&
                         !shown.contains(QUrl::toPercentEncoding(kPassword)),
                     qPrintable(shown));
        }
        window.setLanguage(QStringLiteral("nl"));
    }

    void showsProgressPerIndicatorAndCancelsMidway()
    {
        gui::MainWindow team;
        QVERIFY2(team.openWorkspace(mServer), qPrintable(shownWarning(team)));
        const int indicators = int(team.session()->dataset().indicatorCount());
        QVERIFY(indicators > 3);
        gui::TakeOffline *offline = team.takeOffline();
        const QString whole = mDir.filePath(QStringLiteral("progress.gpkg"));
        QSignalSpy progressed(offline, &gui::TakeOffline::progressed);
        QSignalSpy finished(offline, &gui::TakeOffline::finished);
        QVERIFY(offline->start(whole, {}));
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCoreApplication::processEvents(); // the last queued progress
        QSet<QString> named;
        int last = 0;
        for (const QList<QVariant> &step : progressed) {
            QVERIFY2(step.at(0).toInt() >= last, "the bar went back");
            last = step.at(0).toInt();
            named.insert(step.at(1).toString());
        }
        QCOMPARE(last, 1000);
        for (int i = 1; i <= indicators; ++i)
            QVERIFY2(std::any_of(named.begin(), named.end(),
                                 [&](const QString &what) {
                                     return what.endsWith(
                                         QStringLiteral("(%1/%2)").arg(i).arg(indicators));
                                 }),
                     qPrintable(QStringList(named.values()).join(", ")));

        // Cancelled once the copy is under way (at the third indicator; set on the pulling
        // thread, so that the demo's quick copy cannot end first): no file, no partial file.
        std::atomic_bool cancel{false};
        import::PullRequest request;
        request.from = mServer;
        request.to = mDir.filePath(QStringLiteral("midway.gpkg"));
        request.cancel = &cancel;
        int told = 0;
        request.progress = [&](qint64, qint64, const QString &what) {
            ++told;
            if (what.contains(QLatin1String("(3/")))
                cancel = true;
        };
        import::PullResult result;
        QString error;
        QVERIFY(!import::pullWorkspace(request, &result, &error));
        QVERIFY(result.cancelled);
        QVERIFY2(error.contains(QStringLiteral("geannuleerd")) ||
                     error.contains(QStringLiteral("cancelled")),
                 qPrintable(error));
        QCOMPARE(told, 3);
        const QStringList left = QDir(mDir.path()).entryList({QStringLiteral("midway*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
    }

    void noticesAnotherAnalystsImportAndRefreshes()
    {
        gui::MainWindow team;
        QVERIFY2(team.openWorkspace(mServer), qPrintable(shownWarning(team)));
        gui::ImportWatch *watch = team.importWatch();
        const QString read = team.session()->revision();
        QVERIFY(!read.isEmpty());
        QVERIFY(team.importWatch()->refreshAction()->isEnabled());
        auto *reports = team.findChild<gui::ReportActions *>();
        QVERIFY(reports);
        QString error;
        const reports::ReportData *before = reports->reportData(&error);
        QVERIFY2(before, qPrintable(error));
        const size_t extractsBefore = before->workspace().extracts().size();
        // Nothing new: the check says so and the status bar stays quiet.
        QSignalSpy checked(watch, &gui::ImportWatch::checked);
        watch->check();
        QVERIFY(checked.wait(60000));
        QVERIFY(!checked.at(0).at(0).toBool());
        QVERIFY(!watch->statusLabel()->isVisibleTo(&team));

        // Another analyst imports an extract with one value changed (the demo's, under another
        // id and as new as it: it supersedes).
        const QString demo = mDir.filePath(QStringLiteral("demostad-extract"));
        const QString extract = mDir.filePath(QStringLiteral("another-analyst"));
        QVERIFY(QDir().mkpath(extract));
        for (const QString &name :
             {QStringLiteral("regions.geojson"), QStringLiteral("indicators.csv")})
            QVERIFY(QFile::copy(demo + QLatin1Char('/') + name, extract + QLatin1Char('/') + name));
        QFile observations(demo + QStringLiteral("/observations.csv"));
        QVERIFY(observations.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(observations.readAll()).split(QLatin1Char('\n'));
        const int period = team.session()->periods().constLast();
        QString region;
        for (QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char(','));
            if (region.isEmpty() && fields.size() >= 5 &&
                fields.at(1) == QLatin1String("woz_gem") && fields.at(0).startsWith("BU") &&
                fields.at(2).toInt() == period) {
                region = fields.at(0);
                line = QStringList{fields.at(0), fields.at(1), fields.at(2),
                                   QStringLiteral("987654"), fields.mid(4).join(',')}
                           .join(QLatin1Char(','));
            }
        }
        QVERIFY2(!region.isEmpty(), "no woz_gem row of a buurt in the last year");
        QFile changed(extract + QStringLiteral("/observations.csv"));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(lines.join(QLatin1Char('\n')).toUtf8());
        changed.close();
        QFile manifest(demo + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
        json.remove(QStringLiteral("files"));
        json.insert(QStringLiteral("extract_id"), QStringLiteral("another-analyst-2025-002"));
        QFile edited(extract + QStringLiteral("/manifest.json"));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(json).toJson());
        edited.close();
        const gui::WorkspaceImportResult imported =
            gui::importIntoWorkspace(mServer, extract, {}, nullptr);
        QVERIFY2(imported.ok(), qPrintable(imported.message + imported.details.join('\n')));
        const auto shown = [&team, &region, period] {
            for (const maps::MapValue &value :
                 team.session()->mapValues(QStringLiteral("woz_gem"), RegionLevel::Buurt, period))
                if (value.code == region)
                    return value.value;
            return std::nan("");
        };
        QVERIFY(shown() != 987654);

        // The window notices, says so, and keeps showing what it read until asked.
        checked.clear();
        QSignalSpy noticed(watch, &gui::ImportWatch::noticed);
        watch->check();
        QVERIFY(checked.wait(60000));
        QCOMPARE(noticed.size(), 1);
        QVERIFY(watch->hasNewImport());
        QVERIFY(watch->statusLabel()->isVisibleTo(&team));
        QVERIFY2(watch->statusLabel()->text().contains(team.session()->shortName()) &&
                     watch->statusLabel()->text().contains(QLatin1String("F5")),
                 qPrintable(watch->statusLabel()->text()));
        QCOMPARE(team.session()->revision(), read);
        QVERIFY(shown() != 987654);
        QCOMPARE(reports->reportData(&error)->workspace().extracts().size(), extractsBefore);

        // View → Refresh: the new figures, everywhere (the report data too), and quiet again.
        team.setCurrentLevel(RegionLevel::Gemeente);
        watch->refreshAction()->trigger();
        QVERIFY(team.session()->revision() != read);
        QCOMPARE(team.currentLevel(), RegionLevel::Gemeente);
        QCOMPARE(team.currentPeriod(), period);
        QCOMPARE(shown(), 987654.0);
        QVERIFY(!watch->hasNewImport());
        QVERIFY(!watch->statusLabel()->isVisibleTo(&team));
        const reports::ReportData *after = reports->reportData(&error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->workspace().extracts().size(), extractsBefore + 1);
    }

    void theDialogComposesTheLocation()
    {
        gui::TeamWorkspaceDialog dialog{QString()};
        dialog.setWay(gui::TeamWorkspaceDialog::Way::Server);
        dialog.setServer(QStringLiteral("db.gemeente.nl"), 5433, QStringLiteral("wijk monitor"),
                         QStringLiteral("bram"));
        dialog.setSchema(QStringLiteral("gooi"));
        const QString server = dialog.location();
        QCOMPARE(workspace::parsePgLocation(server).schema, QStringLiteral("gooi"));
        QCOMPARE(QUrl(server).host(), QStringLiteral("db.gemeente.nl"));
        QCOMPARE(QUrl(server).port(), 5433);
        QCOMPARE(QUrl(server).userName(), QStringLiteral("bram"));
        QCOMPARE(QUrl(server).path(), QStringLiteral("/wijk monitor"));
        dialog.setWay(gui::TeamWorkspaceDialog::Way::Service);
        QVERIFY(dialog.location().isEmpty()); // no service named yet
        dialog.setService(QStringLiteral("wijk"));
        QCOMPARE(dialog.location(), QStringLiteral("service=wijk schema=gooi"));
        dialog.setWay(gui::TeamWorkspaceDialog::Way::Location);
        dialog.setTypedLocation(QStringLiteral("not a location"));
        QVERIFY(dialog.location().isEmpty());
        dialog.setTypedLocation(mServer);
        QCOMPARE(workspace::parsePgLocation(dialog.location()).schema,
                 workspace::parsePgLocation(mServer).schema);
        // Filled in again from what the recent list remembers, authcfg included.
        gui::TeamWorkspaceDialog again(QStringLiteral("service=wijk schema=gooi authcfg=ab12cd3"));
        QVERIFY(!again.setAuthConfig(QStringLiteral("ab12cd3"))); // not in this database
        QCOMPARE(again.location(), QStringLiteral("service=wijk schema=gooi"));
        gui::TeamWorkspaceDialog fromUri(server);
        QCOMPARE(fromUri.location(), server);
    }

    void anUnreachableServerSaysWhy()
    {
        // The test cluster, a database it does not have.
        QUrl url(mServer);
        url.setPath(QStringLiteral("/bestaat_niet"));
        url.setPassword(kPassword);
        gui::MainWindow window;
        QVERIFY(!window.openWorkspace(url.toString(QUrl::FullyEncoded)));
        const QString message = shownWarning(window);
        QVERIFY2(message.contains(QStringLiteral("bestaat_niet")) && message.contains(url.host()),
                 qPrintable(message));
        QVERIFY2(!message.contains(kPassword), qPrintable(message));
        QVERIFY(!window.session());
        // No server at all on that port.
        url.setPort(1);
        QVERIFY(!window.openWorkspace(url.toString(QUrl::FullyEncoded)));
        const QString refused = shownWarning(window);
        QVERIFY2(refused.contains(QStringLiteral(":1")) ||
                     refused.contains(QStringLiteral("port 1")),
                 qPrintable(refused));
        QVERIFY2(!refused.contains(kPassword), qPrintable(refused));
    }

    void screenshotsForTheTour()
    {
        const QString out = qEnvironmentVariable("WIJK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("WIJK_SCREENSHOT_DIR is not set");
        auto save = [&out](QWidget *widget, const QString &name) {
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            QTest::qWait(200);
            QVERIFY(widget->grab().save(QDir(out).filePath(name)));
        };
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        window.resize(1366, 768);
        QVERIFY2(window.openWorkspace(mServer), qPrintable(shownWarning(window)));
        window.setCurrentIndicator(QStringLiteral("bijstand_per_1000"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.signalsPending(), 120000);
        window.mapView()->canvas()->refresh();
        QTest::qWait(500);
        QTRY_VERIFY_WITH_TIMEOUT(!window.mapView()->canvas()->isDrawing(), 20000);
        {
            // The window with the File menu open (a window of its own, painted where it lies).
            QMenu *menu = window.menuBar()->actions().constFirst()->menu();
            const QRect entry = window.menuBar()->actionGeometry(menu->menuAction());
            menu->popup(window.menuBar()->mapToGlobal(entry.bottomLeft()));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QTest::qWait(300);
            QPixmap picture = window.grab();
            {
                QPainter painter(&picture);
                painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
            }
            menu->hide();
            QVERIFY(picture.save(QDir(out).filePath(QStringLiteral("team-nl-window.png"))));
        }
        {
            gui::TeamWorkspaceDialog dialog(QString(), &window);
            dialog.setWay(gui::TeamWorkspaceDialog::Way::Server);
            dialog.setServer(QStringLiteral("db.gemeente.nl"), 5432, QStringLiteral("wijkmonitor"),
                             QStringLiteral("bram"));
            dialog.setSchema(QStringLiteral("wijkmonitor"));
            const QgsAuthMethodConfigsMap configs =
                QgsApplication::authManager()->availableAuthMethodConfigs();
            if (!configs.isEmpty())
                QVERIFY(dialog.setAuthConfig(configs.cbegin().key()));
            save(&dialog, QStringLiteral("team-nl-open-dialog.png"));
        }
        {
            QVector<QPair<QString, QString>> gemeenten{
                {QStringLiteral("GM0402"), QStringLiteral("Hilversum")},
                {QStringLiteral("GM0406"), QStringLiteral("Huizen")},
                {QStringLiteral("GM0417"), QStringLiteral("Laren")},
                {QStringLiteral("GM9999"), QStringLiteral("Demostad")}};
            const QString documents = QDir::home().filePath(QStringLiteral("Documenten"));
            gui::TakeOfflineDialog dialog(gemeenten, {QStringLiteral("GM0402")}, documents,
                                          &window);
            save(&dialog, QStringLiteral("team-nl-offline-dialog.png"));
        }
    }
};

WIJK_QGIS_TEST_MAIN(TestPgWindow)
#include "test_pg_window.moc"
