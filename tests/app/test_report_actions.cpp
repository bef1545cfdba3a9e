// The window's Reports menu on the Demostad workspace (issue 13): each action's request, as
// its dialog fills it, run into a temporary folder; the files checked with poppler, unzip
// and GDAL; the same pages as wijkmonitor-cli for the same inputs; a cancelled batch leaves
// nothing; the memo basket leads the memo and stays with the workspace; Copy map puts the
// canvas on the clipboard.
#include "app_environment.h"
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
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "test_reports_fixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
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
        job.start(gui::profileArguments(mWorkspace, request), {folder},
                  {QStringLiteral("wijkprofiel-*.pdf")});
        const gui::ReportProcess::Outcome outcome = job.waitForFinished();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QVERIFY2(killedAt >= 2 && killedAt < wijken, qPrintable(QString::number(killedAt)));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("notities.txt")});
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
        QVERIFY(test::zipEntryText(target, QStringLiteral("xl/workbook.xml"))
                    .contains(QStringLiteral("values")));
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
};

WIJK_QGIS_TEST_MAIN(TestReportActions)
#include "test_report_actions.moc"
