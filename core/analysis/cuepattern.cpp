#include "analysis/cuepattern.h"

#include "common/tr.h"
#include "text/segmenter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::analysis {

WordAnalyser::WordAnalyser() : m_stemmer(text::Language::English) {}

QString WordAnalyser::lower(QStringView word) const
{
    QString out = word.toString().toLower();
    out.replace(u'ё', u'е');
    return out;
}

const WordAnalyser::Known &WordAnalyser::known(const QString &lower)
{
    auto it = m_known.constFind(lower);
    if (it == m_known.constEnd())
        it = m_known.insert(lower, {m_stemmer.stem(lower), m_exactOnly.contains(lower)});
    return *it;
}

QString WordAnalyser::stem(const QString &lower)
{
    return known(lower).stem;
}

void WordAnalyser::setExactOnly(QSet<QString> forms)
{
    m_exactOnly = std::move(forms);
    m_known.clear(); // the cached marks were made without them
}

std::vector<Word> WordAnalyser::words(const QString &text, doc::TextRange range, text::Language language)
{
    std::vector<Word> out;
    const QStringView part = QStringView(text).mid(range.start, range.length());
    for (const text::Token &t : text::words(part, language)) {
        Word w;
        w.lower = lower(part.mid(t.start, t.length()));
        const Known &k = known(w.lower);
        w.stem = k.stem;
        w.exactOnly = k.exactOnly;
        w.range = {range.start + t.start, range.start + t.end};
        out.push_back(std::move(w));
    }
    return out;
}

Result<CuePattern> CuePattern::compile(const QString &pattern, WordAnalyser &analyser)
{
    const Error bad{u"cue"_s, Tr::tr("The cue “%1” is malformed").arg(pattern)};
    CuePattern p;
    p.m_source = pattern;
    QString normalized = pattern;
    normalized.replace(u"..."_s, u" … "_s).replace(u"…"_s, u" … "_s);
    bool gap = false;
    for (const QString &part : normalized.split(u' ', Qt::SkipEmptyParts)) {
        if (part == u"…"_s) {
            if (p.m_slots.empty() || gap)
                return bad;
            gap = true;
            continue;
        }
        Slot slot;
        slot.gapBefore = gap;
        gap = false;
        for (const QString &alt : part.split(u'|')) {
            const QString low = analyser.lower(alt);
            if (low.isEmpty() || low == u"*"_s || low == u"="_s)
                return bad;
            if (low.startsWith(u'=')) {
                if (low.endsWith(u'*'))
                    return bad;
                slot.alternatives.push_back({low.mid(1), false, true});
            } else if (low.endsWith(u'*')) {
                slot.alternatives.push_back({low.chopped(1), true});
            } else {
                slot.alternatives.push_back({analyser.stem(low), false});
            }
        }
        p.m_slots.push_back(std::move(slot));
    }
    if (p.m_slots.empty() || gap)
        return bad;
    return p;
}

bool CuePattern::matchSlot(const Slot &slot, const Word &word) const
{
    if (word.exactOnly)
        return std::any_of(slot.alternatives.begin(), slot.alternatives.end(),
                           [&](const Alternative &a) { return a.exact && word.lower == a.text; });
    return std::any_of(slot.alternatives.begin(), slot.alternatives.end(), [&](const Alternative &a) {
        return a.exact ? word.lower == a.text : a.prefix ? word.lower.startsWith(a.text) : word.stem == a.text;
    });
}

bool CuePattern::matchFrom(std::span<const Word> words, size_t slot, size_t at, size_t *last, size_t reach) const
{
    if (slot == m_slots.size()) {
        if (at - 1 < reach)
            return false;
        if (last)
            *last = at - 1;
        return true;
    }
    const Slot &s = m_slots[slot];
    const size_t maxSkip = s.gapBefore ? size_t(MaxGap) : 0;
    for (size_t k = at; k < words.size() && k <= at + maxSkip; ++k)
        if (matchSlot(s, words[k]) && matchFrom(words, slot + 1, k + 1, last, reach))
            return true;
    return false;
}

bool CuePattern::matchAtReaching(std::span<const Word> words, size_t from, size_t reach) const
{
    return from < words.size() && matchSlot(m_slots.front(), words[from]) && matchFrom(words, 1, from + 1, nullptr, reach);
}

bool CuePattern::matchAt(std::span<const Word> words, size_t from, size_t *last) const
{
    return from < words.size() && matchSlot(m_slots.front(), words[from]) && matchFrom(words, 1, from + 1, last);
}

bool CuePattern::match(std::span<const Word> words, size_t *first, size_t *last) const
{
    for (size_t k = 0; k < words.size(); ++k) {
        if (matchAt(words, k, last)) {
            if (first)
                *first = k;
            return true;
        }
    }
    return false;
}

void CueIndex::add(CuePattern pattern, int key)
{
    const int index = int(m_patterns.size());
    for (const CuePattern::Alternative &a : pattern.slots().front().alternatives) {
        if (a.exact) {
            m_byWord[a.text].push_back(index);
        } else if (a.prefix) {
            m_byPrefix[prefixKey(a.text)].push_back(index);
            if (std::find(m_prefixLengths.begin(), m_prefixLengths.end(), a.text.size()) == m_prefixLengths.end()) {
                m_prefixLengths.push_back(a.text.size());
                std::sort(m_prefixLengths.begin(), m_prefixLengths.end());
            }
        } else {
            m_byStem[a.text].push_back(index);
        }
    }
    m_patterns.emplace_back(std::move(pattern), key);
}

std::vector<CueIndex::Match> CueIndex::matches(std::span<const Word> words, const Accept &accept) const
{
    std::vector<Match> out;
    std::vector<char> done(m_patterns.size(), 0);
    auto tryPattern = [&](int index, size_t at) {
        if (done[size_t(index)])
            return;
        size_t last = 0;
        const auto &[pattern, key] = m_patterns[size_t(index)];
        if (!pattern.matchAt(words, at, &last))
            return;
        const Match m{key, &pattern, at, last};
        if (accept && !accept(m))
            return;
        done[size_t(index)] = 1;
        out.push_back(m);
    };
    for (size_t k = 0; k < words.size(); ++k) {
        const Word &w = words[k];
        if (const auto it = m_byStem.constFind(w.stem); it != m_byStem.constEnd())
            for (int index : *it)
                tryPattern(index, k);
        if (const auto it = m_byWord.constFind(w.lower); it != m_byWord.constEnd())
            for (int index : *it)
                tryPattern(index, k);
        for (qsizetype len : m_prefixLengths) {
            if (len > w.lower.size())
                break;
            if (const auto it = m_byPrefix.constFind(prefixKey(QStringView(w.lower).left(len))); it != m_byPrefix.constEnd())
                for (int index : *it)
                    tryPattern(index, k);
        }
    }
    return out;
}

} // namespace cw::analysis
