#include "export/export_table.h"

#include <QCoreApplication>
#include <stdexcept>

namespace wijk::exports {

std::vector<std::pair<QString, QString>> Provenance::entries() const
{
    const auto iso = [](const QDateTime &time) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    };
    std::vector<std::pair<QString, QString>> result{
        {QStringLiteral("extract_id"), extractId},
        {QStringLiteral("extract_created"), iso(extractCreated)},
        {QStringLiteral("workspace"), workspaceFile},
        {QStringLiteral("exported_at"), iso(exportedAt)},
        {QStringLiteral("workbench_version"), version}};
    if (!harmonisation.isEmpty())
        result.emplace_back(QStringLiteral("harmonisation"), harmonisation);
    if (!view.isEmpty())
        result.emplace_back(QStringLiteral("view"), view);
    return result;
}

QString Provenance::oneLine() const
{
    const QString created = extractCreated.isValid()
                                ? extractCreated.toUTC().date().toString(QStringLiteral("d-M-yyyy"))
                                : QStringLiteral("?");
    const QString exported = exportedAt.isValid()
                                 ? exportedAt.toUTC().date().toString(QStringLiteral("d-M-yyyy"))
                                 : QStringLiteral("?");
    QString line =
        QCoreApplication::translate(
            "Provenance", "Extract %1 (created %2) · %3 · made %4 · Wijkmonitor Workbench %5")
            .arg(extractId.isEmpty() ? QStringLiteral("?") : extractId, created, workspaceFile,
                 exported, version);
    if (!harmonisation.isEmpty())
        line += QStringLiteral(" · ") +
                QCoreApplication::translate("Provenance", "estimates on %1").arg(harmonisation);
    return line;
}

QDateTime exportTimestamp()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

int ExportTable::columnIndex(const QString &columnName) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == columnName)
            return int(i);
    }
    return -1;
}

void ExportTable::addRow(QVariantList row, QByteArray geometry)
{
    if (row.size() != int(columns.size()))
        throw std::invalid_argument("ExportTable::addRow: row size differs from the columns");
    rows.push_back(std::move(row));
    if (!geometry.isEmpty() || !geometries.empty()) {
        geometries.resize(rows.size() - 1);
        geometries.push_back(std::move(geometry));
    }
}

ExportTable provenanceTable(const Provenance &provenance, const QString &name)
{
    ExportTable table;
    table.name = name;
    table.columns = {{QStringLiteral("key"), ColumnType::Text},
                     {QStringLiteral("value"), ColumnType::Text}};
    for (const auto &[key, value] : provenance.entries())
        table.addRow({key, value});
    return table;
}

} // namespace wijk::exports
