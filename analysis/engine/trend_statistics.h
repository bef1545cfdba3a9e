// Trend statistics as free functions over plain arrays, exactly as
// shared/docs/statistics.md defines them. No Qt, no allocation per call beyond a caller's
// scratch buffer, so the engine can run millions of series per second.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace wijk::engine::stats {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

//! Standard normal distribution function Phi(z).
double normalCdf(double z);
//! Two-sided p-value 2*(1 - Phi(|z|)), accurate far into the tail (erfc).
double normalTwoSidedP(double z);
//! Inverse of Phi, full double precision (Acklam's start plus a Halley step).
double normalQuantile(double p);
//! Regularized incomplete beta function I_x(a, b).
double incompleteBeta(double a, double b, double x);
//! Student-t distribution function with df degrees of freedom (df > 0, may be fractional).
double studentTCdf(double t, double df);
//! Inverse Student-t distribution function (bisection on the CDF to machine precision).
double studentTQuantile(double p, double df);

struct MannKendallResult
{
    int n = 0;
    double s = kNaN;    //!< S = sum sign(x_j - x_i), i < j
    double varS = kNaN; //!< Var(S) with the tie correction
    double z = kNaN;    //!< with continuity correction
    double p = kNaN;    //!< two-sided
    double tau = kNaN;  //!< Kendall's tau-a: S / (n(n-1)/2)
};

struct TheilSenResult
{
    double slope = kNaN;
    double intercept = kNaN;
    double low = kNaN; //!< lower bound of the confidence interval (Sen 1968)
    double high = kNaN;
};

struct OlsResult
{
    double slope = kNaN;
    double intercept = kNaN;
    double se = kNaN;   //!< standard error of the slope
    double low = kNaN;  //!< slope - t_{1-alpha/2, n-2} * se
    double high = kNaN; //!< slope + t_{1-alpha/2, n-2} * se
    double r2 = kNaN;
};

//! Mann-Kendall test of the values in time order (n >= 2; below that everything is NaN).
MannKendallResult mannKendall(const double *x, int n, std::vector<double> &scratch);
MannKendallResult mannKendall(const std::vector<double> &x);

//! Theil-Sen slope of x over t with Sen's (1968) interval at confidence 1 - alpha.
TheilSenResult theilSen(const double *t, const double *x, int n, double alpha,
                        std::vector<double> &scratch);
TheilSenResult theilSen(const std::vector<double> &t, const std::vector<double> &x,
                        double alpha = 0.05);

//! Ordinary least squares of x on t with a 1 - alpha interval for the slope (n >= 3).
OlsResult ols(const double *t, const double *x, int n, double alpha = 0.05);
OlsResult ols(const std::vector<double> &t, const std::vector<double> &x, double alpha = 0.05);

//! Benjamini-Hochberg q-values; NaN p-values (untested series) stay NaN and do not count in m.
std::vector<double> benjaminiHochberg(const std::vector<double> &p);

//! Median of a copy of the values (NaN when empty).
double median(std::vector<double> values);

} // namespace wijk::engine::stats
