#include "choropleth_layer.h"

#include "choropleth_colours.h"
#include "spatial_clusters.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <cmath>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace wijk::maps {

namespace {
constexpr int kCacheSize = 64;

//! The cache key of a classification: the mode, the request and the numbers (with the
//! count of neutral regions), as a digest.
QByteArray classificationKey(MapMode mode, const ClassificationRequest &request,
                             const QVector<double> &numbers, int neutral)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const int header[] = {static_cast<int>(mode), static_cast<int>(request.method), request.classes,
                          request.decimals, neutral > 0 ? 1 : 0};
    hash.addData(reinterpret_cast<const char *>(header), sizeof(header));
    hash.addData(request.locale.name().toUtf8());
    hash.addData(neutralClassLabel(mode).toUtf8());
    hash.addData(reinterpret_cast<const char *>(request.manualBreaks.constData()),
                 request.manualBreaks.size() * int(sizeof(double)));
    hash.addData(reinterpret_cast<const char *>(numbers.constData()),
                 numbers.size() * int(sizeof(double)));
    return hash.result();
}

//! The legend key of one region (class index, signal or a withheld key).
int legendKeyOf(const MapValue *value, MapMode mode, const Classification &classes, int decimals)
{
    if (!value)
        return legendkey::Missing;
    if (mode == MapMode::Clusters) {
        // Withheld and missing regions are left out of the analysis: their own entries.
        if (isWithheld(value->status) || !std::isfinite(value->value))
            return value->status == ValueStatus::Suppressed ? legendkey::Suppressed
                                                            : legendkey::Missing;
        return clusterLegendKey(value->cluster);
    }
    if (mode == MapMode::Signals) {
        if (value->status == ValueStatus::Suppressed)
            return legendkey::Suppressed;
        switch (value->signal) {
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
    if (classes.neutralClass >= 0 && isNeutral(*value, mode, decimals))
        return classes.neutralClass;
    return classes.classOf(v);
}
} // namespace

bool isDiverging(MapMode mode)
{
    return mode == MapMode::Change || mode == MapMode::Trend;
}

bool isNeutral(const MapValue &value, MapMode mode, int decimals)
{
    const double v = mappedNumber(value, mode);
    if (!std::isfinite(v))
        return false;
    if (mode == MapMode::Trend)
        return !value.significant || v == 0;
    if (mode == MapMode::Change)
        return std::round(v * std::pow(10.0, decimals)) == 0;
    return false;
}

QString neutralClassLabel(MapMode mode)
{
    if (mode == MapMode::Trend)
        return trendNotSignificantLabel();
    if (mode == MapMode::Change)
        return QCoreApplication::translate("wijk::maps", "No change");
    return QString();
}

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
    case MapMode::Clusters:
        break;
    }
    return std::nan("");
}

ChoroplethLayer::ChoroplethLayer(std::unique_ptr<RegionLayer> regions)
    : mRegions(std::move(regions))
{
    mRegions->layer()->setLabelsEnabled(false);
    mLabelLayer = createRegionLabelLayer(mRegions->layer(), &mLabelFids);
}

QList<QgsMapLayer *> ChoroplethLayer::layers() const
{
    return {mLabelLayer, mRegions->layer()};
}

ChoroplethLayer::~ChoroplethLayer() = default;

