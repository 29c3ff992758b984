#include "document/htmlimporter.h"

#include "common/tr.h"
#include "document/blockbuilder.h"
#include "document/plaintextimporter.h"

#include <QRegularExpression>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

struct DocDeleter { void operator()(xmlDoc *d) const { xmlFreeDoc(d); } };

QString nameOf(const xmlNode *node)
{
    return node->name ? QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower() : QString();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *v = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!v)
        return {};
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return s;
}

bool isSkipped(const xmlNode *node, const QString &name)
{
    static const QStringList skipped = {
        u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"svg"_s, u"math"_s, u"head"_s,
        u"nav"_s, u"header"_s, u"footer"_s, u"aside"_s, u"form"_s, u"button"_s, u"select"_s,
        u"iframe"_s, u"object"_s, u"canvas"_s, u"dialog"_s};
    if (skipped.contains(name))
        return true;
    const QString role = attribute(node, "role").toLower();
    if (role == u"navigation"_s || role == u"banner"_s || role == u"contentinfo"_s || role == u"search"_s)
        return true;
    if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("hidden")) || attribute(node, "aria-hidden") == u"true"_s)
        return true;
    return false;
}

bool isBlock(const QString &name)
{
    static const QStringList blocks = {
        u"p"_s, u"div"_s, u"section"_s, u"article"_s, u"main"_s, u"body"_s, u"li"_s, u"ul"_s, u"ol"_s,
        u"dl"_s, u"dt"_s, u"dd"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"table"_s,
        u"tr"_s, u"blockquote"_s, u"pre"_s, u"hr"_s, u"address"_s, u"figure"_s, u"figcaption"_s,
        u"details"_s, u"summary"_s, u"center"_s, u"caption"_s};
    return blocks.contains(name);
}

// The HTML name an element of a generic XML document stands for: <title>/<heading> with a
// depth or level attribute is a heading, <paragraph>/<para> a paragraph, <list>/<item> a list,
// <segment>/<chapter>/<part> a section. (Policy corpora such as GoPPC-150 use this shape.)
// <head> is left alone: the HTML parser, which reads what the XML one cannot, makes one.
QString xmlAsHtml(const xmlNode *node, const QString &name)
{
    if (name == u"title"_s || name == u"heading"_s) {
        bool ok = false;
        int level = attribute(node, "depth").toInt(&ok);
        if (!ok)
            level = attribute(node, "level").toInt(&ok);
        return u"h"_s + QString::number(ok ? std::clamp(level, 1, 6) : 2);
    }
    if (name == u"paragraph"_s || name == u"para"_s)
        return u"p"_s;
    if (name == u"item"_s)
        return u"li"_s;
    if (name == u"list"_s)
        return u"ul"_s;
    if (name == u"segment"_s || name == u"chapter"_s || name == u"part"_s)
        return u"section"_s;
    return name;
}

int headingLevel(const QString &name)
{
    if (name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6')
        return name[1].unicode() - u'0';
    return 0;
}

// Walks the DOM without recursion (deeply nested markup is a fuzzing classic) and writes
// the text a reader sees: one line per block, a blank line between paragraphs.
class Extractor
{
public:
    struct Heading { TextRange range; int level; QString title; };
    struct Item { BlockKind kind; TextRange range; int depth; QString marker; };

    explicit Extractor(bool xml) : m_xml(xml) {}

    QString text;
    std::vector<Heading> headings;
    std::vector<Item> blocks;
    QString pageTitle;

    void run(xmlNode *root)
    {
        struct Frame { xmlNode *node; bool entered; qsizetype start; };
        std::vector<Frame> stack{{root, false, 0}};
        while (!stack.empty()) {
            Frame &f = stack.back();
            xmlNode *node = f.node;
            if (f.entered) {
                leave(node, f.start);
                stack.pop_back();
                continue;
            }
            f.entered = true;
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
                stack.pop_back();
                continue;
            }
            if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE
                && node->type != XML_HTML_DOCUMENT_NODE) {
                stack.pop_back();
                continue;
            }
            const QString name = elementName(node);
            if (!m_xml && name == u"head"_s && pageTitle.isEmpty())
                readPageTitle(node);
            if (node->type == XML_ELEMENT_NODE && isSkipped(node, name)) {
                stack.pop_back();
                continue;
            }
            enter(node, name);
            f.start = text.size();
            // Children in reverse, so the first is processed first.
            std::vector<xmlNode *> children;
            for (xmlNode *c = node->children; c; c = c->next)
                children.push_back(c);
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back({*it, false, 0});
        }
        trimTrailing();
    }

