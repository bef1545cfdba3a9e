#include "import/json_duplicate_keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace wijk::import {

namespace {
//! A JSON string token's text (between its quotes), decoded when it holds escapes.
QString decodeString(const QByteArray &json, int begin, int end)
{
    const QByteArray raw = json.mid(begin, end - begin);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Let Qt decode the escapes: the token is valid JSON, so ["token"] is too.
    const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().at(0).toString();
}

struct Container
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    int index = 0;      //!< the current element's number in an array
    QString pendingKey; //!< the member whose value comes next (objects)
};

QString childPath(const Container &parent)
{
    if (parent.object)
        return parent.path.isEmpty() ? parent.pendingKey
                                     : parent.path + QLatin1Char('.') + parent.pendingKey;
    return parent.path + QStringLiteral("[%1]").arg(parent.index);
}
} // namespace

std::vector<DuplicateJsonKey> findDuplicateJsonKeys(const QByteArray &json)
{
    std::vector<DuplicateJsonKey> found;
    std::vector<Container> stack;
    const int size = json.size();
    bool expectKey = false;
    for (int i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const int begin = i + 1;
            int end = begin;
            while (end < size && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            i = end;
            if (expectKey && !stack.empty() && stack.back().object) {
                Container &object = stack.back();
                object.pendingKey = decodeString(json, begin, end);
                if (object.keys.contains(object.pendingKey))
                    found.push_back({object.path, object.pendingKey, begin - 1});
                else
                    object.keys.insert(object.pendingKey);
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            Container child;
            child.object = c == '{';
            if (!stack.empty())
                child.path = childPath(stack.back());
            stack.push_back(std::move(child));
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().object)
                expectKey = true;
            else
                ++stack.back().index; // the next array element
        }
    }
    return found;
}

} // namespace wijk::import
