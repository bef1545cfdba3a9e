#include "empirical_bayes_values.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace wijk::presentation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::presentation", text);
}
} // namespace

QString empiricalBayesUnavailableReason(const engine::Dataset &dataset, int i)
{
    if (i < 0)
        return tr("No indicator chosen.");
    const Indicator &indicator = dataset.indicator(i);
    if (indicator.kind != IndicatorKind::Ratio)
        return tr("Empirical Bayes rates are for ratios (a numerator per denominator); %1 is "
                  "no ratio.")
            .arg(indicator.name);
    if (dataset.indicatorIndex(indicator.numerator) < 0 ||
        dataset.indicatorIndex(indicator.denominator) < 0)
        return tr("Empirical Bayes rates need the numerator and the denominator of %1 in the "
                  "workspace; it lacks %2.")
            .arg(indicator.name, dataset.indicatorIndex(indicator.numerator) < 0
                                     ? indicator.numerator
                                     : indicator.denominator);
    return QString();
}

QHash<QString, engine::RegionRate> empiricalBayesByCode(const engine::Dataset &dataset, int i,
                                                        RegionLevel level, int p)
{
    QHash<QString, engine::RegionRate> rates;
    if (!empiricalBayesUnavailableReason(dataset, i).isEmpty() || p < 0)
        return rates;
    for (const engine::RegionRate &rate : engine::empiricalBayesOfLevel(dataset, i, level, p))
        if (std::isfinite(rate.rate.smoothed) && dataset.hasValue(i, rate.region, p))
            rates.insert(dataset.region(rate.region).code, rate);
    return rates;
}

QVector<MapValue> empiricalBayesMapValues(const engine::Dataset &dataset, int i, int p,
                                          const QVector<MapValue> &values)
{
    if (values.isEmpty())
        return values;
    const int r0 = dataset.regionIndex(values.constFirst().code);
    const RegionLevel level = r0 >= 0 ? dataset.region(r0).level : RegionLevel::Wijk;
    const QHash<QString, engine::RegionRate> rates = empiricalBayesByCode(dataset, i, level, p);
    QVector<MapValue> smoothed;
    smoothed.reserve(values.size());
    for (const MapValue &value : values) {
        MapValue eb;
        eb.code = value.code;
        eb.status = value.status;
        eb.smallNumbers = value.smallNumbers;
        const auto rate = rates.constFind(value.code);
        if (rate != rates.constEnd())
            eb.value = rate->rate.smoothed;
        else if (!isWithheld(eb.status))
            eb.status = ValueStatus::Missing;
        smoothed.append(eb);
    }
    return smoothed;
}

int insertEmpiricalBayesColumn(TableData &table, const engine::Dataset &dataset, int i,
                               RegionLevel level, int p)
{
    if (i < 0 || p < 0)
        return -1;
    const QHash<QString, engine::RegionRate> rates = empiricalBayesByCode(dataset, i, level, p);
    TableColumn column;
    column.title = tr("EB-estimated %1").arg(dataset.period(p));
    column.decimals = dataset.indicator(i).displayDecimals();
    column.key = QStringLiteral("%1_eb_%2").arg(dataset.indicator(i).code).arg(dataset.period(p));
    column.tooltip = tr("Empirical Bayes rate: the raw rate shrunk towards the overall rate, "
                        "the more the smaller its denominator");
    // Beside the raw rate it smooths, not after the last year.
    const QString year = QString::number(dataset.period(p));
    int at = int(table.columns.size());
    for (int c = 0; c < int(table.columns.size()); ++c)
        if (table.columns[c].title == year)
            at = c + 1;
    table.columns.insert(at, column);
    for (TableRow &row : table.rows) {
        TableCell cell;
        const auto rate = rates.constFind(row.code);
        if (rate != rates.constEnd()) {
            cell.value = rate->rate.smoothed;
            cell.status = ValueStatus::Derived;
            cell.note = empiricalBayesTooltip(dataset, i, *rate);
        }
        row.cells.insert(std::min(at, int(row.cells.size())), cell);
    }
    return at;
}

QString empiricalBayesTooltip(const engine::Dataset &dataset, int i, const engine::RegionRate &rate)
{
    if (!std::isfinite(rate.rate.smoothed))
        return QString();
    const int decimals = dataset.indicator(i).displayDecimals();
    const QLocale locale;
    return tr("EB-estimated: %1 (raw %2; %3 of %4)")
        .arg(locale.toString(rate.rate.smoothed, 'f', decimals),
             locale.toString(rate.rate.raw, 'f', decimals), locale.toString(rate.numerator, 'f', 0),
             locale.toString(rate.denominator, 'f', 0));
}

} // namespace wijk::presentation
