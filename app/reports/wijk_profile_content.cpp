#include "reports/wijk_profile_content.h"

#include "engine/disclosure.h"
#include "engine/dutch_subject.h"
#include "engine/signal_sentences.h"
#include "engine/small_numbers.h"
#include "reports/report_format.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace wijk::reports {

namespace {

double shownValue(const engine::Dataset &dataset, int i, int r, int p)
{
    return p >= 0 && r >= 0 && engine::mayShow(dataset, i, r, p) ? dataset.value(i, r, p)
                                                                 : engine::stats::kNaN;
}

QString lowerFirst(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

//! "Het aandeel … veranderde het meest: van 12,0 % in 2015 naar 15,3 % in 2024."
QString changeSentence(const Indicator &indicator, const KeyFigure &figure,
                       const engine::TrendRow &trend)
{
    const engine::DutchSubject subject = engine::dutchSubject(indicator.name);
    return (subject.plural ? QStringLiteral("%1 gingen van %2 in %3 naar %4 in %5.")
                           : QStringLiteral("%1 ging van %2 in %3 naar %4 in %5."))
        .arg(subject.text, formatValue(indicator, trend.firstValue))
        .arg(trend.firstPeriod)
        .arg(formatValue(indicator, trend.lastValue))
        .arg(figure.toYear);
}

} // namespace

std::vector<int> defaultKeyIndicators(const engine::Dataset &dataset, int maxRows)
{
    std::vector<int> chosen;
    for (int i = 0; i < dataset.indicatorCount(); ++i) {
        if (dataset.indicator(i).kind == IndicatorKind::Count) {
            chosen.push_back(i);
            break;
        }
    }
    for (int i = 0; i < dataset.indicatorCount() && int(chosen.size()) < maxRows; ++i) {
        const Indicator &indicator = dataset.indicator(i);
        if (indicator.kind != IndicatorKind::Count && indicator.polarity != Polarity::Neutral)
            chosen.push_back(i);
    }
    for (int i = 0; i < dataset.indicatorCount() && int(chosen.size()) < std::min(maxRows, 10);
         ++i) {
        const Indicator &indicator = dataset.indicator(i);
        if (indicator.kind == IndicatorKind::Ratio && indicator.polarity == Polarity::Neutral)
            chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

WijkProfileContent buildWijkProfile(const ReportData &data, int wijk,
                                    const std::vector<int> &indicators)
{
    const engine::Dataset &dataset = data.dataset();
    WijkProfileContent content;
    const int last = data.lastPeriodIndex();
    content.wijk = wijk;
    content.code = dataset.region(wijk).code;
    content.name = dataset.region(wijk).name;
    content.municipalityName = data.municipalityName();
    content.firstYear = data.firstYear();
    content.lastYear = data.lastYear();
    const int gemeente = last >= 0 ? dataset.municipalityAt(wijk, last) : data.municipality();
    if (last >= 0)
        content.buurten = dataset.childrenAt(wijk, last);

    const std::vector<int> wanted = indicators.empty() ? defaultKeyIndicators(dataset) : indicators;
    for (int i : wanted) {
        KeyFigure figure;
        figure.indicator = i;
        // Survey figures come every other year: show the latest year that has a value, unless
        // the latest value exists but is withheld (then it says so).
        int p = last;
        figure.status = p >= 0 ? dataset.cell(i, wijk, p).status : ValueStatus::Missing;
        while (p > 0 && !dataset.cell(i, wijk, p).present && !dataset.hasValue(i, wijk, p))
            --p;
        figure.value = shownValue(dataset, i, wijk, p);
        figure.valueYear = p >= 0 ? dataset.period(p) : 0;
        if (p >= 0)
            figure.status = dataset.cell(i, wijk, p).status;
        if (!std::isfinite(figure.value) && figure.status != ValueStatus::Suppressed)
            figure.status = ValueStatus::Missing;
        figure.municipalityValue = shownValue(dataset, i, gemeente, p);
        if (const engine::TrendRow *trend = data.trendOf(wijk, i)) {
            figure.change = trend->changeAbs;
            figure.fromYear = trend->firstPeriod;
            figure.toYear = trend->lastPeriod;
            figure.direction = trend->direction;
            figure.slope = trend->sen.slope;
            // A trend through small numbers is shown, but never called a signal.
            figure.signal = engine::restsOnSmallNumbers(dataset, *trend) ? engine::TrendSignal::None
                                                                         : trend->signal;
        }
        content.keyFigures.push_back(figure);
    }

    // Text: size, then the engine's signals for this wijk, then the largest other changes.
    QStringList &text = content.summary;
    if (!content.keyFigures.empty()) {
        const KeyFigure &first = content.keyFigures.front();
        const Indicator &indicator = dataset.indicator(first.indicator);
        if (std::isfinite(first.value) && indicator.kind == IndicatorKind::Count) {
            QString sentence =
                QStringLiteral("%1 telt %2 %3 (%4)")
                    .arg(content.name, dutchNumber(first.value, 0), lowerFirst(indicator.name))
                    .arg(content.lastYear);
            if (std::isfinite(first.municipalityValue) && first.municipalityValue > 0)
                sentence +=
                    QStringLiteral(", %1 van %2")
                        .arg(engine::withUnit(
                                 dutchNumber(100.0 * first.value / first.municipalityValue, 1),
                                 QStringLiteral("%")),
                             content.municipalityName);
            text << sentence + QLatin1Char('.');
        }
    }
    std::set<int> mentioned;
    int worse = 0;
    int better = 0;
    for (const engine::Signal &signal : data.levelSignals(RegionLevel::Wijk)) {
        // The engine's order: what needs attention first, so it leads the summary and the
        // charts. Neutral trends are counted nowhere; small numbers never come here.
        if (signal.region != wijk || signal.explanation.isEmpty() || signal.smallNumbers)
            continue;
        if (signal.assessment == engine::SignalAssessment::Favourable)
            ++better;
        else if (signal.assessment == engine::SignalAssessment::Unfavourable)
            ++worse;
        if (mentioned.size() < 3 && !mentioned.count(signal.indicator)) {
            text << signal.explanation;
            mentioned.insert(signal.indicator);
            if (content.chartIndicators.size() < 2)
                content.chartIndicators.push_back(signal.indicator);
        }
    }
    if (worse + better == 0)
        text << QStringLiteral("Er zijn voor deze wijk geen significante verslechteringen of "
                               "verbeteringen gevonden.");
    else
        text << QStringLiteral("In totaal: %1 signalen van verslechtering en %2 van verbetering.")
                    .arg(worse)
                    .arg(better);

    // Largest relative changes among key figures not yet mentioned.
    std::vector<std::pair<double, std::size_t>> changes;
    for (std::size_t k = 0; k < content.keyFigures.size(); ++k) {
        const KeyFigure &figure = content.keyFigures[k];
        const engine::TrendRow *trend = data.trendOf(wijk, figure.indicator);
        if (!trend || mentioned.count(figure.indicator) || !std::isfinite(trend->changePct) ||
            dataset.indicator(figure.indicator).kind == IndicatorKind::Count ||
            engine::restsOnSmallNumbers(dataset, *trend))
            continue;
        changes.push_back({std::fabs(trend->changePct), k});
    }
    std::sort(changes.begin(), changes.end(), std::greater<>());
    for (std::size_t n = 0; n < changes.size() && n < 2; ++n) {
        const KeyFigure &figure = content.keyFigures[changes[n].second];
        text << changeSentence(dataset.indicator(figure.indicator), figure,
                               *data.trendOf(wijk, figure.indicator));
        if (content.chartIndicators.size() < 2)
            content.chartIndicators.push_back(figure.indicator);
    }
    if (content.chartIndicators.empty() && !content.keyFigures.empty())
        content.chartIndicators.push_back(content.keyFigures.front().indicator);

    if (last >= 0) {
        std::vector<int> regions = content.buurten;
        regions.push_back(wijk);
        for (int r : regions)
            for (int i = 0; i < dataset.indicatorCount(); ++i) {
                const engine::Cell cell = dataset.cell(i, r, last);
                if (cell.present && cell.status == ValueStatus::Suppressed)
                    ++content.suppressedValues;
            }
    }
    return content;
}

} // namespace wijk::reports
