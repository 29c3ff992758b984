#pragma once

#include <QString>

// The QSettings keys of the application, in one place so that main.cpp, the window and the
// preferences dialog cannot drift apart.
namespace cw::gui::keys {

// "" follows the system locale; otherwise "en" or "ru" (cw::i18n::availableLanguages()).
inline QString uiLanguage() { return QStringLiteral("ui/language"); }
inline QString recentFiles() { return QStringLiteral("files/recent"); }
inline QString lastDirectory() { return QStringLiteral("files/lastDirectory"); }
inline QString windowGeometry() { return QStringLiteral("mainWindow/geometry"); }
inline QString windowState() { return QStringLiteral("mainWindow/state"); }

// The compare window: its options (int(diff::IgnoreOptions), int(diff::Granularity), bool)
// and its layout.
inline QString compareIgnore() { return QStringLiteral("compare/ignore"); }
inline QString compareGranularity() { return QStringLiteral("compare/granularity"); }
inline QString compareDetectMoves() { return QStringLiteral("compare/detectMoves"); }
inline QString compareChangedOnly() { return QStringLiteral("compare/changedSectionsOnly"); }
inline QString compareGeometry() { return QStringLiteral("compareWindow/geometry"); }
inline QString compareState() { return QStringLiteral("compareWindow/state"); }

// The coverage panel's profile ("all" or a profile id) and the gaps window's layout.
inline QString coverageProfile() { return QStringLiteral("coverage/profile"); }
// A user's own cue file extending the built-in topic cues ("" = none).
inline QString coverageCuesFile() { return QStringLiteral("coverage/cuesFile"); }
inline QString gapsGeometry() { return QStringLiteral("gapsWindow/geometry"); }
inline QString gapsState() { return QStringLiteral("gapsWindow/state"); }

// Clause libraries loaded after the shipped one, in order (a list of folders), and what the
// New Policy wizard was last given, per template (an answers object), so it can be resumed.
inline QString libraryFolders() { return QStringLiteral("library/folders"); }
inline QString wizardAnswers(const QString &templateId) { return QStringLiteral("newPolicy/answers/") + templateId; }
inline QString wizardTemplate() { return QStringLiteral("newPolicy/template"); }
inline QString wizardLanguages() { return QStringLiteral("newPolicy/languages"); }

// The editor: its font (QFont::toString(); "" = the system's fixed font), the autosave pause
// in seconds, an extra folder of spelling dictionaries, and the theme ("" = the system's,
// "light", "dark").
inline QString editorFont() { return QStringLiteral("editor/font"); }
inline QString autosaveSeconds() { return QStringLiteral("editor/autosaveSeconds"); }
inline QString dictionaryFolder() { return QStringLiteral("editor/dictionaryFolder"); }
inline QString theme() { return QStringLiteral("ui/theme"); }

} // namespace cw::gui::keys
