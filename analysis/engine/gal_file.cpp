#include "engine/gal_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace wijk::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::engine", text);
}

QStringList fieldsOf(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return line.split(space, Qt::SkipEmptyParts);
}

bool countOf(const QString &text, int *count)
{
    bool ok = false;
    *count = text.toInt(&ok);
    return ok && *count >= 0;
}

} // namespace

std::optional<SpatialWeights> readGalFile(const QString &path, const QSet<QString> &knownCodes,
                                          QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: het bestand is niet te openen (%2).").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseGal(file.readAll(), path, knownCodes, error);
}

std::optional<SpatialWeights> parseGal(const QByteArray &text, const QString &path,
                                       const QSet<QString> &knownCodes, QString *error)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    const auto fail = [&](int line, int field, const QString &what) {
        *error = field > 0
                     ? tr("%1, regel %2, veld %3: %4").arg(path).arg(line).arg(field).arg(what)
                     : tr("%1, regel %2: %3").arg(path).arg(line).arg(what);
        return std::nullopt;
    };

    int lineNumber = 0;
    // The next line that holds something (blank lines between records are allowed).
    const auto nextLine = [&](QStringList *fields) {
        while (lineNumber < lines.size()) {
            *fields = fieldsOf(lines[lineNumber++]);
            if (!fields->isEmpty())
                return true;
        }
        return false;
    };

    QStringList fields;
    if (!nextLine(&fields))
        return fail(1, 0, tr("het bestand is leeg; verwacht een kopregel met het aantal regio's"));
    int expected = 0;
    const int countField = fields.size() == 1 ? 0 : 1;
    if ((fields.size() != 1 && fields.size() < 2) ||
        (countField == 1 && fields[0] != QLatin1String("0")) ||
        !countOf(fields[countField], &expected))
        return fail(
            lineNumber, countField + 1,
            tr("kopregel '%1' is geen '0 n naam id' of 'n'").arg(lines[lineNumber - 1].trimmed()));

    std::vector<QString> codes;
    QHash<QString, int> index;
    std::vector<QStringList> neighbourCodes;
    std::vector<int> neighbourLines;
    while (nextLine(&fields)) {
        const int headerLine = lineNumber;
        if (fields.size() != 2)
            return fail(headerLine, 0,
                        tr("verwacht 'id aantal', gevonden %1 velden").arg(fields.size()));
        const QString code = fields[0];
        int count = 0;
        if (!countOf(fields[1], &count))
            return fail(headerLine, 2, tr("'%1' is geen aantal buren").arg(fields[1]));
        if (!knownCodes.isEmpty() && !knownCodes.contains(code))
            return fail(headerLine, 1,
                        tr("'%1' is geen regio van dit niveau en deze indeling").arg(code));
        if (index.contains(code))
            return fail(headerLine, 1, tr("'%1' staat er twee keer in").arg(code));
        QStringList list;
        if (count > 0) {
            if (!nextLine(&fields))
                return fail(headerLine + 1, 0,
                            tr("de buren van '%1' ontbreken (het bestand houdt op)").arg(code));
            if (fields.size() != count)
                return fail(lineNumber, 0,
                            tr("'%1' heeft %2 buren volgens regel %3, maar hier staan er %4")
                                .arg(code)
                                .arg(count)
                                .arg(headerLine)
                                .arg(fields.size()));
            list = fields;
        }
        index.insert(code, int(codes.size()));
        codes.push_back(code);
        neighbourCodes.push_back(list);
        neighbourLines.push_back(lineNumber);
    }
    if (int(codes.size()) != expected)
        return fail(lineNumber, 0,
                    tr("de kopregel noemt %1 regio's, het bestand geeft er %2")
                        .arg(expected)
                        .arg(codes.size()));

    std::vector<std::vector<int>> neighbours(codes.size());
    for (size_t i = 0; i < codes.size(); ++i) {
        for (int f = 0; f < neighbourCodes[i].size(); ++f) {
            const QString &code = neighbourCodes[i][f];
            const int j = index.value(code, -1);
            if (j < 0)
                return fail(neighbourLines[i], f + 1,
                            tr("buur '%1' staat niet als regio in het bestand").arg(code));
            if (j == int(i))
                return fail(neighbourLines[i], f + 1, tr("'%1' is zijn eigen buur").arg(code));
            neighbours[i].push_back(j);
        }
    }
    SpatialWeights weights(std::move(codes), std::move(neighbours));
    weights.method = WeightsMethod::GalFile;
    weights.source = path;
    return weights;
}

QByteArray galText(const SpatialWeights &weights)
{
    QByteArray text = "0 " + QByteArray::number(weights.size()) + ' ' +
                      contractName(weights.level).toUtf8() + " code\n";
    for (int i = 0; i < weights.size(); ++i) {
        const std::vector<int> &list = weights.neighbours(i);
        text += weights.code(i).toUtf8() + ' ' + QByteArray::number(qulonglong(list.size())) + '\n';
        QByteArrayList ids;
        for (const int j : list)
            ids << weights.code(j).toUtf8();
        text += ids.join(' ') + '\n';
    }
    return text;
}

} // namespace wijk::engine