private:
    bool m_xml = false;
    int m_listDepth = 0;
    int m_headingDepth = 0;
    qsizetype m_markerEnd = -1; // where the text stood right after the last list marker
    int m_pre = 0;
    std::vector<int> m_counters;
    bool m_pendingSpace = false;
    bool m_firstCell = true;

    QString elementName(const xmlNode *node) const
    {
        const QString name = nameOf(node);
        return m_xml && node->type == XML_ELEMENT_NODE ? xmlAsHtml(node, name) : name;
    }

    void readPageTitle(xmlNode *head)
    {
        for (xmlNode *c = head->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE && nameOf(c) == u"title"_s) {
                xmlChar *content = xmlNodeGetContent(c);
                pageTitle = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
                xmlFree(content);
                return;
            }
        }
    }

    void trimTrailing()
    {
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
    }

    void breakLine(bool blankLine)
    {
        m_pendingSpace = false;
        if (text.size() == m_markerEnd)
            return; // "<li><p>…": the paragraph continues the item's line
        while (!text.isEmpty() && (text.back() == u' ' || text.back() == u'\t'))
            text.chop(1);
        if (text.isEmpty())
            return;
        if (!text.endsWith(u'\n'))
            text += u'\n';
        if (blankLine && !text.endsWith(u"\n\n"_s))
            text += u'\n';
    }

    void appendText(const QString &raw)
    {
        if (m_pre) {
            text += raw;
            return;
        }
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar ch = raw[i];
            if (ch.isSpace() && ch != QChar(0x00A0)) {
                m_pendingSpace = true;
                continue;
            }
            // "|||" separates hand-made segments in annotated policy sets (OPP-115): a
            // paragraph break, never text.
            if (ch == u'|' && QStringView(raw).mid(i, 3) == u"|||") {
                while (i + 1 < raw.size() && raw[i + 1] == u'|')
                    ++i;
                breakLine(true);
                continue;
            }
            if (m_pendingSpace && !text.isEmpty() && !text.endsWith(u'\n') && !text.endsWith(u' '))
                text += u' ';
            m_pendingSpace = false;
            text += ch;
        }
    }

    void enter(xmlNode *node, const QString &name)
    {
        if (name == u"br"_s) {
            // One <br> ends a line; a second in a row leaves an empty line, as browsers show it.
            breakLine(text.endsWith(u'\n'));
            return;
        }
        if (name == u"td"_s || name == u"th"_s) {
            if (!m_firstCell)
                text += u" | "_s;
            m_firstCell = false;
            m_pendingSpace = false;
            return;
        }
        if (!isBlock(name))
            return;
        const bool nestedList = (name == u"ul"_s || name == u"ol"_s) && m_listDepth > 0;
        breakLine(!(name == u"li"_s || name == u"tr"_s || name == u"dd"_s || nestedList));
        if (headingLevel(name) > 0)
            ++m_headingDepth;
        if (name == u"tr"_s)
            m_firstCell = true;
        if (name == u"ul"_s || name == u"ol"_s) {
            ++m_listDepth;
            m_counters.push_back(name == u"ol"_s ? std::max(1, attribute(node, "start").toInt()) : 0);
        } else if (name == u"li"_s) {
            const int n = m_counters.empty() ? 0 : m_counters.back();
            const QString marker = n > 0 ? QString::number(n) + u'.' : u"-"_s;
            if (n > 0)
                ++m_counters.back();
            // Indentation shows nesting up to a point: deeper lists would make the text grow
            // with the square of their depth.
            text += QString(2 * std::clamp(m_listDepth - 1, 0, 8), u' ') + marker + u' ';
            m_markerEnd = text.size();
        } else if (name == u"pre"_s) {
            ++m_pre;
        }
    }

    void leave(xmlNode *node, qsizetype start)
    {
        if (node->type != XML_ELEMENT_NODE)
            return;
        const QString name = elementName(node);
        if (!isBlock(name))
            return;
        // The block's text, without the surrounding line breaks.
        qsizetype s = start, e = text.size();
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (const int level = headingLevel(name); level > 0) {
            // A heading inside a heading (an unclosed <h2>) is part of the outer one's text.
            if (--m_headingDepth == 0 && e > s)
                headings.push_back({{s, e}, level, headingTitle(QStringView(text).mid(s, e - s))});
        } else if (name == u"li"_s && e > s) {
            const qsizetype eol = text.indexOf(u'\n', s);
            blocks.push_back({BlockKind::ListItem, {s, eol < 0 || eol > e ? e : eol}, m_listDepth, {}});
        } else if (name == u"p"_s && e > s) {
            blocks.push_back({BlockKind::Paragraph, {s, e}, 0, {}});
        } else if (name == u"table"_s && e > s) {
            blocks.push_back({BlockKind::Table, {s, e}, 0, {}});
        } else if (name == u"pre"_s) {
            --m_pre;
            if (e > s)
                blocks.push_back({BlockKind::Code, {s, e}, 0, {}});
        } else if (name == u"ul"_s || name == u"ol"_s) {
            --m_listDepth;
            m_counters.pop_back();
        }
        const bool nestedList = (name == u"ul"_s || name == u"ol"_s) && m_listDepth > 0;
        breakLine(!(name == u"li"_s || name == u"tr"_s || name == u"td"_s || name == u"dt"_s || nestedList));
    }
};

} // namespace

