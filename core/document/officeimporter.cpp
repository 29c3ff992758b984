#include "document/officeimporter.h"

#include "common/tr.h"
#include "common/zip.h"
#include "document/blockbuilder.h"
#include "document/plaintextimporter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

// ---------------------------------------------------------------------------------------------
// What both formats are read into: the paragraphs in reading order, then laid out as text.

struct Para
{
    enum Kind { Title, Heading, Paragraph, ListItem, TableRow };
    Kind kind = Paragraph;
    QString text;
    int level = 0;  // heading level, or list depth (1 = top)
    QString marker; // the automatic number or bullet as shown ("2.1.", "a)", "-")
    int table = -1; // rows of one table share it
};

QString withMarker(const QString &marker, const QString &text)
{
    return marker.isEmpty() ? text : marker + u' ' + text;
}

// The paragraphs read from a package, and the changes it still tracks.
struct Body
{
    std::vector<Para> paras;
    int trackedChanges = 0;
    // Footnotes and endnotes: the paragraph that cites one shows its mark ("[1]"), and the
    // note follows that paragraph as one of its own ("[1] text"), so it stays in the section
    // it belongs to. Notes cited in a table follow the table.
    QStringList pendingNotes;

    void cite(QString &text, const QString &mark, const QString &note)
    {
        text += u'[' + mark + u']';
        if (!note.trimmed().isEmpty())
            pendingNotes << u'[' + mark + u"] "_s + note.simplified();
    }
    void flushNotes()
    {
        for (const QString &note : std::as_const(pendingNotes)) {
            Para para;
            para.text = note;
            paras.push_back(std::move(para));
        }
        pendingNotes.clear();
    }
};

// Tables: each row of an outermost table is one paragraph, its cells between " | "; the
// paragraphs of a cell (and of tables nested in it) run on in the cell.
struct Tables
{
    int depth = 0;
    int count = 0;
    QStringList cells;
    QString cell;

    void enterTable()
    {
        if (++depth == 1)
            ++count;
    }
    void leaveTable() { --depth; }
    void startRow()
    {
        if (depth == 1)
            cells.clear();
    }
    void startCell()
    {
        if (depth == 1)
            cell.clear();
    }
    void endCell()
    {
        if (depth == 1)
            cells << cell;
    }
    void endRow(std::vector<Para> &out)
    {
        if (depth != 1 || std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.isEmpty(); }))
            return;
        Para row;
        row.kind = Para::TableRow;
        row.text = cells.join(u" | "_s);
        row.table = count;
        out.push_back(std::move(row));
    }
    // Adds a paragraph's text to the cell when inside a table; false outside one.
    bool addToCell(const QString &text)
    {
        if (depth == 0)
            return false;
        const QString t = text.simplified();
        if (!cell.isEmpty() && !t.isEmpty())
            cell += u' ';
        cell += t;
        return true;
    }
};

// Lays the paragraphs out as the document text (a blank line between blocks; list items and
// table rows one per line) and adds blocks and headings to the builder. Without headings, the
// structure is recovered from the text as for a plain-text dump.
void layOut(const std::vector<Para> &paras, PolicyDocument &doc, const ImportOptions &options)
{
    struct Heading { TextRange range; int level; QString title; QString marker; };
    std::vector<Heading> headings;
    std::vector<Block> blocks;
    std::optional<TextRange> title;
    QString &t = doc.text;
    const Para *previous = nullptr;
    qsizetype tableStart = -1; // not std::optional: GCC 12 -O2 warns it may be read uninitialised
    auto closeTable = [&] {
        if (tableStart >= 0)
            blocks.push_back({BlockKind::Table, {tableStart, t.size()}, 0, {}});
        tableStart = -1;
    };
    for (const Para &p : paras) {
        QString body = p.text;
        while (!body.isEmpty() && body.back().isSpace())
            body.chop(1);
        while (!body.isEmpty() && body.front().isSpace())
            body.remove(0, 1);
        if (body.isEmpty())
            continue;
        const bool sameTable = p.kind == Para::TableRow && previous && previous->kind == Para::TableRow
                               && previous->table == p.table;
        if (!sameTable)
            closeTable();
        const bool tight = sameTable || (p.kind == Para::ListItem && previous && previous->kind == Para::ListItem);
        if (!t.isEmpty())
            t += tight ? u"\n"_s : u"\n\n"_s;
        if (p.kind == Para::ListItem)
            t += QString(2 * std::clamp(p.level - 1, 0, 8), u' ');
        const qsizetype start = t.size();
        switch (p.kind) {
        case Para::Title:
            t += body;
            if (!title)
                title = TextRange{start, t.size()};
            else
                blocks.push_back({BlockKind::Paragraph, {start, t.size()}, 0, {}});
            break;
        case Para::Heading:
            t += withMarker(p.marker, body);
            headings.push_back({{start, t.size()}, p.level, headingTitle(QStringView(t).mid(start)), p.marker});
            break;
        case Para::ListItem:
            t += withMarker(p.marker, body);
            blocks.push_back({BlockKind::ListItem, {start, t.size()}, p.level, p.marker});
            break;
        case Para::TableRow:
            if (tableStart < 0)
                tableStart = start;
            t += body;
            break;
        case Para::Paragraph:
            t += body;
            blocks.push_back({BlockKind::Paragraph, {start, t.size()}, 0, {}});
            break;
        }
        previous = &p;
    }
    closeTable();

    DocumentBuilder builder(doc);
    if (headings.empty()) {
        recoverPlainTextStructure(doc, builder);
    } else {
        for (const Block &b : blocks)
            builder.addBlock(b.kind, b.range, b.level, b.marker);
        size_t first = 0;
        if (title) {
            builder.setTitle(*title, headingTitle(QStringView(t).mid(title->start, title->length())));
        } else if (headings.size() > 1 && headings.front().level == 1
                   && std::none_of(headings.begin() + 1, headings.end(), [](const Heading &h) { return h.level == 1; })) {
            // One "heading 1" over the other headings is the document's title, as in HTML.
            builder.setTitle(headings.front().range, headings.front().title);
            first = 1;
        }
        for (size_t i = first; i < headings.size(); ++i)
            builder.addHeading(headings[i].range, headings[i].level, headings[i].title, headings[i].marker);
    }
    builder.finish(options);
}

