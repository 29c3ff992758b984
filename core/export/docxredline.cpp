#include "export/docxredline.h"

#include "common/tr.h"
#include "common/zip.h"
#include "export/docxpackage.h"
#include "text/language.h"

#include <QMap>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <map>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::exporting {

namespace {

using diff::DiffResult;
using diff::MoveEnd;
using diff::Op;
using diff::OpKind;
using diff::Side;
using doc::TextRange;

using namespace docx;

// How a character stands in the merged text: unchanged, only in NEW, only in OLD, or one of the
// two places of a move.
enum class Mark : quint8 {
    Equal,
    Ins,
    Del,
    MoveFrom,
    MoveTo,
};

bool inNew(Mark m)
{
    return m == Mark::Equal || m == Mark::Ins || m == Mark::MoveTo;
}

bool inOld(Mark m)
{
    return m == Mark::Equal || m == Mark::Del || m == Mark::MoveFrom;
}

// One character of the merged text (OLD's and NEW's characters in the order of the ops), with
// its offset in NEW (-1 when it is only in OLD) and in OLD (-1 when it is only in NEW).
struct Char
{
    char16_t c;
    Mark mark;
    int move;
    qsizetype newOffset;
    qsizetype oldOffset;
};

// A paragraph of the output: its characters, and how its end mark (the break after it) stands.
struct Paragraph
{
    std::vector<Char> content;
    bool breakInNew = true; // the default is the document's last, unchanged paragraph mark
    bool breakInOld = true;
    int breakMove = -1; // the move the break belongs to when it is all one side of one move
    int headingLevel = 0;

