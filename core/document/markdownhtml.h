#pragma once

#include <QString>

namespace cw::doc {

// Markdown as HTML, for the editor's preview and exports: cmark-gfm with tables,
// strikethrough, task lists and autolinks, in safe mode: raw HTML (clause markers included)
// is left out and links to javascript:, vbscript:, file: or data: other than images are
// dropped, so nothing a policy holds can run or fetch anything.
[[nodiscard]] QString markdownToHtml(const QString &markdown);

} // namespace cw::doc
