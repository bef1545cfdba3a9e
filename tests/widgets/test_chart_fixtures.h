// Realistic chart inputs shared by the chart tests: a municipality with its wijken, values
// in the ranges CBS publishes, a suppressed year and a provisional last year.
#pragma once

#include "charts/chart_data.h"

#include <QLocale>

namespace wijk::test {

inline Indicator percentIndicator()
{
    Indicator indicator;
    indicator.code = QStringLiteral("werkloosheid");
    indicator.name = QStringLiteral("Werkloosheid");
    indicator.unit = QStringLiteral("percent");
    indicator.kind = IndicatorKind::Ratio;
    indicator.polarity = Polarity::LowerIsBetter;
    indicator.decimals = 1;
    return indicator;
}

inline Indicator incomeIndicator()
{
    Indicator indicator;
    indicator.code = QStringLiteral("inkomen");
    indicator.name = QStringLiteral("Gemiddeld inkomen per inwoner");
    indicator.unit = QStringLiteral("euro_x1000");
    indicator.kind = IndicatorKind::Mean;
    indicator.polarity = Polarity::HigherIsBetter;
    indicator.decimals = 1;
    return indicator;
}

inline Indicator countIndicator()
{
    Indicator indicator;
    indicator.code = QStringLiteral("inwoners");
    indicator.name = QStringLiteral("Inwoners");
    indicator.unit = QStringLiteral("count");
    indicator.kind = IndicatorKind::Count;
    return indicator;
}

inline widgets::TrendSeries trendSeries(const QString &code, const QString &name, int firstYear,
                                        const std::vector<double> &values, bool reference = false)
{
    widgets::TrendSeries series;
    series.code = code;
    series.name = name;
    series.reference = reference;
    for (size_t i = 0; i < values.size(); ++i) {
        series.periods.push_back(firstYear + int(i));
        series.values.push_back(values[i]);
        series.statuses.push_back(std::isfinite(values[i]) ? ValueStatus::Final
                                                           : ValueStatus::Suppressed);
    }
    return series;
}

//! Werkloosheid 2013-2024 in Diezerpoort (2017 suppressed, 2024 provisional) and Assendorp,
//! against the municipality and NL00, with Theil-Sen lines.
inline widgets::TrendChartData trendData()
{
    widgets::TrendChartData data;
    data.title = QStringLiteral("Werkloosheid, 2013\u20132024");
    data.indicator = percentIndicator();
    const double nan = widgets::kNoValue;
    widgets::TrendSeries nl =
        trendSeries(QStringLiteral("NL00"), QStringLiteral("Nederland"), 2013,
                    {7.3, 7.4, 6.9, 6.0, 4.9, 3.8, 3.4, 3.8, 4.2, 3.5, 3.6, 3.7}, true);
    widgets::TrendSeries gm =
        trendSeries(QStringLiteral("GM0193"), QStringLiteral("Zwolle"), 2013,
                    {7.9, 8.1, 7.5, 6.6, 5.4, 4.3, 3.8, 4.3, 4.5, 3.7, 3.8, 4.0}, true);
    widgets::TrendSeries a =
        trendSeries(QStringLiteral("WK019302"), QStringLiteral("Diezerpoort"), 2013,
                    {12.4, 12.9, 12.1, 11.0, nan, 8.1, 7.6, 8.4, 8.0, 6.9, 7.1, 7.4});
    a.statuses.back() = ValueStatus::Provisional;
    a.trend = widgets::TrendLine{-0.5, 1019.0, -0.62, -0.38, true, widgets::kNoValue};
    a.trend->intercept = 8.1 - a.trend->slope * 2018.5; // passes through the medians
    widgets::TrendSeries b =
        trendSeries(QStringLiteral("WK019303"), QStringLiteral("Assendorp"), 2013,
                    {6.2, 6.4, 6.0, 5.1, 4.3, 3.6, nan, nan, 3.9, 3.3, 3.4, 3.6});
    b.trend = widgets::TrendLine{-0.25, 0.0, -0.41, -0.05, true, widgets::kNoValue};
    b.trend->intercept = 3.9 - b.trend->slope * 2018.0;
    data.series = {nl, gm, a, b};
    return data;
}

struct Wijk
{
    const char *code;
    const char *name;
    double unemployment;
    double income;
};

inline std::vector<Wijk> wijken()
{
    const double nan = widgets::kNoValue;
    return {{"WK019301", "Binnenstad", 5.2, 33.8}, {"WK019302", "Diezerpoort", 7.4, 24.1},
            {"WK019303", "Assendorp", 3.6, 31.5},  {"WK019304", "Kamperpoort-Veerallee", 4.8, 29.0},
            {"WK019305", "Wipstrik", 4.4, 27.9},   {"WK019306", "Holtenbroek", 8.3, 22.6},
            {"WK019307", "Aa-landen", 5.9, 26.3},  {"WK019308", "Westenholte", 2.1, 34.9},
            {"WK019309", "Stadshagen", 2.8, 30.2}, {"WK019310", "Berkum", 2.3, 38.4},
            {"WK019311", "Ittersum", 3.1, 33.1},   {"WK019312", "Zwolle-Zuid", 3.3, 32.7},
            {"WK019313", "Schelle", nan, 29.5},    {"WK019314", "Oldenelerbroek", nan, nan},
            {"WK019315", "Marslanden", 3.0, 31.0}, {"WK019316", "Veldhoek", 4.1, 28.4}};
}

//! Werkloosheid by wijk in 2023; Schelle suppressed, Oldenelerbroek missing.
inline widgets::RankingChartData rankingData()
{
    widgets::RankingChartData data;
    data.title = QStringLiteral("Werkloosheid per wijk, 2023");
    data.indicator = percentIndicator();
    for (const Wijk &w : wijken()) {
        widgets::RegionValue item{QString::fromUtf8(w.code), QString::fromUtf8(w.name),
                                  w.unemployment, ValueStatus::Final};
        if (item.code == QLatin1String("WK019313"))
            item.status = ValueStatus::Suppressed;
        if (item.code == QLatin1String("WK019314"))
            item.status = ValueStatus::Missing;
        data.items.push_back(item);
    }
    data.referenceValue = 3.8;
    data.referenceName = QStringLiteral("Zwolle");
    return data;
}

inline widgets::ScatterChartData scatterData()
{
    widgets::ScatterChartData data;
    data.title = QStringLiteral("Inkomen en werkloosheid per wijk, 2023");
    data.xIndicator = incomeIndicator();
    data.yIndicator = percentIndicator();
    for (const Wijk &w : wijken())
        data.points.push_back(
            {QString::fromUtf8(w.code), QString::fromUtf8(w.name), w.income, w.unemployment});
    return data;
}

inline widgets::DistributionChartData distributionData()
{
    widgets::DistributionChartData data;
    data.title = QStringLiteral("Inwoners per buurt, 2023");
    data.indicator = countIndicator();
    const double values[] = {1250, 2310, 845,  3120, 4480,  1975, 2650, 1430, 3890, 2205,
                             560,  1720, 2980, 3310, 12450, 2045, 1180, 2760, 1890, 3560};
    int i = 0;
    for (double v : values) {
        data.items.push_back({QStringLiteral("BU0193%1").arg(++i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Buurt %1").arg(i), v, ValueStatus::Final});
    }
    data.items.push_back({QStringLiteral("BU01930099"), QStringLiteral("Buurt 99"),
                          widgets::kNoValue, ValueStatus::Suppressed});
    data.referenceValue = 2650.0;
    data.referenceName = QStringLiteral("Gemiddelde buurt Zwolle");
    return data;
}

inline void useDutchLocale()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

} // namespace wijk::test
