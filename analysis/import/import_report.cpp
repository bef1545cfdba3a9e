#include "import/import_report.h"

#include <QCoreApplication>

namespace wijk::import {

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
        lines << QCoreApplication::translate("wijk::ImportReport",
                                             "%1: %n more problem(s) not listed", nullptr,
                                             int(entry.second))
                     .arg(entry.first);
    return lines;
}

QString ImportReport::summary() const
{
    // Literal texts (not through a helper) so that lupdate finds them and their plural
    // forms: "1 error", "2 errors"; "1 fout", "2 fouten".
    return QCoreApplication::translate("wijk::ImportReport", "%n error(s)", nullptr,
                                       int(mErrorCount)) +
           QStringLiteral(", ") +
           QCoreApplication::translate("wijk::ImportReport", "%n warning(s)", nullptr,
                                       int(mWarningCount));
}

} // namespace wijk::import
