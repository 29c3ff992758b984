#include "document/markdownhtml.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace cw::doc {

QString markdownToHtml(const QString &markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    // CMARK_OPT_DEFAULT is safe: no raw HTML, no dangerous URLs (cmark-gfm 0.29 and later).
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
    struct ParserDeleter { void operator()(cmark_parser *p) const { cmark_parser_free(p); } };
    struct NodeDeleter { void operator()(cmark_node *n) const { cmark_node_free(n); } };
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : {"table", "strikethrough", "tasklist", "autolink"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
    if (!root)
        return {};
    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString out = QString::fromUtf8(html);
    free(html);
    return out;
}

} // namespace cw::doc