    Mark breakMark() const
    {
        if (breakInNew == breakInOld)
            return Mark::Equal;
        if (breakInNew)
            return breakMove >= 0 ? Mark::MoveTo : Mark::Ins;
        return breakMove >= 0 ? Mark::MoveFrom : Mark::Del;
    }
};

bool isBreak(char16_t c)
{
    return c == u'\n' || c == 0x2029; // line feed, paragraph separator
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00a0;
}

TextRange clipped(const TextRange &r, qsizetype size)
{
    const qsizetype start = std::clamp<qsizetype>(r.start, 0, size);
    return TextRange{start, std::clamp<qsizetype>(r.end, start, size)};
}

// The merged text of a comparison.
std::vector<Char> mergedText(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc,
                             const DiffResult &result)
{
    // A move is written as one only when both its ends exist (OOXML requires the pair).
    QSet<int> from, to;
    for (const Op &op : result.ops) {
        if (op.kind == OpKind::Move && op.moveEnd != MoveEnd::None)
            (op.moveEnd == MoveEnd::From ? from : to).insert(op.moveId);
    }
    const std::array<const QString *, diff::SideCount> texts{{&oldDoc.text, &newDoc.text}};

    std::vector<Char> out;
    out.reserve(size_t(oldDoc.text.size() + newDoc.text.size()) / 2 + 16);
    for (const Op &op : result.ops) {
        Mark mark = Mark::Equal;
        switch (op.kind) {
        case OpKind::Equal: mark = Mark::Equal; break;
        case OpKind::Insert: mark = Mark::Ins; break;
        case OpKind::Delete: mark = Mark::Del; break;
        case OpKind::Move: {
            const bool paired = from.contains(op.moveId) && to.contains(op.moveId);
            if (op.moveEnd == MoveEnd::From)
                mark = paired ? Mark::MoveFrom : Mark::Del;
            else if (op.moveEnd == MoveEnd::To)
                mark = paired ? Mark::MoveTo : Mark::Ins;
            else
                mark = op.range[Side::New].length() > 0 ? Mark::Ins : Mark::Del;
            break;
        }
        }
        const bool isMove = mark == Mark::MoveFrom || mark == Mark::MoveTo;
        // Equal text is written as NEW has it (with ignore options the sides may differ a little).
        const Side side = inNew(mark) ? Side::New : Side::Old;
        const TextRange range = clipped(op.range[side], texts[side]->size());
        const TextRange oldRange = clipped(op.range[Side::Old], oldDoc.text.size());
        const QString &text = *texts[side];
        for (qsizetype i = range.start; i < range.end; ++i) {
            const char16_t c = text[i].unicode();
            if (c == u'\r')
                continue; // "\r\n" is one break; a lone CR carries no word
            const bool paired = QChar::isHighSurrogate(c) ? i + 1 < range.end && text[i + 1].isLowSurrogate()
                                : QChar::isLowSurrogate(c) ? i > range.start && text[i - 1].isHighSurrogate()
                                                           : false;
            qsizetype oldOffset = -1;
            if (inOld(mark))
                oldOffset = side == Side::Old ? i
                                              : std::min(oldRange.start + (i - range.start),
                                                         std::max(oldRange.start, oldRange.end - 1));
            out.push_back(Char{xmlSafe(c, paired), mark, isMove ? op.moveId : -1, side == Side::New ? i : -1,
                               oldOffset});
        }
    }
    return out;
}

// Whether a line break of the merged text only wraps a paragraph: one that its document's
// proseText() reads as a space (a line break inside a paragraph, list item or quote: Markdown
// or a dump wrapped at 72 columns), in every side that has it.
bool softBreak(const Char &c, const QString &newProse, const QString &oldProse)
{
    if (c.move >= 0)
        return false;
    const bool inNewSide = inNew(c.mark), inOldSide = inOld(c.mark);
    if (inNewSide && (c.newOffset < 0 || c.newOffset >= newProse.size() || newProse[c.newOffset] != u' '))
        return false;
    if (inOldSide && (c.oldOffset < 0 || c.oldOffset >= oldProse.size() || oldProse[c.oldOffset] != u' '))
        return false;
    return inNewSide || inOldSide;
}

// Splits the merged text into paragraphs. A run of line breaks, with the blank lines in it, is
// one paragraph break; it exists in NEW when one of its line breaks does, and in OLD likewise.
// A break in only one side is a tracked paragraph mark; then the spaces inside the run are kept
// (so that "a b" -> "a\n\nb" still has its space when the change is rejected). A single break
// that only wraps a paragraph (softBreak) is a space: Word reflows the paragraph itself.
std::vector<Paragraph> splitParagraphs(const std::vector<Char> &chars, const QString &newProse, const QString &oldProse)
{
    std::vector<Paragraph> paragraphs(1);
    size_t i = 0;
    while (i < chars.size()) {
        if (!isBreak(chars[i].c)) {
            paragraphs.back().content.push_back(chars[i]);
            ++i;
            continue;
        }
        if ((i + 1 == chars.size() || !isBreak(chars[i + 1].c)) && softBreak(chars[i], newProse, oldProse)) {
            Char space = chars[i];
            space.c = u' ';
            paragraphs.back().content.push_back(space);
            ++i;
            continue;
        }
        size_t last = i;
        for (size_t k = i + 1; k < chars.size() && (isBreak(chars[k].c) || isBlank(chars[k].c)); ++k) {
            if (isBreak(chars[k].c))
                last = k;
        }
        Paragraph &p = paragraphs.back();
        p.breakInNew = p.breakInOld = false;
        QSet<int> moves;
        bool allMoved = true;
        for (size_t k = i; k <= last; ++k) {
            if (!isBreak(chars[k].c))
                continue;
            p.breakInNew = p.breakInNew || inNew(chars[k].mark);
            p.breakInOld = p.breakInOld || inOld(chars[k].mark);
            allMoved = allMoved && chars[k].move >= 0;
            moves.insert(chars[k].move);
        }
        p.breakMove = allMoved && moves.size() == 1 ? *moves.cbegin() : -1;
        if (p.breakInNew != p.breakInOld) {
            for (size_t k = i; k <= last; ++k) {
                if (!isBreak(chars[k].c))
                    p.content.push_back(chars[k]);
            }
        }
        paragraphs.emplace_back();
        i = last + 1;
    }

    // A break before any text separates nothing.
    if (paragraphs.size() > 1 && paragraphs.front().content.empty())
        paragraphs.erase(paragraphs.begin());
    // A break after all text neither: the paragraph before it becomes the last one, and the last
    // paragraph mark of a document is never a revision.
    if (paragraphs.size() > 1 && paragraphs.back().content.empty()) {
        paragraphs.pop_back();
        Paragraph &p = paragraphs.back();
        p.breakInNew = p.breakInOld = true;
        p.breakMove = -1;
    }
    return paragraphs;
}

// The heading block (of NEW, or of OLD for a paragraph that NEW no longer has) containing the
// offset, or nullptr.
const doc::Block *headingAt(const doc::PolicyDocument &d, qsizetype offset)
{
    const auto it = std::upper_bound(d.blocks.cbegin(), d.blocks.cend(), offset,
                                     [](qsizetype o, const doc::Block &b) { return o < b.range.start; });
    if (it == d.blocks.cbegin())
        return nullptr;
    const doc::Block &b = *std::prev(it);
    return b.kind == doc::BlockKind::Heading && b.range.contains(offset) ? &b : nullptr;
}

// Gives heading paragraphs their level and drops what only marks them up in Markdown: the
// leading "#"s of an ATX heading, the "===" / "---" underline of a setext one.
void styleHeadings(std::vector<Paragraph> &paragraphs, const doc::PolicyDocument &oldDoc,
                   const doc::PolicyDocument &newDoc)
{
    const doc::Block *previousHeading = nullptr;
    for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
        Paragraph &p = paragraphs[pi];
        const auto first = std::find_if(p.content.cbegin(), p.content.cend(), [](const Char &c) {
            return !isBlank(c.c) && (c.newOffset >= 0 || c.oldOffset >= 0);
        });
        const auto firstNew = std::find_if(p.content.cbegin(), p.content.cend(),
                                           [](const Char &c) { return !isBlank(c.c) && c.newOffset >= 0; });
        const doc::Block *heading = nullptr;
        if (firstNew != p.content.cend())
            heading = headingAt(newDoc, firstNew->newOffset);
        else if (first != p.content.cend())
            heading = headingAt(oldDoc, first->oldOffset);
        if (!heading) {
            previousHeading = nullptr;
            continue;
        }

        // The underline of a setext heading is a paragraph of its own inside the heading's block.
        const bool underline = std::all_of(p.content.cbegin(), p.content.cend(), [](const Char &c) {
            return isBlank(c.c) || c.c == u'=' || c.c == u'-';
        });
        if (heading == previousHeading && underline && pi > 0) {
            // Two breaks with nothing between are one: merge this paragraph's mark into the one before.
            Paragraph &before = paragraphs[pi - 1];
            if (before.breakInNew != p.breakInNew || before.breakInOld != p.breakInOld)
                before.breakMove = -1;
            before.breakInNew = before.breakInNew || p.breakInNew;
            before.breakInOld = before.breakInOld || p.breakInOld;
            paragraphs.erase(paragraphs.begin() + qsizetype(pi));
            --pi;
            continue;
        }
        previousHeading = heading;
        p.headingLevel = std::clamp(heading->level, 1, 3);

        size_t k = 0;
        while (k < p.content.size() && isBlank(p.content[k].c))
            ++k;
        size_t hashes = 0;
        while (k + hashes < p.content.size() && p.content[k + hashes].c == u'#')
            ++hashes;
        size_t end = k + hashes;
        if (hashes >= 1 && hashes <= 6 && (end == p.content.size() || isBlank(p.content[end].c))) {
            while (end < p.content.size() && isBlank(p.content[end].c))
                ++end;
            p.content.erase(p.content.begin(), p.content.begin() + qsizetype(end));
        }
    }
}

