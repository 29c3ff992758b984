#pragma once

#include "text/language.h"

#include <QString>

#include <vector>

namespace cw::doc {

// A half-open range [start, end) of UTF-16 code units in PolicyDocument::text.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype offset) const { return offset >= start && offset < end; }
    bool operator==(const TextRange &) const = default;
};

enum class BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Table,
    Code,
    Quote,
    Rule,
};

// A leaf block of the document in reading order. Container blocks (lists, quotes) are
// not blocks themselves: their items and paragraphs are, with `depth` telling the nesting.
struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    TextRange range;
    int level = 0; // heading level (1-6) for headings; list/quote nesting depth otherwise
    QString marker; // the list marker or heading number as written ("3.", "a)", "ii.", "-")

    bool operator==(const Block &) const = default;
};

struct Section
{
    QString title;        // heading text without markup or trailing colon; numbering kept
    int level = 1;        // 1 = top level
    TextRange heading;    // the heading line(s)
    TextRange range;      // from the heading to the start of the next section of the same or higher level
    std::vector<Section> children;

    bool operator==(const Section &) const = default;
};

// `<!-- clause retention.criteria@3 -->` before a clause (ARCHITECTURE.md).
struct ClauseMarker
{
    QString id;
    int edition = 0;
    TextRange range; // the comment itself

    bool operator==(const ClauseMarker &) const = default;
};

// An imported policy. Every offset is a UTF-16 index into `text`, which is what the user
// sees: the Markdown source for Markdown, the decoded file for plain text, the extracted
// text for HTML and the other formats.
struct PolicyDocument
{
    QString fileName;         // as given to the importer (may be empty for stdin)
    QString format;           // "markdown", "text", "html", …
    QString encoding;         // the encoding the bytes were decoded from
    text::Language language = text::Language::Unknown;
    QString title;            // the document title, when one was recognised
    TextRange titleRange;
    QString text;
    std::vector<Section> sections; // top-level sections; preamble text before the first is in no section
    std::vector<Block> blocks;
    std::vector<ClauseMarker> clauseMarkers;
    // Tracked changes in the source (DOCX, ODT) not yet accepted or rejected: `text` is the
    // accepted view, and the front ends say so when this is not 0.
    int trackedChanges = 0;

    // All sections depth-first, parents before children.
    [[nodiscard]] std::vector<const Section *> flatSections() const;
    // The innermost section containing the offset, or nullptr.
    [[nodiscard]] const Section *sectionAt(qsizetype offset) const;
    // The text of a range.
    [[nodiscard]] QString textOf(const TextRange &range) const { return text.mid(range.start, range.length()); }
    // `text` as a reader runs it on: a line break inside a paragraph or list item is a space
    // (to Markdown too, and in a hard-wrapped dump), where sentence segmentation would end a
    // sentence. A line that starts an attribute list ("{: #id }") keeps its break. Same length,
    // so offsets stay valid.
    [[nodiscard]] QString proseText() const;
};

// Builds the section tree from a flat list of headings in document order: each section runs
// to the next heading of the same or a higher level, or to `textLength`. Levels are clamped so
// that a child is never more than one level below its parent. Iterative, so deep inputs are safe.
struct HeadingInfo
{
    QString title;
    int level = 1;
    TextRange range;
};
[[nodiscard]] std::vector<Section> buildSectionTree(const std::vector<HeadingInfo> &headings,
                                                    qsizetype textLength);

// The blocks of a table of contents, in document order: a run of three or more list items
// (or short paragraphs) of a few words each, most of which repeat the title of a section that
// follows them ("What About Cookies?", "2. Cookies ..... 4"). A contents entry names a
// section, it does not say what the section says: the cues do not read it, and a draft whose
// contents name a section it lacks still lacks it.
[[nodiscard]] std::vector<TextRange> contentsRanges(const PolicyDocument &document);

// For each of flatSections(): whether it stands in a skeleton, a run of three or more sections
// in a row with no text of their own or in their subsections ("## Retention" over nothing). A
// skeleton promises sections that are not written (a draft's outline, or contents set as
// titles); a single empty section is not one.
[[nodiscard]] std::vector<char> skeletonSections(const PolicyDocument &document);

// Finds `<!-- clause ID@EDITION -->` markers in the text.
[[nodiscard]] std::vector<ClauseMarker> findClauseMarkers(const QString &text);
// The marker that records a clause and its edition: `<!-- clause ID@EDITION -->`.
[[nodiscard]] QString clauseMarkerText(const QString &id, int edition);

} // namespace cw::doc
