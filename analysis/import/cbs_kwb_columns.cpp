#include "import/cbs_kwb_columns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace wijk::import::cbs {

QString indicatorCodeFromKey(const QString &key)
{
    static const QRegularExpression suffix(QStringLiteral("^(.+?)_\\d+$"));
    const QString trimmed = key.trimmed();
    const auto match = suffix.match(trimmed);
    return match.hasMatch() ? match.captured(1) : trimmed;
}

ColumnRole classifyColumn(const QString &key)
{
    const QString code = indicatorCodeFromKey(key);
    const QString lower = code.toLower();
    if (lower == QLatin1String("id") || lower.isEmpty())
        return ColumnRole::Index;
    if (lower == QLatin1String("wijkenenbuurten") || lower == QLatin1String("regio") ||
        lower == QLatin1String("regiocode"))
        return ColumnRole::RegionCode;
    if (lower == QLatin1String("gemeentenaam"))
        return ColumnRole::MunicipalityName;
    if (lower == QLatin1String("soortregio"))
        return ColumnRole::RegionType;
    // Codes and classifications that describe the area, not a figure about it.
    if (lower == QLatin1String("codering") ||
        lower.startsWith(QLatin1String("indelingswijziging")) ||
        lower.startsWith(QLatin1String("meestvoorkomendepostcode")) ||
        lower == QLatin1String("dekkingspercentage"))
        return ColumnRole::Descriptive;
    return ColumnRole::Indicator;
}

QString nameFromCode(const QString &code)
{
    QString text = code;
    if (text.startsWith(QLatin1String("k_")))
        text = text.mid(2);
    QStringList words;
    QString word;
    auto flush = [&]() {
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('_') || c.isSpace()) {
            flush();
            continue;
        }
        if (!word.isEmpty()) {
            const QChar prev = word.back();
            const bool nextIsLower = i + 1 < text.size() && text.at(i + 1).isLower();
            const bool boundary = (c.isUpper() && (prev.isLower() || prev.isDigit())) ||
                                  (c.isUpper() && prev.isUpper() && nextIsLower) ||
                                  (c.isDigit() != prev.isDigit());
            if (boundary)
                flush();
        }
        word += c;
    }
    flush();
    for (int i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        const bool acronym = w.size() > 1 && w.toUpper() == w && !w.at(0).isDigit();
        if (!acronym)
            w = w.toLower();
    }
    QString result = words.join(QLatin1Char(' '));
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

CellValue parseCell(const QString &text)
{
    CellValue cell;
    QString t = text.trimmed();
    if (t.isEmpty())
        return cell;
    if (t == QLatin1String(".")) {
        cell.kind = CellValue::Kind::Secret;
        return cell;
    }
    if (t.contains(QLatin1Char(',')) && !t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        cell.kind = CellValue::Kind::Invalid;
        return cell;
    }
    cell.kind = CellValue::Kind::Number;
    cell.number = value;
    static const QRegularExpression grouped(QStringLiteral("^[+-]?[1-9]\\d{0,2}[.,]\\d{3}$"));
    cell.ambiguousSeparator = grouped.match(text.trimmed()).hasMatch();
    return cell;
}

QString ambiguousSeparatorMessage(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString grouped = trimmed, decimal = trimmed;
    grouped.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    decimal.replace(QLatin1Char(','), QLatin1Char('.'));
    decimal = QString::number(decimal.toDouble(), 'g', 15);
    return QCoreApplication::translate(
               "KwbImport",
               "'%1' is ambiguous: %2 with a thousands separator or %3 with a decimal separator? "
               "CBS tables use a decimal point and no thousands separator; write the number "
               "without grouping")
        .arg(trimmed, grouped, decimal);
}

QString trimCode(const QString &text)
{
    return text.trimmed().toUpper();
}

QString unitFromCbs(const QString &cbsUnit)
{
    const QString u = cbsUnit.trimmed().toLower();
    if (u == QLatin1String("aantal"))
        return QStringLiteral("count");
    if (u == QLatin1String("%"))
        return QStringLiteral("percent");
    if (u == QLatin1String("x 1 000 euro") || u == QLatin1String("x 1000 euro"))
        return QStringLiteral("euro_x1000");
    if (u == QLatin1String("euro"))
        return QStringLiteral("euro");
    if (u == QLatin1String("per 1 000 inwoners") || u == QLatin1String("per 1000 inwoners"))
        return QStringLiteral("per_1000");
    if (u == QLatin1String("kwh"))
        return QStringLiteral("kwh");
    if (u == QStringLiteral("m³") || u == QLatin1String("m3"))
        return QStringLiteral("m3");
    if (u == QLatin1String("jaar") || u == QLatin1String("jaren"))
        return QStringLiteral("years");
    if (u == QLatin1String("index"))
        return QStringLiteral("index");
    return QStringLiteral("other");
}

IndicatorKind guessKind(const QString &code, bool allWhole)
{
    if (!allWhole)
        return IndicatorKind::Value;
    // Whole numbers that are nevertheless not additive: averages, densities, shares.
    static const QRegularExpression notAdditive(
        QStringLiteral("gemiddeld|dichtheid|percentage|aandeel|afstand|mediaan|index|"
                       "inkomen|waarde|score|stedelijkheid|oppervlakte"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression perSomething(QStringLiteral("Per[A-Z0-9]|^Perc"));
    if (notAdditive.match(code).hasMatch() || perSomething.match(code).hasMatch())
        return IndicatorKind::Value;
    return IndicatorKind::Count;
}

std::optional<RegionLevel> levelFromSoortRegio(const QString &text)
{
    return regionLevelFromString(text.trimmed());
}

} // namespace wijk::import::cbs
