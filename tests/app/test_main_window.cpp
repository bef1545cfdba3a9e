// The workbench window opens offscreen, shows the workspace name and closes cleanly.
#include "gui/main_window.h"
#include "qgis_test_main.h"
#include "test_support.h"

#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheWorkspaceNameInTheTitle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Demostad.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        wijk::MainWindow window;
        QVERIFY(window.openWorkspace(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.workspaceName(), QStringLiteral("Demostad"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Demostad")));
        QVERIFY(window.close());
    }
};

WIJK_QGIS_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
