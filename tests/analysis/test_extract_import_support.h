// Helpers for the extract import tests: fixture variants in a temporary folder, workspaces,
// manifest edits and GeoPackage copies of the regions.
#pragma once

#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gdal.h>
#include <gdal_utils.h>
#include <sqlite3.h>

namespace wijk::test {

inline QString dataPathOf(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

//! A fresh workspace in dir (an older one of that name is removed) on the back-end of this
//! run (test_workspace_location.h).
inline std::unique_ptr<workspace::Workspace> newWorkspace(const QTemporaryDir &dir,
                                                          const QString &name)
{
    QString error;
    auto workspace = workspace::Workspace::open(freshWorkspaceLocation(dir, name),
                                                workspace::Workspace::OpenMode::ReadWrite, &error);
    if (!workspace)
        qWarning("%s", qPrintable(error));
    return workspace;
}

//! Copies the valid extract into dir/name and lays a malformed variant over it
//! (tests/data/extracts/invalid/<variant>: replacement files, remove.txt, expect.txt).
inline QString makeVariant(const QTemporaryDir &dir, const QString &variant,
                           const QString &name = QString())
{
    const QString target = dir.filePath(name.isEmpty() ? variant : name);
    QDir(target).removeRecursively();
    QDir().mkpath(target);
    const QDir valid(dataPath(QStringLiteral("extracts/valid")));
    for (const QString &file : valid.entryList(QDir::Files))
        QFile::copy(valid.filePath(file), target + QLatin1Char('/') + file);
    if (variant.isEmpty())
        return target;
    const QDir overlay(dataPath(QStringLiteral("extracts/invalid/") + variant));
    for (const QString &file : overlay.entryList(QDir::Files)) {
        if (file == QLatin1String("expect.txt"))
            continue;
        if (file == QLatin1String("remove.txt")) {
            const auto names = QString::fromUtf8(readFile(overlay.filePath(file)))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &removed : names)
                QFile::remove(target + QLatin1Char('/') + removed);
            continue;
        }
        QFile::remove(target + QLatin1Char('/') + file);
        QFile::copy(overlay.filePath(file), target + QLatin1Char('/') + file);
    }
    return target;
}

inline QStringList expectedLines(const QString &variant)
{
    return QString::fromUtf8(
               readFile(dataPath(QStringLiteral("extracts/invalid/%1/expect.txt").arg(variant))))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline void setManifestField(const QString &extract, const QString &key, const QString &value)
{
    const QString path = extract + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(readFile(path)).object();
    manifest.insert(key, value);
    writeFile(path, QJsonDocument(manifest).toJson());
}

inline void setManifestChecksum(const QString &extract, const QString &file)
{
    const QString path = extract + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(readFile(path)).object();
    QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
    files.insert(file, QJsonObject{{QStringLiteral("sha256"),
                                    QString::fromLatin1(fileHash(extract + '/' + file))}});
    manifest.insert(QStringLiteral("files"), files);
    writeFile(path, QJsonDocument(manifest).toJson());
}

//! Writes extract/regions.gpkg (layer `regions`) from regions.geojson, reprojected to srs;
//! with an empty srs the layer's CRS is made undefined (srs_id 0).
inline bool convertRegions(const QString &extract, const QString &srs)
{
    GDALAllRegister();
    const QString target = extract + QStringLiteral("/regions.gpkg");
    QFile::remove(target);
    GDALDatasetH source = GDALOpenEx((extract + QStringLiteral("/regions.geojson")).toUtf8(),
                                     GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!source)
        return false;
    const QByteArray srsText = srs.isEmpty() ? QByteArray("EPSG:28992") : srs.toUtf8();
    const char *arguments[] = {"-f",   "GPKG", "-nln", "regions", "-t_srs", srsText.constData(),
                               nullptr};
    GDALVectorTranslateOptions *options =
        GDALVectorTranslateOptionsNew(const_cast<char **>(arguments), nullptr);
    int usageError = 0;
    GDALDatasetH result =
        GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &source, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    if (!result)
        return false;
    GDALClose(result);
    if (srs.isEmpty()) {
        sqlite3 *db = nullptr;
        sqlite3_open(target.toUtf8().constData(), &db);
        const int rc = sqlite3_exec(db,
                                    "UPDATE gpkg_geometry_columns SET srs_id = 0; "
                                    "UPDATE gpkg_contents SET srs_id = 0",
                                    nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return rc == SQLITE_OK;
    }
    return true;
}

} // namespace wijk::test
