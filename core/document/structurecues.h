#pragma once

// The cues for reading a document's structure from its text (resources/data/text/structure.json):
// what a title line, a list's lead-in or a table of contents looks like. Read once, shared by the
// plain-text importer and by contentsRanges().

#include <QRegularExpression>
#include <QString>

#include <vector>

namespace cw::doc {

struct StructureCues
{
    std::vector<QRegularExpression> title;         // words of a document's title
    std::vector<QRegularExpression> leadIn;        // a line ending in ":" that introduces a list
    std::vector<QRegularExpression> leadInStart;   // the same, at the line's start
    std::vector<QRegularExpression> notHeading;    // lines that are never headings
    std::vector<QRegularExpression> contentsTitle; // the whole title of a table of contents

    // Whether any of the (case-insensitive) patterns matches.
    static bool any(const std::vector<QRegularExpression> &patterns, const QString &text);
};

[[nodiscard]] const StructureCues &structureCues();

} // namespace cw::doc
