#include "analysis/coverage.h"

#include "document/markdownimporter.h"
#include "text/segmenter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace cw::analysis {

namespace {

// Adds up evidence: 1 − Π(1 − w) over distinct readings, each at its strongest. One reading is
// one cue (or group of cues) wherever it fires, joined with any other cue whose words in the same
// sentence lie within its own: "the information that we collect" read by "information … we …
// collect" and by "we collect" is one weak piece of evidence, not two that add up to a topic.
// Cues that read different words ("in order to … improve", "improve … our … product") add up.
double combine(const std::vector<const Evidence *> &evidence)
{
    const size_t n = evidence.size();
    std::vector<size_t> parent(n);
    for (size_t i = 0; i < n; ++i)
        parent[i] = i;
    const auto root = [&](size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    const auto join = [&](size_t a, size_t b) { parent[root(a)] = root(b); };
    const auto within = [](const doc::TextRange &a, const doc::TextRange &b) {
        return !a.isEmpty() && !b.isEmpty() && a.start >= b.start && a.end <= b.end;
    };
    std::map<QString, size_t> byCue;
    for (size_t i = 0; i < n; ++i) {
        const Evidence &e = *evidence[i];
        const auto [it, added] = byCue.try_emplace(e.group.isEmpty() ? e.cue : u'#' + e.group, i);
        if (!added)
            join(i, it->second);
        for (size_t j = 0; j < i; ++j) {
            const Evidence &o = *evidence[j];
            if (o.range == e.range && (within(e.match, o.match) || within(o.match, e.match)))
                join(i, j);
        }
    }
    std::map<size_t, double> strongest;
    for (size_t i = 0; i < n; ++i) {
        double &w = strongest[root(i)];
        w = std::max(w, evidence[i]->weight);
    }
    double miss = 1.0;
    for (const auto &[reading, w] : strongest)
        miss *= 1.0 - std::clamp(w, 0.0, 1.0);
    return 1.0 - miss;
}

// The text the cues read: proseText() with what a reader does not read as words blanked out
// (same length, so offsets hold): web addresses, Markdown link destinations, kramdown attribute
// lists ("{: #security }"), YAML front matter, HTML comments and tags. A cue otherwise fired on
// "secure-website-certificate" in an address or on an anchor named "cookies".
QString analysisText(const doc::PolicyDocument &document)
{
    QString t = document.proseText();
    auto blank = [&t](qsizetype from, qsizetype to) {
        for (qsizetype k = std::max<qsizetype>(0, from); k < std::min(to, t.size()); ++k)
            if (t[k] != u'\n')
                t[k] = u' ';
    };
    static const QRegularExpression url(
        uR"((?:\b(?:https?|ftp)://|\bwww\.)[^\s<>()\[\]"«»]+(?:\([^\s()]*\)[^\s<>()\[\]"«»]*)*)"_s);
    for (auto it = url.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        qsizetype end = m.capturedEnd();
        while (end > m.capturedStart() && QStringView(u".,;:!?").contains(t[end - 1]))
            --end; // the sentence's own full stop
        blank(m.capturedStart(), end);
    }
    if (document.format != u"markdown"_s)
        return t;
    blank(0, doc::frontMatterLength(t));
    static const QRegularExpression markup(
        uR"(\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\)|\{:[^}\n]*\}|\{#[^}\n]*\}|<!--.*?-->|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = markup.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        // "](address)": the link's text before "]" stays.
        blank(m.capturedStart() + (t[m.capturedStart()] == u']' ? 1 : 0), m.capturedEnd());
    }
    return t;
}

} // namespace

