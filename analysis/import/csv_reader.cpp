#include "import/csv_reader.h"

#include "import/text_encoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <charconv>
#include <cmath>
#include <cpl_csv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cpl_vsi_virtual.h>
#include <cstring>
#include <optional>

namespace wijk::import {

namespace {
std::string_view trimmed(std::string_view view)
{
    while (!view.empty() && (view.front() == ' ' || view.front() == '\t'))
        view.remove_prefix(1);
    while (!view.empty() && (view.back() == ' ' || view.back() == '\t'))
        view.remove_suffix(1);
    return view;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}
} // namespace

CsvReader::CsvReader(ImportReport *report) : mReport(report) {}

CsvReader::~CsvReader()
{
    CSLDestroy(mRecord);
    if (mFile)
        VSIFCloseL(mFile);
}

bool CsvReader::openFile(const QString &path, bool buffered)
{
    const QByteArray nativePath = path.toUtf8();
    mFile = VSIFOpenL(nativePath.constData(), "rb");
    if (mFile && buffered) {
        // GDAL's line reader reads ahead and seeks back on every line; a buffered reader
        // turns those seeks into pointer moves instead of one lseek() system call per row.
        mFile = reinterpret_cast<VSILFILE *>(
            VSICreateBufferedReaderHandle(reinterpret_cast<VSIVirtualHandle *>(mFile)));
    }
    if (!mFile) {
        mReport->addError(mName, 0, QString(),
                          QCoreApplication::translate("wijk::CsvReader", "cannot open the file"));
        mFailed = true;
        return false;
    }
    VSIFSeekL(mFile, 0, SEEK_END);
    mSize = static_cast<qint64>(VSIFTellL(mFile));
    VSIFSeekL(mFile, 0, SEEK_SET);
    return true;
}

bool CsvReader::openPart(const QString &path, const QString &displayName, const QStringList &header,
                         char delimiter, int firstLine)
{
    mName = displayName;
    setHeader(header);
    mDelimiter = delimiter;
    mNextLine = firstLine;
    return openFile(path, false);
}

bool CsvReader::open(const QString &path, const QString &displayName)
{
    mName = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    if (!openFile(path, true) || !checkWideEncoding())
        return false;

    // The delimiter comes from the header line: whichever of ',' and ';' it uses.
    constexpr int kMaxHeaderBytes = 1024 * 1024;
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler); // a too long line is reported below
    const char *firstLine = CPLReadLine2L(mFile, kMaxHeaderBytes, nullptr);
    CPLPopErrorHandler();
    if (!firstLine) {
        mReport->addError(
            mName, mSize > 0 ? 1 : 0, QString(),
            mSize > 0 && CPLGetLastErrorType() != CE_None
                ? QCoreApplication::translate("wijk::CsvReader",
                                              "the header line is longer than %1 MiB; is this "
                                              "the right file?")
                      .arg(kMaxHeaderBytes / (1024 * 1024))
                : QCoreApplication::translate("wijk::CsvReader",
                                              "the file is empty; a header row is required"));
        mFailed = true;
        return false;
    }
    if (failOnNul(0, std::strlen(firstLine), 1))
        return false;
    if (std::strncmp(firstLine, "\xEF\xBB\xBF", 3) == 0)
        firstLine += 3;
    mDelimiter = CSVDetectSeperator(firstLine) == ';' ? ';' : ',';
    VSIFSeekL(mFile, 0, SEEK_SET);

    if (!readRecord() || mFields.empty() || (mFields.size() == 1 && mFields[0].empty())) {
        if (!mFailed)
            mReport->addError(
                mName, 1, QString(),
                QCoreApplication::translate("wijk::CsvReader", "a header row is required"));
        mFailed = true;
        return false;
    }
    if (mFields.size() > size_t(kMaxColumns)) {
        mReport->addError(mName, 1, QString(),
                          QCoreApplication::translate(
                              "wijk::CsvReader",
                              "the header has %1 columns, more than the %2 a table may have; is "
                              "this the right file?")
                              .arg(mFields.size())
                              .arg(kMaxColumns));
        mFailed = true;
        return false;
    }
    QStringList header;
    header.reserve(int(mFields.size()));
    for (int i = 0; i < int(mFields.size()); ++i)
        header << text(i);
    setHeader(header);
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].isEmpty())
            mReport->addError(
                mName, 1, QString(),
                QCoreApplication::translate("wijk::CsvReader", "column %1 has no name").arg(i + 1));
        else if (column(header[i]) != i)
            mReport->addError(mName, 1, header[i],
                              QCoreApplication::translate("wijk::CsvReader",
                                                          "the column appears more than once"));
    }
    return true;
}

