#include "gui/report_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace wijk::gui {

namespace {
const QString kOutputFolderKey = QStringLiteral("reports/outputFolder");
const QString kTemplateFolderKey = QStringLiteral("reports/templateFolder");

QString templateIn(const QString &name)
{
    const QString folder = ReportSettings::templateFolder();
    if (folder.isEmpty())
        return QString();
    const QString path = QDir(folder).filePath(name);
    return QFileInfo(path).isFile() ? path : QString();
}
} // namespace

QString ReportSettings::outputFolder()
{
    const QString folder = QSettings().value(kOutputFolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void ReportSettings::setOutputFolder(const QString &folder)
{
    QSettings().setValue(kOutputFolderKey, folder);
}

QString ReportSettings::templateFolder()
{
    return QSettings().value(kTemplateFolderKey).toString();
}

void ReportSettings::setTemplateFolder(const QString &folder)
{
    QSettings().setValue(kTemplateFolderKey, folder);
}

QString ReportSettings::profileTemplate()
{
    return templateIn(QStringLiteral("wijkprofiel.qpt"));
}

QString ReportSettings::mapTemplate()
{
    return templateIn(QStringLiteral("wijk_map_a4_landscape.qpt"));
}

QStringList ReportSettings::copyBuiltInTemplates(const QString &folder)
{
    QStringList copied;
    for (const QString &name :
         {QStringLiteral("wijkprofiel.qpt"), QStringLiteral("wijk_map_a4_landscape.qpt")}) {
        const QString target = QDir(folder).filePath(name);
        if (QFileInfo::exists(target))
            continue;
        if (QFile::copy(QStringLiteral(":/layouts/") + name, target)) {
            // Resources are read-only; the copy is the user's to edit.
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther);
            copied << name;
        }
    }
    return copied;
}

QString ReportSettings::safePart(const QString &text)
{
    QString part = text.trimmed();
    part.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return part;
}

QString ReportSettings::profileFileName(const QString &wijkCode, int year)
{
    return QStringLiteral("wijkprofiel-%1-%2.pdf").arg(safePart(wijkCode)).arg(year);
}

QString ReportSettings::profilesFileName(const QString &municipality, int year)
{
    return QStringLiteral("wijkprofielen-%1-%2.pdf").arg(safePart(municipality)).arg(year);
}

QString ReportSettings::memoFileName(const QString &municipality, int year, const QString &suffix)
{
    return QStringLiteral("raadsmemo-%1-%2.%3").arg(safePart(municipality)).arg(year).arg(suffix);
}

QString ReportSettings::mapFileName(const QString &indicator, RegionLevel level, int year,
                                    const QString &suffix)
{
    return QStringLiteral("kaart-%1-%2-%3.%4")
        .arg(safePart(indicator), contractName(level))
        .arg(year)
        .arg(suffix);
}

QString ReportSettings::dataFileName(const QString &municipality, const QString &suffix)
{
    return QStringLiteral("gegevens-%1.%2").arg(safePart(municipality), suffix);
}

} // namespace wijk::gui
