#include "analysis/taxonomy.h"

#include "common/resources.h"
#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::analysis {

namespace {

Result<QJsonObject> parseObject(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !d.isObject())
        return Error{u"parse"_s, Tr::tr("%1: not a valid JSON object (%2 at byte %3)")
                                     .arg(fileName, error.errorString())
                                     .arg(error.offset)};
    return d.object();
}

Bilingual bilingual(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(u"en"_s).toString(), o.value(u"ru"_s).toString()};
}

// The patterns of {"en": [...], "ru": [...]}, both languages in one list.
QStringList bothLanguages(const QJsonValue &v)
{
    QStringList out;
    const QJsonObject o = v.toObject();
    for (const QString &lang : {u"en"_s, u"ru"_s})
        for (const QJsonValue &p : o.value(lang).toArray())
            out << p.toString();
    return out;
}

// A string as a one-item list, a list of strings as it is; anything else: empty.
QStringList stringOrList(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

// A pattern compiled, or an error naming where it stands (a topic, "overview", a requirement).
Result<CuePattern> compileOne(const QString &pattern, WordAnalyser &analyser, const QString &where)
{
    auto p = CuePattern::compile(pattern, analyser);
    if (!p)
        return Error{p.error().code, where + u": "_s + p.error().message};
    return p;
}

Result<std::vector<CuePattern>> compileAll(const QStringList &patterns, WordAnalyser &analyser, const QString &where)
{
    std::vector<CuePattern> out;
    for (const QString &p : patterns) {
        auto c = compileOne(p, analyser, where);
        if (!c)
            return c.error();
        out.push_back(std::move(c).value());
    }
    return out;
}

// Whether one of a cue's `unless` patterns matches words that overlap words[first…last].
bool undoes(const QHash<int, std::vector<CuePattern>> &unlessOf, int key, std::span<const Word> words, size_t first,
            size_t last)
{
    const auto it = unlessOf.constFind(key);
    if (it == unlessOf.constEnd())
        return false;
    for (const CuePattern &unless : *it) {
        for (size_t from = 0; from <= last && from < words.size(); ++from)
            if (unless.matchAtReaching(words, from, first))
                return true;
    }
    return false;
}

} // namespace

QString pick(const Bilingual &text, const QString &uiLanguage)
{
    const QString &chosen = text[uiLanguage.startsWith(u"ru"_s) ? 1 : 0];
    return chosen.isEmpty() ? text[0] : chosen;
}

