#include "engine/composite_definition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace wijk::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::engine::CompositeDefinition", text);
}

} // namespace

QString scalingName(CompositeScaling scaling)
{
    return scaling == CompositeScaling::ZScore ? QStringLiteral("z") : QStringLiteral("minmax");
}

std::optional<CompositeScaling> scalingFromName(const QString &name)
{
    if (name == QLatin1String("z"))
        return CompositeScaling::ZScore;
    if (name == QLatin1String("minmax"))
        return CompositeScaling::MinMax;
    return std::nullopt;
}

QString compositeSource()
{
    return QStringLiteral("Wijkmonitor Workbench (samengestelde index)");
}

QByteArray CompositeDefinition::toJson() const
{
    QJsonArray parts;
    for (const CompositeComponent &component : components)
        parts.append(QJsonObject{{QStringLiteral("indicator"), component.indicator},
                                 {QStringLiteral("theme"), component.theme},
                                 {QStringLiteral("weight"), component.weight}});
    const QJsonObject composite{{QStringLiteral("code"), code},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("level"), contractName(level)},
                                {QStringLiteral("scaling"), scalingName(scaling)},
                                {QStringLiteral("components"), parts}};
    return QJsonDocument(QJsonObject{{QStringLiteral("composite"), composite}})
        .toJson(QJsonDocument::Compact);
}

std::optional<CompositeDefinition> CompositeDefinition::fromJson(const QByteArray &json,
                                                                 QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject composite = document.object().value(QStringLiteral("composite")).toObject();
    if (parseError.error != QJsonParseError::NoError || composite.isEmpty()) {
        *error = tr("geen definitie van een samengestelde index");
        return std::nullopt;
    }
    CompositeDefinition definition;
    definition.code = composite.value(QStringLiteral("code")).toString();
    definition.name = composite.value(QStringLiteral("name")).toString();
    const std::optional<RegionLevel> level =
        regionLevelFromString(composite.value(QStringLiteral("level")).toString());
    const std::optional<CompositeScaling> scaling =
        scalingFromName(composite.value(QStringLiteral("scaling")).toString());
    if (definition.code.isEmpty() || !level || !scaling) {
        *error = tr("de definitie mist code, niveau of schaal");
        return std::nullopt;
    }
    definition.level = *level;
    definition.scaling = *scaling;
    for (const QJsonValue &value : composite.value(QStringLiteral("components")).toArray()) {
        const QJsonObject part = value.toObject();
        CompositeComponent component;
        component.indicator = part.value(QStringLiteral("indicator")).toString();
        component.theme = part.value(QStringLiteral("theme")).toString();
        component.weight = part.value(QStringLiteral("weight")).toDouble(1);
        if (component.indicator.isEmpty() || !(component.weight > 0)) {
            *error = tr("een onderdeel mist een indicator of een positief gewicht");
            return std::nullopt;
        }
        definition.components.push_back(component);
    }
    if (definition.components.empty()) {
        *error = tr("de definitie heeft geen onderdelen");
        return std::nullopt;
    }
    return definition;
}

Indicator CompositeDefinition::indicator(const std::vector<Indicator> &catalogue) const
{
    Indicator result;
    result.code = code;
    result.name = name.isEmpty() ? code : name;
    result.theme = tr("Samengestelde index");
    result.kind = IndicatorKind::Value;
    result.unit =
        scaling == CompositeScaling::ZScore ? QStringLiteral("index") : QStringLiteral("score");
    result.polarity = Polarity::HigherIsBetter;
    result.decimals = scaling == CompositeScaling::ZScore ? 2 : 0;
    result.source = compositeSource();

    QStringList parts;
    for (const CompositeComponent &component : components) {
        QString polarity;
        for (const Indicator &known : catalogue)
            if (known.code == component.indicator && known.polarity == Polarity::LowerIsBetter)
                polarity = tr(", lager is beter");
        parts << tr("%1 (thema %2, gewicht %3%4)")
                     .arg(component.indicator,
                          component.theme.isEmpty() ? tr("eigen") : component.theme)
                     .arg(component.weight)
                     .arg(polarity);
    }
    result.definition =
        (scaling == CompositeScaling::ZScore
             ? tr("Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de "
                  "z-scores van de onderdelen binnen het niveau %1 per jaar; bij 'lager is "
                  "beter' telt de z-score omgekeerd, zodat hoger steeds beter is. Onderdelen: %2.")
             : tr("Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de "
                  "min-max-scores (0-100) van de onderdelen binnen het niveau %1 per jaar; bij "
                  "'lager is beter' telt 100 min de score, zodat hoger steeds beter is. "
                  "Onderdelen: %2."))
            .arg(contractName(level), parts.join(QStringLiteral("; ")));
    return result;
}

} // namespace wijk::engine
