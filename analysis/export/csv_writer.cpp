#include "export/csv_writer.h"

#include "output/output_file.h"

#include <cmath>

namespace wijk::exports {

namespace {

QString quoted(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString realText(double value, int decimals, bool decimalComma)
{
    if (!std::isfinite(value))
        return QString();
    QString text =
        decimals >= 0 ? QString::number(value, 'f', decimals) : QString::number(value, 'g', 15);
    if (text == QLatin1String("-0") || text.startsWith(QLatin1String("-0.")) ||
        text.startsWith(QLatin1String("-0,"))) {
        // -0.0 after rounding reads as a negative change that is not there.
        bool allZero = true;
        for (const QChar c : text.mid(1)) {
            if (c.isDigit() && c != QLatin1Char('0'))
                allZero = false;
        }
        if (allZero)
            text.remove(0, 1);
    }
    if (decimalComma)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString cellText(const QVariant &cell, const ExportColumn &column, bool decimalComma)
{
    if (cell.isNull())
        return QString();
    switch (column.type) {
    case ColumnType::Integer:
        return QString::number(cell.toLongLong());
    case ColumnType::Real:
        return realText(cell.toDouble(), column.decimals, decimalComma);
    case ColumnType::Text:
        break;
    }
    return output::neutraliseFormula(cell.toString());
}

} // namespace

QByteArray csvBytes(const ExportTable &table, const Provenance &provenance,
                    const CsvOptions &options)
{
    const QChar delimiter = options.delimiter;
    const bool decimalComma = delimiter == QLatin1Char(';');
    const QString lineEnd = QStringLiteral("\r\n");
    QString text;
    if (options.provenanceComment) {
        for (const auto &[key, value] : provenance.entries())
            text += QStringLiteral("# %1: %2").arg(key, value) + lineEnd;
    }
    QStringList header;
    for (const ExportColumn &column : table.columns)
        header << quoted(column.name, delimiter);
    text += header.join(delimiter) + lineEnd;
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (int i = 0; i < row.size(); ++i)
            fields << quoted(cellText(row.at(i), table.columns[std::size_t(i)], decimalComma),
                             delimiter);
        text += fields.join(delimiter) + lineEnd;
    }
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes = QByteArray("\xEF\xBB\xBF");
    return bytes + text.toUtf8();
}

bool writeCsv(const QString &path, const ExportTable &table, const Provenance &provenance,
              const CsvOptions &options, QString *error)
{
    output::OutputFile file(path);
    if (!file.begin(error))
        return false;
    file.write(csvBytes(table, provenance, options)); // a failed write fails the commit
    return file.commit(error);
}

} // namespace wijk::exports
