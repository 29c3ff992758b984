#pragma once

// Comparing two policies: the value types of a comparison and the entry point.
//
// A comparison is an edit script over the two texts (UTF-16 ranges into each), the sections
// of the two documents matched to each other, word statistics, and rows for showing the two
// texts side by side. See differ.cpp for the algorithms.

#include "common/result.h"
#include "document/policydocument.h"

#include <QFlags>
#include <QString>

#include <array>
#include <atomic>
#include <vector>

namespace cw::diff {

// Both sides of a comparison are indexed by Side (STYLE.md: no twin old*/new* fields).
enum Side {
    Old,
    New,
    SideCount,
};

enum class OpKind {
    Equal,  // the same text on both sides (equal under the ignore options)
    Insert, // text only in NEW
    Delete, // text only in OLD
    Move,   // text that left its place in OLD (MoveFrom) and stands elsewhere in NEW (MoveTo)
};

enum class MoveEnd {
    None,
    From, // range[Old] is the moved text; range[New] is empty, where it stood in NEW's order
    To,   // range[New] is the moved text in NEW; range[Old] is where it came from in OLD
};

// One step of the edit script. Ops come in reading order of both texts at once: the Old
// ranges of Equal, Delete and Move-From ops tile OLD from start to end, and the New ranges of
// Equal, Insert and Move-To ops tile NEW. Applying them to OLD gives NEW: append
// OLD[range[Old]] for Equal and Move-To (moved text is OLD's text, carried to its new place)
// and NEW[range[New]] for Insert; Delete and Move-From append nothing. A Move-From and its
// Move-To (same moveId) hold the same text. With ignore options, Equal and Move text may differ
// between the sides by what was ignored (case, quotes, spacing…), and only then.
struct Op
{
    OpKind kind = OpKind::Equal;
    std::array<doc::TextRange, SideCount> range;
    MoveEnd moveEnd = MoveEnd::None;
    int moveId = -1; // pairs a Move-From with its Move-To

    bool operator==(const Op &) const = default;
};

enum class SectionStatus {
    Equal,   // matched, same title and text
    Changed, // matched, title or text edited
    Added,   // only in NEW
    Removed, // only in OLD
    Moved,   // matched, and it changed its place in the order of sections
};

// A section of one document and its counterpart in the other (or none).
struct SectionMatch
{
    std::array<QString, SideCount> title;
    std::array<doc::TextRange, SideCount> range; // empty on the side where it is absent
    std::array<bool, SideCount> present{{false, false}};
    SectionStatus status = SectionStatus::Equal;
    double similarity = 0.0; // share of its words found in the counterpart, 0–1

    bool operator==(const SectionMatch &) const = default;
};

struct DiffStats
{
    qint64 insertedWords = 0;
    qint64 deletedWords = 0;
    qint64 movedWords = 0;
    qint64 unchangedWords = 0;
    int sectionsChanged = 0; // changed, added, removed or moved

    bool operator==(const DiffStats &) const = default;
};

enum class RowStatus {
    Equal,
    Changed,
    Added,
    Removed,
    Moved, // holds moved text (and maybe edits)
};

// A row of the side-by-side view: a stretch of each text that belongs together, from one
// paragraph break both texts share to the next. Rows tile both texts.
struct Row
{
    std::array<doc::TextRange, SideCount> range;
    RowStatus status = RowStatus::Equal;
    int firstOp = 0; // the ops that fall in this row: [firstOp, lastOp)
    int lastOp = 0;

    bool operator==(const Row &) const = default;
};

struct DiffResult
{
    std::vector<Op> ops;
    std::vector<SectionMatch> sections;
    std::vector<Row> rows;
    DiffStats stats;

    bool operator==(const DiffResult &) const = default;
};

enum class Granularity {
    Word,     // ICU word boundaries: words, numbers, spaces, punctuation
    Char,     // single characters (user-perceived: a base letter with its marks)
    Sentence, // whole sentences
};

enum class IgnoreOption {
    Case = 0x01,       // "Personal Data" = "personal data"
    Whitespace = 0x02, // any run of spaces, tabs and line breaks = any other
    Quotes = 0x04,     // « » “ ” „ " ' … = one another
    Yo = 0x08,         // ё = е
    Numbering = 0x10,  // list and section numbers: "3." = "4.", "2.1" = "2.2"
    Markup = 0x20,     // Markdown emphasis and heading marks: "**", "_", "#", "`"
};
Q_DECLARE_FLAGS(IgnoreOptions, IgnoreOption)
Q_DECLARE_OPERATORS_FOR_FLAGS(IgnoreOptions)

struct DiffOptions
{
    Granularity granularity = Granularity::Word;
    IgnoreOptions ignore;
    bool detectMoves = true;
    int minMoveWords = 8;       // a moved run shorter than this is shown as delete + insert
    bool semanticCleanup = true; // merge choppy edits into readable ones (Fraser)
    // Lines both texts share unchanged are compared whole instead of word by word: a speed-up
    // meant to give the same result (word granularity only; tests turn it off to check that).
    bool foldSharedLines = true;
    // Set to true from another thread to stop early; compare() then returns Error "cancelled".
    const std::atomic_bool *cancel = nullptr;
};

// Compares two documents. Thread-safe (no shared state); may run on a worker thread.
[[nodiscard]] Result<DiffResult> compare(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc,
                                         const DiffOptions &options = {});

// Applies the ops to OLD (see Op) and returns the result, which is NEW when no ignore option
// was used. Error "ops" when the ranges do not tile both texts or a Move-To has no Move-From.
[[nodiscard]] Result<QString> applyOps(const QString &oldText, const QString &newText, const std::vector<Op> &ops);

[[nodiscard]] QString opKindName(OpKind kind);             // "equal", "insert", "delete", "move"
[[nodiscard]] QString sectionStatusName(SectionStatus s);  // "equal", "changed", "added", "removed", "moved"
[[nodiscard]] QString rowStatusName(RowStatus s);

} // namespace cw::diff
