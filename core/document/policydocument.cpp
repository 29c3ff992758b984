#include "document/policydocument.h"

#include "document/structurecues.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

void collect(const std::vector<Section> &sections, std::vector<const Section *> &out)
{
    for (const Section &s : sections) {
        out.push_back(&s);
        collect(s.children, out);
    }
}

// Heading levels deeper than this are folded into it, which also bounds the recursion
// of the tree builders below.
constexpr int MaxLevel = 16;

Section buildNode(const std::vector<HeadingInfo> &headings, const std::vector<std::vector<int>> &children,
                  const std::vector<int> &levels, const std::vector<qsizetype> &ends, int index)
{
    const HeadingInfo &h = headings[size_t(index)];
    Section s;
    s.title = h.title;
    s.level = levels[size_t(index)];
    s.range = TextRange{h.range.start, std::max(h.range.start, ends[size_t(index)])};
    // A heading never reaches past its section: parsers can report overlapping source
    // positions for odd input (a setext underline shared with a table row, found by fuzzing).
    s.heading = TextRange{h.range.start, std::clamp(h.range.end, h.range.start, s.range.end)};
    for (int child : children[size_t(index)])
        s.children.push_back(buildNode(headings, children, levels, ends, child));
    return s;
}

} // namespace

std::vector<const Section *> PolicyDocument::flatSections() const
{
    std::vector<const Section *> out;
    collect(sections, out);
    return out;
}

QString PolicyDocument::proseText() const
{
    QString out = text;
    for (const Block &b : blocks) {
        if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::ListItem && b.kind != BlockKind::Quote)
            continue;
        const qsizetype end = std::min(b.range.end, out.size());
        for (qsizetype k = std::max<qsizetype>(0, b.range.start); k + 1 < end; ++k) {
            if (out[k] != u'\n')
                continue;
            qsizetype next = k + 1;
            while (next < end && (out[next] == u' ' || out[next] == u'\t'))
                ++next;
            if (next < end && out[next] != u'{' && out[next] != u'\n' && out[next] != u'\r')
                out[k] = u' ';
        }
    }
    return out;
}

const Section *PolicyDocument::sectionAt(qsizetype offset) const
{
    const Section *found = nullptr;
    const std::vector<Section> *level = &sections;
    while (level) {
        const auto it = std::find_if(level->begin(), level->end(),
                                     [offset](const Section &s) { return s.range.contains(offset); });
        if (it == level->end())
            break;
        found = &*it;
        level = &it->children;
    }
    return found;
}

std::vector<Section> buildSectionTree(const std::vector<HeadingInfo> &headings, qsizetype textLength)
{
    const int n = int(headings.size());
    std::vector<int> levels(size_t(n), 1);
    std::vector<qsizetype> ends(size_t(n), textLength);
    std::vector<int> parents(size_t(n), -1);

    // The stack holds the open headings: raw levels decide who closes whom, effective levels
    // (parent + 1) are what the tree reports, so "#" followed by "###" nests one level down.
    struct Open { int raw; int index; };
    std::vector<Open> stack;
    for (int i = 0; i < n; ++i) {
        const int raw = std::clamp(headings[size_t(i)].level, 1, MaxLevel);
        while (!stack.empty() && stack.back().raw >= raw) {
            ends[size_t(stack.back().index)] = headings[size_t(i)].range.start;
            stack.pop_back();
        }
        parents[size_t(i)] = stack.empty() ? -1 : stack.back().index;
        levels[size_t(i)] = stack.empty() ? 1 : levels[size_t(stack.back().index)] + 1;
        stack.push_back({raw, i});
    }

    std::vector<std::vector<int>> children(static_cast<size_t>(n));
    std::vector<int> roots;
    for (int i = 0; i < n; ++i)
        (parents[size_t(i)] < 0 ? roots : children[size_t(parents[size_t(i)])]).push_back(i);

    std::vector<Section> out;
    out.reserve(roots.size());
    for (int r : roots)
        out.push_back(buildNode(headings, children, levels, ends, r));
    return out;
}

QString clauseMarkerText(const QString &id, int edition)
{
    return u"<!-- clause "_s + id + u'@' + QString::number(edition) + u" -->"_s;
}

