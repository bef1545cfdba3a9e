// What the GUI and the CLI set up the same way: names, settings, language, QGIS.
#pragma once

#include <QString>

class QCoreApplication;

namespace wijk::app {

//! Organisation/application names (QSettings, QStandardPaths). Called before the
//! QgsApplication is made too: its constructor already writes settings, which would otherwise
//! land in "~/.config/Unknown Organization/".
void setApplicationNames();

//! The names, the language and its translators.
//! WIJK_NO_SETTINGS=1 (tests) keeps settings in a throw-away folder.
void setupApplication(QCoreApplication &app);

//! "nl" (default) or "en": WIJK_LANG, else the language chosen in the GUI.
QString uiLanguage();

//! Loads the translations for language ("nl"/"en"), replacing any loaded before.
void installTranslators(const QString &language);

} // namespace wijk::app
