// The window's Reports menu on the Demostad workspace (issue 13): each action's request, as
// its dialog fills it, run into a temporary folder; the files checked with poppler, unzip
// and GDAL; the same pages as wijkmonitor-cli for the same inputs; a cancelled batch leaves
// nothing; the memo basket leads the memo and stays with the workspace; Copy map puts the
// canvas on the clipboard.
#include "app_environment.h"
#include "compare_near.h"
#include "engine/region_focus.h"
#include "gui/data_export_dialog.h"
#include "gui/main_window.h"
#include "gui/map_export_dialog.h"
#include "gui/memo_dialog.h"
#include "gui/profile_dialog.h"
#include "gui/report_actions.h"
#include "gui/report_command_line.h"
#include "gui/report_process.h"
#include "gui/report_settings.h"
#include "gui/window_map_state.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "table/values_table_view.h"
#include "table_view.h"
#include "test_reports_fixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <functional>
#include <gdal.h>
#include <ogr_api.h>
#include <qgsmapcanvas.h>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestReportActions : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    std::unique_ptr<gui::MainWindow> mWindow;
    gui::ReportActions *mActions = nullptr;

    QString path(const QString &name) const { return mDir.filePath(name); }

    const reports::ReportData &data()
    {
        QString error;
        const reports::ReportData *loaded = mActions->reportData(&error);
        if (!loaded)
            qFatal("report data: %s", qPrintable(error));
        return *loaded;
    }

    //! pdftotext of a file with whitespace runs made one space.
    static QString flatText(const QString &pdf)
    {
        QString text = test::pdfText(pdf);
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        text.replace(QChar(0xfb01), QStringLiteral("fi")); // the font's "fi" ligature
        return text;
    }

    //! Files (not folders) in a folder, including hidden temporaries.
    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    //! One step of a dialog conversation: when the active modal widget is what `is` accepts,
    //! `act` answers it (queued, so that no answer blocks in the timer).
    struct ModalStep
    {
        std::function<bool(QWidget *)> is;
        std::function<void(QWidget *)> act;
    };

    //! Answers the modal widgets that come up, in the order of steps (others are left alone,
    //! e.g. the progress dialog), while a triggered action runs its dialogs; returns how many
    //! steps were taken.
    int converse(QAction *action, const QList<ModalStep> &steps)
    {
        int next = 0;
        QTimer poll;
        poll.setInterval(30);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || next >= steps.size() || !steps[next].is(modal))
                return;
            const ModalStep &step = steps[next++];
            QPointer<QWidget> target(modal);
            QTimer::singleShot(0, modal, [&step, target] {
                if (target)
                    step.act(target);
            });
        });
        poll.start();
        action->trigger();
        poll.stop();
        return next;
    }

    static bool isQuestion(QWidget *widget)
    {
        auto *box = qobject_cast<QMessageBox *>(widget);
        return box && box->button(QMessageBox::No);
    }

    static bool isDoneBox(QWidget *widget)
    {
        auto *box = qobject_cast<QMessageBox *>(widget);
        return box && box->windowTitle() == gui::ReportActions::tr("Done");
    }

    //! The Done box's button of role.
    static void clickRole(QWidget *widget, QMessageBox::ButtonRole role)
    {
        auto *box = qobject_cast<QMessageBox *>(widget);
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
    }

    //! The rows of a CSV written by the exports ('#' provenance lines first; RFC 4180
    //! quoting), the header row first.
    static QList<QStringList> csvRows(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        bool comment = false;
        for (int k = 0; k < text.size(); ++k) {
            const QChar c = text.at(k);
            if (row.isEmpty() && field.isEmpty() && !quoted && c == QLatin1Char('#'))
                comment = true;
            if (comment) {
                if (c == QLatin1Char('\n'))
                    comment = false;
                continue;
            }
            if (quoted) {
                if (c == QLatin1Char('"') && k + 1 < text.size() && text.at(k + 1) == '"') {
                    field += QLatin1Char('"');
                    ++k;
                } else if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    field += c;
            } else if (c == QLatin1Char('"'))
                quoted = true;
            else if (c == QLatin1Char(','))
                row << field, field.clear();
            else if (c == QLatin1Char('\n')) {
                row << field, field.clear();
                rows << row;
                row.clear();
            } else if (c != QLatin1Char('\r'))
                field += c;
        }
        return rows;
    }

    //! The shown rows of the window's table: code, name and per value column the model's
    //! cell, in the table's order.
    struct ShownRow
    {
        QString code;
        QString name;
        QVector<presentation::TableCell> cells;
    };
    QList<ShownRow> shownRows() const
    {
        const widgets::ValuesTableView *view = mWindow->tableView();
        const presentation::TableData &data = view->model()->tableData();
        QList<ShownRow> rows;
        for (int r = 0; r < view->proxy()->rowCount(); ++r) {
            const int source = view->proxy()->mapToSource(view->proxy()->index(r, 0)).row();
            const presentation::TableRow &row = data.rows.at(source);
            rows << ShownRow{row.code, row.name, row.cells};
        }
        return rows;
    }

    //! A shown cell as the export writes it: rounded as shown, nothing when withheld.
    static QString exported(const presentation::TableCell &cell, int decimals)
    {
        if (cell.status == ValueStatus::Suppressed || std::isnan(cell.value))
            return QString();
        return QString::number(QString::number(cell.value, 'f', decimals).toDouble(), 'g', 15);
    }

    QList<QUrl> mOpened; //!< what QDesktopServices was asked to open

public slots:
    //! The file-scheme handler of QDesktopServices in this test: records instead of opening.
    void openedUrl(const QUrl &url) { mOpened << url; }