DocumentAnalysis analyse(const doc::PolicyDocument &document, const Taxonomy &taxonomy, const std::atomic_bool *cancel)
{
    DocumentAnalysis out;
    const auto &topics = taxonomy.topics();
    const Scoring &scoring = taxonomy.scoring();
    const auto flat = document.flatSections();
    QHash<const doc::Section *, int> sectionIndex;
    for (size_t k = 0; k < flat.size(); ++k)
        sectionIndex.insert(flat[k], int(k));
    auto sectionOf = [&](qsizetype offset) {
        const doc::Section *s = document.sectionAt(offset);
        return s ? sectionIndex.value(s, -1) : -1;
    };

    std::vector<std::vector<Evidence>> evidence(topics.size());
    WordAnalyser analyser;
    analyser.setExactOnly(taxonomy.exactOnly());

    // Sections of definitions (and the sections inside them): a sentence there defines a word,
    // often as the law does ("обработка персональных данных — любое действие…"), and says
    // nothing of what this operator does, so it counts for scope alone.
    const int scope = taxonomy.indexOf(u"scope"_s);
    out.scopeTopic = scope;
    std::vector<char> &definitions = out.definitionSections;
    definitions.assign(flat.size(), 0);
    for (size_t k = 0; k < flat.size(); ++k) {
        definitions[k] = taxonomy.isDefinitionsTitle(flat[k]->title);
        // flatSections() lists a parent before its children: the nearest section before this
        // one that holds it is its parent.
        for (size_t j = k; !definitions[k] && flat[k]->level > 1 && j-- > 0;) {
            if (flat[j]->level < flat[k]->level && flat[j]->range.contains(flat[k]->range.start)) {
                definitions[k] = definitions[j];
                break;
            }
        }
    }

    // A skeleton's titles promise sections that are not written: they are not read.
    const std::vector<char> inSkeleton = doc::skeletonSections(document);

    // Section titles against heading cues.
    for (size_t k = 0; k < flat.size(); ++k) {
        const doc::Section &s = *flat[k];
        if (inSkeleton[k])
            continue;
        const std::vector<Word> words = analyser.words(s.title, {0, s.title.size()}, document.language);
        // Numbering ("10.") is no word of a title, for a heading cue's maxWords.
        const auto titleWords = std::count_if(words.begin(), words.end(), [](const Word &w) {
            return std::any_of(w.lower.begin(), w.lower.end(), [](QChar c) { return c.isLetter(); });
        });
        const auto notUndone = [&](const CueIndex::Match &m) {
            return !taxonomy.isHeadingUndone(m.key, words, m.first, m.last);
        };
        for (const CueIndex::Match &m : taxonomy.headingIndex().matches(words, notUndone)) {
            const int topic = m.key / SentenceCueStride;
            const int maxWords = topics[size_t(topic)].headingCues[size_t(m.key % SentenceCueStride)].maxWords;
            if (maxWords > 0 && titleWords > maxWords)
                continue;
            if (!definitions[k] || topic == scope)
                evidence[size_t(topic)].push_back({s.heading, m.pattern->source(), scoring.heading, true, int(k), {}, {}});
        }
    }

    // Sentences against sentence cues; a sentence wrapped over lines is one sentence. The
    // entries of a table of contents are not read (they name sections, present or not), nor
    // are a skeleton's titles ("How long we keep it" over nothing); a long line in a skeleton
    // is more likely a paragraph the importer broke into titles (an ALL-CAPS disclaimer of a
    // plain-text dump), and is read.
    const QString prose = analysisText(document);
    std::vector<doc::TextRange> unread = doc::contentsRanges(document);
    for (size_t k = 0; k < flat.size(); ++k)
        if (inSkeleton[k] && flat[k]->title.simplified().count(u' ') + 1 < 10) // fewer than ten words
            unread.push_back(flat[k]->heading);
    std::sort(unread.begin(), unread.end(), [](const doc::TextRange &a, const doc::TextRange &b) { return a.start < b.start; });
    auto unreadEntry = unread.begin();
    for (const text::Span &span : text::sentences(prose, document.language)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (!unread.empty()) {
            qsizetype first = span.start; // its first word: a list item's block leaves out the marker
            while (first < span.end && !prose[first].isLetterOrNumber())
                ++first;
            while (unreadEntry != unread.end() && unreadEntry->end <= first)
                ++unreadEntry;
            if (unreadEntry != unread.end() && unreadEntry->contains(first))
                continue;
        }
        Sentence sentence;
        sentence.range = {span.start, span.end};
        sentence.section = sectionOf(span.start);
        sentence.words = analyser.words(prose, sentence.range, document.language);
        // A sentence that defines a word ("“Personal information” means information such as
        // your name…") says what a word covers, not what this operator collects: like a sentence
        // in a section of definitions, it counts for scope alone. One that tells what a law lets
        // a person ask ("…may request information about our disclosures to third parties for
        // their direct marketing purposes") names a right, not the recipients; one about the
        // policy itself ("This Policy explains what we collect…") promises topics and treats
        // none. The kinds' cues are read in the same pass as the topics'. A match its `unless`
        // undoes does not count, and a later match of the cue may.
        const auto notUndone = [&](const CueIndex::Match &m) {
            return !taxonomy.isUndone(m.key, sentence.words, m.first, m.last);
        };
        const std::vector<CueIndex::Match> found = taxonomy.sentenceIndex().matches(sentence.words, notUndone);
        for (const CueIndex::Match &m : found)
            if (const int kind = taxonomy.kindOfKey(m.key); kind >= 0)
                sentence.kinds |= 1u << kind;
        for (const CueIndex::Match &m : found) {
            if (taxonomy.kindOfKey(m.key) >= 0)
                continue;
            const int topic = m.key / SentenceCueStride;
            const SentenceCue &cue = topics[size_t(topic)].sentenceCues[size_t(m.key % SentenceCueStride)];
            if (cue.maxWords > 0 && sentence.words.size() > size_t(cue.maxWords))
                continue;
            if (!out.counts(sentence, topic, taxonomy))
                continue;
            evidence[size_t(topic)].push_back({sentence.range, m.pattern->source(), cue.weight * scoring.sentence, false,
                                               sentence.section, cue.group,
                                               {sentence.words[m.first].range.start, sentence.words[m.last].range.end}});
        }
        out.sentences.push_back(std::move(sentence));
    }

    // A topic whose heading must be borne out by its text: a heading cue stays only where a
    // sentence cue of the topic is in the section it heads (its subsections included).
    for (size_t t = 0; t < topics.size(); ++t) {
        if (!topics[t].headingNeedsText)
            continue;
        std::vector<Evidence> &ev = evidence[t];
        std::vector<doc::TextRange> sentenceRanges;
        for (const Evidence &e : ev)
            if (!e.heading)
                sentenceRanges.push_back(e.range);
        std::erase_if(ev, [&](const Evidence &e) {
            if (!e.heading || e.section < 0)
                return false;
            const doc::TextRange within = flat[size_t(e.section)]->range;
            return std::none_of(sentenceRanges.begin(), sentenceRanges.end(),
                                [&](const doc::TextRange &r) { return within.contains(r.start); });
        });
    }

    // Sections near the library's clauses on a topic: their own text (children excluded) and
    // title, when there is enough of it to judge.
    if (const SimilarityModel *model = taxonomy.similarity(); model && !model->isEmpty()) {
        std::vector<std::vector<Word>> sectionWords(flat.size());
        for (const Sentence &s : out.sentences)
            if (s.section >= 0)
                sectionWords[size_t(s.section)].insert(sectionWords[size_t(s.section)].end(), s.words.begin(), s.words.end());
        for (size_t k = 0; k < flat.size(); ++k) {
            if (sectionWords[k].size() < 12)
                continue;
            const SimilarityModel::Match m = model->nearest(sectionWords[k]);
            if (m.topic >= 0 && m.cosine >= scoring.similarityCosine)
                evidence[size_t(m.topic)].push_back({flat[k]->heading, u"≈ library"_s, scoring.similarity, false, int(k), {}, {}});
        }
    }

    out.sectionTopics.assign(flat.size(), {});
    for (size_t t = 0; t < topics.size(); ++t) {
        std::vector<Evidence> &ev = evidence[t];
        std::stable_sort(ev.begin(), ev.end(), [](const Evidence &a, const Evidence &b) { return a.weight > b.weight; });
        std::map<int, std::vector<const Evidence *>> bySection;
        for (const Evidence &e : ev) {
            if (e.section >= 0)
                bySection[e.section].push_back(&e);
        }
        std::vector<const Evidence *> preamble;
        for (const Evidence &e : ev)
            if (e.section < 0)
                preamble.push_back(&e);
        // A topic is present where one section (or the text before the first) carries it:
        // evidence scattered over unrelated sections does not add up to a topic, and deleting
        // the sections that carry a topic removes it.
        TopicPresence p;
        p.topic = topics[t].id;
        p.score = combine(preamble);
        for (const auto &[section, sectionEvidence] : bySection) {
            const double score = combine(sectionEvidence);
            p.score = std::max(p.score, score);
            if (score >= scoring.present)
                out.sectionTopics[size_t(section)].push_back(int(t));
        }
        p.present = p.score >= scoring.present;
        p.evidence = ev;
        out.topics.push_back(std::move(p));
    }
    return out;
}

