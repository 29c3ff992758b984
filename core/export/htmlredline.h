#pragma once

// A comparison as a standalone HTML page ("redline"): a summary of the changes, then either
// NEW as one flowing text with the edits marked in it, or OLD and NEW side by side.

#include "diff/diff.h"
#include "document/policydocument.h"

#include <QString>

namespace cw::exporting {

enum class RedlineMode {
    SideBySide, // a two-column table, one row per Row of the DiffResult
    Inline,     // one flowing text in NEW's order: <ins>, <del> and moves marked in place
};

struct HtmlRedlineOptions
{
    RedlineMode mode = RedlineMode::SideBySide;
    QString title;      // the page's heading and <title>; empty: "Comparison of versions", translated
    QString uiLanguage; // "en", "ru": the language of the page's own words (cw::Tr::tr uses
                        // whatever translator the application installed), for <html lang>;
                        // empty: "en"
};

// Renders the comparison of `oldDoc` and `newDoc` (`result` is what diff::compare returned for
// them) as a complete HTML5 page, UTF-8 (<meta charset>), to be written with toUtf8().
//
// The page is self-contained and inert: embedded CSS only, no scripts, no external resources,
// and a Content-Security-Policy that forbids both. Every piece of policy text, file name and
// title is HTML-escaped, so markup in a policy shows as text. The texts keep their line breaks
// (white-space: pre-wrap). Inserted text is <ins>, deleted text <del>; the two places of a
// moved passage are <span class="move move-from" id="move-N-from"> and
// <span class="move move-to" id="move-N-to"> (N = Op::moveId), each linking to the other.
//
// Never fails: ops whose ranges fall outside the texts are clipped, a move without its
// counterpart is shown as a plain deletion or insertion.
[[nodiscard]] QString htmlRedline(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc,
                                  const diff::DiffResult &result, const HtmlRedlineOptions &options = {});

} // namespace cw::exporting
