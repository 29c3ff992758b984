#include "diff/merge.h"

// Minimal line scripts (Myers): the histogram diff of compare() folds short equal runs into
// the edits around them (a clean-up for reading), which would turn neighbouring edits into conflicts.
#include "diff/diffalgo.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::diff {

namespace {

// A change of one side: base lines [baseStart, baseEnd) became side lines [sideStart, sideEnd).
struct Hunk
{
    qsizetype baseStart, baseEnd, sideStart, sideEnd;
    int side; // 0 ours, 1 theirs
};

std::vector<Hunk> hunksOf(const algo::Script &script, int side)
{
    std::vector<Hunk> out;
    qsizetype i = 0, j = 0;
    for (size_t k = 0; k < script.size(); ++k) {
        const algo::Edit &e = script[k];
        if (e.kind == algo::EditKind::Equal) {
            i += e.count;
            j += e.count;
            continue;
        }
        Hunk h{i, i, j, j, side};
        // A Delete and the Insert after it are one change.
        while (k < script.size() && script[k].kind != algo::EditKind::Equal) {
            if (script[k].kind == algo::EditKind::Delete)
                h.baseEnd += script[k].count;
            else
                h.sideEnd += script[k].count;
            ++k;
        }
        --k;
        i = h.baseEnd;
        j = h.sideEnd;
        out.push_back(h);
    }
    return out;
}

// The side's lines for base lines [from, to), given its hunks inside that range.
QStringList sideLines(const QStringList &base, const QStringList &side, const std::vector<Hunk> &hunks, qsizetype from,
                      qsizetype to)
{
    QStringList out;
    qsizetype pos = from;
    for (const Hunk &h : hunks) {
        for (; pos < h.baseStart; ++pos)
            out << base[pos];
        for (qsizetype s = h.sideStart; s < h.sideEnd; ++s)
            out << side[s];
        pos = h.baseEnd;
    }
    for (; pos < to; ++pos)
        out << base[pos];
    return out;
}

} // namespace

MergeResult mergeThreeWay(const QString &base, const QString &ours, const QString &theirs, const QString &oursLabel,
                          const QString &theirsLabel)
{
    const QStringList b = base.split(u'\n'), o = ours.split(u'\n'), t = theirs.split(u'\n');
    QHash<QString, int> ids;
    auto intern = [&](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &l : lines) {
            auto it = ids.constFind(l);
            if (it == ids.cend())
                it = ids.insert(l, int(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> bi = intern(b), oi = intern(o), ti = intern(t);
    std::vector<Hunk> hunks = hunksOf(algo::myersDiff(bi, oi), 0);
    for (const Hunk &h : hunksOf(algo::myersDiff(bi, ti), 1))
        hunks.push_back(h);
    std::stable_sort(hunks.begin(), hunks.end(), [](const Hunk &x, const Hunk &y) { return x.baseStart < y.baseStart; });

    MergeResult result;
    QStringList out;
    qsizetype pos = 0;
    for (size_t k = 0; k < hunks.size();) {
        // A region: hunks whose base ranges overlap or meet at the same point, transitively.
        qsizetype start = hunks[k].baseStart, end = hunks[k].baseEnd;
        std::vector<Hunk> region{hunks[k]};
        size_t next = k + 1;
        while (next < hunks.size()
               && (hunks[next].baseStart < end || (hunks[next].baseStart == end && (hunks[next].baseStart == hunks[next].baseEnd
                                                                                     || start == end)))) {
            end = std::max(end, hunks[next].baseEnd);
            region.push_back(hunks[next]);
            ++next;
        }
        for (; pos < start; ++pos)
            out << b[pos];
        std::vector<Hunk> mine, theirsHunks;
        for (const Hunk &h : region)
            (h.side == 0 ? mine : theirsHunks).push_back(h);
        const QStringList ourText = sideLines(b, o, mine, start, end);
        const QStringList theirText = sideLines(b, t, theirsHunks, start, end);
        if (theirsHunks.empty() || ourText == theirText)
            out << ourText;
        else if (mine.empty())
            out << theirText;
        else {
            ++result.conflicts;
            out << u"<<<<<<< "_s + oursLabel << ourText << u"======="_s << theirText << u">>>>>>> "_s + theirsLabel;
        }
        pos = end;
        k = next;
    }
    for (; pos < b.size(); ++pos)
        out << b[pos];
    result.text = out.join(u'\n');
    return result;
}

} // namespace cw::diff