void CsvReader::setHeader(const QStringList &header)
{
    mHeader = header;
    mColumns.clear();
    mColumns.reserve(header.size());
    // A hash, not a search per column: a header of n columns is checked for duplicates in
    // O(n) (a search each was quadratic: 100,000 columns took minutes).
    for (int i = 0; i < header.size(); ++i) {
        const QString key = header[i].toCaseFolded();
        if (!header[i].isEmpty() && !mColumns.contains(key))
            mColumns.insert(key, i); // the first of equal names is the column
    }
}

int CsvReader::column(const QString &name) const
{
    return mColumns.value(name.toCaseFolded(), -1);
}

bool CsvReader::checkWideEncoding()
{
    char head[512];
    const size_t read = VSIFReadL(head, 1, sizeof(head), mFile);
    VSIFSeekL(mFile, 0, SEEK_SET);
    const SniffedEncoding sniffed = sniffTextEncoding(head, read);
    if (sniffed.encoding == TextEncoding::Other)
        return true;
    mReport->addError(mName, 0, QString(), wideEncodingProblem(sniffed, mName));
    mFailed = true;
    return false;
}

bool CsvReader::failOnNul(vsi_l_offset start, size_t length, int line)
{
    // GDAL's line reader hands a line over as a C string, which ends at a NUL byte; the
    // bytes it consumed tell whether the line went on: more than the text and its "\n",
    // "\r" or "\r\n".
    const vsi_l_offset end = VSIFTellL(mFile);
    const vsi_l_offset consumed = end - start;
    if (consumed <= length + 1)
        return false;
    if (consumed == length + 2) {
        // A two-byte line end ("\r\n", or "\n\r", which GDAL's reader also takes as one),
        // or a NUL and a line end: look.
        char ending[2] = {0, 0};
        VSIFSeekL(mFile, start + length, SEEK_SET);
        const bool read = VSIFReadL(ending, 1, 2, mFile) == 2;
        VSIFSeekL(mFile, end, SEEK_SET);
        const auto isLineEnd = [](char c) { return c == '\r' || c == '\n'; };
        if (read && isLineEnd(ending[0]) && isLineEnd(ending[1]))
            return false;
    }
    mReport->addError(mName, line, QString(),
                      QCoreApplication::translate(
                          "wijk::CsvReader",
                          "the line holds a NUL byte: the file is binary (or UTF-16 encoded), "
                          "not UTF-8 text"));
    mFailed = true;
    return true;
}

bool CsvReader::requireColumns(const QStringList &required)
{
    bool ok = true;
    for (const QString &name : required) {
        if (column(name) < 0) {
            mReport->addError(
                mName, 1, name,
                QCoreApplication::translate("wijk::CsvReader", "required column is missing"));
            ok = false;
        }
    }
    return ok;
}

void CsvReader::warnUnknownColumns(const QStringList &known)
{
    for (const QString &name : mHeader) {
        if (!name.isEmpty() && !known.contains(name, Qt::CaseInsensitive))
            mReport->addWarning(
                mName, 1, name,
                QCoreApplication::translate("wijk::CsvReader", "unknown column, ignored"));
    }
}

bool CsvReader::readRecord()
{
    CSLDestroy(mRecord);
    mRecord = nullptr;
    mFields.clear();
    // After the header: a line without quotes is split here (see the header comment).
    if (!mHeader.isEmpty()) {
        if (const std::optional<bool> read = readPlainLine())
            return *read;
    }
    mRecord = CSVReadParseLine3L(mFile, 0, mDelimiter == ';' ? ";" : ",", true, false, false, true);
    if (!mRecord)
        return false;
    mLine = mNextLine;
    int newlines = 0;
    bool ascii = true;
    for (char **field = mRecord; *field; ++field) {
        // One pass per field: its length, whether it is ASCII (then it is valid UTF-8), and
        // the '\n' of a quoted field spanning lines (GDAL joins them), counted as lines.
        const char *text = *field;
        size_t length = 0;
        unsigned char any = 0;
        for (char c; (c = text[length]) != '\0'; ++length) {
            any |= static_cast<unsigned char>(c);
            newlines += c == '\n';
        }
        ascii &= any < 0x80;
        mFields.push_back(trimmed(std::string_view(text, length)));
    }
    mNextLine = mLine + 1 + newlines;
    return ascii || checkUtf8();
}

