// The one place tests start QGIS: a QgsApplication with a throw-away profile directory,
// the Debian prefix path and initQgis()/exitQgis() around the Qt Test run.
// Pure analysis tests do not use this (they run with QTEST_GUILESS_MAIN).
#pragma once

#include <QtTest>
#include <memory>

class QgsApplication;
class QTemporaryDir;

namespace wijk::test {

class QgisTestEnvironment
{
public:
    QgisTestEnvironment(int &argc, char **argv);
    ~QgisTestEnvironment();

private:
    std::unique_ptr<QTemporaryDir> mProfileDir;
    std::unique_ptr<QgsApplication> mApp;
};

} // namespace wijk::test

#define WIJK_QGIS_TEST_MAIN(TestObject)                                                            \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        wijk::test::QgisTestEnvironment environment(argc, argv);                                   \
        TestObject test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
