#include "engine/engine_csv.h"

#include "engine/region_names.h"
#include "output/spreadsheet_text.h"

#include <QSet>
#include <QStringList>
#include <cmath>

namespace wijk::engine {

namespace {

class CsvText
{
public:
    explicit CsvText(const QStringList &header) { add(header); }
    void add(const QStringList &fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted << csvField(field);
        mText += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return mText.toUtf8(); }

private:
    QString mText;
};

QString integer(int value, bool present = true)
{
    return present ? QString::number(value) : QString();
}

//! Why a series starts where it does: empty for a region's first series.
QString startReason(int breakYear)
{
    return breakYear > 0 ? QStringLiteral("boundary_change_%1").arg(breakYear) : QString();
}

//! The source column: harmonised (moved by a crosswalk), derived or delivered.
QString sourceName(const LevelValue &value)
{
    if (value.harmonised)
        return QStringLiteral("harmonised");
    return value.derived ? QStringLiteral("derived") : QStringLiteral("delivered");
}

//! The small_numbers column.
QString trueFalse(bool flag)
{
    return flag ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (value == 0.0)
        return QStringLiteral("0"); // no "-0"
    return QString::number(value, 'g', 17);
}

namespace {
//! The names of the regions a file lists, unambiguous among them (RegionNames).
template <typename Rows> RegionNames namesOf(const Dataset &dataset, const Rows &rows)
{
    std::vector<int> regions;
    QSet<int> seen;
    for (const auto &row : rows)
        if (!seen.contains(row.region)) {
            seen.insert(row.region);
            regions.push_back(row.region);
        }
    return RegionNames(dataset, regions);
}
} // namespace

QByteArray valuesCsv(const Dataset &dataset, const std::vector<LevelValue> &values)
{
    CsvText csv({"region", "region_name", "level", "indicator", "period", "value", "status",
                 "source", "series_start_reason", "small_numbers"});
    const RegionNames names = namesOf(dataset, values);
    for (const LevelValue &value : values) {
        const RegionEntry &region = dataset.region(value.region);
        const bool missing = value.status == ValueStatus::Missing;
        csv.add({output::neutraliseFormula(region.code),
                 output::neutraliseFormula(names.name(value.region)), contractName(region.level),
                 output::neutraliseFormula(dataset.indicator(value.indicator).code),
                 QString::number(value.period), csvNumber(value.value), statusName(value),
                 missing ? QString() : sourceName(value), startReason(value.seriesBreakYear),
                 trueFalse(value.smallNumbers)});
    }
    return csv.bytes();
}

QByteArray trendsCsv(const Dataset &dataset, const std::vector<TrendRow> &trends)
{
    CsvText csv({"region",     "region_name",  "level",       "indicator",
                 "n",          "first_period", "last_period", "first_value",
                 "last_value", "change_abs",   "change_pct",  "ols_slope",
                 "ols_se",     "ols_lo",       "ols_hi",      "ols_r2",
                 "sen_slope",  "sen_lo",       "sen_hi",      "mk_s",
                 "mk_var_s",   "mk_z",         "mk_p",        "mk_tau",
                 "q_value",    "direction",    "signal",      "series_start_reason"});
    const RegionNames names = namesOf(dataset, trends);
    for (const TrendRow &row : trends) {
        const RegionEntry &region = dataset.region(row.region);
        const bool any = row.n > 0;
        csv.add({output::neutraliseFormula(region.code),
                 output::neutraliseFormula(names.name(row.region)),
                 contractName(region.level),
                 output::neutraliseFormula(dataset.indicator(row.indicator).code),
                 QString::number(row.n),
                 integer(row.firstPeriod, any),
                 integer(row.lastPeriod, any),
                 csvNumber(row.firstValue),
                 csvNumber(row.lastValue),
                 csvNumber(row.changeAbs),
                 csvNumber(row.changePct),
                 csvNumber(row.ols.slope),
                 csvNumber(row.ols.se),
                 csvNumber(row.ols.low),
                 csvNumber(row.ols.high),
                 csvNumber(row.ols.r2),
                 csvNumber(row.sen.slope),
                 csvNumber(row.sen.low),
                 csvNumber(row.sen.high),
                 csvNumber(row.mk.s),
                 csvNumber(row.mk.varS),
                 csvNumber(row.mk.z),
                 csvNumber(row.mk.p),
                 csvNumber(row.mk.tau),
                 csvNumber(row.q),
                 directionName(row.direction),
                 signalName(row.signal),
                 row.estimatedUntilYear > 0 && row.firstPeriod <= row.estimatedUntilYear
                     ? QStringLiteral("harmonised_estimates_until_%1").arg(row.estimatedUntilYear)
                     : startReason(row.seriesBreakYear)});
    }
    return csv.bytes();
}

QByteArray signalsCsv(const Dataset &dataset, const std::vector<Signal> &found)
{
    CsvText csv({"region", "region_name", "level", "indicator", "signal", "assessment", "strength",
                 "since_year", "slope", "q_value", "year", "value", "z", "explanation",
                 "small_numbers"});
    const RegionNames names = namesOf(dataset, found);
    for (const Signal &signal : found) {
        const RegionEntry &region = dataset.region(signal.region);
        const bool outlier = signal.kind == SignalKind::Outlier;
        csv.add({output::neutraliseFormula(region.code),
                 output::neutraliseFormula(names.name(signal.region)), contractName(region.level),
                 output::neutraliseFormula(dataset.indicator(signal.indicator).code),
                 signalKindName(signal.kind), assessmentName(signal.assessment),
                 csvNumber(signal.strength), integer(signal.sinceYear, !outlier),
                 csvNumber(signal.slope), csvNumber(signal.q), integer(signal.year, outlier),
                 csvNumber(signal.value), csvNumber(signal.z),
                 output::neutraliseFormula(signal.explanation), trueFalse(signal.smallNumbers)});
    }
    return csv.bytes();
}

} // namespace wijk::engine
