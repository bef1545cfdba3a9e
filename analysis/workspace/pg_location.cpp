#include "workspace/pg_location.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace wijk::workspace {

bool isPgLocation(const QString &location)
{
    const QString text = location.trimmed();
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://")) ||
           text.startsWith(QLatin1String("service=")) || text.startsWith(QLatin1String("host=")) ||
           text.startsWith(QLatin1String("dbname="));
}

PgLocation parsePgLocation(const QString &location)
{
    PgLocation result;
    result.schema = QString::fromLatin1(kDefaultPgSchema);
    const QString text = location.trimmed();
    if (text.startsWith(QLatin1String("postgres"))) {
        QUrl url(text);
        QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("schema"))) {
            result.schema = query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
            query.removeAllQueryItems(QStringLiteral("schema"));
            url.setQuery(query);
        }
        result.conninfo = url.toString(QUrl::FullyEncoded);
        QUrl shown = url;
        shown.setPassword(QString());
        if (!result.schema.isEmpty()) {
            QUrlQuery shownQuery(shown);
            shownQuery.addQueryItem(QStringLiteral("schema"), result.schema);
            shown.setQuery(shownQuery);
        }
        result.display = shown.toString();
        return result;
    }
    // Keyword form: key=value pairs separated by spaces (values without spaces or quotes).
    QStringList kept;
    QStringList shown;
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(QLatin1String("schema="))) {
            result.schema = word.mid(7);
            continue;
        }
        kept << word;
        if (!word.startsWith(QLatin1String("password=")))
            shown << word;
    }
    result.conninfo = kept.join(QLatin1Char(' '));
    shown << QStringLiteral("schema=") + result.schema;
    result.display = shown.join(QLatin1Char(' '));
    return result;
}

} // namespace wijk::workspace