bool DocumentAnalysis::counts(const Sentence &s, int topic, const Taxonomy &taxonomy) const
{
    if (s.section >= 0 && size_t(s.section) < definitionSections.size() && definitionSections[size_t(s.section)])
        return topic >= 0 && topic == scopeTopic;
    return taxonomy.kindsAllow(s.kinds, topic);
}

QString requirementStatusName(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Met: return u"met"_s;
    case RequirementStatus::Partial: return u"partial"_s;
    case RequirementStatus::Missing: return u"missing"_s;
    case RequirementStatus::Conditional: return u"conditional"_s;
    }
    return {};
}

std::vector<RequirementResult> coverage(const DocumentAnalysis &analysis, const Taxonomy &taxonomy,
                                        const Profiles &profiles, const QString &profile)
{
    std::vector<RequirementResult> out;
    // The first sentence matching any of the patterns that counts for the requirement's topic
    // (not a definition), as evidence.
    auto firstMatch = [&](const std::vector<CuePattern> &patterns, int topic) -> std::optional<Evidence> {
        for (const Sentence &s : analysis.sentences)
            for (const CuePattern &p : patterns)
                if (p.match(s.words) && analysis.counts(s, topic, taxonomy))
                    return Evidence{s.range, p.source(), 1.0, false, s.section, {}, {}};
        return std::nullopt;
    };
    for (const Profile &pr : profiles.all()) {
        if (profile != u"all"_s && pr.id != profile)
            continue;
        for (const Requirement &r : pr.requirements) {
            RequirementResult result;
            result.requirement = &r;
            result.profile = pr.id;
            const int t = taxonomy.indexOf(r.topic);
            const TopicPresence *topic = t >= 0 ? &analysis.topics[size_t(t)] : nullptr;
            const bool present = topic && topic->present;
            if (topic)
                result.evidence.insert(result.evidence.end(), topic->evidence.begin(),
                                       topic->evidence.begin() + std::min<qsizetype>(3, qsizetype(topic->evidence.size())));
            if (present) {
                int groupsMet = 0;
                for (const auto &group : r.narrower) {
                    if (auto e = firstMatch(group, t)) {
                        ++groupsMet;
                        result.evidence.push_back(*e);
                    }
                }
                result.status = groupsMet == int(r.narrower.size()) ? RequirementStatus::Met : RequirementStatus::Partial;
            } else if (r.conditional) {
                const auto e = firstMatch(r.conditionCues, t);
                if (e)
                    result.evidence.push_back(*e);
                result.status = e ? RequirementStatus::Missing : RequirementStatus::Conditional;
            } else {
                result.status = RequirementStatus::Missing;
            }
            out.push_back(std::move(result));
        }
    }
    return out;
}

} // namespace cw::analysis
