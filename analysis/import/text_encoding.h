// Recognises text that is not UTF-8 from its first bytes, so that an import can say what a
// file is instead of reporting what its bytes look like to a UTF-8 reader: a UTF-16 or
// UTF-32 file (Excel's "Unicode text", PowerShell's default) by its byte-order mark or, without
// one, by the NUL bytes every ASCII character then carries.
#pragma once

#include <QString>
#include <cstddef>

namespace wijk::import {

enum class TextEncoding
{
    Other, //!< UTF-8, ASCII or an 8-bit encoding: no wide-character pattern found
    Utf16LE,
    Utf16BE,
    Utf32LE,
    Utf32BE
};

struct SniffedEncoding
{
    TextEncoding encoding = TextEncoding::Other;
    bool byteOrderMark = false;
};

//! The wide encoding of text starting with these bytes (a few hundred are enough).
SniffedEncoding sniffTextEncoding(const char *data, size_t size);

//! The encoding's name as iconv knows it ("UTF-16LE"; with a byte-order mark "UTF-16", which
//! lets iconv read the mark); empty for Other.
QString iconvEncodingName(SniffedEncoding sniffed);

//! A sentence for the user: the file is encoded in a wide encoding, not UTF-8, and how to
//! convert it (Excel, or iconv on the named file).
QString wideEncodingProblem(SniffedEncoding sniffed, const QString &fileName);

} // namespace wijk::import
