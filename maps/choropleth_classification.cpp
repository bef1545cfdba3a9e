#include "choropleth_classification.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <memory>
#include <qgsapplication.h>
#include <qgsclassificationmethod.h>
#include <qgsclassificationmethodregistry.h>

namespace wijk {

namespace {

const std::pair<ClassificationMethod, const char *> kMethods[] = {
    {ClassificationMethod::Quantile, "quantile"}, {ClassificationMethod::EqualInterval, "equal"},
    {ClassificationMethod::Jenks, "jenks"},       {ClassificationMethod::StdDev, "stddev"},
    {ClassificationMethod::Pretty, "pretty"},     {ClassificationMethod::Box, "box"},
    {ClassificationMethod::Manual, "manual"}};

//! Values given to QGIS's Jenks at most: its cost grows with the square of the count.
constexpr int kJenksSample = 1000;

//! Evenly spaced order statistics of values (minimum and maximum included): a deterministic
//! sample that keeps the distribution's shape. QGIS 3.22 samples 3,000 values at random
//! above 3,000 (different breaks on every call, ~250 ms for 12,000 buurten).
QList<double> jenksSample(const QVector<double> &values)
{
    if (values.size() <= kJenksSample)
        return QList<double>(values.begin(), values.end());
    QVector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QList<double> sample;
    sample.reserve(kJenksSample);
    for (int i = 0; i < kJenksSample; ++i)
        sample.append(sorted[static_cast<int>(
            std::llround(double(i) * (sorted.size() - 1) / (kJenksSample - 1)))]);
    return sample;
}

//! Bounds (n+1 ascending numbers) from QGIS's method on values; duplicates dropped.
std::optional<QVector<double>>
qgisBounds(ClassificationMethod method, const QVector<double> &values, int classes, QString *error)
{
    std::unique_ptr<QgsClassificationMethod> qgisMethod(
        QgsApplication::classificationMethodRegistry()->method(qgisMethodId(method)));
    if (!qgisMethod) {
        *error =
            QCoreApplication::translate("wijk::maps", "QGIS has no classification method '%1'.")
                .arg(qgisMethodId(method));
        return std::nullopt;
    }
    const QList<QgsClassificationRange> ranges = qgisMethod->classes(
        method == ClassificationMethod::Jenks ? jenksSample(values)
                                              : QList<double>(values.begin(), values.end()),
        classes);
    if (ranges.isEmpty()) {
        *error =
            QCoreApplication::translate("wijk::maps", "QGIS's %1 classification gave no classes.")
                .arg(qgisMethodId(method));
        return std::nullopt;
    }
    QVector<double> bounds{ranges.first().lowerBound()};
    // Ties can make QGIS repeat a break: such classes would be empty, so they are dropped.
    // A first class [min, min] is kept, as QGIS keeps it: it holds the minimum.
    for (const QgsClassificationRange &range : ranges) {
        if (range.upperBound() > bounds.last() || bounds.size() == 1)
            bounds.append(range.upperBound());
    }
    // Methods such as pretty/stddev may stop short of the data; never leave values unclassed.
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    bounds.first() = std::min(bounds.first(), *minIt);
    bounds.last() = std::max(bounds.last(), *maxIt);
    if (bounds.size() < 2)
        bounds.append(bounds.first());
    return bounds;
}

QVector<ClassRange> rangesFromBounds(const QVector<double> &bounds, int decimals,
                                     const QLocale &locale)
{
    // Small ranges (slopes, changes) would read "0,0 – 0,0" with the indicator's decimals:
    // add decimals (at most 3) until neighbouring bounds read differently.
    for (int extra = 0; extra < 3; ++extra) {
        bool distinct = true;
        for (int i = 0; i + 1 < bounds.size() && distinct; ++i)
            distinct = formatMapNumber(bounds[i], decimals, locale) !=
                       formatMapNumber(bounds[i + 1], decimals, locale);
        if (distinct)
            break;
        ++decimals;
    }
    QVector<ClassRange> ranges;
    for (int i = 0; i + 1 < bounds.size(); ++i)
        ranges.append({bounds[i], bounds[i + 1],
                       formatRangeLabel(bounds[i], bounds[i + 1], decimals, locale)});
    return ranges;
}

//! Mirrors breaks of |x| around 0 so that equal changes up and down share a colour depth.
std::optional<QVector<double>> symmetricBounds(const ClassificationRequest &request,
                                               const QVector<double> &values, QString *error)
{
    QVector<double> magnitudes;
    magnitudes.reserve(values.size());
    for (double v : values)
        magnitudes.append(std::abs(v));
    const bool odd = request.classes % 2 == 1;
    const int half = odd ? (request.classes + 1) / 2 : request.classes / 2;
    const double maximum = *std::max_element(magnitudes.begin(), magnitudes.end());
    QVector<double> positive;
    if (maximum <= 0) {
        positive = {0.0, 1.0};
    } else if (half == 1) {
        positive = {0.0, maximum};
    } else {
        auto bounds = qgisBounds(request.method, magnitudes, half, error);
        if (!bounds)
            return std::nullopt;
        positive = *bounds;
        positive.first() = 0.0;
        positive.erase(std::unique(positive.begin(), positive.end()), positive.end());
    }
    QVector<double> mirrored;
    for (int i = positive.size() - 1; i >= 1; --i)
        mirrored.append(-positive[i]);
    for (int i = odd ? 1 : 0; i < positive.size(); ++i)
        mirrored.append(positive[i]);
    return mirrored;
}

Classification boxMap(QVector<double> values, int decimals, const QLocale &locale)
{
    std::sort(values.begin(), values.end());
    Classification result;
    result.boxMap = true;
    result.q1 = quantileType7(values, 0.25);
    result.median = quantileType7(values, 0.5);
    result.q3 = quantileType7(values, 0.75);
    const double iqr = result.q3 - result.q1;
    result.lowerFence = result.q1 - 1.5 * iqr;
    result.upperFence = result.q3 + 1.5 * iqr;
    const double minimum = std::min(values.first(), result.lowerFence);
    const double maximum = std::max(values.last(), result.upperFence);
    // Labels show what the data reach: a fence beyond the data (e.g. below 0 %) is not shown.
    const double lowShown = std::max(values.first(), result.lowerFence);
    const double highShown = std::min(values.last(), result.upperFence);
    auto range = [&](double lo, double hi) { return formatRangeLabel(lo, hi, decimals, locale); };
    auto number = [&](double v) { return formatMapNumber(v, decimals, locale); };
    result.ranges = {
        {minimum, result.lowerFence,
         QCoreApplication::translate("wijk::maps", "Lower outlier (< %1)")
             .arg(number(result.lowerFence))},
        {result.lowerFence, result.q1,
         QCoreApplication::translate("wijk::maps", "< 25% (%1)").arg(range(lowShown, result.q1))},
        {result.q1, result.median,
         QCoreApplication::translate("wijk::maps", "25% – 50% (%1)")
             .arg(range(result.q1, result.median))},
        {result.median, result.q3,
         QCoreApplication::translate("wijk::maps", "50% – 75% (%1)")
             .arg(range(result.median, result.q3))},
        {result.q3, result.upperFence,
         QCoreApplication::translate("wijk::maps", "> 75% (%1)").arg(range(result.q3, highShown))},
        {result.upperFence, maximum,
         QCoreApplication::translate("wijk::maps", "Upper outlier (> %1)")
             .arg(number(result.upperFence))}};
    return result;
}

} // namespace

QString contractName(ClassificationMethod method)
{
    for (const auto &entry : kMethods) {
        if (entry.first == method)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

std::optional<ClassificationMethod> classificationMethodFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const auto &entry : kMethods) {
        if (key == QLatin1String(entry.second) || key == qgisMethodId(entry.first).toLower())
            return entry.first;
    }
    if (key == QLatin1String("natural") || key == QLatin1String("natural_breaks"))
        return ClassificationMethod::Jenks;
    return std::nullopt;
}

QString qgisMethodId(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::Quantile:
        return QStringLiteral("Quantile");
    case ClassificationMethod::EqualInterval:
        return QStringLiteral("EqualInterval");
    case ClassificationMethod::Jenks:
        return QStringLiteral("Jenks");
    case ClassificationMethod::StdDev:
        return QStringLiteral("StdDev");
    case ClassificationMethod::Pretty:
        return QStringLiteral("Pretty");
    case ClassificationMethod::Box:
    case ClassificationMethod::Manual:
        break;
    }
    return QString();
}

