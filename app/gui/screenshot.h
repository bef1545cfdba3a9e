// The hidden --screenshot option of `wijkmonitor` (scripts/screenshots.sh): puts the window
// in a given state (size, language, map mode, a selected region) and saves it as an image.
#pragma once

class QCommandLineParser;

namespace wijk::gui {

class MainWindow;

//! Adds --screenshot FILE, --mode, --lang, --size WxH, --select CODE, --raise DOCK (hidden).
//! The screenshot FILE gets FILE.json beside it: what the views show (gui::viewState).
void addScreenshotOptions(QCommandLineParser &parser);
bool screenshotRequested(const QCommandLineParser &parser);
//! Applies the options, waits for the map to render, saves the file; the process exit code.
int takeScreenshot(MainWindow &window, const QCommandLineParser &parser);

} // namespace wijk::gui
