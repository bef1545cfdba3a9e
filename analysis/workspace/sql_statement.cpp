#include "workspace/sql_statement.h"

#include <cmath>

namespace wijk::workspace::sql {

Statement::Statement(Connection &db, const char *sql) : Statement(db, QByteArray(sql)) {}

Statement::Statement(Connection &db, const QByteArray &sql)
{
    mCursor = db.prepare(sql, &mError);
}

void Statement::bind(int index, const QString &text)
{
    if (!mCursor)
        return;
    if (text.isNull())
        mCursor->bindNull(index);
    else
        mCursor->bindText(index, text.toUtf8());
}

void Statement::bind(int index, const QByteArray &blob)
{
    if (!mCursor)
        return;
    if (blob.isNull())
        mCursor->bindNull(index);
    else
        mCursor->bindBlob(index, blob);
}

void Statement::bind(int index, qint64 value)
{
    if (mCursor)
        mCursor->bindInteger(index, value);
}

void Statement::bind(int index, double value)
{
    if (!mCursor)
        return;
    if (std::isnan(value))
        mCursor->bindNull(index);
    else
        mCursor->bindReal(index, value);
}

void Statement::bindNull(int index)
{
    if (mCursor)
        mCursor->bindNull(index);
}

Step Statement::step()
{
    return mCursor ? mCursor->step() : Step::Error;
}

void Statement::reset()
{
    if (mCursor)
        mCursor->reset();
}

QString Statement::text(int column) const
{
    return mCursor->text(column);
}

QByteArray Statement::blob(int column) const
{
    return mCursor->blob(column);
}

double Statement::real(int column) const
{
    if (mCursor->isNull(column))
        return std::nan("");
    return mCursor->real(column);
}

bool exec(Connection &db, const char *sql, QString *error)
{
    return exec(db, QByteArray(sql), error);
}

bool exec(Connection &db, const QByteArray &sql, QString *error)
{
    QString message;
    if (db.exec(sql, &message))
        return true;
    if (error)
        *error = message;
    return false;
}

bool exec(Connection &db, const QString &sql, QString *error)
{
    return exec(db, sql.toUtf8(), error);
}

void execBestEffort(Connection &db, const char *sql)
{
    QString ignored;
    (void)db.exec(QByteArray(sql), &ignored);
}

QString scalarText(Connection &db, const char *sql)
{
    return scalarText(db, QByteArray(sql));
}

QString scalarText(Connection &db, const QByteArray &sql)
{
    Statement statement(db, sql);
    if (statement.isValid() && statement.step() == Step::Row)
        return statement.text(0);
    return QString();
}

QString lastError(Connection &db)
{
    return db.lastError();
}

QString storageFailure(Connection &db)
{
    return db.storageFailure();
}

} // namespace wijk::workspace::sql
