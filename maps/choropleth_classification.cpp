#include "choropleth_classification.h"

#include "model/number_format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <memory>
#include <qgsapplication.h>
#include <qgsclassificationmethod.h>
#include <qgsclassificationmethodregistry.h>

namespace wijk::maps {

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

//! The decimals at which neighbouring bounds read differently: small ranges (slopes,
//! changes) would read "0,0 – 0,0" with the indicator's decimals, so decimals are added
//! (at most 3) until they do.
int distinctDecimals(const QVector<double> &bounds, int decimals, const QLocale &locale)
{
    for (int extra = 0; extra < 3; ++extra) {
        bool distinct = true;
        for (int i = 0; i + 1 < bounds.size() && distinct; ++i)
            distinct = formatMapNumber(bounds[i], decimals, locale) !=
                       formatMapNumber(bounds[i + 1], decimals, locale);
        if (distinct)
            break;
        ++decimals;
    }
    return decimals;
}

QVector<ClassRange> rangesFromBounds(const QVector<double> &bounds, int decimals,
                                     const QLocale &locale)
{
    decimals = distinctDecimals(bounds, decimals, locale);
    QVector<ClassRange> ranges;
    for (int i = 0; i + 1 < bounds.size(); ++i)
        ranges.append({bounds[i], bounds[i + 1],
                       formatRangeLabel(bounds[i], bounds[i + 1], decimals, locale)});
    return ranges;
}

//! Mean and standard deviation (n - 1 in the denominator; 0 for a single value).
std::pair<double, double> meanAndStdDev(const QVector<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    const double mean = sum / values.size();
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, values.size() > 1 ? std::sqrt(squares / (values.size() - 1)) : 0.0};
}

//! The classes - 1 inner breaks of standard deviation classes as multiples of σ: 1 σ
//! apart, centred on the mean (5 classes: -1.5, -0.5, 0.5, 1.5; 4 classes: -1, 0, 1).
QVector<double> stdDevMultiples(int classes)
{
    QVector<double> multiples;
    for (int j = 1; j < classes; ++j)
        multiples.append(j - classes / 2.0);
    return multiples;
}

//! "−1,5 σ", "+0,5 σ", "0 σ"
QString sigmaLabel(double multiple, const QLocale &locale)
{
    QString text = locale.toString(std::abs(multiple), 'g', 3);
    if (multiple < 0)
        text.prepend(QChar(0x2212));
    else if (multiple > 0)
        text.prepend(QLatin1Char('+'));
    return text + QStringLiteral(" σ");
}

Classification stdDevClasses(const QVector<double> &values, int classes, int decimals,
                             const QLocale &locale)
{
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const auto [mean, sd] = meanAndStdDev(values);
    Classification result;
    if (!(sd > 0)) { // all values equal: one class
        result.ranges = rangesFromBounds({*minIt, *maxIt}, decimals, locale);
        return result;
    }
    const QVector<double> multiples = stdDevMultiples(classes);
    QVector<double> breaks;
    for (double m : multiples)
        breaks.append(mean + m * sd);
    QVector<double> bounds = breaks;
    bounds.prepend(std::min(*minIt, breaks.first()));
    bounds.append(std::max(*maxIt, breaks.last()));
    decimals = distinctDecimals(breaks, decimals, locale);
    auto number = [&](double v) { return formatMapNumber(v, decimals, locale); };
    for (int i = 0; i + 1 < bounds.size(); ++i) {
        QString label;
        if (i == 0)
            label = QStringLiteral("< %1 (< %2)")
                        .arg(sigmaLabel(multiples.first(), locale), number(breaks.first()));
        else if (i + 2 == bounds.size())
            label = QStringLiteral("> %1 (> %2)")
                        .arg(sigmaLabel(multiples.last(), locale), number(breaks.last()));
        else
            label = QStringLiteral("%1 – %2 (%3)")
                        .arg(sigmaLabel(multiples[i - 1], locale), sigmaLabel(multiples[i], locale),
                             formatRangeLabel(bounds[i], bounds[i + 1], decimals, locale));
        result.ranges.append({bounds[i], bounds[i + 1], label});
    }
    return result;
}