// ---------------------------------------------------------------------------------------------
// Automatic numbers.

QString letters(int n, QStringView alphabet)
{
    // 1 → a, 26 → z, 27 → aa, 28 → bb: Word's and Writer's letter numbering repeats the letter.
    if (n < 1)
        return QString::number(n);
    const int size = int(alphabet.size());
    const QChar letter = alphabet[(n - 1) % size];
    return QString((n - 1) / size + 1, letter);
}

QString roman(int n)
{
    if (n < 1 || n > 3999)
        return QString::number(n);
    static const std::array<std::pair<int, const char16_t *>, 13> table{{{1000, u"m"}, {900, u"cm"}, {500, u"d"},
                                                                         {400, u"cd"}, {100, u"c"}, {90, u"xc"},
                                                                         {50, u"l"}, {40, u"xl"}, {10, u"x"},
                                                                         {9, u"ix"}, {5, u"v"}, {4, u"iv"}, {1, u"i"}}};
    QString out;
    for (const auto &[value, digits] : table)
        while (n >= value) {
            out += QString::fromUtf16(digits);
            n -= value;
        }
    return out;
}

// Word's numFmt values, and ODF's num-format ("1", "a", "A", "i", "I", "а", "А").
QString formatNumber(int n, const QString &format)
{
    static const QString latin = u"abcdefghijklmnopqrstuvwxyz"_s;
    // Word's russianLower skips ё, й, ъ, ы and ь, as Russian legal numbering does.
    static const QString cyrillic = u"абвгдежзиклмнопрстуфхцчшщэюя"_s;
    if (format == u"lowerLetter"_s || format == u"a"_s)
        return letters(n, latin);
    if (format == u"upperLetter"_s || format == u"A"_s)
        return letters(n, latin).toUpper();
    if (format == u"lowerRoman"_s || format == u"i"_s)
        return roman(n);
    if (format == u"upperRoman"_s || format == u"I"_s)
        return roman(n).toUpper();
    if (format == u"russianLower"_s || format == u"а"_s)
        return letters(n, cyrillic);
    if (format == u"russianUpper"_s || format == u"А"_s)
        return letters(n, cyrillic).toUpper();
    if (format == u"decimalZero"_s)
        return n < 10 ? u"0"_s + QString::number(n) : QString::number(n);
    return QString::number(n);
}

// ---------------------------------------------------------------------------------------------
// DOCX

