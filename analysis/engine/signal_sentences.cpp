#include "engine/signal_sentences.h"

#include "engine/dutch_subject.h"
#include "model/number_format.h"
#include "model/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace wijk::engine {

namespace {

//! A number in a Dutch sentence: at least the indicator's decimals, and one significant digit.
QString sentenceNumber(double value, int decimals)
{
    NumberFormat format;
    format.decimals = decimals;
    format.significantDigit = true;
    return formatNumber(value, format, Language::Dutch);
}

QString levelPlural(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Buurt:
        return QCoreApplication::translate("wijk::engine::signals", "de buurten");
    case RegionLevel::Wijk:
        return QCoreApplication::translate("wijk::engine::signals", "de wijken");
    case RegionLevel::Gemeente:
        return QCoreApplication::translate("wijk::engine::signals", "de gemeenten");
    case RegionLevel::Land:
        break;
    }
    return QCoreApplication::translate("wijk::engine::signals", "de gebieden");
}

} // namespace

ReferenceComparison compareWithReference(double slope, const QString &referenceName,
                                         double referenceSlope)
{
    if (referenceName.isEmpty() || !std::isfinite(referenceSlope))
        return ReferenceComparison::None;
    if (referenceSlope == 0.0)
        return ReferenceComparison::ReferenceLevel;
    if ((referenceSlope > 0) != (slope > 0))
        return referenceSlope > 0 ? ReferenceComparison::ReferenceRises
                                  : ReferenceComparison::ReferenceFalls;
    return std::fabs(slope) > std::fabs(referenceSlope) ? ReferenceComparison::Faster
                                                        : ReferenceComparison::Slower;
}

QString qText(double q, const QLocale &locale)
{
    if (q < 0.001)
        return QStringLiteral("q < ") + locale.toString(0.001, 'f', 3);
    return QStringLiteral("q = ") + locale.toString(q, 'f', q < 0.01 ? 3 : 2);
}

QString dutchQ(double q)
{
    return qText(q, QLocale(QLocale::Dutch, QLocale::Netherlands));
}

QString trendSentence(const TrendSentenceInput &input)
{
    const bool rising = input.slopePerYear > 0;
    const QString amount = withUnit(sentenceNumber(std::fabs(input.slopePerYear), input.decimals),
                                    changeUnitName(unitFromCode(input.unit), Language::Dutch));
    const DutchSubject subject = dutchSubject(input.indicatorName);
    // The verb agrees with the subject: "Het aandeel ... stijgt", "Misdrijven ... dalen".
    const char *pattern =
        rising
            ? (subject.plural ? QT_TRANSLATE_NOOP("wijk::engine::signals",
                                                  "%1 in %2 stijgen sinds %3 met %4 per jaar (%5)")
                              : QT_TRANSLATE_NOOP("wijk::engine::signals",
                                                  "%1 in %2 stijgt sinds %3 met %4 per jaar (%5)"))
            : (subject.plural ? QT_TRANSLATE_NOOP("wijk::engine::signals",
                                                  "%1 in %2 dalen sinds %3 met %4 per jaar (%5)")
                              : QT_TRANSLATE_NOOP("wijk::engine::signals",
                                                  "%1 in %2 daalt sinds %3 met %4 per jaar (%5)"));
    QString sentence = QCoreApplication::translate("wijk::engine::signals", pattern)
                           .arg(subject.text, input.regionName)
                           .arg(input.sinceYear)
                           .arg(amount, dutchQ(input.q));
    // QT_TRANSLATE_NOOP keeps the clauses in the translation files.
    const auto clause = [](const char *text) {
        return QCoreApplication::translate("wijk::engine::signals", text);
    };
    switch (compareWithReference(input.slopePerYear, input.referenceName, input.referenceSlope)) {
    case ReferenceComparison::None:
        break;
    case ReferenceComparison::ReferenceLevel:
        sentence += clause(QT_TRANSLATE_NOOP("wijk::engine::signals",
                                             ", terwijl het gemiddelde in %1 gelijk blijft"))
                        .arg(input.referenceName);
        break;
    case ReferenceComparison::ReferenceRises:
        sentence += clause(QT_TRANSLATE_NOOP("wijk::engine::signals",
                                             ", terwijl het gemiddelde in %1 stijgt"))
                        .arg(input.referenceName);
        break;
    case ReferenceComparison::ReferenceFalls:
        sentence += clause(QT_TRANSLATE_NOOP("wijk::engine::signals",
                                             ", terwijl het gemiddelde in %1 daalt"))
                        .arg(input.referenceName);
        break;
    case ReferenceComparison::Faster:
        sentence +=
            clause(QT_TRANSLATE_NOOP("wijk::engine::signals", ", sneller dan gemiddeld in %1"))
                .arg(input.referenceName);
        break;
    case ReferenceComparison::Slower:
        sentence +=
            clause(QT_TRANSLATE_NOOP("wijk::engine::signals", ", langzamer dan gemiddeld in %1"))
                .arg(input.referenceName);
        break;
    }
    return sentence + QLatin1Char('.');
}

bool isFarOutlier(double z)
{
    return std::fabs(z) >= kFarOutlierZ;
}

QString outlierSentence(const OutlierSentenceInput &input)
{
    const QString unit = sentenceUnit(unitFromCode(input.unit), Language::Dutch);
    const bool above = input.value > input.levelMean;
    const DutchSubject subject = dutchSubject(input.indicatorName);
    // [plural][far][above]; "ver" only from kFarOutlierZ, the verb agrees with the subject.
    static const char *const patterns[2][2][2] = {
        {{QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 ligt in %3 met %4 onder het gemiddelde van %5 (%6)."),
          QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 ligt in %3 met %4 boven het gemiddelde van %5 (%6).")},
         {QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 ligt in %3 met %4 ver onder het gemiddelde van %5 (%6)."),
          QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 ligt in %3 met %4 ver boven het gemiddelde van %5 (%6).")}},
        {{QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 liggen in %3 met %4 onder het gemiddelde van %5 (%6)."),
          QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 liggen in %3 met %4 boven het gemiddelde van %5 (%6).")},
         {QT_TRANSLATE_NOOP("wijk::engine::signals",
                            "%1 in %2 liggen in %3 met %4 ver onder het gemiddelde van %5 (%6)."),
          QT_TRANSLATE_NOOP(
              "wijk::engine::signals",
              "%1 in %2 liggen in %3 met %4 ver boven het gemiddelde van %5 (%6).")}}};
    const QString text = QCoreApplication::translate(
        "wijk::engine::signals",
        patterns[subject.plural ? 1 : 0][isFarOutlier(input.z) ? 1 : 0][above ? 1 : 0]);
    return text.arg(subject.text, input.regionName)
        .arg(input.year)
        .arg(withUnit(sentenceNumber(input.value, input.decimals), unit), levelPlural(input.level),
             withUnit(sentenceNumber(input.levelMean, input.decimals), unit));
}

} // namespace wijk::engine
