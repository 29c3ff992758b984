#pragma once

// Topic similarity learnt from examples: the labelled clauses of the clause library, fed in
// at load time (no model file, no network). Each topic gets, per language, the centroid of its
// examples' TF-IDF vectors over word stems; a section is compared with every centroid by
// cosine. It is evidence beside the cues (coverage.h), never the only evidence: its weight
// (Scoring::similarity) is below what makes a topic present on its own.

#include "analysis/cuepattern.h"

#include <QHash>

#include <vector>

namespace cw::analysis {

struct TopicExample
{
    int topic = -1; // taxonomy index
    QString text;   // the clause text ({{tags}} are ignored)
};

class SimilarityModel
{
public:
    // Learns from the examples (any mix of English and Russian; stems tell them apart).
    void train(const std::vector<TopicExample> &examples);
    bool isEmpty() const { return m_centroids.empty(); }
    qsizetype exampleCount() const { return m_examples; }

    struct Match
    {
        int topic = -1;
        double cosine = 0;
    };
    // The topic whose centroid is nearest to the words, with the cosine; topic -1 when no
    // known stem is among them.
    Match nearest(const std::vector<Word> &words) const;

private:
    QHash<QString, double> m_idf;
    std::vector<std::pair<int, QHash<QString, double>>> m_centroids; // (topic, unit vector)
    qsizetype m_examples = 0;
};

} // namespace cw::analysis
