#pragma once

#include "text/language.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace cw::text {

enum class TokenKind {
    Word,        // letters (may contain digits, apostrophes, hyphen-free ICU word; "v2")
    Number,      // digits, possibly with separators as ICU groups them ("1,000", "3.5"), no letters
    Space,       // any run of whitespace, including NBSP and line breaks
    Punctuation, // everything else: punctuation, symbols, emoji
};

// A half-open range [start, end) of UTF-16 code units in the segmented text.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Word;

    qsizetype length() const { return end - start; }
    bool operator==(const Token &) const = default;
};

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;

    bool operator==(const Span &) const = default;
};

// Splits text into tokens as ICU's word BreakIterator for the language's locale does.
// The tokens cover the text without gaps: concatenating them gives the text back.
// Lines of Latin and Cyrillic letters, ASCII digits, spaces and common punctuation are cut by
// the same Unicode rules as wordCount() (several times faster than ICU; the tests compare the
// two on every corpus document); any other line is cut by ICU.
[[nodiscard]] QList<Token> tokenize(QStringView text, Language language);

// The tokens of text[from, to), cut as tokenize() cuts that part alone, appended to `tokens`
// with offsets into text. For callers that tokenize many parts of one text.
void appendTokens(QStringView text, qsizetype from, qsizetype to, Language language, std::vector<Token> &tokens);

namespace detail {
// tokenize() by ICU alone, for the tests that check the fast path against it.
[[nodiscard]] QList<Token> tokenizeWithIcu(QStringView text, Language language);
} // namespace detail

// The Word and Number tokens only.
[[nodiscard]] QList<Token> words(QStringView text, Language language);

// How many Word and Number tokens tokenize() would give: words(text, language).size(). Text made
// of Latin and Cyrillic letters, ASCII digits, spaces and common punctuation is counted by the
// Unicode word-boundary rules (UAX #29 WB5–WB12, with ICU's changes) directly, several times faster than ICU;
// anything else (combining marks, "_", other scripts) is handed to ICU.
[[nodiscard]] qsizetype wordCount(QStringView text, Language language);

// Sentences by ICU's sentence BreakIterator. A full stop after an abbreviation does not end
// a sentence when the abbreviation is a whole token in ICU's exception list for the language
// (CLDR: "Mr.", "Prof.", "ул.") or in a short list of our own ("Art.", "Dr.", "ст.", "ч.",
// "п."); Unknown uses all of them. ICU's rules alone already keep "e.g. the" and "т. е. это"
// together (no break before a lower-case word). Still split: an abbreviation followed by a
// capital that is not in the lists ("т. е. Компания", initials "И. И. Петров").
// Leading and trailing whitespace is excluded from each span; spans of only whitespace are
// dropped.
[[nodiscard]] QList<Span> sentences(QStringView text, Language language);

} // namespace cw::text
