// Oudstad, a small case for the crosswalk tests (docs/crosswalk.md): gemeente GM9002 merges
// into GM9001 in 2024; wijk WK900102 is split into WK900103 and WK900104; GM9002's only wijk
// WK900201 becomes WK900105; WK900101 stays as it is. Values for 2017 (old division) and
// 2024 (new division); the crosswalk 2017 -> 2024 weighs by addresses.
//
// Hand-checked expectations, 2017 on the 2024 division (weights: WK900102 -> 103: 300,
// -> 104: 100; WK900201 -> 105: 50; GM9001 -> GM9001: 1000, GM9002 -> GM9001: 50):
//   inwoners     WK900103 = 2000 x 300/400 = 1500, WK900104 = 500, WK900105 = 500,
//                GM9001 = 3000 + 500 = 3500 (= 1000 + 1500 + 500 + 500: the total holds)
//   ouderen      WK900103 = 225, GM9001 = 600
//   pct_ouderen  WK900103 = 225 / 1500 x 100 = 15; GM9001 = 600 / 3500 x 100 = 17.142857…
//                (the weighted average of 16.67 and 20 would be 16.825…: not used)
//   inkomen      (mean per inwoner) GM9001 = (26 x 3000 + 27 x 500) / 3500 = 26.142857…
//   tevredenheid (plain value) GM9001 = (6.5 x 1000 + 8 x 50) / 1050 = 6.571428…
#pragma once

#include "import/import_transaction.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace wijk::test::oudstad {

inline Region region(const char *code, RegionLevel level, const char *parent, int vintage)
{
    Region r;
    r.code = QString::fromLatin1(code);
    r.name = QStringLiteral("Oudstad ") + r.code;
    r.level = level;
    r.parent = QString::fromLatin1(parent);
    r.vintage = vintage;
    return r;
}

inline std::vector<Region> regions()
{
    return {region("GM9001", RegionLevel::Gemeente, "", 2017),
            region("GM9002", RegionLevel::Gemeente, "", 2017),
            region("WK900101", RegionLevel::Wijk, "GM9001", 2017),
            region("WK900102", RegionLevel::Wijk, "GM9001", 2017),
            region("WK900201", RegionLevel::Wijk, "GM9002", 2017),
            region("GM9001", RegionLevel::Gemeente, "", 2024),
            region("WK900101", RegionLevel::Wijk, "GM9001", 2024),
            region("WK900103", RegionLevel::Wijk, "GM9001", 2024),
            region("WK900104", RegionLevel::Wijk, "GM9001", 2024),
            region("WK900105", RegionLevel::Wijk, "GM9001", 2024)};
}

inline Indicator indicator(const char *code, IndicatorKind kind, const char *numerator = "",
                           const char *denominator = "", double scale = 1.0)
{
    Indicator i;
    i.code = QString::fromLatin1(code);
    i.name = i.code;
    i.theme = QStringLiteral("Bevolking");
    i.unit = kind == IndicatorKind::Count ? QStringLiteral("count") : QStringLiteral("other");
    i.kind = kind;
    i.numerator = QString::fromLatin1(numerator);
    i.denominator = QString::fromLatin1(denominator);
    i.scale = scale;
    i.minN = 10;
    return i;
}

inline std::vector<Indicator> indicators()
{
    return {indicator("inwoners", IndicatorKind::Count), indicator("ouderen", IndicatorKind::Count),
            indicator("pct_ouderen", IndicatorKind::Ratio, "ouderen", "inwoners", 100.0),
            indicator("inkomen", IndicatorKind::Mean, "", "inwoners"),
            indicator("tevredenheid", IndicatorKind::Value)};
}

inline Observation value(const char *region, const char *indicator, int period, double v,
                         ValueStatus status = ValueStatus::Final)
{
    Observation o;
    o.region = QString::fromLatin1(region);
    o.indicator = QString::fromLatin1(indicator);
    o.period = period;
    o.value = v;
    o.status = status;
    o.extractId = QStringLiteral("oudstad");
    return o;
}

//! Every delivered value (gemeenten included, so nothing needs deriving).
inline std::vector<Observation> observations()
{
    std::vector<Observation> all;
    const auto add = [&](const char *code, int period, double inwoners, double ouderen,
                         double inkomen, double tevredenheid) {
        all.push_back(value(code, "inwoners", period, inwoners));
        all.push_back(value(code, "ouderen", period, ouderen));
        all.push_back(value(code, "pct_ouderen", period, ouderen / inwoners * 100.0));
        all.push_back(value(code, "inkomen", period, inkomen));
        all.push_back(value(code, "tevredenheid", period, tevredenheid));
    };
    add("WK900101", 2017, 1000, 200, 30, 7.0);
    add("WK900102", 2017, 2000, 300, 24, 6.0);
    add("WK900201", 2017, 500, 100, 27, 8.0);
    add("GM9001", 2017, 3000, 500, 26, 6.5);
    add("GM9002", 2017, 500, 100, 27, 8.0);
    add("WK900101", 2024, 1100, 230, 33, 7.2);
    add("WK900103", 2024, 1600, 250, 26, 6.4);
    add("WK900104", 2024, 550, 90, 25, 6.1);
    add("WK900105", 2024, 520, 110, 28, 7.9);
    add("GM9001", 2024, 3770, 680, 28.5, 6.9);
    return all;
}

//! The crosswalk 2017 -> 2024 with its years in columns.
inline QByteArray crosswalkCsv()
{
    return "from_code,to_code,weight,from_year,to_year\n"
           "WK900102,WK900103,300,2017,2024\n"
           "WK900102,WK900104,100,2017,2024\n"
           "WK900201,WK900105,50,2017,2024\n"
           "GM9001,GM9001,1000,2017,2024\n"
           "GM9002,GM9001,50,2017,2024\n";
}

//! Writes Oudstad's regions, catalogue and values into a workspace; false with *error.
inline bool fill(workspace::Workspace &workspace, QString *error)
{
    auto tx = import::ImportTransaction::begin(workspace, error);
    if (!tx)
        return false;
    workspace::ExtractInfo extract;
    extract.extractId = QStringLiteral("oudstad");
    extract.format = QStringLiteral("extract");
    extract.created = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
    extract.manifestJson = "{}";
    const qint64 key = tx->recordExtract(extract);
    if (key < 0)
        return *error = tx->lastError(), false;
    for (const Indicator &i : indicators())
        if (tx->putIndicator(i) < 0)
            return *error = tx->lastError(), false;
    for (const Region &r : regions())
        if (!tx->putRegion(r, QByteArray(), error))
            return false;
    for (const Observation &o : observations())
        if (tx->putObservation(tx->regionKey(o.region), tx->indicatorKey(o.indicator), o.period,
                               o.value, o.status,
                               key) != import::ImportTransaction::PutResult::Written)
            return *error = tx->lastError(), false;
    return tx->commit(error);
}

} // namespace wijk::test::oudstad
