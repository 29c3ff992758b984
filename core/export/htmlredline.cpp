#include "export/htmlredline.h"

#include "common/tr.h"
#include "text/language.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cw::exporting {

namespace {

using diff::DiffResult;
using diff::MoveEnd;
using diff::Op;
using diff::OpKind;
using diff::RowStatus;
using diff::SectionStatus;
using diff::Side;
using doc::TextRange;

// What an op is on the page, after a move without its counterpart has been demoted to a plain
// deletion or insertion (a page must not link to an anchor that does not exist).
enum class Piece {
    Equal,
    Insert,
    Delete,
    MoveFrom,
    MoveTo,
};

// Escapes text for element content and double-quoted attributes. Characters that HTML forbids
// (C0 controls but tab, line feed and carriage return; U+FFFE/U+FFFF; lone surrogates) become
// U+FFFD, so a policy with stray control bytes still gives a conforming page.
void appendEscaped(QString &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        case u'"': out += u"&quot;"; break;
        case u'\'': out += u"&#39;"; break;
        case u'\t':
        case u'\n':
        case u'\r': out += c; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfffe || c.unicode() == 0xffff) {
                out += QChar(QChar::ReplacementCharacter);
            } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out += c;
                out += text[++i];
            } else if (c.isSurrogate()) {
                out += QChar(QChar::ReplacementCharacter);
            } else {
                out += c;
            }
        }
    }
}

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text);
    return out;
}

// Changed text. A change that is only white space would be invisible when it is a line break
// ("a b" -> "a\n\nb"), so such a change gets a pilcrow per run of line breaks, drawn by CSS so
// that copying the text does not pick it up.
void appendChanged(QString &out, QStringView text)
{
    const bool blank = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    if (!blank) {
        appendEscaped(out, text);
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' && (i == 0 || text[i - 1] != u'\n'))
            out += u"<span class=\"pilcrow\"></span>";
        appendEscaped(out, text.sliced(i, 1));
    }
}

TextRange clipped(const TextRange &r, qsizetype size)
{
    const qsizetype start = std::clamp<qsizetype>(r.start, 0, size);
    return TextRange{start, std::clamp<qsizetype>(r.end, start, size)};
}

QStringView slice(const QString &text, const TextRange &r)
{
    const TextRange c = clipped(r, text.size());
    return QStringView(text).sliced(c.start, c.length());
}

QString sectionStatusLabel(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Equal: return Tr::tr("Unchanged", "section status");
    case SectionStatus::Changed: return Tr::tr("Changed", "section status");
    case SectionStatus::Added: return Tr::tr("Added", "section status");
    case SectionStatus::Removed: return Tr::tr("Removed", "section status");
    case SectionStatus::Moved: return Tr::tr("Moved", "section status");
    }
    return {};
}