double quantileType7(QVector<double> sorted, double p)
{
    if (sorted.isEmpty())
        return std::nan("");
    std::sort(sorted.begin(), sorted.end());
    const double h = (sorted.size() - 1) * p;
    const int lo = static_cast<int>(std::floor(h));
    const int hi = std::min(lo + 1, static_cast<int>(sorted.size()) - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

QString formatMapNumber(double value, int decimals, const QLocale &locale)
{
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    QString text = locale.toString(rounded == 0 ? 0.0 : rounded, 'f', std::max(decimals, 0));
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text;
}

QString formatRangeLabel(double lower, double upper, int decimals, const QLocale &locale)
{
    return formatMapNumber(lower, decimals, locale) + QStringLiteral(" – ") +
           formatMapNumber(upper, decimals, locale);
}

int Classification::classOf(double value) const
{
    if (std::isnan(value) || ranges.isEmpty())
        return -1;
    if (boxMap) {
        if (value < lowerFence)
            return 0;
        if (value > upperFence)
            return 5;
        for (int i = 1; i <= 3; ++i) {
            if (value <= ranges[i].upper)
                return i;
        }
        return 4;
    }
    for (int i = 0; i < ranges.size(); ++i) {
        if (value <= ranges[i].upper)
            return i;
    }
    return ranges.size() - 1;
}

std::optional<Classification> classify(const QVector<double> &values,
                                       const ClassificationRequest &request, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    QVector<double> finite;
    finite.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            finite.append(v);
    }
    if (finite.isEmpty()) {
        *error = QCoreApplication::translate("wijk::maps", "There are no values to classify.");
        return std::nullopt;
    }
    if (request.method == ClassificationMethod::Box)
        return boxMap(finite, request.decimals, request.locale);

    QVector<double> bounds;
    if (request.method == ClassificationMethod::Manual) {
        if (request.manualBreaks.isEmpty() || request.manualBreaks.size() > 8) {
            *error = QCoreApplication::translate(
                "wijk::maps", "Manual classification needs 1 to 8 breaks (2 to 9 classes).");
            return std::nullopt;
        }
        if (!std::is_sorted(request.manualBreaks.begin(), request.manualBreaks.end()) ||
            std::adjacent_find(request.manualBreaks.begin(), request.manualBreaks.end()) !=
                request.manualBreaks.end()) {
            *error = QCoreApplication::translate("wijk::maps",
                                                 "Manual breaks must be strictly ascending.");
            return std::nullopt;
        }
        const auto [minIt, maxIt] = std::minmax_element(finite.begin(), finite.end());
        bounds = request.manualBreaks;
        bounds.prepend(std::min(*minIt, bounds.first()));
        bounds.append(std::max(*maxIt, bounds.last()));
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    } else {
        if (request.classes < 3 || request.classes > 9) {
            *error = QCoreApplication::translate("wijk::maps",
                                                 "The number of classes must be 3 to 9, not %1.")
                         .arg(request.classes);
            return std::nullopt;
        }
        auto computed = request.symmetricAroundZero
                            ? symmetricBounds(request, finite, error)
                            : qgisBounds(request.method, finite, request.classes, error);
        if (!computed)
            return std::nullopt;
        bounds = *computed;
    }
    Classification result;
    result.ranges = rangesFromBounds(bounds, request.decimals, request.locale);
    return result;
}

} // namespace wijk