private slots:
    void initTestCase()
    {
        initResources();
        // The settings (a throw-away folder) and the language (Dutch, as the CLI's) that the
        // real application sets up.
        qputenv("WIJK_NO_SETTINGS", "1");
        qunsetenv("WIJK_LANG");
        app::setupApplication(*QCoreApplication::instance());
        // The CLI runs with this epoch (test_reports_fixture.h); the window's path too, so
        // the "made on" dates agree.
        qputenv("SOURCE_DATE_EPOCH", "1764356400");
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!mWorkspace.isEmpty());
        mWindow = std::make_unique<gui::MainWindow>();
        mWindow->resize(1200, 800);
        QVERIFY(mWindow->openWorkspace(mWorkspace));
        mActions = mWindow->findChild<gui::ReportActions *>();
        QVERIFY(mActions);
        mActions->setInteractive(false);
        mActions->setCliProgram(test::cliPath());
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        mWindow.reset();
    }

    void theMenuAndTheToolbarOfferEveryAction()
    {
        QMenu *menu = mWindow->findChild<QMenu *>(QStringLiteral("reportsMenu"));
        QVERIFY(menu);
        QVERIFY(mWindow->menuBar()->actions().contains(menu->menuAction()));
        for (QAction *action :
             {mActions->profileAction(), mActions->memoAction(), mActions->mapAction(),
              mActions->dataAction(), mActions->copyMapAction()}) {
            QVERIFY(menu->actions().contains(action));
            QVERIFY(!action->text().isEmpty());
        }
        // The menu bar shows the menu's title (Rapporten), not the toolbar button's icon.
        QCOMPARE(menu->menuAction()->text(), gui::ReportActions::tr("&Reports"));
        QVERIFY(menu->menuAction()->icon().isNull());
        QVERIFY(menu->menuAction() != mActions->toolBarAction());
        QToolBar *toolBar = mWindow->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar->actions().contains(mActions->toolBarAction()));
        QVERIFY(mActions->toolBarAction()->menu());
        QCOMPARE(mActions->toolBarAction()->menu()->actions(), menu->actions());
    }

    void profileOfTheSelectedWijkEqualsTheCli()
    {
        gui::ReportSettings::setOutputFolder(mDir.path());
        mWindow->selection()->setSelection({QStringLiteral("WK999907")});
        gui::ProfileDialog dialog(mWindow->selection()->selected(), data().municipalityName(),
                                  data().lastYear());
        reports::ProfileRequest request = dialog.request();
        QCOMPARE(request.codes, QStringList{QStringLiteral("WK999907")});
        QCOMPARE(QFileInfo(request.outFile).fileName(),
                 QStringLiteral("wijkprofiel-WK999907-%1.pdf").arg(data().lastYear()));
        QCOMPARE(QFileInfo(request.outFile).absolutePath(),
                 QFileInfo(mDir.path()).absoluteFilePath());
        reports::ProfileResult result;
        QString error;
        QVERIFY2(mActions->runProfiles(request, &result, &error), qPrintable(error));
        QCOMPARE(result.files, QStringList{request.outFile});

        const test::CliResult cli =
            test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--region"), QStringLiteral("WK999907"),
                          QStringLiteral("--out"), path(QStringLiteral("cli-profile.pdf"))});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QString window = test::pdfText(request.outFile);
        QVERIFY(window.contains(QStringLiteral("Hoogkamp")));
        QVERIFY(window.contains(data().provenance().extractId));
        QCOMPARE(window, test::pdfText(path(QStringLiteral("cli-profile.pdf"))));
        QCOMPARE(test::pdfPages(request.outFile),
                 test::pdfPages(path(QStringLiteral("cli-profile.pdf"))));
    }

    void everyWijkIntoOneFileHasAContentsPage()
    {
        gui::ProfileDialog dialog({}, data().municipalityName(), data().lastYear());
        reports::ProfileRequest request = dialog.request();
        QVERIFY(request.all);
        request.outFile = path(QStringLiteral("alle-wijken.pdf"));
        // The batch renders in the child process: the window's event loop keeps running (a
        // timer fires all along) and its progress arrives wijk by wijk.
        int ticks = 0;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        QList<int> steps;
        const QMetaObject::Connection progress =
            connect(mActions, &gui::ReportActions::progress, this,
                    [&steps, &ticks](int done, int, const QString &) { steps << done << ticks; });
        timer.start();
        reports::ProfileResult result;
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(mActions->runProfiles(request, &result, &error), qPrintable(error));
        const qint64 elapsed = clock.elapsed();
        timer.stop();
        disconnect(progress);
        QCOMPARE(result.wijken, int(data().wijken().size()));
        QCOMPARE(result.files, QStringList{request.outFile});
        // At least one tick per 100 ms of the batch: the loop never stalled for the pages.
        QVERIFY2(ticks >= elapsed / 100,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed)));
        // Progress for every wijk, in order, with ticks in between (not all at the end).
        QVERIFY(steps.size() / 2 >= result.wijken);
        QCOMPARE(steps.front(), 0);
        QVERIFY2(steps.at(steps.size() - 1) > steps.at(1),
                 qPrintable(QStringLiteral("ticks at the first and last step: %1, %2")
                                .arg(steps.at(1))
                                .arg(steps.at(steps.size() - 1))));
        const QString text = flatText(request.outFile);
        QVERIFY(text.contains(QStringLiteral("Wijkprofielen Demostad")));
        QVERIFY(text.contains(QStringLiteral("Inhoud")));
        for (int w : data().wijken())
            QVERIFY2(text.contains(data().dataset().region(w).name),
                     qPrintable(data().dataset().region(w).name));
        QVERIFY(test::pdfPages(request.outFile) > int(data().wijken().size()));
    }

    void cancellingABatchHalfwayLeavesNoFile()
    {
        const int wijken = int(data().wijken().size());
        QVERIFY(wijken >= 4);
        for (const bool perWijk : {true, false}) {
            const QString folder =
                path(perWijk ? QStringLiteral("batch-each") : QStringLiteral("batch-one"));
            QVERIFY(QDir().mkpath(folder));
            reports::ProfileRequest request;
            request.all = true;
            if (perWijk)
                request.outDir = folder;
            else
                request.outFile = QDir(folder).filePath(QStringLiteral("alle.pdf"));
            int seen = 0;
            const QMetaObject::Connection halfway =
                connect(mActions, &gui::ReportActions::progress, this,
                        [this, &seen, wijken](int done, int, const QString &what) {
                            if (!what.isEmpty())
                                ++seen;
                            if (done == wijken / 2)
                                mActions->cancel();
                        });
            reports::ProfileResult result;
            QString error;
            QVERIFY(!mActions->runProfiles(request, &result, &error));
            disconnect(halfway);
            QVERIFY(result.cancelled);
            // Halfway means: some profiles were made before Cancel, and not all of them (the
            // child stops at its next wijk; the one it was making may still be finished).
            QVERIFY2(seen > 1 && seen < wijken, qPrintable(QString::number(seen)));
            QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(QLatin1Char(' '))));
            QVERIFY(!mActions->isRunning());
        }
    }

    //! A child that does not stop by itself (killed: the grace period ran out, the window
    //! closed) leaves nothing either: the window removes the profiles it finished and the
    //! temporary file it was writing.
    void aKilledJobLeavesNoFile()
    {
        const int wijken = int(data().wijken().size());
        const QString folder = path(QStringLiteral("batch-killed"));
        QVERIFY(QDir().mkpath(folder));
        // Something of the user's in the folder stays.
        const QString own = QDir(folder).filePath(QStringLiteral("notities.txt"));
        QFile note(own);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("eigen bestand");
        note.close();
        gui::ReportProcess job;
        job.setProgram(test::cliPath());
        reports::ProfileRequest request;
        request.all = true;
        request.outDir = folder;
        int killedAt = -1;
        connect(&job, &gui::ReportProcess::progress, this, [&](int done, int, const QString &) {
            if (done >= 2 && killedAt < 0) {
                killedAt = done;
                job.kill();
            }
        });
        job.start(gui::profileArguments(mWorkspace, request, gui::ShownScope()), {folder},
                  {QStringLiteral("wijkprofiel-*.pdf")});
        const gui::ReportProcess::Outcome outcome = job.waitForFinished();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QVERIFY2(killedAt >= 2 && killedAt < wijken, qPrintable(QString::number(killedAt)));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("notities.txt")});
    }

    //! Cancel pressed when the child has written its file (renamed into place) but not yet
    //! exited: the job finished, the file is whole, and the window says Cancel came too late.
    void aLateCancelLeavesTheWholeFileAndSaysSo()
    {
        reports::DataExportRequest request;
        request.indicators = QStringList{QStringLiteral("pct_laag_inkomen")};
        request.levels = {RegionLevel::Wijk};
        request.format = QStringLiteral("csv");
        request.out = path(QStringLiteral("laat.csv"));
        // The export's last step: "@progress 1 1" follows its "@written" line; it stops at no
        // step after it, so a Cancel then always comes too late.
        const QMetaObject::Connection last = connect(mActions, &gui::ReportActions::progress, this,
                                                     [this](int done, int total, const QString &) {
                                                         if (total == 1 && done == 1)
                                                             mActions->cancel();
                                                     });
        QStringList files;
        QString error;
        const bool written = mActions->runDataExport(request, &files, &error);
        disconnect(last);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(files, QStringList{request.out});
        QCOMPARE(mActions->cancelNote(),
                 gui::ReportActions::tr("Cancel came too late: the job had finished, and its "
                                        "files are complete."));
        const QList<QStringList> rows = csvRows(request.out);
        QCOMPARE(rows.size(),
                 1 + int(data().wijken().size()) * int(data().dataset().periodCount()));
        QVERIFY(filesIn(mDir.path()).filter(QStringLiteral("wijkmonitor-tmp")).isEmpty());

        // Cancel before the first step: nothing, and the window says so.
        const QMetaObject::Connection first =
            connect(mActions, &gui::ReportActions::progress, mActions, &gui::ReportActions::cancel);
        request.out = path(QStringLiteral("niets.csv"));
        QVERIFY(!mActions->runDataExport(request, &files, &error));
        disconnect(first);
        QVERIFY(!QFile::exists(request.out));
        QCOMPARE(mActions->cancelNote(), gui::ReportActions::tr("Cancelled: no file was written."));
    }

    //! A child stopped by force right after it replaced an existing file (the user agreed to
    //! replace it): the job is cancelled, so nothing of it stays, not the replaced file either;
    //! files it did not touch stay.
    void aKilledJobRemovesTheFileItReplaced()
    {
        const QString folder = path(QStringLiteral("replaced"));
        QVERIFY(QDir().mkpath(folder));
        const QString out = QDir(folder).filePath(QStringLiteral("gegevens.csv"));
        const QString other = QDir(folder).filePath(QStringLiteral("gegevens-trends.csv"));
        for (const QString &file : {out, other}) {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("oud");
        }
        QTest::qWait(20); // a later modification time for what the job writes
        reports::DataExportRequest request;
        request.indicators = QStringList{QStringLiteral("pct_laag_inkomen")};
        request.levels = {RegionLevel::Wijk};
        request.format = QStringLiteral("csv");
        request.out = out;
        gui::ReportProcess job;
        job.setProgram(test::cliPath());
        connect(&job, &gui::ReportProcess::progress, this,
                [&job](int done, int total, const QString &) {
                    if (done == 1 && total == 1)
                        job.kill(); // after "@written": the new file is in place
                });
        job.start(gui::dataArguments(mWorkspace, request, gui::ShownScope()), {folder},
                  {QStringLiteral("gegevens.csv"), QStringLiteral("gegevens-trends.csv")});
        const gui::ReportProcess::Outcome outcome = job.waitForFinished();
        if (outcome.ok) {
            // The child exited before the kill arrived: the whole new file stays.
            QVERIFY(!outcome.cancelled);
            QVERIFY(csvRows(out).size() > 1);
        } else {
            QVERIFY(outcome.cancelled);
            QVERIFY2(!QFile::exists(out), "the file the cancelled job replaced is removed");
        }
        QFile untouched(other);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray("oud"));
    }

    //! Cancel during a one-step job (the memo as PDF and ODT) leaves neither file.
    void cancellingTheMemoLeavesNoFile()
    {
        const QString folder = path(QStringLiteral("memo-cancelled"));
        QVERIFY(QDir().mkpath(folder));
        const QMetaObject::Connection first =
            connect(mActions, &gui::ReportActions::progress, mActions, &gui::ReportActions::cancel,
                    Qt::QueuedConnection);
        QString error;
        QVERIFY(!mActions->runMemo(reports::MemoOptions(),
                                   {QDir(folder).filePath(QStringLiteral("memo.pdf")),
                                    QDir(folder).filePath(QStringLiteral("memo.odt"))},
                                   &error));
        disconnect(first);
        QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(QLatin1Char(' '))));
    }

    void memoEqualsTheCliAndOffersPdfAndOdt()
    {
        gui::MemoDialog dialog(data(), reports::MemoOptions());
        const reports::MemoOptions options = dialog.options();
        QVERIFY(options.basket.empty());
        QStringList outputs = dialog.outputs();
        QCOMPARE(outputs.size(), 1);
        QCOMPARE(QFileInfo(outputs.front()).fileName(),
                 QStringLiteral("raadsmemo-Demostad-%1.pdf").arg(data().lastYear()));
        outputs = QStringList{path(QStringLiteral("memo.pdf")), path(QStringLiteral("memo.odt"))};
        QString error;
        QVERIFY2(mActions->runMemo(options, outputs, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("memo.odt"))));
        const test::CliResult cli =
            test::runCli({QStringLiteral("memo"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--out"), path(QStringLiteral("cli-memo.pdf"))});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QString window = test::pdfText(path(QStringLiteral("memo.pdf")));
        QVERIFY(window.contains(data().provenance().extractId));
        QVERIFY(window.contains(QStringLiteral("Signalen die het meest aandacht vragen")));
        QCOMPARE(window, test::pdfText(path(QStringLiteral("cli-memo.pdf"))));
    }

    void profilesAndTheMemoFollowTheWindowsDivision()
    {
        // A demo workspace of its own with the 2015→2020 area crosswalk of its buurt split,
        // shown converted to 2020: the memo and the profile made from the window are those of
        // `--division 2020` (before, the window's division was left out and the memo had no
        // word of the estimates).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = test::makeDemoWorkspace(dir);
        QVERIFY(!workspace.isEmpty());
        const test::CliResult derived = test::runCli(
            {QStringLiteral("crosswalk"), QStringLiteral("derive"), QStringLiteral("--workspace"),
             workspace, QStringLiteral("--from-year"), QStringLiteral("2015"),
             QStringLiteral("--to-year"), QStringLiteral("2020"), QStringLiteral("--weights"),
             QStringLiteral("area")});
        QVERIFY2(derived.exitCode == 0, qPrintable(derived.err));

        gui::MainWindow window;
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(workspace));
        auto *actions = window.findChild<gui::ReportActions *>();
        QVERIFY(actions);
        actions->setInteractive(false);
        actions->setCliProgram(test::cliPath());
        auto *box = window.findChild<QComboBox *>(QStringLiteral("divisionBox"));
        QVERIFY(box);
        const int index = box->findData(2020);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
        QTRY_COMPARE(window.session()->division(), 2020);

        QString error;
        const QString memo = dir.filePath(QStringLiteral("memo-2020.pdf"));
        QVERIFY2(actions->runMemo(reports::MemoOptions(), {memo}, &error), qPrintable(error));
        const test::CliResult cliMemo = test::runCli(
            {QStringLiteral("memo"), QStringLiteral("--workspace"), workspace,
             QStringLiteral("--division"), QStringLiteral("2020"), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("cli-memo-2020.pdf"))});
        QVERIFY2(cliMemo.exitCode == 0, qPrintable(cliMemo.err));
        const QString memoText = test::pdfText(memo);
        QVERIFY2(memoText.contains(QStringLiteral("Omgerekende cijfers")), qPrintable(memoText));
        QCOMPARE(memoText, test::pdfText(dir.filePath(QStringLiteral("cli-memo-2020.pdf"))));

        reports::ProfileRequest request;
        request.codes = QStringList{QStringLiteral("WK999909")};
        request.outFile = dir.filePath(QStringLiteral("profile-2020.pdf"));
        reports::ProfileResult result;
        QVERIFY2(actions->runProfiles(request, &result, &error), qPrintable(error));
        const test::CliResult cliProfile = test::runCli(
            {QStringLiteral("report"), QStringLiteral("--workspace"), workspace,
             QStringLiteral("--division"), QStringLiteral("2020"), QStringLiteral("--region"),
             QStringLiteral("WK999909"), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("cli-profile-2020.pdf"))});
        QVERIFY2(cliProfile.exitCode == 0, qPrintable(cliProfile.err));
        QCOMPARE(test::pdfText(request.outFile),
                 test::pdfText(dir.filePath(QStringLiteral("cli-profile-2020.pdf"))));
        // And the arguments themselves: the shown division and, for every wijk, the focus.
        reports::ProfileRequest all;
        all.all = true;
        all.outDir = dir.path();
        const QStringList arguments =
            gui::profileArguments(workspace, all, gui::ShownScope{QStringLiteral("GM9999"), 2020});
        QVERIFY(arguments.join(QLatin1Char(' ')).contains(QStringLiteral("--division 2020")));
        QVERIFY(arguments.join(QLatin1Char(' ')).contains(QStringLiteral("--all --focus GM9999")));
    }

    void theBasketLeadsTheMemoAndStaysWithTheWorkspace()
    {
        // Two favourable signals, in the reverse of the engine's order: the basket decides.
        std::vector<const engine::Signal *> favourable;
        for (const engine::Signal &signal : data().levelSignals(RegionLevel::Wijk))
            if (!signal.smallNumbers && signal.assessment == engine::SignalAssessment::Favourable)
                favourable.push_back(&signal);
        QVERIFY(favourable.size() >= 2);
        const engine::Dataset &dataset = data().dataset();
        reports::MemoOptions basket;
        for (const engine::Signal *signal : {favourable[1], favourable[0]})
            basket.basket.push_back(
                {dataset.region(signal->region).code, dataset.indicator(signal->indicator).code});
        basket.opening = QStringLiteral("Deze memo is voor de commissie Samenleving.");
        QString error;
        QVERIFY2(mActions->saveMemoBasket(basket, &error), qPrintable(error));
        const reports::MemoOptions stored = mActions->memoBasket();
        QCOMPARE(int(stored.basket.size()), 2);
        QCOMPARE(stored.basket[0].region, basket.basket[0].region);
        QCOMPARE(stored.basket[0].indicator, basket.basket[0].indicator);
        QCOMPARE(stored.opening, basket.opening);

        // The dialog shows the basket ticked, in its order, and previews the first page.
        gui::MemoDialog dialog(data(), stored);
        const reports::MemoOptions chosen = dialog.options();
        QCOMPARE(int(chosen.basket.size()), 2);
        QCOMPARE(chosen.basket[1].indicator, basket.basket[1].indicator);
        dialog.updatePreview();
        const QImage preview = dialog.preview();
        QVERIFY(!preview.isNull());
        QCOMPARE(preview.width(), 380);
        QVERIFY(preview.height() > preview.width());
        int ink = 0;
        for (int y = 0; y < preview.height(); y += 4)
            for (int x = 0; x < preview.width(); x += 4)
                ink += qGray(preview.pixel(x, y)) < 128;
        QVERIFY2(ink > 50, qPrintable(QString::number(ink))); // text, not a blank page

        QVERIFY2(mActions->runMemo(chosen, {path(QStringLiteral("memo-basket.pdf"))}, &error),
                 qPrintable(error));
        const QString text = flatText(path(QStringLiteral("memo-basket.pdf")));
        QVERIFY(text.contains(basket.opening));
        QVERIFY(text.contains(QStringLiteral("Gekozen signalen")));
        QString first = favourable[1]->explanation;
        QString second = favourable[0]->explanation;
        first.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        second.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        const int chosenAt = text.indexOf(QStringLiteral("Gekozen signalen"));
        const QString head = first.left(25);
        QVERIFY2(text.indexOf(head, chosenAt) > chosenAt, qPrintable(head));
        QVERIFY(text.indexOf(head, chosenAt) < text.indexOf(second.left(25), chosenAt));
        // Not repeated among the improvements.
        const int improvements = text.indexOf(QStringLiteral("Verbeteringen"), chosenAt);
        const int movers = text.indexOf(QStringLiteral("Grootste bewegers"), chosenAt);
        QVERIFY(movers > chosenAt);
        if (improvements > 0)
            QVERIFY2(!text.mid(improvements, movers - improvements).contains(first.left(60)),
                     qPrintable(first.left(60)));
        // The command line's --basket reads the basket the window kept: the same memo.
        const test::CliResult cli =
            test::runCli({QStringLiteral("memo"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--basket"), QStringLiteral("--out"),
                          path(QStringLiteral("cli-memo-basket.pdf"))});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QCOMPARE(flatText(path(QStringLiteral("cli-memo-basket.pdf"))), text);
        // Without the basket again: the engine's order.
        QVERIFY(mActions->saveMemoBasket(reports::MemoOptions(), &error));
        QVERIFY(mActions->memoBasket().basket.empty());
    }

    void tickingInTheSignalsListFillsTheBasket()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!mWindow->signalsPending(), 60000);
        QTreeView *view =
            mWindow->signalsList()->findChild<QTreeView *>(QStringLiteral("signalsView"));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QModelIndex tickable;
        for (int row = 0; row < model->rowCount() && !tickable.isValid(); ++row)
            if (model->index(row, 0).flags() & Qt::ItemIsUserCheckable)
                tickable = model->index(row, 0);
        QVERIFY(tickable.isValid());
        const widgets::SignalEntry entry = mWindow->signalsList()->visibleEntry(tickable.row());
        QVERIFY(model->setData(tickable, Qt::Checked, Qt::CheckStateRole));
        reports::MemoOptions stored = mActions->memoBasket();
        QCOMPARE(int(stored.basket.size()), 1);
        QCOMPARE(stored.basket[0].region, entry.region);
        QCOMPARE(stored.basket[0].indicator, entry.indicator);
        // Reopening the workspace ticks the stored basket again.
        QVERIFY(mWindow->openWorkspace(mWorkspace));
        QTRY_VERIFY_WITH_TIMEOUT(!mWindow->signalsPending(), 60000);
        QCOMPARE(mWindow->signalsList()->memoBasket().size(), 1);
        QString error;
        QVERIFY(mActions->saveMemoBasket(reports::MemoOptions(), &error));
    }

    void mapExportEqualsTheCli()
    {
        mWindow->setCurrentLevel(RegionLevel::Wijk);
        mWindow->setCurrentIndicator(QStringLiteral("pct_laag_inkomen"));
        mWindow->setCurrentPeriod(data().lastYear());
        mWindow->setMapMode(maps::MapMode::Value);
        mWindow->mapView()->setClassificationMethod(maps::ClassificationMethod::Quantile);
        mWindow->mapView()->setClassCount(5);
        gui::WindowMapState state(mWindow.get());
        const reports::MapExportRequest onScreen = state.currentMap();
        QCOMPARE(onScreen.indicator, QStringLiteral("pct_laag_inkomen"));
        QCOMPARE(onScreen.period, data().lastYear());
        QCOMPARE(onScreen.level, RegionLevel::Wijk);
        QCOMPARE(onScreen.workspace, mWorkspace);
        // "Same classes every year" is on in the window by default: so in the sheet.
        QVERIFY(mWindow->mapView()->fixedClasses());
        QVERIFY(onScreen.classesOverAllYears);

        gui::MapExportDialog dialog(onScreen, QStringLiteral("Huishoudens met laag inkomen"));
        reports::MapExportRequest request = dialog.request();
        QCOMPARE(QFileInfo(request.out).fileName(),
                 QStringLiteral("kaart-pct_laag_inkomen-wijk-%1.pdf").arg(data().lastYear()));
        QVERIFY(request.title.isEmpty()); // the default title: the indicator's name
        request.extent = QgsRectangle();  // the whole area, as the CLI draws it
        request.out = path(QStringLiteral("kaart.pdf"));
        QString error;
        QVERIFY2(mActions->runMapExport(request, &error), qPrintable(error));

        const test::CliResult cli = test::runCli(
            {QStringLiteral("map"), QStringLiteral("--workspace"), mWorkspace,
             QStringLiteral("--indicator"), QStringLiteral("pct_laag_inkomen"),
             QStringLiteral("--period"), QString::number(data().lastYear()),
             QStringLiteral("--level"), QStringLiteral("wijk"), QStringLiteral("--out"),
             path(QStringLiteral("cli-kaart.pdf")), QStringLiteral("--same-classes")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QString window = test::pdfText(request.out);
        QVERIFY(window.contains(data().provenance().extractId));
        QCOMPARE(test::pdfPages(request.out), 1);
        QCOMPARE(window, test::pdfText(path(QStringLiteral("cli-kaart.pdf"))));

        // The part on screen is what the sheet shows when the whole area is not asked for.
        request = dialog.request();
        request.out = path(QStringLiteral("kaart-scherm.png"));
        QVERIFY2(mActions->runMapExport(request, &error), qPrintable(error));
        QVERIFY(!QImage(request.out).isNull());
    }

    void dataExportOfWhatIsOnScreen()
    {
        const QString indicator = QStringLiteral("pct_laag_inkomen");
        gui::DataExportDialog dialog(indicator, {indicator}, RegionLevel::Wijk,
                                     data().municipalityName());
        reports::DataExportRequest request = dialog.request();
        QCOMPARE(request.format, QStringLiteral("xlsx"));
        QCOMPARE(request.indicators, QStringList{indicator});
        QCOMPARE(QFileInfo(request.out).fileName(), QStringLiteral("gegevens-Demostad.xlsx"));

        // CSV: this indicator over all years, the wijken, with provenance; the CLI's bytes.
        request.format = QStringLiteral("csv");
        request.out = path(QStringLiteral("gegevens.csv"));
        QStringList files;
        QString error;
        QVERIFY2(mActions->runDataExport(request, &files, &error), qPrintable(error));
        QCOMPARE(files, QStringList{request.out});
        QFile csv(request.out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(indicator));
        QVERIFY(text.contains(QStringLiteral("WK999907")));
        QVERIFY(!text.contains(QStringLiteral("BU9999")));
        QVERIFY(text.contains(data().provenance().extractId));
        for (int year : data().dataset().periods())
            QVERIFY(text.contains(QString::number(year)));
        const test::CliResult cli = test::runCli(
            {QStringLiteral("export"), QStringLiteral("--workspace"), mWorkspace,
             QStringLiteral("--indicator"), indicator, QStringLiteral("--level"),
             QStringLiteral("wijk"), QStringLiteral("--out"), path(QStringLiteral("cli.csv"))});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QFile cliCsv(path(QStringLiteral("cli.csv")));
        QVERIFY(cliCsv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(cliCsv.readAll()), text);

        // XLSX with a trends sheet.
        request.format = QStringLiteral("xlsx");
        request.trends = true;
        request.out = path(QStringLiteral("gegevens.xlsx"));
        QVERIFY2(mActions->runDataExport(request, &files, &error), qPrintable(error));
        QCOMPARE(files, QStringList{request.out});
        const QString workbook = test::zipEntryText(request.out, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains(QStringLiteral("trends")), qPrintable(workbook));
        const QString strings =
            test::zipEntryText(request.out, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains(QStringLiteral("WK999907")));

        // GeoPackage: the values with the wijk boundaries.
        request.format = QStringLiteral("gpkg");
        request.trends = false;
        request.out = path(QStringLiteral("gegevens.gpkg"));
        QVERIFY2(mActions->runDataExport(request, &files, &error), qPrintable(error));
        GDALDatasetH gpkg =
            GDALOpenEx(request.out.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(gpkg);
        QStringList layers;
        qint64 features = 0;
        bool polygons = false;
        for (int i = 0; i < GDALDatasetGetLayerCount(gpkg); ++i) {
            OGRLayerH layer = GDALDatasetGetLayer(gpkg, i);
            layers << QString::fromUtf8(OGR_L_GetName(layer));
            features += OGR_L_GetFeatureCount(layer, 1);
            polygons = polygons || wkbFlatten(OGR_L_GetGeomType(layer)) == wkbMultiPolygon ||
                       wkbFlatten(OGR_L_GetGeomType(layer)) == wkbPolygon;
        }
        GDALClose(gpkg);
        QVERIFY2(layers.join(QLatin1Char(' ')).contains(QStringLiteral("wijk")),
                 qPrintable(layers.join(QLatin1Char(' '))));
        QVERIFY(polygons);
        QVERIFY(features >= qint64(data().wijken().size()));
    }

    //! "Gegevens exporteren…" of the table as shown: buurten, filtered and sorted on the last
    //! year descending, as CSV; then the theme's indicators across at wijk level as XLSX.
    //! Read back, each file holds the table's rows in the table's order, the values as shown
    //! and withheld values as empty cells with status "suppressed".
    void dataExportOfTheTableAsShown()
    {
        const QString indicator = QStringLiteral("pct_laag_inkomen");
        const QString indicatorBefore = mWindow->currentIndicator();
        const RegionLevel levelBefore = mWindow->currentLevel();
        mWindow->setCurrentIndicator(indicator);
        mWindow->setCurrentLevel(RegionLevel::Buurt);
        widgets::ValuesTableView *view = mWindow->tableView();
        view->setColumns(widgets::ValuesTableView::Columns::Periods);
        emit view->columnsChosen(widgets::ValuesTableView::Columns::Periods);
        const int all = view->proxy()->rowCount();
        view->filterEdit()->setText(QStringLiteral("e"));
        const int lastYear = data().lastYear();
        const presentation::TableData &table = view->model()->tableData();
        const int sortColumn = presentation::tableColumnOfKey(
            table, QStringLiteral("%1_%2").arg(indicator).arg(lastYear));
        QVERIFY(sortColumn >= presentation::TableFirstValueColumn);
        view->tableView()->sortByColumn(sortColumn, Qt::DescendingOrder);
        const QList<ShownRow> shown = shownRows();
        QVERIFY2(shown.size() > 3 && shown.size() < all, qPrintable(QString::number(shown.size())));
        int withheld = 0;
        for (const ShownRow &row : shown)
            for (const presentation::TableCell &cell : row.cells)
                withheld += cell.status == ValueStatus::Suppressed;
        QVERIFY2(withheld > 0, "the demo's small buurten withhold some values");

        const gui::WindowMapState state(mWindow.get());
        int rows = 0;
        const reports::DataExportRequest onScreen = state.currentTable(&rows);
        QCOMPARE(rows, shown.size());
        gui::DataExportDialog dialog(indicator, {indicator}, RegionLevel::Buurt,
                                     data().municipalityName());
        dialog.setShownTable(onScreen, rows);
        reports::DataExportRequest request = dialog.request();
        QVERIFY2(request.table, "the table as shown is the dialog's default");
        QCOMPARE(request.table->filter, QStringLiteral("e"));
        QVERIFY(request.table->descending);
        request.format = QStringLiteral("csv");
        request.out = path(QStringLiteral("tabel.csv"));
        QStringList files;
        QString error;
        QVERIFY2(mActions->runDataExport(request, &files, &error), qPrintable(error));
        QCOMPARE(files, QStringList{request.out});

        const QList<QStringList> csv = csvRows(request.out);
        QCOMPARE(csv.size(), shown.size() + 1);
        const QStringList header = csv.front();
        QCOMPARE(header.mid(0, 2), (QStringList{"region_code", "region_name"}));
        QCOMPARE(header.size(), 2 + 2 * table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c)
            QCOMPARE(header.at(2 + 2 * c), table.columns.at(c).key);
        int emptyWithheld = 0;
        for (int r = 0; r < shown.size(); ++r) {
            const QStringList &line = csv.at(r + 1);
            QCOMPARE(line.at(0), shown.at(r).code);
            QCOMPARE(line.at(1), shown.at(r).name);
            for (int c = 0; c < table.columns.size(); ++c) {
                const presentation::TableCell &cell = shown.at(r).cells.at(c);
                const QString value = line.at(2 + 2 * c);
                const QString status = line.at(3 + 2 * c);
                if (cell.status == ValueStatus::Suppressed) {
                    QVERIFY2(value.isEmpty(), qPrintable(shown.at(r).code + ": " + value));
                    QCOMPARE(status, QStringLiteral("suppressed"));
                    ++emptyWithheld;
                    continue;
                }
                const QString expected = exported(cell, table.columns.at(c).decimals);
                QVERIFY2(
                    expected.isEmpty() ? value.isEmpty()
                                       : qFuzzyCompare(value.toDouble(), expected.toDouble()),
                    qPrintable(QStringLiteral("%1 %2: %3, shown %4")
                                   .arg(shown.at(r).code, header.at(2 + 2 * c), value, expected)));
            }
        }
        QCOMPARE(emptyWithheld, withheld);
        QFile provenance(request.out);
        QVERIFY(provenance.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(provenance.readAll());
        QVERIFY(text.contains(data().provenance().extractId));
        QVERIFY2(text.contains(QStringLiteral("# view: table, years across: %1").arg(indicator)),
                 qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("level buurt")));

        // The same file from the command line's own options (one code path).
        QStringList arguments = gui::dataArguments(mWorkspace, request, gui::ShownScope());
        arguments.last() = path(QStringLiteral("tabel-cli.csv"));
        const test::CliResult cli = test::runCli(arguments);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QCOMPARE(csvRows(path(QStringLiteral("tabel-cli.csv"))), csv);

        // The theme's indicators across, at wijk level, sorted on name: XLSX read back.
        mWindow->setCurrentLevel(RegionLevel::Wijk);
        view->filterEdit()->clear();
        view->setColumns(widgets::ValuesTableView::Columns::Indicators);
        emit view->columnsChosen(widgets::ValuesTableView::Columns::Indicators);
        view->tableView()->sortByColumn(presentation::TableNameColumn, Qt::AscendingOrder);
        const QList<ShownRow> wijken = shownRows();
        QCOMPARE(wijken.size(), int(data().wijken().size()));
        const reports::DataExportRequest themeTable = state.currentTable(&rows);
        QVERIFY(themeTable.table);
        QCOMPARE(themeTable.table->across, reports::TableViewRequest::Across::Indicators);
        QVERIFY(themeTable.indicators.size() > 1);
        dialog.setShownTable(themeTable, rows);
        request = dialog.request();
        request.format = QStringLiteral("xlsx");
        request.out = path(QStringLiteral("tabel.xlsx"));
        QVERIFY2(mActions->runDataExport(request, &files, &error), qPrintable(error));
        GDALDatasetH xlsx =
            GDALOpenEx(request.out.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(xlsx);
        OGRLayerH sheet = GDALDatasetGetLayerByName(xlsx, "table");
        QVERIFY(sheet);
        QStringList codes;
        OGR_L_ResetReading(sheet);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(sheet);
        const int codeField = OGR_FD_GetFieldIndex(definition, "region_code");
        const QByteArray firstKey = themeTable.indicators.front().toUtf8();
        const int firstValue = OGR_FD_GetFieldIndex(definition, firstKey.constData());
        QVERIFY(codeField >= 0 && firstValue >= 0);
        int r = 0;
        while (OGRFeatureH feature = OGR_L_GetNextFeature(sheet)) {
            codes << QString::fromUtf8(OGR_F_GetFieldAsString(feature, codeField));
            if (r < wijken.size()) {
                const presentation::TableCell &cell = wijken.at(r).cells.at(0);
                const QString expected =
                    exported(cell, view->model()->tableData().columns.at(0).decimals);
                if (expected.isEmpty())
                    QVERIFY(!OGR_F_IsFieldSetAndNotNull(feature, firstValue));
                else
                    WIJK_COMPARE_NEAR(OGR_F_GetFieldAsDouble(feature, firstValue),
                                      expected.toDouble(), 1e-9);
            }
            ++r;
            OGR_F_Destroy(feature);
        }
        GDALClose(xlsx);
        QStringList expectedCodes;
        for (const ShownRow &row : wijken)
            expectedCodes << row.code;
        QCOMPARE(codes, expectedCodes);

        view->setColumns(widgets::ValuesTableView::Columns::Periods);
        emit view->columnsChosen(widgets::ValuesTableView::Columns::Periods);
        mWindow->setCurrentIndicator(indicatorBefore);
        mWindow->setCurrentLevel(levelBefore);
    }

    //! The memo dialog's offer, summary and preview follow the window's focus, as the memo
    //! written from it does: Demostad with a second gemeente (the Hilversum test extract).
    void theMemoPreviewFollowsTheFocus()
    {
        const QString both = path(QStringLiteral("twee-gemeenten.gpkg"));
        QVERIFY(QFile::copy(mWorkspace, both));
        const test::CliResult imported =
            test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), both,
                          test::dataPath(QStringLiteral("extracts/valid"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QString error;
        const auto twoGemeenten = reports::ReportData::load(both, &error);
        QVERIFY2(twoGemeenten, qPrintable(error));
        const engine::Dataset &dataset = twoGemeenten->dataset();
        QVERIFY(engine::RegionFocus::needsFocus(dataset));
        QString demostad;
        for (int r : dataset.regionsOfLevel(RegionLevel::Gemeente))
            if (dataset.region(r).code != QLatin1String("GM0402"))
                demostad = dataset.region(r).code;
        QCOMPARE(demostad, QStringLiteral("GM9999"));

        gui::MemoDialog everywhere(*twoGemeenten, reports::MemoOptions());
        reports::MemoOptions focused;
        focused.focus = QStringList{QStringLiteral("GM0402")};
        gui::MemoDialog hilversum(*twoGemeenten, focused);
        QCOMPARE(hilversum.options().focus, focused.focus);
        // Demostad's signals are not offered with Hilversum in focus.
        const auto offered = [](const gui::MemoDialog &dialog) {
            return dialog.findChild<QListWidget *>(QStringLiteral("memoSignals"))->count();
        };
        QVERIFY(offered(everywhere) > 0);
        QCOMPARE(offered(hilversum), 0);
        hilversum.updatePreview();
        everywhere.updatePreview();
        QVERIFY(!hilversum.preview().isNull());
        QVERIFY(hilversum.preview() != everywhere.preview());
        // The preview is the first page of the memo with the focus (what is saved).
        QCOMPARE(hilversum.preview(),
                 reports::memoFirstPage(*twoGemeenten, hilversum.options(), 380, &error));
        reports::MemoOptions onDemostad;
        onDemostad.focus = QStringList{demostad};
        gui::MemoDialog demostadDialog(*twoGemeenten, onDemostad);
        QVERIFY(offered(demostadDialog) > 0);
        QVERIFY(offered(demostadDialog) <= offered(everywhere));
    }

    //! The dialog asks before it replaces a file; No leaves the file byte-identical, Yes
    //! replaces it, and the Done box opens the file or its folder (QDesktopServices).
    void anExistingFileIsReplacedOnlyWhenAskedAndTheResultOpens()
    {
        const QString folder = path(QStringLiteral("vervangen"));
        QVERIFY(QDir().mkpath(folder));
        gui::ReportSettings::setOutputFolder(folder);
        mWindow->setCurrentIndicator(QStringLiteral("pct_laag_inkomen"));
        const QString target = QDir(folder).filePath(
            QStringLiteral("gegevens-%1.xlsx").arg(data().municipalityName()));
        const QByteArray before("not a workbook: the user's own file");
        {
            QFile existing(target);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write(before);
        }
        const auto isDialog = [](QWidget *widget) {
            return widget->objectName() == QLatin1String("dataExportDialog");
        };
        const auto accept = [](QWidget *widget) { QMetaObject::invokeMethod(widget, "accept"); };
        const auto reject = [](QWidget *widget) { QMetaObject::invokeMethod(widget, "reject"); };
        const auto answer = [](QMessageBox::StandardButton which) {
            return [which](QWidget *widget) {
                qobject_cast<QMessageBox *>(widget)->button(which)->click();
            };
        };
        mActions->setInteractive(true);
        mOpened.clear();
        // No: the dialog stays, Cancel closes it; the file is untouched.
        QCOMPARE(converse(mActions->dataAction(), {{isDialog, accept},
                                                   {isQuestion, answer(QMessageBox::No)},
                                                   {isDialog, reject}}),
                 3);
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), before);
        kept.close();
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(target).fileName()});

        // Yes: replaced by the export; Open opens the file.
        QCOMPARE(
            converse(mActions->dataAction(),
                     {{isDialog, accept},
                      {isQuestion, answer(QMessageBox::Yes)},
                      {isDoneBox, [](QWidget *box) { clickRole(box, QMessageBox::AcceptRole); }}}),
            3);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll() != before);
        kept.close();
        // The dialog's default: the table as shown (a sheet "table").
        QVERIFY(test::zipEntryText(target, QStringLiteral("xl/workbook.xml"))
                    .contains(QStringLiteral("table")));
        QCOMPARE(mOpened, QList<QUrl>{QUrl::fromLocalFile(target)});

        // Show in folder opens the folder.
        mOpened.clear();
        QCOMPARE(
            converse(mActions->dataAction(),
                     {{isDialog, accept},
                      {isQuestion, answer(QMessageBox::Yes)},
                      {isDoneBox, [](QWidget *box) { clickRole(box, QMessageBox::ActionRole); }}}),
            3);
        QCOMPARE(mOpened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(target).absolutePath())});
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(target).fileName()});
        mActions->setInteractive(false);
        gui::ReportSettings::setOutputFolder(mDir.path());
    }

    void copyMapPutsTheCanvasOnTheClipboard()
    {
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
        QApplication::clipboard()->clear();
        mActions->copyMapAction()->trigger();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasImage());
        const QImage image = QApplication::clipboard()->image();
        const QgsMapCanvas *canvas = mWindow->mapView()->canvas();
        QCOMPARE(image.size(), canvas->size() * canvas->devicePixelRatioF());
    }

    void theBuiltInLayoutsAreCopiedAsAStart()
    {
        const QString folder = path(QStringLiteral("own-layouts"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(gui::ReportSettings::copyBuiltInTemplates(folder),
                 (QStringList{QStringLiteral("wijkprofiel.qpt"),
                              QStringLiteral("wijk_map_a4_landscape.qpt")}));
        QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("wijkprofiel.qpt"))).isWritable());
        QVERIFY(gui::ReportSettings::copyBuiltInTemplates(folder).isEmpty()); // kept, not replaced
        gui::ReportSettings::setTemplateFolder(folder);
        QCOMPARE(gui::ReportSettings::mapTemplate(),
                 QDir(folder).filePath(QStringLiteral("wijk_map_a4_landscape.qpt")));
        gui::ProfileDialog dialog({QStringLiteral("WK999907")}, data().municipalityName(),
                                  data().lastYear());
        reports::ProfileRequest request = dialog.request();
        QCOMPARE(request.templatePath, QDir(folder).filePath(QStringLiteral("wijkprofiel.qpt")));
        request.outFile = path(QStringLiteral("eigen-sjabloon.pdf"));
        reports::ProfileResult result;
        QString error;
        QVERIFY2(mActions->runProfiles(request, &result, &error), qPrintable(error));
        QCOMPARE(test::pdfText(request.outFile),
                 test::pdfText(path(QStringLiteral("cli-profile.pdf"))));
        gui::ReportSettings::setTemplateFolder(QString());
    }

    void aBrokenTemplateFallsBackToTheBuiltInOne()
    {
        const QString folder = path(QStringLiteral("templates"));
        QVERIFY(QDir().mkpath(folder));
        QFile broken(QDir(folder).filePath(QStringLiteral("wijkprofiel.qpt")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<Layout><not closed");
        broken.close();
        gui::ReportSettings::setTemplateFolder(folder);
        gui::ProfileDialog dialog({QStringLiteral("WK999907")}, data().municipalityName(),
                                  data().lastYear());
        reports::ProfileRequest request = dialog.request();
        QCOMPARE(request.templatePath, broken.fileName());
        request.outFile = path(QStringLiteral("met-sjabloon.pdf"));
        // The warning names the template (in the interface's language, here Dutch).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(
                                               QDir::toNativeSeparators(broken.fileName()))));
        reports::ProfileResult result;
        QString error;
        QVERIFY2(mActions->runProfiles(request, &result, &error), qPrintable(error));
        QCOMPARE(flatText(request.outFile), flatText(path(QStringLiteral("cli-profile.pdf"))));
        gui::ReportSettings::setTemplateFolder(QString());
    }

    //! The README tour's "Make the report" pictures (scripts/screenshots.sh runs this under
    //! Xvfb with WIJK_SCREENSHOT_DIR set): the Reports menu, the dialogs in Dutch, the progress
    //! dialog and the Done box of a batch, and the first result pages. The memo dialog and
    //! the memo page show the same ticked basket.
    void screenshotsForTheTour()
    {
        const QString out = qEnvironmentVariable("WIJK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("WIJK_SCREENSHOT_DIR is not set");
        mWindow->setLanguage(QStringLiteral("nl"));
        const QString documents = QDir::home().filePath(QStringLiteral("Documenten"));
        QVERIFY(QDir().mkpath(documents));
        gui::ReportSettings::setOutputFolder(documents);
        mWindow->selection()->setSelection({QStringLiteral("WK999907")});
        auto save = [&out](QWidget *widget, const QString &name) {
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            QTest::qWait(200);
            QVERIFY(widget->grab().save(QDir(out).filePath(name)));
        };
        {
            // The window with the Reports menu open: the menu is a window of its own, so it
            // is painted onto the window's picture where it lies on screen.
            mWindow->resize(1366, 768);
            mWindow->show();
            QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
            mWindow->mapView()->canvas()->refresh();
            QTest::qWait(500);
            QTRY_VERIFY_WITH_TIMEOUT(!mWindow->mapView()->canvas()->isDrawing(), 20000);
            QMenu *menu = mActions->menu();
            const QRect entry = mWindow->menuBar()->actionGeometry(menu->menuAction());
            menu->popup(mWindow->menuBar()->mapToGlobal(entry.bottomLeft()));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QTest::qWait(300);
            QPixmap picture = mWindow->grab();
            {
                QPainter painter(&picture);
                painter.drawPixmap(mWindow->mapFromGlobal(menu->pos()), menu->grab());
            }
            menu->hide();
            QVERIFY(picture.copy(0, 0, picture.width(), 260)
                        .save(QDir(out).filePath(QStringLiteral("report-nl-menu.png"))));
        }
        {
            gui::ProfileDialog dialog(mWindow->selection()->selected(), data().municipalityName(),
                                      data().lastYear(), mWindow.get());
            save(&dialog, QStringLiteral("report-nl-profile-dialog.png"));
        }
        reports::MemoOptions chosen;
        {
            // A basket: the first three unfavourable wijk signals of the engine's order.
            reports::MemoOptions basket;
            const engine::Dataset &dataset = data().dataset();
            for (const engine::Signal *signal : reports::memoLeadSignals(data(), basket)) {
                if (basket.basket.size() == 3)
                    break;
                basket.basket.push_back({dataset.region(signal->region).code,
                                         dataset.indicator(signal->indicator).code});
            }
            QCOMPARE(int(basket.basket.size()), 3);
            basket.opening = QStringLiteral("Deze memo zet de signalen uit de wijkmonitor op een "
                                            "rij voor de commissie Samenleving.");
            gui::MemoDialog dialog(data(), basket, mWindow.get());
            dialog.resize(1280, dialog.sizeHint().height());
            dialog.updatePreview();
            chosen = dialog.options();
            QCOMPARE(int(chosen.basket.size()), 3);
            save(&dialog, QStringLiteral("report-nl-memo-dialog.png"));
        }
        QString error;
        const QString memo = path(QStringLiteral("memo-tour.pdf"));
        QVERIFY2(mActions->runMemo(chosen, {memo}, &error), qPrintable(error));
        {
            gui::WindowMapState state(mWindow.get());
            gui::MapExportDialog dialog(
                state.currentMap(),
                // The indicator's name, as the window passes it: the sheet's title.
                data()
                    .dataset()
                    .indicator(data().dataset().indicatorIndex(QStringLiteral("pct_laag_inkomen")))
                    .name,
                mWindow.get());
            save(&dialog, QStringLiteral("report-nl-map-dialog.png"));
        }
        {
            // A batch of all wijken from the menu: the progress dialog halfway, then the
            // Done box with Open and Show in folder.
            mWindow->selection()->setSelection({});
            const QString batch = QDir(documents).filePath(gui::ReportSettings::profilesFileName(
                data().municipalityName(), data().lastYear()));
            QFile::remove(batch);
            const int wijken = int(data().wijken().size());
            mActions->setInteractive(true);
            QCOMPARE(
                converse(mActions->profileAction(),
                         {{[](QWidget *widget) {
                               return widget->objectName() == QLatin1String("profileDialog");
                           },
                           [](QWidget *widget) { QMetaObject::invokeMethod(widget, "accept"); }},
                          {[wijken](QWidget *widget) {
                               auto *progress = qobject_cast<QProgressDialog *>(widget);
                               return progress && progress->value() >= wijken / 2;
                           },
                           [&out](QWidget *widget) {
                               QVERIFY(widget->grab().save(
                                   QDir(out).filePath(QStringLiteral("report-nl-progress.png"))));
                           }},
                          {isDoneBox,
                           [&out](QWidget *widget) {
                               QVERIFY(widget->grab().save(
                                   QDir(out).filePath(QStringLiteral("report-nl-done.png"))));
                               clickRole(widget, QMessageBox::RejectRole);
                           }}}),
                3);
            mActions->setInteractive(false);
            QVERIFY(QFileInfo::exists(batch));
        }
        // The result pages, as pdftoppm renders them.
        const QStringList pages{path(QStringLiteral("cli-profile.pdf")), memo,
                                path(QStringLiteral("kaart.pdf"))};
        const QStringList names{QStringLiteral("report-nl-profile-page"),
                                QStringLiteral("report-nl-memo-page"),
                                QStringLiteral("report-nl-map-page")};
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY(QFileInfo::exists(pages[i]));
            test::tool(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                        QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                        QStringLiteral("1"), QStringLiteral("-singlefile"), pages[i],
                        QDir(out).filePath(names[i])});
            QVERIFY(QFileInfo::exists(QDir(out).filePath(names[i] + QStringLiteral(".png"))));
        }
    }

    //! Issue 15: with a composite index of wijken the window's profile (made by the command
    //! line in a child process) has the index page too, the same as the CLI's. The last case:
    //! it adds the index to the suite's workspace.
    void profileWithACompositeIndexEqualsTheCli()
    {
        const test::CliResult index = test::runCli(
            {QStringLiteral("index"), QStringLiteral("--workspace"), mWorkspace,
             QStringLiteral("--code"), QStringLiteral("wijkindex"), QStringLiteral("--name"),
             QStringLiteral("Wijkindex"), QStringLiteral("--level"), QStringLiteral("wijk"),
             QStringLiteral("--component"), QStringLiteral("ink_per_inwoner:1:Inkomen"),
             QStringLiteral("--component"), QStringLiteral("misdrijven_per_1000:1:Veiligheid")});
        QVERIFY2(index.exitCode == 0, qPrintable(index.err));
        mWindow->selection()->setSelection({QStringLiteral("WK999907")});
        gui::ProfileDialog dialog(mWindow->selection()->selected(), data().municipalityName(),
                                  data().lastYear());
        reports::ProfileRequest request = dialog.request();
        request.outFile = path(QStringLiteral("window-index.pdf"));
        reports::ProfileResult result;
        QString error;
        QVERIFY2(mActions->runProfiles(request, &result, &error), qPrintable(error));
        const QString cliPdf = path(QStringLiteral("cli-index.pdf"));
        const test::CliResult cli =
            test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--region"), QStringLiteral("WK999907"),
                          QStringLiteral("--out"), cliPdf});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QCOMPARE(test::pdfPages(request.outFile), 3);
        QCOMPARE(test::pdfPages(cliPdf), 3);
        const QString window = test::pdfText(request.outFile);
        QVERIFY(window.contains(QStringLiteral("Hoogkamp: Wijkindex")));
        QVERIFY(window.contains(QStringLiteral("Over de index")));
        QCOMPARE(window, test::pdfText(cliPdf));
    }
};

WIJK_QGIS_TEST_MAIN(TestReportActions)
#include "test_report_actions.moc"
