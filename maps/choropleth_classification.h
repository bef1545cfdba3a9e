// Class breaks for choropleths: QGIS's classification methods (through the registry), the
// box map (quartiles with 1.5 IQR fences), manual breaks, and symmetric breaks around 0 for
// change and trend maps. Only numbers and labels; colours are chosen elsewhere.
#pragma once

#include <QLocale>
#include <QString>
#include <QVector>
#include <optional>

namespace wijk {

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
std::optional<ClassificationMethod> classificationMethodFromString(const QString &text);

struct ClassRange
{
    double lower = 0;
    double upper = 0;
    QString label;
};

struct ClassificationRequest
{
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classes = 5;                  //!< 3..9 (ignored by box; manual: breaks + 1)
    QVector<double> manualBreaks;     //!< inner breaks for Manual, ascending
    bool symmetricAroundZero = false; //!< change/trend: mirrored breaks, 0 in the middle
    int decimals = 1;
    QLocale locale = QLocale(QLocale::Dutch, QLocale::Netherlands);
};

//! The classes of one map. A value v falls in the first class with v <= upper
//! (the first class also holds its lower bound); box maps test the fences strictly.
struct Classification
{
    QVector<ClassRange> ranges;
    bool boxMap = false;
    double q1 = 0, median = 0, q3 = 0, lowerFence = 0, upperFence = 0; //!< box maps only

    //! Index of the class holding value, or -1 for NaN / no classes.
    int classOf(double value) const;
    int size() const { return ranges.size(); }
};

//! Classifies finite values; returns nullopt and sets error on bad requests or no values.
std::optional<Classification> classify(const QVector<double> &values,
                                       const ClassificationRequest &request, QString *error);

//! The QGIS registry id of a method ("Quantile", "EqualInterval", ...); empty for box/manual.
QString qgisMethodId(ClassificationMethod method);

//! Quantile by linear interpolation between order statistics (numpy's default, type 7).
double quantileType7(QVector<double> sorted, double p);

//! A number as the map shows it: locale digits, grouping, fixed decimals, a true minus sign.
QString formatMapNumber(double value, int decimals, const QLocale &locale);

//! "12,5 – 15,0"
QString formatRangeLabel(double lower, double upper, int decimals, const QLocale &locale);

} // namespace wijk
