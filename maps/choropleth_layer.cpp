#include "choropleth_layer.h"

#include "choropleth_colours.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <cmath>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace wijk {

namespace {
constexpr int kCacheSize = 64;

//! The cache key of a classification: the request and the numbers, as a digest.
QByteArray classificationKey(const ClassificationRequest &request, const QVector<double> &numbers)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const int header[] = {static_cast<int>(request.method), request.classes,
                          request.symmetricAroundZero ? 1 : 0, request.decimals};
    hash.addData(reinterpret_cast<const char *>(header), sizeof(header));
    hash.addData(request.locale.name().toUtf8());
    hash.addData(reinterpret_cast<const char *>(request.manualBreaks.constData()),
                 request.manualBreaks.size() * int(sizeof(double)));
    hash.addData(reinterpret_cast<const char *>(numbers.constData()),
                 numbers.size() * int(sizeof(double)));
    return hash.result();
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
            // Switching back to an indicator or period shown before reuses its breaks.
            const QByteArray key = classificationKey(request, numbers);
            const auto cached = mCache.constFind(key);
            if (cached != mCache.constEnd()) {
                classes = cached.value();
            } else {
                auto computed = classify(numbers, request, error);
                if (!computed)
                    return false;
                classes = *computed;
                if (mCache.size() >= kCacheSize)
                    mCache.clear();
                mCache.insert(key, classes);
            }
        }
    }

    // One pass over the regions: the side table, label texts and legend counts.
    QHash<int, int> counts;
    auto styles = std::make_shared<RegionStyles>();
    styles->reserve(mRegions->regionCount());
    QgsChangedAttributesMap labelChanges;
    const bool labelled = spec.labels != LabelContent::None;
    const QLocale &locale = spec.classification.locale;
    const int decimals = spec.classification.decimals;
    const auto &fids = mRegions->featureIds();
    for (auto it = fids.constBegin(); it != fids.constEnd(); ++it) {
        const MapValue *value = byCode.value(it.key(), nullptr);
        RegionStyle style;
        style.key = static_cast<qint16>(legendKeyOf(value, spec.mode, classes));
        style.hatched =
            spec.mode == MapMode::Trend && style.key >= 0 && value && !value->significant;
        style.smallNumbers =
            spec.mode != MapMode::Signals && style.key >= 0 && value && value->smallNumbers;
        counts[style.key] += 1;
        counts[legendkey::TrendNotSignificant] += style.hatched ? 1 : 0;
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

} // namespace wijk
