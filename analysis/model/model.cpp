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
    // Wijk and buurt numbers may carry capital letters since CBS renumbered Amsterdam
    // (WK0363AA, BU0363AA01); the municipality part is always four digits.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(NL\\d{2})|(GM\\d{4})|(WK\\d{4}[0-9A-Z]{2})|(BU\\d{4}[0-9A-Z]{4}))$"));
    const auto match = pattern.match(code);
    if (!match.hasMatch())
        return std::nullopt;
    if (!match.captured(1).isEmpty())
        return RegionLevel::Land;
    if (!match.captured(2).isEmpty())
        return RegionLevel::Gemeente;
    if (!match.captured(3).isEmpty())
        return RegionLevel::Wijk;
    return RegionLevel::Buurt;
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
