#include "analysis/similarity.h"

#include "text/language.h"

#include <QRegularExpression>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace cw::analysis {

namespace {

// Words too common in policies to tell topics apart are left to IDF; only very short words
// (articles, prepositions, Russian particles) are dropped here.
bool counts(const Word &w)
{
    return w.stem.size() >= 3;
}

void normalise(QHash<QString, double> &v)
{
    double norm = 0;
    for (double x : std::as_const(v))
        norm += x * x;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (double &x : v)
            x /= norm;
}

} // namespace

void SimilarityModel::train(const std::vector<TopicExample> &examples)
{
    static const QRegularExpression tags(u"\\{\\{[^}]*\\}\\}"_s);
    WordAnalyser analyser;
    std::vector<std::pair<int, QHash<QString, double>>> termFrequencies;
    QHash<QString, int> documentFrequency;
    for (const TopicExample &e : examples) {
        QString text = e.text;
        text.replace(tags, u" "_s);
        QHash<QString, double> tf;
        for (const Word &w : analyser.words(text, {0, text.size()}, text::Language::Unknown))
            if (counts(w))
                tf[w.stem] += 1;
        if (tf.isEmpty())
            continue;
        for (auto it = tf.cbegin(); it != tf.cend(); ++it)
            ++documentFrequency[it.key()];
        termFrequencies.emplace_back(e.topic, std::move(tf));
    }
    m_examples = qsizetype(termFrequencies.size());
    m_idf.clear();
    const double n = double(termFrequencies.size());
    for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it)
        m_idf.insert(it.key(), std::log((1 + n) / (1 + it.value())) + 1);

    std::map<int, QHash<QString, double>> sums;
    for (auto &[topic, tf] : termFrequencies) {
        QHash<QString, double> v;
        for (auto it = tf.cbegin(); it != tf.cend(); ++it)
            v.insert(it.key(), (1 + std::log(it.value())) * m_idf.value(it.key()));
        normalise(v);
        QHash<QString, double> &sum = sums[topic];
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            sum[it.key()] += it.value();
    }
    m_centroids.clear();
    for (auto &[topic, sum] : sums) {
        normalise(sum);
        m_centroids.emplace_back(topic, std::move(sum));
    }
}

SimilarityModel::Match SimilarityModel::nearest(const std::vector<Word> &words) const
{
    // Words the examples never use weigh as much as the rarest: a section about something else
    // is not near a topic because a few of its words are.
    QHash<QString, double> tf;
    bool known = false;
    for (const Word &w : words)
        if (counts(w)) {
            tf[w.stem] += 1;
            known = known || m_idf.contains(w.stem);
        }
    Match best;
    if (!known)
        return best;
    const double rarest = std::log(1.0 + double(m_examples)) + 1;
    QHash<QString, double> v;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it)
        v.insert(it.key(), (1 + std::log(it.value())) * m_idf.value(it.key(), rarest));
    normalise(v);
    for (const auto &[topic, centroid] : m_centroids) {
        double dot = 0;
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            dot += it.value() * centroid.value(it.key());
        if (dot > best.cosine)
            best = {topic, dot};
    }
    return best;
}

} // namespace cw::analysis
