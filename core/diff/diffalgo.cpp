#include "diff/diffalgo.h"

#include <algorithm>

namespace cw::diff::algo {

namespace {

bool isCancelled(const std::atomic_bool *cancel, bool *cancelled)
{
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        if (cancelled)
            *cancelled = true;
        return true;
    }
    return false;
}

// Appends an edit, merging with the previous one of the same kind.
void push(Script &out, EditKind kind, qsizetype count)
{
    if (count <= 0)
        return;
    if (!out.empty() && out.back().kind == kind)
        out.back().count += count;
    else
        out.push_back({kind, count});
}

void append(Script &out, const Script &more)
{
    for (const Edit &e : more)
        push(out, e.kind, e.count);
}

// A half-open region [a0, a1) × [b0, b1) of the two sequences.
struct Region
{
    qsizetype a0, a1, b0, b1;
};

// Emits the common prefix of a region, queues its common suffix (an Equal item on the work
// stack), and finishes a region that is left empty on one side. Returns false when nothing
// is left to solve, else the inner region in `inner`.
bool trimCommon(std::span<const int> a, std::span<const int> b, const Region &r, Script &out,
                std::vector<Region> &stack, Region &inner)
{
    qsizetype pre = 0;
    while (r.a0 + pre < r.a1 && r.b0 + pre < r.b1 && a[size_t(r.a0 + pre)] == b[size_t(r.b0 + pre)])
        ++pre;
    qsizetype suf = 0;
    while (r.a1 - suf > r.a0 + pre && r.b1 - suf > r.b0 + pre && a[size_t(r.a1 - suf - 1)] == b[size_t(r.b1 - suf - 1)])
        ++suf;
    push(out, EditKind::Equal, pre);
    inner = {r.a0 + pre, r.a1 - suf, r.b0 + pre, r.b1 - suf};
    if (suf > 0)
        stack.push_back({-1, 0, suf, 0});
    if (inner.a0 == inner.a1 || inner.b0 == inner.b1) {
        push(out, EditKind::Delete, inner.a1 - inner.a0);
        push(out, EditKind::Insert, inner.b1 - inner.b0);
        return false;
    }
    return true;
}

// Myers' middle snake (diff-match-patch's diff_bisect): the point (x, y) through which a
// shortest edit path passes, or {-1, -1} when the distance exceeds maxD.
std::pair<qsizetype, qsizetype> middleSnake(std::span<const int> a, std::span<const int> b, int maxD,
                                            const std::atomic_bool *cancel, bool *cancelled)
{
    const qsizetype n = qsizetype(a.size()), m = qsizetype(b.size());
    const qsizetype maxDepth = std::min<qsizetype>((n + m + 1) / 2, maxD);
    const qsizetype offset = maxDepth + 1;
    const qsizetype length = 2 * offset + 2;
    std::vector<qsizetype> v1(size_t(length), -1), v2(size_t(length), -1);
    v1[size_t(offset + 1)] = 0;
    v2[size_t(offset + 1)] = 0;
    const qsizetype delta = n - m;
    const bool front = (delta % 2) != 0; // the forward path meets the reverse one when delta is odd
    qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (qsizetype d = 0; d < maxDepth; ++d) {
        if ((d & 63) == 0 && isCancelled(cancel, cancelled))
            return {-1, -1};
        for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            const qsizetype k1o = offset + k1;
            qsizetype x1 = (k1 == -d || (k1 != d && v1[size_t(k1o - 1)] < v1[size_t(k1o + 1)])) ? v1[size_t(k1o + 1)]
                                                                                               : v1[size_t(k1o - 1)] + 1;
            qsizetype y1 = x1 - k1;
            while (x1 < n && y1 < m && a[size_t(x1)] == b[size_t(y1)]) {
                ++x1;
                ++y1;
            }
            v1[size_t(k1o)] = x1;
            if (x1 > n) {
                k1end += 2;
            } else if (y1 > m) {
                k1start += 2;
            } else if (front) {
                const qsizetype k2o = offset + delta - k1;
                if (k2o >= 0 && k2o < length && v2[size_t(k2o)] != -1 && x1 >= n - v2[size_t(k2o)])
                    return {x1, y1};
            }
        }
        for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            const qsizetype k2o = offset + k2;
            qsizetype x2 = (k2 == -d || (k2 != d && v2[size_t(k2o - 1)] < v2[size_t(k2o + 1)])) ? v2[size_t(k2o + 1)]
                                                                                               : v2[size_t(k2o - 1)] + 1;
            qsizetype y2 = x2 - k2;
            while (x2 < n && y2 < m && a[size_t(n - x2 - 1)] == b[size_t(m - y2 - 1)]) {
                ++x2;
                ++y2;
            }
            v2[size_t(k2o)] = x2;
            if (x2 > n) {
                k2end += 2;
            } else if (y2 > m) {
                k2start += 2;
            } else if (!front) {
                const qsizetype k1o = offset + delta - k2;
                if (k1o >= 0 && k1o < length && v1[size_t(k1o)] != -1) {
                    const qsizetype x1 = v1[size_t(k1o)];
                    const qsizetype y1 = offset + x1 - k1o;
                    if (x1 >= n - x2)
                        return {x1, y1};
                }
            }
        }
    }
    return {-1, -1};
}

