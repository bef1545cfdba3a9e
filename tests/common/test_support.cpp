#include "test_support.h"

#include <QDir>
#include <QFileInfo>

namespace wijk::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TEST_DATA_DIR)).absoluteFilePath(relative);
}

QString cbsDataDir()
{
    const QString dir = qEnvironmentVariable("WIJK_CBS_DATA_DIR", QStringLiteral(CBS_DATA_DIR));
    const QFileInfo info(QDir(dir).absoluteFilePath(QStringLiteral("kwb-2017-nl.csv")));
    return info.exists() ? QDir(dir).absolutePath() : QString();
}

QString cliPath()
{
    return QStringLiteral(WIJK_CLI_PATH);
}

} // namespace wijk::test
