#include "table_rows.h"

#include "map_values.h"

#include <QHash>

namespace wijk::presentation {

TableCell tableCell(const engine::LevelValue &value)
{
    return TableCell{value.value, shownStatus(value), value.smallNumbers, QString()};
}

TableData periodTable(const engine::Dataset &dataset, int i, RegionLevel level, Language language)
{
    TableData data;
    const Indicator &indicator = dataset.indicator(i);
    const bool english = language == Language::English;
    QHash<int, int> column;
    for (int period : dataset.periods()) {
        column.insert(period, data.columns.size());
        data.columns.push_back({QString::number(period), indicator.displayDecimals(),
                                indicator.displayName(english), QString(),
                                QStringLiteral("%1_%2").arg(indicator.code).arg(period)});
    }
    const std::vector<int> &periods = dataset.periods();
    if (!periods.empty())
        data.caption =
            QStringLiteral("%1 (%2), %3–%4")
                .arg(indicator.displayName(english), unitNameOfCode(indicator.unit, language))
                .arg(periods.front())
                .arg(periods.back());
    QHash<int, int> rowOf;
    for (const engine::LevelValue &v : engine::levelValues(dataset, level, {i})) {
        auto it = rowOf.find(v.region);
        if (it == rowOf.end()) {
            const engine::RegionEntry &entry = dataset.region(v.region);
            data.rows.push_back({entry.code, entry.name, QVector<TableCell>(data.columns.size())});
            it = rowOf.insert(v.region, data.rows.size() - 1);
        }
        data.rows[it.value()].cells[column.value(v.period)] = tableCell(v);
    }
    return data;
}

TableData indicatorTable(const engine::Dataset &dataset, const std::vector<int> &indicators,
                         const QString &theme, RegionLevel level, int period, Language language)
{
    TableData data;
    QHash<int, int> column;
    for (int i : indicators) {
        const Indicator &indicator = dataset.indicator(i);
        column.insert(i, data.columns.size());
        const QString name = indicator.displayName(language == Language::English);
        // Long names make wide columns: the header shows the name, its tooltip adds the unit.
        const QString unit = unitNameOfCode(indicator.unit, language);
        data.columns.push_back({name, indicator.displayDecimals(),
                                QStringLiteral("%1 (%2)").arg(name, unit), unit, indicator.code});
    }
    data.caption = QStringLiteral("%1, %2").arg(theme).arg(period);
    QHash<int, int> rowOf;
    for (const engine::LevelValue &v : engine::levelValues(dataset, level, indicators, period)) {
        auto it = rowOf.find(v.region);
        if (it == rowOf.end()) {
            const engine::RegionEntry &entry = dataset.region(v.region);
            data.rows.push_back({entry.code, entry.name, QVector<TableCell>(data.columns.size())});
            it = rowOf.insert(v.region, data.rows.size() - 1);
        }
        data.rows[it.value()].cells[column.value(v.indicator)] = tableCell(v);
    }
    return data;
}

} // namespace wijk::presentation