class DocumentWriter
{
public:
    DocumentWriter(std::vector<Paragraph> paragraphs, QString author, QString date)
        : m_paragraphs(std::move(paragraphs)), m_author(std::move(author)), m_date(std::move(date))
    {
    }

    QByteArray write()
    {
        planMoveRanges();
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.writeStartDocument(u"1.0"_s, true);
        xml.writeNamespace(W, u"w"_s);
        xml.writeStartElement(W, u"document"_s);
        xml.writeStartElement(W, u"body"_s);
        for (size_t p = 0; p < m_paragraphs.size(); ++p)
            writeParagraph(xml, p);
        writeA4Section(xml);
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document
        xml.writeEndDocument();
        return bytes;
    }

private:
    // A stretch of one paragraph with one mark; index `content.size()` stands for the mark.
    struct Run
    {
        size_t begin;
        size_t end;
        Mark mark;
        int move;
    };

    // Where a move's range starts and ends: (paragraph, run index); run == runs.size() is the
    // paragraph mark.
    struct Place
    {
        size_t paragraph;
        size_t run;
        bool operator<(const Place &o) const
        {
            return paragraph != o.paragraph ? paragraph < o.paragraph : run < o.run;
        }
    };
    struct MoveRange
    {
        Place first;
        Place last;
        int id = 0;
    };

    static std::vector<Run> runsOf(const Paragraph &p)
    {
        std::vector<Run> runs;
        for (size_t i = 0; i < p.content.size(); ++i) {
            const Char &c = p.content[i];
            if (!runs.empty() && runs.back().mark == c.mark && runs.back().move == c.move && runs.back().end == i)
                runs.back().end = i + 1;
            else
                runs.push_back(Run{i, i + 1, c.mark, c.move});
        }
        return runs;
    }