// Attribute by local name, whatever the prefix or namespace (transitional and strict OOXML).
QString attr(const QXmlStreamReader &x, QStringView name)
{
    for (const QXmlStreamAttribute &a : x.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

int intAttr(const QXmlStreamReader &x, QStringView name, int fallback)
{
    bool ok = false;
    const int v = attr(x, name).toInt(&ok);
    return ok ? v : fallback;
}

struct DocxStyle
{
    QString name;    // lower-cased
    QString basedOn;
    int outline = -1; // 0-8; 9 is body text
    int numId = -1;   // -1: not set; 0: numbering removed
    int ilvl = -1;
};

struct DocxLevel
{
    int start = 1;
    QString format = u"decimal"_s;
    QString text;     // "%1.%2."
    QString pStyle;   // the style this level numbers
};

class DocxNumbering
{
public:
    void read(const QByteArray &xml)
    {
        QXmlStreamReader x(xml);
        QString abstractId, numId;
        int level = -1;
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = x.name();
            if (n == u"abstractNum") {
                abstractId = attr(x, u"abstractNumId");
                numId.clear();
                level = -1;
            } else if (n == u"num") {
                numId = attr(x, u"numId");
                abstractId.clear();
                level = -1;
            } else if (n == u"lvl" || n == u"lvlOverride") {
                level = std::clamp(intAttr(x, u"ilvl", 0), 0, 8);
            } else if (!abstractId.isEmpty() && level >= 0) {
                DocxLevel &l = m_abstract[abstractId][size_t(level)];
                if (n == u"start")
                    l.start = intAttr(x, u"val", 1);
                else if (n == u"numFmt")
                    l.format = attr(x, u"val");
                else if (n == u"lvlText")
                    l.text = attr(x, u"val");
                else if (n == u"pStyle")
                    l.pStyle = attr(x, u"val");
            } else if (!numId.isEmpty()) {
                if (n == u"abstractNumId")
                    m_abstractOf[numId] = attr(x, u"val");
                else if (n == u"startOverride" && level >= 0)
                    m_overrides[numId][level] = intAttr(x, u"val", 1);
            }
        }
    }

    // The level of `numId` that numbers paragraphs of this style (numbered heading styles name
    // their level in numbering.xml, not in the style).
    int levelForStyle(int numId, const QString &styleId) const
    {
        const auto it = m_abstract.find(m_abstractOf.value(QString::number(numId)));
        if (it != m_abstract.end())
            for (int l = 0; l < 9; ++l)
                if (!styleId.isEmpty() && it->second[size_t(l)].pStyle == styleId)
                    return l;
        return 0;
    }

    // The next number of `numId` at `ilvl`, as shown: "2.1." for lvlText "%1.%2.".
    QString next(int numId, int ilvl)
    {
        const QString num = QString::number(numId);
        const QString abstractId = m_abstractOf.value(num);
        const auto it = m_abstract.find(abstractId);
        if (it == m_abstract.end())
            return {};
        const auto &levels = it->second;
        // Lists that share an abstract definition continue each other's numbers, unless an
        // instance restarts a level.
        auto &counters = m_counters[abstractId];
        if (auto o = m_overrides.find(num); o != m_overrides.end() && !m_overridden.contains(num)) {
            m_overridden.insert(num);
            for (const auto &[level, start] : o->second)
                counters[size_t(level)] = start - 1;
        }
        const DocxLevel &level = levels[size_t(ilvl)];
        counters[size_t(ilvl)] = (counters[size_t(ilvl)] ? *counters[size_t(ilvl)] : level.start - 1) + 1;
        for (size_t deeper = size_t(ilvl) + 1; deeper < counters.size(); ++deeper)
            counters[deeper].reset();
        if (level.format == u"bullet"_s)
            return u"-"_s;
        if (level.format == u"none"_s && !level.text.contains(u'%'))
            return level.text.trimmed();
        QString out = level.text;
        for (int l = 8; l >= 0; --l) {
            const QString placeholder = u"%"_s + QString::number(l + 1);
            if (!out.contains(placeholder))
                continue;
            const int value = counters[size_t(l)] ? *counters[size_t(l)] : levels[size_t(l)].start;
            out.replace(placeholder, formatNumber(value, levels[size_t(l)].format));
        }
        return out.trimmed();
    }

private:
    std::map<QString, std::array<DocxLevel, 9>> m_abstract;
    QHash<QString, QString> m_abstractOf;
    std::map<QString, std::map<int, int>> m_overrides;
    QSet<QString> m_overridden;
    std::map<QString, std::array<std::optional<int>, 9>> m_counters;
};

class DocxStyles
{
public:
    void read(const QByteArray &xml)
    {
        QXmlStreamReader x(xml);
        QString current;
        bool inPPr = false;
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::EndElement && x.name() == u"pPr") {
                inPPr = false;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = x.name();
            if (n == u"style") {
                current = attr(x, u"type") == u"paragraph"_s ? attr(x, u"styleId") : QString();
                if (!current.isEmpty() && attr(x, u"default") == u"1"_s)
                    m_default = current;
                inPPr = false;
            } else if (current.isEmpty()) {
                continue;
            } else if (n == u"pPrChange" || n == u"rPr") {
                x.skipCurrentElement();
            } else if (n == u"name") {
                m_styles[current].name = attr(x, u"val").toLower();
            } else if (n == u"basedOn") {
                m_styles[current].basedOn = attr(x, u"val");
            } else if (n == u"pPr") {
                inPPr = true;
            } else if (inPPr && n == u"outlineLvl") {
                m_styles[current].outline = intAttr(x, u"val", 9);
            } else if (inPPr && n == u"numId") {
                m_styles[current].numId = intAttr(x, u"val", 0);
            } else if (inPPr && n == u"ilvl") {
                m_styles[current].ilvl = std::clamp(intAttr(x, u"val", 0), 0, 8);
            }
        }
    }

    const QString &defaultStyle() const { return m_default; }

    struct Resolved
    {
        bool title = false;
        int headingLevel = 0; // 1-9, or 0
        int numId = -1;
        int ilvl = -1;
    };

    // Paragraphs share a handful of styles: each is resolved once.
    const Resolved &resolve(const QString &styleId) const
    {
        auto it = m_resolved.find(styleId);
        if (it == m_resolved.end())
            it = m_resolved.insert(styleId, resolveChain(styleId));
        return *it;
    }

private:
    Resolved resolveChain(const QString &styleId) const
    {
        Resolved r;
        bool levelKnown = false, numKnown = false;
        QString id = styleId;
        static const QRegularExpression heading(uR"(^(?:heading|заголовок)\s*([1-9])$)"_s);
        for (int guard = 0; guard < 32 && !id.isEmpty(); ++guard) {
            const auto it = m_styles.find(id);
            if (it == m_styles.end())
                break;
            const DocxStyle &s = it->second;
            if (!levelKnown) {
                if (s.name == u"title"_s) {
                    r.title = true;
                    levelKnown = true;
                } else if (const auto m = heading.match(s.name); m.hasMatch()) {
                    r.headingLevel = m.captured(1).toInt();
                    levelKnown = true;
                } else if (s.outline >= 0) {
                    r.headingLevel = s.outline < 9 ? s.outline + 1 : 0;
                    levelKnown = true;
                }
            }
            if (!numKnown && s.numId >= 0) {
                r.numId = s.numId;
                r.ilvl = s.ilvl;
                numKnown = true;
            }
            id = s.basedOn;
        }
        return r;
    }

    std::map<QString, DocxStyle> m_styles;
    QString m_default;
    mutable QHash<QString, Resolved> m_resolved;
};

