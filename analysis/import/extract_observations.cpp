#include "import/extract_observations.h"

#include "import/csv_reader.h"

#include <QCoreApplication>
#include <string>
#include <unordered_map>

namespace wijk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::ExtractObservations", text);
}

QString qs(std::string_view view)
{
    return QString::fromUtf8(view.data(), int(view.size()));
}

struct IndicatorEntry
{
    qint64 key = -1;
    bool count = false;
};

//! A four-digit year, or 0.
int parseYear(std::string_view text)
{
    if (text.size() != 4)
        return 0;
    int year = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return 0;
        year = year * 10 + (c - '0');
    }
    return year >= 1000 ? year : 0;
}

//! Caches the last looked-up code: files are usually sorted, so most rows repeat it.
template <typename Value> class Lookup
{
public:
    explicit Lookup(std::unordered_map<std::string, Value> map) : mMap(std::move(map)) {}
    const Value *find(std::string_view code)
    {
        if (mLast && code == mLastCode)
            return mLast;
        mLastCode.assign(code.data(), code.size());
        const auto it = mMap.find(mLastCode);
        mLast = it == mMap.end() ? nullptr : &it->second;
        return mLast;
    }

private:
    std::unordered_map<std::string, Value> mMap;
    std::string mLastCode;
    const Value *mLast = nullptr;
};
} // namespace

ObservationPass streamExtractObservations(const QString &gdalPath, const QString &displayName,
                                          ImportTransaction &transaction, qint64 extractKey,
                                          const QHash<QString, IndicatorKind> &indicatorKinds,
                                          const QStringList &regionCodes, bool checkRegions,
                                          const ImportRequest &request, ImportReport &report)
{
    ObservationPass pass;
    CsvReader csv(&report);
    if (!csv.open(gdalPath, displayName))
        return pass;
    csv.warnUnknownColumns({"region", "indicator", "period", "value", "status"});
    if (!csv.requireColumns({"region", "indicator", "period", "value"}))
        return pass;
    const int regionColumn = csv.column(QStringLiteral("region"));
    const int indicatorColumn = csv.column(QStringLiteral("indicator"));
    const int periodColumn = csv.column(QStringLiteral("period"));
    const int valueColumn = csv.column(QStringLiteral("value"));
    const int statusColumn = csv.column(QStringLiteral("status"));

    std::unordered_map<std::string, IndicatorEntry> indicatorMap;
    for (auto it = indicatorKinds.begin(); it != indicatorKinds.end(); ++it)
        indicatorMap[it.key().toStdString()] = {transaction.indicatorKey(it.key()),
                                                it.value() == IndicatorKind::Count};
    std::unordered_map<std::string, qint64> regionMap;
    for (const QString &code : regionCodes)
        regionMap[code.toStdString()] = transaction.regionKey(code);
    Lookup<IndicatorEntry> indicators(std::move(indicatorMap));
    Lookup<qint64> regions(std::move(regionMap));

    const qint64 size = csv.size();
    while (csv.next()) {
        ++pass.rows;
        if ((pass.rows & 0xFFFF) == 0) {
            if (request.cancelled()) {
                pass.cancelled = true;
                return pass;
            }
            if (request.progress)
                request.progress(csv.bytesRead(), size, displayName);
        }
        bool ok = true;
        const std::string_view regionCode = csv.view(regionColumn);
        const qint64 *region = regions.find(regionCode);
        if (!region && !checkRegions) {
            ok = false;
        } else if (!region) {
            csv.error(regionColumn, regionCode.empty()
                                        ? tr("is empty")
                                        : tr("'%1' is not a region of this extract or the "
                                             "workspace")
                                              .arg(qs(regionCode)));
            ok = false;
        }
        const std::string_view indicatorCode = csv.view(indicatorColumn);
        const IndicatorEntry *indicator = indicators.find(indicatorCode);
        if (!indicator) {
            csv.error(
                indicatorColumn,
                indicatorCode.empty()
                    ? tr("is empty")
                    : tr("'%1' is not in indicators.csv or the workspace").arg(qs(indicatorCode)));
            ok = false;
        }
        const int period = parseYear(csv.view(periodColumn));
        if (period == 0) {
            csv.error(periodColumn, tr("'%1' is not a year (YYYY)").arg(csv.text(periodColumn)));
            ok = false;
        }
        ValueStatus status = ValueStatus::Final;
        if (statusColumn >= 0 && !csv.isEmpty(statusColumn)) {
            const auto parsed = valueStatusFromString(csv.text(statusColumn));
            if (!parsed || *parsed == ValueStatus::Derived || *parsed == ValueStatus::Final) {
                csv.error(statusColumn, tr("'%1' is not a status; use provisional, estimated, "
                                           "suppressed or missing, or leave it empty")
                                            .arg(csv.text(statusColumn)));
                ok = false;
            }
            status = parsed.value_or(ValueStatus::Final);
        }
        double value = std::numeric_limits<double>::quiet_NaN();
        switch (csv.number(valueColumn, &value)) {
        case CsvReader::Number::Ok:
            if (status == ValueStatus::Suppressed) {
                csv.error(
                    valueColumn,
                    tr("a suppressed value must be empty, found '%1'").arg(csv.text(valueColumn)));
                ok = false;
            } else if (value < 0 && indicator && indicator->count) {
                csv.error(valueColumn, tr("%1 is negative, but '%2' is a count")
                                           .arg(csv.text(valueColumn), qs(indicatorCode)));
                ok = false;
            }
            break;
        case CsvReader::Number::Empty:
            value = std::numeric_limits<double>::quiet_NaN();
            break;
        case CsvReader::Number::Invalid:
            csv.error(valueColumn, tr("'%1' is not a number").arg(csv.text(valueColumn)));
            ok = false;
            break;
        case CsvReader::Number::NotFinite:
            csv.error(valueColumn,
                      tr("'%1' is not a finite number (NaN and infinity are not allowed)")
                          .arg(csv.text(valueColumn)));
            ok = false;
            break;
        }
        if (!ok)
            continue;
        pass.minPeriod = pass.minPeriod == 0 ? period : std::min(pass.minPeriod, period);
        pass.maxPeriod = std::max(pass.maxPeriod, period);
        switch (transaction.putObservation(*region, indicator->key, period, value, status,
                                           extractKey)) {
        case ImportTransaction::PutResult::Written:
            ++pass.written;
            break;
        case ImportTransaction::PutResult::KeptNewer:
            ++pass.keptNewer;
            break;
        case ImportTransaction::PutResult::Duplicate:
            csv.error(-1, tr("a second value for region %1, indicator %2, period %3")
                              .arg(qs(regionCode), qs(indicatorCode))
                              .arg(period));
            break;
        case ImportTransaction::PutResult::Failed:
            csv.error(-1, tr("cannot be stored: %1").arg(transaction.lastError()));
            return pass;
        }
    }
    if (request.progress)
        request.progress(size, size, displayName);
    return pass;
}

} // namespace wijk
