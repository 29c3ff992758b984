#include "document/markdownimporter.h"

#include "common/tr.h"
#include "document/blockbuilder.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QRegularExpression>

#include <cstring>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

struct NodeDeleter { void operator()(cmark_node *n) const { cmark_node_free(n); } };
struct ParserDeleter { void operator()(cmark_parser *p) const { cmark_parser_free(p); } };
struct IterDeleter { void operator()(cmark_iter *i) const { cmark_iter_free(i); } };

// cmark reports positions as 1-based lines and 1-based byte columns of the UTF-8 it parsed.
// This maps them to UTF-16 offsets into the QString once, here at the boundary
// (ARCHITECTURE.md: "cmark-gfm reports bytes: convert once").
class PositionMap
{
public:
    PositionMap(const QByteArray &utf8, const QString &text) : m_utf8(utf8), m_text(text)
    {
        // Line starts as cmark counts lines: "\n", "\r\n" and a lone "\r" each end one.
        const char *d = utf8.constData();
        const qsizetype n = utf8.size();
        const bool carriageReturns = std::memchr(d, '\r', size_t(n)) != nullptr;
        m_lineBytes.push_back(0);
        m_lineUnits.push_back(0);
        qsizetype units = 0;
        for (qsizetype start = 0; start < n;) {
            const char *nl = static_cast<const char *>(std::memchr(d + start, '\n', size_t(n - start)));
            qsizetype end = nl ? nl - d : n; // the line feed ending the line, or the text's end
            if (carriageReturns) {
                // A lone "\r" before it ends a line first.
                const char *cr = static_cast<const char *>(std::memchr(d + start, '\r', size_t(end - start)));
                if (cr && (end == n || cr - d + 1 < end))
                    end = cr - d;
            }
            if (end == n)
                break;
            units += unitsIn(start, end + 1);
            m_lineBytes.push_back(end + 1);
            m_lineUnits.push_back(units);
            start = end + 1;
        }
    }

    // UTF-16 offset of the byte at (line, column), both 1-based; column may be one past the line.
    qsizetype offset(int line, int column) const
    {
        if (line < 1)
            return 0;
        if (size_t(line) > m_lineBytes.size())
            return m_text.size();
        const qsizetype lineStart = m_lineBytes[size_t(line - 1)];
        const qsizetype lineEnd = size_t(line) < m_lineBytes.size() ? m_lineBytes[size_t(line)] : m_utf8.size();
        const qsizetype target = std::min(lineStart + std::max(column - 1, 0), lineEnd);
        // Inside a multi-byte character: move past it to the next boundary.
        return std::min(m_lineUnits[size_t(line - 1)] + unitsIn(lineStart, target), m_text.size());
    }

    bool isSpaceAt(qsizetype offset) const { return offset < m_text.size() && m_text[offset].isSpace(); }

private:
    // UTF-16 code units of the characters that start in utf8[from, to): one per lead byte, two
    // for a 4-byte sequence (a surrogate pair). Written without branches, so that it vectorises.
    qsizetype unitsIn(qsizetype from, qsizetype to) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_utf8.constData());
        qsizetype units = 0;
        for (qsizetype i = from; i < to; ++i)
            units += qsizetype((p[i] & 0xC0) != 0x80) + qsizetype(p[i] >= 0xF0);
        return units;
    }

    const QByteArray &m_utf8;
    const QString &m_text;
    std::vector<qsizetype> m_lineBytes;
    std::vector<qsizetype> m_lineUnits;
};

TextRange rangeOf(cmark_node *node, const PositionMap &map)
{
    const qsizetype start = map.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    // end_column is the 1-based column of the last byte, so the byte after it is column + 1.
    qsizetype end = map.offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node) + 1);
    // cmark ends some blocks at "column 0 of the next line" (a setext heading before a blank
    // line): a range never ends in a line break.
    while (end > start && map.isSpaceAt(end - 1))
        --end;
    return {start, std::max(start, end)};
}

// The plain text of a node's inlines: what a reader sees of a heading.
QString plainText(cmark_node *node)
{
    QString out;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(node));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it.get());
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        default:
            break;
        }
    }
    return out;
}

int depthOf(cmark_node *node, cmark_node_type type)
{
    int depth = 0;
    for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p))
        if (cmark_node_get_type(p) == type)
            ++depth;
    return depth;
}

// Extension nodes (tables) have types registered at run time: compare their names.
bool isTable(cmark_node *node)
{
    return qstrcmp(cmark_node_get_type_string(node), "table") == 0;
}

bool insideTable(cmark_node *node)
{
    for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p))
        if (isTable(p))
            return true;
    return false;
}

cmark_node *enclosing(cmark_node *node, cmark_node_type type)
{
    for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p))
        if (cmark_node_get_type(p) == type)
            return p;
    return nullptr;
}

QString listMarker(cmark_node *item)
{
    cmark_node *list = cmark_node_parent(item);
    if (!list || cmark_node_get_list_type(list) != CMARK_ORDERED_LIST)
        return u"-"_s;
    int n = cmark_node_get_list_start(list);
    for (cmark_node *s = cmark_node_previous(item); s; s = cmark_node_previous(s))
        ++n;
    return QString::number(n) + (cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? u")"_s : u"."_s);
}

// A heading's title without a trailing attribute list of kramdown or Pandoc
// ("Sync {: #sync }", "Scope {#scope .intro}"): markup, not words of the title.
QString titleOf(cmark_node *heading)
{
    static const QRegularExpression attributes(u"\\s*\\{:?\\s*[#.][^{}]*\\}\\s*$"_s);
    QString title = headingTitle(plainText(heading));
    title.remove(attributes);
    return title;
}

} // namespace

