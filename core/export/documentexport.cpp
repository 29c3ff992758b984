#include "export/documentexport.h"

#include "common/tr.h"
#include "common/zip.h"
#include "document/markdownhtml.h"
#include "export/docxpackage.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace cw::exporting {

namespace {

// Markdown's inline markup resolved to the text a reader sees (cmark-gfm), less what cmark
// reads as text but is markup here: comments that span lines and kramdown attribute lists.
QString plainMarkdown(QString t)
{
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attributes(u"\\{:[^}]*\\}"_s);
    t.remove(comment);
    t.remove(attributes);
    return doc::markdownInlineText(t);
}

bool isTableSeparator(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && t.contains(u'-')
           && std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'|' || c == u'-' || c == u':' || c.isSpace(); });
}

QStringList tableCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|'))
        line.remove(0, 1);
    if (line.endsWith(u'|') && !line.endsWith(u"\\|"_s))
        line.chop(1);
    QStringList cells;
    for (const QString &cell : line.split(u'|'))
        cells << cell.trimmed();
    return cells;
}

QString titleOf(const doc::PolicyDocument &document, const DocumentExportOptions &options)
{
    if (!options.title.isEmpty())
        return options.title;
    if (!document.title.isEmpty())
        return document.title;
    return document.fileName.isEmpty() || document.fileName == u"-"_s ? Tr::tr("Privacy policy") : document.fileName;
}

// Whether `other` (may be null) is an item of the same list or a row of the same table as `b`.
bool sameGroup(const ExportBlock *other, const ExportBlock &b)
{
    return other && other->kind == b.kind && b.group >= 0 && other->group == b.group;
}

} // namespace

