#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wijk::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TEST_DATA_DIR)).absoluteFilePath(relative);
}

QString cbsCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString copy = dir.filePath(name);
    if (!QFile::exists(copy))
        QFile::copy(QDir(cbsDataDir()).filePath(name), copy);
    return copy;
}

QStringList hilversumWijken()
{
    QStringList codes;
    for (int n = 1; n <= 9; ++n)
        codes << QStringLiteral("WK04020%1").arg(n);
    return codes;
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

QByteArray checksumOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QMap<QString, QByteArray> checksumsOf(const QString &dir)
{
    QMap<QString, QByteArray> sums;
    if (dir.isEmpty())
        return sums;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        sums.insert(info.fileName(), checksumOf(info.absoluteFilePath()));
    return sums;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

} // namespace wijk::test