// The notes of word/footnotes.xml or word/endnotes.xml (`element` "footnote" or "endnote"): id →
// text, its paragraphs joined by spaces, in the accepted view. Word's separators are not notes.
QHash<QString, QString> readDocxNotes(const QByteArray &xml, QStringView element)
{
    QHash<QString, QString> notes;
    QXmlStreamReader x(xml);
    QString id, text;
    bool inNote = false;
    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (x.name() == element && inNote) {
                notes.insert(id, text.simplified());
                inNote = false;
            } else if (x.name() == u"p" && inNote && !text.isEmpty()) {
                text += u' ';
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView n = x.name();
        if (n == element) {
            const QString type = attr(x, u"type");
            if (!type.isEmpty() && type != u"normal"_s) {
                x.skipCurrentElement();
                continue;
            }
            id = attr(x, u"id");
            text.clear();
            inNote = true;
        } else if (!inNote) {
            continue;
        } else if (n == u"t") {
            text += x.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (n == u"tab" || n == u"br" || n == u"cr") {
            text += u' ';
        } else if (n == u"del" || n == u"moveFrom" || n == u"instrText" || n == u"delText" || n == u"pPrChange"
                   || n == u"rPrChange" || n == u"drawing" || n == u"pict" || n == u"AlternateContent") {
            x.skipCurrentElement();
        }
    }
    return notes;
}

struct DocxNotes
{
    QHash<QString, QString> footnotes, endnotes;
};

Body readDocxBody(const QByteArray &xml, const DocxStyles &styles, DocxNumbering &numbering, const DocxNotes &notes,
                  QString *error)
{
    Body out;
    QXmlStreamReader x(xml);
    struct Open
    {
        QString text;
        QString styleId;
        int numId = -1;
        int ilvl = -1;
        int outline = -1;
        bool markDeleted = false;
    };
    std::optional<Open> p;
    QString carried;  // the text of paragraphs whose mark is deleted: it runs on into the next
    bool inPPr = false, inPPrRPr = false;
    Tables tables;
    int footnotes = 0, endnotes = 0; // numbered as Word shows them: 1, 2, 3 and i, ii, iii

    auto finishParagraph = [&] {
        Open o = std::move(*p);
        p.reset();
        if (o.markDeleted) {
            carried += o.text;
            return;
        }
        o.text.prepend(carried);
        carried.clear();
        if (tables.addToCell(o.text))
            return;
        const DocxStyles::Resolved &s = styles.resolve(o.styleId.isEmpty() ? styles.defaultStyle() : o.styleId);
        const int outline = o.outline >= 0 ? o.outline : (s.headingLevel > 0 ? s.headingLevel - 1 : 9);
        const int numId = o.numId >= 0 ? o.numId : s.numId;
        int ilvl = o.ilvl >= 0 ? o.ilvl : s.ilvl;
        if (numId > 0 && ilvl < 0)
            ilvl = numbering.levelForStyle(numId, o.styleId);
        ilvl = std::clamp(ilvl, 0, 8);
        Para para;
        para.text = o.text;
        if (numId > 0)
            para.marker = numbering.next(numId, ilvl);
        if (s.title && o.outline < 0) {
            para.kind = Para::Title;
        } else if (outline < 9) {
            para.kind = Para::Heading;
            para.level = outline + 1;
        } else if (numId > 0) {
            para.kind = Para::ListItem;
            para.level = ilvl + 1;
        }
        out.paras.push_back(std::move(para));
        out.flushNotes(); // the notes it cites
    };

    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::EndElement) {
            const QStringView n = x.name();
            if (n == u"p" && p)
                finishParagraph();
            else if (n == u"pPr")
                inPPr = inPPrRPr = false;
            else if (n == u"rPr" && inPPr)
                inPPrRPr = false;
            else if (n == u"tc")
                tables.endCell();
            else if (n == u"tr")
                tables.endRow(out.paras);
            else if (n == u"tbl") {
                tables.leaveTable();
                if (tables.depth == 0)
                    out.flushNotes();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView n = x.name();
        if (n == u"ins" || n == u"del" || n == u"moveFrom" || n == u"moveTo")
            ++out.trackedChanges;
        if (inPPr) {
            if (!p) {
                continue;
            } else if (n == u"pPrChange" || n == u"rPrChange" || n == u"sectPr") {
                x.skipCurrentElement();
            } else if (n == u"rPr") {
                inPPrRPr = true;
            } else if (inPPrRPr) {
                if (n == u"del" || n == u"moveFrom")
                    p->markDeleted = true;
            } else if (n == u"pStyle") {
                p->styleId = attr(x, u"val");
            } else if (n == u"numId") {
                p->numId = intAttr(x, u"val", 0);
            } else if (n == u"ilvl") {
                p->ilvl = std::clamp(intAttr(x, u"val", 0), 0, 8);
            } else if (n == u"outlineLvl") {
                p->outline = intAttr(x, u"val", 9);
            }
            continue;
        }
        if (n == u"p") {
            if (!p)
                p = Open{};
        } else if (n == u"pPr") {
            inPPr = true;
        } else if (n == u"t") {
            const QString text = x.readElementText(QXmlStreamReader::IncludeChildElements);
            if (p)
                p->text += text;
        } else if (n == u"tab" || n == u"ptab") {
            if (p)
                p->text += u'\t';
        } else if (n == u"br" || n == u"cr") {
            if (p)
                p->text += attr(x, u"type") == u"page"_s || attr(x, u"type") == u"column"_s ? u' ' : u'\n';
        } else if (n == u"noBreakHyphen") {
            if (p)
                p->text += u'-';
        } else if ((n == u"footnoteReference" || n == u"endnoteReference") && p) {
            const bool foot = n == u"footnoteReference";
            const QString id = attr(x, u"id");
            const auto &known = foot ? notes.footnotes : notes.endnotes;
            if (const auto note = known.constFind(id); note != known.cend())
                out.cite(p->text, foot ? QString::number(++footnotes) : formatNumber(++endnotes, u"i"_s), *note);
            x.skipCurrentElement();
        } else if (n == u"tbl") {
            tables.enterTable();
        } else if (n == u"tr") {
            tables.startRow();
        } else if (n == u"tc") {
            tables.startCell();
        } else if (n == u"del" || n == u"moveFrom" || n == u"instrText" || n == u"delText" || n == u"delInstrText"
                   || n == u"rPr" || n == u"drawing" || n == u"pict" || n == u"object" || n == u"AlternateContent"
                   || n == u"footnoteReference" || n == u"endnoteReference" || n == u"commentReference"
                   || n == u"tblPr" || n == u"tblGrid" || n == u"trPr" || n == u"tcPr" || n == u"sectPr"
                   || n == u"sym" || n == u"fldData") {
            x.skipCurrentElement();
        }
    }
    if (x.hasError() && error)
        *error = x.errorString();
    if (p)
        finishParagraph();
    if (!carried.isEmpty()) {
        Para last;
        last.text = carried;
        out.paras.push_back(std::move(last));
    }
    out.flushNotes();
    return out;
}

// ---------------------------------------------------------------------------------------------
// ODT

struct OdtListLevel
{
    bool bullet = true;
    bool number = false;
    QString format, prefix, suffix;
    int displayLevels = 1;
    int start = 1;
};

struct OdtStyles
{
    QHash<QString, QString> parentOf; // paragraph style → parent style
    QHash<QString, int> outlineOf;    // paragraph style → default outline level
    std::map<QString, std::array<OdtListLevel, 10>> lists;
    std::array<OdtListLevel, 10> outline; // heading numbering (text:outline-style)

    void read(const QByteArray &xml)
    {
        QXmlStreamReader x(xml);
        std::array<OdtListLevel, 10> *listStyle = nullptr;
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::EndElement
                && (x.name() == u"list-style" || x.name() == u"outline-style"))
                listStyle = nullptr;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = x.name();
            if (n == u"style" && attr(x, u"family") == u"paragraph"_s) {
                const QString name = attr(x, u"name");
                parentOf.insert(name, attr(x, u"parent-style-name"));
                if (const int level = intAttr(x, u"default-outline-level", 0); level > 0)
                    outlineOf.insert(name, level);
            } else if (n == u"list-style") {
                listStyle = &lists[attr(x, u"name")];
            } else if (n == u"outline-style") {
                listStyle = &outline;
            } else if (listStyle
                       && (n == u"list-level-style-number" || n == u"list-level-style-bullet"
                           || n == u"outline-level-style")) {
                OdtListLevel &l = (*listStyle)[size_t(std::clamp(intAttr(x, u"level", 1), 1, 10) - 1)];
                l.format = attr(x, u"num-format");
                l.bullet = n == u"list-level-style-bullet";
                l.number = !l.bullet && !l.format.isEmpty();
                l.prefix = attr(x, u"num-prefix");
                l.suffix = attr(x, u"num-suffix");
                l.displayLevels = std::max(1, intAttr(x, u"display-levels", 1));
                l.start = intAttr(x, u"start-value", 1);
            }
        }
    }

    // What a paragraph of this style is, through its parents: -1 the title, N > 0 a heading of
    // level N (an outline level, or Writer's "Heading N"), 0 body text.
    int headingLevel(QString style) const
    {
        static const QRegularExpression heading(u"^Heading_20_([1-9]|10)$"_s);
        for (int guard = 0; guard < 32 && !style.isEmpty(); ++guard) {
            if (style == u"Title"_s)
                return -1;
            if (const int level = outlineOf.value(style); level > 0)
                return level;
            if (const auto m = heading.match(style); m.hasMatch())
                return m.captured(1).toInt();
            style = parentOf.value(style);
        }
        return 0;
    }
};

