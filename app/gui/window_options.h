// The command-line options that put the window in a state: --focus, --level, --period and
// --indicator (issue 19), for people and for --screenshot (scripts/screenshots.sh).
#pragma once

#include <QString>

class QCommandLineParser;

namespace wijk::gui {

class MainWindow;

//! Adds --focus GM…, --level LEVEL, --period YYYY, --indicator CODE.
void addWindowStateOptions(QCommandLineParser &parser);
//! Before the workspace opens: the focus (so the first map already shows it).
void applyOptionsBeforeOpen(MainWindow &window, const QCommandLineParser &parser);
//! After it opened: indicator, level and period. False with *error naming what the
//! workspace does not have.
bool applyOptionsAfterOpen(MainWindow &window, const QCommandLineParser &parser, QString *error);

} // namespace wijk::gui
