// Class breaks for choropleths: QGIS's classification methods (through the registry), the
// box map (quartiles with 1.5 IQR fences), standard deviations around the mean, manual
// breaks, and diverging classes for change and trend maps (a neutral class for the regions
// without a direction, the chosen method on each side of 0). Only numbers and labels;
// colours are chosen elsewhere.
#pragma once

#include <QLocale>
#include <QString>
#include <QVector>
#include <optional>

namespace wijk::maps {

enum class ClassificationMethod
{
    Quantile,
    EqualInterval,
    Jenks, //!< natural breaks
    StdDev,
    Pretty,
    Box,   //!< box map: lower outlier, <25%, 25-50%, 50-75%, >75%, upper outlier
    Manual //!< breaks given by the user
};

QString contractName(ClassificationMethod method);
//! Accepts quantile|equal|jenks|stddev|pretty|box|manual (and a few QGIS ids).
[[nodiscard]] std::optional<ClassificationMethod>
classificationMethodFromString(const QString &text);

struct ClassRange
{
    double lower = 0;
    double upper = 0;
    QString label;
};

struct ClassificationRequest
{
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classes = 5;              //!< 3..9 (ignored by box; manual: breaks + 1)
    QVector<double> manualBreaks; //!< inner breaks for Manual, ascending
    int decimals = 1;
    QLocale locale = QLocale(QLocale::Dutch, QLocale::Netherlands);
};

//! The classes of one map. A value v falls in the first class with v <= upper
//! (the first class also holds its lower bound); box maps test the fences strictly.
//! Diverging classes (change, trend) run: falling classes (all below 0), the neutral class
//! when there is one, rising classes (all above 0).
struct Classification
{
    QVector<ClassRange> ranges;
    bool boxMap = false;
    double q1 = 0, median = 0, q3 = 0, lowerFence = 0, upperFence = 0; //!< box maps only
    bool diverging = false;
    int falling = 0;       //!< diverging: classes below 0
    int rising = 0;        //!< diverging: classes above 0
    int neutralClass = -1; //!< diverging: the class of regions without a direction, or -1

    //! Index of the class holding value, or -1 for NaN / no classes. Never the neutral
    //! class: whether a region is neutral is not a matter of its number (see isNeutral()).
    int classOf(double value) const;
    int size() const { return ranges.size(); }
};

//! Classifies finite values; returns nullopt and sets error on bad requests or no values.
//! Standard deviations give exactly the classes asked: breaks 1 σ apart, centred on the
//! mean (an odd count has a middle class mean ± 0.5 σ, an even one a break at the mean),
//! labelled in σ; outer classes may be empty (as a box map's outlier classes).
[[nodiscard]] std::optional<Classification>
classify(const QVector<double> &values, const ClassificationRequest &request, QString *error);

//! Diverging classes for change and trend maps. directed: the numbers with a direction
//! (non-zero changes, significant slopes; 0 and NaN are ignored); withNeutral: whether a
//! neutral class (labelled neutralLabel) holds the other regions. The request's classes
//! are shared out: one for the neutral class, the rest over the sides (both sides: half
//! each, the odd one to the side with more values), each side at most its number of
//! distinct values; each side is classed by the request's method on its magnitudes, its
//! inner class starting at 0. Classes without a value are merged into their neighbour, so
//! no class is empty. Manual breaks apply on the side they lie on.
[[nodiscard]] std::optional<Classification>
classifyDiverging(const QVector<double> &directed, bool withNeutral, const QString &neutralLabel,
                  const ClassificationRequest &request, QString *error);

//! The QGIS registry id of a method ("Quantile", "EqualInterval", ...); empty for box/manual.
QString qgisMethodId(ClassificationMethod method);

//! Quantile by linear interpolation between order statistics (numpy's default, type 7).
double quantileType7(QVector<double> sorted, double p);

//! A number as the map shows it: locale digits, grouping, fixed decimals, a true minus sign.
QString formatMapNumber(double value, int decimals, const QLocale &locale);

//! "12,5 – 15,0"
QString formatRangeLabel(double lower, double upper, int decimals, const QLocale &locale);

} // namespace wijk::maps