    static qint64 key(Mark mark, int move) { return (qint64(move) << 1) | (mark == Mark::MoveTo ? 1 : 0); }

    void note(Mark mark, int move, Place place)
    {
        if (mark != Mark::MoveFrom && mark != Mark::MoveTo)
            return;
        auto it = m_ranges.find(key(mark, move));
        if (it == m_ranges.end())
            m_ranges.insert(key(mark, move), MoveRange{place, place, 0});
        else
            it->last = place;
    }

    void planMoveRanges()
    {
        m_runs.clear();
        for (size_t p = 0; p < m_paragraphs.size(); ++p) {
            m_runs.push_back(runsOf(m_paragraphs[p]));
            const std::vector<Run> &runs = m_runs.back();
            for (size_t r = 0; r < runs.size(); ++r)
                note(runs[r].mark, runs[r].move, Place{p, r});
            const Mark mark = m_paragraphs[p].breakMark();
            note(mark, m_paragraphs[p].breakMove, Place{p, runs.size()});
        }
        for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
            m_startsAt[it->first].push_back(it.key());
            m_endsAt[it->last].push_back(it.key());
        }
    }

    QString nextId() { return QString::number(m_nextId++); }

    void writeRevisionAttributes(QXmlStreamWriter &xml)
    {
        xml.writeAttribute(W, u"id"_s, nextId());
        xml.writeAttribute(W, u"author"_s, m_author);
        xml.writeAttribute(W, u"date"_s, m_date);
    }

    static QString moveName(int move) { return u"move"_s + QString::number(move); }

    void writeRangeStarts(QXmlStreamWriter &xml, Place place)
    {
        const auto at = m_startsAt.find(place);
        if (at == m_startsAt.end())
            return;
        for (const qint64 key : at->second) {
            MoveRange &range = m_ranges[key];
            const bool to = key & 1;
            range.id = m_nextId++;
            xml.writeEmptyElement(W, to ? u"moveToRangeStart"_s : u"moveFromRangeStart"_s);
            xml.writeAttribute(W, u"id"_s, QString::number(range.id));
            xml.writeAttribute(W, u"author"_s, m_author);
            xml.writeAttribute(W, u"date"_s, m_date);
            xml.writeAttribute(W, u"name"_s, moveName(int(key >> 1)));
        }
    }

    void writeRangeEnds(QXmlStreamWriter &xml, Place place)
    {
        const auto at = m_endsAt.find(place);
        if (at == m_endsAt.end())
            return;
        for (const qint64 key : at->second) {
            xml.writeEmptyElement(W, (key & 1) ? u"moveToRangeEnd"_s : u"moveFromRangeEnd"_s);
            xml.writeAttribute(W, u"id"_s, QString::number(m_ranges.value(key).id));
        }
    }

    // One <w:r>: its text as <w:t> (or <w:delText> when deleted), tabs as <w:tab/>, line
    // separators as <w:br/>.
    static void writeRun(QXmlStreamWriter &xml, const Paragraph &p, const Run &run)
    {
        const QString textElement = run.mark == Mark::Del ? u"delText"_s : u"t"_s;
        xml.writeStartElement(W, u"r"_s);
        QString pending;
        auto flush = [&] {
            if (pending.isEmpty())
                return;
            xml.writeStartElement(W, textElement);
            xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
            xml.writeCharacters(pending);
            xml.writeEndElement();
            pending.clear();
        };
        for (size_t i = run.begin; i < run.end; ++i) {
            const char16_t c = p.content[i].c;
            if (c == u'\t' || c == 0x2028) {
                flush();
                xml.writeEmptyElement(W, c == u'\t' ? u"tab"_s : u"br"_s);
            } else {
                pending += QChar(c);
            }
        }
        flush();
        xml.writeEndElement(); // r
    }

    static QString revisionElement(Mark mark)
    {
        switch (mark) {
        case Mark::Ins: return u"ins"_s;
        case Mark::Del: return u"del"_s;
        case Mark::MoveFrom: return u"moveFrom"_s;
        case Mark::MoveTo: return u"moveTo"_s;
        case Mark::Equal: break;
        }
        return {};
    }

    void writeParagraph(QXmlStreamWriter &xml, size_t index)
    {
        const Paragraph &p = m_paragraphs[index];
        const std::vector<Run> &runs = m_runs[index];
        const Mark breakMark = p.breakMark();
        xml.writeStartElement(W, u"p"_s);
        if (p.headingLevel > 0 || breakMark != Mark::Equal) {
            xml.writeStartElement(W, u"pPr"_s);
            if (p.headingLevel > 0) {
                xml.writeEmptyElement(W, u"pStyle"_s);
                xml.writeAttribute(W, u"val"_s, u"Heading"_s + QString::number(p.headingLevel));
            }
            if (breakMark != Mark::Equal) {
                // The paragraph mark itself is the revision (ECMA-376 17.13.5: ins/del/moveFrom/moveTo
                // in the paragraph mark's run properties).
                xml.writeStartElement(W, u"rPr"_s);
                xml.writeEmptyElement(W, revisionElement(breakMark));
                writeRevisionAttributes(xml);
                xml.writeEndElement(); // rPr
            }
            xml.writeEndElement(); // pPr
        }
        for (size_t r = 0; r < runs.size(); ++r) {
            writeRangeStarts(xml, Place{index, r});
            const Run &run = runs[r];
            if (run.mark == Mark::Equal) {
                writeRun(xml, p, run);
            } else {
                xml.writeStartElement(W, revisionElement(run.mark));
                writeRevisionAttributes(xml);
                writeRun(xml, p, run);
                xml.writeEndElement();
            }
            writeRangeEnds(xml, Place{index, r});
        }
        writeRangeStarts(xml, Place{index, runs.size()});
        xml.writeEndElement(); // p
        // A range that ends with the paragraph mark closes after the paragraph (body level).
        writeRangeEnds(xml, Place{index, runs.size()});
    }

    std::vector<Paragraph> m_paragraphs;
    std::vector<std::vector<Run>> m_runs;
    QMap<qint64, MoveRange> m_ranges; // key(mark, move): ordered, so output is deterministic
    std::map<Place, std::vector<qint64>> m_startsAt;
    std::map<Place, std::vector<qint64>> m_endsAt;
    QString m_author;
    QString m_date;
    int m_nextId = 1;
};