// Numbers of nested levels: counters[0] is level 1.
QString odtNumber(const std::array<OdtListLevel, 10> &levels, const std::vector<int> &counters)
{
    const size_t depth = counters.size();
    if (depth == 0 || depth > levels.size())
        return {};
    const OdtListLevel &l = levels[depth - 1];
    if (l.bullet)
        return u"-"_s;
    if (!l.number) // num-format="": no number shown
        return {};
    QStringList parts;
    const size_t shown = std::min(size_t(l.displayLevels), depth);
    for (size_t k = depth - shown; k < depth; ++k)
        parts << formatNumber(counters[k], levels[k].format.isEmpty() ? u"1"_s : levels[k].format);
    return l.prefix + parts.join(u'.') + l.suffix;
}

Body readOdtBody(const QByteArray &xml, const OdtStyles &styles, QString *error)
{
    Body out;
    QXmlStreamReader x(xml);
    // A list continues its numbers across interruptions only when it says so; nested lists
    // number below the item that holds them.
    std::vector<QString> listStyles; // per open <text:list>
    std::vector<int> listCounters;   // per open <text:list>: the item number at that depth
    std::vector<int> outlineCounters;
    std::vector<int> lastListCounters; // of the last top-level list, for continue-numbering
    Tables tables;
    bool inBody = false;

    // A <text:note>: its citation ("1", "i" or the author's own mark) and its body's text.
    auto readNote = [&](QString &citingText) {
        QString citation, body;
        int depth = 1;
        QStringView part;
        while (depth > 0 && !x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (x.name() == u"note-citation" || x.name() == u"note-body")
                    part = x.name() == u"note-citation" ? u"citation" : u"body";
                else if (x.name() == u"p" || x.name() == u"h")
                    body += u' ';
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::Characters) {
                (part == u"citation" ? citation : body) += x.text();
            }
        }
        out.cite(citingText, citation.trimmed(), body);
    };

    // Reads the text of a paragraph or heading (the reader is on its start element).
    auto readText = [&]() {
        QString text;
        int depth = 1;
        while (depth > 0 && !x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::Characters) {
                // Whitespace in ODF text collapses as in HTML; <text:s/> and <text:tab/> are the
                // spaces that count.
                bool space = false;
                for (const QChar c : x.text()) {
                    const bool white = c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
                    if (!white)
                        text += c;
                    else if (!space)
                        text += u' ';
                    space = white;
                }
            } else if (token == QXmlStreamReader::StartElement) {
                const QStringView n = x.name();
                if (n == u"s") {
                    text += QString(std::clamp(intAttr(x, u"c", 1), 1, 1000), u' ');
                } else if (n == u"tab") {
                    text += u'\t';
                } else if (n == u"line-break") {
                    text += u'\n';
                } else if (n == u"note") {
                    readNote(text);
                    continue;
                } else if (n == u"annotation" || n == u"frame" || n == u"number" || n == u"tracked-changes") {
                    x.skipCurrentElement();
                    continue;
                }
                ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        return text;
    };

    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::EndElement) {
            const QStringView n = x.name();
            if (n == u"list") {
                if (listStyles.size() == 1)
                    lastListCounters = listCounters;
                listStyles.pop_back();
                listCounters.pop_back();
            } else if (n == u"table-cell") {
                tables.endCell();
            } else if (n == u"table-row") {
                tables.endRow(out.paras);
            } else if (n == u"table") {
                tables.leaveTable();
                if (tables.depth == 0)
                    out.flushNotes();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView n = x.name();
        if (n == u"text" && x.namespaceUri().contains(u"office"))
            inBody = true;
        if (!inBody)
            continue;
        if (n == u"tracked-changes") {
            // The deleted text lives here, outside the body's flow: the accepted view leaves it.
            int depth = 1;
            while (depth > 0 && !x.atEnd()) {
                const auto t = x.readNext();
                if (t == QXmlStreamReader::StartElement) {
                    ++depth;
                    if (x.name() == u"changed-region")
                        ++out.trackedChanges;
                } else if (t == QXmlStreamReader::EndElement) {
                    --depth;
                }
            }
        } else if (n == u"list") {
            QString style = attr(x, u"style-name");
            if (style.isEmpty() && !listStyles.empty())
                style = listStyles.back();
            const bool continues = listStyles.empty()
                                   && (attr(x, u"continue-numbering") == u"true"_s || !attr(x, u"continue-list").isEmpty());
            listStyles.push_back(style);
            listCounters.push_back(continues && !lastListCounters.empty() ? lastListCounters.front() : 0);
        } else if (n == u"list-item" && !listCounters.empty()) {
            ++listCounters.back();
        } else if (n == u"h" || n == u"p") {
            const QString style = attr(x, u"style-name");
            // A heading is <text:h>, or a <text:p> in a heading style (Writer writes a lone
            // heading outside the outline that way).
            const int styleLevel = styles.headingLevel(style);
            const bool heading = n == u"h" || styleLevel > 0;
            const int outlineLevel =
                n == u"h" ? std::clamp(intAttr(x, u"outline-level", 1), 1, 10) : std::clamp(styleLevel, 0, 10);
            QString text = readText();
            if (tables.addToCell(text))
                continue;
            Para para;
            para.text = text;
            if (heading) {
                para.kind = Para::Heading;
                para.level = std::min(outlineLevel, 9);
                outlineCounters.resize(size_t(outlineLevel), 0);
                ++outlineCounters.back();
                const OdtListLevel &l = styles.outline[size_t(outlineLevel - 1)];
                if (l.number)
                    para.marker = odtNumber(styles.outline, outlineCounters);
            } else if (!listStyles.empty()) {
                para.kind = Para::ListItem;
                para.level = int(listStyles.size());
                const auto it = styles.lists.find(listStyles.front());
                para.marker = it != styles.lists.end() ? odtNumber(it->second, listCounters) : u"-"_s;
            } else if (styleLevel < 0) {
                para.kind = Para::Title;
            }
            out.paras.push_back(std::move(para));
            out.flushNotes(); // the notes it cites
        } else if (n == u"table") {
            tables.enterTable();
        } else if (n == u"table-row") {
            tables.startRow();
        } else if (n == u"table-cell") {
            tables.startCell();
        } else if (n == u"frame" || n == u"annotation" || n == u"note" || n == u"table-of-content"
                   || n == u"sequence-decls" || n == u"variable-decls") {
            x.skipCurrentElement();
        }
    }
    if (x.hasError() && error)
        *error = x.errorString();
    return out;
}

