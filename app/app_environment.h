// What the GUI and the CLI set up the same way: names, settings, language, QGIS.
#pragma once

#include <QString>

class QCoreApplication;

namespace wijk::app {

//! Organisation/application names (QSettings, QStandardPaths). Called before the
//! QgsApplication is made too: its constructor already writes settings, which would otherwise
//! land in "~/.config/Unknown Organization/".
void setApplicationNames();

//! Fixes Qt's hash seed for the whole process; call first thing in main, before any QHash
//! exists. The PDF engine writes a document's embedded fonts in hash order, so with a random
//! seed two runs on the same input order the font objects differently: reports and memos must
//! come out byte for byte the same. Nothing here hashes untrusted input in bulk, so the random
//! seed's protection against collision attacks is not needed.
void fixHashSeed();

//! The names, the language and its translators.
//! WIJK_NO_SETTINGS=1 (tests) keeps settings in a throw-away folder.
void setupApplication(QCoreApplication &app);

//! "nl" (default) or "en": WIJK_LANG, else the language chosen in the GUI.
QString uiLanguage();

//! Loads the translations for language ("nl"/"en"), replacing any loaded before.
void installTranslators(const QString &language);

} // namespace wijk::app
