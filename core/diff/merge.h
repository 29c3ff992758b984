#pragma once

// Three-way merge of texts by lines (diff3): the changes from `base` to `ours` and from
// `base` to `theirs` are both applied; where both sides changed the same lines differently,
// the result holds both, between conflict marks:
//
//   <<<<<<< ours
//   …our lines…
//   =======
//   …their lines…
//   >>>>>>> theirs
//
// (the labels are the caller's). Identical changes on both sides count once.

#include <QString>

namespace cw::diff {

struct MergeResult
{
    QString text;
    int conflicts = 0;
};

[[nodiscard]] MergeResult mergeThreeWay(const QString &base, const QString &ours, const QString &theirs,
                                        const QString &oursLabel, const QString &theirsLabel);

} // namespace cw::diff
