// wijkmonitor-cli eb: raw and Empirical Bayes rates of a ratio indicator over one level
// (docs/engine.md, "Empirical Bayes rates").
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "engine/empirical_bayes.h"
#include "engine/engine_csv.h"
#include "output/spreadsheet_text.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class EmpiricalBayesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("eb"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write the raw and Empirical Bayes rates of a ratio indicator as CSV.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addCommonOptions(parser);
        engine_support::addLevelOption(parser, QStringLiteral("buurt"));
        parser.addOption({QStringLiteral("period"), QCoreApplication::translate("cli", "The year."),
                          QStringLiteral("YYYY")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const RegionLevel level = engine_support::levelOption(parser);
        const QString code = requiredOption(parser, QStringLiteral("indicator"));
        const std::optional<int> year =
            engine_support::yearOption(parser, QStringLiteral("period"));
        if (!year)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Missing required option --%1.")
                               .arg(QStringLiteral("period")));
        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        const int i = dataset.indicatorIndex(code);
        const Indicator &indicator = dataset.indicator(i);
        if (indicator.kind != IndicatorKind::Ratio ||
            dataset.indicatorIndex(indicator.numerator) < 0 ||
            dataset.indicatorIndex(indicator.denominator) < 0)
            throw CliError(BadInput,
                           QCoreApplication::translate(
                               "cli", "%1 is no ratio whose numerator and denominator are in "
                                      "the workspace.")
                               .arg(code));
        const int p = dataset.periodIndex(*year);
        if (p < 0)
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "The workspace has no values for %1.")
                               .arg(*year));
        QString csv = QStringLiteral(
            "region,region_name,numerator,denominator,raw_rate,eb_rate,shrinkage\r\n");
        for (const engine::RegionRate &row : engine::empiricalBayesOfLevel(dataset, i, level, p)) {
            const engine::RegionEntry &entry = dataset.region(row.region);
            csv += QStringList{engine::csvField(output::neutraliseFormula(entry.code)),
                               engine::csvField(output::neutraliseFormula(entry.name)),
                               engine::csvNumber(row.numerator),
                               engine::csvNumber(row.denominator),
                               engine::csvNumber(row.rate.raw),
                               engine::csvNumber(row.rate.smoothed),
                               engine::csvNumber(row.rate.shrinkage)}
                       .join(QLatin1Char(',')) +
                   QStringLiteral("\r\n");
        }
        engine_support::writeOutput(parser, context, csv.toUtf8());
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeEmpiricalBayesCommand()
{
    return std::make_unique<EmpiricalBayesCommand>();
}

} // namespace wijk::cli
