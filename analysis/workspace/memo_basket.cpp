#include "workspace/memo_basket.h"

#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <utility>

namespace wijk::workspace {

MemoBasket readMemoBasket(const Workspace &workspace)
{
    MemoBasket basket;
    sql::Statement entries(workspace.handle(), "SELECT region_code, indicator_code FROM "
                                               "wm_memo_basket ORDER BY position");
    if (!entries.isValid())
        return basket;
    while (entries.step() == sql::Step::Row)
        basket.entries.push_back({entries.text(0), entries.text(1)});
    sql::Statement texts(workspace.handle(), "SELECT key, value FROM wm_memo_text");
    if (!texts.isValid())
        return basket;
    while (texts.step() == sql::Step::Row) {
        if (texts.text(0) == QLatin1String("opening"))
            basket.opening = texts.text(1);
        else if (texts.text(0) == QLatin1String("theme"))
            basket.theme = texts.text(1);
    }
    return basket;
}

bool writeMemoBasket(const Workspace &workspace, const MemoBasket &basket, QString *error)
{
    if (workspace.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("wijk::Workspace",
                                                 "%1 is read-only: the memo basket is not saved.")
                         .arg(workspace.path());
        return false;
    }
    sql::Connection &db = workspace.handle();
    QString message;
    auto fail = [&] {
        const QString why = message.isEmpty() ? sql::lastError(db) : message;
        sql::execBestEffort(db, "ROLLBACK"); // the failure being reported is the one that counts
        if (error)
            *error = QCoreApplication::translate("wijk::Workspace",
                                                 "Cannot save the memo basket in %1: %2")
                         .arg(workspace.path(), why);
        return false;
    };
    if (!db.beginWrite(&message))
        return fail();
    if (!sql::exec(db, "DELETE FROM wm_memo_basket", &message) ||
        !sql::exec(db, "DELETE FROM wm_memo_text", &message))
        return fail();
    sql::Statement insert(db, "INSERT INTO wm_memo_basket (position, region_code, "
                              "indicator_code) VALUES (?1, ?2, ?3)");
    if (!insert.isValid())
        return fail();
    int position = 0;
    for (const MemoBasket::Entry &entry : basket.entries) {
        insert.reset();
        insert.bind(1, ++position);
        insert.bind(2, entry.region);
        insert.bind(3, entry.indicator);
        if (insert.step() != sql::Step::Done)
            return fail();
    }
    sql::Statement text(db, "INSERT INTO wm_memo_text (key, value) VALUES (?1, ?2)");
    if (!text.isValid())
        return fail();
    const std::pair<QString, QString> texts[] = {{QStringLiteral("opening"), basket.opening},
                                                 {QStringLiteral("theme"), basket.theme}};
    for (const auto &[key, value] : texts) {
        if (value.isEmpty())
            continue;
        text.reset();
        text.bind(1, key);
        text.bind(2, value);
        if (text.step() != sql::Step::Done)
            return fail();
    }
    if (!sql::exec(db, "COMMIT", &message))
        return fail();
    return true;
}

} // namespace wijk::workspace
