#include "engine/trend_statistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace wijk::engine::stats {

namespace {

constexpr double kSqrt2 = 1.41421356237309504880;

//! Continued fraction of the incomplete beta function (modified Lentz).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double eps = 1e-16;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 10000; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < eps)
            break;
    }
    return h;
}

//! P(T > |t|) for Student's t, computed directly so the upper tail keeps its precision.
double studentTTail(double t, double df)
{
    const double x = df / (df + t * t);
    return 0.5 * incompleteBeta(df / 2.0, 0.5, x);
}

double medianOfSorted(const double *v, int n)
{
    if (n == 0)
        return kNaN;
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

//! t_{0.975, df} for integer df, computed once: every OLS interval of a national run needs it.
double studentT975(int df)
{
    static const std::array<double, 257> table = [] {
        std::array<double, 257> values{};
        values[0] = kNaN;
        for (int i = 1; i < 257; ++i)
            values[i] = studentTQuantile(0.975, i);
        return values;
    }();
    return df >= 1 && df < 257 ? table[df] : studentTQuantile(0.975, df);
}

} // namespace

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / kSqrt2);
}

double normalTwoSidedP(double z)
{
    return std::erfc(std::fabs(z) / kSqrt2);
}

double normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        return p == 0.0 ? -INFINITY : (p == 1.0 ? INFINITY : kNaN);
    // Acklam's rational approximation (relative error 1.15e-9) ...
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                               -2.759285104469687e+02, 1.383577518672690e+02,
                               -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                               -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                               -2.400758277161838e+00, -2.549732539343734e+00,
                               4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double plow = 0.02425;
    double x;
    if (p < plow) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - plow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // ... refined by Halley steps on erfc to full double precision.
    for (int i = 0; i < 2; ++i) {
        const double e = 0.5 * std::erfc(-x / kSqrt2) - p;
        const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
        x = x - u / (1 + x * u / 2);
    }
    return x;
}

double incompleteBeta(double a, double b, double x)
{
    if (!(x > 0.0))
        return x == 0.0 ? 0.0 : kNaN;
    if (!(x < 1.0))
        return x == 1.0 ? 1.0 : kNaN;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double tail = studentTTail(t, df);
    return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0) || !(df > 0))
        return kNaN;
    if (p == 0.5)
        return 0.0;
    // Solve P(T > t) = tail for t > 0 by bisection: slow but exact to the last bit.
    const double tail = p > 0.5 ? 1.0 - p : p;
    double lo = 0.0;
    double hi = 1.0;
    while (studentTTail(hi, df) > tail && hi < 1e300)
        hi *= 2.0;
    for (int i = 0; i < 2000; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        if (studentTTail(mid, df) > tail)
            lo = mid;
        else
            hi = mid;
    }
    const double t = 0.5 * (lo + hi);
    return p > 0.5 ? t : -t;
}

MannKendallResult mannKendall(const double *x, int n, std::vector<double> &scratch)
{
    MannKendallResult result;
    result.n = n;
    if (n < 2)
        return result;
    // Tie groups from the pair loop itself: with c_i the size of x_i's group,
    // sum_i (c_i - 1)(2 c_i + 5) = sum_groups t (t - 1)(2t + 5); no sort needed.
    scratch.assign(size_t(n), 1.0);
    double *groupSize = scratch.data();
    long long s = 0;
    for (int i = 0; i < n - 1; ++i)
        for (int j = i + 1; j < n; ++j) {
            s += (x[j] > x[i]) - (x[j] < x[i]);
            if (x[j] == x[i]) {
                groupSize[i] += 1;
                groupSize[j] += 1;
            }
        }
    double ties = 0.0;
    for (int i = 0; i < n; ++i)
        ties += (groupSize[i] - 1) * (2 * groupSize[i] + 5);
    const double nn = n;
    const double varS = (nn * (nn - 1) * (2 * nn + 5) - ties) / 18.0;
    result.s = double(s);
    result.varS = varS;
    if (s > 0)
        result.z = (result.s - 1) / std::sqrt(varS);
    else if (s < 0)
        result.z = (result.s + 1) / std::sqrt(varS);
    else
        result.z = 0.0;
    result.p = normalTwoSidedP(result.z);
    result.tau = result.s / (nn * (nn - 1) / 2);
    return result;
}

MannKendallResult mannKendall(const std::vector<double> &x)
{
    std::vector<double> scratch;
    return mannKendall(x.data(), int(x.size()), scratch);
}