//! Removes bounds until every class (lower < v <= upper; the first also holds its lower
//! bound) holds a value of sorted: an empty class merges into its outer neighbour, the
//! outermost into its inner one.
void mergeEmptyClasses(QVector<double> &bounds, const QVector<double> &sorted)
{
    for (int i = 0; i + 1 < bounds.size() && bounds.size() > 2;) {
        const auto first = i == 0 ? std::lower_bound(sorted.begin(), sorted.end(), bounds[i])
                                  : std::upper_bound(sorted.begin(), sorted.end(), bounds[i]);
        if (first != sorted.end() && *first <= bounds[i + 1]) {
            ++i;
            continue;
        }
        if (i + 2 < bounds.size())
            bounds.remove(i + 1); // the class now reaches its outer neighbour's upper bound
        else
            bounds.remove(i); // the outermost: its inner neighbour takes its range
        i = 0;
    }
}

//! The bounds of one side of a diverging map, on its magnitudes (all > 0): from 0 to the
//! largest magnitude, by method, every class holding a value.
std::optional<QVector<double>> sideBounds(QVector<double> magnitudes, int classes,
                                          ClassificationMethod method,
                                          const QVector<double> &manualBreaks, QString *error)
{
    std::sort(magnitudes.begin(), magnitudes.end());
    QVector<double> distinct = magnitudes;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const int wanted = std::min(classes, int(distinct.size()));
    QVector<double> inner;
    if (method == ClassificationMethod::Manual) {
        inner = manualBreaks;
    } else if (wanted > 1 && method == ClassificationMethod::StdDev) {
        const auto [mean, sd] = meanAndStdDev(magnitudes);
        for (double m : stdDevMultiples(wanted))
            inner.append(mean + m * sd);
    } else if (wanted > 1) {
        auto bounds = qgisBounds(method, magnitudes, wanted, error);
        if (!bounds)
            return std::nullopt;
        inner = bounds->mid(1, bounds->size() - 2);
    }
    std::sort(inner.begin(), inner.end());
    QVector<double> bounds{0.0};
    for (double b : qAsConst(inner)) {
        if (b > bounds.last() && b < magnitudes.last())
            bounds.append(b);
    }
    bounds.append(magnitudes.last());
    mergeEmptyClasses(bounds, magnitudes);
    return bounds;
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
    // The one number formatter (model/number_format.h), with the legend's true minus sign.
    NumberFormat format;
    format.decimals = std::max(decimals, 0);
    format.typographicMinus = true;
    return formatNumber(value, format, locale);
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
    if (diverging) {
        // Falling classes mirror the rising ones: a class holds its bound nearer 0
        // (magnitude <= upper bound), so equal rises and falls get the same depth.
        if (value < 0) {
            for (int i = falling - 1; i > 0; --i) {
                if (value >= ranges[i].lower)
                    return i;
            }
            return falling > 0 ? 0 : -1;
        }
        const int first = ranges.size() - rising;
        for (int i = first; i + 1 < ranges.size(); ++i) {
            if (value <= ranges[i].upper)
                return i;
        }
        return rising > 0 ? ranges.size() - 1 : -1;
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
        if (request.method == ClassificationMethod::StdDev)
            return stdDevClasses(finite, request.classes, request.decimals, request.locale);
        auto computed = qgisBounds(request.method, finite, request.classes, error);
        if (!computed)
            return std::nullopt;
        bounds = *computed;
    }
    Classification result;
    result.ranges = rangesFromBounds(bounds, request.decimals, request.locale);
    return result;
}

