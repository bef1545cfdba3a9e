#include "choropleth_layer.h"

#include "choropleth_colours.h"

#include <QCoreApplication>
#include <cmath>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsvectorlayer.h>

namespace wijk {

namespace {
QVariant number(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant(QVariant::Double);
}

//! The legend key of one region (class index, signal or a withheld key).
int legendKeyOf(const MapValue *value, MapMode mode, const Classification &classes)
{
    if (!value)
        return legendkey::Missing;
    if (mode == MapMode::Signals) {
        if (value->status == ValueStatus::Suppressed)
            return legendkey::Suppressed;
        switch (mapSignalFromString(value->signal)) {
        case MapSignal::Worse:
            return legendkey::SignalWorse;
        case MapSignal::Better:
            return legendkey::SignalBetter;
        case MapSignal::None:
            break;
        }
        return value->status == ValueStatus::Missing && !std::isfinite(value->slope)
                   ? legendkey::Missing
                   : legendkey::SignalNone;
    }
    const double v = mappedNumber(*value, mode);
    if (!std::isfinite(v))
        return value->status == ValueStatus::Suppressed ? legendkey::Suppressed
                                                        : legendkey::Missing;
    return classes.classOf(v);
}
} // namespace

double mappedNumber(const MapValue &value, MapMode mode)
{
    switch (mode) {
    case MapMode::Value:
        return isWithheld(value.status) ? std::nan("") : value.value;
    case MapMode::Change:
        return value.change;
    case MapMode::Trend:
        return value.slope;
    case MapMode::Signals:
        break;
    }
    return std::nan("");
}

ChoroplethLayer::ChoroplethLayer(std::unique_ptr<RegionLayer> regions)
    : mRegions(std::move(regions))
{
}

ChoroplethLayer::~ChoroplethLayer() = default;

std::unique_ptr<ChoroplethLayer> ChoroplethLayer::create(const RegionSource &source,
                                                         const QVector<MapValue> &values,
                                                         const ChoroplethSpec &spec, QString *error)
{
    auto regions = RegionLayer::load(source, error);
    if (!regions)
        return nullptr;
    auto layer = std::make_unique<ChoroplethLayer>(std::move(regions));
    if (!layer->apply(values, spec, error))
        return nullptr;
    return layer;
}

bool ChoroplethLayer::apply(const QVector<MapValue> &values, const ChoroplethSpec &spec,
                            QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    QHash<QString, const MapValue *> byCode;
    byCode.reserve(values.size());
    QStringList unknown;
    QVector<double> numbers;
    numbers.reserve(values.size());
    for (const MapValue &value : values) {
        if (mRegions->featureId(value.code) == FID_NULL) {
            unknown.append(value.code);
            continue;
        }
        byCode.insert(value.code, &value);
        const double v = mappedNumber(value, spec.mode);
        if (std::isfinite(v))
            numbers.append(v);
    }

    Classification classes;
    if (spec.mode != MapMode::Signals) {
        ClassificationRequest request = spec.classification;
        request.symmetricAroundZero =
            (spec.mode == MapMode::Change || spec.mode == MapMode::Trend) &&
            request.method != ClassificationMethod::Box &&
            request.method != ClassificationMethod::Manual;
        if (!numbers.isEmpty()) {
            auto computed = classify(numbers, request, error);
            if (!computed)
                return false;
            classes = *computed;
        }
    }

    // One pass over the regions: attribute rows and legend counts.
    QHash<int, int> counts;
    QgsChangedAttributesMap changes;
    const QLocale &locale = spec.classification.locale;
    const int decimals = spec.classification.decimals;
    const auto &fids = mRegions->featureIds();
    for (auto it = fids.constBegin(); it != fids.constEnd(); ++it) {
        const MapValue *value = byCode.value(it.key(), nullptr);
        const int key = legendKeyOf(value, spec.mode, classes);
        counts[key] += 1;
        QString label;
        if (spec.labels != LabelContent::None) {
            label = mRegions->regionName(it.key());
            const double shown = value ? mappedNumber(*value, spec.mode) : std::nan("");
            if (spec.labels == LabelContent::NameAndValue && std::isfinite(shown))
                label += QLatin1Char('\n') + formatMapNumber(shown, decimals, locale);
        }
        const bool hatch = spec.mode == MapMode::Trend && key >= 0 && value && !value->significant;
        counts[legendkey::TrendNotSignificant] += hatch ? 1 : 0;
        QVector<QVariant> row(regionfield::Count);
        row[regionfield::Value] =
            number(value && !isWithheld(value->status) ? value->value : std::nan(""));
        row[regionfield::Status] = contractName(value ? value->status : ValueStatus::Missing);
        row[regionfield::Label] = label;
        row[regionfield::Change] = number(value ? value->change : std::nan(""));
        row[regionfield::Slope] = number(value ? value->slope : std::nan(""));
        row[regionfield::Significant] = value && std::isfinite(value->slope)
                                            ? QVariant(value->significant ? 1 : 0)
                                            : QVariant(QVariant::Int);
        row[regionfield::Signal] = value ? value->signal : QString();
        row[regionfield::ClassIndex] = key;
        row[regionfield::Hatch] = hatch ? 1 : 0;
        // Only what differs from the layer goes to the provider: a mode switch rewrites
        // the class and hatch fields, not the values.
        QVector<QVariant> &written = mWritten[it.value()];
        QgsAttributeMap changed;
        for (int f = regionfield::Value; f < regionfield::Count; ++f) {
            if (written.size() != regionfield::Count || written[f] != row[f] ||
                written[f].isNull() != row[f].isNull())
                changed.insert(f, row[f]);
        }
        if (!changed.isEmpty())
            changes.insert(it.value(), changed);
        written = std::move(row);
    }
    if (!changes.isEmpty() && !mRegions->writeAttributes(changes)) {
        mWritten.clear(); // unknown state: write everything next time
        *error = QCoreApplication::translate(
            "wijk::maps", "The map values could not be written to the region layer.");
        return false;
    }

    QVector<LegendEntry> legend;
    if (spec.mode == MapMode::Signals) {
        legend = {
            {legendkey::SignalWorse, signalLabel(MapSignal::Worse), mapcolours::signalWorse},
            {legendkey::SignalBetter, signalLabel(MapSignal::Better), mapcolours::signalBetter},
            {legendkey::SignalNone, signalLabel(MapSignal::None), mapcolours::noSignal}};
    } else {
        const QList<QColor> colours = classColours(spec.mode, spec.polarity, classes.size());
        for (int i = 0; i < classes.size(); ++i)
            legend.append({i, classes.ranges[i].label, colours.value(i)});
        if (spec.mode == MapMode::Trend && counts.value(legendkey::TrendNotSignificant) > 0)
            legend.append({legendkey::TrendNotSignificant, trendNotSignificantLabel(),
                           QColor(255, 255, 255)});
    }
    // Missing and suppressed regions get their own entries whenever there are any.
    if (counts.value(legendkey::Missing) > 0)
        legend.append({legendkey::Missing, missingLabel(), mapcolours::missingFill});
    if (counts.value(legendkey::Suppressed) > 0)
        legend.append({legendkey::Suppressed, suppressedLabel(), mapcolours::suppressedFill,
                       LegendEntry::Look::SuppressedHatch});
    for (LegendEntry &entry : legend)
        entry.count = counts.value(entry.key);

    mRegions->layer()->setRenderer(createChoroplethRenderer(spec.mode, legend).release());
    RegionLabelStyle labelStyle = spec.labelStyle;
    labelStyle.enabled = labelStyle.enabled && spec.labels != LabelContent::None;
    applyRegionLabels(mRegions->layer(), labelStyle);
    mRegions->layer()->triggerRepaint();

    mSpec = spec;
    mClassification = classes;
    mLegend = legend;
    mUnknownCodes = unknown;
    return true;
}

} // namespace wijk
