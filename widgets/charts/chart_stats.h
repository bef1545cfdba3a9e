// The small amounts of arithmetic the charts draw themselves: a least-squares line with
// Pearson's r for the scatter plot, histogram bins and box-plot quartiles, and "nice"
// axis ticks. Free functions over plain vectors; non-finite inputs are skipped.
#pragma once

#include <vector>

namespace wijk::widgets::charts {

struct LinearFit
{
    double slope = 0.0;
    double intercept = 0.0;
    double r = 0.0;     //!< Pearson correlation
    int n = 0;          //!< pairs used
    bool valid = false; //!< false with fewer than 3 pairs or no spread in x or y
};

//! Ordinary least squares y = intercept + slope * x and Pearson's r over the finite pairs.
LinearFit linearFit(const std::vector<double> &x, const std::vector<double> &y);

struct Histogram
{
    std::vector<double> edges; //!< bins + 1 ascending edges; bin i is [edges[i], edges[i+1])
    std::vector<int> counts;   //!< the last bin also holds values equal to its upper edge
};

//! Bins with a round width (1, 2 or 5 x 10^k) covering the finite values; binCount 0 means
//! Sturges' rule. minWidth keeps bins at least one display unit wide (1 for counts).
Histogram histogram(const std::vector<double> &values, int binCount = 0, double minWidth = 0.0);

struct BoxStats
{
    double lowerWhisker = 0.0; //!< the smallest value within 1.5 IQR below Q1
    double q1 = 0.0;
    double median = 0.0;
    double q3 = 0.0;
    double upperWhisker = 0.0; //!< the largest value within 1.5 IQR above Q3
    std::vector<double> outliers;
    int n = 0;
};

//! Tukey box-plot figures; quartiles interpolate linearly (numpy's default, Hyndman-Fan 7).
BoxStats boxStats(const std::vector<double> &values);
//! Quantile p of sorted values, linear interpolation (Hyndman-Fan 7).
double quantileSorted(const std::vector<double> &sorted, double p);

struct Ticks
{
    std::vector<double> values; //!< first <= data minimum, last >= data maximum
    double step = 1.0;
    int decimals = 0; //!< decimals needed to write each tick exactly
};

//! About targetCount round ticks spanning [min, max]; the step is at least minStep.
Ticks niceTicks(double min, double max, int targetCount = 5, double minStep = 0.0);

} // namespace wijk::widgets::charts
