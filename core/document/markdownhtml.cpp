#include "document/markdownhtml.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QByteArray>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

struct ParserDeleter { void operator()(cmark_parser *p) const { cmark_parser_free(p); } };
struct NodeDeleter { void operator()(cmark_node *n) const { cmark_node_free(n); } };
struct IterDeleter { void operator()(cmark_iter *i) const { cmark_iter_free(i); } };

// CMARK_OPT_DEFAULT is safe: no raw HTML, no dangerous URLs (cmark-gfm 0.29 and later).
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;

std::unique_ptr<cmark_parser, ParserDeleter> newParser()
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
    for (const char *name : {"table", "strikethrough", "tasklist", "autolink"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    return parser;
}

std::unique_ptr<cmark_node, NodeDeleter> parse(cmark_parser *parser, const QByteArray &utf8)
{
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    return std::unique_ptr<cmark_node, NodeDeleter>(cmark_parser_finish(parser));
}

} // namespace

QString markdownInlineText(const QString &markdown)
{
    // A leading no-break space keeps the text one paragraph: "1. Scope" is not a list, "# 5" not
    // a heading, an indented line not code. It is not punctuation, so "_x_" after it still opens.
    constexpr char16_t guard = 0x00A0;
    auto parser = newParser();
    auto root = parse(parser.get(), (QChar(guard) + markdown).toUtf8());
    if (!root)
        return markdown;
    QString out;
    std::vector<std::pair<cmark_node *, qsizetype>> links; // a link and where its text starts
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root.get()));
    cmark_event_type event;
    while ((event = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const bool enter = event == CMARK_EVENT_ENTER;
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            out += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        case CMARK_NODE_HTML_INLINE: {
            // Tags are markup ("<span class=…>"), but a line break is a space.
            const QByteArray tag = QByteArray(cmark_node_get_literal(node)).toLower();
            if (tag.startsWith("<br"))
                out += u' ';
            break;
        }
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_ITEM:
            if (!enter && !out.isEmpty() && !out.back().isSpace())
                out += u' ';
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (enter) {
                links.emplace_back(node, out.size());
            } else if (!links.empty()) {
                // "text (address)"; only the text when it is the address ("www.x.org" made a
                // link to "http://www.x.org", "a@x.org" to "mailto:a@x.org").
                const QString url = QString::fromUtf8(cmark_node_get_url(node));
                const QString text = out.mid(links.back().second).trimmed();
                links.pop_back();
                if (!url.isEmpty() && url != text && !url.endsWith(u"://"_s + text) && url != u"mailto:"_s + text)
                    out += text.isEmpty() ? url : u" ("_s + url + u')';
            }
            break;
        default:
            break;
        }
    }
    if (out.startsWith(QChar(guard)))
        out.remove(0, 1);
    return out.trimmed();
}

QString markdownToHtml(const QString &markdown)
{
    auto parser = newParser();
    auto root = parse(parser.get(), markdown.toUtf8());
    if (!root)
        return {};
    const int options = kOptions;
    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString out = QString::fromUtf8(html);
    free(html);
    return out;
}

} // namespace cw::doc
