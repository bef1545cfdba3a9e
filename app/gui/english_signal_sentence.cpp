#include "gui/english_signal_sentence.h"

#include "engine/signal_sentences.h"
#include "model/number_format.h"
#include "model/units.h"

#include <QCoreApplication>
#include <cmath>

namespace wijk::gui {

namespace {
//! The translation context of the sentences: its tr() looks them up under the name lupdate
//! files them under ("wijk::gui::EnglishSignalSentence"; a free tr() is filed under the
//! namespace, which the lookup never found).
class EnglishSignalSentence
{
    Q_DECLARE_TR_FUNCTIONS(wijk::gui::EnglishSignalSentence)
};

QString englishNumber(double value, int decimals)
{
    NumberFormat format;
    format.decimals = decimals;
    format.significantDigit = true;
    return formatNumber(value, format, Language::English);
}

QString levelPlural(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Buurt:
        return EnglishSignalSentence::tr("the neighbourhoods");
    case RegionLevel::Wijk:
        return EnglishSignalSentence::tr("the districts");
    case RegionLevel::Gemeente:
        return EnglishSignalSentence::tr("the municipalities");
    case RegionLevel::Land:
        break;
    }
    return EnglishSignalSentence::tr("the areas");
}

QString trendSentence(const engine::Signal &signal, const Indicator &indicator)
{
    const bool rising = signal.slope > 0;
    const QString amount =
        withUnit(englishNumber(std::fabs(signal.slope), indicator.displayDecimals()),
                 changeUnitName(unitFromCode(indicator.unit), Language::English));
    QString sentence = (rising ? EnglishSignalSentence::tr("Rising since %1 by %2 per year (%3)")
                               : EnglishSignalSentence::tr("Falling since %1 by %2 per year (%3)"))
                           .arg(signal.sinceYear)
                           .arg(amount, engine::qText(signal.q, localeOf(Language::English)));
    const QString &reference = signal.referenceName;
    switch (engine::compareWithReference(signal.slope, reference, signal.referenceSlope)) {
    case engine::ReferenceComparison::None:
        break;
    case engine::ReferenceComparison::ReferenceLevel:
        sentence +=
            EnglishSignalSentence::tr(", while the average in %1 stays level").arg(reference);
        break;
    case engine::ReferenceComparison::ReferenceRises:
        sentence += EnglishSignalSentence::tr(", while the average in %1 rises").arg(reference);
        break;
    case engine::ReferenceComparison::ReferenceFalls:
        sentence += EnglishSignalSentence::tr(", while the average in %1 falls").arg(reference);
        break;
    case engine::ReferenceComparison::Faster:
        sentence += EnglishSignalSentence::tr(", faster than the average in %1").arg(reference);
        break;
    case engine::ReferenceComparison::Slower:
        sentence += EnglishSignalSentence::tr(", slower than the average in %1").arg(reference);
        break;
    }
    return sentence + QLatin1Char('.');
}

QString outlierSentence(const engine::Signal &signal, const Indicator &indicator, RegionLevel level)
{
    const QString unit = sentenceUnit(unitFromCode(indicator.unit), Language::English);
    const int decimals = indicator.displayDecimals();
    const bool above = signal.value > signal.levelMean;
    // "far" only from engine::kFarOutlierZ, as in the Dutch sentence.
    const QString text =
        engine::isFarOutlier(signal.z)
            ? (above ? EnglishSignalSentence::tr(
                           "In %1 the value, %2, lies far above the mean of %3 (%4): %5 "
                           "standard deviations.")
                     : EnglishSignalSentence::tr(
                           "In %1 the value, %2, lies far below the mean of %3 (%4): %5 "
                           "standard deviations."))
            : (above ? EnglishSignalSentence::tr(
                           "In %1 the value, %2, lies above the mean of %3 (%4): %5 standard "
                           "deviations.")
                     : EnglishSignalSentence::tr(
                           "In %1 the value, %2, lies below the mean of %3 (%4): %5 standard "
                           "deviations."));
    return text.arg(signal.year)
        .arg(withUnit(englishNumber(signal.value, decimals), unit), levelPlural(level),
             withUnit(englishNumber(signal.levelMean, decimals), unit),
             englishNumber(std::fabs(signal.z), 1));
}
} // namespace

QString englishSignalSentence(const engine::Signal &signal, const Indicator &indicator,
                              RegionLevel level)
{
    const QString facts = signal.kind == engine::SignalKind::Outlier
                              ? outlierSentence(signal, indicator, level)
                              : trendSentence(signal, indicator);
    switch (signal.assessment) {
    case engine::SignalAssessment::Favourable:
        return facts + QLatin1Char(' ') +
               EnglishSignalSentence::tr("For this indicator that is an improvement.");
    case engine::SignalAssessment::Unfavourable:
        return facts + QLatin1Char(' ') +
               EnglishSignalSentence::tr("For this indicator that is a deterioration.");
    case engine::SignalAssessment::Neutral:
        break;
    }
    return facts;
}

} // namespace wijk::gui
