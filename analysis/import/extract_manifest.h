// manifest.json of a Wijkmonitor extract (shared/docs/extract-contract.md), read and checked.
#pragma once

#include "import/import_report.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace wijk::import {

struct ExtractManifest
{
    QString extractId;
    QDateTime created;
    QString municipalityCode;
    QString municipalityName;
    QString publisher;
    QString license;
    QString description;
    QMap<QString, QByteArray> sha256; //!< file name -> lowercase hex digest
    QByteArray json;                  //!< the file as delivered
};

//! Parses and checks a manifest; every problem goes to report (file "manifest.json").
//! True when it is usable (no errors).
[[nodiscard]] bool parseExtractManifest(const QByteArray &json, ExtractManifest *manifest,
                                        ImportReport &report);

} // namespace wijk::import
