#include "model/model.h"

#include <QRegularExpression>

namespace wijk {

namespace {
template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const QString &text, const std::pair<Enum, const char *> (&table)[N])
{
    const QString key = text.trimmed().toLower();
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString name(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

const std::pair<RegionLevel, const char *> kLevels[] = {{RegionLevel::Land, "land"},
                                                        {RegionLevel::Gemeente, "gemeente"},
                                                        {RegionLevel::Wijk, "wijk"},
                                                        {RegionLevel::Buurt, "buurt"}};
const std::pair<IndicatorKind, const char *> kKinds[] = {{IndicatorKind::Count, "count"},
                                                         {IndicatorKind::Ratio, "ratio"},
                                                         {IndicatorKind::Mean, "mean"},
                                                         {IndicatorKind::Value, "value"}};
const std::pair<Polarity, const char *> kPolarities[] = {
    {Polarity::Neutral, "neutral"},
    {Polarity::HigherIsBetter, "higher_is_better"},
    {Polarity::LowerIsBetter, "lower_is_better"}};
const std::pair<ValueStatus, const char *> kStatuses[] = {
    {ValueStatus::Final, "final"},         {ValueStatus::Provisional, "provisional"},
    {ValueStatus::Estimated, "estimated"}, {ValueStatus::Suppressed, "suppressed"},
    {ValueStatus::Missing, "missing"},     {ValueStatus::Derived, "derived"}};
} // namespace

QString contractName(RegionLevel level)
{
    return name(level, kLevels);
}
QString contractName(IndicatorKind kind)
{
    return name(kind, kKinds);
}
QString contractName(Polarity polarity)
{
    return name(polarity, kPolarities);
}
QString contractName(ValueStatus status)
{
    return name(status, kStatuses);
}

std::optional<RegionLevel> regionLevelFromString(const QString &text)
{
    return lookup(text, kLevels);
}
std::optional<IndicatorKind> indicatorKindFromString(const QString &text)
{
    return lookup(text, kKinds);
}
std::optional<Polarity> polarityFromString(const QString &text)
{
    return lookup(text, kPolarities);
}
std::optional<ValueStatus> valueStatusFromString(const QString &text)
{
    // The contract writes a final value as an empty status.
    if (text.trimmed().isEmpty())
        return ValueStatus::Final;
    return lookup(text, kStatuses);
}

std::optional<RegionLevel> levelFromCode(const QString &code)
{
    static const QRegularExpression land(QStringLiteral("^NL\\d{2}$"));
    static const QRegularExpression gemeente(QStringLiteral("^GM\\d{4}$"));
    static const QRegularExpression wijk(QStringLiteral("^WK\\d{6}$"));
    static const QRegularExpression buurt(QStringLiteral("^BU\\d{8}$"));
    if (buurt.match(code).hasMatch())
        return RegionLevel::Buurt;
    if (wijk.match(code).hasMatch())
        return RegionLevel::Wijk;
    if (gemeente.match(code).hasMatch())
        return RegionLevel::Gemeente;
    if (land.match(code).hasMatch())
        return RegionLevel::Land;
    return std::nullopt;
}

QString parentFromCode(const QString &code)
{
    const auto level = levelFromCode(code);
    if (level == RegionLevel::Buurt)
        return QStringLiteral("WK") + code.mid(2, 6);
    if (level == RegionLevel::Wijk)
        return QStringLiteral("GM") + code.mid(2, 4);
    return QString();
}

} // namespace wijk