std::optional<bool> CsvReader::readPlainLine()
{
    const vsi_l_offset start = VSIFTellL(mFile);
    const char *line = CPLReadLine2L(mFile, 0, nullptr);
    if (!line)
        return std::nullopt; // the end: GDAL's tokenizer says so too
    const size_t length = std::strlen(line);
    if (failOnNul(start, length, mNextLine))
        return false;
    if (std::memchr(line, '"', length)) {
        VSIFSeekL(mFile, start, SEEK_SET); // GDAL tokenizes the record from its start
        return std::nullopt;
    }
    // A copy: GDAL's line buffer is per thread, and the fields must outlive other reads.
    mPlainLine.assign(line, length);
    std::string_view rest(mPlainLine);
    if (rest.substr(0, 3) == "\xEF\xBB\xBF")
        rest.remove_prefix(3); // as CSVReadParseLine3L with bSkipBOM, on any line
    mLine = mNextLine;
    mNextLine = mLine + 1;
    if (rest.empty())
        return true; // a blank line: no fields, as GDAL gives it
    bool ascii = true;
    for (;;) {
        const size_t end = rest.find(mDelimiter);
        const std::string_view field = rest.substr(0, end);
        ascii = ascii && isAscii(field);
        mFields.push_back(trimmed(field));
        if (end == std::string_view::npos)
            break;
        rest.remove_prefix(end + 1);
    }
    return ascii || checkUtf8();
}

bool CsvReader::checkUtf8()
{
    for (const std::string_view field : mFields) {
        if (isAscii(field) || CPLIsUTF8(field.data(), int(field.size())))
            continue;
        mReport->addError(
            mName, mLine, QString(),
            QCoreApplication::translate(
                "wijk::CsvReader",
                "the file is not UTF-8 encoded (it looks like Windows-1252, as Excel's plain "
                "\"CSV\" format writes it). Save it in Excel as \"CSV UTF-8 (comma delimited)\", "
                "or convert it: iconv -f CP1252 -t UTF-8 %1 > %1.utf8.csv")
                .arg(mName));
        mFailed = true;
        return false;
    }
    return true;
}

bool CsvReader::next()
{
    while (!mFailed && readRecord()) {
        if (mFields.empty() || (mFields.size() == 1 && mFields[0].empty()))
            continue; // a blank line
        if (int(mFields.size()) != mHeader.size()) {
            mReport->addError(
                mName, mLine, QString(),
                QCoreApplication::translate("wijk::CsvReader", "%1 fields where the header has %2")
                    .arg(mFields.size())
                    .arg(mHeader.size()));
            continue;
        }
        return true;
    }
    return false;
}

std::string_view CsvReader::view(int column) const
{
    if (column < 0 || column >= int(mFields.size()))
        return std::string_view();
    return mFields[size_t(column)];
}

QString CsvReader::text(int column) const
{
    const std::string_view field = view(column);
    return QString::fromUtf8(field.data(), int(field.size()));
}

CsvReader::Number CsvReader::number(int column, double *value) const
{
    std::string_view field = view(column);
    if (field.empty())
        return Number::Empty;
    char buffer[64];
    if (mDelimiter == ';' && field.find(',') != std::string_view::npos) {
        if (field.size() >= sizeof(buffer) || field.find('.') != std::string_view::npos)
            return Number::Invalid;
        std::memcpy(buffer, field.data(), field.size());
        std::replace(buffer, buffer + field.size(), ',', '.');
        field = std::string_view(buffer, field.size());
    }
    if (field.front() == '+')
        field.remove_prefix(1);
    const auto result = std::from_chars(field.data(), field.data() + field.size(), *value);
    if (result.ec == std::errc::result_out_of_range)
        return Number::NotFinite;
    if (result.ec != std::errc() || result.ptr != field.data() + field.size())
        return Number::Invalid;
    return std::isfinite(*value) ? Number::Ok : Number::NotFinite;
}

void CsvReader::error(int column, const QString &message) const
{
    mReport->addError(mName, mLine, column >= 0 ? mHeader.value(column) : QString(), message);
}

void CsvReader::warning(int column, const QString &message) const
{
    mReport->addWarning(mName, mLine, column >= 0 ? mHeader.value(column) : QString(), message);
}

qint64 CsvReader::bytesRead() const
{
    return mFile ? static_cast<qint64>(VSIFTellL(mFile)) : 0;
}

} // namespace wijk::import