std::vector<ClauseMarker> findClauseMarkers(const QString &text)
{
    static const QRegularExpression re(
        u"<!--\\s*clause\\s+([A-Za-z0-9][A-Za-z0-9_.\\-]*)@(\\d{1,6})\\s*-->"_s);
    std::vector<ClauseMarker> out;
    // Most documents have no comment at all: look for one with the vectorised search for a
    // character (QString::contains() of a string is a slower scan).
    bool comment = false;
    for (qsizetype at = text.indexOf(u'<'); at >= 0 && !comment; at = text.indexOf(u'<', at + 1))
        comment = QStringView(text).sliced(at).startsWith(u"<!--");
    if (!comment)
        return out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.push_back({m.captured(1), m.captured(2).toInt(), {m.capturedStart(), m.capturedEnd()}});
    }
    return out;
}

namespace {

// Numbering: digits, a Roman number or a single letter ("2", "iv", "а").
bool isNumbering(const QString &w)
{
    return w.size() == 1 || std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); })
        || std::all_of(w.begin(), w.end(), [](QChar c) { return QStringView(u"ivxlc").contains(c); });
}

// The next word of text at or after *k (a run of letters and digits), lower-cased with ё as е;
// *k moves past it. Empty at the end of the text.
QString nextWord(QStringView text, qsizetype *k)
{
    while (*k < text.size() && !text[*k].isLetterOrNumber())
        ++*k;
    const qsizetype start = *k;
    while (*k < text.size() && text[*k].isLetterOrNumber())
        ++*k;
    return text.mid(start, *k - start).toString().toLower().replace(u'ё', u'е');
}

// A title or contents entry as words, without leading numbering ("2.1.", "IV.", "а)") or a
// trailing page number. More than maxWords words: empty.
QStringList contentsWords(QStringView text, qsizetype maxWords = 64)
{
    QStringList words;
    qsizetype k = 0;
    for (QString w = nextWord(text, &k); !w.isEmpty(); w = nextWord(text, &k)) {
        if (words.size() == maxWords)
            return {};
        words << w;
    }
    while (words.size() > 1 && isNumbering(words.front()))
        words.removeFirst();
    if (words.size() > 1 && words.back().size() <= 4
        && std::all_of(words.back().begin(), words.back().end(), [](QChar c) { return c.isDigit(); }))
        words.removeLast();
    return words;
}

// The number of space-separated pieces of text, counted no further than `limit` + 1.
qsizetype spacedPieces(QStringView text, qsizetype limit)
{
    qsizetype pieces = 0;
    for (qsizetype k = 0; k < text.size() && pieces <= limit; ++k)
        pieces += text[k].unicode() > u' ' && (k == 0 || text[k - 1].unicode() <= u' ');
    return pieces;
}

// The first word of an entry after its numbering: contentsWords(text).front() without
// splitting the rest.
QString firstWord(QStringView text)
{
    qsizetype k = 0;
    QString w = nextWord(text, &k);
    while (!w.isEmpty() && isNumbering(w))
        w = nextWord(text, &k);
    return w;
}

bool startsWith(const QStringList &words, const QStringList &prefix)
{
    return prefix.size() <= words.size() && std::equal(prefix.begin(), prefix.end(), words.begin());
}

} // namespace

