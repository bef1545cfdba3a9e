#include "import/text_encoding.h"

#include <QCoreApplication>
#include <algorithm>

namespace wijk::import {

namespace {
bool startsWith(const unsigned char *data, size_t size, const char *prefix, size_t length)
{
    return size >= length && std::equal(data, data + length, prefix, [](unsigned char a, char b) {
               return a == static_cast<unsigned char>(b);
           });
}
} // namespace

SniffedEncoding sniffTextEncoding(const char *text, size_t size)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text);
    // UTF-32LE's mark begins with UTF-16LE's: test the longer ones first.
    if (startsWith(data, size, "\xFF\xFE\x00\x00", 4))
        return {TextEncoding::Utf32LE, true};
    if (startsWith(data, size, "\x00\x00\xFE\xFF", 4))
        return {TextEncoding::Utf32BE, true};
    if (startsWith(data, size, "\xFF\xFE", 2))
        return {TextEncoding::Utf16LE, true};
    if (startsWith(data, size, "\xFE\xFF", 2))
        return {TextEncoding::Utf16BE, true};
    // Without a mark: ASCII text in a wide encoding has a NUL beside every character. Half
    // of the code units looking so is far beyond chance for UTF-8 or binary data with an
    // occasional NUL, and leaves room for the non-ASCII characters of a Dutch text.
    const size_t units32 = size / 4;
    size_t le32 = 0, be32 = 0;
    for (size_t i = 0; i < units32; ++i) {
        const unsigned char *unit = data + 4 * i;
        le32 += unit[0] != 0 && unit[1] == 0 && unit[2] == 0 && unit[3] == 0;
        be32 += unit[0] == 0 && unit[1] == 0 && unit[2] == 0 && unit[3] != 0;
    }
    if (units32 >= 2 && 2 * le32 >= units32)
        return {TextEncoding::Utf32LE, false};
    if (units32 >= 2 && 2 * be32 >= units32)
        return {TextEncoding::Utf32BE, false};
    const size_t units16 = size / 2;
    size_t le16 = 0, be16 = 0;
    for (size_t i = 0; i < units16; ++i) {
        const unsigned char *unit = data + 2 * i;
        le16 += unit[0] != 0 && unit[1] == 0;
        be16 += unit[0] == 0 && unit[1] != 0;
    }
    if (units16 >= 2 && 2 * le16 >= units16)
        return {TextEncoding::Utf16LE, false};
    if (units16 >= 2 && 2 * be16 >= units16)
        return {TextEncoding::Utf16BE, false};
    return {};
}

QString iconvEncodingName(SniffedEncoding sniffed)
{
    switch (sniffed.encoding) {
    case TextEncoding::Other:
        return QString();
    case TextEncoding::Utf16LE:
        return sniffed.byteOrderMark ? QStringLiteral("UTF-16") : QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return sniffed.byteOrderMark ? QStringLiteral("UTF-16") : QStringLiteral("UTF-16BE");
    case TextEncoding::Utf32LE:
        return sniffed.byteOrderMark ? QStringLiteral("UTF-32") : QStringLiteral("UTF-32LE");
    case TextEncoding::Utf32BE:
        return sniffed.byteOrderMark ? QStringLiteral("UTF-32") : QStringLiteral("UTF-32BE");
    }
    return QString();
}

QString wideEncodingProblem(SniffedEncoding sniffed, const QString &fileName)
{
    if (sniffed.encoding == TextEncoding::Other)
        return QString();
    const bool utf16 =
        sniffed.encoding == TextEncoding::Utf16LE || sniffed.encoding == TextEncoding::Utf16BE;
    return QCoreApplication::translate(
               "wijk::TextEncoding",
               "the file is %1 encoded, not UTF-8. Save it in Excel as \"CSV UTF-8 (comma "
               "delimited)\", or convert it: iconv -f %2 -t UTF-8 %3 > %3.utf8.csv")
        .arg(utf16 ? QStringLiteral("UTF-16") : QStringLiteral("UTF-32"),
             iconvEncodingName(sniffed), fileName);
}

} // namespace wijk::import
