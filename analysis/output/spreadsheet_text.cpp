#include "output/spreadsheet_text.h"

namespace wijk::output {

QString neutraliseFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    // OWASP "CSV injection": these leading characters make Excel/LibreOffice evaluate a cell.
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace wijk::output