bool isZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

// The parts of a package that a format needs; `main` must be there. `notThis` is the
// message for bytes that are not this format: "%1: not a Word document (.docx): %2".
Result<std::map<QString, QByteArray>> readPackage(const QByteArray &bytes, const ImportOptions &options,
                                                  const QString &main, const QStringList &others,
                                                  const QString &notThis)
{
    if (!isZip(bytes.left(4)))
        return Error{u"parse"_s, notThis.arg(options.fileName, Tr::tr("it is not a zip package"))};
    auto parts = zipParts(bytes, QStringList{main} + others);
    if (!parts)
        return Error{u"parse"_s,
                     Tr::tr("%1: the document is damaged: %2").arg(options.fileName, parts.error().message)};
    if (!parts->count(main))
        return Error{u"parse"_s, notThis.arg(options.fileName, Tr::tr("the package has no %1").arg(main))};
    return parts;
}

Result<PolicyDocument> finish(Body body, const QString &xmlError, const QString &format, const ImportOptions &options)
{
    if (body.paras.empty() && !xmlError.isEmpty())
        return Error{u"parse"_s, Tr::tr("%1: the document is damaged: %2").arg(options.fileName, xmlError)};

    PolicyDocument doc;
    doc.fileName = options.fileName;
    doc.format = format;
    doc.encoding = u"UTF-8"_s;
    doc.trackedChanges = body.trackedChanges;
    layOut(body.paras, doc, options);
    if (doc.text.trimmed().isEmpty())
        return Error{u"empty"_s, Tr::tr("%1: the document has no text").arg(options.fileName)};
    return doc;
}

} // namespace

