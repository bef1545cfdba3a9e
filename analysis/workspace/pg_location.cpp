#include "workspace/pg_location.h"

#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <utility>
#include <vector>

namespace wijk::workspace {

namespace {

const QString kSchema = QStringLiteral("schema");
const QString kAuthConfig = QStringLiteral("authcfg");
const QString kPassword = QStringLiteral("password");
const QString kUser = QStringLiteral("user");

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

using Keywords = std::vector<std::pair<QString, QString>>;

//! libpq's keyword form: key = value pairs separated by white space; a value is quoted with
//! single quotes when it holds spaces, and \' and \\ stand for ' and \ in it.
Keywords splitKeywords(const QString &text)
{
    Keywords words;
    int i = 0;
    const int n = text.size();
    auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        QString key;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            key += text.at(i++);
        skipSpace();
        QString value;
        if (i < n && text.at(i) == QLatin1Char('=')) {
            ++i;
            skipSpace();
            const bool quoted = i < n && text.at(i) == QLatin1Char('\'');
            if (quoted)
                ++i;
            while (i < n) {
                const QChar c = text.at(i);
                if (quoted ? c == QLatin1Char('\'') : c.isSpace())
                    break;
                if (c == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            if (quoted && i < n)
                ++i; // the closing quote
        }
        words.emplace_back(key, value);
    }
    return words;
}

QString quoteValue(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value)
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            plain = false;
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString joinKeywords(const Keywords &words)
{
    QStringList parts;
    for (const auto &[key, value] : words)
        parts << key + QLatin1Char('=') + quoteValue(value);
    return parts.join(QLatin1Char(' '));
}

QString valueOf(const Keywords &words, const QString &key)
{
    for (const auto &[k, value] : words)
        if (k == key)
            return value;
    return QString();
}

Keywords without(Keywords words, const QStringList &keys)
{
    words.erase(std::remove_if(words.begin(), words.end(),
                               [&](const auto &word) { return keys.contains(word.first); }),
                words.end());
    return words;
}

QString labelOf(const QString &schema, const QString &host, int port, const QString &database,
                const QString &service)
{
    QString where;
    if (!service.isEmpty())
        where = QStringLiteral("service=%1").arg(service);
    else
        where = (host.isEmpty() ? QString()
                                : host + (port > 0 ? QStringLiteral(":%1").arg(port) : QString()) +
                                      QLatin1Char('/')) +
                database;
    return where.isEmpty() ? schema : QStringLiteral("%1 @ %2").arg(schema, where);
}

} // namespace

bool isPgLocation(const QString &location)
{
    const QString text = location.trimmed();
    return isUri(text) || text.startsWith(QLatin1String("service=")) ||
           text.startsWith(QLatin1String("host=")) || text.startsWith(QLatin1String("dbname="));
}

PgLocation parsePgLocation(const QString &location)
{
    PgLocation result;
    result.schema = QString::fromLatin1(kDefaultPgSchema);
    const QString text = location.trimmed();
    if (isUri(text)) {
        QUrl url(text);
        QUrlQuery query(url);
        if (query.hasQueryItem(kSchema))
            result.schema = query.queryItemValue(kSchema, QUrl::FullyDecoded);
        result.authConfig = query.queryItemValue(kAuthConfig, QUrl::FullyDecoded);
        query.removeAllQueryItems(kSchema);
        query.removeAllQueryItems(kAuthConfig);
        url.setQuery(query);
        result.conninfo = url.toString(QUrl::FullyEncoded);
        QUrl shown = url;
        shown.setPassword(QString());
        QUrlQuery shownQuery(shown);
        if (!result.schema.isEmpty())
            shownQuery.addQueryItem(kSchema, result.schema);
        if (!result.authConfig.isEmpty())
            shownQuery.addQueryItem(kAuthConfig, result.authConfig);
        shown.setQuery(shownQuery);
        result.display = shown.toString();
        const QString database = url.path(QUrl::FullyDecoded).mid(1);
        result.label = labelOf(result.schema, url.host(), url.port(), database,
                               shownQuery.queryItemValue(QStringLiteral("service")));
        return result;
    }
    const Keywords words = splitKeywords(text);
    if (const QString schema = valueOf(words, kSchema); !schema.isEmpty())
        result.schema = schema;
    result.authConfig = valueOf(words, kAuthConfig);
    result.conninfo = joinKeywords(without(words, {kSchema, kAuthConfig}));
    Keywords shown = without(words, {kSchema, kAuthConfig, kPassword});
    shown.emplace_back(kSchema, result.schema);
    if (!result.authConfig.isEmpty())
        shown.emplace_back(kAuthConfig, result.authConfig);
    result.display = joinKeywords(shown);
    result.label = labelOf(result.schema, valueOf(words, QStringLiteral("host")),
                           valueOf(words, QStringLiteral("port")).toInt(),
                           valueOf(words, QStringLiteral("dbname")),
                           valueOf(words, QStringLiteral("service")));
    return result;
}

QString workspaceShownName(const QString &location)
{
    return isPgLocation(location) ? parsePgLocation(location).label
                                  : QFileInfo(location).fileName();
}

QString workspaceInMessage(const QString &location)
{
    return isPgLocation(location) ? parsePgLocation(location).label : location;
}

QString pgLocationPassword(const QString &location)
{
    const QString text = location.trimmed();
    if (isUri(text)) {
        const QUrl url(text);
        const QString inQuery = QUrlQuery(url).queryItemValue(kPassword, QUrl::FullyDecoded);
        return url.password(QUrl::FullyDecoded).isEmpty() ? inQuery
                                                          : url.password(QUrl::FullyDecoded);
    }
    return valueOf(splitKeywords(text), kPassword);
}

QString pgLocationWithoutPassword(const QString &location)
{
    const QString text = location.trimmed();
    if (isUri(text)) {
        QUrl url(text);
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(kPassword);
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    }
    return joinKeywords(without(splitKeywords(text), {kPassword}));
}

QString pgLocationWithLogin(const QString &location, const QString &user, const QString &password)
{
    const QString text = location.trimmed();
    if (isUri(text)) {
        QUrl url(text);
        QUrlQuery query(url);
        query.removeAllQueryItems(kAuthConfig);
        query.removeAllQueryItems(kPassword);
        if (!user.isEmpty()) {
            query.removeAllQueryItems(kUser);
            url.setUserName(user, QUrl::DecodedMode);
        }
        url.setQuery(query);
        url.setPassword(password.isEmpty() ? QString() : password, QUrl::DecodedMode);
        return url.toString(QUrl::FullyEncoded);
    }
    QStringList replaced{kAuthConfig, kPassword};
    if (!user.isEmpty())
        replaced << kUser;
    Keywords words = without(splitKeywords(text), replaced);
    if (!user.isEmpty())
        words.emplace_back(kUser, user);
    if (!password.isEmpty())
        words.emplace_back(kPassword, password);
    return joinKeywords(words);
}

} // namespace wijk::workspace
