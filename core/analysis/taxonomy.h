#pragma once

// The topic vocabulary of TAXONOMY.md and the legal requirement profiles, loaded from data:
// resources/data/coverage/cues.json (topics, bilingual names, heading and sentence cues) and
// resources/data/coverage/profiles.json (requirements with citations, narrower cues and
// conditions). A user's own files of the same shape extend them (merge()).

#include "analysis/cuepattern.h"
#include "analysis/similarity.h"
#include "common/result.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace cw::analysis {

inline constexpr int SentenceCueStride = 1000;
// Sentence kinds (Taxonomy::kindsAllow) are bits of a quint32, the overview among them.
inline constexpr size_t MaxSentenceKinds = 32;

// Index 0 is English, 1 Russian: bilingual names and titles.
using Bilingual = std::array<QString, 2>;
[[nodiscard]] QString pick(const Bilingual &text, const QString &uiLanguage); // "ru…" → Russian

struct SentenceCue
{
    QString pattern;
    double weight = 1.0;
    int maxWords = 0; // when > 0: only a sentence of at most this many words ("April 15, 2014")
    // Cues of one group are ways of naming one thing ("уполномоченный орган", "Роскомнадзор"):
    // in a section they count once, at the strongest, not as separate evidence.
    QString group;
    // Patterns over the same words that undo the cue: "законн* интерес*" unless
    // "прав* и законн* интерес*" (the person's rights and lawful interests, not a legal basis).
    // In the file a string, or a list when the cue has more than one false reading.
    QStringList unless;
};

// A heading cue and the most words a title may have for it to count (0: any; numbering is no
// word). A bare word names a section only as its whole title ("Changes", "Изменения"), not
// inside another ("Corporate Changes", "How to Make Changes to Your Information").
struct HeadingCue
{
    QString pattern;
    int maxWords = 0;
    QStringList unless; // as a sentence cue's: a title it also matches that is about something else
};

struct Topic
{
    QString id;
    Bilingual name;
    std::vector<HeadingCue> headingCues; // both languages
    std::vector<SentenceCue> sentenceCues;
    // "unless" on the topic ({"en": [...], "ru": [...]}): patterns that undo a match of any of
    // its sentence cues, as a cue's own `unless` does ("when you contact us, we keep…" is no
    // way to reach the company, whichever contact cue reads it).
    QStringList sentenceUnless;
    // "headingNeedsText": a heading cue counts only where a sentence cue of the topic stands in
    // the section under it. A title names what a section should hold ("Сведения об
    // операторе"), and for the controller a template's title may stand over no name at all.
    bool headingNeedsText = false;
    // "readsOverview": the topic takes evidence from a sentence that describes the policy
    // itself ("This Privacy Policy explains what information we collect…"). Such a sentence
    // promises a topic and does not treat it, so only the topics about the policy and who
    // stands behind it (scope, changes, contact, controller, DPO) read it.
    bool readsOverview = false;
};

// How evidence adds up (the "scoring" object of cues.json).
struct Scoring
{
    double heading = 0.9;  // a heading cue
    double sentence = 0.8; // a sentence cue of weight 1.0; a weaker cue counts in proportion
    double present = 0.5;  // the score from which a topic is present: 1 - Π(1 - evidence)
    // A section whose text is near the library's clauses on a topic (similarity.h): the
    // cosine from which it counts, and its weight (alone it does not make a topic present).
    double similarityCosine = 0.35;
    double similarity = 0.4;
};

class Taxonomy
{
public:
    // The built-in cues, extended by a user's cue file when `userCuesFile` is given (an error
    // naming the file when it cannot be read or is malformed).
    [[nodiscard]] static Result<Taxonomy> builtin(const QString &userCuesFile = {});
    [[nodiscard]] static Result<Taxonomy> fromJson(const QByteArray &json, const QString &fileName);
    // Adds the other file's topics and cues (new topics are appended; cues of a known topic
    // are added to it). Its scoring, when given, replaces this one. An error when a cue is
    // malformed.
    [[nodiscard]] std::optional<Error> merge(const Taxonomy &other);

    const std::vector<Topic> &topics() const { return m_topics; }
    int indexOf(const QString &id) const; // -1 when unknown
    const Scoring &scoring() const { return m_scoring; }
    // Whether a section title names a section of definitions ("Definitions", "2. Основные
    // понятия"): its sentences define words, often the law's, and say nothing of what the
    // operator does, so they count for `scope` only. From "definitionTitles" in the cue file:
    // regular expressions matched, case-insensitively, against the whole title.
    [[nodiscard]] bool isDefinitionsTitle(const QString &title) const;

