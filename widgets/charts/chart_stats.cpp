#include "charts/chart_stats.h"

#include <algorithm>
#include <cmath>

namespace wijk::widgets::charts {

namespace {

std::vector<double> finiteSorted(const std::vector<double> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

//! The round number (1, 2 or 5 x 10^k) nearest to raw; never 2.5, which would need one
//! decimal more than the indicator may show. ceiling rounds up instead (bin widths).
double niceStep(double raw, bool ceiling = true)
{
    if (!(raw > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (ceiling) {
        nice = fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0;
    } else {
        nice = fraction < 1.5 ? 1.0 : fraction < 3.0 ? 2.0 : fraction < 7.0 ? 5.0 : 10.0;
    }
    return nice * magnitude;
}

int decimalsFor(double step)
{
    for (int d = 0; d < 10; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 10;
}

} // namespace

LinearFit linearFit(const std::vector<double> &x, const std::vector<double> &y)
{
    LinearFit fit;
    const size_t size = std::min(x.size(), y.size());
    double sx = 0, sy = 0;
    int n = 0;
    for (size_t i = 0; i < size; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            sx += x[i];
            sy += y[i];
            ++n;
        }
    }
    fit.n = n;
    if (n < 3)
        return fit;
    const double mx = sx / n, my = sy / n;
    double sxx = 0, syy = 0, sxy = 0;
    for (size_t i = 0; i < size; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (x[i] - mx) * (y[i] - my);
        }
    }
    if (sxx <= 0.0 || syy <= 0.0)
        return fit;
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    fit.r = sxy / std::sqrt(sxx * syy);
    fit.valid = true;
    return fit;
}

Histogram histogram(const std::vector<double> &values, int binCount, double minWidth)
{
    Histogram h;
    const std::vector<double> sorted = finiteSorted(values);
    if (sorted.empty())
        return h;
    if (binCount <= 0)
        binCount = static_cast<int>(std::ceil(std::log2(double(sorted.size())) + 1.0));
    const double lo = sorted.front(), hi = sorted.back();
    double width = niceStep(std::max((hi - lo) / binCount, minWidth));
    if (hi == lo)
        width = std::max(niceStep(std::max(std::abs(lo) * 0.1, minWidth)), minWidth);
    const double start = std::floor(lo / width) * width;
    int bins = std::max(1, static_cast<int>(std::ceil((hi - start) / width - 1e-9)));
    if (start + bins * width < hi || (hi == lo && bins == 0))
        ++bins;
    for (int i = 0; i <= bins; ++i)
        h.edges.push_back(start + i * width);
    h.counts.assign(bins, 0);
    for (double v : sorted) {
        int bin = static_cast<int>(std::floor((v - start) / width + 1e-9));
        bin = std::clamp(bin, 0, bins - 1);
        ++h.counts[bin];
    }
    return h;
}

double quantileSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const double pos = p * (sorted.size() - 1);
    const size_t below = static_cast<size_t>(std::floor(pos));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (pos - below) * (sorted[above] - sorted[below]);
}

BoxStats boxStats(const std::vector<double> &values)
{
    BoxStats b;
    const std::vector<double> sorted = finiteSorted(values);
    b.n = static_cast<int>(sorted.size());
    if (sorted.empty())
        return b;
    b.q1 = quantileSorted(sorted, 0.25);
    b.median = quantileSorted(sorted, 0.5);
    b.q3 = quantileSorted(sorted, 0.75);
    const double fenceLo = b.q1 - 1.5 * (b.q3 - b.q1);
    const double fenceHi = b.q3 + 1.5 * (b.q3 - b.q1);
    b.lowerWhisker = b.q1;
    b.upperWhisker = b.q3;
    for (double v : sorted) {
        if (v < fenceLo || v > fenceHi) {
            b.outliers.push_back(v);
            continue;
        }
        b.lowerWhisker = std::min(b.lowerWhisker, v);
        b.upperWhisker = std::max(b.upperWhisker, v);
    }
    return b;
}

Ticks niceTicks(double min, double max, int targetCount, double minStep)
{
    Ticks t;
    if (!std::isfinite(min) || !std::isfinite(max)) {
        min = 0.0;
        max = 1.0;
    }
    if (min > max)
        std::swap(min, max);
    if (max == min) {
        const double pad = min == 0.0 ? 1.0 : std::abs(min) * 0.1;
        min -= pad;
        max += pad;
    }
    t.step = niceStep(std::max((max - min) / std::max(1, targetCount - 1), minStep), false);
    if (minStep > 0.0 && t.step < minStep)
        t.step = niceStep(minStep);
    const double first = std::floor(min / t.step + 1e-9) * t.step;
    const double last = std::ceil(max / t.step - 1e-9) * t.step;
    const int count = static_cast<int>(std::round((last - first) / t.step));
    for (int i = 0; i <= count; ++i) {
        const double v = first + i * t.step;
        t.values.push_back(std::abs(v) < t.step * 1e-9 ? 0.0 : v);
    }
    t.decimals = decimalsFor(t.step);
    return t;
}

} // namespace wijk::widgets::charts
