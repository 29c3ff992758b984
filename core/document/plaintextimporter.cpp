#include "document/plaintextimporter.h"

#include "common/tr.h"
#include "document/blockbuilder.h"
#include "document/structurecues.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

// Structure recovery for plain-text policies.
//
// Policies arrive as text dumps of web pages and documents: headings survive only as
// typography that the dump kept — numbering ("1. Сбор Ваших Персональных данных."),
// ALL CAPS ("INFORMATION WE COLLECT"), a question ("What information do we collect?"),
// a short title line ("Cookies and Other Identifiers"), a label ending in a colon
// ("Basic Account Information:"). Each line is first classified on its own, then in context:
//   - a heading needs a body after it, starts with a capital, has no sentence inside it and
//     does not end like a sentence fragment (",", ";");
//   - after a lead-in line ending in ":" ("…used in one of the following ways:"), short lines
//     that begin alike ("To improve…", "To process…") are the items of a list, not headings;
//   - the title is the first title-like line near the top (cue words from data), with any
//     lower-case lines that continue it; lines above it are page chrome.
// Heading levels follow the styles present, ranked numbered > CAPS > question > title line >
// label > lettered, so "Your rights under CCPA" (a title line) sits under "YOUR RIGHTS …"
// (caps) and the first style of a document is always its top level.
// A heading glued to the end of the previous paragraph by a lost line break
// ("…using the CRM.Other disclosures of personal information") is split off, unless the same
// heading follows on its own line (then the glued copy is a dump artefact and stays text).

namespace cw::doc {

namespace {

enum class Style {
    Numbered,  // "1. Title"
    Caps,      // "INFORMATION WE COLLECT"
    Question,  // "What information do we collect?"
    Plain,     // "Cookies and Other Identifiers"
    Label,     // "Basic Account Information:"
    SubNumbered, // "1.2. Title"
    Lettered,  // "i. Title", "a) Title"
};

int rankOf(Style s, int depth)
{
    switch (s) {
    case Style::Numbered: return 10;
    case Style::Caps: return 20;
    case Style::Question: return 30;
    case Style::Plain: return 40;
    case Style::Label: return 50;
    case Style::SubNumbered: return 50 + std::min(depth, 9);
    case Style::Lettered: return 70;
    }
    return 40;
}

using Cues = StructureCues;

const Cues &cues()
{
    return structureCues();
}

struct Line
{
    qsizetype start = 0;   // first non-space character
    qsizetype end = 0;     // after the last non-space character
    qsizetype lineStart = 0;
    int indent = 0;
    bool blank = true;
    QString text;          // trimmed
    QString marker;        // numbering or bullet as written ("1.", "ii.", "-")
    int numberDepth = 0;   // 1 for "1.", 2 for "1.2."
    bool lettered = false;
    bool bullet = false;
    QString body;          // text after the marker
    int words = 0;
};

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
}

std::vector<Line> splitLines(const QString &text)
{
    constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
    static const QRegularExpression numbered(u"^(\\d{1,3}(?:\\.\\d{1,3})*)([.)])?\\s+(?=\\S)"_s, unicode);
    static const QRegularExpression lettered(
        u"^(?:\\(?([ivxlc]{1,5}|[a-zа-я])\\)|([ivxlc]{1,5}|[a-zа-я])\\.)\\s+(?=\\S)"_s,
        QRegularExpression::CaseInsensitiveOption | unicode);
    static const QRegularExpression bullet(u"^([-–—•·▪●◦*+])\\s*(?=\\S)"_s, unicode);

    std::vector<Line> lines;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos <= n) {
        qsizetype eol = pos;
        while (eol < n && text[eol] != u'\n' && text[eol] != u'\r' && text[eol] != QChar(0x2028))
            ++eol;
        Line line;
        line.lineStart = pos;
        qsizetype s = pos;
        while (s < eol && isSpaceLike(text[s])) {
            line.indent += text[s] == u'\t' ? 4 : 1;
            ++s;
        }
        qsizetype e = eol;
        while (e > s && isSpaceLike(text[e - 1]))
            --e;
        line.start = s;
        line.end = e;
        line.blank = s == e;
        if (!line.blank && e - s <= 400) { // long lines are paragraphs: no need to look closer
            line.text = text.mid(s, e - s);
            line.body = line.text;
            if (auto m = numbered.match(line.text); m.hasMatch() && (m.capturedLength(2) > 0 || m.captured(1).contains(u'.'))) {
                line.marker = m.captured(1) + m.captured(2);
                line.numberDepth = int(m.captured(1).count(u'.')) + 1;
                line.body = line.text.mid(m.capturedEnd());
            } else if (auto l = lettered.match(line.text); l.hasMatch()) {
                line.marker = line.text.left(l.capturedEnd()).trimmed();
                line.lettered = true;
                line.body = line.text.mid(l.capturedEnd());
            } else if (auto b = bullet.match(line.text); b.hasMatch()) {
                line.marker = b.captured(1);
                line.bullet = true;
                line.body = line.text.mid(b.capturedEnd());
            }
            line.words = int(line.body.split(u' ', Qt::SkipEmptyParts).size());
        } else if (!line.blank) {
            line.words = 1000;
        }
        lines.push_back(std::move(line));
        if (eol >= n)
            break;
        pos = eol + ((text[eol] == u'\r' && eol + 1 < n && text[eol + 1] == u'\n') ? 2 : 1);
    }
    return lines;
}

