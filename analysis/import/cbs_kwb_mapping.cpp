#include "import/cbs_kwb_mapping.h"

#include "import/value_plausibility.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <cmath>

namespace wijk::import::cbs {

namespace {
//! A stand-in name until boundaries of the same vintage bring the real one.
QString placeholderName(const QString &code, RegionLevel level, const QString &municipality)
{
    const QString suffix =
        municipality.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(municipality);
    if (level == RegionLevel::Wijk)
        return QCoreApplication::translate("KwbImport", "Wijk %1").arg(code.mid(6, 2)) + suffix;
    if (level == RegionLevel::Buurt)
        return QCoreApplication::translate("KwbImport", "Buurt %1").arg(code.mid(6, 4)) + suffix;
    return municipality.isEmpty() ? code : municipality;
}

//! The field a problem names: the column, prefixed by the region where there are no lines
//! (the keyed JSON, whose entries have no stable order to count).
QString fieldOf(const KwbRow &row, const QString &column)
{
    if (row.line > 0)
        return column;
    return column.isEmpty() ? row.code : row.code + QLatin1Char('.') + column;
}

//! Counts CBS rounds to multiples of 5 at wijk and buurt level; worth one warning each.
bool looksRounded(const std::vector<double> &values)
{
    int nonZero = 0;
    for (double v : values) {
        if (v == 0)
            continue;
        ++nonZero;
        if (std::fmod(v, 5.0) != 0)
            return false;
    }
    return nonZero >= 5;
}
} // namespace

KwbMapping mapKwbTable(const KwbTable &table, const Catalogue &catalogue, int period,
                       const workspace::Workspace &workspace, ImportReport &report)
{
    KwbMapping mapping;
    const QString file = table.fileName;

    // Columns: the code without position suffix is the indicator.
    QHash<QString, int> columnOfCode;
    for (const QString &key : table.keys) {
        KwbMapping::Column column;
        column.key = key;
        const QString code = indicatorCodeFromKey(key);
        if (columnOfCode.contains(code)) {
            report.addError(file, 1, key,
                            QCoreApplication::translate(
                                "KwbImport", "column %1 is the same indicator (%2) as column %3")
                                .arg(key, code, mapping.columns[columnOfCode.value(code)].key));
        }
        columnOfCode.insert(code, static_cast<int>(mapping.columns.size()));
        if (catalogue.indicators.contains(code)) {
            column.indicator = catalogue.indicators.value(code);
            column.fromCatalogue = true;
        } else {
            column.indicator.code = code;
            column.indicator.name = nameFromCode(code);
            column.indicator.theme = QStringLiteral("CBS");
            column.indicator.source = QStringLiteral("CBS");
            if (!catalogue.isEmpty())
                report.addWarning(
                    file, 1, key,
                    QCoreApplication::translate("KwbImport",
                                                "not in %1; imported with a name made from the key")
                        .arg(QFileInfo(catalogue.path).fileName()));
        }
        mapping.columns.push_back(column);
    }

    // Existing names of this vintage (e.g. from boundaries imported first) stay.
    QHash<QString, QString> knownNames;
    for (const Region &region : workspace.regions()) {
        if (region.vintage == period)
            knownNames.insert(region.code, region.name);
    }

    // The kind of an indicator the workspace already describes (a file without metadata
    // after one with it) decides what its values may be.
    QHash<QString, IndicatorKind> knownKinds;
    for (const Indicator &indicator : workspace.indicators())
        knownKinds.insert(indicator.code, indicator.kind);

    QHash<QString, int> rowOfCode;
    QSet<QString> gemeenten;
    std::vector<std::vector<double>> lowLevelValues(mapping.columns.size());
    std::vector<bool> whole(mapping.columns.size(), true);
    for (const KwbRow &row : table.rows) {
        const auto level = levelFromCode(row.code);
        if (!level) {
            report.addError(file, row.line, fieldOf(row, QStringLiteral("WijkenEnBuurten")),
                            QCoreApplication::translate(
                                "KwbImport",
                                "'%1' is not a CBS region code (NL00, GM0402, WK040201, "
                                "BU04020101, WK0363AA)")
                                .arg(row.code));
            continue;
        }
        if (rowOfCode.contains(row.code)) {
            report.addError(
                file, row.line, fieldOf(row, QStringLiteral("WijkenEnBuurten")),
                QCoreApplication::translate("KwbImport", "%1 appears twice (first on line %2)")
                    .arg(row.code)
                    .arg(table.rows[rowOfCode.value(row.code)].line));
            continue;
        }
        const auto typeLevel = levelFromSoortRegio(row.regionType);
        if (!row.regionType.isEmpty() && typeLevel != level)
            report.addWarning(file, row.line, fieldOf(row, QStringLiteral("SoortRegio_2")),
                              QCoreApplication::translate(
                                  "KwbImport", "'%1' does not match the code %2; the code decides")
                                  .arg(row.regionType, row.code));
        const int rowIndex = static_cast<int>(&row - table.rows.data());
        rowOfCode.insert(row.code, rowIndex);

        Region region;
        region.code = row.code;
        region.level = *level;
        region.parent = parentFromCode(row.code);
        region.vintage = period;
        region.name = knownNames.value(row.code);
        if (region.name.isEmpty())
            region.name = placeholderName(row.code, *level, row.municipality);
        if (*level == RegionLevel::Gemeente) {
            gemeenten.insert(row.code);
            mapping.municipalityCode = row.code;
            mapping.municipalityName = row.municipality;
        }
        const int regionIndex = static_cast<int>(mapping.regions.size());
        mapping.regions.push_back(region);

        bool anyCell = false;
        for (const QString &cell : row.cells)
            anyCell = anyCell || !cell.trimmed().isEmpty();
        if (!anyCell) {
            report.addWarning(file, row.line, fieldOf(row, QString()),
                              QCoreApplication::translate(
                                  "KwbImport",
                                  "every figure of %1 is empty: the region is kept, no values "
                                  "are stored")
                                  .arg(row.code));
            continue;
        }
        for (int c = 0; c < static_cast<int>(mapping.columns.size()); ++c) {
            const CellValue cell = parseCell(c < row.cells.size() ? row.cells.at(c) : QString());
            KwbMapping::Value value{regionIndex, c, std::nan(""), ValueStatus::Missing};
            switch (cell.kind) {
            case CellValue::Kind::Invalid:
                report.addError(file, row.line, fieldOf(row, mapping.columns[c].key),
                                QCoreApplication::translate("KwbImport", "'%1' is not a number")
                                    .arg(row.cells.at(c).trimmed()));
                continue;
            case CellValue::Kind::Secret:
                value.status = ValueStatus::Suppressed;
                break;
            case CellValue::Kind::Empty:
                break;
            case CellValue::Kind::Number:
                if (cell.ambiguousSeparator && !table.numbersAreTyped) {
                    report.addError(file, row.line, fieldOf(row, mapping.columns[c].key),
                                    ambiguousSeparatorMessage(row.cells.at(c)));
                    continue;
                }
                value.value = cell.number;
                value.status = ValueStatus::Final;
                if (cell.number != std::floor(cell.number))
                    whole[c] = false;
                if (*level == RegionLevel::Wijk || *level == RegionLevel::Buurt)
                    lowLevelValues[c].push_back(cell.number);
                break;
            }
            mapping.values.push_back(value);
        }
    }
    if (gemeenten.size() != 1)
        mapping.municipalityCode.clear(), mapping.municipalityName.clear();

    for (int c = 0; c < static_cast<int>(mapping.columns.size()); ++c) {
        KwbMapping::Column &column = mapping.columns[c];
        if (!column.fromCatalogue) {
            column.indicator.kind =
                knownKinds.value(column.indicator.code, guessKind(column.indicator.code, whole[c]));
            column.indicator.unit = column.indicator.kind == IndicatorKind::Count
                                        ? QStringLiteral("count")
                                        : QStringLiteral("other");
        }
        if (column.indicator.kind == IndicatorKind::Count && looksRounded(lowLevelValues[c]))
            report.addWarning(file, 0, column.key,
                              QCoreApplication::translate(
                                  "KwbImport",
                                  "the wijk and buurt values are rounded to multiples of 5 "
                                  "(CBS privacy rounding): sums of buurten need not equal "
                                  "the wijk or gemeente"));
    }
    // Every value against its indicator's kind: finite, plausible, and for a count whole
    // and not negative (CBS counts are Datatype Long).
    for (const KwbMapping::Value &value : mapping.values) {
        if (value.status != ValueStatus::Final)
            continue;
        const KwbMapping::Column &column = mapping.columns[value.column];
        const KwbRow &row = table.rows[rowOfCode.value(mapping.regions[value.region].code)];
        const QString text = row.cells.at(value.column).trimmed();
        QString problem =
            valueProblem(text, value.value, column.indicator.kind, column.indicator.code);
        if (problem.isEmpty() && column.indicator.kind == IndicatorKind::Count &&
            value.value != std::floor(value.value))
            problem = QCoreApplication::translate("KwbImport",
                                                  "%1 is not a whole number, but '%2' is a count")
                          .arg(text, column.indicator.code);
        if (!problem.isEmpty())
            report.addError(file, row.line, fieldOf(row, column.key), problem);
    }
    if (mapping.regions.empty() && !report.hasErrors())
        report.addError(file, 0, QString(),
                        QCoreApplication::translate("KwbImport", "the table has no regions"));
    return mapping;
}

} // namespace wijk::import::cbs
