// Reads a CSV file by the extract contract's rules with GDAL's CSV reader: header row,
// ',' or ';' detected from the header line, RFC 4180 quotes, BOM skipped, fields trimmed,
// decimal comma in ';' files, strict UTF-8. Problems go to an ImportReport with file
// name, physical line and column.
//
// GDAL reads every line (CPLReadLine2L: buffering, CR/LF/CRLF) and tokenizes the header
// and every record with a '"' in it (CSVReadParseLine3L: quotes, doubled quotes, records
// spanning lines). A data line without any '"' is split at its delimiters here: for such
// a line that is all GDAL's tokenizer does, and a line costs 1.07 us read and tokenized by
// GDAL (a string list and a copy of every field) against 0.16 us read by GDAL and split
// here, which decides whether a national import reaches 1 M values/s (docs/benchmarks.md).
// test_csv_reader checks both give the same fields on every kind of line.
//
// What a UTF-8 reader would misread is named for what it is: a UTF-16/32 file (by its
// byte-order mark or NUL pattern, before the header), a NUL byte on a line (a C string ends
// there, so the line would look short). A header of more than kMaxColumns columns is
// refused: no table of the contract or of CBS comes near it.
#pragma once

#include "import/import_report.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <cpl_vsi.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wijk::import {

class CsvReader
{
public:
    enum class Number
    {
        Ok,
        Empty,    //!< empty cell: a missing value
        Invalid,  //!< not a number
        NotFinite //!< NaN or Inf
    };

    //! The most columns a header may have (CBS's widest KWB table has about 200).
    static constexpr int kMaxColumns = 10000;

    //! Problems are added to *report (which must outlive the reader).
    explicit CsvReader(ImportReport *report);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    //! Opens a file (a plain path or a GDAL virtual path such as /vsizip/x.zip/a.csv) and
    //! reads its header; displayName names the file in problems (default: the file name).
    [[nodiscard]] bool open(const QString &path, const QString &displayName = QString());
    //! Opens one block of whole records of a file whose header another reader read
    //! (CsvBlockSplitter); its first record starts on physical line firstLine.
    [[nodiscard]] bool openPart(const QString &path, const QString &displayName,
                                const QStringList &header, char delimiter, int firstLine);
    //! Where problems go from now on.
    void setReport(ImportReport *report) { mReport = report; }
    QString displayName() const { return mName; }
    const QStringList &header() const { return mHeader; }
    //! Index of a header column (case-insensitive), -1 when absent.
    int column(const QString &name) const;
    char delimiter() const { return mDelimiter; }
    //! Reports an error for each required column the header lacks; true when all are there.
    [[nodiscard]] bool requireColumns(const QStringList &required);
    //! Warns once for each header column not in known (the contract ignores them).
    void warnUnknownColumns(const QStringList &known);

    //! Reads the next record, skipping blank lines and (with an error) records whose field
    //! count differs from the header. False at the end, or when the file is not UTF-8.
    bool next();
    //! The physical line the current record starts on (1 = header).
    int line() const { return mLine; }
    //! The physical line the next record starts on.
    int nextLine() const { return mNextLine; }
    //! The trimmed bytes of a field of the current record; empty for column -1.
    std::string_view view(int column) const;
    QString text(int column) const;
    bool isEmpty(int column) const { return view(column).empty(); }
    //! Parses a number ('.' decimal point; ',' too in ';'-delimited files).
    Number number(int column, double *value) const;
    //! Adds an error for the current record and column (column -1: the whole line).
    void error(int column, const QString &message) const;
    void warning(int column, const QString &message) const;

    //! True after a fatal problem (cannot open, not UTF-8): stop reading the file.
    bool failed() const { return mFailed; }
    qint64 bytesRead() const;
    qint64 size() const { return mSize; }

private:
    [[nodiscard]] bool openFile(const QString &path, bool buffered);
    bool readRecord();
    //! The current record when its line has no quote; nullopt: GDAL must tokenize it.
    [[nodiscard]] std::optional<bool> readPlainLine();
    bool checkUtf8();
    //! Refuses a UTF-16/32 file before its header is read as UTF-8.
    bool checkWideEncoding();
    //! Whether the physical line just read (from start, length bytes as GDAL gave it) held a
    //! NUL byte; if so reports it on `line` and fails the reader.
    bool failOnNul(vsi_l_offset start, size_t length, int line);
    void setHeader(const QStringList &header);

    ImportReport *mReport;
    QString mName;
    VSILFILE *mFile = nullptr;
    qint64 mSize = 0;
    char mDelimiter = ',';
    QStringList mHeader;
    QHash<QString, int> mColumns; //!< case-folded name -> first column with it
    char **mRecord = nullptr;
    std::string mPlainLine; //!< the current record's line when it had no quote
    std::vector<std::string_view> mFields;
    int mLine = 0;
    int mNextLine = 1;
    bool mFailed = false;
};

} // namespace wijk::import
