#pragma once

// Sequence diff on interned tokens: the algorithms under cw::diff::compare(), as plain
// functions of their inputs so each can be tested alone.
//
//  - First a patience pass (B. Cohen's patience diff): the common prefix and suffix are
//    matched, then tokens unique on both sides of what is left, in the longest chain in order
//    on both, cut the problem into independent regions.
//  - Histogram diff, as in JGit's HistogramDiff (S. Pearce) and git's xhistogram.c: split the
//    problem at the longest common run that contains the rarest token shared by both sides,
//    recursively; runs of tokens that occur more than `MaxOccurrences` times in a region are
//    never anchors. Regions with no such anchor fall back to:
//  - Myers' O(ND) difference algorithm with linear space (E. Myers, "An O(ND) Difference
//    Algorithm and Its Variations", Algorithmica 1(2), 1986, section 4b: the middle snake),
//    in the iterative form of N. Fraser's diff-match-patch (diff_bisect).
//  - Semantic clean-up after N. Fraser, "Diff Strategies" (2006), section 3.2: an equality no
//    longer than the edits on both sides of it is folded into them, so that
//    DEL(The quick) INS(A slow) reads as one replacement, not as a choppy "The"/"A" swap
//    around a shared " ".

#include <QtGlobal>

#include <atomic>
#include <span>
#include <vector>

namespace cw::diff::algo {

enum class EditKind {
    Equal,
    Delete, // tokens of A
    Insert, // tokens of B
};

struct Edit
{
    EditKind kind = EditKind::Equal;
    qsizetype count = 0;

    bool operator==(const Edit &) const = default;
};

using Script = std::vector<Edit>;

// Tokens occurring more often than this in a region are not anchors of the histogram diff.
inline constexpr int MaxOccurrences = 64;

// Edit script turning `a` into `b` (sequences of interned token ids). Within one change, the
// Delete comes before the Insert. `cancel` may be null; when it becomes true the function
// returns early with `*cancelled` set and an incomplete script.
[[nodiscard]] Script diffSequences(std::span<const int> a, std::span<const int> b,
                                   const std::atomic_bool *cancel = nullptr, bool *cancelled = nullptr);

// Myers alone (for the fallback, for tests and for comparing with the histogram result).
// Minimal edit scripts; gives up on a region (Delete all + Insert all) when its edit distance
// exceeds `maxD`.
[[nodiscard]] Script myersDiff(std::span<const int> a, std::span<const int> b, int maxD = 1 << 30,
                               const std::atomic_bool *cancel = nullptr, bool *cancelled = nullptr);

// Merges adjacent edits of one kind, drops empty ones, and puts Delete before Insert within
// each change: DEL(1) INS(2) DEL(3) → DEL(4) INS(2).
[[nodiscard]] Script normalized(const Script &script);

// Fraser's semantic clean-up. `weightA[i]` / `weightB[j]` is how much token i of A / j of B
// counts (its length in characters); `barrierA[i]` marks tokens an equality must keep (a
// paragraph break), so edits never merge across paragraphs.
[[nodiscard]] Script cleanupSemantic(const Script &script, std::span<const int> weightA,
                                     std::span<const int> weightB, std::span<const char> barrierA);

// The number of edited tokens (Delete + Insert counts): the length of an edit script.
[[nodiscard]] qsizetype editLength(const Script &script);

} // namespace cw::diff::algo