    // The similarity model learnt from the clause library's labelled clauses; null without.
    void setSimilarity(std::shared_ptr<const SimilarityModel> model) { m_similarity = std::move(model); }
    const SimilarityModel *similarity() const { return m_similarity.get(); }

    // Cue indexes; keys are topic * SentenceCueStride + the cue's index among the topic's
    // heading cues or sentence cues. The sentence index also holds the cues of the sentence
    // kinds, so that one pass over a sentence finds both: kindOfKey() tells their keys apart.
    const CueIndex &headingIndex() const { return m_headings; }
    const CueIndex &sentenceIndex() const { return m_sentences; }
    // The sentence kind a key of sentenceIndex() stands for, or -1 for a topic's cue.
    int kindOfKey(int key) const { return key >= m_kindKeyBase ? key - m_kindKeyBase : -1; }
    // Whether a sentence cue's match at words[first…last] is undone by its `unless` pattern,
    // matched over words that overlap it.
    [[nodiscard]] bool isUndone(int sentenceKey, std::span<const Word> words, size_t first, size_t last) const;
    // The same for a heading cue's match in a title ("contact*" unless "your contacts").
    [[nodiscard]] bool isHeadingUndone(int headingKey, std::span<const Word> words, size_t first, size_t last) const;
    // Kinds of sentence that are evidence for some topics only, their cues read in the same
    // pass as the topics' (keys past theirs, kindOfKey()): one about the policy itself
    // ("overview" in the cue file: "This Policy explains what we collect…") counts for the
    // topics that `readsOverview`; the kinds of "sentenceKinds" for the topics they name: one
    // that defines a word ("“Personal information” means…") for scope, one that tells what a
    // law lets a person ask ("California Civil Code Section 1798.83 permits…") for rights.
    // Whether every kind in `kinds` (bit k: kind k) takes evidence for the topic.
    [[nodiscard]] bool kindsAllow(quint32 kinds, int topic) const;
    // Word forms no stem or prefix of a cue takes, only an "=" alternative ("exactOnly" in the
    // cue file): give them to the WordAnalyser whose words the cues read.
    const QSet<QString> &exactOnly() const { return m_exactOnly; }

private:
    std::optional<Error> build();
    // Error "cue" when a sentence kind names a topic that is not here; checked once the files
    // are merged, as a user's file may name the topics of the one it extends.
    std::optional<Error> checkKindTopics() const;

    std::vector<Topic> m_topics;
    Scoring m_scoring;
    bool m_hasScoring = false;
    CueIndex m_headings, m_sentences;
    QHash<int, std::vector<CuePattern>> m_unless;        // sentence key → its `unless` patterns
    QHash<int, std::vector<CuePattern>> m_headingUnless; // heading key → its `unless` patterns
    QStringList m_overviewCues;      // as written in the data, both languages
    struct SentenceKind
    {
        QString name;
        QStringList cues;   // as written in the data, both languages
        QStringList topics; // topic ids its sentences are evidence for
    };
    std::vector<SentenceKind> m_kindData;
    std::vector<std::vector<char>> m_kindAllows; // per kind (m_kindData's, then the overview), per topic
    QStringList m_exactOnlyForms;    // as written in the data, both languages
    QSet<QString> m_exactOnly;       // the same, as WordAnalyser::lower() gives them
    int m_kindKeyBase = std::numeric_limits<int>::max(); // kind k's cues are in m_sentences under m_kindKeyBase + k
    std::vector<QRegularExpression> m_definitionTitles;
    std::shared_ptr<const SimilarityModel> m_similarity;
};

struct Requirement
{
    QString id;       // "gdpr.13.2.a", "ru152.rights"
    QString topic;    // TAXONOMY id whose presence satisfies it
    Bilingual title;
    QString citation;
    // Narrower points: every group must have a matching sentence for "met"; some → "partial".
    std::vector<std::vector<CuePattern>> narrower;
    // A requirement that applies only in some cases (e.g. a DPO "if appointed").
    bool conditional = false;
    Bilingual condition;
    std::vector<CuePattern> conditionCues; // evidence that the case applies
};

struct Profile
{
    QString id; // "gdpr", "ru152", "ccpa"
    Bilingual name;
    std::vector<Requirement> requirements;
};

class Profiles
{
public:
    // The built-in profiles, checked against `taxonomy`.
    [[nodiscard]] static Result<Profiles> builtin(const Taxonomy &taxonomy);
    // Every topic a requirement names must be in `taxonomy`.
    [[nodiscard]] static Result<Profiles> fromJson(const QByteArray &json, const QString &fileName,
                                                   const Taxonomy &taxonomy);

    const std::vector<Profile> &all() const { return m_profiles; }
    const Profile *find(const QString &id) const;

private:
    std::vector<Profile> m_profiles;
};

} // namespace cw::analysis
