#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cw::i18n {

// The UI languages we ship translations for, as codes ("en", "ru").
[[nodiscard]] QStringList availableLanguages();

// The language the UI will use for a setting: "en" or "ru" as given; "" (follow the system)
// picks the first of the system's preferred UI languages that we ship, else English.
[[nodiscard]] QString resolveLanguage(const QString &uiLanguage);

// Installs our translations and Qt's own (":/i18n/clausewright_ru.qm" and qtbase_ru.qm from
// Qt's translations folder, when that exists) for `uiLanguage` ("" = system locale, "en",
// "ru"). Translators of an earlier call are removed first, so calling it again switches the
// language at run time: every widget then receives QEvent::LanguageChange.
// Returns the language now in use ("en" or "ru").
QString installTranslators(QCoreApplication &app, const QString &uiLanguage);

} // namespace cw::i18n
