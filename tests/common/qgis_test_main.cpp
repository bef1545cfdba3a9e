#include "qgis_test_main.h"

#include <QTemporaryDir>
#include <qgsapplication.h>

namespace wijk::test {

QgisTestEnvironment::QgisTestEnvironment(int &argc, char **argv)
    : mProfileDir(std::make_unique<QTemporaryDir>())
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    mApp = std::make_unique<QgsApplication>(argc, argv, true, mProfileDir->path());
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::init(mProfileDir->path());
    QgsApplication::initQgis();
}

QgisTestEnvironment::~QgisTestEnvironment()
{
    QgsApplication::exitQgis();
    mApp.reset();
}

} // namespace wijk::test