std::vector<ExportBlock> exportBlocks(const doc::PolicyDocument &document)
{
    const bool markdown = document.format == u"markdown"_s;
    auto plain = [&](const QString &raw) { return (markdown ? plainMarkdown(raw) : raw).simplified(); };
    static const QRegularExpression listMarker(uR"(^\s*(?:[-*+•·▪●◦–]|\(?[0-9]{1,3}[.)]|\(?[a-zа-я][.)]|\(?[ivx]{1,5}[.)])\s+)"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    // A heading's level as the section tree has it (a Markdown "##" under a "#" title is level 1).
    std::map<qsizetype, int> sectionLevel;
    for (const doc::Section *section : document.flatSections())
        sectionLevel[section->heading.start] = section->level;
    std::vector<ExportBlock> out;
    int groups = 0;
    bool inList = false;
    int topOrdered = -1; // whether the current list's top-level items are numbered
    for (const doc::Block &b : document.blocks) {
        const QString raw = document.textOf(b.range);
        if (b.kind != doc::BlockKind::ListItem)
            inList = false;
        switch (b.kind) {
        case doc::BlockKind::Heading: {
            QString line = raw.section(u'\n', 0, 0);
            if (markdown) { // "## Title ##" and setext headings
                static const QRegularExpression hashes(u"^\\s{0,3}#{1,6}\\s*|\\s+#+\\s*$"_s);
                line.remove(hashes);
            }
            ExportBlock e;
            e.kind = b.level == 0 ? ExportBlock::Title : ExportBlock::Heading;
            const auto level = sectionLevel.find(b.range.start);
            e.level = std::clamp(level != sectionLevel.end() ? level->second : b.level, 1, 6);
            e.text = plain(line);
            if (!e.text.isEmpty())
                out.push_back(std::move(e));
            break;
        }
        case doc::BlockKind::ListItem: {
            ExportBlock e;
            e.kind = ExportBlock::ListItem;
            e.level = std::max(1, b.level);
            QString text = raw;
            const auto m = listMarker.match(text);
            const QString marker = b.marker.isEmpty() && m.hasMatch() ? m.captured().trimmed() : b.marker;
            if (m.hasMatch())
                text = text.mid(m.capturedLength());
            e.ordered = !marker.isEmpty() && (marker.front().isDigit() || marker.front().isLetter() || marker.front() == u'(');
            // A new list: after other blocks, or a top-level item that switches between bullets
            // and numbers (two Markdown lists one after the other).
            if (!inList || (e.level == 1 && topOrdered != -1 && topOrdered != int(e.ordered)))
                ++groups;
            if (!inList)
                topOrdered = -1;
            if (e.level == 1)
                topOrdered = int(e.ordered);
            inList = true;
            e.group = groups;
            e.text = plain(text);
            if (!e.text.isEmpty())
                out.push_back(std::move(e));
            break;
        }
        case doc::BlockKind::Table: {
            const int table = ++groups;
            for (const QString &line : raw.split(u'\n')) {
                if (line.trimmed().isEmpty() || isTableSeparator(line))
                    continue;
                ExportBlock e;
                e.kind = ExportBlock::TableRow;
                e.group = table;
                for (const QString &cell : tableCells(line))
                    e.cells << plain(cell);
                e.text = e.cells.join(u" | "_s);
                out.push_back(std::move(e));
            }
            break;
        }
        case doc::BlockKind::Rule:
            out.push_back({ExportBlock::Rule, 0, false, -1, {}, {}});
            break;
        case doc::BlockKind::Quote:
        case doc::BlockKind::Paragraph:
        case doc::BlockKind::Code: {
            QString text = raw;
            if (b.kind == doc::BlockKind::Quote) {
                static const QRegularExpression quoteMarks(u"(^|\\n)\\s*>\\s?"_s);
                text.replace(quoteMarks, u"\\1"_s);
            }
            ExportBlock e;
            e.text = b.kind == doc::BlockKind::Code ? text.trimmed() : plain(text);
            if (!e.text.isEmpty())
                out.push_back(std::move(e));
            break;
        }
        }
    }
    // A title the importer recognised without a block of its own (plain text).
    if (!document.title.isEmpty()
        && std::none_of(out.begin(), out.end(), [](const ExportBlock &e) { return e.kind == ExportBlock::Title; }))
        out.insert(out.begin(), ExportBlock{ExportBlock::Title, 1, false, -1, document.title, {}});
    return out;
}

QString documentMarkdown(const doc::PolicyDocument &document)
{
    if (document.format == u"markdown"_s)
        return document.text;
    const auto blocks = exportBlocks(document);
    const bool titled = std::any_of(blocks.begin(), blocks.end(), [](const ExportBlock &e) { return e.kind == ExportBlock::Title; });
    auto escaped = [](const QString &t) {
        static const QRegularExpression looksLikeMarkup(u"^(?:[#>*+-]|\\d+[.)])"_s);
        return looksLikeMarkup.match(t).hasMatch() ? u"\\"_s + t : t;
    };
    QString out;
    const ExportBlock *previous = nullptr;
    std::map<int, int> numbers; // per list and depth
    for (const ExportBlock &e : blocks) {
        const bool tight = sameGroup(previous, e); // items of one list, rows of one table
        if (!out.isEmpty())
            out += tight ? u"\n"_s : u"\n\n"_s;
        switch (e.kind) {
        case ExportBlock::Title:
            out += u"# "_s + e.text;
            break;
        case ExportBlock::Heading:
            out += QString(std::min(6, e.level + (titled ? 1 : 0)), u'#') + u' ' + e.text;
            break;
        case ExportBlock::ListItem: {
            const int n = ++numbers[e.group * 16 + e.level];
            out += QString(2 * (e.level - 1) + (e.ordered && e.level > 1 ? e.level - 1 : 0), u' ')
                   + (e.ordered ? QString::number(n) + u'.' : u"-"_s) + u' ' + e.text;
            break;
        }
        case ExportBlock::TableRow: {
            QStringList cells;
            for (QString cell : e.cells)
                cells << cell.replace(u'|', u"\\|"_s);
            out += u"| "_s + cells.join(u" | "_s) + u" |"_s;
            if (!sameGroup(previous, e))
                out += u"\n|"_s + QString(u" --- |"_s).repeated(int(e.cells.size()));
            break;
        }
        case ExportBlock::Rule:
            out += u"---"_s;
            break;
        case ExportBlock::Paragraph:
            out += escaped(e.text);
            break;
        }
        previous = &e;
    }
    return out + u'\n';
}

QString documentHtml(const doc::PolicyDocument &document, const DocumentExportOptions &options)
{
    const auto blocks = exportBlocks(document);
    const QString title = titleOf(document, options);
    const QString lang = document.language == text::Language::Russian ? u"ru"_s : u"en"_s;
    QString toc, body;
    int headingNumber = 0;
    int tocLevel = 0;
    QStringList openLists;
    for (size_t k = 0; k < blocks.size(); ++k) {
        const ExportBlock &e = blocks[k];
        const ExportBlock *previous = k > 0 ? &blocks[k - 1] : nullptr;
        const ExportBlock *next = k + 1 < blocks.size() ? &blocks[k + 1] : nullptr;
        switch (e.kind) {
        case ExportBlock::Title:
            body += u"<h1 class=\"title\">"_s + e.text.toHtmlEscaped() + u"</h1>\n"_s;
            break;
        case ExportBlock::Heading: {
            const QString id = u"section-"_s + QString::number(++headingNumber);
            const int level = std::min(6, e.level + 1);
            body += u"<h%1 id=\"%2\">"_s.arg(level).arg(id) + e.text.toHtmlEscaped() + u"</h%1>\n"_s.arg(level);
            while (tocLevel < e.level) {
                toc += u"<ul>"_s;
                ++tocLevel;
            }
            while (tocLevel > e.level) {
                toc += u"</ul>"_s;
                --tocLevel;
            }
            toc += u"<li><a href=\"#%1\">"_s.arg(id) + e.text.toHtmlEscaped() + u"</a></li>\n"_s;
            break;
        }
        case ExportBlock::ListItem: {
            // Lists open and close as the depth changes; a nested list goes inside its item.
            const bool sameList = sameGroup(previous, e);
            const bool lastInList = !sameGroup(next, e);
            if (!sameList)
                openLists.clear();
            if (int(openLists.size()) < e.level) {
                while (int(openLists.size()) < e.level) {
                    openLists.push_back(e.ordered ? u"ol"_s : u"ul"_s);
                    body += u"<"_s + openLists.back() + u">\n"_s;
                }
            } else {
                body += u"</li>\n"_s;
                while (int(openLists.size()) > e.level) {
                    body += u"</"_s + openLists.back() + u">\n</li>\n"_s;
                    openLists.pop_back();
                }
            }
            body += u"<li>"_s + e.text.toHtmlEscaped();
            if (lastInList) {
                body += u"</li>\n"_s;
                while (!openLists.empty()) {
                    body += u"</"_s + openLists.back() + u">\n"_s;
                    openLists.pop_back();
                    if (!openLists.empty())
                        body += u"</li>\n"_s;
                }
            }
            break;
        }
        case ExportBlock::TableRow: {
            const bool first = !sameGroup(previous, e);
            const bool last = !sameGroup(next, e);
            if (first)
                body += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"_s;
            body += u"<tr>"_s;
            for (const QString &cell : e.cells)
                body += (first ? u"<th>"_s : u"<td>"_s) + cell.toHtmlEscaped() + (first ? u"</th>"_s : u"</td>"_s);
            body += u"</tr>\n"_s;
            if (last)
                body += u"</table>\n"_s;
            break;
        }
        case ExportBlock::Rule:
            body += u"<hr>\n"_s;
            break;
        case ExportBlock::Paragraph:
            body += u"<p>"_s + e.text.toHtmlEscaped() + u"</p>\n"_s;
            break;
        }
    }
    while (tocLevel > 0) {
        toc += u"</ul>"_s;
        --tocLevel;
    }
    QString page = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(lang);
    page += u"<meta name=\"generator\" content=\"Clausewright\">\n<title>"_s + title.toHtmlEscaped() + u"</title>\n"_s;
    page += uR"(<style>
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1b1b1b;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1.title { font-size: 1.8em; line-height: 1.15; margin-bottom: 0.5em; }
h2, h3, h4, h5, h6 { margin-top: 1.4em; line-height: 1.15; }
nav.toc { border: 1px solid #c9d8ec; background: #f5f8fc; padding: 0.5em 1.2em; margin: 1em 0 2em; }
nav.toc ul { padding-left: 1.2em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #9bb3d3; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
th { background: #eef3fa; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  nav.toc { border: none; background: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { page-break-after: avoid; }
  table, li { page-break-inside: avoid; }
}
</style>
</head>
<body>
)"_s;
    if (!toc.isEmpty())
        // In the policy's language, whatever the language of the program's menus.
        page += u"<nav class=\"toc\"><p><b>"_s
                + (document.language == text::Language::Russian ? u"Содержание"_s : u"Contents"_s) + u"</b></p>\n"_s
                + toc + u"\n</nav>\n"_s;
    // The title first, then the table of contents.
    if (body.startsWith(u"<h1 class=\"title\">"_s)) {
        const qsizetype end = body.indexOf(u"</h1>\n"_s) + 6;
        page.insert(page.indexOf(u"<body>\n"_s) + 7, body.left(end));
        body.remove(0, end);
    }
    page += body + u"</body>\n</html>\n"_s;
    return page;
}

namespace {

using docx::W;

void writeRun(QXmlStreamWriter &xml, const QString &text)
{
    xml.writeStartElement(W, u"r"_s);
    xml.writeStartElement(W, u"t"_s);
    xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
    xml.writeCharacters(docx::xmlSafeString(text));
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text, int numId = 0, int ilvl = 0)
{
    xml.writeStartElement(W, u"p"_s);
    if (!style.isEmpty() || numId > 0) {
        xml.writeStartElement(W, u"pPr"_s);
        if (!style.isEmpty()) {
            xml.writeEmptyElement(W, u"pStyle"_s);
            xml.writeAttribute(W, u"val"_s, style);
        }
        if (numId > 0) {
            xml.writeStartElement(W, u"numPr"_s);
            xml.writeEmptyElement(W, u"ilvl"_s);
            xml.writeAttribute(W, u"val"_s, QString::number(ilvl));
            xml.writeEmptyElement(W, u"numId"_s);
            xml.writeAttribute(W, u"val"_s, QString::number(numId));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!text.isEmpty())
        writeRun(xml, text);
    xml.writeEndElement();
}

// Two list definitions (bullets; "1.", "1.1.", …) and one numbering instance per list, so that
// each numbered list starts at 1.
QByteArray numberingXml(const std::vector<std::pair<int, bool>> &lists)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(W, u"w"_s);
    xml.writeStartElement(W, u"numbering"_s);
    for (int abstract = 0; abstract < 2; ++abstract) {
        xml.writeStartElement(W, u"abstractNum"_s);
        xml.writeAttribute(W, u"abstractNumId"_s, QString::number(abstract));
        xml.writeEmptyElement(W, u"multiLevelType"_s);
        xml.writeAttribute(W, u"val"_s, u"hybridMultilevel"_s);
        QString levelText;
        for (int level = 0; level < 9; ++level) {
            levelText += u"%"_s + QString::number(level + 1) + u'.';
            xml.writeStartElement(W, u"lvl"_s);
            xml.writeAttribute(W, u"ilvl"_s, QString::number(level));
            xml.writeEmptyElement(W, u"start"_s);
            xml.writeAttribute(W, u"val"_s, u"1"_s);
            xml.writeEmptyElement(W, u"numFmt"_s);
            xml.writeAttribute(W, u"val"_s, abstract == 0 ? u"bullet"_s : u"decimal"_s);
            xml.writeEmptyElement(W, u"lvlText"_s);
            xml.writeAttribute(W, u"val"_s, abstract == 0 ? u"•"_s : levelText);
            xml.writeEmptyElement(W, u"lvlJc"_s);
            xml.writeAttribute(W, u"val"_s, u"left"_s);
            xml.writeStartElement(W, u"pPr"_s);
            xml.writeEmptyElement(W, u"ind"_s);
            xml.writeAttribute(W, u"left"_s, QString::number(360 + 360 * level + (abstract == 0 ? 0 : 120 * level)));
            xml.writeAttribute(W, u"hanging"_s, QString::number(abstract == 0 ? 360 : 360 + 120 * level));
            xml.writeEndElement(); // pPr
            xml.writeEndElement(); // lvl
        }
        xml.writeEndElement(); // abstractNum
    }
    for (const auto &[numId, ordered] : lists) {
        xml.writeStartElement(W, u"num"_s);
        xml.writeAttribute(W, u"numId"_s, QString::number(numId));
        xml.writeEmptyElement(W, u"abstractNumId"_s);
        xml.writeAttribute(W, u"val"_s, ordered ? u"1"_s : u"0"_s);
        if (ordered) {
            xml.writeStartElement(W, u"lvlOverride"_s);
            xml.writeAttribute(W, u"ilvl"_s, u"0"_s);
            xml.writeEmptyElement(W, u"startOverride"_s);
            xml.writeAttribute(W, u"val"_s, u"1"_s);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

Result<QByteArray> documentDocx(const doc::PolicyDocument &document, const DocumentExportOptions &options)
{
    const auto blocks = exportBlocks(document);
    const QDateTime when = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc();
    const QString date = when.toUTC().toString(Qt::ISODate);

    std::vector<std::pair<int, bool>> lists; // numId, numbered
    std::map<int, int> numIdOf;               // list group → numId
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(W, u"w"_s);
    xml.writeStartElement(W, u"document"_s);
    xml.writeStartElement(W, u"body"_s);
    for (size_t k = 0; k < blocks.size(); ++k) {
        const ExportBlock &e = blocks[k];
        switch (e.kind) {
        case ExportBlock::Title:
            writeParagraph(xml, u"Title"_s, e.text);
            break;
        case ExportBlock::Heading:
            writeParagraph(xml, u"Heading"_s + QString::number(std::clamp(e.level, 1, 6)), e.text);
            break;
        case ExportBlock::ListItem: {
            auto it = numIdOf.find(e.group);
            if (it == numIdOf.end()) {
                it = numIdOf.emplace(e.group, int(lists.size()) + 1).first;
                lists.emplace_back(it->second, e.ordered);
            }
            writeParagraph(xml, u"ListParagraph"_s, e.text, it->second, std::clamp(e.level - 1, 0, 8));
            break;
        }
        case ExportBlock::TableRow: {
            const bool first = !sameGroup(k > 0 ? &blocks[k - 1] : nullptr, e);
            const bool last = !sameGroup(k + 1 < blocks.size() ? &blocks[k + 1] : nullptr, e);
            if (first) {
                xml.writeStartElement(W, u"tbl"_s);
                xml.writeStartElement(W, u"tblPr"_s);
                xml.writeEmptyElement(W, u"tblW"_s);
                xml.writeAttribute(W, u"w"_s, u"5000"_s);
                xml.writeAttribute(W, u"type"_s, u"pct"_s);
                xml.writeStartElement(W, u"tblBorders"_s);
                for (const QString &side : {u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s}) {
                    xml.writeEmptyElement(W, side);
                    xml.writeAttribute(W, u"val"_s, u"single"_s);
                    xml.writeAttribute(W, u"sz"_s, u"4"_s);
                    xml.writeAttribute(W, u"space"_s, u"0"_s);
                    xml.writeAttribute(W, u"color"_s, u"9BB3D3"_s);
                }
                xml.writeEndElement(); // tblBorders
                xml.writeEndElement(); // tblPr
            }
            xml.writeStartElement(W, u"tr"_s);
            for (const QString &cell : e.cells) {
                xml.writeStartElement(W, u"tc"_s);
                writeParagraph(xml, {}, cell);
                xml.writeEndElement();
            }
            xml.writeEndElement(); // tr
            if (last)
                xml.writeEndElement(); // tbl
            break;
        }
        case ExportBlock::Rule:
            writeParagraph(xml, {}, {});
            break;
        case ExportBlock::Paragraph:
            writeParagraph(xml, {}, e.text);
            break;
        }
    }
    docx::writeA4Section(xml);
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document
    xml.writeEndDocument();

    const QString officeRel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s;
    const QString title = docx::xmlSafeString(titleOf(document, options));
    return writeZip(
        {
            {u"[Content_Types].xml"_s, docx::contentTypesXml(true)},
            {u"_rels/.rels"_s,
             docx::relationshipsXml(
                 {{u"rId1"_s, officeRel + u"officeDocument"_s, u"word/document.xml"_s},
                  {u"rId2"_s, u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
                   u"docProps/core.xml"_s}})},
            {u"word/document.xml"_s, body},
            {u"word/styles.xml"_s, docx::stylesXml(document.language)},
            {u"word/settings.xml"_s, docx::settingsXml(false)},
            {u"word/numbering.xml"_s, numberingXml(lists)},
            {u"word/_rels/document.xml.rels"_s,
             docx::relationshipsXml({{u"rId1"_s, officeRel + u"styles"_s, u"styles.xml"_s},
                                     {u"rId2"_s, officeRel + u"settings"_s, u"settings.xml"_s},
                                     {u"rId3"_s, officeRel + u"numbering"_s, u"numbering.xml"_s}})},
            {u"docProps/core.xml"_s, docx::corePropertiesXml(title, {}, u"Clausewright"_s, date, document.language)},
        },
        when);
}

namespace {

const QString OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString StyleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString TableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString FoNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;

void odfNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(OfficeNs, u"office"_s);
    xml.writeNamespace(StyleNs, u"style"_s);
    xml.writeNamespace(TextNs, u"text"_s);
    xml.writeNamespace(TableNs, u"table"_s);
    xml.writeNamespace(FoNs, u"fo"_s);
}

void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &display, const QString &size, bool bold,
                    int outline = 0)
{
    xml.writeStartElement(StyleNs, u"style"_s);
    xml.writeAttribute(StyleNs, u"name"_s, name);
    xml.writeAttribute(StyleNs, u"display-name"_s, display);
    xml.writeAttribute(StyleNs, u"family"_s, u"paragraph"_s);
    if (name != u"Standard"_s)
        xml.writeAttribute(StyleNs, u"parent-style-name"_s, u"Standard"_s);
    if (outline > 0)
        xml.writeAttribute(StyleNs, u"default-outline-level"_s, QString::number(outline));
    xml.writeEmptyElement(StyleNs, u"paragraph-properties"_s);
    xml.writeAttribute(FoNs, u"margin-top"_s, outline > 0 || name == u"Title"_s ? u"0.4cm"_s : u"0cm"_s);
    xml.writeAttribute(FoNs, u"margin-bottom"_s, u"0.21cm"_s);
    xml.writeEmptyElement(StyleNs, u"text-properties"_s);
    xml.writeAttribute(FoNs, u"font-size"_s, size);
    if (bold)
        xml.writeAttribute(FoNs, u"font-weight"_s, u"bold"_s);
    xml.writeEndElement();
}

QByteArray odtStyles(text::Language language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s);
    xml.writeStartElement(OfficeNs, u"document-styles"_s);
    odfNamespaces(xml);
    xml.writeAttribute(OfficeNs, u"version"_s, u"1.2"_s);
    xml.writeStartElement(OfficeNs, u"styles"_s);
    xml.writeStartElement(StyleNs, u"default-style"_s);
    xml.writeAttribute(StyleNs, u"family"_s, u"paragraph"_s);
    xml.writeEmptyElement(StyleNs, u"text-properties"_s);
    xml.writeAttribute(FoNs, u"language"_s, language == text::Language::Russian ? u"ru"_s : u"en"_s);
    xml.writeAttribute(FoNs, u"country"_s, language == text::Language::Russian ? u"RU"_s : u"US"_s);
    xml.writeEndElement();
    paragraphStyle(xml, u"Standard"_s, u"Default Paragraph Style"_s, u"11pt"_s, false);
    paragraphStyle(xml, u"Title"_s, u"Title"_s, u"20pt"_s, true);
    const QString sizes[] = {u"16pt"_s, u"14pt"_s, u"12pt"_s, u"11pt"_s, u"11pt"_s, u"11pt"_s};
    for (int level = 1; level <= 6; ++level)
        paragraphStyle(xml, u"Heading_20_"_s + QString::number(level), u"Heading "_s + QString::number(level),
                       sizes[level - 1], true, level);
    xml.writeEndElement(); // styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

void odtListStyles(QXmlStreamWriter &xml)
{
    for (const bool numbered : {false, true}) {
        xml.writeStartElement(TextNs, u"list-style"_s);
        xml.writeAttribute(StyleNs, u"name"_s, numbered ? u"LNumbered"_s : u"LBullets"_s);
        for (int level = 1; level <= 10; ++level) {
            xml.writeStartElement(TextNs, numbered ? u"list-level-style-number"_s : u"list-level-style-bullet"_s);
            xml.writeAttribute(TextNs, u"level"_s, QString::number(level));
            if (numbered) {
                xml.writeAttribute(StyleNs, u"num-format"_s, u"1"_s);
                xml.writeAttribute(StyleNs, u"num-suffix"_s, u"."_s);
                xml.writeAttribute(TextNs, u"display-levels"_s, QString::number(level));
            } else {
                xml.writeAttribute(TextNs, u"bullet-char"_s, u"•"_s);
            }
            xml.writeEmptyElement(StyleNs, u"list-level-properties"_s);
            xml.writeAttribute(TextNs, u"space-before"_s, QString::number(0.6 * (level - 1), 'f', 1) + u"cm"_s);
            xml.writeAttribute(TextNs, u"min-label-width"_s, numbered ? u"0.9cm"_s : u"0.6cm"_s);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}

} // namespace

Result<QByteArray> documentOdt(const doc::PolicyDocument &document, const DocumentExportOptions &options)
{
    const auto blocks = exportBlocks(document);
    const QDateTime when = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc();
    QByteArray content;
    QXmlStreamWriter xml(&content);
    xml.writeStartDocument(u"1.0"_s);
    xml.writeStartElement(OfficeNs, u"document-content"_s);
    odfNamespaces(xml);
    xml.writeAttribute(OfficeNs, u"version"_s, u"1.2"_s);
    xml.writeStartElement(OfficeNs, u"automatic-styles"_s);
    odtListStyles(xml);
    xml.writeEndElement();
    xml.writeStartElement(OfficeNs, u"body"_s);
    xml.writeStartElement(OfficeNs, u"text"_s);
    int openLists = 0; // nested <text:list> elements open, each inside an open <text:list-item>
    auto closeLists = [&](int depth) {
        while (openLists > depth) {
            xml.writeEndElement(); // list-item
            xml.writeEndElement(); // list
            --openLists;
        }
    };
    for (size_t k = 0; k < blocks.size(); ++k) {
        const ExportBlock &e = blocks[k];
        const ExportBlock *previous = k > 0 ? &blocks[k - 1] : nullptr;
        if (e.kind != ExportBlock::ListItem || !sameGroup(previous, e))
            closeLists(0);
        switch (e.kind) {
        case ExportBlock::Title:
            xml.writeStartElement(TextNs, u"p"_s);
            xml.writeAttribute(TextNs, u"style-name"_s, u"Title"_s);
            xml.writeCharacters(docx::xmlSafeString(e.text));
            xml.writeEndElement();
            break;
        case ExportBlock::Heading: {
            const int level = std::clamp(e.level, 1, 6);
            xml.writeStartElement(TextNs, u"h"_s);
            xml.writeAttribute(TextNs, u"style-name"_s, u"Heading_20_"_s + QString::number(level));
            xml.writeAttribute(TextNs, u"outline-level"_s, QString::number(level));
            xml.writeCharacters(docx::xmlSafeString(e.text));
            xml.writeEndElement();
            break;
        }
        case ExportBlock::ListItem: {
            const int level = std::clamp(e.level, 1, 10);
            if (openLists >= level) {
                closeLists(level);
                xml.writeEndElement(); // the previous item at this depth
                xml.writeStartElement(TextNs, u"list-item"_s);
            } else {
                while (openLists < level) {
                    xml.writeStartElement(TextNs, u"list"_s);
                    if (openLists == 0)
                        xml.writeAttribute(TextNs, u"style-name"_s, e.ordered ? u"LNumbered"_s : u"LBullets"_s);
                    xml.writeStartElement(TextNs, u"list-item"_s);
                    ++openLists;
                }
            }
            xml.writeStartElement(TextNs, u"p"_s);
            xml.writeCharacters(docx::xmlSafeString(e.text));
            xml.writeEndElement();
            break;
        }
        case ExportBlock::TableRow: {
            const bool first = !sameGroup(previous, e);
            const bool last = !sameGroup(k + 1 < blocks.size() ? &blocks[k + 1] : nullptr, e);
            if (first) {
                xml.writeStartElement(TableNs, u"table"_s);
                xml.writeAttribute(TableNs, u"name"_s, u"Table"_s + QString::number(e.group));
                xml.writeEmptyElement(TableNs, u"table-column"_s);
                xml.writeAttribute(TableNs, u"number-columns-repeated"_s, QString::number(std::max<qsizetype>(1, e.cells.size())));
            }
            xml.writeStartElement(TableNs, u"table-row"_s);
            for (const QString &cell : e.cells) {
                xml.writeStartElement(TableNs, u"table-cell"_s);
                xml.writeAttribute(OfficeNs, u"value-type"_s, u"string"_s);
                xml.writeTextElement(TextNs, u"p"_s, docx::xmlSafeString(cell));
                xml.writeEndElement();
            }
            xml.writeEndElement(); // table-row
            if (last)
                xml.writeEndElement(); // table
            break;
        }
        case ExportBlock::Rule:
            xml.writeEmptyElement(TextNs, u"p"_s);
            break;
        case ExportBlock::Paragraph:
            xml.writeTextElement(TextNs, u"p"_s, docx::xmlSafeString(e.text));
            break;
        }
    }
    closeLists(0);
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();

    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n";
    return writeZip({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
                     {u"META-INF/manifest.xml"_s, manifest},
                     {u"content.xml"_s, content},
                     {u"styles.xml"_s, odtStyles(document.language)}},
                    when);
}

} // namespace cw::exporting
