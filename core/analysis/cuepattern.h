#pragma once

// Cue patterns: the small phrase language of the topic and requirement cues
// (resources/data/coverage/*.json), matched against the words of one sentence or heading.
//
//   retain|keep|store … for … year*|month*
//
// Space-separated slots; a slot is alternatives separated by "|"; an alternative is a word,
// matched by its Snowball stem ("retain" matches "retained"), a prefix ending in "*" matched
// against the lower-cased word ("хран*"), or a word after "=" matched as written, for forms a
// stem or a prefix would merge ("=вами" is not "вам", "=целях" not "целом", "=лично" not
// "личный"). Adjacent slots match consecutive words;
// "…" (or "...") between two slots lets up to MaxGap words stand between them. Case and ё/е
// never matter; punctuation between words is ignored. A word the analyser was told to keep
// apart (WordAnalyser::setExactOnly) is taken only by an "=" alternative: Snowball stems
// "collectively" to "collect", and "collect*" is its prefix, yet it names no collection.

#include "common/result.h"
#include "document/policydocument.h"
#include "text/stemmer.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <span>
#include <vector>

namespace cw::analysis {

// A word of the analysed text.
struct Word
{
    QString lower; // lower-cased, ё → е
    QString stem;  // Snowball stem of `lower`
    doc::TextRange range;
    bool exactOnly = false; // matched by an "=" alternative only
};

// The words of a piece of text, lower-cased and stemmed. Stems are cached per instance, so one
// WordAnalyser per thread (the stemmer is not thread-safe).
class WordAnalyser
{
public:
    WordAnalyser();
    // The words of text[range], with ranges into `text`.
    [[nodiscard]] std::vector<Word> words(const QString &text, doc::TextRange range, text::Language language);
    // The lower-cased, ё-folded form and stem of a single word.
    [[nodiscard]] QString lower(QStringView word) const;
    [[nodiscard]] QString stem(const QString &lower);
    // Forms (as lower() gives them) that words() marks exactOnly.
    void setExactOnly(QSet<QString> forms);

private:
    struct Known
    {
        QString stem;
        bool exactOnly = false;
    };
    const Known &known(const QString &lower);

    text::Stemmer m_stemmer; // stems Latin words in English, Cyrillic ones in Russian
    QHash<QString, Known> m_known; // lower-cased word → its stem and mark, cached
    QSet<QString> m_exactOnly;
};

class CuePattern
{
public:
    static constexpr int MaxGap = 8;

    // Error "cue" naming the pattern when it is empty or malformed ("a | | b", "… a").
    [[nodiscard]] static Result<CuePattern> compile(const QString &pattern, WordAnalyser &analyser);

    // Whether the pattern matches words[from…] with its first slot at `from`; the index of the
    // last matched word in *last.
    [[nodiscard]] bool matchAt(std::span<const Word> words, size_t from, size_t *last = nullptr) const;
    // Whether some match with its first slot at `from` ends at or after words[reach]: an
    // `unless` overlaps a cue's match that begins at `reach` even when its shortest match ends
    // before ("please include your first name, last name…" undoes the match at "last name").
    [[nodiscard]] bool matchAtReaching(std::span<const Word> words, size_t from, size_t reach) const;
    // Whether it matches anywhere; the matched words in *first, *last.
    [[nodiscard]] bool match(std::span<const Word> words, size_t *first = nullptr, size_t *last = nullptr) const;

    const QString &source() const { return m_source; }

    struct Alternative
    {
        QString text; // a stem, a lower-cased prefix or a lower-cased word
        bool prefix = false;
        bool exact = false;
    };
    struct Slot
    {
        std::vector<Alternative> alternatives;
        bool gapBefore = false; // "…" before this slot
    };
    const std::vector<Slot> &slots() const { return m_slots; }

private:
    bool matchSlot(const Slot &slot, const Word &word) const;
    bool matchFrom(std::span<const Word> words, size_t slot, size_t at, size_t *last, size_t reach = 0) const;

    QString m_source;
    std::vector<Slot> m_slots;
};

// Many patterns, indexed by their first slot, so that a sentence is tried only against the
// patterns whose first word occurs in it.
class CueIndex
{
public:
    // Adds a pattern under `key` (any caller-defined integer, returned by matches()).
    void add(CuePattern pattern, int key);
    bool isEmpty() const { return m_patterns.empty(); }

    struct Match
    {
        int key;
        const CuePattern *pattern;
        size_t first, last; // matched words
    };
    // Every pattern that matches the words, each once, at its first match that `accept` (when
    // given) takes: a match the caller rejects (a cue's `unless`) lets a later one count.
    using Accept = std::function<bool(const Match &)>;
    [[nodiscard]] std::vector<Match> matches(std::span<const Word> words, const Accept &accept = {}) const;

private:
    std::vector<std::pair<CuePattern, int>> m_patterns;
    QHash<QString, std::vector<int>> m_byStem;   // first-slot stem → patterns
    // First-slot prefix → patterns, keyed by the prefix's hash so that a word's prefixes are
    // looked up without copying them; a pattern found by a colliding hash fails matchAt().
    static size_t prefixKey(QStringView prefix) { return qHash(prefix); }
    QHash<size_t, std::vector<int>> m_byPrefix;
    QHash<QString, std::vector<int>> m_byWord;   // first-slot exact word → patterns
    std::vector<qsizetype> m_prefixLengths;      // the distinct prefix lengths, ascending
};

} // namespace cw::analysis