QString DocxImporter::format() const { return u"docx"_s; }

QStringList DocxImporter::suffixes() const { return {u"docx"_s, u"docm"_s, u"dotx"_s}; }

bool DocxImporter::sniff(const QByteArray &head) const
{
    return isZip(head) && (head.contains("word/") || head.contains("[Content_Types].xml"))
           && !head.contains("mimetypeapplication/vnd.oasis");
}

Result<PolicyDocument> DocxImporter::import(const QByteArray &bytes, const ImportOptions &options) const
{
    const QString document = u"word/document.xml"_s, stylesPart = u"word/styles.xml"_s,
                  numberingPart = u"word/numbering.xml"_s, footnotesPart = u"word/footnotes.xml"_s,
                  endnotesPart = u"word/endnotes.xml"_s;
    auto parts = readPackage(bytes, options, document, {stylesPart, numberingPart, footnotesPart, endnotesPart},
                             Tr::tr("%1: not a Word document (.docx): %2"));
    if (!parts)
        return parts.error();
    DocxStyles styles;
    if (auto it = parts->find(stylesPart); it != parts->end())
        styles.read(it->second);
    DocxNumbering numbering;
    if (auto it = parts->find(numberingPart); it != parts->end())
        numbering.read(it->second);
    DocxNotes notes;
    if (auto it = parts->find(footnotesPart); it != parts->end())
        notes.footnotes = readDocxNotes(it->second, u"footnote");
    if (auto it = parts->find(endnotesPart); it != parts->end())
        notes.endnotes = readDocxNotes(it->second, u"endnote");
    QString error;
    Body body = readDocxBody(parts->at(document), styles, numbering, notes, &error);
    return finish(std::move(body), error, format(), options);
}

QString OdtImporter::format() const { return u"odt"_s; }

QStringList OdtImporter::suffixes() const { return {u"odt"_s, u"ott"_s}; }

bool OdtImporter::sniff(const QByteArray &head) const
{
    return isZip(head) && head.contains("mimetypeapplication/vnd.oasis.opendocument.text");
}

Result<PolicyDocument> OdtImporter::import(const QByteArray &bytes, const ImportOptions &options) const
{
    const QString content = u"content.xml"_s, stylesPart = u"styles.xml"_s;
    auto parts = readPackage(bytes, options, content, {stylesPart},
                             Tr::tr("%1: not an OpenDocument text (.odt): %2"));
    if (!parts)
        return parts.error();
    OdtStyles styles;
    if (auto it = parts->find(stylesPart); it != parts->end())
        styles.read(it->second);
    styles.read(parts->at(content)); // its automatic styles
    QString error;
    Body body = readOdtBody(parts->at(content), styles, &error);
    return finish(std::move(body), error, format(), options);
}

} // namespace cw::doc