QString HtmlImporter::format() const { return u"html"_s; }

QStringList HtmlImporter::suffixes() const { return {u"html"_s, u"htm"_s, u"xhtml"_s}; }

bool HtmlImporter::sniff(const QByteArray &head) const
{
    const QByteArray h = head.left(1024).toLower();
    return h.contains("<!doctype html") || h.contains("<html") || h.contains("<body") || h.contains("<p>");
}

Result<PolicyDocument> HtmlImporter::import(const QByteArray &bytes, const ImportOptions &options) const
{
    return importMarkup(bytes, options, false);
}

QString XmlImporter::format() const { return u"xml"_s; }

QStringList XmlImporter::suffixes() const { return {u"xml"_s}; }

bool XmlImporter::sniff(const QByteArray &head) const
{
    const QByteArray h = head.left(1024).toLower();
    return h.contains("<?xml") && !h.contains("<html");
}

Result<PolicyDocument> XmlImporter::import(const QByteArray &bytes, const ImportOptions &options) const
{
    return HtmlImporter::importMarkup(bytes, options, true);
}

Result<PolicyDocument> HtmlImporter::importMarkup(const QByteArray &bytes, const ImportOptions &options, bool xml)
{
    auto decoded = decodedDocument(bytes, options, xml ? u"xml"_s : u"html"_s);
    if (!decoded)
        return decoded.error();
    PolicyDocument doc = std::move(decoded).value();

    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });

    QByteArray utf8 = doc.text.toUtf8();
    if (xml) {
        // The commonest fault of hand-made XML, a bare "&", would cost its text: escape it.
        static const QRegularExpression bareAmpersand(u"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);)"_s);
        utf8 = doc.text.replace(bareAmpersand, u"&amp;"_s).toUtf8();
    }
    std::unique_ptr<xmlDoc, DocDeleter> html;
    if (xml) // the XML parser keeps <title> where it stands, and recovers from errors
        html.reset(xmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                 XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET
                                     | XML_PARSE_HUGE));
    if (!html)
        html.reset(htmlReadMemory(
            utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE));

    Extractor ex(xml);
    if (html)
        ex.run(reinterpret_cast<xmlNode *>(html.get()));
    doc.text = std::move(ex.text);
    if (doc.text.trimmed().isEmpty())
        return Error{u"empty"_s, Tr::tr("%1: the page has no text").arg(options.fileName)};

    DocumentBuilder builder(doc);
    if (ex.headings.empty()) {
        // Pages that mark headings up as bold paragraphs: recover them as in plain text.
        recoverPlainTextStructure(doc, builder);
    } else {
        for (const auto &b : ex.blocks)
            builder.addBlock(b.kind, b.range, b.depth, b.marker);
        size_t first = 0;
        const auto &hs = ex.headings;
        if (hs.front().level == 1
            && std::none_of(hs.begin() + 1, hs.end(), [](const Extractor::Heading &h) { return h.level == 1; })) {
            builder.setTitle(hs.front().range, hs.front().title);
            first = 1;
        }
        for (size_t i = first; i < hs.size(); ++i)
            builder.addHeading(hs[i].range, hs[i].level, hs[i].title);
    }
    builder.finish(options);
    if (doc.title.isEmpty() && !ex.pageTitle.isEmpty())
        doc.title = ex.pageTitle;
    return doc;
}

} // namespace cw::doc
