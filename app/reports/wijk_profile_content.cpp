#include "reports/wijk_profile_content.h"

#include "engine/composite_index.h"
#include "engine/dutch_subject.h"
#include "engine/signal_sentences.h"
#include "engine/small_numbers.h"
#include "import/composed_indicator.h"
#include "map_values.h"
#include "model/number_format.h"
#include "peer_median.h"
#include "reports/report_format.h"
#include "signal_tally.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace wijk::reports {

namespace {

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

ProfileComposite compositeOfWijk(const engine::Dataset &dataset, int indicator,
                                 const engine::CompositeDefinition &definition, int wijk)
{
    ProfileComposite composite;
    composite.indicator = indicator;
    composite.definition = definition;
    // The latest year with the wijk's index (a component may lag the latest figures), else
    // the latest with any theme score, else the last.
    int p = -1;
    for (int q = dataset.periodCount() - 1; q >= 0 && p < 0; --q)
        if (std::isfinite(engine::compositeScore(dataset, definition, wijk, q)))
            p = q;
    for (int q = dataset.periodCount() - 1; q >= 0 && p < 0; --q) {
        const auto scores = engine::themeScores(dataset, definition, wijk, q);
        if (std::any_of(scores.begin(), scores.end(),
                        [](const auto &theme) { return std::isfinite(theme.second); }))
            p = q;
    }
    if (p < 0)
        p = dataset.periodCount() - 1;
    if (p < 0)
        return composite;
    composite.year = dataset.period(p);
    const int gemeente = dataset.municipalityAt(wijk, p);
    const auto scores = engine::themeScores(dataset, definition, wijk, p);
    const auto reference = engine::themeScores(dataset, definition, gemeente, p);
    for (size_t t = 0; t < scores.size(); ++t) {
        composite.themes << scores[t].first;
        composite.wijk.push_back(scores[t].second);
        composite.gemeente.push_back(t < reference.size() ? reference[t].second : std::nan(""));
    }
    composite.wijkIndex = engine::compositeScore(dataset, definition, wijk, p);
    composite.gemeenteIndex = engine::compositeScore(dataset, definition, gemeente, p);
    return composite;
}

} // namespace

std::optional<std::pair<int, engine::CompositeDefinition>>
profileCompositeOf(const ReportData &data)
{
    const engine::Dataset &dataset = data.dataset();
    for (int i = 0; i < dataset.indicatorCount(); ++i) {
        if (dataset.indicator(i).source != engine::compositeSource())
            continue;
        QString ignored; // a definition that cannot be read is no index to show
        const auto definition = engine::CompositeDefinition::fromJson(
            import::composedDefinition(data.workspace(), dataset.indicator(i).code), &ignored);
        if (definition && definition->level == RegionLevel::Wijk)
            return std::make_pair(i, *definition);
    }
    return std::nullopt;
}

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
    content.keyFigures = presentation::keyFigures(dataset, wijk, gemeente, wanted,
                                                  [&](int i) { return data.trendOf(wijk, i); });
    // The peer group's median next to the gemeente: the same function as the window's trend
    // chart reference line.
    const presentation::PeerGroup peers = presentation::peerGroup(dataset, wijk, last);
    content.peers = int(peers.peers.size());
    for (const KeyFigure &figure : content.keyFigures)
        content.peerMedians.push_back(
            figure.valueYear > 0
                ? presentation::peerMedian(dataset, figure.indicator, peers,
                                           dataset.periodIndex(figure.valueYear))
                : presentation::peerMedian(dataset, figure.indicator, peers, last));

    // Text: size, then the engine's signals for this wijk, then the largest other changes.
    QStringList &text = content.summary;
    if (!content.keyFigures.empty()) {
        const KeyFigure &first = content.keyFigures.front();
        const Indicator &indicator = dataset.indicator(first.indicator);
        if (std::isfinite(first.value) && indicator.kind == IndicatorKind::Count) {
            QString sentence =
                QStringLiteral("%1 telt %2 %3 (%4)")
                    .arg(content.name, printedNumber(first.value, 0), lowerFirst(indicator.name))
                    .arg(content.lastYear);
            if (const double share = presentation::shareOfReference(first); std::isfinite(share))
                sentence += QStringLiteral(", %1 van %2")
                                .arg(withUnit(printedNumber(share, 1), QStringLiteral("%")),
                                     content.municipalityName);
            text << sentence + QLatin1Char('.');
        }
    }
    std::set<int> mentioned;
    for (const engine::Signal &signal : data.levelSignals(RegionLevel::Wijk)) {
        // The engine's order: what needs attention first, so it leads the summary and the
        // charts. Neutral trends are counted nowhere; small numbers never come here.
        if (signal.region != wijk || signal.explanation.isEmpty() || signal.smallNumbers)
            continue;
        if (mentioned.size() < 3 && !mentioned.count(signal.indicator)) {
            text << signal.explanation;
            mentioned.insert(signal.indicator);
            if (content.chartIndicators.size() < 2)
                content.chartIndicators.push_back(signal.indicator);
        }
    }
    const presentation::SignalTally tally = presentation::tallySignals(
        dataset, data.levelSignals(RegionLevel::Wijk),
        [wijk](const engine::Signal &signal) { return signal.region == wijk; });
    const std::size_t worse = tally.unfavourable.size();
    const std::size_t better = tally.favourable.size();
    if (worse + better == 0)
        text << QStringLiteral("Er zijn voor deze wijk geen significante verslechteringen of "
                               "verbeteringen gevonden.");
    else
        text << QStringLiteral("In totaal: %1 signalen van verslechtering en %2 van verbetering.")
                    .arg(worse)
                    .arg(better);

    // The largest relative changes among the key figures not yet mentioned.
    for (std::size_t k : presentation::largestRelativeChanges(
             dataset, content.keyFigures, [&](int i) { return data.trendOf(wijk, i); }, mentioned,
             2)) {
        const KeyFigure &figure = content.keyFigures[k];
        text << changeSentence(dataset.indicator(figure.indicator), figure,
                               *data.trendOf(wijk, figure.indicator));
        if (content.chartIndicators.size() < 2)
            content.chartIndicators.push_back(figure.indicator);
    }
    if (content.chartIndicators.empty() && !content.keyFigures.empty())
        content.chartIndicators.push_back(content.keyFigures.front().indicator);

    std::vector<int> regions = content.buurten;
    regions.push_back(wijk);
    content.suppressedValues = presentation::suppressedCount(dataset, regions, content.lastYear);
    if (const auto composite = profileCompositeOf(data))
        content.composite = compositeOfWijk(dataset, composite->first, composite->second, wijk);
    return content;
}

} // namespace wijk::reports
