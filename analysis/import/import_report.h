// What an import found wrong (errors) or odd (warnings), each tied to file, line and field.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace wijk::import {

struct ImportProblem
{
    QString file;    //!< file name as the user knows it, e.g. "observations.csv"
    int line = 0;    //!< line in a CSV, feature number in a geometry file; 0 = the whole file
    QString field;   //!< column, property or manifest key; may be empty
    QString message; //!< translated, without file/line prefix
    bool error = true;
};

class ImportReport
{
public:
    //! Problems kept per file and kind before only counting; a broken 18M-row file must
    //! not exhaust memory. Counts stay exact.
    static constexpr int kDefaultListLimit = 1000;

    void addError(const QString &file, int line, const QString &field, const QString &message);
    void addWarning(const QString &file, int line, const QString &field, const QString &message);
    //! Appends every problem of another report (used when importers combine parts).
    void merge(const ImportReport &other);

    bool hasErrors() const { return mErrorCount > 0; }
    qint64 errorCount() const { return mErrorCount; }
    qint64 warningCount() const { return mWarningCount; }
    //! Problems that were listed (see kDefaultListLimit), in the order they were found.
    const std::vector<ImportProblem> &problems() const { return mProblems; }
    void setListLimit(int limit) { mListLimit = limit; }

    //! One problem as `observations.csv:12: value: 'abc' is not a number`.
    static QString format(const ImportProblem &problem);
    //! Every listed problem, errors first, one per line, plus a line per file whose further
    //! problems were only counted.
    QStringList formatted() const;
    //! A one-line summary: "3 errors, 1 warning".
    QString summary() const;

private:
    void add(ImportProblem problem);

    std::vector<ImportProblem> mProblems;
    std::vector<std::pair<QString, qint64>> mUnlisted; //!< per file: problems beyond the limit
    QHash<QString, int> mListed;                       //!< listed problems per file and kind
    qint64 mUnlistedErrors = 0;
    qint64 mUnlistedWarnings = 0;
    qint64 mErrorCount = 0;
    qint64 mWarningCount = 0;
    int mListLimit = kDefaultListLimit;
};

} // namespace wijk::import
