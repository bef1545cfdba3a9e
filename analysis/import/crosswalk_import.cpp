#include "import/crosswalk_import.h"

#include "import/cbs_kwb_columns.h"
#include "import/csv_reader.h"
#include "import/import_transaction.h"
#include "import/region_divisions.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <map>
#include <set>
#include <tuple>

namespace wijk::import {

namespace {

const QStringList kRequired{QStringLiteral("from_code"), QStringLiteral("to_code"),
                            QStringLiteral("weight")};
const QStringList kOptional{QStringLiteral("from_year"), QStringLiteral("to_year")};

//! A year column or option: 1000..9999.
bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    *year = text.toInt(&ok);
    return ok && *year >= 1000 && *year <= 9999;
}

QString sha256Of(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

CrosswalkImportResult importCrosswalk(workspace::Workspace &workspace,
                                      const CrosswalkImportOptions &options, ImportReport &report)
{
    CrosswalkImportResult result;
    CsvReader reader(&report);
    if (!reader.open(options.path) || !reader.requireColumns(kRequired))
        return result;
    reader.warnUnknownColumns(kRequired + kOptional);
    const QString file = reader.displayName();
    const int fromCol = reader.column(QStringLiteral("from_code"));
    const int toCol = reader.column(QStringLiteral("to_code"));
    const int weightCol = reader.column(QStringLiteral("weight"));
    const int fromYearCol = reader.column(QStringLiteral("from_year"));
    const int toYearCol = reader.column(QStringLiteral("to_year"));

    wijk::workspace::Crosswalk crosswalk;
    crosswalk.method = QStringLiteral("file");
    crosswalk.fromYear = options.fromYear;
    crosswalk.toYear = options.toYear;
    std::vector<int> lines;
    QHash<QString, int> firstLine; // from|to -> line
    while (reader.next()) {
        bool ok = true;
        const QString from = cbs::trimCode(reader.text(fromCol));
        const QString to = cbs::trimCode(reader.text(toCol));
        const auto fromLevel = levelFromCode(from);
        const auto toLevel = levelFromCode(to);
        if (from.isEmpty())
            reader.error(fromCol, QCoreApplication::translate("CrosswalkImport", "required")),
                ok = false;
        else if (!fromLevel || *fromLevel == RegionLevel::Land)
            reader.error(fromCol, QCoreApplication::translate(
                                      "CrosswalkImport",
                                      "'%1' is not a CBS code of a gemeente, wijk or buurt")
                                      .arg(from)),
                ok = false;
        if (to.isEmpty())
            reader.error(toCol, QCoreApplication::translate("CrosswalkImport", "required")),
                ok = false;
        else if (!toLevel || *toLevel == RegionLevel::Land)
            reader.error(
                toCol, QCoreApplication::translate(
                           "CrosswalkImport", "'%1' is not a CBS code of a gemeente, wijk or buurt")
                           .arg(to)),
                ok = false;
        if (ok && *fromLevel != *toLevel)
            reader.error(
                toCol,
                QCoreApplication::translate("CrosswalkImport", "mixed levels: %1 is a %2, %3 a %4")
                    .arg(from, contractName(*fromLevel), to, contractName(*toLevel))),
                ok = false;
        double weight = 0;
        switch (reader.number(weightCol, &weight)) {
        case CsvReader::Number::Ok:
            if (weight < 0)
                reader.error(weightCol,
                             QCoreApplication::translate("CrosswalkImport", "negative weight %1")
                                 .arg(reader.text(weightCol))),
                    ok = false;
            break;
        case CsvReader::Number::Empty:
            reader.error(weightCol, QCoreApplication::translate("CrosswalkImport", "required")),
                ok = false;
            break;
        case CsvReader::Number::Invalid:
            reader.error(weightCol,
                         QCoreApplication::translate("CrosswalkImport", "'%1' is not a number")
                             .arg(reader.text(weightCol))),
                ok = false;
            break;
        case CsvReader::Number::NotFinite:
            reader.error(weightCol, QCoreApplication::translate("CrosswalkImport",
                                                                "NaN or infinity is not a weight")),
                ok = false;
            break;
        }
        for (const auto &[column, target, option] :
             {std::make_tuple(fromYearCol, &crosswalk.fromYear, options.fromYear),
              std::make_tuple(toYearCol, &crosswalk.toYear, options.toYear)}) {
            if (column < 0)
                continue;
            int year = 0;
            if (!parseYear(reader.text(column), &year)) {
                reader.error(column, QCoreApplication::translate("CrosswalkImport",
                                                                 "'%1' is not a year (YYYY)")
                                         .arg(reader.text(column)));
                ok = false;
            } else if (option > 0 && year != option) {
                reader.error(column, QCoreApplication::translate("CrosswalkImport",
                                                                 "%1, but the command line says %2")
                                         .arg(year)
                                         .arg(option));
                ok = false;
            } else if (*target > 0 && year != *target) {
                reader.error(column, QCoreApplication::translate(
                                         "CrosswalkImport",
                                         "%1, but earlier lines say %2: one pair of years per "
                                         "file")
                                         .arg(year)
                                         .arg(*target));
                ok = false;
            } else {
                *target = year;
            }
        }
        if (!ok)
            continue;
        const QString key = from + QLatin1Char('|') + to;
        if (const int earlier = firstLine.value(key); earlier > 0) {
            reader.error(-1, QCoreApplication::translate("CrosswalkImport",
                                                         "%1 -> %2 already given on line %3")
                                 .arg(from, to)
                                 .arg(earlier));
            continue;
        }
        firstLine.insert(key, reader.line());
        crosswalk.pairs.push_back({from, to, weight});
        lines.push_back(reader.line());
    }
    if (reader.failed() || report.hasErrors())
        return result;
    if (crosswalk.fromYear <= 0 || crosswalk.toYear <= 0) {
        report.addError(
            file, 0,
            crosswalk.fromYear <= 0 ? QStringLiteral("from_year") : QStringLiteral("to_year"),
            QCoreApplication::translate(
                "CrosswalkImport", "the years of the two divisions are not known: give the columns "
                                   "from_year and to_year or --from-year and --to-year"));
        return result;
    }
    crosswalk.sourcePath = QFileInfo(options.path).absoluteFilePath();
    crosswalk.sha256 = sha256Of(options.path);
    crosswalk.crosswalkId = QStringLiteral("crosswalk:%1-%2:%3-%4")
                                .arg(QFileInfo(options.path).fileName(), crosswalk.sha256.left(12))
                                .arg(crosswalk.fromYear)
                                .arg(crosswalk.toYear);
    return storeCrosswalk(workspace, std::move(crosswalk), lines, file, report);
}

CrosswalkImportResult storeCrosswalk(workspace::Workspace &workspace,
                                     wijk::workspace::Crosswalk crosswalk,
                                     const std::vector<int> &lines, const QString &file,
                                     ImportReport &report)
{
    CrosswalkImportResult result;
    result.crosswalkId = crosswalk.crosswalkId;
    result.fromYear = crosswalk.fromYear;
    result.toYear = crosswalk.toYear;
    if (crosswalk.fromYear == crosswalk.toYear) {
        report.addError(
            file, 0, QStringLiteral("to_year"),
            QCoreApplication::translate("CrosswalkImport", "from and to year are both %1")
                .arg(crosswalk.fromYear));
        return result;
    }
    {
        workspace::sql::Statement known(workspace.handle(),
                                        "SELECT 1 FROM crosswalks WHERE crosswalk_id = ?");
        known.bind(1, crosswalk.crosswalkId);
        if (known.step() == workspace::sql::Step::Row) {
            result.ok = result.alreadyImported = true;
            return result;
        }
    }
    const auto lineOf = [&](size_t k) { return k < lines.size() ? lines[k] : 0; };

    // A from-region whose weights sum to 0 says nothing about where its figures go.
    std::map<QString, std::pair<double, size_t>> totals; // code -> (sum, first pair)
    for (size_t k = 0; k < crosswalk.pairs.size(); ++k) {
        auto it = totals.try_emplace(crosswalk.pairs[k].fromCode, 0.0, k).first;
        it->second.first += crosswalk.pairs[k].weight;
    }
    for (const auto &[code, total] : totals)
        if (!(total.first > 0))
            report.addError(
                file, lineOf(total.second), QStringLiteral("weight"),
                QCoreApplication::translate("CrosswalkImport", "the weights of %1 sum to 0")
                    .arg(code));

    // Rows about regions the workspace does not hold are ignored and counted; a to-region
    // the workspace's to-division lacks is an error (the file or the years are wrong).
    const RegionDivisions divisions(workspace);
    std::vector<wijk::workspace::CrosswalkPair> kept;
    std::set<RegionLevel> sameDivision;
    for (size_t k = 0; k < crosswalk.pairs.size(); ++k) {
        const wijk::workspace::CrosswalkPair &pair = crosswalk.pairs[k];
        const RegionLevel level = *levelFromCode(pair.fromCode);
        const int fromDivision = divisions.inForce(level, crosswalk.fromYear);
        const int toDivision = divisions.inForce(level, crosswalk.toYear);
        if (fromDivision == 0 || !divisions.holds(level, fromDivision, pair.fromCode)) {
            ++result.ignoredRows;
            continue;
        }
        if (fromDivision == toDivision) {
            sameDivision.insert(level);
            ++result.ignoredRows;
            continue;
        }
        if (!divisions.holds(level, toDivision, pair.toCode)) {
            report.addError(file, lineOf(k), QStringLiteral("to_code"),
                            QCoreApplication::translate(
                                "CrosswalkImport",
                                "%1 is not a %2 of the division in force in %3 (vintage %4) in "
                                "the workspace")
                                .arg(pair.toCode, contractName(level))
                                .arg(crosswalk.toYear)
                                .arg(toDivision));
            continue;
        }
        kept.push_back(pair);
    }
    for (const RegionLevel level : sameDivision)
        report.addWarning(file, 0, QString(),
                          QCoreApplication::translate(
                              "CrosswalkImport",
                              "the workspace has one division of level %1 for %2 and %3; its "
                              "rows are ignored")
                              .arg(contractName(level))
                              .arg(crosswalk.fromYear)
                              .arg(crosswalk.toYear));
    if (report.hasErrors())
        return result;
    if (kept.empty()) {
        report.addError(file, 0, QStringLiteral("from_code"),
                        QCoreApplication::translate(
                            "CrosswalkImport",
                            "no row concerns a region of the workspace's division in force in "
                            "%1; import its regions first")
                            .arg(crosswalk.fromYear));
        return result;
    }
    if (result.ignoredRows > 0)
        report.addWarning(
            file, 0, QStringLiteral("from_code"),
            QCoreApplication::translate(
                "CrosswalkImport", "%1 rows about regions the workspace does not hold were ignored")
                .arg(result.ignoredRows));

    QString error;
    auto tx = ImportTransaction::begin(workspace, &error);
    if (!tx) {
        report.addError(file, 0, QString(), error);
        return result;
    }
    // Writes go through the transaction's connection, inside its transaction.
    workspace::sql::Connection &db = workspace.handle();
    const auto failed = [&]() {
        report.addError(file, 0, QString(), tx->lastError());
        return result;
    };
    {
        workspace::sql::Statement older(db,
                                        "SELECT count(*) FROM crosswalks WHERE from_year = ? AND "
                                        "to_year = ?");
        older.bind(1, crosswalk.fromYear);
        older.bind(2, crosswalk.toYear);
        if (older.step() != workspace::sql::Step::Row)
            return failed();
        result.replaced = older.integer(0) > 0;
        workspace::sql::Statement dropWeights(
            db, "DELETE FROM crosswalk_weights WHERE crosswalk_key IN "
                "(SELECT id FROM crosswalks WHERE from_year = ? AND "
                "to_year = ?)");
        dropWeights.bind(1, crosswalk.fromYear);
        dropWeights.bind(2, crosswalk.toYear);
        workspace::sql::Statement drop(
            db, "DELETE FROM crosswalks WHERE from_year = ? AND to_year = ?");
        drop.bind(1, crosswalk.fromYear);
        drop.bind(2, crosswalk.toYear);
        if (dropWeights.step() != workspace::sql::Step::Done ||
            drop.step() != workspace::sql::Step::Done)
            return failed();
    }
    workspace::sql::Statement insert(
        db, "INSERT INTO crosswalks (crosswalk_id, from_year, to_year, method, "
            "source_path, sha256, imported_at, pair_count, ignored_rows) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert.bind(1, crosswalk.crosswalkId);
    insert.bind(2, crosswalk.fromYear);
    insert.bind(3, crosswalk.toYear);
    insert.bind(4, crosswalk.method);
    insert.bind(5, crosswalk.sourcePath);
    insert.bind(6, crosswalk.sha256);
    insert.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(8, qint64(kept.size()));
    insert.bind(9, result.ignoredRows);
    if (insert.step() != workspace::sql::Step::Row)
        return failed();
    const qint64 key = insert.integer(0);
    insert.reset();
    workspace::sql::Statement weight(db, "INSERT INTO crosswalk_weights (crosswalk_key, from_code, "
                                         "to_code, weight) VALUES (?, ?, ?, ?)");
    for (const wijk::workspace::CrosswalkPair &pair : kept) {
        weight.reset();
        weight.bind(1, key);
        weight.bind(2, pair.fromCode);
        weight.bind(3, pair.toCode);
        weight.bind(4, pair.weight);
        if (weight.step() != workspace::sql::Step::Done)
            return failed();
    }
    if (!tx->commit(&error)) {
        report.addError(file, 0, QString(), error);
        return result;
    }
    result.ok = true;
    result.pairs = qint64(kept.size());
    return result;
}

} // namespace wijk::import
