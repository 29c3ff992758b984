#pragma once

#include <QString>
#include <QStringView>

namespace cw::text {

enum class Language {
    Unknown,
    English,
    Russian,
};

// "en", "ru" or "und".
[[nodiscard]] QString languageCode(Language language);
// Accepts "en", "ru", "english", "russian" (any case); anything else is Unknown.
[[nodiscard]] Language languageFromCode(QStringView code);

// Detects English or Russian from the letters of the text: Cyrillic letters against Latin
// letters, ignoring URLs and e-mail addresses. Unknown when the text has too few letters.
[[nodiscard]] Language detectLanguage(QStringView text);

} // namespace cw::text