QString displayName(const doc::PolicyDocument &d)
{
    return d.fileName.isEmpty() || d.fileName == u"-"_s ? Tr::tr("standard input") : d.fileName;
}

} // namespace

Result<QByteArray> docxRedline(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc,
                               const diff::DiffResult &result, const DocxRedlineOptions &options)
{
    const QDateTime when = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc();
    // W3CDTF / xsd:dateTime in UTC, whole seconds: "2024-05-01T12:00:00Z".
    const QString date = when.toUTC().toString(Qt::ISODate);
    const QString author = xmlSafeString(options.author.isEmpty() ? u"Clausewright"_s : options.author);
    QString title = options.title;
    if (title.isEmpty())
        title = newDoc.title.isEmpty() ? displayName(newDoc) : newDoc.title;

    std::vector<Paragraph> paragraphs =
        splitParagraphs(mergedText(oldDoc, newDoc, result), newDoc.proseText(), oldDoc.proseText());
    styleHeadings(paragraphs, oldDoc, newDoc);

    const QString officeRel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s;
    const std::vector<std::pair<QString, QByteArray>> parts = {
        {u"[Content_Types].xml"_s, contentTypesXml(false)},
        {u"_rels/.rels"_s,
         relationshipsXml({{u"rId1"_s, officeRel + u"officeDocument"_s, u"word/document.xml"_s},
                           {u"rId2"_s, u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
                            u"docProps/core.xml"_s}})},
        {u"word/document.xml"_s, DocumentWriter(std::move(paragraphs), author, date).write()},
        {u"word/styles.xml"_s, stylesXml(newDoc.language)},
        {u"word/settings.xml"_s, settingsXml(true)},
        {u"word/_rels/document.xml.rels"_s,
         relationshipsXml({{u"rId1"_s, officeRel + u"styles"_s, u"styles.xml"_s},
                           {u"rId2"_s, officeRel + u"settings"_s, u"settings.xml"_s}})},
        {u"docProps/core.xml"_s,
         corePropertiesXml(xmlSafeString(title),
                           xmlSafeString(Tr::tr("Changes from %1 to %2").arg(displayName(oldDoc), displayName(newDoc))),
                           author, date, newDoc.language)},
    };

    return writeZip(parts, when);
}

} // namespace cw::exporting