// Myers on one region, iteratively: a stack of regions still to split, results in order.
void myersRegion(std::span<const int> a, std::span<const int> b, Region top, int maxD, Script &out,
                 const std::atomic_bool *cancel, bool *cancelled)
{
    // Items: a region to solve, or (when a0 < 0) an Equal run of length b0 to emit.
    std::vector<Region> stack{top};
    while (!stack.empty()) {
        Region r = stack.back();
        stack.pop_back();
        if (r.a0 < 0) {
            push(out, EditKind::Equal, r.b0);
            continue;
        }
        Region inner;
        if (!trimCommon(a, b, r, out, stack, inner))
            continue;
        const auto sa = a.subspan(size_t(inner.a0), size_t(inner.a1 - inner.a0));
        const auto sb = b.subspan(size_t(inner.b0), size_t(inner.b1 - inner.b0));
        const auto [x, y] = middleSnake(sa, sb, maxD, cancel, cancelled);
        if (x < 0) {
            if (cancelled && *cancelled)
                return;
            push(out, EditKind::Delete, inner.a1 - inner.a0);
            push(out, EditKind::Insert, inner.b1 - inner.b0);
            continue;
        }
        // Second half pushed first so that the first half is solved (and emitted) first.
        stack.push_back({inner.a0 + x, inner.a1, inner.b0 + y, inner.b1});
        stack.push_back({inner.a0, inner.a0 + x, inner.b0, inner.b0 + y});
    }
}

// The histogram diff's anchor for a region: the longest common run around the rarest shared
// token. Returns false when no token of B occurs in A at most MaxOccurrences times.
struct Anchor
{
    qsizetype a = 0, b = 0, length = 0;
    int rarity = 0;
};

// Per-token tables reused by every region (token ids are dense: 0 … maxId), so that no
// region pays for a hash table; each call clears exactly what it set.
struct Scratch
{
    std::vector<qsizetype> head; // the first occurrence of a token in the region's A, or -1
    std::vector<int> count;      // its occurrences in the region's A (capped past MaxOccurrences)
    std::vector<qsizetype> next; // the next occurrence, per position of A
};

