#pragma once

#include <QString>

namespace cw::doc {

// Markdown as HTML, for the editor's preview and exports: cmark-gfm with tables,
// strikethrough, task lists and autolinks, in safe mode: raw HTML (clause markers included)
// is left out and links to javascript:, vbscript:, file: or data: other than images are
// dropped, so nothing a policy holds can run or fetch anything.
[[nodiscard]] QString markdownToHtml(const QString &markdown);

// The text a reader sees of a piece of Markdown (a heading's line, a paragraph, a table cell),
// for exports that write text, not Markdown: emphasis, code spans, escapes and entities resolved;
// raw HTML tags left out (<br> is a space); a link as "text (address)", the address once when it
// is the text. Always read as inline text: "1. Scope" stays "1. Scope".
[[nodiscard]] QString markdownInlineText(const QString &markdown);

} // namespace cw::doc