// Two palettes (light, dark) over one set of rules; print always uses the light one and keeps
// the backgrounds, and every mark is also told apart without colour (underline, strike-through,
// double lines for moves) for a black-and-white printer.
constexpr auto Css = uR"css(
:root {
  color-scheme: light dark;
  --ink: #1f2328; --muted: #59636e; --paper: #ffffff; --rule: #d1d9e0; --panel: #f6f8fa;
  --ins-bg: #dafbe1; --ins-ink: #0f5323; --del-bg: #ffebe9; --del-ink: #a0111f;
  --move-bg: #ddf4ff; --move-ink: #0a3f8f; --row-changed: #fffbe6; --row-added: #f0fdf3;
  --row-removed: #fff5f4; --row-moved: #f0f8ff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6edf3; --muted: #9198a1; --paper: #0d1117; --rule: #3d444d; --panel: #151b23;
    --ins-bg: #0f3d1f; --ins-ink: #aff5b4; --del-bg: #4f1219; --del-ink: #ffc1ba;
    --move-bg: #0c2d6b; --move-ink: #b6e3ff; --row-changed: #1f1a05; --row-added: #0b1f12;
    --row-removed: #230d10; --row-moved: #0b1a33;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body {
  margin: 0 auto; padding: 2rem 1.5rem 3rem; max-width: 80rem;
  font: 16px/1.55 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
}
body.inline { max-width: 50rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 0 0 .75rem; }
.versions { margin: 0 0 1.5rem; padding: 0; list-style: none; color: var(--muted); }
.versions .file { color: var(--ink); font-weight: 600; overflow-wrap: anywhere; }
.summary {
  background: var(--panel); border: 1px solid var(--rule); border-radius: 8px;
  padding: 1rem 1.25rem; margin: 0 0 2rem;
}
.stats { display: flex; flex-wrap: wrap; gap: .75rem 2.5rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.stats li { display: flex; flex-direction: column; }
.stats .n { font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; line-height: 1.2; }
.stats .what { color: var(--muted); font-size: .875rem; }
.stats .ins .n { color: var(--ins-ink); }
.stats .del .n { color: var(--del-ink); }
.stats .move .n { color: var(--move-ink); }
.nochange { margin: 0 0 1rem; font-weight: 600; }
.legend { margin: 0; font-size: .875rem; color: var(--muted); }
.legend > * { margin-right: 1rem; }
table.sections { border-collapse: collapse; margin: 1rem 0 0; font-size: .9rem; }
table.sections th, table.sections td { text-align: left; padding: .2rem 1.5rem .2rem 0; vertical-align: top; }
table.sections th { color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--rule); }
table.sections .status { white-space: nowrap; }
table.sections .added { color: var(--ins-ink); }
table.sections .removed { color: var(--del-ink); }
table.sections .moved { color: var(--move-ink); }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 1px; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; }
.move ins, .move del { background: var(--move-bg); color: var(--move-ink); text-decoration-style: double; }
.move-badge {
  display: inline-block; margin: 0 .15em; padding: 0 .35em; border: 1px solid var(--move-ink); border-radius: 1em;
  font-size: .7em; line-height: 1.4; vertical-align: .35em; color: var(--move-ink); text-decoration: none;
  white-space: nowrap; font-variant-numeric: tabular-nums;
}
.move-badge:hover, .move-badge:focus { background: var(--move-bg); }
.move:target ins, .move:target del { outline: 2px solid var(--move-ink); outline-offset: 1px; }
.pilcrow::before { content: "\00B6"; opacity: .7; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
article.text { font-size: 1rem; line-height: 1.65; }
table.redline { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.redline col.ln { width: 3.5em; }
table.redline th {
  text-align: left; padding: .4rem .5rem; border-bottom: 2px solid var(--rule); font-weight: 600;
  overflow-wrap: anywhere;
}
table.redline td { vertical-align: top; padding: .3rem .5rem; border-top: 1px solid var(--rule); }
table.redline td.ln {
  text-align: right; color: var(--muted); font-size: .75rem; padding-top: .45rem;
  font-variant-numeric: tabular-nums; user-select: none;
}
tr.row-changed td { background: var(--row-changed); }
tr.row-added td.new, tr.row-added td.new-ln { background: var(--row-added); }
tr.row-removed td.old, tr.row-removed td.old-ln { background: var(--row-removed); }
tr.row-moved td { background: var(--row-moved); }
tr.row-moved td.old { box-shadow: inset 3px 0 0 var(--move-ink); }
tr.row-moved td.new { box-shadow: inset 3px 0 0 var(--move-ink); }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@media print {
  :root {
    color-scheme: light;
    --ink: #000; --muted: #444; --paper: #fff; --rule: #bbb; --panel: #fff;
    --ins-bg: #e3f6e7; --ins-ink: #0b4a1d; --del-bg: #fde8e6; --del-ink: #8a0f1b;
    --move-bg: #e4f2ff; --move-ink: #0a3f8f; --row-changed: #fff; --row-added: #fff;
    --row-removed: #fff; --row-moved: #fff;
  }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body, body.inline { max-width: none; padding: 0; font-size: 10pt; }
  .summary { break-inside: avoid; }
  table.redline thead { display: table-header-group; }
  table.redline tr { break-inside: avoid; }
  .move-badge { border-color: #888; }
}
)css";

class Page
{
public:
    Page(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc, const DiffResult &result,
         const HtmlRedlineOptions &options)
        : m_texts{{&oldDoc.text, &newDoc.text}}, m_docs{{&oldDoc, &newDoc}}, m_result(result), m_options(options)
    {
        // A move is linked only when both its ends exist; numbered 1, 2, … in reading order.
        QSet<int> from, to;
        for (const Op &op : result.ops) {
            if (op.kind != OpKind::Move)
                continue;
            (op.moveEnd == MoveEnd::From ? from : to).insert(op.moveId);
        }
        for (const Op &op : result.ops) {
            if (op.kind == OpKind::Move && from.contains(op.moveId) && to.contains(op.moveId)
                && !m_moveNumber.contains(op.moveId))
                m_moveNumber.insert(op.moveId, int(m_moveNumber.size()) + 1);
        }
    }

    QString render()
    {
        const QString title = m_options.title.isEmpty() ? Tr::tr("Comparison of versions") : m_options.title;
        const QString lang = m_options.uiLanguage.isEmpty() ? u"en"_s : m_options.uiLanguage;
        const bool inlineMode = m_options.mode == RedlineMode::Inline;

        m_out.reserve(m_texts[Side::Old]->size() + m_texts[Side::New]->size() * 2 + 16384);
        m_out += u"<!DOCTYPE html>\n<html lang=\""_s % escaped(lang) % u"\">\n<head>\n"
                 u"<meta charset=\"utf-8\">\n"
                 // Belt and braces: even if markup slipped through, the page could neither run a
                 // script nor fetch anything.
                 u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 u"style-src 'unsafe-inline'\">\n"
                 u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 u"<meta name=\"generator\" content=\"Clausewright\">\n"
                 u"<title>"_s
                 % escaped(title) % u"</title>\n<style>"_s % QStringView(Css) % u"</style>\n</head>\n<body class=\""_s
                 % (inlineMode ? u"inline"_s : u"side-by-side"_s) % u"\">\n<header>\n<h1>"_s % escaped(title)
                 % u"</h1>\n<ul class=\"versions\">\n"_s;
        appendVersion(Side::Old, Tr::tr("Old version:"));
        appendVersion(Side::New, Tr::tr("New version:"));
        m_out += u"</ul>\n</header>\n"_s;

        appendSummary();

        m_out += u"<main>\n"_s;
        if (inlineMode)
            appendInline();
        else
            appendSideBySide();
        m_out += u"</main>\n<footer>"_s % escaped(Tr::tr("Made with Clausewright.")) % u"</footer>\n</body>\n</html>\n"_s;
        return std::move(m_out);
    }

private:
    QString docLangAttribute(Side side) const
    {
        const text::Language language = m_docs[side]->language;
        if (language == text::Language::Unknown)
            return {};
        return u" lang=\""_s % text::languageCode(language) % u'"';
    }

    QString fileLabel(Side side) const
    {
        const doc::PolicyDocument &d = *m_docs[side];
        return d.fileName.isEmpty() || d.fileName == u"-"_s ? Tr::tr("standard input") : d.fileName;
    }

    void appendVersion(Side side, const QString &label)
    {
        const doc::PolicyDocument &d = *m_docs[side];
        m_out += u"<li>"_s % escaped(label) % u" <span class=\"file\">"_s % escaped(fileLabel(side)) % u"</span>"_s;
        if (!d.title.isEmpty())
            m_out += u" — <span"_s % docLangAttribute(side) % u">“"_s % escaped(d.title) % u"”</span>"_s;
        m_out += u"</li>\n"_s;
    }

    void appendStat(const char *cssClass, qint64 value, const QString &what)
    {
        m_out += u"<li class=\""_s % QString::fromLatin1(cssClass) % u"\"><span class=\"n\">"_s
                 % QString::number(value) % u"</span><span class=\"what\">"_s % escaped(what)
                 % u"</span></li>\n"_s;
    }

    void appendSummary()
    {
        const diff::DiffStats &s = m_result.stats;
        m_out += u"<section class=\"summary\">\n<h2>"_s % escaped(Tr::tr("Summary")) % u"</h2>\n"_s;
        const bool anyChange = std::any_of(m_result.ops.cbegin(), m_result.ops.cend(),
                                           [](const Op &op) { return op.kind != OpKind::Equal; });
        if (!anyChange)
            m_out += u"<p class=\"nochange\">"_s % escaped(Tr::tr("No differences: the two versions have the same text."))
                     % u"</p>\n"_s;
        m_out += u"<ul class=\"stats\">\n"_s;
        appendStat("ins", s.insertedWords, Tr::tr("words inserted"));
        appendStat("del", s.deletedWords, Tr::tr("words deleted"));
        appendStat("move", s.movedWords, Tr::tr("words moved"));
        appendStat("same", s.unchangedWords, Tr::tr("words unchanged"));
        appendStat("sections", s.sectionsChanged, Tr::tr("sections changed"));
        m_out += u"</ul>\n"_s;

        m_out += u"<p class=\"legend\">"_s % escaped(Tr::tr("Legend:")) % u" <ins>"_s % escaped(Tr::tr("Inserted"))
                 % u"</ins> <del>"_s % escaped(Tr::tr("Deleted")) % u"</del> <span class=\"move\"><ins>"_s
                 % escaped(Tr::tr("Moved here")) % u"</ins></span> <span class=\"move\"><del>"_s
                 % escaped(Tr::tr("Moved away")) % u"</del></span> <span>"_s
                 % escaped(Tr::tr("(a numbered mark links the two places of a move)")) % u"</span></p>\n"_s;

        bool headerDone = false;
        for (const diff::SectionMatch &m : m_result.sections) {
            if (m.status == SectionStatus::Equal)
                continue;
            if (!headerDone) {
                m_out += u"<table class=\"sections\">\n<thead><tr><th scope=\"col\">"_s % escaped(Tr::tr("Section"))
                         % u"</th><th scope=\"col\">"_s % escaped(Tr::tr("Change")) % u"</th></tr></thead>\n<tbody>\n"_s;
                headerDone = true;
            }
            QString name;
            if (m.present[Side::Old] && m.present[Side::New] && m.title[Side::Old] != m.title[Side::New])
                name = u"<del"_s % docLangAttribute(Side::Old) % u'>' % escaped(m.title[Side::Old])
                       % u"</del> → <ins"_s % docLangAttribute(Side::New) % u'>' % escaped(m.title[Side::New])
                       % u"</ins>"_s;
            else if (m.present[Side::New])
                name = u"<span"_s % docLangAttribute(Side::New) % u'>' % escaped(m.title[Side::New]) % u"</span>"_s;
            else
                name = u"<span"_s % docLangAttribute(Side::Old) % u'>' % escaped(m.title[Side::Old]) % u"</span>"_s;
            m_out += u"<tr class=\""_s % diff::sectionStatusName(m.status) % u"\"><td>"_s % name
                     % u"</td><td class=\"status\">"_s % escaped(sectionStatusLabel(m.status)) % u"</td></tr>\n"_s;
        }
        if (headerDone)
            m_out += u"</tbody>\n</table>\n"_s;
        m_out += u"</section>\n"_s;
    }

    Piece pieceOf(const Op &op) const
    {
        switch (op.kind) {
        case OpKind::Equal: return Piece::Equal;
        case OpKind::Insert: return Piece::Insert;
        case OpKind::Delete: return Piece::Delete;
        case OpKind::Move:
            if (op.moveEnd == MoveEnd::From)
                return m_moveNumber.contains(op.moveId) ? Piece::MoveFrom : Piece::Delete;
            if (op.moveEnd == MoveEnd::To)
                return m_moveNumber.contains(op.moveId) ? Piece::MoveTo : Piece::Insert;
            // Not a valid move: show it on the side where it has text.
            return op.range[Side::New].length() > 0 ? Piece::Insert : Piece::Delete;
        }
        return Piece::Equal;
    }

    // The side whose text a piece shows (Equal: NEW in the inline view).
    static Side sideOf(Piece piece) { return piece == Piece::Delete || piece == Piece::MoveFrom ? Side::Old : Side::New; }

    void appendMove(const Op &op, Piece piece, QStringView text)
    {
        const bool from = piece == Piece::MoveFrom;
        const QString number = QString::number(m_moveNumber.value(op.moveId));
        const QString id = u"move-"_s % QString::number(op.moveId);
        const QString here = id % (from ? u"-from"_s : u"-to"_s);
        const QString there = id % (from ? u"-to"_s : u"-from"_s);
        // A move split into several ops gets its anchor on the first one only: ids stay unique.
        const bool first = !m_anchored.contains(here);
        m_anchored.insert(here);
        const QString hint = from ? Tr::tr("Moved text (%1): go to its new place").arg(number)
                                  : Tr::tr("Moved text (%1): go to where it was").arg(number);
        m_out += u"<span class=\"move "_s % (from ? u"move-from"_s : u"move-to"_s) % u'"'
                 % (first ? QString(u" id=\""_s % here % u'"') : QString()) % u"><a class=\"move-badge\" href=\"#"_s % there
                 % u"\" title=\""_s % escaped(hint) % u"\">"_s % (from ? u"↷"_s : u"↶"_s) % number % u"</a>"_s
                 % (from ? u"<del>"_s : u"<ins>"_s);
        appendChanged(m_out, text);
        m_out += from ? u"</del></span>"_s : u"</ins></span>"_s;
    }

    void appendPiece(const Op &op, Piece piece, QStringView text)
    {
        if (text.isEmpty())
            return;
        switch (piece) {
        case Piece::Equal:
            appendEscaped(m_out, text);
            break;
        case Piece::Insert:
            m_out += u"<ins>"_s;
            appendChanged(m_out, text);
            m_out += u"</ins>"_s;
            break;
        case Piece::Delete:
            m_out += u"<del>"_s;
            appendChanged(m_out, text);
            m_out += u"</del>"_s;
            break;
        case Piece::MoveFrom:
        case Piece::MoveTo:
            appendMove(op, piece, text);
            break;
        }
    }

    void appendInline()
    {
        m_out += u"<article class=\"text\""_s % docLangAttribute(Side::New) % u'>';
        for (const Op &op : m_result.ops) {
            const Piece piece = pieceOf(op);
            const Side side = sideOf(piece);
            appendPiece(op, piece, slice(*m_texts[side], op.range[side]));
        }
        m_out += u"</article>\n"_s;
    }

    // One side of a row: every character of row.range[side] exactly once, marked by the op that
    // covers it (ops are clipped to the row; a stretch no op covers is shown plain).
    void appendCell(const diff::Row &row, Side side)
    {
        const QString &text = *m_texts[side];
        const TextRange rowRange = clipped(row.range[side], text.size());
        qsizetype pos = rowRange.start;
        const int firstOp = std::clamp(row.firstOp, 0, int(m_result.ops.size()));
        const int lastOp = std::clamp(row.lastOp, firstOp, int(m_result.ops.size()));
        for (int i = firstOp; i < lastOp; ++i) {
            const Op &op = m_result.ops[size_t(i)];
            const Piece piece = pieceOf(op);
            if (piece != Piece::Equal && sideOf(piece) != side)
                continue; // inserted text has no place in OLD's column, deleted text none in NEW's
            const qsizetype start = std::max(pos, std::max(op.range[side].start, rowRange.start));
            const qsizetype end = std::min(op.range[side].end, rowRange.end);
            if (end <= start)
                continue;
            if (start > pos)
                appendEscaped(m_out, QStringView(text).sliced(pos, start - pos));
            appendPiece(op, piece, QStringView(text).sliced(start, end - start));
            pos = end;
        }
        if (pos < rowRange.end)
            appendEscaped(m_out, QStringView(text).sliced(pos, rowRange.end - pos));
        // The paragraph break that ends a row would be an empty line at the bottom of its cell
        // (pre-wrap); the row border shows the break. Only unchanged text ends in a bare line
        // break here: a change ends with its closing tag.
        while (m_out.endsWith(u'\n') || m_out.endsWith(u'\r'))
            m_out.chop(1);
    }

    // 1-based line of an offset; rows come in order, so counting resumes where it stopped.
    int lineAt(Side side, qsizetype offset)
    {
        const QString &text = *m_texts[side];
        offset = std::clamp<qsizetype>(offset, 0, text.size());
        if (offset < m_lineOffset[side]) {
            m_lineOffset[side] = 0;
            m_line[side] = 1;
        }
        m_line[side] += int(QStringView(text).sliced(m_lineOffset[side], offset - m_lineOffset[side]).count(u'\n'));
        m_lineOffset[side] = offset;
        return m_line[side];
    }

    void appendSideBySide()
    {
        m_out += u"<table class=\"redline\">\n<colgroup><col class=\"ln\"><col><col class=\"ln\"><col></colgroup>\n"
                 u"<thead><tr><th colspan=\"2\" scope=\"col\">"_s
                 % escaped(Tr::tr("Old version:")) % u' ' % escaped(fileLabel(Side::Old))
                 % u"</th><th colspan=\"2\" scope=\"col\">"_s % escaped(Tr::tr("New version:")) % u' '
                 % escaped(fileLabel(Side::New)) % u"</th></tr></thead>\n<tbody>\n"_s;
        const QString oldLang = docLangAttribute(Side::Old);
        const QString newLang = docLangAttribute(Side::New);
        std::vector<diff::Row> rows = m_result.rows;
        if (rows.empty() && !(m_texts[Side::Old]->isEmpty() && m_texts[Side::New]->isEmpty())) {
            // No rows (a result built by hand, or by an older differ): one row with everything.
            diff::Row all;
            all.range = {{TextRange{0, m_texts[Side::Old]->size()}, TextRange{0, m_texts[Side::New]->size()}}};
            all.lastOp = int(m_result.ops.size());
            const bool anyChange = std::any_of(m_result.ops.cbegin(), m_result.ops.cend(),
                                               [](const Op &op) { return op.kind != OpKind::Equal; });
            all.status = anyChange ? RowStatus::Changed : RowStatus::Equal;
            rows.push_back(all);
        }
        for (const diff::Row &row : rows) {
            m_out += u"<tr class=\"row-"_s % diff::rowStatusName(row.status) % u"\">"_s;
            for (Side side : {Side::Old, Side::New}) {
                const bool empty = row.range[side].length() <= 0;
                const QString which = side == Side::Old ? u"old"_s : u"new"_s;
                m_out += u"<td class=\"ln "_s % which % u"-ln\">"_s
                         % (empty ? QString() : QString::number(lineAt(side, row.range[side].start)))
                         % u"</td><td class=\"text "_s % which % u'"' % (side == Side::Old ? oldLang : newLang)
                         % u'>';
                appendCell(row, side);
                m_out += u"</td>"_s;
            }
            m_out += u"</tr>\n"_s;
        }
        m_out += u"</tbody>\n</table>\n"_s;
    }

    std::array<const QString *, diff::SideCount> m_texts;
    std::array<const doc::PolicyDocument *, diff::SideCount> m_docs;
    const DiffResult &m_result;
    const HtmlRedlineOptions &m_options;
    QHash<int, int> m_moveNumber; // moveId -> the number shown
    QSet<QString> m_anchored;
    std::array<qsizetype, diff::SideCount> m_lineOffset{{0, 0}};
    std::array<int, diff::SideCount> m_line{{1, 1}};
    QString m_out;
};

} // namespace

QString htmlRedline(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc, const diff::DiffResult &result,
                    const HtmlRedlineOptions &options)
{
    return Page(oldDoc, newDoc, result, options).render();
}

} // namespace cw::exporting