bool findAnchor(std::span<const int> a, std::span<const int> b, const Region &r, Anchor &best, Scratch &sc)
{
    for (qsizetype i = r.a1 - 1; i >= r.a0; --i) {
        const int t = a[size_t(i)];
        int &c = sc.count[size_t(t)];
        if (c > MaxOccurrences)
            continue;
        ++c;
        sc.next[size_t(i)] = sc.head[size_t(t)];
        sc.head[size_t(t)] = i;
    }

    bool found = false;
    for (qsizetype j = r.b0; j < r.b1;) {
        const int t = b[size_t(j)];
        const int c = t < int(sc.count.size()) ? sc.count[size_t(t)] : 0;
        if (c == 0 || c > MaxOccurrences || (found && c > best.rarity)) {
            ++j;
            continue;
        }
        qsizetype nextJ = j + 1;
        for (qsizetype i = sc.head[size_t(t)]; i >= 0; i = sc.next[size_t(i)]) {
            // Extend the match around (i, j) both ways; the rarest token of the run ranks it
            // (JGit's HistogramDiff).
            int rarity = c;
            qsizetype as = i, bs = j, ae = i + 1, be = j + 1;
            while (as > r.a0 && bs > r.b0 && a[size_t(as - 1)] == b[size_t(bs - 1)]) {
                --as;
                --bs;
                rarity = std::min(rarity, sc.count[size_t(a[size_t(as)])]);
            }
            while (ae < r.a1 && be < r.b1 && a[size_t(ae)] == b[size_t(be)]) {
                rarity = std::min(rarity, sc.count[size_t(a[size_t(ae)])]);
                ++ae;
                ++be;
            }
            const qsizetype len = ae - as;
            if (!found || rarity < best.rarity || (rarity == best.rarity && len > best.length)) {
                best = {as, bs, len, rarity};
                found = true;
            }
            nextJ = std::max(nextJ, be);
        }
        j = nextJ;
    }

    for (qsizetype i = r.a0; i < r.a1; ++i) {
        const int t = a[size_t(i)];
        sc.count[size_t(t)] = 0;
        sc.head[size_t(t)] = -1;
    }
    return found;
}

// One patience pass (B. Cohen's patience diff) before the histogram diff: the tokens that
// occur exactly once on each side, kept in the longest chain that is in order on both sides,
// cut the problem into independent regions at once. Without it the histogram diff rescans
// the whole remaining region for every anchor it picks. Returns the work stack (regions and
// one-token Equal items), last item first to pop.
std::vector<Region> patienceSplit(std::span<const int> a, std::span<const int> b, Scratch &sc)
{
    const qsizetype n = qsizetype(a.size()), m = qsizetype(b.size());
    // count: occurrences in A (capped at 2); head: the position in A of a token seen once.
    for (qsizetype i = 0; i < n; ++i) {
        const int t = a[size_t(i)];
        if (sc.count[size_t(t)] < 2)
            ++sc.count[size_t(t)];
        sc.head[size_t(t)] = i;
    }
    // Tokens unique in A and in B, in B's order: (position in A, position in B).
    std::vector<std::pair<qsizetype, qsizetype>> unique;
    std::vector<int> seenInB; // tokens of B met once so far; cleared below
    for (qsizetype j = 0; j < m; ++j) {
        const int t = b[size_t(j)];
        if (sc.count[size_t(t)] == 1) {
            sc.count[size_t(t)] = 3; // met in B once
            unique.emplace_back(sc.head[size_t(t)], j);
            seenInB.push_back(t);
        } else if (sc.count[size_t(t)] == 3) {
            sc.count[size_t(t)] = 4; // met in B twice: not unique
        }
    }
    std::erase_if(unique, [&](const auto &p) { return sc.count[size_t(a[size_t(p.first)])] != 3; });
    for (qsizetype i = 0; i < n; ++i) {
        sc.count[size_t(a[size_t(i)])] = 0;
        sc.head[size_t(a[size_t(i)])] = -1;
    }
    for (int t : seenInB)
        sc.count[size_t(t)] = 0;

    // Longest chain increasing in A (patience sorting).
    std::vector<qsizetype> tails;      // A positions
    std::vector<int> tailIndex, previous(unique.size(), -1);
    for (size_t k = 0; k < unique.size(); ++k) {
        const auto pos = size_t(std::lower_bound(tails.begin(), tails.end(), unique[k].first) - tails.begin());
        if (pos == tails.size()) {
            tails.push_back(unique[k].first);
            tailIndex.push_back(int(k));
        } else {
            tails[pos] = unique[k].first;
            tailIndex[pos] = int(k);
        }
        previous[k] = pos > 0 ? tailIndex[pos - 1] : -1;
    }
    std::vector<std::pair<qsizetype, qsizetype>> chain;
    for (int k = tailIndex.empty() ? -1 : tailIndex.back(); k >= 0; k = previous[size_t(k)])
        chain.push_back(unique[size_t(k)]);
    std::reverse(chain.begin(), chain.end());

    // Regions between the anchors, each anchor an Equal token; pushed last-first.
    std::vector<Region> items;
    qsizetype pa = 0, pb = 0;
    for (const auto &[i, j] : chain) {
        items.push_back({pa, i, pb, j});
        items.push_back({-1, 0, 1, 0});
        pa = i + 1;
        pb = j + 1;
    }
    items.push_back({pa, n, pb, m});
    std::reverse(items.begin(), items.end());
    return items;
}

} // namespace