std::optional<Classification> classifyDiverging(const QVector<double> &directed, bool withNeutral,
                                                const QString &neutralLabel,
                                                const ClassificationRequest &request,
                                                QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const ClassificationMethod method = request.method;
    // A box map has no sides: the caller decides what a diverging map applies instead
    // (maps::appliedMethod), this does not guess.
    if (method == ClassificationMethod::Box) {
        *error =
            QCoreApplication::translate("wijk::maps", "A change or trend map cannot be a box map.");
        return std::nullopt;
    }
    if (method != ClassificationMethod::Manual && (request.classes < 3 || request.classes > 9)) {
        *error = QCoreApplication::translate("wijk::maps",
                                             "The number of classes must be 3 to 9, not %1.")
                     .arg(request.classes);
        return std::nullopt;
    }
    // Each side on its magnitudes, so that both sides are classed alike.
    QVector<double> falling, rising;
    for (double v : directed) {
        if (std::isfinite(v) && v < 0)
            falling.append(-v);
        else if (std::isfinite(v) && v > 0)
            rising.append(v);
    }
    if (falling.isEmpty() && rising.isEmpty() && !withNeutral) {
        *error = QCoreApplication::translate("wijk::maps", "There are no values to classify.");
        return std::nullopt;
    }
    // The classes for the sides: half each (the odd one to the side with more values),
    // none to a side without values, never more than a side's distinct values (what one
    // side cannot use goes to the other).
    auto distinctCount = [](QVector<double> v) {
        std::sort(v.begin(), v.end());
        return int(std::distance(v.begin(), std::unique(v.begin(), v.end())));
    };
    const int fallingDistinct = distinctCount(falling), risingDistinct = distinctCount(rising);
    const int sideClasses = request.classes - (withNeutral ? 1 : 0);
    int fallingClasses = 0, risingClasses = 0;
    if (fallingDistinct > 0 && risingDistinct > 0) {
        const int more = (sideClasses + 1) / 2;
        fallingClasses = falling.size() > rising.size() ? more : sideClasses - more;
    } else if (fallingDistinct > 0) {
        fallingClasses = sideClasses;
    }
    fallingClasses = std::min(fallingClasses, fallingDistinct);
    risingClasses = std::min(sideClasses - fallingClasses, risingDistinct);
    fallingClasses = std::min(sideClasses - risingClasses, fallingDistinct);
    QVector<double> fallingBreaks, risingBreaks;
    for (double b : request.manualBreaks)
        (b < 0 ? fallingBreaks : risingBreaks).append(std::abs(b));
    QVector<double> fallingBounds, risingBounds;
    if (!falling.isEmpty()) {
        auto bounds = sideBounds(falling, fallingClasses, method, fallingBreaks, error);
        if (!bounds)
            return std::nullopt;
        fallingBounds = *bounds;
    }
    if (!rising.isEmpty()) {
        auto bounds = sideBounds(rising, risingClasses, method, risingBreaks, error);
        if (!bounds)
            return std::nullopt;
        risingBounds = *bounds;
    }

    // All bounds low to high; one set of decimals for every label.
    QVector<double> bounds;
    for (int i = fallingBounds.size() - 1; i >= 0; --i)
        bounds.append(-fallingBounds[i]);
    for (int i = bounds.isEmpty() ? 0 : 1; i < risingBounds.size(); ++i)
        bounds.append(risingBounds[i]);
    const int decimals = distinctDecimals(bounds, request.decimals, request.locale);
    Classification result;
    result.diverging = true;
    result.falling = std::max(0, int(fallingBounds.size()) - 1);
    result.rising = std::max(0, int(risingBounds.size()) - 1);
    for (int i = 0; i < result.falling; ++i)
        result.ranges.append(
            {bounds[i], bounds[i + 1],
             formatRangeLabel(bounds[i], bounds[i + 1], decimals, request.locale)});
    if (withNeutral) {
        result.neutralClass = result.ranges.size();
        result.ranges.append({0.0, 0.0, neutralLabel});
    }
    for (int i = result.falling; i < result.falling + result.rising; ++i)
        result.ranges.append(
            {bounds[i], bounds[i + 1],
             formatRangeLabel(bounds[i], bounds[i + 1], decimals, request.locale)});
    return result;
}

} // namespace wijk::maps
