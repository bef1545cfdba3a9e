#include "export/export_rows.h"

#include "engine/level_values.h"
#include "engine/region_names.h"

#include <algorithm>
#include <cmath>

namespace wijk::exports {

namespace {

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

QVariant positive(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

std::vector<int> allIndicators(const engine::Dataset &dataset, const std::vector<int> &wanted)
{
    if (!wanted.empty())
        return wanted;
    std::vector<int> all;
    for (int i = 0; i < dataset.indicatorCount(); ++i)
        all.push_back(i);
    return all;
}

//! The vintage of region r in force in period year: the latest vintage not after it.
int vintageFor(const engine::RegionEntry &region, int year)
{
    int chosen = region.vintages.empty() ? 0 : region.vintages.front().vintage;
    for (const Region &vintage : region.vintages) {
        if (vintage.vintage <= year)
            chosen = vintage.vintage;
    }
    return chosen;
}

} // namespace

double roundForDisplay(const Indicator &indicator, double value)
{
    if (!std::isfinite(value))
        return value;
    const double factor = std::pow(10.0, indicator.displayDecimals());
    const double rounded = std::round(value * factor) / factor;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

ExportTable valuesTable(const engine::Dataset &dataset, const ExportSelection &selection)
{
    ExportTable table;
    table.name = QStringLiteral("values");
    table.columns = {{QStringLiteral("region_code"), ColumnType::Text},
                     {QStringLiteral("region_name"), ColumnType::Text},
                     {QStringLiteral("level"), ColumnType::Text},
                     {QStringLiteral("indicator_code"), ColumnType::Text},
                     {QStringLiteral("indicator_name"), ColumnType::Text},
                     {QStringLiteral("theme"), ColumnType::Text},
                     {QStringLiteral("unit"), ColumnType::Text},
                     {QStringLiteral("period"), ColumnType::Integer},
                     {QStringLiteral("value"), ColumnType::Real},
                     {QStringLiteral("status"), ColumnType::Text},
                     {QStringLiteral("series_break_year"), ColumnType::Integer},
                     {QStringLiteral("small_numbers"), ColumnType::Text}};
    for (RegionLevel level : selection.levels) {
        // "Wijk 01" occurs in hundreds of gemeenten: unambiguous within the level exported.
        const engine::RegionNames names = engine::RegionNames::ofLevel(dataset, level);
        for (const engine::LevelValue &row :
             engine::levelValues(dataset, level, selection.indicators)) {
            const engine::RegionEntry &region = dataset.region(row.region);
            const Indicator &indicator = dataset.indicator(row.indicator);
            table.addRow({region.code, names.name(row.region), contractName(level), indicator.code,
                          indicator.name, indicator.theme, indicator.unit, row.period,
                          number(roundForDisplay(indicator, row.value)), engine::statusName(row),
                          positive(row.seriesBreakYear),
                          row.smallNumbers ? QStringLiteral("true") : QStringLiteral("false")});
        }
    }
    return table;
}

ExportTable trendsTable(const engine::Dataset &dataset, const std::vector<engine::TrendRow> &rows)
{
    ExportTable table;
    table.name = QStringLiteral("trends");
    table.columns = {{QStringLiteral("region_code"), ColumnType::Text},
                     {QStringLiteral("region_name"), ColumnType::Text},
                     {QStringLiteral("level"), ColumnType::Text},
                     {QStringLiteral("indicator_code"), ColumnType::Text},
                     {QStringLiteral("indicator_name"), ColumnType::Text},
                     {QStringLiteral("series_break_year"), ColumnType::Integer},
                     {QStringLiteral("n"), ColumnType::Integer},
                     {QStringLiteral("first_period"), ColumnType::Integer},
                     {QStringLiteral("last_period"), ColumnType::Integer},
                     {QStringLiteral("first_value"), ColumnType::Real},
                     {QStringLiteral("last_value"), ColumnType::Real},
                     {QStringLiteral("change"), ColumnType::Real},
                     {QStringLiteral("change_pct"), ColumnType::Real, 1},
                     {QStringLiteral("sen_slope"), ColumnType::Real, 4},
                     {QStringLiteral("sen_low"), ColumnType::Real, 4},
                     {QStringLiteral("sen_high"), ColumnType::Real, 4},
                     {QStringLiteral("mk_tau"), ColumnType::Real, 3},
                     {QStringLiteral("p"), ColumnType::Real, 4},
                     {QStringLiteral("q"), ColumnType::Real, 4},
                     {QStringLiteral("direction"), ColumnType::Text},
                     {QStringLiteral("signal"), ColumnType::Text}};
    std::vector<int> listed;
    for (const engine::TrendRow &row : rows)
        listed.push_back(row.region);
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    const engine::RegionNames names(dataset, listed);
    for (const engine::TrendRow &row : rows) {
        const engine::RegionEntry &region = dataset.region(row.region);
        const Indicator &indicator = dataset.indicator(row.indicator);
        table.addRow({region.code,
                      names.name(row.region),
                      contractName(region.level),
                      indicator.code,
                      indicator.name,
                      positive(row.seriesBreakYear),
                      row.n,
                      positive(row.firstPeriod),
                      positive(row.lastPeriod),
                      number(roundForDisplay(indicator, row.firstValue)),
                      number(roundForDisplay(indicator, row.lastValue)),
                      number(roundForDisplay(indicator, row.changeAbs)),
                      number(row.changePct),
                      number(row.sen.slope),
                      number(row.sen.low),
                      number(row.sen.high),
                      number(row.mk.tau),
                      number(row.mk.p),
                      number(row.q),
                      engine::directionName(row.direction),
                      engine::signalName(row.signal)});
    }
    return table;
}

ExportTable geoValuesTable(const engine::Dataset &dataset, RegionLevel level,
                           const std::vector<int> &indicators, const GeometryLookup &geometry)
{
    const std::vector<int> wanted = allIndicators(dataset, indicators);
    ExportTable table;
    table.name = QStringLiteral("values_%1").arg(contractName(level));
    table.columns = {{QStringLiteral("region_code"), ColumnType::Text},
                     {QStringLiteral("region_name"), ColumnType::Text},
                     {QStringLiteral("period"), ColumnType::Integer},
                     {QStringLiteral("vintage"), ColumnType::Integer}};
    for (int i : wanted) {
        const QString code = dataset.indicator(i).code;
        table.columns.push_back({code, ColumnType::Real});
        table.columns.push_back({code + QStringLiteral("_status"), ColumnType::Text});
    }
    // levelValues() is in region, indicator, period order: gather per (region, period).
    const std::vector<engine::LevelValue> values = engine::levelValues(dataset, level, wanted);
    const int periodCount = dataset.periodCount();
    const int columnsPerIndicator = 2;
    const engine::RegionNames names = engine::RegionNames::ofLevel(dataset, level);
    for (int r : dataset.regionsOfLevel(level)) {
        std::vector<QVariantList> rows(static_cast<std::size_t>(periodCount));
        std::vector<bool> used(static_cast<std::size_t>(periodCount), false);
        const engine::RegionEntry &region = dataset.region(r);
        for (int p = 0; p < periodCount; ++p) {
            const int year = dataset.period(p);
            QVariantList row = {region.code, names.name(r), year, vintageFor(region, year)};
            for (std::size_t k = 0; k < wanted.size() * columnsPerIndicator; ++k)
                row << QVariant();
            rows[std::size_t(p)] = row;
        }
        for (const engine::LevelValue &value : values) {
            if (value.region != r)
                continue;
            const int p = dataset.periodIndex(value.period);
            const auto slot = std::find(wanted.begin(), wanted.end(), value.indicator);
            const int column = 4 + int(slot - wanted.begin()) * columnsPerIndicator;
            QVariantList &row = rows[std::size_t(p)];
            row[column] = number(roundForDisplay(dataset.indicator(value.indicator), value.value));
            row[column + 1] = engine::statusName(value);
            used[std::size_t(p)] = true;
        }
        for (int p = 0; p < periodCount; ++p) {
            if (!used[std::size_t(p)])
                continue;
            const int vintage = rows[std::size_t(p)].at(3).toInt();
            table.addRow(rows[std::size_t(p)],
                         geometry ? geometry(region.code, vintage) : QByteArray());
        }
    }
    if (table.geometries.empty())
        table.geometries.resize(table.rows.size()); // still a spatial layer, without shapes
    return table;
}

} // namespace wijk::exports