Script myersDiff(std::span<const int> a, std::span<const int> b, int maxD, const std::atomic_bool *cancel,
                 bool *cancelled)
{
    Script out;
    myersRegion(a, b, {0, qsizetype(a.size()), 0, qsizetype(b.size())}, maxD, out, cancel, cancelled);
    return normalized(out);
}

Script diffSequences(std::span<const int> a, std::span<const int> b, const std::atomic_bool *cancel,
                     bool *cancelled)
{
    // Beyond this distance a fallback region is shown as replaced outright: such regions are
    // made of frequent tokens only, where a "minimal" script is noise to a reader anyway.
    constexpr int FallbackMaxD = 2000;

    Script out;
    if (isCancelled(cancel, cancelled))
        return out;
    int maxId = 0;
    for (int t : a)
        maxId = std::max(maxId, t);
    for (int t : b)
        maxId = std::max(maxId, t);
    // One set of tables per thread, grown as needed and left clean by every use: callers diff
    // thousands of small regions, which must not each allocate tables for the whole vocabulary.
    thread_local Scratch scratch;
    if (scratch.count.size() < size_t(maxId) + 1) {
        scratch.count.resize(size_t(maxId) + 1, 0);
        scratch.head.resize(size_t(maxId) + 1, -1);
    }
    if (scratch.next.size() < a.size())
        scratch.next.resize(a.size(), -1);
    // Items: a region to solve, or (a0 < 0) an Equal run of b0 tokens to emit. As in Cohen's
    // patience diff, the common prefix and suffix are matched first and the unique tokens are
    // looked for in what is left: a token is unique in the changed part, not in the whole.
    std::vector<Region> stack;
    Region whole{0, qsizetype(a.size()), 0, qsizetype(b.size())}, middle;
    if (!trimCommon(a, b, whole, out, stack, middle)) { // one side is used up
        if (!stack.empty())
            push(out, EditKind::Equal, stack.back().b0); // the common suffix it queued
        return normalized(out);
    }
    for (Region r : patienceSplit(a.subspan(size_t(middle.a0), size_t(middle.a1 - middle.a0)),
                                  b.subspan(size_t(middle.b0), size_t(middle.b1 - middle.b0)), scratch)) {
        if (r.a0 >= 0)
            r = {r.a0 + middle.a0, r.a1 + middle.a0, r.b0 + middle.b0, r.b1 + middle.b0};
        stack.push_back(r);
    }
    qsizetype steps = 0;
    while (!stack.empty()) {
        if ((++steps & 255) == 0 && isCancelled(cancel, cancelled))
            return out;
        Region r = stack.back();
        stack.pop_back();
        if (r.a0 < 0) {
            push(out, EditKind::Equal, r.b0);
            continue;
        }
        Region inner;
        if (!trimCommon(a, b, r, out, stack, inner))
            continue;
        Anchor anchor;
        if (!findAnchor(a, b, inner, anchor, scratch)) {
            Script part;
            myersRegion(a, b, inner, FallbackMaxD, part, cancel, cancelled);
            append(out, part);
            continue;
        }
        // Right part, the anchor's Equal run, then the left part (solved first).
        stack.push_back({anchor.a + anchor.length, inner.a1, anchor.b + anchor.length, inner.b1});
        stack.push_back({-1, 0, anchor.length, 0});
        stack.push_back({inner.a0, anchor.a, inner.b0, anchor.b});
    }
    return normalized(out);
}