TheilSenResult theilSen(const double *t, const double *x, int n, double alpha,
                        std::vector<double> &scratch)
{
    TheilSenResult result;
    if (n < 2)
        return result;
    // Layout of scratch: [0, n) group sizes in t, [n, 2n) in x, then the pairwise slopes.
    const size_t pairs = size_t(n) * size_t(n - 1) / 2;
    scratch.assign(2 * size_t(n), 1.0);
    scratch.reserve(2 * size_t(n) + pairs);
    for (int i = 0; i < n - 1; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double dt = t[j] - t[i];
            if (dt != 0.0) {
                scratch.push_back((x[j] - x[i]) / dt);
            } else {
                scratch[size_t(i)] += 1;
                scratch[size_t(j)] += 1;
            }
            if (x[j] == x[i]) {
                scratch[size_t(n + i)] += 1;
                scratch[size_t(n + j)] += 1;
            }
        }
    const int slopes = int(scratch.size() - 2 * size_t(n));
    if (slopes == 0)
        return result;

    // Sen (1968) eq. 2.6, as scipy.stats.theilslopes: ties in t and in x both reduce sigma
    // (sum_i (c_i - 1)(2 c_i + 5) over elements = sum over tie groups of k(k-1)(2k+5)).
    const double nn = n;
    double ties = 0.0;
    for (size_t k = 0; k < 2 * size_t(n); ++k)
        ties += (scratch[k] - 1) * (2 * scratch[k] + 5);
    const double sigmaSq = (nn * (nn - 1) * (2 * nn + 5) - ties) / 18.0;
    static const double z95 = normalQuantile(0.975);
    const double z = alpha == 0.05 ? z95 : normalQuantile(1.0 - alpha / 2.0);
    const double sigma = std::sqrt(std::max(sigmaSq, 0.0));
    const int lowIndex =
        std::min(std::max(int(std::nearbyint((slopes - z * sigma) / 2.0)) - 1, 0), slopes - 1);
    const int highIndex =
        std::max(std::min(int(std::nearbyint((slopes + z * sigma) / 2.0)), slopes - 1), 0);

    // The median and the two interval ranks: a plain insertion sort is fastest for the
    // usual few dozen slopes (10 years: 45), partial selection beyond that.
    double *begin = scratch.data() + 2 * n;
    double *end = begin + slopes;
    const int mid = slopes / 2;
    if (slopes <= 128) {
        for (double *i = begin + 1; i < end; ++i) {
            const double v = *i;
            double *j = i;
            for (; j > begin && *(j - 1) > v; --j)
                *j = *(j - 1);
            *j = v;
        }
        result.slope = slopes % 2 ? begin[mid] : 0.5 * (begin[mid - 1] + begin[mid]);
        result.low = begin[lowIndex];
        result.high = begin[highIndex];
    } else {
        std::nth_element(begin, begin + mid, end);
        const double upperMedian = begin[mid];
        result.slope =
            slopes % 2 ? upperMedian : 0.5 * (*std::max_element(begin, begin + mid) + upperMedian);
        auto select = [&](int index) {
            if (index < mid)
                std::nth_element(begin, begin + index, begin + mid);
            else if (index > mid)
                std::nth_element(begin + mid + 1, begin + index, end);
            return begin[index];
        };
        result.low = select(lowIndex);
        result.high = select(highIndex);
    }

    // Intercept as scipy: median(x) - slope * median(t).
    double small[64];
    std::vector<double> big;
    double *buffer = small;
    if (n > 64) {
        big.resize(size_t(n));
        buffer = big.data();
    }
    auto medianOf = [&](const double *values) {
        std::copy(values, values + n, buffer);
        std::nth_element(buffer, buffer + n / 2, buffer + n);
        const double upper = buffer[n / 2];
        return n % 2 ? upper : 0.5 * (*std::max_element(buffer, buffer + n / 2) + upper);
    };
    result.intercept = medianOf(x) - result.slope * medianOf(t);
    return result;
}

TheilSenResult theilSen(const std::vector<double> &t, const std::vector<double> &x, double alpha)
{
    std::vector<double> scratch;
    return theilSen(t.data(), x.data(), int(std::min(t.size(), x.size())), alpha, scratch);
}

OlsResult ols(const double *t, const double *x, int n, double alpha)
{
    OlsResult result;
    if (n < 2)
        return result;
    double meanT = 0, meanX = 0;
    for (int i = 0; i < n; ++i) {
        meanT += t[i];
        meanX += x[i];
    }
    meanT /= n;
    meanX /= n;
    double sxx = 0, sxy = 0, syy = 0;
    for (int i = 0; i < n; ++i) {
        const double dt = t[i] - meanT;
        const double dx = x[i] - meanX;
        sxx += dt * dt;
        sxy += dt * dx;
        syy += dx * dx;
    }
    if (sxx == 0.0)
        return result;
    result.slope = sxy / sxx;
    result.intercept = meanX - result.slope * meanT;
    // As scipy.stats.linregress: a constant series has r = 0.
    const double r = syy == 0.0 ? 0.0 : std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    result.r2 = r * r;
    if (n < 3)
        return result;
    const int df = n - 2;
    const double residual = std::max(syy - result.slope * sxy, 0.0);
    result.se = std::sqrt(residual / df / sxx);
    const double tq =
        alpha == 0.05 ? studentT975(df) : studentTQuantile(1.0 - alpha / 2.0, double(df));
    result.low = result.slope - tq * result.se;
    result.high = result.slope + tq * result.se;
    return result;
}

OlsResult ols(const std::vector<double> &t, const std::vector<double> &x, double alpha)
{
    return ols(t.data(), x.data(), int(std::min(t.size(), x.size())), alpha);
}

std::vector<double> benjaminiHochberg(const std::vector<double> &p)
{
    std::vector<double> q(p.size(), kNaN);
    std::vector<size_t> order;
    order.reserve(p.size());
    for (size_t i = 0; i < p.size(); ++i)
        if (!std::isnan(p[i]))
            order.push_back(i);
    const double m = double(order.size());
    std::sort(order.begin(), order.end(), [&p](size_t a, size_t b) { return p[a] < p[b]; });
    double running = 1.0;
    for (size_t k = order.size(); k-- > 0;) {
        running = std::min(running, p[order[k]] * m / double(k + 1));
        q[order[k]] = std::min(running, 1.0);
    }
    return q;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return medianOfSorted(values.data(), int(values.size()));
}

} // namespace wijk::engine::stats
