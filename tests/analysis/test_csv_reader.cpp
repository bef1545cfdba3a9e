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
        ImportReport report;
        CsvReader reader(&report);
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
        QCOMPARE(reader.number(2, &value), CsvReader::Number::Ok);
        QCOMPARE(value, 1.5);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 5); // the quoted newline and the blank line count
        QCOMPARE(reader.text(1), QStringLiteral("x, \"y\""));
        QCOMPARE(reader.number(2, &value), CsvReader::Number::Ok);
        QCOMPARE(value, -2000.0);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 6);
        QCOMPARE(reader.number(2, &value), CsvReader::Number::Empty);
        QVERIFY(!reader.next());
        QVERIFY(!report.hasErrors());
    }

    void semicolonFileAcceptsDecimalComma()
    {
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(write("b.csv", "region;value\nGM0402;12,5\nGM0403;7.25\n")));
        QCOMPARE(reader.delimiter(), ';');
        double value = 0;
        QVERIFY(reader.next());
        QCOMPARE(reader.number(1, &value), CsvReader::Number::Ok);
        QCOMPARE(value, 12.5);
        QVERIFY(reader.next());
        QCOMPARE(reader.number(1, &value), CsvReader::Number::Ok);
        QCOMPARE(value, 7.25);
    }

    void commaFileRefusesDecimalCommaAndJunk_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<int>("expected");
        QTest::newRow("abc") << QByteArray("abc") << int(CsvReader::Number::Invalid);
        QTest::newRow("comma") << QByteArray("\"1,5\"") << int(CsvReader::Number::Invalid);
        QTest::newRow("nan") << QByteArray("NaN") << int(CsvReader::Number::NotFinite);
        QTest::newRow("inf") << QByteArray("inf") << int(CsvReader::Number::NotFinite);
        QTest::newRow("huge") << QByteArray("1e999") << int(CsvReader::Number::NotFinite);
        QTest::newRow("hex") << QByteArray("0x10") << int(CsvReader::Number::Invalid);
        QTest::newRow("trailing") << QByteArray("12kg") << int(CsvReader::Number::Invalid);
        QTest::newRow("plus") << QByteArray("+3") << int(CsvReader::Number::Ok);
    }
    void commaFileRefusesDecimalCommaAndJunk()
    {
        QFETCH(QByteArray, cell);
        QFETCH(int, expected);
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(write("c.csv", "a,value\nx," + cell + "\n")));
        QVERIFY(reader.next());
        double value = 0;
        QCOMPARE(int(reader.number(1, &value)), expected);
    }

    void wrongFieldCountIsAnErrorWithItsLine()
    {
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(write("d.csv", "a,b\n1,2\n1,2,3\n4,5\n"), QStringLiteral("d.csv")));
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 4);
        QVERIFY(!reader.next());
        QCOMPARE(report.errorCount(), 1);
        QCOMPARE(ImportReport::format(report.problems().front()),
                 QStringLiteral("d.csv:3: 3 fields where the header has 2"));
    }

    void windows1252IsRefusedWithAFix()
    {
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(write("e.csv", "code,name\nBU1,Caf\xE9 Centrum\n")));
        QVERIFY(!reader.next());
        QVERIFY(reader.failed());
        QCOMPARE(report.errorCount(), 1);
        const QString text = ImportReport::format(report.problems().front());
        QVERIFY2(text.startsWith(QStringLiteral("e.csv:2: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("CSV UTF-8")));
        QVERIFY(text.contains(QStringLiteral("iconv -f CP1252 -t UTF-8")));
    }

    void utf8TextSurvives()
    {
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(write("f.csv", "code,name\nBU1,Caf\xC3\xA9 \xE2\x82\xAC\n")));
        QVERIFY(reader.next());
        QCOMPARE(reader.text(1), QStringLiteral("Caf\u00e9 \u20ac"));
    }

    void headerProblems()
    {
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(write("g.csv", "code,code,extra\n"), QStringLiteral("g.csv")));
        QVERIFY(!reader.requireColumns({QStringLiteral("code"), QStringLiteral("name")}));
        reader.warnUnknownColumns({QStringLiteral("code"), QStringLiteral("name")});
        const QStringList lines = report.formatted();
        QVERIFY(lines.contains(QStringLiteral("g.csv:1: code: the column appears more than once")));
        QVERIFY(lines.contains(QStringLiteral("g.csv:1: name: required column is missing")));
        QVERIFY(lines.contains(QStringLiteral("g.csv:1: extra: warning: unknown column, ignored")));
        QCOMPARE(report.warningCount(), 1);

        ImportReport emptyReport;
        CsvReader empty(&emptyReport);
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
        ImportReport report;
        CsvReader reader(&report);
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
        ImportReport report;
        CsvReader reader(&report);
        QVERIFY(reader.open(QStringLiteral("/vsisubfile/0_") + QString::number(4) +
                            QStringLiteral(",") + path));
        QCOMPARE(reader.delimiter(), ';');
        QCOMPARE(reader.header(), (QStringList{"a", "b"}));
        QVERIFY(!reader.next());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
