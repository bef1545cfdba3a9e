// The attacker's linear program of the disclosure tests (test_disclosure_subtraction,
// test_harmonised_dataset): max c.x subject to A x = b, x >= 0, solved exactly enough for
// intervals of counts. Not the engine's own rule, so the tests check the engine against it.
#pragma once

#include <cmath>
#include <limits>
#include <vector>

namespace wijk::test {

//! max c.x subject to A x = b, x >= 0: a dense two-phase simplex with Bland's rule (no
//! cycling). Returns +inf when unbounded and NaN when infeasible.
inline double maximize(const std::vector<std::vector<double>> &a, const std::vector<double> &b,
                       const std::vector<double> &c)
{
    const size_t m = a.size();
    const size_t n = c.size();
    const size_t last = n + m;
    std::vector<std::vector<double>> t(m + 1, std::vector<double>(last + 1, 0.0));
    std::vector<size_t> basis(m);
    for (size_t i = 0; i < m; ++i) {
        const double sign = b[i] < 0 ? -1.0 : 1.0;
        for (size_t j = 0; j < n; ++j)
            t[i][j] = sign * a[i][j];
        t[i][n + i] = 1.0;
        t[i][last] = sign * b[i];
        basis[i] = n + i;
    }
    const auto pivot = [&](size_t row, size_t col) {
        const double p = t[row][col];
        for (double &x : t[row])
            x /= p;
        for (size_t i = 0; i <= m; ++i)
            if (i != row && t[i][col] != 0.0) {
                const double f = t[i][col];
                for (size_t j = 0; j <= last; ++j)
                    t[i][j] -= f * t[row][j];
            }
        basis[row] = col;
    };
    // Minimizes the objective row over the first `columns` columns; false when unbounded.
    const auto run = [&](size_t columns) {
        for (;;) {
            size_t enter = columns;
            for (size_t j = 0; j < columns; ++j)
                if (t[m][j] < -1e-9) {
                    enter = j;
                    break;
                }
            if (enter == columns)
                return true;
            size_t leave = m;
            double best = std::numeric_limits<double>::infinity();
            for (size_t i = 0; i < m; ++i)
                if (t[i][enter] > 1e-9) {
                    const double ratio = t[i][last] / t[i][enter];
                    if (ratio < best - 1e-9 ||
                        (ratio < best + 1e-9 && leave < m && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            if (leave == m)
                return false;
            pivot(leave, enter);
        }
    };
    // Phase 1: minimize the sum of the artificial variables.
    for (size_t j = 0; j <= last; ++j) {
        double sum = 0.0;
        for (size_t i = 0; i < m; ++i)
            sum += t[i][j];
        t[m][j] = (j >= n && j < last) ? 0.0 : -sum;
    }
    run(last);
    if (-t[m][last] > 1e-6)
        return std::nan("");
    for (size_t i = 0; i < m; ++i)
        if (basis[i] >= n)
            for (size_t j = 0; j < n; ++j)
                if (std::fabs(t[i][j]) > 1e-9) {
                    pivot(i, j);
                    break;
                }
    // Phase 2: minimize -c.x over the original columns.
    for (size_t j = 0; j <= last; ++j) {
        double value = j < n ? -c[j] : 0.0;
        for (size_t i = 0; i < m; ++i)
            if (basis[i] < n)
                value -= -c[basis[i]] * t[i][j];
        t[m][j] = value;
    }
    if (!run(n))
        return std::numeric_limits<double>::infinity();
    return t[m][last];
}

} // namespace wijk::test
