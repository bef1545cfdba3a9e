// The hidden --benchmark-open option of `wijkmonitor` (docs/benchmarks.md, "Workbench open"):
// opens a workspace in the real window and prints when the window could show it, when the
// first map was painted and when the background signals were in the list; then quits.
#pragma once

class QCommandLineParser;
class QElapsedTimer;
class QString;

namespace wijk::gui {

class MainWindow;

//! Adds --benchmark-open (hidden).
void addOpenBenchmarkOption(QCommandLineParser &parser);
bool openBenchmarkRequested(const QCommandLineParser &parser);
//! Opens `path` in the shown window and prints the times since `start` (the start of main)
//! to standard output; the process exit code.
int runOpenBenchmark(MainWindow &window, const QString &path, const QElapsedTimer &start);
//! A memory figure of this process from /proc/self/status ("VmRSS:", "VmHWM:") in MB; 0 when
//! unavailable (not Linux).
double processMemoryMb(const char *field);

} // namespace wijk::gui
