#include "import/import_report.h"

#include <QCoreApplication>

namespace wijk {

namespace {
QString trn(const char *text, qint64 n)
{
    return QCoreApplication::translate("wijk::ImportReport", text, nullptr, int(n));
}
} // namespace

void ImportReport::addError(const QString &file, int line, const QString &field,
                            const QString &message)
{
    add({file, line, field, message, true});
}

void ImportReport::addWarning(const QString &file, int line, const QString &field,
                              const QString &message)
{
    add({file, line, field, message, false});
}

void ImportReport::add(ImportProblem problem)
{
    (problem.error ? mErrorCount : mWarningCount)++;
    int &listed = mListed[problem.file + (problem.error ? QLatin1Char('E') : QLatin1Char('W'))];
    if (listed < mListLimit) {
        ++listed;
        mProblems.push_back(std::move(problem));
        return;
    }
    (problem.error ? mUnlistedErrors : mUnlistedWarnings)++;
    for (auto &entry : mUnlisted) {
        if (entry.first == problem.file) {
            ++entry.second;
            return;
        }
    }
    mUnlisted.emplace_back(problem.file, 1);
}

void ImportReport::merge(const ImportReport &other)
{
    for (const ImportProblem &problem : other.mProblems)
        add(problem);
    // The other report's unlisted problems are no longer split into errors and warnings.
    mUnlisted.insert(mUnlisted.end(), other.mUnlisted.begin(), other.mUnlisted.end());
    mErrorCount += other.mUnlistedErrors;
    mWarningCount += other.mUnlistedWarnings;
    mUnlistedErrors += other.mUnlistedErrors;
    mUnlistedWarnings += other.mUnlistedWarnings;
}

QString ImportReport::format(const ImportProblem &problem)
{
    QString text = problem.file;
    if (problem.line > 0)
        text += QLatin1Char(':') + QString::number(problem.line);
    text += QStringLiteral(": ");
    if (!problem.field.isEmpty())
        text += problem.field + QStringLiteral(": ");
    if (!problem.error)
        text += QCoreApplication::translate("wijk::ImportReport", "warning: ");
    return text + problem.message;
}

QStringList ImportReport::formatted() const
{
    QStringList lines;
    for (const bool errors : {true, false}) {
        for (const ImportProblem &problem : mProblems) {
            if (problem.error == errors)
                lines << format(problem);
        }
    }
    for (const auto &entry : mUnlisted)
        lines << trn(QT_TRANSLATE_N_NOOP("wijk::ImportReport", "%1: %n more problem(s) not listed"),
                     entry.second)
                     .arg(entry.first);
    return lines;
}

QString ImportReport::summary() const
{
    return trn(QT_TRANSLATE_N_NOOP("wijk::ImportReport", "%n error(s)"), mErrorCount) +
           QStringLiteral(", ") +
           trn(QT_TRANSLATE_N_NOOP("wijk::ImportReport", "%n warning(s)"), mWarningCount);
}

} // namespace wijk
