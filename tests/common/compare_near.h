// WIJK_COMPARE_NEAR: the one way tests compare floating-point values. Unlike
// QVERIFY(fabs(a - b) < tol) it prints, on failure, both expressions, both values (to full
// precision), their difference and the tolerance, so a failing run says what was computed.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtTest>
#include <cmath>

namespace wijk::test {

//! True when |actual - expected| <= tolerance (a NaN on either side never is); otherwise
//! records a test failure at file:line that names both expressions with their values.
inline bool compareNear(double actual, double expected, double tolerance, const char *actualExpr,
                        const char *expectedExpr, const char *file, int line,
                        const QString &context = {})
{
    const double difference = std::fabs(actual - expected);
    if (difference <= tolerance) // false for NaN, so NaN fails
        return true;
    const QByteArray message =
        QByteArray("Compared values are not near enough\n") + "   Actual   (" + actualExpr +
        "): " + QByteArray::number(actual, 'g', 17) + "\n" + "   Expected (" + expectedExpr +
        "): " + QByteArray::number(expected, 'g', 17) + "\n" +
        "   Difference: " + QByteArray::number(difference, 'g', 17) +
        ", tolerance: " + QByteArray::number(tolerance, 'g', 17);
    const QByteArray full =
        context.isEmpty() ? message : message + "\n   Context: " + context.toUtf8();
    QTest::qFail(full.constData(), file, line);
    return false;
}

} // namespace wijk::test

//! WIJK_COMPARE_NEAR with a context (e.g. the region and indicator) added to the failure message.
#define WIJK_COMPARE_NEAR2(actual, expected, tolerance, context)                                   \
    do {                                                                                           \
        if (!wijk::test::compareNear(double(actual), double(expected), double(tolerance), #actual, \
                                     #expected, __FILE__, __LINE__, (context)))                    \
            return;                                                                                \
    } while (false)

//! Fails the current test function unless |actual - expected| <= tolerance, printing both
//! values and the tolerance.
#define WIJK_COMPARE_NEAR(actual, expected, tolerance)                                             \
    do {                                                                                           \
        if (!wijk::test::compareNear(double(actual), double(expected), double(tolerance), #actual, \
                                     #expected, __FILE__, __LINE__))                               \
            return;                                                                                \
    } while (false)