qsizetype frontMatterLength(QStringView text)
{
    static const QRegularExpression key(u"^[A-Za-z_][\\w-]*\\s*:"_s);
    auto lineAt = [&](qsizetype from, qsizetype *next) {
        qsizetype end = text.indexOf(u'\n', from);
        *next = end < 0 ? text.size() : end + 1;
        QStringView line = text.mid(from, (end < 0 ? text.size() : end) - from);
        if (line.endsWith(u'\r'))
            line.chop(1);
        return line;
    };
    qsizetype next = 0;
    if (lineAt(0, &next).trimmed() != u"---" || next >= text.size())
        return 0;
    qsizetype pos = next;
    if (!key.match(lineAt(pos, &next)).hasMatch())
        return 0;
    // Every line inside reads as YAML: "key: value", an indented continuation, a list item, a
    // comment or nothing. A rule over a setext heading is not front matter.
    for (int lines = 0; lines < 200 && pos < text.size(); ++lines) {
        const QStringView raw = lineAt(pos, &next);
        const QStringView line = raw.trimmed();
        if (lines > 0 && (line == u"---" || line == u"..."))
            return next;
        const bool yaml = line.isEmpty() || raw.front().isSpace() || line.startsWith(u"- ") || line.startsWith(u'#')
                          || key.match(line).hasMatch();
        if (!yaml)
            return 0;
        pos = next;
    }
    return 0;
}

QString MarkdownImporter::format() const { return u"markdown"_s; }

QStringList MarkdownImporter::suffixes() const { return {u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s}; }

bool MarkdownImporter::sniff(const QByteArray &head) const
{
    // ATX headings at the start of a line are the one unmistakable sign of Markdown in a dump.
    return head.startsWith("# ") || head.startsWith("## ") || head.contains("\n# ") || head.contains("\n## ");
}

Result<PolicyDocument> MarkdownImporter::import(const QByteArray &bytes, const ImportOptions &options) const
{
    auto decoded = decodedDocument(bytes, options, format());
    if (!decoded)
        return decoded.error();
    PolicyDocument doc = std::move(decoded).value();
    const QByteArray utf8 = doc.text.toUtf8();
    // Front matter is fed to cmark as blank lines: it would read "---" as a rule and the metadata
    // as a heading. The line count stays, so cmark's positions still map into the text.
    QByteArray fed = utf8;
    if (const qsizetype front = frontMatterLength(doc.text); front > 0) {
        const qsizetype frontBytes = doc.text.left(front).toUtf8().size();
        QByteArray blank;
        for (qsizetype k = 0; k < frontBytes; ++k)
            if (utf8[k] == '\n' || utf8[k] == '\r')
                blank += utf8[k];
        fed = blank + utf8.mid(frontBytes);
    }

    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    // Safe mode is cmark's default: raw HTML is never passed through (STYLE.md).
    const int cmarkOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(cmarkOptions));
    // Not "autolink": it only turns bare URLs into link nodes, which changes no block and no
    // heading's text (checked on every Markdown file of the corpus), and it took half the parse.
    for (const char *name : {"table", "strikethrough", "tasklist"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), fed.constData(), size_t(fed.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
    if (!root)
        return Error{u"parse"_s, Tr::tr("%1: the Markdown could not be parsed").arg(options.fileName)};

    const PositionMap map(utf8, doc.text);
    DocumentBuilder builder(doc);

    struct Heading { cmark_node *node; int level; };
    std::vector<Heading> headings;

    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root.get()));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(node);
        switch (type) {
        case CMARK_NODE_HEADING:
            headings.push_back({node, cmark_node_get_heading_level(node)});
            break;
        case CMARK_NODE_PARAGRAPH: {
            if (insideTable(node))
                break;
            if (cmark_node *item = enclosing(node, CMARK_NODE_ITEM)) {
                builder.addBlock(BlockKind::ListItem, rangeOf(node, map), depthOf(node, CMARK_NODE_LIST),
                                 cmark_node_first_child(item) == node ? listMarker(item) : QString());
            } else if (enclosing(node, CMARK_NODE_BLOCK_QUOTE)) {
                builder.addBlock(BlockKind::Quote, rangeOf(node, map), depthOf(node, CMARK_NODE_BLOCK_QUOTE));
            } else {
                builder.addBlock(BlockKind::Paragraph, rangeOf(node, map));
            }
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            builder.addBlock(BlockKind::Code, rangeOf(node, map));
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            builder.addBlock(BlockKind::Rule, rangeOf(node, map));
            break;
        default:
            if (isTable(node))
                builder.addBlock(BlockKind::Table, rangeOf(node, map));
            break;
        }
    }

    // One level-1 heading before all others, with the rest deeper, is the document's title
    // ("# Privacy Notice" over "## …" sections), not a section around the whole text.
    size_t first = 0;
    if (!headings.empty() && headings.front().level == 1
        && std::none_of(headings.begin() + 1, headings.end(), [](const Heading &h) { return h.level == 1; })) {
        builder.setTitle(rangeOf(headings.front().node, map), titleOf(headings.front().node));
        first = 1;
    }
    for (size_t i = first; i < headings.size(); ++i)
        builder.addHeading(rangeOf(headings[i].node, map), headings[i].level, titleOf(headings[i].node));

    builder.finish(options);
    return doc;
}

} // namespace cw::doc
