// The Demostad demo extract: deterministic, complete and internally consistent, with the
// planted trends, the split buurt, the provisional year and the small numbers it promises.
#include "compare_near.h"
#include "demo/demo_extract.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal_priv.h>
#include <map>
#include <ogrsf_frmts.h>

namespace {

struct Row
{
    QString value, status;
};
using Key = std::tuple<QString, QString, int>; // region, indicator, period

//! Reads a CSV file through OGR's CSV driver: every column as a string.
QVector<QMap<QString, QString>> readCsv(const QString &path)
{
    QVector<QMap<QString, QString>> rows;
    GDALAllRegister();
    const char *drivers[] = {"CSV", nullptr};
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR, drivers, nullptr, nullptr));
    if (!ds)
        return rows;
    OGRLayer *layer = ds->GetLayer(0);
    for (auto &feature : *layer) {
        QMap<QString, QString> row;
        for (int i = 0; i < feature->GetFieldCount(); ++i)
            row.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                       QString::fromUtf8(feature->GetFieldAsString(i)));
        rows.push_back(row);
    }
    return rows;
}

//! Least-squares slope of y over x.
double slope(const QVector<double> &x, const QVector<double> &y)
{
    double mx = 0, my = 0;
    for (int i = 0; i < x.size(); ++i) {
        mx += x[i] / x.size();
        my += y[i] / y.size();
    }
    double sxy = 0, sxx = 0;
    for (int i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
}

} // namespace

