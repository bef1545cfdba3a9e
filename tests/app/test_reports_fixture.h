// Shared by the report, memo and export tests: the Demostad workspace, running the CLI, the
// text of PDFs/ODTs/XLSXs, and the numbers disclosure control withholds (which must never
// appear in any output).
#pragma once

#include "demo/demo_extract.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/trends.h"
#include "import/extract_import.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

namespace wijk::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

//! Runs wijkmonitor-cli with a fixed SOURCE_DATE_EPOCH (reproducible outputs).
inline CliResult runCli(const QStringList &arguments, int timeoutMs = 240000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1764356400"));
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {-1, QString(), QStringLiteral("timeout")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

//! stdout of a helper program (pdftotext, pdfinfo, unzip); empty when it fails.
inline QByteArray tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

inline QString pdfText(const QString &path)
{
    return QString::fromUtf8(
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
}

inline int pdfPages(const QString &path)
{
    const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {path}));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

inline QString zipEntryText(const QString &zip, const QString &entry)
{
    return QString::fromUtf8(tool(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry}));
}

//! Writes the Demostad extract and imports it into dir/ws.gpkg (or the team workspace standing
//! in for it, test_workspace_location.h); empty on failure.
inline QString makeDemoWorkspace(const QTemporaryDir &dir)
{
    GDALAllRegister();
    QString error;
    const QString extract = dir.filePath(QStringLiteral("demo"));
    if (!demo::writeDemoExtract(extract, &error))
        return QString();
    const QString path = workspaceLocation(dir, QStringLiteral("ws.gpkg"));
    auto workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
    if (!workspace)
        return QString();
    import::ImportRequest request;
    request.input = extract;
    import::ImportReport report;
    if (import::importExtract(*workspace, request, report).status !=
        import::ImportOutcome::Status::Imported)
        return QString();
    return path;
}

//! Number tokens of a text: "1.234,5", "12,3", "0.25", "417" (with sign and grouping).
inline QSet<QString> numberTokens(const QString &text)
{
    QSet<QString> tokens;
    static const QRegularExpression number(QStringLiteral("[0-9][0-9.,]*[0-9]|[0-9]"));
    auto it = number.globalMatch(text);
    while (it.hasNext())
        tokens.insert(it.next().captured(0));
    return tokens;
}

//! Every way a number may be printed: Dutch and point decimals, 0-3 decimals, grouped.
inline QSet<QString> renderings(double value)
{
    QSet<QString> forms;
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    if (!std::isfinite(value))
        return forms;
    for (int decimals = 0; decimals <= 4; ++decimals) {
        forms.insert(QString::number(std::fabs(value), 'f', decimals));
        forms.insert(dutch.toString(std::fabs(value), 'f', decimals));
    }
    return forms;
}

//! The raw numbers behind values that disclosure control withholds (suppressed by min_n or
//! to protect another), minus every rendering of any number that is shown somewhere, minus
//! years and one- or two-character numbers (page numbers, counts): what is left may not
//! appear anywhere in an output.
inline QSet<QString> withheldNumbers(const QString &workspacePath, int *withheldCells = nullptr)
{
    QString error;
    auto workspace =
        workspace::Workspace::open(workspacePath, workspace::Workspace::OpenMode::ReadOnly, &error);
    if (!workspace)
        return {};
    const std::vector<Observation> raw = workspace->observations();
    engine::Dataset dataset(workspace->indicators(), workspace->regions(), workspace->periods());
    dataset.addObservations(raw);
    engine::deriveAggregates(dataset);
    const engine::Dataset before = dataset; // with the derived values, before suppression
    engine::applyDisclosure(dataset);
    QSet<QString> hidden;
    QSet<QString> shown;
    int cells = 0;
    for (int i = 0; i < dataset.indicatorCount(); ++i)
        for (int r = 0; r < dataset.regionCount(); ++r)
            for (int p = 0; p < dataset.periodCount(); ++p) {
                const double original = before.value(i, r, p);
                if (std::isnan(original))
                    continue;
                if (engine::mayShow(dataset, i, r, p)) {
                    shown += renderings(dataset.value(i, r, p));
                } else {
                    hidden += renderings(original);
                    ++cells;
                }
            }
    // Statistics of shown series are shown numbers too (changes, slopes, p and q values).
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
        engine::TrendOptions options;
        options.level = level;
        for (const engine::TrendRow &row : engine::computeTrends(dataset, options)) {
            for (double v : {row.firstValue, row.lastValue, row.changeAbs, row.changePct,
                             row.sen.slope, row.sen.low, row.sen.high, row.mk.tau, row.mk.p, row.q})
                shown += renderings(v);
        }
    }
    if (withheldCells)
        *withheldCells = cells;
    QSet<QString> result;
    for (const QString &token : hidden) {
        const bool year = token.size() == 4 && token.toInt() >= 1990 && token.toInt() <= 2100;
        if (token.size() >= 3 && !year && !shown.contains(token))
            result.insert(token);
    }
    return result;
}

//! The withheld numbers found in text (should be empty).
inline QStringList leakedNumbers(const QString &text, const QSet<QString> &withheld)
{
    QStringList leaked;
    for (const QString &token : numberTokens(text)) {
        if (withheld.contains(token))
            leaked << token;
    }
    return leaked;
}

} // namespace wijk::test
