#pragma once

// Topic coverage of one policy, and its legal requirements under a profile.
//
// analyse(): every section title is matched against the topics' heading cues and every
// sentence against their sentence cues (taxonomy.h, cuepattern.h). Each match is evidence
// with a weight. A section carries a topic when 1 − Π(1 − w) over the distinct cues in its own
// text and title (children excluded; a cue that fires in ten sentences counts once) reaches
// Scoring::present; the text before the first section counts as one more section. A topic is
// present in the document when some section carries it, with that best section's score:
// scattered passing mentions do not add up to a topic, and deleting what carries a topic
// removes it.
//
// coverage(): a requirement is met when its topic is present and every group of narrower
// cues has a matching sentence; partial when the topic is present but some group has none
// (rights without erasure, retention without a period); conditional when the law asks for it
// only in some case and nothing in the text shows that case; missing otherwise.

#include "analysis/taxonomy.h"
#include "document/policydocument.h"

#include <atomic>
#include <vector>

namespace cw::analysis {

struct Evidence
{
    doc::TextRange range;  // the sentence or the heading
    QString cue;           // the pattern that fired
    double weight = 0;     // its contribution to the score
    bool heading = false;  // a heading cue on a section title
    int section = -1;      // index into flatSections(); -1 before the first section
    QString group;         // the cue's group (SentenceCue::group): evidence of one group counts once
    doc::TextRange match;  // the words a sentence cue read, within `range` (empty otherwise)

    bool operator==(const Evidence &) const = default;
};

struct TopicPresence
{
    QString topic;
    bool present = false;
    double score = 0;
    std::vector<Evidence> evidence; // strongest first

    bool operator==(const TopicPresence &) const = default;
};

// One analysed sentence: where it is and its words (for requirement cues).
struct Sentence
{
    doc::TextRange range;
    int section = -1;
    std::vector<Word> words;
    // The sentence kinds it is of (bit k: kind k, Taxonomy::kindsAllow): evidence for some
    // topics only ("This Policy explains…", "“Personal data” means…").
    quint32 kinds = 0;
};

struct DocumentAnalysis
{
    std::vector<TopicPresence> topics;          // every taxonomy topic, in taxonomy order
    std::vector<std::vector<int>> sectionTopics; // per flat section: indices of its topics
    std::vector<char> definitionSections;        // per flat section: a section of definitions
    std::vector<Sentence> sentences;
    int scopeTopic = -1; // the taxonomy's index of `scope`, which definitions are evidence for

    // Whether a sentence is evidence for a topic: one in a section of definitions
    // (Taxonomy::isDefinitionsTitle) defines words and counts for scope alone; one of a sentence
    // kind counts for the topics every one of its kinds takes (Taxonomy::kindsAllow).
    [[nodiscard]] bool counts(const Sentence &s, int topic, const Taxonomy &taxonomy) const;
};

// Classifies the document's sections and sentences. Thread-safe for distinct documents
// (each call has its own stemmer). When *cancel becomes true, returns early with what it has.
[[nodiscard]] DocumentAnalysis analyse(const doc::PolicyDocument &document, const Taxonomy &taxonomy,
                                       const std::atomic_bool *cancel = nullptr);

enum class RequirementStatus { Met, Partial, Missing, Conditional };
[[nodiscard]] QString requirementStatusName(RequirementStatus status); // "met", "partial", …

struct RequirementResult
{
    const Requirement *requirement = nullptr; // in the Profiles passed to coverage()
    QString profile;
    RequirementStatus status = RequirementStatus::Missing;
    std::vector<Evidence> evidence; // the topic's evidence, then narrower and condition matches
};

// The requirements of one profile, or of every profile for "all"; empty for an unknown id.
[[nodiscard]] std::vector<RequirementResult> coverage(const DocumentAnalysis &analysis, const Taxonomy &taxonomy,
                                                      const Profiles &profiles, const QString &profile);

} // namespace cw::analysis
