#include "document/policydocument.h"

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

} // namespace cw::doc
