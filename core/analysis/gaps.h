#pragma once

// Gaps: what reference policies have that a draft lacks.
//
// - Topics: a topic present in some reference and absent from the draft is missing; listed
//   with the references that have it.
// - Sections: each reference section (its own text) is compared with every draft section by
//   the topics they carry and the words they share (TF-IDF cosine over word stems, so any mix
//   of English and Russian references works on topics, and same-language ones on words too).
//   A section whose best draft counterpart is weaker than `Gaps::MatchThreshold` has none;
//   unmatched sections are ranked by how many references have an unmatched section on the
//   same subject (its main topic, else its title). References are compared side by side
//   (QtConcurrent).
// - The topics × documents matrix, the draft first.
//
// analyseAll() runs analyse() over many documents on all cores (QtConcurrent), cancellable,
// reporting progress.

#include "analysis/coverage.h"

#include <functional>

namespace cw::analysis {

struct MissingTopic
{
    QString topic;
    std::vector<int> references; // indices into the references, in order
};

struct UnmatchedSection
{
    int reference = -1;        // index into the references
    int section = -1;          // index into that reference's flatSections()
    QString title;
    doc::TextRange range;
    std::vector<int> topics;   // the section's topics (taxonomy indices)
    int bestDraftSection = -1; // the closest draft section, or -1 when the draft has none
    double similarity = 0;     // to it
    int sharedBy = 1;          // how many references have an unmatched section on this subject
};

struct GapsResult
{
    std::vector<MissingTopic> missingTopics;   // in taxonomy order
    std::vector<UnmatchedSection> unmatched;   // most widely shared first
    std::vector<std::vector<char>> present;    // [topic][document]: document 0 is the draft
};

struct Gaps
{
    static constexpr double MatchThreshold = 0.35;
};

[[nodiscard]] GapsResult gaps(const doc::PolicyDocument &draft, const DocumentAnalysis &draftAnalysis,
                              const std::vector<const doc::PolicyDocument *> &references,
                              const std::vector<const DocumentAnalysis *> &referenceAnalyses,
                              const Taxonomy &taxonomy);

// analyse() for each document, in parallel. `progress(done, total)` is called from worker
// threads as documents finish. On cancel the unfinished analyses are empty.
[[nodiscard]] std::vector<DocumentAnalysis> analyseAll(const std::vector<const doc::PolicyDocument *> &documents,
                                                       const Taxonomy &taxonomy,
                                                       const std::atomic_bool *cancel = nullptr,
                                                       const std::function<void(int, int)> &progress = {});

} // namespace cw::analysis
