#pragma once

// Spell checking with Hunspell (en_US, ru_RU dictionaries): found in the system's dictionary
// folders on Linux, beside the program on Windows and macOS, or in $CLAUSEWRIGHT_DICTIONARIES.

#include "common/result.h"
#include "text/language.h"

#include <QHash>
#include <QStringList>

#include <memory>

class Hunspell;

namespace cw::text {

class SpellChecker
{
public:
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // The checker of a language (English: en_US, and en_GB beside it when installed, so that
    // both "organization" and "organisation" pass; Russian: ru_RU); an Error (code
    // "dictionary") naming the folders searched when its dictionary is not there.
    [[nodiscard]] static Result<std::shared_ptr<SpellChecker>> open(Language language, const QStringList &extraDirs = {});
    // Where dictionaries are looked for, in order.
    [[nodiscard]] static QStringList dictionaryDirs(const QStringList &extraDirs = {});

    [[nodiscard]] Language language() const { return m_language; }
    // Whether a word is spelt right. Words of another alphabet (a Latin brand name in Russian
    // text), words with digits and short all-capital abbreviations are never flagged; ё and е
    // are the same letter. Not thread-safe (Hunspell is not): one checker per thread.
    [[nodiscard]] bool isCorrect(QStringView word);
    [[nodiscard]] QStringList suggestions(QStringView word, int max = 8);
    // A word the checker accepts from now on (a project's word list).
    void addWord(const QString &word);

    // The ranges [start, end) of the misspelled words of a text.
    [[nodiscard]] std::vector<std::pair<qsizetype, qsizetype>> misspelled(QStringView text);

private:
    SpellChecker() = default;
    [[nodiscard]] std::string toDictionary(QStringView word) const;
    [[nodiscard]] QString fromDictionary(const std::string &word) const;

    Language m_language = Language::Unknown;
    std::unique_ptr<Hunspell> m_hunspell;
    std::unique_ptr<Hunspell> m_second; // en_GB beside en_US
    bool m_utf8 = true;
    QByteArray m_encoding;
    QHash<QString, bool> m_cache;
};

} // namespace cw::text
