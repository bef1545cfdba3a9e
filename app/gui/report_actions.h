// The Reports menu and toolbar button of the window: Wijkprofiel…, Raadsmemo…, Kaart
// exporteren…, Gegevens exporteren…, Kaart kopiëren and the template folder. Each action
// opens its dialog, which fills a request; run*() executes a request with the same job
// functions as wijkmonitor-cli (report, memo, map, export), with progress and Cancel, and
// then offers Open and Show in folder. Tests call run*() with filled requests.
//
// The jobs run on the UI thread: profile charts are QWidgets and QGIS layouts render on the
// thread that owns the QGIS application. Between pages (profiles) the job hands events to the
// progress dialog, so Cancel works; a cancelled job leaves no file behind.
#pragma once

#include "reports/data_export_job.h"
#include "reports/map_export_job.h"
#include "reports/memo_document.h"
#include "reports/profile_request.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace wijk::widgets {
class SignalsList;
}

namespace wijk::gui {

class MapState;

class ReportActions : public QObject
{
    Q_OBJECT

public:
    //! window: parent of the dialogs; state: what the window's map shows.
    ReportActions(QWidget *window, std::unique_ptr<MapState> state);
    ~ReportActions() override;

    //! The Reports menu (for the menu bar) and its toolbar button (a menu button).
    QMenu *menu() const { return mMenu; }
    QAction *toolBarAction() const { return mToolBarAction; }
    QAction *profileAction() const { return mProfile; }
    QAction *memoAction() const { return mMemo; }
    QAction *mapAction() const { return mMap; }
    QAction *dataAction() const { return mData; }
    QAction *copyMapAction() const { return mCopyMap; }

    //! When false, run*() show no message boxes and no progress dialog (tests).
    void setInteractive(bool interactive) { mInteractive = interactive; }

    //! The report data of the open workspace, loaded once per workspace file state.
    const reports::ReportData *reportData(QString *error);

    //! Writes profiles (reports::writeProfiles); a failing user template is reported and
    //! the built-in one used instead.
    bool runProfiles(reports::ProfileRequest request, reports::ProfileResult *result,
                     QString *error);
    //! Writes the memo to each of outputs (.pdf, .odt) with reports::writeMemo.
    bool runMemo(const reports::MemoOptions &options, const QStringList &outputs, QString *error);
    //! Writes the map sheet with reports::exportMap.
    bool runMapExport(reports::MapExportRequest request, QString *error);
    //! Writes the data export with reports::exportData.
    bool runDataExport(const reports::DataExportRequest &request, reports::DataExportResult *result,
                       QString *error);
    //! Puts the map canvas as an image on the clipboard.
    void copyMap();

    //! The memo basket of the open workspace (empty without one).
    reports::MemoOptions memoBasket();
    //! Keeps the basket with the workspace; false with *error when it cannot be written.
    bool saveMemoBasket(const reports::MemoOptions &basket, QString *error);

    //! Keeps the ticks of the Signals list and the workspace's memo basket in step.
    void attachSignalsList(widgets::SignalsList *list);

public slots:
    //! A workspace was opened: its memo basket is ticked in the Signals list.
    void workspaceChanged();
    //! Stops the running job at the next wijk (profiles) or before it writes.
    void cancel() { mCancel = true; }

signals:
    //! A job made progress: done of total steps; what is being made.
    void progress(int done, int total, const QString &what);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void openProfileDialog();
    void openMemoDialog();
    void openMapDialog();
    void openDataDialog();
    void chooseTemplateFolder();
    //! Offers Open and Show in folder for files just written (interactive only).
    void offerResult(const QStringList &files);
    void showFailure(const QString &title, const QString &error);
    reports::ReportJob::Progress progressCallback();
    //! The Signals list's ticks changed: the basket keeps its order, new ticks go last.
    void onBasketTicked();

    QPointer<QWidget> mWindow;
    std::unique_ptr<MapState> mState;
    bool mInteractive = true;
    std::atomic_bool mCancel{false};
    std::unique_ptr<reports::ReportData> mReportData;
    QString mReportDataPath;
    QDateTime mReportDataModified;
    QPointer<widgets::SignalsList> mSignalsList;
    bool mBasketWarned = false; //!< a read-only workspace was reported once

    QMenu *mMenu = nullptr;
    QAction *mToolBarAction = nullptr;
    QAction *mProfile = nullptr;
    QAction *mMemo = nullptr;
    QAction *mMap = nullptr;
    QAction *mData = nullptr;
    QAction *mCopyMap = nullptr;
    QAction *mTemplates = nullptr;
};

} // namespace wijk::gui
