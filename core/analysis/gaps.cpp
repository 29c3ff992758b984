#include "analysis/gaps.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace cw::analysis {

namespace {

constexpr int MinSectionWords = 5; // a heading with only sub-sections is not a section to match

using Vector = QHash<QString, double>;

// Stem counts of each flat section's own text (title included).
std::vector<QHash<QString, int>> sectionStems(const doc::PolicyDocument &d, const DocumentAnalysis &a)
{
    std::vector<QHash<QString, int>> out(d.flatSections().size());
    for (const Sentence &s : a.sentences)
        if (s.section >= 0)
            for (const Word &w : s.words)
                ++out[size_t(s.section)][w.stem];
    return out;
}

double cosine(const Vector &x, const Vector &y)
{
    const Vector &small = x.size() < y.size() ? x : y;
    const Vector &large = x.size() < y.size() ? y : x;
    double dot = 0;
    for (auto it = small.begin(); it != small.end(); ++it)
        dot += it.value() * large.value(it.key());
    return dot;
}

} // namespace

GapsResult gaps(const doc::PolicyDocument &draft, const DocumentAnalysis &draftAnalysis,
                const std::vector<const doc::PolicyDocument *> &references,
                const std::vector<const DocumentAnalysis *> &referenceAnalyses, const Taxonomy &taxonomy)
{
    GapsResult out;
    const size_t topics = taxonomy.topics().size();
    const size_t docs = references.size() + 1;
    auto analysisOf = [&](size_t d) { return d == 0 ? &draftAnalysis : referenceAnalyses[d - 1]; };
    auto documentOf = [&](size_t d) { return d == 0 ? &draft : references[d - 1]; };

    // The matrix and the missing topics.
    out.present.assign(topics, std::vector<char>(docs, 0));
    for (size_t d = 0; d < docs; ++d)
        for (size_t t = 0; t < topics && t < analysisOf(d)->topics.size(); ++t)
            out.present[t][d] = analysisOf(d)->topics[t].present ? 1 : 0;
    for (size_t t = 0; t < topics; ++t) {
        if (out.present[t][0])
            continue;
        MissingTopic m{taxonomy.topics()[t].id, {}};
        for (size_t d = 1; d < docs; ++d)
            if (out.present[t][d])
                m.references.push_back(int(d - 1));
        if (!m.references.empty())
            out.missingTopics.push_back(std::move(m));
    }

    // TF-IDF vectors of every section of every document.
    std::vector<std::vector<QHash<QString, int>>> counts(docs);
    QHash<QString, int> df;
    int sections = 0;
    for (size_t d = 0; d < docs; ++d) {
        counts[d] = sectionStems(*documentOf(d), *analysisOf(d));
        for (const auto &c : counts[d]) {
            ++sections;
            for (auto it = c.begin(); it != c.end(); ++it)
                ++df[it.key()];
        }
    }
    auto vectorOf = [&](const QHash<QString, int> &c) {
        Vector v;
        double norm = 0;
        for (auto it = c.begin(); it != c.end(); ++it) {
            const double w = (1 + std::log(double(it.value()))) * std::log(1.0 + double(sections) / df.value(it.key(), 1));
            v.insert(it.key(), w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto it = v.begin(); it != v.end(); ++it)
            it.value() /= norm > 0 ? norm : 1;
        return v;
    };
    std::vector<Vector> draftVectors;
    for (const auto &c : counts[0])
        draftVectors.push_back(vectorOf(c));

    const auto draftFlat = draft.flatSections();
    // Each reference's sections against the draft's, references side by side.
    std::vector<size_t> referenceIndices;
    for (size_t d = 1; d < docs; ++d)
        referenceIndices.push_back(d);
    const auto perReference = QtConcurrent::blockingMapped<std::vector<std::vector<UnmatchedSection>>>(
        referenceIndices, [&](size_t d) {
            std::vector<UnmatchedSection> found;
            const auto flat = documentOf(d)->flatSections();
            for (size_t s = 0; s < flat.size(); ++s) {
                qsizetype words = 0;
                for (auto it = counts[d][s].begin(); it != counts[d][s].end(); ++it)
                    words += it.value();
                const std::vector<int> &mine = analysisOf(d)->sectionTopics[s];
                if (words < MinSectionWords && mine.empty())
                    continue;
                const Vector v = vectorOf(counts[d][s]);
                int best = -1;
                double bestSim = 0;
                for (size_t k = 0; k < draftFlat.size(); ++k) {
                    const std::vector<int> &theirs = draftAnalysis.sectionTopics[k];
                    const double cos = cosine(v, draftVectors[k]);
                    double sim = cos;
                    if (!mine.empty()) {
                        const auto shared = std::count_if(mine.begin(), mine.end(), [&](int t) {
                            return std::find(theirs.begin(), theirs.end(), t) != theirs.end();
                        });
                        sim = 0.5 * cos + 0.5 * double(shared) / double(mine.size());
                    }
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = int(k);
                    }
                }
                if (bestSim >= Gaps::MatchThreshold)
                    continue;
                UnmatchedSection u;
                u.reference = int(d - 1);
                u.section = int(s);
                u.title = flat[s]->title;
                u.range = flat[s]->range;
                u.topics = mine;
                u.bestDraftSection = best;
                u.similarity = bestSim;
                found.push_back(std::move(u));
            }
            return found;
        });
    for (const auto &found : perReference)
        out.unmatched.insert(out.unmatched.end(), found.begin(), found.end());

    // Rank: how many references have an unmatched section on the same subject.
    auto subject = [&](const UnmatchedSection &u) {
        return u.topics.empty() ? u.title.simplified().toCaseFolded() : taxonomy.topics()[size_t(u.topics.front())].id;
    };
    std::map<QString, QSet<int>> bySubject;
    for (const UnmatchedSection &u : out.unmatched)
        bySubject[subject(u)].insert(u.reference);
    for (UnmatchedSection &u : out.unmatched)
        u.sharedBy = int(bySubject[subject(u)].size());
    std::stable_sort(out.unmatched.begin(), out.unmatched.end(),
                     [](const UnmatchedSection &a, const UnmatchedSection &b) { return a.sharedBy > b.sharedBy; });
    return out;
}

std::vector<DocumentAnalysis> analyseAll(const std::vector<const doc::PolicyDocument *> &documents,
                                         const Taxonomy &taxonomy, const std::atomic_bool *cancel,
                                         const std::function<void(int, int)> &progress)
{
    std::atomic_int done{0};
    const int total = int(documents.size());
    return QtConcurrent::blockingMapped<std::vector<DocumentAnalysis>>(
        documents, [&](const doc::PolicyDocument *d) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return DocumentAnalysis{};
            DocumentAnalysis a = analyse(*d, taxonomy, cancel);
            if (progress)
                progress(++done, total);
            return a;
        });
}

} // namespace cw::analysis
