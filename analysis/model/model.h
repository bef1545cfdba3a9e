// The domain model shared by every module: regions, indicators and observations as the
// extract contract (shared/docs/extract-contract.md) defines them.
#pragma once

#include <QString>
#include <QStringList>
#include <cmath>
#include <limits>
#include <optional>

namespace wijk {

//! Administrative level of a region. Land is CBS's NL00 (a reference, never aggregated into).
enum class RegionLevel
{
    Land,
    Gemeente,
    Wijk,
    Buurt
};

//! How an indicator combines when buurten are aggregated to wijken and gemeenten.
enum class IndicatorKind
{
    Count,
    Ratio,
    Mean,
    Value
};

enum class Polarity
{
    Neutral,
    HigherIsBetter,
    LowerIsBetter
};

//! Status of one value. Final/Provisional/Estimated/Suppressed/Missing come from the
//! publisher; Derived is set by the engine when it aggregates a value itself.
enum class ValueStatus
{
    Final,
    Provisional,
    Estimated,
    Suppressed,
    Missing,
    Derived
};

QString contractName(RegionLevel level);
QString contractName(IndicatorKind kind);
QString contractName(Polarity polarity);
QString contractName(ValueStatus status);
[[nodiscard]] std::optional<RegionLevel> regionLevelFromString(const QString &text);
[[nodiscard]] std::optional<IndicatorKind> indicatorKindFromString(const QString &text);
[[nodiscard]] std::optional<Polarity> polarityFromString(const QString &text);
[[nodiscard]] std::optional<ValueStatus> valueStatusFromString(const QString &text);

//! Level implied by a CBS-style code: NL00, GM0402, WK040201, BU04020101 (also WK0363AA).
[[nodiscard]] std::optional<RegionLevel> levelFromCode(const QString &code);
//! Parent code implied by a CBS-style code (BU04020101 -> WK040201 -> GM0402); empty for GM/NL.
QString parentFromCode(const QString &code);

struct Region
{
    QString code;
    QString name;
    RegionLevel level = RegionLevel::Buurt;
    QString parent;  //!< code of the containing region one level up; empty for gemeente/land
    int vintage = 0; //!< year of the division this region (and its geometry) belongs to
    double areaM2 = std::numeric_limits<double>::quiet_NaN(); //!< NaN when there is no geometry
};

struct Indicator
{
    QString code;
    QString name;
    QString nameEn;
    QString theme;
    QString unit = QStringLiteral("other");
    IndicatorKind kind = IndicatorKind::Value;
    QString numerator;   //!< for Ratio
    QString denominator; //!< for Ratio and Mean (the weight)
    double scale = 1.0;
    Polarity polarity = Polarity::Neutral;
    int minN = 0; //!< disclosure threshold; 0 means none
    //! Reliability threshold on the denominator of a ratio or mean (catalogue min_reliable_n);
    //! -1: not given, the default applies (reliableThreshold()).
    int minReliableN = -1;
    int decimals = -1; //!< -1: the default (0 for counts, 1 otherwise)
    QString source;
    QString definition;

    int displayDecimals() const
    {
        return decimals >= 0 ? decimals : (kind == IndicatorKind::Count ? 0 : 1);
    }
    //! The denominator below which a ratio or mean rests on small numbers: min_reliable_n, 100
    //! when not given; 0 (none) for counts and values, which have no denominator.
    int reliableThreshold() const
    {
        if (kind != IndicatorKind::Ratio && kind != IndicatorKind::Mean)
            return 0;
        return minReliableN >= 0 ? minReliableN : kDefaultMinReliableN;
    }
    static constexpr int kDefaultMinReliableN = 100;
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

//! One value of one region for one indicator in one period (a year).
struct Observation
{
    QString region;
    QString indicator;
    int period = 0;
    double value = std::numeric_limits<double>::quiet_NaN(); //!< NaN when missing/suppressed
    ValueStatus status = ValueStatus::Final;
    QString extractId; //!< the extract it came from; empty for derived values

    bool hasValue() const { return !std::isnan(value); }
};

} // namespace wijk
