#include "import/extract_indicators.h"

#include "import/csv_reader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace wijk::import {

namespace {
const QStringList kUnits = {"count", "percent", "per_1000", "euro", "euro_x1000", "years",
                            "index", "score",   "m3",       "kwh",  "ug_m3",      "other"};
const QStringList kRequired = {"code", "name", "theme", "unit", "kind"};
const QStringList kKnown = {"code",  "name",      "name_en",     "theme",      "unit",
                            "kind",  "numerator", "denominator", "scale",      "polarity",
                            "min_n", "decimals",  "source",      "definition", "min_reliable_n"};

//! Reads an optional integer column; false (with an error) when present and not an integer
//! within [min, max].
bool optionalInt(const CsvReader &csv, int column, int min, int max, int *value)
{
    const QString text = csv.text(column);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < min || parsed > max) {
        csv.error(column, QCoreApplication::translate("wijk::ExtractIndicators",
                                                      "'%1' is not a whole number from %2 to %3")
                              .arg(text)
                              .arg(min)
                              .arg(max));
        return false;
    }
    *value = parsed;
    return true;
}
} // namespace

std::vector<Indicator> readExtractIndicators(const QString &gdalPath, const QString &displayName,
                                             ImportReport &report)
{
    std::vector<Indicator> indicators;
    CsvReader csv(&report);
    if (!csv.open(gdalPath, displayName))
        return indicators;
    csv.warnUnknownColumns(kKnown);
    if (!csv.requireColumns(kRequired))
        return indicators;
    QHash<QString, int> column;
    for (const QString &name : kKnown)
        column.insert(name, csv.column(name));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_]+$"));

    QHash<QString, int> lineOfCode;
    std::vector<int> lines;
    while (csv.next()) {
        Indicator indicator;
        bool ok = true;
        indicator.code = csv.text(column["code"]);
        if (indicator.code.isEmpty()) {
            csv.error(column["code"],
                      QCoreApplication::translate("wijk::ExtractIndicators", "is empty"));
            ok = false;
        } else if (!codePattern.match(indicator.code).hasMatch()) {
            csv.error(column["code"],
                      QCoreApplication::translate("wijk::ExtractIndicators",
                                                  "'%1' may only contain letters, digits and '_'")
                          .arg(indicator.code));
            ok = false;
        } else if (lineOfCode.contains(indicator.code)) {
            csv.error(column["code"],
                      QCoreApplication::translate("wijk::ExtractIndicators",
                                                  "'%1' appears twice (also on line %2)")
                          .arg(indicator.code)
                          .arg(lineOfCode.value(indicator.code)));
            ok = false;
        } else {
            lineOfCode.insert(indicator.code, csv.line());
        }
        for (const char *name : {"name", "theme"}) {
            if (csv.isEmpty(column[QLatin1String(name)])) {
                csv.error(column[QLatin1String(name)],
                          QCoreApplication::translate("wijk::ExtractIndicators", "is empty"));
                ok = false;
            }
        }
        indicator.name = csv.text(column["name"]);
        indicator.nameEn = csv.text(column["name_en"]);
        indicator.theme = csv.text(column["theme"]);
        indicator.unit = csv.text(column["unit"]);
        if (!kUnits.contains(indicator.unit)) {
            csv.error(column["unit"],
                      QCoreApplication::translate("wijk::ExtractIndicators",
                                                  "'%1' is not a unit; use one of: %2")
                          .arg(indicator.unit, kUnits.join(QStringLiteral(", "))));
            ok = false;
        }
        const auto kind = indicatorKindFromString(csv.text(column["kind"]));
        if (!kind) {
            csv.error(column["kind"], QCoreApplication::translate(
                                          "wijk::ExtractIndicators",
                                          "'%1' is not a kind; use count, ratio, mean or value")
                                          .arg(csv.text(column["kind"])));
            ok = false;
        }
        indicator.kind = kind.value_or(IndicatorKind::Value);
        indicator.numerator = csv.text(column["numerator"]);
        indicator.denominator = csv.text(column["denominator"]);
        if (indicator.kind == IndicatorKind::Ratio && indicator.numerator.isEmpty()) {
            csv.error(column["numerator"],
                      QCoreApplication::translate("wijk::ExtractIndicators",
                                                  "a ratio needs a numerator"));
            ok = false;
        }
        if ((indicator.kind == IndicatorKind::Ratio || indicator.kind == IndicatorKind::Mean) &&
            indicator.denominator.isEmpty()) {
            csv.error(column["denominator"],
                      indicator.kind == IndicatorKind::Ratio
                          ? QCoreApplication::translate("wijk::ExtractIndicators",
                                                        "a ratio needs a denominator")
                          : QCoreApplication::translate("wijk::ExtractIndicators",
                                                        "a mean needs a denominator (its weight)"));
            ok = false;
        }
        double scale = 1;
        if (!csv.isEmpty(column["scale"])) {
            if (csv.number(column["scale"], &scale) != CsvReader::Number::Ok || scale <= 0) {
                csv.error(column["scale"],
                          QCoreApplication::translate("wijk::ExtractIndicators",
                                                      "'%1' is not a positive number")
                              .arg(csv.text(column["scale"])));
                ok = false;
            }
        }
        indicator.scale = scale;
        if (!csv.isEmpty(column["polarity"])) {
            const auto polarity = polarityFromString(csv.text(column["polarity"]));
            if (!polarity) {
                csv.error(column["polarity"],
                          QCoreApplication::translate(
                              "wijk::ExtractIndicators",
                              "'%1' is not a polarity; use higher_is_better, lower_is_better or "
                              "neutral")
                              .arg(csv.text(column["polarity"])));
                ok = false;
            }
            indicator.polarity = polarity.value_or(Polarity::Neutral);
        }
        ok &= optionalInt(csv, column["min_n"], 0, 1000000000, &indicator.minN);
        ok &= optionalInt(csv, column["min_reliable_n"], 0, 1000000000, &indicator.minReliableN);
        ok &= optionalInt(csv, column["decimals"], 0, 10, &indicator.decimals);
        indicator.source = csv.text(column["source"]);
        indicator.definition = csv.text(column["definition"]);
        if (ok) {
            indicators.push_back(indicator);
            lines.push_back(csv.line());
        }
    }

    // References are checked once the whole catalogue is known.
    for (size_t i = 0; i < indicators.size(); ++i) {
        const Indicator &indicator = indicators[i];
        const auto check = [&](const QString &code, const char *field) {
            if (code.isEmpty())
                return;
            if (!lineOfCode.contains(code))
                report.addError(
                    displayName, lines[i], QLatin1String(field),
                    QCoreApplication::translate("wijk::ExtractIndicators",
                                                "'%1' is not an indicator in this extract")
                        .arg(code));
            else if (code == indicator.code)
                report.addError(displayName, lines[i], QLatin1String(field),
                                QCoreApplication::translate("wijk::ExtractIndicators",
                                                            "an indicator cannot refer to itself"));
        };
        check(indicator.numerator, "numerator");
        check(indicator.denominator, "denominator");
    }
    if (indicators.empty() && !csv.failed() && !report.hasErrors())
        report.addError(
            displayName, 0, QString(),
            QCoreApplication::translate("wijk::ExtractIndicators", "has no indicators"));
    return indicators;
}

} // namespace wijk::import