Script normalized(const Script &script)
{
    Script out;
    qsizetype del = 0, ins = 0;
    auto flush = [&] {
        push(out, EditKind::Delete, del);
        push(out, EditKind::Insert, ins);
        del = ins = 0;
    };
    for (const Edit &e : script) {
        if (e.count <= 0)
            continue;
        switch (e.kind) {
        case EditKind::Equal:
            flush();
            push(out, EditKind::Equal, e.count);
            break;
        case EditKind::Delete:
            del += e.count;
            break;
        case EditKind::Insert:
            ins += e.count;
            break;
        }
    }
    flush();
    return out;
}

Script cleanupSemantic(const Script &script, std::span<const int> weightA, std::span<const int> weightB,
                       std::span<const char> barrierA)
{
    // Work on changes separated by equalities: [change0] eq0 [change1] eq1 … Each equality is
    // judged against the changes on both sides; when it is folded, its tokens join both
    // sides of the change (as deleted A tokens and inserted B tokens).
    struct Piece
    {
        qsizetype del = 0, ins = 0;   // tokens of the change before the equality
        qsizetype delW = 0, insW = 0; // their weights
        qsizetype eq = 0, eqW = 0;    // the equality after the change
        bool barrier = false;         // the equality holds a paragraph break
    };
    std::vector<Piece> seq(1);
    qsizetype ia = 0, ib = 0;
    for (const Edit &e : normalized(script)) {
        Piece &p = seq.back(); // normalized(): never two Equals in a row
        if (e.kind == EditKind::Equal) {
            p.eq = e.count;
            for (qsizetype k = 0; k < e.count; ++k) {
                p.eqW += weightA[size_t(ia + k)];
                p.barrier = p.barrier || barrierA[size_t(ia + k)];
            }
            ia += e.count;
            ib += e.count;
            seq.emplace_back();
        } else if (e.kind == EditKind::Delete) {
            p.del += e.count;
            for (qsizetype k = 0; k < e.count; ++k)
                p.delW += weightA[size_t(ia + k)];
            ia += e.count;
        } else {
            p.ins += e.count;
            for (qsizetype k = 0; k < e.count; ++k)
                p.insW += weightB[size_t(ib + k)];
            ib += e.count;
        }
    }

    // Fold equalities that are no longer than the edits on both sides (Fraser 3.2), repeating
    // until nothing changes, since a fold makes its neighbours' changes larger.
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t k = 0; k + 1 < seq.size(); ++k) {
            Piece &p = seq[k];
            Piece &q = seq[k + 1];
            if (p.eq == 0 || p.barrier || (p.del == 0 && p.ins == 0) || (q.del == 0 && q.ins == 0))
                continue;
            const qsizetype before = std::max(p.delW, p.insW);
            const qsizetype after = std::max(q.delW, q.insW);
            if (p.eqW > before || p.eqW > after)
                continue;
            // The equality joins the change after it, and the change before joins too.
            q.del += p.del + p.eq;
            q.ins += p.ins + p.eq;
            q.delW += p.delW + p.eqW;
            q.insW += p.insW + p.eqW;
            p = Piece{};
            changed = true;
        }
        seq.erase(std::remove_if(seq.begin(), seq.end(),
                                 [](const Piece &x) { return x.del == 0 && x.ins == 0 && x.eq == 0; }),
                  seq.end());
    }

    Script out;
    for (const Piece &p : seq) {
        push(out, EditKind::Delete, p.del);
        push(out, EditKind::Insert, p.ins);
        push(out, EditKind::Equal, p.eq);
    }
    return normalized(out);
}

qsizetype editLength(const Script &script)
{
    qsizetype n = 0;
    for (const Edit &e : script)
        if (e.kind != EditKind::Equal)
            n += e.count;
    return n;
}

} // namespace cw::diff::algo