bool isUpperStart(const QString &s)
{
    for (QChar c : s) {
        if (c.isLetter())
            return c.isUpper() || c.category() == QChar::Letter_Other;
        if (c.isDigit())
            return false;
        if (c == u'«' || c == u'"' || c == u'“' || c == u'(' || c == u'\'')
            continue;
        return false;
    }
    return false;
}

bool isLowerStart(const QString &s)
{
    for (QChar c : s)
        if (c.isLetter())
            return c.isLower();
    return false;
}

bool isAllCaps(const QString &s)
{
    int upper = 0, lower = 0;
    for (QChar c : s) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    return upper >= 4 && lower == 0;
}

double letterShare(const QString &s)
{
    int letters = 0, other = 0;
    for (QChar c : s) {
        if (c.isLetter())
            ++letters;
        else if (!c.isSpace())
            ++other;
    }
    return letters + other == 0 ? 0.0 : double(letters) / double(letters + other);
}

// A sentence boundary inside the line: ". X" or "? X" (not "e.g. x", not "Yandex. Direct" —
// a heading is short, so one boundary in it already means prose).
bool hasInnerSentence(const QString &s)
{
    // The second form is a sentence glued to the next by a lost space or line break.
    static const QRegularExpression re(u"[.!?;](?:\\s+\\S|(?<=\\p{Ll}[.!?])\\p{Lu}\\p{Ll})"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

bool hasInnerLabel(const QString &s)
{
    static const QRegularExpression re(u":\\s*\\S"_s, QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

struct Candidate
{
    bool heading = false;
    Style style = Style::Plain;
};

// The line on its own: could a reader take it for a heading?
Candidate classify(const Line &line, const Cues &c)
{
    Candidate out;
    if (line.blank || line.bullet || line.words > 16 || line.text.size() > 160)
        return out;
    const QString &body = line.body;
    if (body.size() < 2 || !isUpperStart(body) || letterShare(body) < 0.6)
        return out;
    if (Cues::any(c.notHeading, body) || hasInnerSentence(body) || hasInnerLabel(body))
        return out;
    const QChar last = body.back();
    if (last == u',' || last == u';' || last == u'-' || last == u'–' || last == u'(')
        return out;

    if (line.numberDepth > 0) {
        if (line.words > 14 || last == u':')
            return out;
        out.heading = true;
        out.style = line.numberDepth == 1 ? Style::Numbered : Style::SubNumbered;
        return out;
    }
    if (line.lettered) {
        if (line.words > 12 || last == u'.')
            return out;
        out.heading = true;
        out.style = Style::Lettered;
        return out;
    }
    if (last == u':') {
        const bool caps = isAllCaps(body);
        if (line.words > 8 || (!caps && (Cues::any(c.leadIn, body.chopped(1)) || Cues::any(c.leadInStart, body))))
            return out;
        out.heading = true;
        out.style = caps ? Style::Caps : Style::Label;
        return out;
    }
    if (last == u'?') {
        out.heading = true;
        out.style = Style::Question;
        return out;
    }
    if (last == u'.' || last == u'!' || last == u'…')
        return out; // short sentences ending with a period: decided in context (numbered or isolated)
    const bool caps = isAllCaps(body);
    if (!caps && line.words > 12)
        return out;
    out.heading = true;
    out.style = caps ? Style::Caps : Style::Plain;
    return out;
}

QString firstWord(const QString &s)
{
    const qsizetype sp = s.indexOf(u' ');
    return (sp < 0 ? s : s.left(sp)).toLower();
}

} // namespace

QString PlainTextImporter::format() const { return u"text"_s; }

QStringList PlainTextImporter::suffixes() const { return {u"txt"_s, u"text"_s}; }

bool PlainTextImporter::sniff(const QByteArray &) const { return false; }

Result<PolicyDocument> PlainTextImporter::import(const QByteArray &bytes, const ImportOptions &options) const
{
    auto decoded = decodedDocument(bytes, options, format());
    if (!decoded)
        return decoded.error();
    PolicyDocument doc = std::move(decoded).value();
    DocumentBuilder builder(doc);
    recoverPlainTextStructure(doc, builder);
    builder.finish(options);
    return doc;
}

void recoverPlainTextStructure(const PolicyDocument &doc, DocumentBuilder &builder)
{
    const Cues &c = cues();
    const std::vector<Line> lines = splitLines(doc.text);
    const int n = int(lines.size());

    auto nextNonBlank = [&](int i) {
        for (int j = i + 1; j < n; ++j)
            if (!lines[size_t(j)].blank)
                return j;
        return -1;
    };
    auto prevNonBlank = [&](int i) {
        for (int j = i - 1; j >= 0; --j)
            if (!lines[size_t(j)].blank)
                return j;
        return -1;
    };

    // The text's base indentation: dumps that indent everything do not make everything a list.
    int baseIndent = 1 << 20;
    for (const Line &l : lines)
        if (!l.blank)
            baseIndent = std::min(baseIndent, l.indent);

    std::vector<Candidate> cand(static_cast<size_t>(n));
    std::vector<int> runIn;
    for (int i = 0; i < n; ++i) {
        const Line &l = lines[size_t(i)];
        if (l.blank || l.indent > baseIndent + 1)
            continue;
        cand[size_t(i)] = classify(l, c);
        // An isolated short line ending in a period, between blank lines and before a body
        // ("Исправление."), is a run-in heading of the kind Russian policies use — when the
        // text has several of them; a lone one is a short sentence ("Thank you.").
        if (!cand[size_t(i)].heading && l.numberDepth == 0 && !l.lettered && !l.bullet && l.words <= 3
            && l.text.endsWith(u'.') && !hasInnerSentence(l.text.chopped(1)) && !hasInnerLabel(l.text)
            && isUpperStart(l.text) && !Cues::any(c.notHeading, l.text) && i > 0 && lines[size_t(i - 1)].blank
            && i + 1 < n && lines[size_t(i + 1)].blank && nextNonBlank(i) >= 0
            && lines[size_t(nextNonBlank(i))].words >= 6) // a body follows, not another short line
            runIn.push_back(i);
    }
    if (runIn.size() >= 2)
        for (int i : runIn)
            cand[size_t(i)] = {true, Style::Plain};

    // A table of contents ("1. Scope ........ 3", or "2. Как с нами связаться 1" as a PDF's
    // text gives it): three or more lines in a row, blank lines aside, each ending in a page
    // number, the numbers never going back. Its lines name the headings; they are not headings.
    {
        static const QRegularExpression contentsLine(uR"(^(?:.*\S)(?:\s*[.·…_]{2,}\s*|\s+)(\d{1,4})$)"_s);
        for (int i = 0; i < n;) {
            std::vector<int> run;
            int lastPage = 0;
            for (int j = i; j < n; ++j) {
                const Line &l = lines[size_t(j)];
                if (l.blank)
                    continue;
                const auto m = contentsLine.match(l.text);
                const int page = m.hasMatch() ? m.captured(1).toInt() : -1;
                if (page < lastPage || l.words > 16)
                    break;
                lastPage = page;
                run.push_back(j);
            }
            if (run.size() >= 3)
                for (int k : run)
                    cand[size_t(k)] = {};
            i = run.empty() ? i + 1 : run.back() + 1;
        }
    }

    // Title: the first title-like line among the first lines before the body starts.
    int titleFirst = -1, titleLast = -1;
    {
        int seen = 0;
        for (int i = 0; i < n && seen < 6; ++i) {
            const Line &l = lines[size_t(i)];
            if (l.blank)
                continue;
            ++seen;
            const bool shortLine = l.words <= 12 && !hasInnerSentence(l.text) && !l.text.endsWith(u'.');
            if (shortLine && Cues::any(c.title, l.text) && l.numberDepth == 0) {
                titleFirst = titleLast = i;
                break;
            }
            if (l.words > 40)
                break; // the body has begun
        }
        if (titleFirst < 0) {
            const int first = nextNonBlank(-1);
            const int next = first >= 0 ? nextNonBlank(first) : -1;
            if (first >= 0 && cand[size_t(first)].heading && lines[size_t(first)].numberDepth == 0 && next >= 0)
                titleFirst = titleLast = first;
        }
        // Lower-case lines right after it continue it ("ПОЛИТИКА / обработки персональных данных").
        for (int j = nextNonBlank(titleLast); titleFirst >= 0 && j >= 0; j = nextNonBlank(j)) {
            const Line &l = lines[size_t(j)];
            if (!isLowerStart(l.text) || l.words > 10 || l.text.endsWith(u'.') || j - titleLast > 2)
                break;
            titleLast = j;
        }
    }
    if (titleFirst >= 0) {
        QStringList parts;
        for (int i = titleFirst; i <= titleLast; ++i)
            if (!lines[size_t(i)].blank)
                parts << lines[size_t(i)].text;
        QString title = headingTitle(parts.join(u' '));
        // "Privacy Policy | Common content": the part after a bar is the site's section name.
        if (const qsizetype bar = title.indexOf(u" | "_s); bar > 0)
            title = title.left(bar);
        builder.setTitle({lines[size_t(titleFirst)].start, lines[size_t(titleLast)].end}, title);
        for (int i = 0; i < titleFirst; ++i)
            cand[size_t(i)] = {}; // page chrome above the title
        for (int i = titleFirst; i <= titleLast; ++i)
            cand[size_t(i)] = {};
    }

    // Context: a heading needs a body (or closes the document), and is not a sentence cut in two.
    for (int i = 0; i < n; ++i) {
        if (!cand[size_t(i)].heading)
            continue;
        // A heading needs a body; only a last heading may close the text ("Last updated").
        if (nextNonBlank(i) < 0 && std::none_of(cand.begin(), cand.begin() + i, [](const Candidate &x) { return x.heading; })) {
            cand[size_t(i)].heading = false;
            continue;
        }
        // A sentence wrapped onto the next line: no blank line, no list marker, lower case.
        if (i + 1 < n) {
            const Line &next = lines[size_t(i + 1)];
            if (!next.blank && next.marker.isEmpty() && isLowerStart(next.text)
                && cand[size_t(i)].style != Style::Label && cand[size_t(i)].style != Style::Question)
                cand[size_t(i)].heading = false;
        }
    }

    // Lists introduced by a lead-in line: items that begin alike are items, not headings.
    for (int i = 0; i < n; ++i) {
        const Line &l = lines[size_t(i)];
        if (l.blank || cand[size_t(i)].heading || !l.text.endsWith(u':'))
            continue;
        std::vector<int> run;
        int j = i + 1;
        // Bounded, and a new lead-in starts a new run, so no input makes this quadratic.
        for (; j < n && j - i <= 200; ++j) {
            const Line &m = lines[size_t(j)];
            if (m.blank || (m.text.endsWith(u':') && !cand[size_t(j)].heading))
                break;
            const Candidate &cj = cand[size_t(j)];
            if (cj.heading && (cj.style == Style::Numbered || cj.style == Style::Caps || cj.style == Style::Question))
                break;
            run.push_back(j);
        }
        // The list ends at the first title line that begins unlike every other line of the run:
        // that one is the next heading ("Purposes of using Personal Information").
        std::map<QString, int> starts;
        for (int k : run)
            ++starts[firstWord(lines[size_t(k)].body)];
        for (int k : run) {
            if (!cand[size_t(k)].heading || cand[size_t(k)].style != Style::Plain)
                continue;
            if (starts[firstWord(lines[size_t(k)].body)] == 1)
                break;
            cand[size_t(k)].heading = false;
        }
    }

    // Title lines that follow each other with no text between them are not sections but rows:
    // a table read as lines (a PDF's "Цель Правовое основание", "Ведение учётной записи
    // Исполнение договора"), or contents without page numbers. Three or more in a row lose
    // their heading; the last keeps it when text follows it (the first section after contents).
    for (int i = 0; i < n;) {
        if (!cand[size_t(i)].heading || cand[size_t(i)].style != Style::Plain) {
            ++i;
            continue;
        }
        std::vector<int> run{i};
        int j = nextNonBlank(i);
        while (j >= 0 && cand[size_t(j)].heading && cand[size_t(j)].style == Style::Plain) {
            run.push_back(j);
            j = nextNonBlank(j);
        }
        if (run.size() >= 3) {
            const bool bodyAfter = j >= 0 && !cand[size_t(j)].heading;
            for (size_t k = 0; k + (bodyAfter ? 1 : 0) < run.size(); ++k)
                cand[size_t(run[k])].heading = false;
        }
        i = run.back() + 1;
    }

    // Levels from the styles present. A style is a subsection style only if some heading of
    // it stands between two headings of a higher style, i.e. inside a section that ends: a
    // style met only before the first or after the last higher heading ("Contacts" after
    // numbered sections 1–11, plain titles after one question heading) is top level.
    std::vector<int> headingIndex;
    std::vector<int> headingRank;
    for (int i = 0; i < n; ++i)
        if (cand[size_t(i)].heading) {
            headingIndex.push_back(i);
            headingRank.push_back(rankOf(cand[size_t(i)].style, lines[size_t(i)].numberDepth));
        }
    std::vector<int> ranks = headingRank;
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    std::map<int, int> effectiveRank;
    for (int r : ranks) {
        bool enclosed = false;
        int lastHigher = -1;                    // position of the last higher heading so far
        std::vector<int> pending;               // rank-r headings after it, not yet closed
        for (size_t k = 0; k < headingRank.size() && !enclosed; ++k) {
            if (headingRank[k] < r) {
                enclosed = lastHigher >= 0 && !pending.empty();
                lastHigher = int(k);
                pending.clear();
            } else if (headingRank[k] == r) {
                pending.push_back(int(k));
            }
        }
        effectiveRank[r] = enclosed || r == ranks.front() ? r : ranks.front();
    }
    std::vector<int> levels;
    for (const auto &[rank, effective] : effectiveRank)
        levels.push_back(effective);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    auto levelOf = [&](int i) {
        const int r = effectiveRank[rankOf(cand[size_t(i)].style, lines[size_t(i)].numberDepth)];
        return int(std::lower_bound(levels.begin(), levels.end(), r) - levels.begin()) + 1;
    };

    static const QRegularExpression glued(
        u"(?<=[\\p{Ll}\\p{Lu}\\d)])[.!?](\\p{Lu}[\\p{L}’']*(?: [\\p{L}’'\\-]+){1,10})$"_s);

    // Blocks.
    int paraStart = -1, paraEnd = -1;
    std::vector<int> listIndents; // the indentation of each open list level
    auto listDepth = [&](int indent) {
        while (!listIndents.empty() && listIndents.back() > indent)
            listIndents.pop_back();
        if (listIndents.empty() || listIndents.back() < indent)
            listIndents.push_back(indent);
        return int(listIndents.size());
    };
    auto flushParagraph = [&] {
        if (paraStart >= 0)
            builder.addBlock(BlockKind::Paragraph, {lines[size_t(paraStart)].start, lines[size_t(paraEnd)].end});
        paraStart = paraEnd = -1;
    };
    for (int i = 0; i < n; ++i) {
        const Line &l = lines[size_t(i)];
        if (l.blank) {
            flushParagraph();
            continue;
        }
        if (titleFirst >= 0 && i >= titleFirst && i <= titleLast)
            continue;
        if (titleFirst >= 0 && i < titleFirst) {
            builder.addBlock(BlockKind::Paragraph, {l.start, l.end}); // chrome stays text
            continue;
        }
        if (cand[size_t(i)].heading) {
            flushParagraph();
            listIndents.clear();
            builder.addHeading({l.start, l.end}, levelOf(i), headingTitle(l.text), l.marker);
            continue;
        }
        // A heading glued to the end of this line by a lost line break.
        qsizetype gluedStart = -1;
        QString gluedTitle;
        if (l.end - l.start > 40) {
            const qsizetype from = std::max(l.start, l.end - 160);
            const QString tail = doc.text.mid(from, l.end - from);
            const auto m = glued.match(tail);
            const int next = nextNonBlank(i);
            if (m.hasMatch() && next >= 0 && !Cues::any(c.notHeading, m.captured(1))
                && lines[size_t(next)].text != m.captured(1)) {
                gluedStart = from + m.capturedStart(1);
                gluedTitle = headingTitle(m.captured(1));
            }
        }
        const qsizetype lineEnd = gluedStart >= 0 ? gluedStart : l.end;
        if (l.numberDepth > 0 || l.lettered || l.bullet || gluedStart >= 0) {
            flushParagraph();
            if (l.numberDepth > 0 || l.lettered || l.bullet)
                builder.addBlock(BlockKind::ListItem, {l.start, lineEnd}, listDepth(l.indent), l.marker);
            else
                builder.addBlock(BlockKind::Paragraph, {l.start, lineEnd});
            if (gluedStart >= 0) {
                // Its level: that of the nearest heading above, or the top.
                int level = 1;
                for (int k = prevNonBlank(i); k >= 0; k = prevNonBlank(k))
                    if (cand[size_t(k)].heading) {
                        level = levelOf(k);
                        break;
                    }
                builder.addHeading({gluedStart, l.end}, level, gluedTitle);
            }
            continue;
        }
        // Hard-wrapped prose: a line that does not end a sentence, followed by one starting in
        // lower case, continues the same paragraph.
        if (paraStart >= 0) {
            const QString &prev = lines[size_t(paraEnd)].text;
            const QChar last = prev.isEmpty() ? QChar() : prev.back();
            const bool continues = !prev.isEmpty() && last != u'.' && last != u':' && last != u';'
                                   && last != u'!' && last != u'?' && isLowerStart(l.text);
            if (continues && paraEnd == i - 1) {
                paraEnd = i;
                continue;
            }
            flushParagraph();
        }
        paraStart = paraEnd = i;
    }
    flushParagraph();
}

} // namespace cw::doc