std::vector<TextRange> contentsRanges(const PolicyDocument &document)
{
    constexpr qsizetype MaxEntryWords = 14, MinEntries = 3;
    struct Title
    {
        qsizetype start;
        QStringList words;
    };
    std::vector<Title> titles;
    QHash<QString, std::vector<size_t>> byFirstWord; // an entry and its title share the first word
    for (const Section *s : document.flatSections())
        if (QStringList w = contentsWords(s->title); !w.isEmpty()) {
            byFirstWord[w.front()].push_back(titles.size());
            titles.push_back({s->heading.start, std::move(w)});
        }
    std::vector<TextRange> out;
    if (titles.size() < 2) // a run needs two entries that name sections
        return out;
    // Whether an entry names a section after it: the same words, or the one the other's first
    // words ("Cookies" for "Cookies and similar technologies").
    auto namesALaterSection = [&](const Block &b, const QStringList &entry) {
        const auto it = byFirstWord.constFind(entry.front());
        if (it == byFirstWord.constEnd())
            return false;
        return std::any_of(it->begin(), it->end(), [&](size_t k) {
            const Title &t = titles[k];
            return t.start >= b.range.end && (startsWith(t.words, entry) || startsWith(entry, t.words));
        });
    };
    const std::vector<Block> &blocks = document.blocks;
    for (size_t k = 0; k < blocks.size();) {
        // A run: consecutive list items of one level, or paragraphs, of a few words each.
        size_t end = k;
        std::vector<char> named;
        while (end < blocks.size()) {
            const Block &b = blocks[end];
            if ((b.kind != BlockKind::ListItem && b.kind != BlockKind::Paragraph) || b.kind != blocks[k].kind
                || b.level != blocks[k].level || b.range.length() > 20 * MaxEntryWords)
                break;
            // A few words (numbering, dot leaders and a page number besides); only an entry
            // whose first word begins a title, or a short one, is compared word by word.
            const QStringView text = QStringView(document.text).mid(b.range.start, b.range.length());
            const qsizetype pieces = spacedPieces(text, MaxEntryWords + 4);
            if (pieces == 0 || pieces > MaxEntryWords + 4)
                break;
            bool names = false;
            if (pieces <= 3 || byFirstWord.contains(firstWord(text))) {
                const QStringList entry = contentsWords(text, MaxEntryWords);
                names = !entry.isEmpty()
                    && (namesALaterSection(b, entry)
                        || (entry.size() <= 3 && StructureCues::any(structureCues().contentsTitle, entry.join(u' '))));
            }
            named.push_back(names);
            ++end;
        }
        // The run's ends may be text around the contents ("Our policy applies to all users.");
        // an entry there that names no section counts only when it reads as a title, not as a
        // sentence.
        auto sentenceLike = [&](size_t j) {
            const QString t = document.textOf(blocks[j].range).trimmed();
            return !t.isEmpty() && QStringView(u".;:,").contains(t.back());
        };
        size_t first = k, last = end;
        while (first < last && !named[first - k] && sentenceLike(first))
            ++first;
        while (last > first && !named[last - 1 - k] && sentenceLike(last - 1))
            --last;
        // Half the entries or more name sections: some may have lost theirs (a draft's contents
        // that promise a section it lacks).
        const qsizetype entries = qsizetype(last - first);
        const qsizetype hits = std::count(named.begin() + qsizetype(first - k), named.begin() + qsizetype(last - k), 1);
        if (entries >= MinEntries && hits >= 2 && hits * 2 >= entries)
            for (size_t j = first; j < last; ++j)
                out.push_back(blocks[j].range);
        k = std::max(end, k + 1);
    }
    return out;
}

std::vector<char> skeletonSections(const PolicyDocument &document)
{
    constexpr size_t MinRun = 3;
    const std::vector<const Section *> flat = document.flatSections();
    // Empty: no letters but the titles of its subsections, which follow it in `flat`.
    std::vector<char> empty(flat.size(), 0);
    for (size_t j = flat.size(); j-- > 0;) {
        const Section &s = *flat[j];
        const qsizetype ownEnd = s.children.empty() ? s.range.end : s.children.front().heading.start;
        const QStringView own = QStringView(document.text).mid(s.heading.end, ownEnd - s.heading.end);
        empty[j] = std::none_of(own.begin(), own.end(), [](QChar c) { return c.isLetter(); });
        for (size_t i = j + 1; empty[j] && i < flat.size() && flat[i]->range.start < s.range.end; ++i)
            empty[j] = empty[i];
    }
    std::vector<char> out(flat.size(), 0);
    for (size_t k = 0; k < flat.size();) {
        size_t end = k;
        while (end < flat.size() && empty[end])
            ++end;
        if (end - k >= MinRun)
            std::fill(out.begin() + qsizetype(k), out.begin() + qsizetype(end), 1);
        k = std::max(end, k + 1);
    }
    return out;
}

} // namespace cw::doc
