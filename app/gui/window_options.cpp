#include "gui/window_options.h"

#include "gui/focus_controller.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace wijk::gui {

void addWindowStateOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("focus"),
         QCoreApplication::translate("main", "Focus on these gemeenten (e.g. GM0402) instead of "
                                             "the one remembered with the workspace."),
         QStringLiteral("GM…")});
    parser.addOption({QStringLiteral("level"),
                      QCoreApplication::translate("main", "Level shown: gemeente, wijk or buurt."),
                      QStringLiteral("level")});
    parser.addOption({QStringLiteral("period"), QCoreApplication::translate("main", "Year shown."),
                      QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("indicator"),
                      QCoreApplication::translate("main", "Indicator code shown."),
                      QStringLiteral("code")});
}

void applyOptionsBeforeOpen(MainWindow &window, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("focus")))
        window.focusController()->setGiven(parser.values(QStringLiteral("focus")));
}

bool applyOptionsAfterOpen(MainWindow &window, const QCommandLineParser &parser, QString *error)
{
    const WorkbenchSession *session = window.session();
    if (!session)
        return true;
    if (parser.isSet(QStringLiteral("focus")) && !window.focusController()->isActive()) {
        *error = QCoreApplication::translate("main", "--focus: %1 names no gemeente of %2.")
                     .arg(parser.values(QStringLiteral("focus")).join(QLatin1Char(',')),
                          session->shownLocation());
        return false;
    }
    if (parser.isSet(QStringLiteral("indicator"))) {
        const QString code = parser.value(QStringLiteral("indicator"));
        if (!session->indicator(code)) {
            *error = QCoreApplication::translate("main", "--indicator: %1 has no indicator %2.")
                         .arg(session->shownLocation(), code);
            return false;
        }
        window.setCurrentIndicator(code);
    }
    if (parser.isSet(QStringLiteral("level"))) {
        const QString text = parser.value(QStringLiteral("level"));
        const std::optional<RegionLevel> level = regionLevelFromString(text);
        if (!level || !session->levels().contains(*level)) {
            *error = QCoreApplication::translate("main", "--level: %1 has no level '%2'.")
                         .arg(session->shownLocation(), text);
            return false;
        }
        window.setCurrentLevel(*level);
    }
    if (parser.isSet(QStringLiteral("period"))) {
        const QString text = parser.value(QStringLiteral("period"));
        const int period = text.toInt();
        if (!session->periods().contains(period)) {
            *error = QCoreApplication::translate("main", "--period: %1 has no year '%2'.")
                         .arg(session->shownLocation(), text);
            return false;
        }
        window.setCurrentPeriod(period);
    }
    return true;
}

} // namespace wijk::gui
