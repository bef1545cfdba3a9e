// The contract's CSV rules as CsvReader applies them on real files: delimiters, quotes,
// BOM, line numbers across quoted newlines, trimming, numbers, encodings.
#include "import/csv_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

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
