// Shared helpers for every test: where the test data lives, and the real CBS files.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

namespace wijk::test {

//! Absolute path of a file under tests/data.
QString dataPath(const QString &relative);

//! The folder with the real CBS sample files, or an empty string when it is absent.
QString cbsDataDir();

//! A copy of the shared CBS file name in dir (made once): tests read copies, so the shared
//! inputs are never opened for writing.
QString cbsCopy(const QTemporaryDir &dir, const QString &name);

//! Hilversum's nine wijk codes of the CBS division (WK040201 … WK040209).
QStringList hilversumWijken();

//! Path of the wijkmonitor-cli executable (empty in builds without it).
QString cliPath();

//! SHA-256 of a file's bytes (empty when it cannot be read). Inputs are never written:
//! tests compare the checksums of the files they read before and after using them.
QByteArray checksumOf(const QString &path);
//! Writes content to dir/name; the path, or an empty string when it could not be written.
QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content);

//! SHA-256 of every file directly in dir, by file name.
QMap<QString, QByteArray> checksumsOf(const QString &dir);

} // namespace wijk::test

//! Skips the current test function when the real CBS files are not next to the repository.
#define WIJK_REQUIRE_CBS_DATA()                                                                    \
    do {                                                                                           \
        if (wijk::test::cbsDataDir().isEmpty())                                                    \
            QSKIP("The CBS sample data folder (../shared/data/cbs) is absent");                    \
    } while (false)
