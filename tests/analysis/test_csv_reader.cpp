// The contract's CSV rules as CsvReader applies them on real files: delimiters, quotes,
// BOM, line numbers across quoted newlines, trimming, numbers, encodings.
#include "import/csv_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cpl_csv.h>
#include <cpl_string.h>

using namespace wijk;

class TestCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    //! A literal's bytes, NULs included.
    template <size_t N> static QByteArray raw(const char (&text)[N])
    {
        return QByteArray(text, int(N - 1));
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(mDir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void commaFileWithBomQuotesAndMultiLineFields()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("a.csv", "\xEF\xBB\xBF"
                                           "code, name ,value\r\n"
                                           "a,\"two\r\nlines\",1.5\r\n"
                                           "\r\n"
                                           "b, \"x, \"\"y\"\"\" ,  -2e3 \n"
                                           "c,plain,\n")));
        QCOMPARE(reader.delimiter(), ',');
        QCOMPARE(reader.header(), (QStringList{"code", "name", "value"}));
        QCOMPARE(reader.column(QStringLiteral("NAME")), 1);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 2);
        QCOMPARE(reader.text(1), QStringLiteral("two\nlines"));
        double value = 0;
        QCOMPARE(reader.number(2, &value), import::CsvReader::Number::Ok);
        QCOMPARE(value, 1.5);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 5); // the quoted newline and the blank line count
        QCOMPARE(reader.text(1), QStringLiteral("x, \"y\""));
        QCOMPARE(reader.number(2, &value), import::CsvReader::Number::Ok);
        QCOMPARE(value, -2000.0);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 6);
        QCOMPARE(reader.number(2, &value), import::CsvReader::Number::Empty);
        QVERIFY(!reader.next());
        QVERIFY(!report.hasErrors());
    }

    void semicolonFileAcceptsDecimalComma()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("b.csv", "region;value\nGM0402;12,5\nGM0403;7.25\n")));
        QCOMPARE(reader.delimiter(), ';');
        double value = 0;
        QVERIFY(reader.next());
        QCOMPARE(reader.number(1, &value), import::CsvReader::Number::Ok);
        QCOMPARE(value, 12.5);
        QVERIFY(reader.next());
        QCOMPARE(reader.number(1, &value), import::CsvReader::Number::Ok);
        QCOMPARE(value, 7.25);
    }

    void commaFileRefusesDecimalCommaAndJunk_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<int>("expected");
        QTest::newRow("abc") << QByteArray("abc") << int(import::CsvReader::Number::Invalid);
        QTest::newRow("comma") << QByteArray("\"1,5\"") << int(import::CsvReader::Number::Invalid);
        QTest::newRow("nan") << QByteArray("NaN") << int(import::CsvReader::Number::NotFinite);
        QTest::newRow("inf") << QByteArray("inf") << int(import::CsvReader::Number::NotFinite);
        QTest::newRow("huge") << QByteArray("1e999") << int(import::CsvReader::Number::NotFinite);
        QTest::newRow("hex") << QByteArray("0x10") << int(import::CsvReader::Number::Invalid);
        QTest::newRow("trailing") << QByteArray("12kg") << int(import::CsvReader::Number::Invalid);
        QTest::newRow("plus") << QByteArray("+3") << int(import::CsvReader::Number::Ok);
    }
    void commaFileRefusesDecimalCommaAndJunk()
    {
        QFETCH(QByteArray, cell);
        QFETCH(int, expected);
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("c.csv", "a,value\nx," + cell + "\n")));
        QVERIFY(reader.next());
        double value = 0;
        QCOMPARE(int(reader.number(1, &value)), expected);
    }

    void wrongFieldCountIsAnErrorWithItsLine()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("d.csv", "a,b\n1,2\n1,2,3\n4,5\n"), QStringLiteral("d.csv")));
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 4);
        QVERIFY(!reader.next());
        QCOMPARE(report.errorCount(), 1);
        QCOMPARE(import::ImportReport::format(report.problems().front()),
                 QStringLiteral("d.csv:3: 3 fields where the header has 2"));
    }

    void windows1252IsRefusedWithAFix()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("e.csv", "code,name\nBU1,Caf\xE9 Centrum\n")));
        QVERIFY(!reader.next());
        QVERIFY(reader.failed());
        QCOMPARE(report.errorCount(), 1);
        const QString text = import::ImportReport::format(report.problems().front());
        QVERIFY2(text.startsWith(QStringLiteral("e.csv:2: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("CSV UTF-8")));
        QVERIFY(text.contains(QStringLiteral("iconv -f CP1252 -t UTF-8")));
    }

    // Issue 17: a NUL byte ends a C string, so GDAL's line reader gave the line cut short
    // and the file was reported as "4 fields where the header has 5". The reader says what
    // it is, with the line, and stops reading the file.
    void nulByteIsNamedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("mid-line") << raw("a,b,c,d,e\n1,2,3,4,5\n1,2,3\0,4,5\n6,7,8,9,0\n") << 3;
        QTest::newRow("before CRLF") << raw("a,b,c\r\n1,2,3\r\n1,2,3\0\n4,5,6\r\n") << 3;
        QTest::newRow("quoted line") << raw("a,b,c\n\"1\",2\0\0,3\n") << 2;
        QTest::newRow("header") << raw("a,b\0,c\n1,2,3\n") << 1;
    }
    void nulByteIsNamedWithItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        import::ImportReport report;
        import::CsvReader reader(&report);
        if (reader.open(write("nul.csv", bytes))) {
            while (reader.next()) {
            }
        }
        QVERIFY(reader.failed());
        QCOMPARE(report.formatted(),
                 QStringList(QStringLiteral("nul.csv:%1: the line holds a NUL byte: the file is "
                                            "binary (or UTF-16 encoded), not UTF-8 text")
                                 .arg(line)));
    }

    void crlfLinesWithoutNulAreRead()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("crlf.csv", "a,b\r\n1,2\r\n3,4\r\n5,6")));
        int records = 0;
        while (reader.next())
            ++records;
        QCOMPARE(records, 3);
        QVERIFY2(!report.hasErrors(), qPrintable(report.formatted().join('\n')));
    }

    // Found by fuzz_csv_blocks: GDAL's line reader also takes "\n\r" as one line end; the
    // NUL check took its two bytes for a NUL, on one reading path and not the other.
    void lfCrLineEndsAreNoNul()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("lfcr.csv", "a,b\n\r1,2\n\r3,4\n\r")));
        int records = 0;
        while (reader.next())
            ++records;
        QVERIFY2(!report.hasErrors(), qPrintable(report.formatted().join('\n')));
        QVERIFY(!reader.failed());
        QVERIFY(records >= 2);
    }

    // Issue 17: a UTF-16 file was called Windows-1252, with an `iconv -f CP1252` hint that
    // makes it worse. Its byte-order mark, or the NUL beside every ASCII character, says
    // what it is.
    void wideEncodingsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("iconv");
        const QString text = QStringLiteral("code,naam\nBU1,Caf\u00e9\n");
        const auto utf16 = [&text](bool little, bool bom) {
            QByteArray bytes = bom ? QByteArray(little ? "\xFF\xFE" : "\xFE\xFF", 2) : QByteArray();
            for (const QChar c : text) {
                const char low = char(c.unicode() & 0xff), high = char(c.unicode() >> 8);
                bytes += little ? QByteArray(1, low) + high : QByteArray(1, high) + low;
            }
            return bytes;
        };
        const auto utf32le = [&text](bool bom) {
            QByteArray bytes = bom ? raw("\xFF\xFE\0\0") : QByteArray();
            for (const QChar c : text)
                bytes += QByteArray(1, char(c.unicode() & 0xff)) + char(c.unicode() >> 8) +
                         QByteArray(2, '\0');
            return bytes;
        };
        QTest::newRow("UTF-16LE with BOM") << utf16(true, true) << "iconv -f UTF-16 -t UTF-8";
        QTest::newRow("UTF-16BE with BOM") << utf16(false, true) << "iconv -f UTF-16 -t UTF-8";
        QTest::newRow("UTF-16LE") << utf16(true, false) << "iconv -f UTF-16LE -t UTF-8";
        QTest::newRow("UTF-16BE") << utf16(false, false) << "iconv -f UTF-16BE -t UTF-8";
        QTest::newRow("UTF-32LE with BOM") << utf32le(true) << "iconv -f UTF-32 -t UTF-8";
        QTest::newRow("UTF-32LE") << utf32le(false) << "iconv -f UTF-32LE -t UTF-8";
    }
    void wideEncodingsAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, iconv);
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(!reader.open(write("wide.csv", bytes), QStringLiteral("wide.csv")));
        QVERIFY(reader.failed());
        QCOMPARE(report.errorCount(), 1);
        const QString text = import::ImportReport::format(report.problems().front());
        const QString encoding = iconv.contains(QStringLiteral("32")) ? QStringLiteral("UTF-32")
                                                                      : QStringLiteral("UTF-16");
        QVERIFY2(text.startsWith(
                     QStringLiteral("wide.csv: the file is %1 encoded, not UTF-8.").arg(encoding)),
                 qPrintable(text));
        QVERIFY2(text.contains(iconv + QStringLiteral(" wide.csv > wide.csv.utf8.csv")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1252")));
    }

    // Issue 17: the duplicate-column check searched the header for every column (quadratic:
    // 100,000 columns ran for minutes). It is a hash now, and a header has a bound.
    void tooManyColumnsAreRefused()
    {
        QByteArray header;
        for (int i = 0; i < 100000; ++i)
            header += (i ? "," : "") + QByteArray("k") + QByteArray::number(i);
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(!reader.open(write("wide-header.csv", header + "\n1\n"),
                             QStringLiteral("wide-header.csv")));
        QCOMPARE(report.formatted(),
                 QStringList(QStringLiteral("wide-header.csv:1: the header has 100000 columns, "
                                            "more than the 10000 a table may have; is this the "
                                            "right file?")));
    }

    void overlongHeaderLineIsNamed()
    {
        // Before: GDAL's line reader gave up at 1 MiB and the file was called empty.
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(!reader.open(write("long-header.csv", QByteArray(2 << 20, 'x') + "\n1\n"),
                             QStringLiteral("long-header.csv")));
        QCOMPARE(report.formatted(), QStringList(QStringLiteral(
                                         "long-header.csv:1: the header line is longer than 1 MiB; "
                                         "is this the right file?")));
    }

    void duplicatesAreFoundInTheWidestHeader()
    {
        // kMaxColumns columns, the last two the same but for case: found, and the first
        // of the two is the column.
        QByteArray header;
        for (int i = 0; i < import::CsvReader::kMaxColumns - 2; ++i)
            header += QByteArray("k") + QByteArray::number(i) + ',';
        header += "Dubbel,DUBBEL\n";
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("dup.csv", header), QStringLiteral("dup.csv")));
        QCOMPARE(reader.header().size(), import::CsvReader::kMaxColumns);
        QCOMPARE(reader.column(QStringLiteral("dubbel")), import::CsvReader::kMaxColumns - 2);
        QCOMPARE(reader.column(QStringLiteral("K17")), 17);
        QCOMPARE(report.formatted(), QStringList(QStringLiteral(
                                         "dup.csv:1: DUBBEL: the column appears more than once")));
    }

    void utf8TextSurvives()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("f.csv", "code,name\nBU1,Caf\xC3\xA9 \xE2\x82\xAC\n")));
        QVERIFY(reader.next());
        QCOMPARE(reader.text(1), QStringLiteral("Caf\u00e9 \u20ac"));
    }

    void headerProblems()
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(write("g.csv", "code,code,extra\n"), QStringLiteral("g.csv")));
        QVERIFY(!reader.requireColumns({QStringLiteral("code"), QStringLiteral("name")}));
        reader.warnUnknownColumns({QStringLiteral("code"), QStringLiteral("name")});
        const QStringList lines = report.formatted();
        QVERIFY(lines.contains(QStringLiteral("g.csv:1: code: the column appears more than once")));
        QVERIFY(lines.contains(QStringLiteral("g.csv:1: name: required column is missing")));
        QVERIFY(lines.contains(QStringLiteral("g.csv:1: extra: warning: unknown column, ignored")));
        QCOMPARE(report.warningCount(), 1);

        import::ImportReport emptyReport;
        import::CsvReader empty(&emptyReport);
        QVERIFY(!empty.open(write("h.csv", "")));
        QVERIFY(emptyReport.hasErrors());
    }

    // CsvReader splits a line without quotes itself (csv_reader.h); for every kind of line
    // it must find the fields GDAL's tokenizer finds, trimmed.
    void plainLinesGiveTheFieldsOfGdalsTokenizer_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("line");
        const QList<QByteArray> lines{"x,y,z",
                                      "x,,z",
                                      ",,",
                                      "x,y,",
                                      " a , b ,c",
                                      "\tx\t,y,z",
                                      "x;y;z",
                                      "",
                                      "   ",
                                      "x,y,z\r",
                                      "x,y",
                                      "x,y,z,w",
                                      "a,b,\"c,d\"",
                                      "\xC3\xA9,\xE2\x82\xAC,z",
                                      "\xEF\xBB\xBFx,y,z",
                                      "x\ry,z",
                                      "1.5,2,3"};
        for (const QByteArray &header : {QByteArray("a,b,c"), QByteArray("a;b;c")}) {
            for (QByteArray line : lines) {
                if (header.contains(';'))
                    line.replace(',', ';');
                QTest::newRow((header + " | " + line.toPercentEncoding()).constData())
                    << header << line;
            }
        }
    }
    void plainLinesGiveTheFieldsOfGdalsTokenizer()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, line);
        const QString path = write("plain.csv", header + "\n" + line + "\n");
        // What GDAL's tokenizer makes of the lines after the header, by CsvReader's rules:
        // blank records skipped, three fields read, any other count an error.
        // Raw bytes: QString::fromUtf8 would hide a byte-order mark.
        const auto trimmed = [](QByteArray field) {
            while (field.startsWith(' ') || field.startsWith('\t'))
                field.remove(0, 1);
            while (field.endsWith(' ') || field.endsWith('\t'))
                field.chop(1);
            return field;
        };
        QList<QByteArrayList> expectedRecords;
        QStringList expectedProblems;
        {
            VSILFILE *file = VSIFOpenL(path.toUtf8().constData(), "rb");
            QVERIFY(file);
            const char *delimiter = header.contains(';') ? ";" : ",";
            CSLDestroy(CSVReadParseLine3L(file, 0, delimiter, true, false, false, true));
            for (int physicalLine = 2;; ++physicalLine) {
                char **record = CSVReadParseLine3L(file, 0, delimiter, true, false, false, true);
                if (!record)
                    break;
                QByteArrayList fields;
                for (char **field = record; *field; ++field)
                    fields << trimmed(*field);
                CSLDestroy(record);
                if (fields.isEmpty() || fields == QByteArrayList{QByteArray()})
                    continue;
                if (fields.size() == 3)
                    expectedRecords << fields;
                else
                    expectedProblems
                        << QStringLiteral("plain.csv:%1: %2 fields where the header has 3")
                               .arg(physicalLine)
                               .arg(fields.size());
            }
            VSIFCloseL(file);
        }
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(path, QStringLiteral("plain.csv")));
        QList<QByteArrayList> records;
        while (reader.next()) {
            QByteArrayList fields;
            for (int i = 0; i < 3; ++i)
                fields << QByteArray(reader.view(i).data(), int(reader.view(i).size()));
            records << fields;
        }
        QCOMPARE(records, expectedRecords);
        QCOMPARE(report.formatted(), expectedProblems);
    }

    void readsThroughGdalVirtualFiles()
    {
        const QString path = write("i.csv", "a;b\n1;2\n");
        import::ImportReport report;
        import::CsvReader reader(&report);
        QVERIFY(reader.open(QStringLiteral("/vsisubfile/0_") + QString::number(4) +
                            QStringLiteral(",") + path));
        QCOMPARE(reader.delimiter(), ';');
        QCOMPARE(reader.header(), (QStringList{"a", "b"}));
        QVERIFY(!reader.next());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