RegionStyle ChoroplethLayer::styleOf(const QString &code) const
{
    return mStyles ? mStyles->value(mRegions->featureId(code), RegionStyle()) : RegionStyle();
}

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
    for (const MapValue &value : values) {
        if (mRegions->featureId(value.code) == FID_NULL)
            unknown.append(value.code);
        else
            byCode.insert(value.code, &value);
    }
    const bool diverging = isDiverging(spec.mode);
    const int decimals = mapDecimals(spec.mode, spec.classification.decimals);
    // The numbers classed: those drawn, or the basis given (e.g. every year). Diverging
    // maps class only the numbers with a direction; the others are counted as neutral.
    QVector<double> numbers;
    int neutral = 0;
    const QVector<MapValue> &basis = spec.classBasis.isEmpty() ? values : spec.classBasis;
    numbers.reserve(basis.size());
    for (const MapValue &value : basis) {
        if (mRegions->featureId(value.code) == FID_NULL)
            continue;
        const double v = mappedNumber(value, spec.mode);
        if (!std::isfinite(v))
            continue;
        if (diverging && isNeutral(value, spec.mode, decimals))
            ++neutral;
        else
            numbers.append(v);
    }

    Classification classes;
    const bool categorical = spec.mode == MapMode::Signals || spec.mode == MapMode::Clusters;
    if (!categorical && (!numbers.isEmpty() || neutral > 0)) {
        ClassificationRequest request = spec.classification;
        request.decimals = decimals;
        // Switching back to an indicator or period shown before reuses its breaks.
        const QByteArray key = classificationKey(spec.mode, request, numbers, neutral);
        const auto cached = mCache.constFind(key);
        if (cached != mCache.constEnd()) {
            classes = cached.value();
        } else {
            auto computed = diverging
                                ? classifyDiverging(numbers, neutral > 0,
                                                    neutralClassLabel(spec.mode), request, error)
                                : classify(numbers, request, error);
            if (!computed)
                return false;
            classes = *computed;
            if (mCache.size() >= kCacheSize)
                mCache.clear();
            mCache.insert(key, classes);
        }
    }

    // One pass over the regions: the side table, label texts and legend counts.
    QHash<int, int> counts;
    auto styles = std::make_shared<RegionStyles>();
    styles->reserve(mRegions->regionCount());
    QgsChangedAttributesMap labelChanges;
    const bool labelled = spec.labels != LabelContent::None;
    const QLocale &locale = spec.classification.locale;
    const auto &fids = mRegions->featureIds();
    for (auto it = fids.constBegin(); it != fids.constEnd(); ++it) {
        const MapValue *value = byCode.value(it.key(), nullptr);
        RegionStyle style;
        style.key = static_cast<qint16>(legendKeyOf(value, spec.mode, classes, decimals));
        // Not significant: the neutral class, whose symbol is hatched.
        style.hatched =
            spec.mode == MapMode::Trend && style.key >= 0 && value && !value->significant;
        style.smallNumbers =
            spec.mode != MapMode::Signals && style.key >= 0 && value && value->smallNumbers;
        counts[style.key] += 1;
        counts[legendkey::SmallNumbers] += style.smallNumbers ? 1 : 0;
        styles->insert(it.value(), style);
        if (!labelled)
            continue;
        // Label texts are the only attributes a restyle writes, and only when they change
        // (names stay; name and value change with the value).
        QString label = mRegions->regionName(it.key());
        const double shown = value ? mappedNumber(*value, spec.mode) : std::nan("");
        if (spec.labels == LabelContent::NameAndValue && std::isfinite(shown))
            label += QLatin1Char('\n') + formatMapNumber(shown, decimals, locale);
        const auto written = mLabels.constFind(it.value());
        if (written == mLabels.constEnd() || written.value() != label) {
            labelChanges.insert(mLabelFids.value(it.value()),
                                QgsAttributeMap{{regionfield::Label, label}});
            mLabels.insert(it.value(), label);
        }
    }
    if (!labelChanges.isEmpty() &&
        !mLabelLayer->dataProvider()->changeAttributeValues(labelChanges)) {
        mLabels.clear(); // unknown state: write everything next time
        *error = QCoreApplication::translate(
            "wijk::maps", "The map labels could not be written to the region layer.");
        return false;
    }

    QVector<LegendEntry> legend;
    if (spec.mode == MapMode::Clusters) {
        using engine::LisaCluster;
        legend = {{legendkey::ClusterHighHigh, presentation::clusterLabel(LisaCluster::HighHigh),
                   mapcolours::clusterHighHigh},
                  {legendkey::ClusterLowLow, presentation::clusterLabel(LisaCluster::LowLow),
                   mapcolours::clusterLowLow},
                  {legendkey::ClusterHighLow, presentation::clusterLabel(LisaCluster::HighLow),
                   mapcolours::clusterHighLow},
                  {legendkey::ClusterLowHigh, presentation::clusterLabel(LisaCluster::LowHigh),
                   mapcolours::clusterLowHigh},
                  {legendkey::ClusterNone, presentation::clusterLabel(LisaCluster::NotSignificant),
                   mapcolours::clusterNone}};
        if (counts.value(legendkey::SmallNumbers) > 0)
            legend.append({legendkey::SmallNumbers, smallNumbersLabel(), QColor(255, 255, 255)});
    } else if (spec.mode == MapMode::Signals) {
        legend = {
            {legendkey::SignalWorse, signalLabel(MapSignal::Worse), mapcolours::signalWorse},
            {legendkey::SignalBetter, signalLabel(MapSignal::Better), mapcolours::signalBetter},
            {legendkey::SignalNone, signalLabel(MapSignal::None), mapcolours::noSignal}};
    } else {
        const QList<QColor> colours =
            diverging ? divergingColours(spec.polarity, classes.falling, classes.neutralClass >= 0,
                                         classes.rising)
                      : classColours(spec.mode, spec.polarity, classes.size());
        for (int i = 0; i < classes.size(); ++i) {
            // The neutral class of a trend map is hatched: "not significant", as before.
            const bool hatched = spec.mode == MapMode::Trend && i == classes.neutralClass;
            legend.append({i, classes.ranges[i].label, colours.value(i),
                           hatched ? LegendEntry::Look::TrendHatch : LegendEntry::Look::Plain});
        }
        if (counts.value(legendkey::SmallNumbers) > 0)
            legend.append({legendkey::SmallNumbers, smallNumbersLabel(), QColor(255, 255, 255)});
    }
    // Missing and suppressed regions get their own entries whenever there are any.
    if (counts.value(legendkey::Missing) > 0)
        legend.append({legendkey::Missing, missingLabel(), mapcolours::missingFill});
    if (counts.value(legendkey::Suppressed) > 0)
        legend.append({legendkey::Suppressed, suppressedLabel(), mapcolours::suppressedFill,
                       LegendEntry::Look::SuppressedHatch});
    for (LegendEntry &entry : legend)
        entry.count = counts.value(entry.key);

    mRegions->layer()->setRenderer(createChoroplethRenderer(spec.mode, legend, styles).release());
    mStyles = std::move(styles);
    RegionLabelStyle labelStyle = spec.labelStyle;
    labelStyle.enabled = labelStyle.enabled && labelled;
    if (labelStyle.hideBeyondScale < 0)
        labelStyle.hideBeyondScale = mRegions->labelScaleLimit();
    // The placed labels stay in the canvas's render cache unless their layer repaints.
    if (!labelChanges.isEmpty() || !mLabelStyleApplied || labelStyle != mLabelStyle) {
        if (!mLabelStyleApplied || labelStyle != mLabelStyle)
            applyRegionLabels(mLabelLayer, labelStyle);
        mLabelStyle = labelStyle;
        mLabelStyleApplied = true;
        mLabelLayer->triggerRepaint();
    }
    mRegions->layer()->triggerRepaint();

    mSpec = spec;
    mClassification = classes;
    mLegend = legend;
    mUnknownCodes = unknown;
    return true;
}

} // namespace wijk::maps