class TestDemoExtract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::map<Key, Row> mObservations;
    QMap<QString, QMap<QString, QString>> mIndicators;

    QString path(const QString &name) const { return mDir.filePath(name); }
    double value(const QString &region, const QString &indicator, int period) const
    {
        const auto found = mObservations.find({region, indicator, period});
        return found == mObservations.end() || found->second.value.isEmpty()
                   ? qQNaN()
                   : found->second.value.toDouble();
    }
    QString status(const QString &region, const QString &indicator, int period) const
    {
        const auto found = mObservations.find({region, indicator, period});
        return found == mObservations.end() ? QStringLiteral("absent") : found->second.status;
    }
    //! Sum over the buurten of wijk \a wijk (BU + its six digits) of a count in \a period.
    double wijkSum(const QString &wijk, const QString &indicator, int period) const
    {
        double sum = 0;
        for (const auto &[key, row] : mObservations) {
            if (std::get<0>(key).startsWith(QStringLiteral("BU") + wijk.mid(2)) &&
                std::get<1>(key) == indicator && std::get<2>(key) == period)
                sum += row.value.toDouble();
        }
        return sum;
    }
    //! Slope per year of a wijk's ratio sum(numerator) / sum(denominator) * 100.
    double wijkShareSlope(const QString &wijk, const QString &numerator,
                          const QString &denominator) const
    {
        QVector<double> x, y;
        for (int year = 2015; year <= 2024; ++year) {
            x << year;
            y << 100.0 * wijkSum(wijk, numerator, year) / wijkSum(wijk, denominator, year);
        }
        return slope(x, y);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QString error;
        QVERIFY2(wijk::demo::writeDemoExtract(mDir.path(), &error), qPrintable(error));
        for (const auto &row : readCsv(path(QStringLiteral("observations.csv")))) {
            const Key key{row[QStringLiteral("region")], row[QStringLiteral("indicator")],
                          row[QStringLiteral("period")].toInt()};
            QVERIFY2(mObservations.find(key) == mObservations.end(), "duplicate observation");
            mObservations[key] = {row[QStringLiteral("value")], row[QStringLiteral("status")]};
        }
        for (const auto &row : readCsv(path(QStringLiteral("indicators.csv"))))
            mIndicators.insert(row[QStringLiteral("code")], row);
        QVERIFY(mObservations.size() > 10000);
    }

    void isByteIdenticalOnEveryRun()
    {
        QTemporaryDir second;
        QString error;
        QVERIFY2(wijk::demo::writeDemoExtract(second.path(), &error), qPrintable(error));
        for (const QString &name : wijk::demo::demoExtractFiles()) {
            QFile a(path(name)), b(second.filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
        }
    }

    void manifestFollowsTheContract()
    {
        QFile file(path(QStringLiteral("manifest.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(manifest[QStringLiteral("format")].toString(),
                 QStringLiteral("wijkmonitor-extract"));
        QCOMPARE(manifest[QStringLiteral("format_version")].toInt(), 1);
        QCOMPARE(manifest[QStringLiteral("extract_id")].toString(),
                 QStringLiteral("demostad-2025-001"));
        QCOMPARE(manifest[QStringLiteral("created")].toString(),
                 QStringLiteral("2025-03-01T09:30:00Z"));
        QCOMPARE(
            manifest[QStringLiteral("municipality")].toObject()[QStringLiteral("code")].toString(),
            QStringLiteral("GM9999"));
        const QJsonObject files = manifest[QStringLiteral("files")].toObject();
        QCOMPARE(files.size(), 3);
        for (const QString &name : files.keys()) {
            QFile data(path(name));
            QVERIFY(data.open(QIODevice::ReadOnly));
            const QByteArray hash =
                QCryptographicHash::hash(data.readAll(), QCryptographicHash::Sha256).toHex();
            QCOMPARE(files[name].toObject()[QStringLiteral("sha256")].toString().toLatin1(), hash);
        }
    }

    void catalogueIsCompleteAndWellFormed()
    {
        QVERIFY(mIndicators.size() >= 30);
        QSet<QString> themes;
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_]+$"));
        static const QStringList units = {"count",      "percent", "per_1000", "euro",
                                          "euro_x1000", "years",   "index",    "score",
                                          "m3",         "kwh",     "ug_m3",    "other"};
        for (const auto &row : mIndicators) {
            themes.insert(row[QStringLiteral("theme")]);
            QVERIFY2(code.match(row[QStringLiteral("code")]).hasMatch(), qPrintable(row["code"]));
            QVERIFY2(units.contains(row[QStringLiteral("unit")]), qPrintable(row["code"]));
            QVERIFY(!row[QStringLiteral("name")].isEmpty() &&
                    !row[QStringLiteral("name_en")].isEmpty());
            QVERIFY(!row[QStringLiteral("source")].isEmpty() &&
                    !row[QStringLiteral("definition")].isEmpty());
            const QString kind = row[QStringLiteral("kind")];
            if (kind == QLatin1String("ratio"))
                QVERIFY2(mIndicators.contains(row[QStringLiteral("numerator")]) &&
                             mIndicators[row["numerator"]]["kind"] == QLatin1String("count"),
                         qPrintable(row["code"]));
            if (kind == QLatin1String("ratio") || kind == QLatin1String("mean"))
                QVERIFY2(mIndicators.contains(row[QStringLiteral("denominator")]) &&
                             mIndicators[row["denominator"]]["kind"] == QLatin1String("count"),
                         qPrintable(row["code"]));
        }
        QVERIFY(themes.size() >= 7);
        QCOMPARE(mIndicators["bijstand"]["min_n"], QStringLiteral("10"));
        QCOMPARE(mIndicators["pct_jeugdzorg"]["min_n"], QStringLiteral("10"));
        QCOMPARE(mIndicators["woz_gem"]["kind"], QStringLiteral("mean"));
        QCOMPARE(mIndicators["leefbaarheid"]["kind"], QStringLiteral("value"));
        QCOMPARE(mIndicators["bijstand_per_1000"]["scale"], QStringLiteral("1000"));
    }

    void observationsCoverTenYearsAndKnownCodes()
    {
        QSet<int> periods;
        QSet<QString> statuses;
        for (const auto &[key, row] : mObservations) {
            periods.insert(std::get<2>(key));
            statuses.insert(row.status);
            QVERIFY(mIndicators.contains(std::get<1>(key)));
            if (row.status == QLatin1String("suppressed") || row.status == QLatin1String("missing"))
                QVERIFY(row.value.isEmpty());
            if (!row.value.isEmpty()) {
                bool ok = false;
                const double v = row.value.toDouble(&ok);
                QVERIFY(ok && std::isfinite(v));
                if (mIndicators[std::get<1>(key)]["kind"] == QLatin1String("count"))
                    QVERIFY(v >= 0 && v == std::floor(v));
            }
        }
        QCOMPARE(periods.size(), 10);
        QVERIFY(periods.contains(2015) && periods.contains(2024));
        QCOMPARE(statuses, (QSet<QString>{"", "provisional", "suppressed", "missing"}));
    }

    void countsAreConsistent()
    {
        int checked = 0;
        for (const auto &[key, row] : mObservations) {
            const auto &[region, indicator, period] = key;
            if (indicator != QLatin1String("inwoners"))
                continue;
            const double inwoners = row.value.toDouble();
            QVERIFY(std::fmod(inwoners, 5.0) == 0.0);
            double sum = 0;
            for (const char *age : {"inw_0_14", "inw_15_24", "inw_25_64", "inw_65plus"})
                sum += value(region, age, period);
            QCOMPARE(sum, inwoners);
            QCOMPARE(value(region, "woningen_koop", period) +
                         value(region, "woningen_huur", period),
                     value(region, "woningen", period));
            QVERIFY(value(region, "woningen_corporatie", period) <=
                    value(region, "woningen_huur", period));
            QVERIFY(value(region, "hh_eenpersoons", period) <=
                    value(region, "huishoudens", period));
            QVERIFY(value(region, "jongeren_0_17", period) >= value(region, "inw_0_14", period));
            // Every delivered ratio is its numerator over its denominator.
            for (const auto &ind : mIndicators) {
                if (ind["kind"] != QLatin1String("ratio"))
                    continue;
                const double v = value(region, ind["code"], period);
                if (std::isnan(v))
                    continue;
                const double expected = ind["scale"].toDouble() *
                                        value(region, ind["numerator"], period) /
                                        value(region, ind["denominator"], period);
                WIJK_COMPARE_NEAR2(v, expected, 0.051, region + " " + ind["code"]);
                ++checked;
            }
        }
        QVERIFY(checked > 5000);
    }

    void splitBuurtEndsAndItsSuccessorsStart()
    {
        // Waterrijk-West (BU99990903) is split into BU99990906 and BU99990907 in 2020.
        QVERIFY(!std::isnan(value("BU99990903", "inwoners", 2019)));
        QVERIFY(mObservations.find({"BU99990903", "inwoners", 2020}) == mObservations.end());
        for (const char *successor : {"BU99990906", "BU99990907"}) {
            QVERIFY(mObservations.find({successor, "inwoners", 2019}) == mObservations.end());
            QVERIFY(value(successor, "inwoners", 2020) > 0);
        }
    }

    void lastYearIsProvisional()
    {
        int provisional = 0;
        for (const auto &[key, row] : mObservations) {
            if (row.status == QLatin1String("provisional")) {
                QCOMPARE(std::get<2>(key), 2024);
                ++provisional;
            }
        }
        QVERIFY(provisional > 500);
        QCOMPARE(status("BU99990101", "ink_per_inwoner", 2024), QStringLiteral("provisional"));
        QCOMPARE(status("BU99990101", "inwoners", 2024), QString());
    }

    void smallNumbersArePresentForDisclosureControl()
    {
        QCOMPARE(value("BU99991001", "inwoners", 2020), 40.0); // Heidehoek, rural
        QCOMPARE(status("BU99991001", "ink_per_inwoner", 2020), QStringLiteral("suppressed"));
        int belowMinN = 0;
        for (const auto &[key, row] : mObservations) {
            const double v = row.value.toDouble();
            if ((std::get<1>(key) == QLatin1String("bijstand") ||
                 std::get<1>(key) == QLatin1String("jeugdzorg")) &&
                !row.value.isEmpty() && v > 0 && v < 10)
                ++belowMinN;
        }
        QVERIFY(belowMinN >= 10);
    }

    void plantedTrendsAreThere()
    {
        // WK999907 Hoogkamp: low-income share rising strongly; the others much less.
        const double hoogkamp = wijkShareSlope("WK999907", "hh_laag_inkomen", "huishoudens");
        QVERIFY2(hoogkamp > 0.8, qPrintable(QString::number(hoogkamp)));
        // WK999903 Vogelwijk: solar panels rising fastest.
        const double vogelwijk = wijkShareSlope("WK999903", "woningen_zon", "woningen");
        QVERIFY2(vogelwijk > 3.5, qPrintable(QString::number(vogelwijk)));
        for (int w = 1; w <= 11; ++w) {
            const QString wijk = QStringLiteral("WK9999%1").arg(w, 2, 10, QLatin1Char('0'));
            if (w != 7)
                QVERIFY(wijkShareSlope(wijk, "hh_laag_inkomen", "huishoudens") < 0.4);
            if (w != 3 && w != 9)
                QVERIFY(wijkShareSlope(wijk, "woningen_zon", "woningen") < 2.8);
        }
        // WK999905 Molenkwartier: feeling unsafe falls; the gemeente as a whole barely.
        QVector<double> x, molen, gemeente;
        for (int year = 2015; year <= 2024; ++year) {
            if (std::isnan(value("WK999905", "onveiligheid", year)))
                continue;
            x << year;
            molen << value("WK999905", "onveiligheid", year);
            gemeente << value("GM9999", "onveiligheid", year);
        }
        QCOMPARE(x.size(), 9); // 2020 is missing
        QVERIFY(slope(x, molen) < -1.5);
        QVERIFY(slope(x, gemeente) > -1.0);
        // WK999909 Waterrijk: the new estate fills up.
        QVERIFY(wijkSum("WK999909", "inwoners", 2021) >
                2.0 * wijkSum("WK999909", "inwoners", 2015));
    }

    void cliWritesTheExtractAndRefusesANonEmptyFolder()
    {
        const QString cli = wijk::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("wijkmonitor-cli is not built in this configuration");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("demo"));
        QProcess process;
        process.start(cli, {"demo", "--out", out});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QFile written(QDir(out).filePath(QStringLiteral("observations.csv")));
        QFile reference(path(QStringLiteral("observations.csv")));
        QVERIFY(written.open(QIODevice::ReadOnly) && reference.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll() == reference.readAll());

        process.start(cli, {"demo", "--out", out});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--force"));
        process.start(cli, {"demo", "--out", out, "--force"});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        process.start(cli, {"demo"});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoExtract)
#include "test_demo_extract.moc"
