#pragma once

// EN/RU parity: aligns the English and Russian texts of one policy and reports where they
// say different things (ARCHITECTURE.md, "Parity"; CLI.md, `parity`).
//
// Alignment is layered. Sections first: clause markers and attribute ids (`{: #retention }`)
// pin sections to each other, then numbering, shared anchors (numbers, e-mails, URLs, Latin
// names) and relative length and position decide the rest, in order; sections left over on
// both sides are paired when their evidence is strong, which is how a reordered section is
// found. Then the sentences inside each pair of sections, by length (Gale and Church, 1993,
// with the length ratio of this document pair) with bonuses for shared anchors: 1–1, 1–2,
// 2–1, 2–2, 1–0 and 0–1.
//
// The checks run on aligned sentences and sections: text missing on one side, numbers,
// dates, e-mails, URLs and phone numbers that differ (compared as values: "1,000" is
// "1 000", "seven years" is "7 лет"), English left untranslated in the Russian text, a term
// translated against the glossary, a translation left stale since the English changed, and a
// length far from the document's own ratio. The rules (month names, number words, the band
// of lengths) and the glossary are data: resources/data/parity/.

#include "analysis/cuepattern.h"
#include "common/result.h"
#include "document/policydocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <optional>
#include <vector>

namespace cw::analysis {

// The two texts, indexed by side (STYLE.md: no twin en*/ru* fields).
enum ParitySide {
    En,
    Ru,
    ParitySideCount,
};

enum class ParityIssueKind {
    MissingInRu,
    MissingInEn,
    NumberMismatch,
    DateMismatch,
    EmailMismatch,
    UrlMismatch,
    PhoneMismatch,
    Untranslated,
    TermMismatch,
    Stale,
    SectionMoved,
    LengthRatio,
};

// The CLI id of a kind ("missing-in-ru", "number-mismatch"…, CLI.md).
[[nodiscard]] QString parityIssueKindId(ParityIssueKind kind);
[[nodiscard]] std::optional<ParityIssueKind> parityIssueKindFromId(QStringView id);

struct ParityIssue
{
    ParityIssueKind kind = ParityIssueKind::MissingInRu;
    // Both ranges; on the side where something is missing, an empty range where it would stand.
    std::array<doc::TextRange, ParitySideCount> range;
    QString detail;     // translated, one line
    QString sectionKey; // the key of the English section it is in (SectionParity::key)

    // Stable across edits elsewhere: kind, section key and the text of both ranges. What the
    // project stores when a user marks a finding as intentionally different.
    [[nodiscard]] QString fingerprint(const QString &enText, const QString &ruText) const;

    bool operator==(const ParityIssue &) const = default;
};

enum class AlignmentKind {
    Section,
    Sentence,
};

struct AlignedPair
{
    AlignmentKind kind = AlignmentKind::Sentence;
    std::array<doc::TextRange, ParitySideCount> range; // empty on a side that has no counterpart
    double score = 0.0;                                // 0–1: how sure the pairing is

    bool operator==(const AlignedPair &) const = default;
};

enum class SyncState {
    NeverTranslated, // the English section has no Russian counterpart
    Unconfirmed,     // translated, but nobody confirmed it against this English text
    Stale,           // confirmed once; the English text has changed since
    Confirmed,       // confirmed against the English text as it is now
};
[[nodiscard]] QString syncStateId(SyncState state); // "never-translated", "unconfirmed", "stale", "confirmed"

// A section of the English text (or the preamble before the first heading) and its Russian
// counterpart.
struct SectionParity
{
    QString key;                                        // clause id, else attribute id, else the title path
    std::array<QString, ParitySideCount> title;
    std::array<doc::TextRange, ParitySideCount> range;  // the section's own text, without subsections
    QString sourceHash;                                 // hash of the English text, what confirming records
    SyncState state = SyncState::Unconfirmed;
    bool moved = false;

    bool operator==(const SectionParity &) const = default;
};

struct ParityReport
{
    std::vector<AlignedPair> alignment;   // sections, then sentences, in English reading order
    std::vector<ParityIssue> issues;      // sorted by English, then Russian offset
    std::vector<SectionParity> sections;  // English order, then Russian sections with no counterpart
    double lengthRatio = 1.0;             // Russian characters per English character, this pair

    bool operator==(const ParityReport &) const = default;
};

// The checker's rules and glossary.
class ParityRules
{
public:
    // The built-in rules and glossary (resources/data/parity/).
    [[nodiscard]] static Result<ParityRules> builtin();
    // Adds the terms of a glossary file of the built-in shape; an error names the file.
    [[nodiscard]] std::optional<Error> addGlossary(const QByteArray &json, const QString &fileName);

    struct Term
    {
        std::vector<CuePattern> en;    // the English phrasings
        std::vector<CuePattern> ru;    // accepted renderings
        std::vector<CuePattern> wrong; // renderings reported even beside an accepted one
    };

    std::vector<QString> monthsEn;                  // full names
    std::vector<QStringList> monthsRu;              // stems; "…$" a whole word
    QHash<QString, int> numberWordsEn, numberWordsRu; // word prefix → value
    QStringList unitsEn, unitsRu;                   // prefixes
    QSet<QString> englishWords;
    int untranslatedMinLatinWords = 4;
    int untranslatedMinEnglishWords = 2;
    double untranslatedMinLatinShare = 0.6;
    QSet<QString> localeSegments;
    QStringList citationMarks;         // a date right before one is a cited law's date: not compared
    QRegularExpression citationBefore; // … and so is a date right after text this matches
    int lengthMinWords = 40;
    double lengthLow = 0.45, lengthHigh = 2.2;
    int missingMinWords = 4;
    std::vector<Term> terms;
};

class Taxonomy;

struct ParityOptions
{
    // When given, the topics coverage finds in each section help pair sections: a section on
    // retention pairs with one on retention.
    const Taxonomy *taxonomy = nullptr;
    QHash<QString, QString> sync;  // section key → source hash last confirmed (the project's "sync")
    QSet<QString> intentional;     // fingerprints of findings marked intentionally different
    const std::atomic_bool *cancel = nullptr;
};

// Aligns and checks. The documents' languages are taken as English and Russian whatever
// their detected language.
[[nodiscard]] ParityReport checkParity(const doc::PolicyDocument &en, const doc::PolicyDocument &ru,
                                       const ParityRules &rules, const ParityOptions &options = {});

// How many English sections are in each state (sections only in the Russian text not counted).
struct SyncCounts
{
    int confirmed = 0, stale = 0, neverTranslated = 0, unconfirmed = 0;
};
[[nodiscard]] SyncCounts countSyncStates(const std::vector<SectionParity> &sections);

// What confirming a section records: a hash of its English text, insensitive to spacing.
[[nodiscard]] QString paritySourceHash(QStringView text);

} // namespace cw::analysis