Result<Taxonomy> Taxonomy::builtin(const QString &userCuesFile)
{
    const auto data = readBuiltinData(u"coverage/cues.json"_s);
    if (!data)
        return data.error();
    auto taxonomy = fromJson(*data, u"coverage/cues.json"_s);
    if (taxonomy)
        if (auto error = taxonomy->checkKindTopics())
            return *error;
    if (!taxonomy || userCuesFile.isEmpty())
        return taxonomy;
    const QString name = QDir::toNativeSeparators(userCuesFile);
    QFile file(userCuesFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s, Tr::tr("%1: cannot read: %2").arg(name, file.errorString())};
    const auto extra = fromJson(file.readAll(), name);
    if (!extra)
        return extra.error();
    if (auto error = taxonomy->merge(*extra))
        return *error;
    return taxonomy;
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto root = parseObject(json, fileName);
    if (!root)
        return root.error();
    Taxonomy t;
    if (root->contains(u"scoring"_s)) {
        const QJsonObject s = root->value(u"scoring"_s).toObject();
        t.m_scoring.heading = s.value(u"heading"_s).toDouble(t.m_scoring.heading);
        t.m_scoring.sentence = s.value(u"sentence"_s).toDouble(t.m_scoring.sentence);
        t.m_scoring.present = s.value(u"present"_s).toDouble(t.m_scoring.present);
        t.m_scoring.similarityCosine = s.value(u"similarityCosine"_s).toDouble(t.m_scoring.similarityCosine);
        t.m_scoring.similarity = s.value(u"similarity"_s).toDouble(t.m_scoring.similarity);
        t.m_hasScoring = true;
    }
    for (const QJsonValue &v : root->value(u"definitionTitles"_s).toArray()) {
        QRegularExpression re(u"^(?:"_s + v.toString() + u")$"_s,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            return Error{u"cue"_s, fileName + u": "_s
                                       + Tr::tr("The definitions title “%1” is not a valid regular expression: %2")
                                             .arg(v.toString(), re.errorString())};
        t.m_definitionTitles.push_back(std::move(re));
    }
    t.m_overviewCues = bothLanguages(root->value(u"overview"_s));
    const QJsonObject kinds = root->value(u"sentenceKinds"_s).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        t.m_kindData.push_back({it.key(), bothLanguages(it.value()), stringOrList(it.value().toObject().value(u"topics"_s))});
    t.m_exactOnlyForms = bothLanguages(root->value(u"exactOnly"_s));
    const QJsonObject topics = root->value(u"topics"_s).toObject();
    for (auto it = topics.begin(); it != topics.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Topic topic;
        topic.id = it.key();
        topic.name = bilingual(o.value(u"name"_s));
        // A heading cue is a pattern, or {"cue": pattern, "maxWords": n, "unless": …}.
        const QJsonObject headings = o.value(u"headings"_s).toObject();
        for (const QString &lang : {u"en"_s, u"ru"_s}) {
            for (const QJsonValue &h : headings.value(lang).toArray())
                topic.headingCues.push_back(h.isObject() ? HeadingCue{h.toObject().value(u"cue"_s).toString(),
                                                                      h.toObject().value(u"maxWords"_s).toInt(0),
                                                                      stringOrList(h.toObject().value(u"unless"_s))}
                                                         : HeadingCue{h.toString(), 0, {}});
        }
        topic.sentenceUnless = bothLanguages(o.value(u"unless"_s));
        topic.headingNeedsText = o.value(u"headingNeedsText"_s).toBool(false);
        topic.readsOverview = o.value(u"readsOverview"_s).toBool(false);
        const QJsonObject sentences = o.value(u"sentences"_s).toObject();
        for (const QString &lang : {u"en"_s, u"ru"_s})
            for (const QJsonValue &c : sentences.value(lang).toArray())
                topic.sentenceCues.push_back({c.toObject().value(u"cue"_s).toString(),
                                              c.toObject().value(u"weight"_s).toDouble(1.0),
                                              c.toObject().value(u"maxWords"_s).toInt(0),
                                              c.toObject().value(u"group"_s).toString(),
                                              stringOrList(c.toObject().value(u"unless"_s))});
        t.m_topics.push_back(std::move(topic));
    }
    // JSON objects have no order: "order" lists the topic ids as TAXONOMY.md does; topics it
    // does not name come after, alphabetically.
    const QJsonArray order = root->value(u"order"_s).toArray();
    auto rank = [&](const Topic &topic) {
        for (qsizetype k = 0; k < order.size(); ++k)
            if (order.at(k).toString() == topic.id)
                return k;
        return order.size();
    };
    std::stable_sort(t.m_topics.begin(), t.m_topics.end(), [&](const Topic &x, const Topic &y) { return rank(x) < rank(y); });
    if (auto error = t.build())
        return Error{error->code, fileName + u": "_s + error->message};
    return t;
}

std::optional<Error> Taxonomy::merge(const Taxonomy &other)
{
    for (const Topic &topic : other.m_topics) {
        const int k = indexOf(topic.id);
        if (k < 0) {
            m_topics.push_back(topic);
            continue;
        }
        Topic &mine = m_topics[size_t(k)];
        mine.headingCues.insert(mine.headingCues.end(), topic.headingCues.begin(), topic.headingCues.end());
        mine.sentenceCues.insert(mine.sentenceCues.end(), topic.sentenceCues.begin(), topic.sentenceCues.end());
        mine.sentenceUnless += topic.sentenceUnless;
        mine.headingNeedsText = mine.headingNeedsText || topic.headingNeedsText;
        mine.readsOverview = mine.readsOverview || topic.readsOverview;
        for (int lang : {0, 1})
            if (!topic.name[size_t(lang)].isEmpty())
                mine.name[size_t(lang)] = topic.name[size_t(lang)];
    }
    if (other.m_hasScoring) {
        m_scoring = other.m_scoring;
        m_hasScoring = true;
    }
    m_definitionTitles.insert(m_definitionTitles.end(), other.m_definitionTitles.begin(), other.m_definitionTitles.end());
    m_overviewCues += other.m_overviewCues;
    for (const SentenceKind &kind : other.m_kindData) {
        const auto mine = std::find_if(m_kindData.begin(), m_kindData.end(),
                                       [&](const SentenceKind &k) { return k.name == kind.name; });
        if (mine == m_kindData.end()) {
            m_kindData.push_back(kind);
            continue;
        }
        mine->cues += kind.cues;
        for (const QString &topic : kind.topics)
            if (!mine->topics.contains(topic))
                mine->topics << topic;
    }
    m_exactOnlyForms += other.m_exactOnlyForms;
    if (auto error = build())
        return error;
    return checkKindTopics();
}

std::optional<Error> Taxonomy::checkKindTopics() const
{
    for (const SentenceKind &kind : m_kindData)
        for (const QString &id : kind.topics)
            if (indexOf(id) < 0)
                return Error{u"cue"_s, Tr::tr("%1: unknown topic “%2”").arg(u"sentenceKinds: "_s + kind.name, id)};
    return std::nullopt;
}

bool Taxonomy::isDefinitionsTitle(const QString &title) const
{
    const QString t = title.simplified();
    return std::any_of(m_definitionTitles.begin(), m_definitionTitles.end(),
                       [&](const QRegularExpression &re) { return re.match(t).hasMatch(); });
}

std::optional<Error> Taxonomy::build()
{
    m_headings = {};
    m_sentences = {};
    m_unless.clear();
    m_headingUnless.clear();
    m_kindAllows.clear();
    WordAnalyser analyser;
    m_exactOnly.clear();
    for (const QString &form : std::as_const(m_exactOnlyForms))
        m_exactOnly.insert(analyser.lower(form));
    // The sentence kinds: those of "sentenceKinds", then the overview, read by the topics that
    // `readsOverview`. Their cues go into m_sentences after the topics'.
    m_kindKeyBase = int(m_topics.size()) * SentenceCueStride;
    std::vector<std::pair<CuePattern, int>> kindCues;
    auto addKind = [&](const QStringList &patterns, const QString &name,
                       std::vector<char> allows) -> std::optional<Error> {
        auto cues = compileAll(patterns, analyser, name);
        if (!cues)
            return cues.error();
        for (CuePattern &p : *cues)
            kindCues.emplace_back(std::move(p), m_kindKeyBase + int(m_kindAllows.size()));
        m_kindAllows.push_back(std::move(allows));
        return std::nullopt;
    };
    if (m_kindData.size() + 1 > MaxSentenceKinds)
        return Error{u"cue"_s, Tr::tr("more than %1 sentence kinds").arg(MaxSentenceKinds - 1)};
    for (const SentenceKind &kind : m_kindData) {
        std::vector<char> allows(m_topics.size(), 0);
        for (const QString &id : kind.topics)
            if (const int t = indexOf(id); t >= 0) // a user's file may name a topic of the file it extends
                allows[size_t(t)] = 1;
        if (auto error = addKind(kind.cues, kind.name, std::move(allows)))
            return error;
    }
    std::vector<char> readsOverview(m_topics.size(), 0);
    for (size_t t = 0; t < m_topics.size(); ++t)
        readsOverview[t] = m_topics[t].readsOverview;
    if (auto error = addKind(m_overviewCues, u"overview"_s, std::move(readsOverview)))
        return error;
    for (size_t k = 0; k < m_topics.size(); ++k) {
        const Topic &topic = m_topics[k];
        if (std::max(topic.sentenceCues.size(), topic.headingCues.size()) >= size_t(SentenceCueStride))
            return Error{u"cue"_s, Tr::tr("topic “%1” has more than %2 heading or sentence cues").arg(topic.id).arg(SentenceCueStride - 1)};
        // A cue and its `unless` patterns, under one key.
        auto add = [&](const QString &pattern, const QStringList &unlessPatterns, int key, CueIndex &index,
                       QHash<int, std::vector<CuePattern>> &unlessOf) -> std::optional<Error> {
            auto p = compileOne(pattern, analyser, topic.id);
            if (!p)
                return p.error();
            index.add(std::move(p).value(), key);
            auto unless = compileAll(unlessPatterns, analyser, topic.id);
            if (!unless)
                return unless.error();
            if (!unless->empty())
                unlessOf[key] = std::move(unless).value();
            return std::nullopt;
        };
        for (size_t c = 0; c < topic.headingCues.size(); ++c)
            if (auto error = add(topic.headingCues[c].pattern, topic.headingCues[c].unless,
                                 int(k) * SentenceCueStride + int(c), m_headings, m_headingUnless))
                return error;
        for (size_t c = 0; c < topic.sentenceCues.size(); ++c)
            if (auto error = add(topic.sentenceCues[c].pattern, topic.sentenceCues[c].unless + topic.sentenceUnless,
                                 int(k) * SentenceCueStride + int(c), m_sentences, m_unless))
                return error;
    }
    for (auto &[pattern, key] : kindCues)
        m_sentences.add(std::move(pattern), key);
    return std::nullopt;
}

bool Taxonomy::isUndone(int sentenceKey, std::span<const Word> words, size_t first, size_t last) const
{
    return undoes(m_unless, sentenceKey, words, first, last);
}

bool Taxonomy::isHeadingUndone(int headingKey, std::span<const Word> words, size_t first, size_t last) const
{
    return undoes(m_headingUnless, headingKey, words, first, last);
}

bool Taxonomy::kindsAllow(quint32 kinds, int topic) const
{
    for (size_t k = 0; k < m_kindAllows.size(); ++k)
        if ((kinds >> k) & 1u && (topic < 0 || !m_kindAllows[k][size_t(topic)]))
            return false;
    return true;
}

int Taxonomy::indexOf(const QString &id) const
{
    for (size_t k = 0; k < m_topics.size(); ++k)
        if (m_topics[k].id == id)
            return int(k);
    return -1;
}

Result<Profiles> Profiles::builtin(const Taxonomy &taxonomy)
{
    const auto data = readBuiltinData(u"coverage/profiles.json"_s);
    if (!data)
        return data.error();
    return fromJson(*data, u"coverage/profiles.json"_s, taxonomy);
}

Result<Profiles> Profiles::fromJson(const QByteArray &json, const QString &fileName, const Taxonomy &taxonomy)
{
    const auto root = parseObject(json, fileName);
    if (!root)
        return root.error();
    WordAnalyser analyser;
    Profiles out;
    const QJsonObject profiles = root->value(u"profiles"_s).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        const QJsonObject po = it.value().toObject();
        Profile profile;
        profile.id = it.key();
        profile.name = bilingual(po.value(u"name"_s));
        for (const QJsonValue &rv : po.value(u"requirements"_s).toArray()) {
            const QJsonObject ro = rv.toObject();
            Requirement r;
            r.id = ro.value(u"id"_s).toString();
            r.topic = ro.value(u"topic"_s).toString();
            r.title = bilingual(ro.value(u"title"_s));
            r.citation = ro.value(u"citation"_s).toString();
            const QString where = fileName + u": "_s + r.id;
            if (taxonomy.indexOf(r.topic) < 0)
                return Error{u"topic"_s, Tr::tr("%1: unknown topic “%2”").arg(where, r.topic)};
            if (ro.contains(u"narrower"_s)) {
                auto group = compileAll(bothLanguages(ro.value(u"narrower"_s)), analyser, where);
                if (!group)
                    return group.error();
                r.narrower.push_back(std::move(group).value());
            }
            for (const QJsonValue &g : ro.value(u"narrower_all"_s).toArray()) {
                // A group is {"en": [...], "ru": [...]} or a plain list of patterns.
                QStringList patterns = bothLanguages(g);
                for (const QJsonValue &p : g.toArray())
                    patterns << p.toString();
                auto group = compileAll(patterns, analyser, where);
                if (!group)
                    return group.error();
                r.narrower.push_back(std::move(group).value());
            }
            if (ro.contains(u"condition"_s)) {
                const QJsonObject c = ro.value(u"condition"_s).toObject();
                r.conditional = true;
                r.condition = bilingual(c);
                auto cues = compileAll(bothLanguages(c.value(u"cues"_s)), analyser, where);
                if (!cues)
                    return cues.error();
                r.conditionCues = std::move(cues).value();
            }
            profile.requirements.push_back(std::move(r));
        }
        out.m_profiles.push_back(std::move(profile));
    }
    // As for topics: "order" lists the profile ids in the order they are shown and checked.
    const QJsonArray order = root->value(u"order"_s).toArray();
    auto rank = [&](const Profile &profile) {
        for (qsizetype k = 0; k < order.size(); ++k)
            if (order.at(k).toString() == profile.id)
                return k;
        return order.size();
    };
    std::stable_sort(out.m_profiles.begin(), out.m_profiles.end(),
                     [&](const Profile &x, const Profile &y) { return rank(x) < rank(y); });
    return out;
}

const Profile *Profiles::find(const QString &id) const
{
    for (const Profile &p : m_profiles)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace cw::analysis
