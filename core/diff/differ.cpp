// cw::diff::compare(): two documents → an edit script with moves, matched sections and
// side-by-side rows.
//
// 1. Tokens. Each text is cut with ICU (words, numbers, spaces, punctuation; or characters,
//    or sentences) and each token gets a key under the ignore options (case folded, quotes and
//    ё unified, any whitespace equal, list numbers equal); Markdown markup tokens are left out
//    of the comparison when markup is ignored and ride along with their neighbours. Keys are
//    interned to integers.
//    Lines first: a line diff over the raw lines (same histogram algorithm) finds the lines
//    both texts share unchanged, and each of those is one token, counted but not cut into
//    words; so are the common beginning and end of a line changed for one other line, and of
//    each line of a stretch whose lines were all edited in place one for one (most of each line
//    kept). The word diff compares each such pair of lines on its own, as a reviewer reads a
//    redline: paragraph by paragraph. Only what changed is segmented, so a
//    200,000-word document with a few edits costs a hash per line, not a tokenizer pass and a
//    hash per word. The word diff finds the same edits either way (tests compare both on every
//    corpus version pair); should a shared line still end up outside an equal run, the
//    comparison is redone word by word.
// 2. The histogram diff with Myers fallback (diffalgo.h) gives the edit script: first over
//    paragraphs, then over the words of the paragraphs that changed; Fraser's semantic
//    clean-up then makes it read like a person's redline.
// 3. Moves. Deleted and inserted runs of at least `minMoveWords` words that share word
//    trigrams are paired; the pair is diffed again, and what they share becomes Move-From /
//    Move-To ops (one pair per common run), the rest stays Delete / Insert.
// 4. Ops in reading order of both texts, split at paragraph breaks both sides share: these
//    split points delimit the rows of the side-by-side view.
// 5. Sections. Every token belongs to the innermost section around it; counting the equal and
//    moved words each pair of sections shares matches sections by content, whatever their
//    titles (a renamed section is matched; one split in two is matched to both halves); a
//    section whose words arrived mostly by Move ops is a moved section.

#include "diff/diff.h"

#include "common/tr.h"
#include "diff/diffalgo.h"
#include "diff/interner.h"
#include "text/normalize.h"
#include "text/segmenter.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <deque>
#include <future>
#include <tuple>
#include <map>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cw::diff {

namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    int words = 0;         // words and numbers in it: 0 or 1, or a folded line's count
    bool newline = false;  // whitespace holding a line break: a paragraph boundary
    bool space = false;    // whitespace only
    bool folded = false;   // a whole line that both texts share (step 1)
};

// One side prepared for comparison: all tokens, and the ones that take part with their ids.
struct Sequence
{
    const QString *text = nullptr;
    std::vector<Token> tokens;     // tile the text
    std::vector<int> compared;     // indices into tokens of the tokens that are compared
    std::vector<int> ids;          // their interned keys
    std::vector<int> weights;      // their lengths, for the semantic clean-up
    std::vector<char> barriers;    // whether each is a paragraph break
    std::vector<int> sectionOf;    // per compared token: index into the flat section list, or -1

    // UTF-16 offset where compared token k starts; the text's end for k == size. Ignored
    // tokens (markup) belong to the compared token before them, the leading ones to the first.
    qsizetype offset(qsizetype k) const
    {
        if (k <= 0)
            return 0;
        if (k >= qsizetype(compared.size()))
            return text->size();
        return tokens[size_t(compared[size_t(k)])].start;
    }
};

bool isMarkup(QStringView t)
{
    return !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) {
        return c == u'*' || c == u'_' || c == u'#' || c == u'`' || c == u'~' || c == u'>';
    });
}

// Where text's lines are: the text between runs of whitespace that hold a line break, without
// that whitespace; empty lines are left out. With `skipMarkup` a line starts after its leading
// Markdown marks ("## ", "> **"): ignored marks belong to the token before them, the previous
// line's break, and a folded line must not swallow them.
std::vector<doc::TextRange> linesOf(const QString &text, bool skipMarkup)
{
    std::vector<doc::TextRange> lines;
    const QChar *d = text.constData();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && d[end] != u'\n')
            ++end;
        qsizetype a = pos, b = end;
        while (a < b) {
            if (d[a].isSpace() || (skipMarkup && isMarkup(QStringView(d + a, 1)) && d[a] != u'_')) {
                ++a;
                continue;
            }
            // "_" is a mark when ICU makes a token of it alone, not in "_word" (one word).
            qsizetype q = a;
            while (skipMarkup && q < b && d[q] == u'_')
                ++q;
            if (q == a || (q < b && d[q].isLetterOrNumber()))
                break;
            a = q;
        }
        while (b > a && d[b - 1].isSpace())
            --b;
        if (a < b)
            lines.push_back({a, b});
        pos = end + 1;
    }
    return lines;
}

// Step 1: what the line diff tells the word diff. `a` and `b` are the stretches both texts share
// (whole lines, or the common beginning or end of a line edited in place), paired in order;
// `syncs` are offsets of the two texts that the word diff aligns with each other: the ends of
// each pair of lines in a stretch of lines edited in place one for one.
struct SharedLines
{
    std::vector<doc::TextRange> a, b;
    std::vector<std::pair<qsizetype, qsizetype>> syncs;
};

SharedLines sharedLines(const QString &textA, const QString &textB, bool skipMarkup, const std::atomic_bool *cancel,
                        bool *cancelled)
{
    const std::vector<doc::TextRange> la = linesOf(textA, skipMarkup), lb = linesOf(textB, skipMarkup);
    Interner ids(la.size() + lb.size());
    auto idsOf = [&](const QString &text, const std::vector<doc::TextRange> &lines) {
        std::vector<int> out;
        out.reserve(lines.size());
        for (const doc::TextRange &r : lines)
            out.push_back(ids.id(text.utf16() + r.start, r.length() * qsizetype(sizeof(char16_t))));
        return out;
    };
    const std::vector<int> ia = idsOf(textA, la), ib = idsOf(textB, lb);
    SharedLines shared;
    // A line edited in place keeps its common beginning and end with the line that faces it,
    // cut where a word starts after a space, so that the tokenizer would cut there as well. The
    // word diff compares the pair on its own (a stretch of one line each, or the syncs) and
    // trims the common prefix and suffix first (diffalgo.h), so it finds the same edits between
    // fewer tokens. (Runs kept in the middle of a line are not folded: there the word diff may
    // pair words differently than whole runs would.)
    constexpr qsizetype MinFold = 24; // shorter ends are not worth a token of their own
    auto wordStart = [](const QString &text, qsizetype pos) {
        const QChar c = text[pos];
        return text[pos - 1] == u' ' && !c.isSpace() && !c.isMark() && c.category() != QChar::Other_Format;
    };
    auto commonPrefix = [&](const doc::TextRange &a, const doc::TextRange &b) {
        const qsizetype n = std::min(a.length(), b.length());
        const QChar *pa = textA.constData() + a.start, *pb = textB.constData() + b.start;
        qsizetype prefix = 0;
        while (prefix < n && pa[prefix] == pb[prefix])
            ++prefix;
        return prefix;
    };
    // The common end of a and b, in at most `limit` characters.
    auto commonSuffix = [&](const doc::TextRange &a, const doc::TextRange &b, qsizetype limit) {
        const QChar *ea = textA.constData() + a.end, *eb = textB.constData() + b.end;
        qsizetype suffix = 0;
        while (suffix < limit && ea[-1 - suffix] == eb[-1 - suffix])
            ++suffix;
        return suffix;
    };
    // The common beginning and end of lines a and b, in characters; they never overlap.
    struct Ends { qsizetype prefix, suffix; };
    auto endsOf = [&](const doc::TextRange &a, const doc::TextRange &b) {
        const qsizetype prefix = commonPrefix(a, b);
        return Ends{prefix, commonSuffix(a, b, std::min(a.length(), b.length()) - prefix)};
    };
    // Folds those ends, each cut where a word starts: the prefix at a word start inside it, the
    // suffix at one after a space that is inside it too.
    auto foldEdited = [&](const doc::TextRange &a, const doc::TextRange &b, Ends e) {
        qsizetype p = e.prefix - 1;
        while (p >= MinFold && !wordStart(textA, a.start + p))
            --p;
        qsizetype s = a.length() - e.suffix + 1;
        while (a.length() - s >= MinFold && !wordStart(textA, a.start + s))
            ++s;
        if (p >= MinFold) {
            shared.a.push_back({a.start, a.start + p});
            shared.b.push_back({b.start, b.start + p});
        }
        if (a.length() - s >= MinFold && s > std::max<qsizetype>(p, 0)) {
            const qsizetype len = a.length() - s;
            shared.a.push_back({a.end - len, a.end});
            shared.b.push_back({b.end - len, b.end});
        }
    };
    // A changed stretch: lines [a0, a1) of A for [b0, b1) of B. One line for one: its ends are
    // the ends of the stretch the word diff compares. Several lines for as many, each edited in
    // place (its common ends at least half the longer line): each pair is compared on its own
    // (syncs at its ends). Otherwise the stretch is left to the word diff whole.
    auto changed = [&](size_t a0, size_t a1, size_t b0, size_t b1) {
        if (a1 - a0 == 1 && b1 - b0 == 1) {
            foldEdited(la[a0], lb[b0], endsOf(la[a0], lb[b0]));
            return;
        }
        if (a1 - a0 != b1 - b0 || a0 == a1)
            return;
        std::vector<Ends> ends;
        for (size_t i = 0; i < a1 - a0; ++i) {
            const doc::TextRange &a = la[a0 + i], &b = lb[b0 + i];
            ends.push_back(endsOf(a, b));
            if (2 * (ends.back().prefix + ends.back().suffix) < std::max(a.length(), b.length()))
                return;
        }
        for (size_t i = 0; i < a1 - a0; ++i) {
            const doc::TextRange &a = la[a0 + i], &b = lb[b0 + i];
            shared.syncs.emplace_back(a.start, b.start);
            foldEdited(a, b, ends[i]);
            shared.syncs.emplace_back(a.end, b.end);
        }
    };
    size_t ka = 0, kb = 0;
    size_t changeA = 0, changeB = 0; // where the current changed stretch started
    const algo::Script lines = algo::diffSequences(ia, ib, cancel, cancelled);
    for (const algo::Edit &e : lines) {
        if (e.kind == algo::EditKind::Equal) {
            changed(changeA, ka, changeB, kb);
            shared.a.insert(shared.a.end(), la.begin() + qsizetype(ka), la.begin() + qsizetype(ka) + e.count);
            shared.b.insert(shared.b.end(), lb.begin() + qsizetype(kb), lb.begin() + qsizetype(kb) + e.count);
        }
        if (e.kind != algo::EditKind::Insert)
            ka += size_t(e.count);
        if (e.kind != algo::EditKind::Delete)
            kb += size_t(e.count);
        if (e.kind == algo::EditKind::Equal) {
            changeA = ka;
            changeB = kb;
        }
    }
    changed(changeA, ka, changeB, kb);
    return shared;
}

// Appends the tokens of text[from, to) (text::tokenize()'s).
void appendWordTokens(const QString &text, qsizetype from, qsizetype to, text::Language language,
                      std::vector<Token> &out)
{
    thread_local std::vector<text::Token> scratch;
    scratch.clear();
    text::appendTokens(text, from, to, language, scratch);
    const QChar *d = text.constData();
    for (const text::Token &t : scratch) {
        Token tok{t.start, t.end, t.kind == text::TokenKind::Word || t.kind == text::TokenKind::Number ? 1 : 0, false,
                  t.kind == text::TokenKind::Space};
        if (tok.space)
            tok.newline = std::find(d + t.start, d + t.end, u'\n') != d + t.end;
        out.push_back(tok);
    }
}

// Tokens of the text; each of the `folded` lines (in order) becomes one token.
std::vector<Token> tokenize(const QString &text, Granularity granularity, text::Language language,
                            const std::vector<doc::TextRange> &folded)
{
    std::vector<Token> out;
    switch (granularity) {
    case Granularity::Word: {
        qsizetype pos = 0, foldedLength = 0;
        for (const doc::TextRange &line : folded)
            foldedLength += line.length();
        // About one token in two characters outside the folded lines.
        out.reserve(size_t((text.size() - foldedLength) / 2 + 2 * qsizetype(folded.size()) + 1));
        for (const doc::TextRange &line : folded) {
            appendWordTokens(text, pos, line.start, language, out);
            out.push_back({line.start, line.end, int(text::wordCount(QStringView(text).mid(line.start, line.length()), language)),
                           false, false, true});
            pos = line.end;
        }
        appendWordTokens(text, pos, text.size(), language, out);
        break;
    }
    case Granularity::Char: {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
        qsizetype prev = 0;
        for (qsizetype pos = finder.toNextBoundary(); pos > 0; pos = finder.toNextBoundary()) {
            const QChar c = text[prev];
            out.push_back({prev, pos, c.isLetterOrNumber() ? 1 : 0, c == u'\n', c.isSpace()});
            prev = pos;
        }
        break;
    }
    case Granularity::Sentence: {
        qsizetype prev = 0;
        for (const text::Span &s : text::sentences(text, language)) {
            if (s.start > prev)
                out.push_back({prev, s.start, 0, QStringView(text).mid(prev, s.start - prev).contains(u'\n'), true});
            out.push_back({s.start, s.end, 1, false, false});
            prev = s.end;
        }
        if (prev < text.size())
            out.push_back({prev, text.size(), 0, QStringView(text).mid(prev).contains(u'\n'), true});
        break;
    }
    }
    return out;
}

// Whether token i stands first on its line (after spaces and heading/list marks): where list
// and section numbers stand.
bool startsLine(const QString &text, const std::vector<Token> &tokens, size_t i)
{
    for (size_t k = i; k-- > 0;) {
        const QStringView t = QStringView(text).mid(tokens[k].start, tokens[k].end - tokens[k].start);
        if (t.contains(u'\n'))
            return true;
        if (!t.trimmed().isEmpty() && !isMarkup(t))
            return false;
    }
    return true;
}

// Interned keys: views into the documents' texts (no copy per token); only keys made by
// normalisation are stored here.
class TokenInterner
{
public:
    explicit TokenInterner(size_t expectedKeys) : m_ids(expectedKeys) {}

    int id(QStringView key) { return m_ids.id(key.utf16(), key.size() * qsizetype(sizeof(char16_t))); }
    int id(std::pair<const void *, qsizetype> key) { return m_ids.id(key.first, key.second); }
    std::pair<const void *, qsizetype> key(int id) const { return m_ids.key(id); }
    qsizetype size() const { return m_ids.size(); }
    int idOwned(QString key)
    {
        if (const int known = m_ids.find(key.utf16(), key.size() * qsizetype(sizeof(char16_t))); known >= 0)
            return known;
        m_owned.push_back(std::move(key));
        return id(m_owned.back());
    }

private:
    Interner m_ids;
    std::deque<QString> m_owned; // stable addresses for the views of normalised keys
};

// `tokens` are the document's tokens (tokenize()).
Sequence prepare(const doc::PolicyDocument &document, std::vector<Token> tokens, const DiffOptions &options,
                 TokenInterner &interner)
{
    Sequence s;
    s.text = &document.text;
    s.tokens = std::move(tokens);

    text::NormalizeOptions norm;
    if (options.ignore.testFlag(IgnoreOption::Case))
        norm |= text::NormalizeOption::CaseFold;
    if (options.ignore.testFlag(IgnoreOption::Quotes))
        norm |= text::NormalizeOption::Quotes;
    if (options.ignore.testFlag(IgnoreOption::Yo))
        norm |= text::NormalizeOption::Yo;

    // The innermost section of each offset, by walking sections in order of their start.
    const auto flat = document.flatSections();
    std::vector<std::pair<qsizetype, int>> starts; // (heading start, section index), nested ones later
    for (size_t k = 0; k < flat.size(); ++k)
        starts.emplace_back(flat[k]->range.start, int(k));
    std::stable_sort(starts.begin(), starts.end());
    size_t nextSection = 0;
    std::vector<int> open; // stack of open sections
    for (auto *v : {&s.compared, &s.ids, &s.weights, &s.sectionOf})
        v->reserve(s.tokens.size());
    s.barriers.reserve(s.tokens.size());

    for (size_t i = 0; i < s.tokens.size(); ++i) {
        const Token &tok = s.tokens[i];
        const QStringView raw = QStringView(document.text).mid(tok.start, tok.end - tok.start);
        // The first token is always compared, so that offset(0) is the start of the text.
        if (options.ignore.testFlag(IgnoreOption::Markup) && !tok.folded && isMarkup(raw) && i > 0)
            continue;
        int id;
        if (options.ignore.testFlag(IgnoreOption::Whitespace) && tok.space)
            id = interner.id(tok.newline ? u"\n" : u" ");
        else if (options.ignore.testFlag(IgnoreOption::Numbering) && tok.words == 1 && !tok.folded && !raw.isEmpty() && raw[0].isDigit()
                 && startsLine(document.text, s.tokens, i))
            id = interner.id(u"\x01#");
        else if (norm)
            id = interner.idOwned(text::normalizeForComparison(raw, norm));
        else
            id = interner.id(raw);

        while (nextSection < starts.size() && starts[nextSection].first <= tok.start)
            open.push_back(starts[nextSection++].second);
        while (!open.empty() && flat[size_t(open.back())]->range.end <= tok.start)
            open.pop_back();

        s.compared.push_back(int(i));
        s.ids.push_back(id);
        s.weights.push_back(int(std::max<qsizetype>(1, raw.size())));
        s.barriers.push_back(tok.newline && raw.count(u'\n') >= 2 ? 1 : 0);
        s.sectionOf.push_back(open.empty() ? -1 : open.back());
    }
    return s;
}

// Paragraphs first, then words inside the paragraphs that changed (step 2). Diffing whole
// paragraphs keeps a moved or swapped paragraph whole, instead of letting its "## " and "."
// match somewhere else; word-level edits inside changed paragraphs are found by the second
// pass over just those stretches.
// A changed stretch is cut at the syncs the line diff gave (step 1) that fall inside it.
algo::Script paragraphFirstDiff(const Sequence &A, const Sequence &B,
                                const std::vector<std::pair<qsizetype, qsizetype>> &syncs,
                                const std::atomic_bool *cancel, bool *cancelled)
{
    // Units: runs of compared tokens ending with a line break (or the text's end): paragraphs,
    // list items and the lines of a plain-text dump.
    struct Units
    {
        std::vector<int> ids;
        std::vector<qsizetype> starts; // token index where each unit starts; one extra at the end
    };
    Interner unitIds(A.ids.size() / 8 + B.ids.size() / 8);
    auto unitsOf = [&](const Sequence &s) {
        Units u;
        qsizetype start = 0;
        const qsizetype n = qsizetype(s.ids.size());
        for (qsizetype k = 0; k < n; ++k) {
            if (s.tokens[size_t(s.compared[size_t(k)])].newline || k + 1 == n) {
                // The key leaves out the line break that ends the unit: the last paragraph of a
                // text ends in "\n", the same paragraph elsewhere in "\n\n", and they are equal.
                qsizetype end = k + 1;
                while (end > start && s.tokens[size_t(s.compared[size_t(end - 1)])].space)
                    --end;
                // A view of the ids, not a copy: the sequences outlive the table.
                u.ids.push_back(unitIds.id(s.ids.data() + start, (end - start) * qsizetype(sizeof(int))));
                u.starts.push_back(start);
                start = k + 1;
            }
        }
        u.starts.push_back(n);
        return u;
    };
    const Units ua = unitsOf(A), ub = unitsOf(B);
    // The syncs as compared-token indices; a sync that does not fall on the start of a
    // compared token on both sides is left out.
    auto tokenAt = [](const Sequence &s, qsizetype offset) -> qsizetype {
        const auto it = std::lower_bound(s.compared.begin(), s.compared.end(), offset,
                                         [&](int t, qsizetype o) { return s.tokens[size_t(t)].start < o; });
        if (it == s.compared.end())
            return offset == s.text->size() ? qsizetype(s.compared.size()) : -1;
        return s.tokens[size_t(*it)].start == offset ? qsizetype(it - s.compared.begin()) : -1;
    };
    std::vector<std::pair<qsizetype, qsizetype>> tokenSyncs;
    for (const auto &[oa, ob] : syncs) {
        const qsizetype ta = tokenAt(A, oa), tb = tokenAt(B, ob);
        if (ta >= 0 && tb >= 0 && (tokenSyncs.empty() || (ta >= tokenSyncs.back().first && tb >= tokenSyncs.back().second)))
            tokenSyncs.emplace_back(ta, tb);
    }
    qsizetype nextSync = 0;
    const algo::Script units = algo::diffSequences(ua.ids, ub.ids, cancel, cancelled);

    algo::Script out;
    qsizetype ua0 = 0, ub0 = 0; // the next unit of each side
    qsizetype pendingA = 0, pendingB = 0; // units in the current change region
    auto flush = [&] {
        if (pendingA == 0 && pendingB == 0)
            return;
        const qsizetype a0 = ua.starts[size_t(ua0 - pendingA)], a1 = ua.starts[size_t(ua0)];
        const qsizetype b0 = ub.starts[size_t(ub0 - pendingB)], b1 = ub.starts[size_t(ub0)];
        auto diff = [&](qsizetype x0, qsizetype x1, qsizetype y0, qsizetype y1) {
            const algo::Script inner = algo::diffSequences(std::span<const int>(A.ids).subspan(size_t(x0), size_t(x1 - x0)),
                                                           std::span<const int>(B.ids).subspan(size_t(y0), size_t(y1 - y0)),
                                                           cancel, cancelled);
            out.insert(out.end(), inner.begin(), inner.end());
        };
        qsizetype x = a0, y = b0;
        nextSync = std::lower_bound(tokenSyncs.begin() + nextSync, tokenSyncs.end(), std::pair{a0, qsizetype(-1)})
                 - tokenSyncs.begin();
        for (; nextSync < qsizetype(tokenSyncs.size()) && tokenSyncs[size_t(nextSync)].first <= a1; ++nextSync) {
            const auto [sa, sb] = tokenSyncs[size_t(nextSync)];
            if (sb < y || sb > b1)
                continue;
            diff(x, sa, y, sb);
            x = sa;
            y = sb;
        }
        diff(x, a1, y, b1);
        pendingA = pendingB = 0;
    };
    for (const algo::Edit &e : units) {
        if (e.kind == algo::EditKind::Equal) {
            flush();
            // Equal units may still differ in the line break that ends them (left out of the key).
            for (qsizetype u = 0; u < e.count; ++u) {
                const qsizetype a0 = ua.starts[size_t(ua0 + u)], a1 = ua.starts[size_t(ua0 + u + 1)];
                const qsizetype b0 = ub.starts[size_t(ub0 + u)], b1 = ub.starts[size_t(ub0 + u + 1)];
                qsizetype same = 0;
                while (a0 + same < a1 && b0 + same < b1 && A.ids[size_t(a0 + same)] == B.ids[size_t(b0 + same)])
                    ++same;
                out.push_back({algo::EditKind::Equal, same});
                out.push_back({algo::EditKind::Delete, a1 - a0 - same});
                out.push_back({algo::EditKind::Insert, b1 - b0 - same});
            }
            ua0 += e.count;
            ub0 += e.count;
        } else if (e.kind == algo::EditKind::Delete) {
            ua0 += e.count;
            pendingA += e.count;
        } else {
            ub0 += e.count;
            pendingB += e.count;
        }
    }
    flush();
    return algo::normalized(out);
}

// What each compared token became: per side, an op kind and a move id.
struct Tag
{
    OpKind kind = OpKind::Equal;
    int moveId = -1;
};

struct Alignment
{
    std::vector<Tag> a, b;
    std::vector<qsizetype> partnerOfA; // for Equal and Move tokens of A: the token of B
    algo::Script script;               // the clean-up's script, before moves
};

// Runs of one kind in the script: [start, end) in A (deletes) or B (inserts).
struct Run
{
    qsizetype start, end;
};

qsizetype wordCount(const Sequence &s, qsizetype from, qsizetype to)
{
    qsizetype n = 0;
    for (qsizetype k = from; k < to; ++k)
        n += s.tokens[size_t(s.compared[size_t(k)])].words;
    return n;
}

// Pairs deleted runs with inserted runs that hold the same words elsewhere (step 3).
void detectMoves(const Sequence &A, const Sequence &B, Alignment &al, const DiffOptions &options, int &nextMoveId,
                 const std::atomic_bool *cancel, bool *cancelled)
{
    // Runs with the index of the change they belong to: a deletion and an insertion of the same
    // change are a rewrite in place, never a move.
    std::vector<Run> dels, inss;
    std::vector<int> delChange, insChange;
    {
        qsizetype ia = 0, ib = 0;
        int change = 0;
        for (const algo::Edit &e : al.script) {
            if (e.kind == algo::EditKind::Equal)
                ++change;
            if (e.kind == algo::EditKind::Delete) {
                dels.push_back({ia, ia + e.count});
                delChange.push_back(change);
            } else if (e.kind == algo::EditKind::Insert) {
                inss.push_back({ib, ib + e.count});
                insChange.push_back(change);
            }
            if (e.kind != algo::EditKind::Insert)
                ia += e.count;
            if (e.kind != algo::EditKind::Delete)
                ib += e.count;
        }
    }
    auto bigEnough = [&](const Sequence &s, const Run &r) { return wordCount(s, r.start, r.end) >= options.minMoveWords; };

    // Index inserted runs by the word trigrams they contain.
    auto trigrams = [](const Sequence &s, const Run &r) {
        std::vector<quint64> grams;
        std::vector<int> words;
        for (qsizetype k = r.start; k < r.end; ++k)
            if (s.tokens[size_t(s.compared[size_t(k)])].words) // folded lines never reach here
                words.push_back(s.ids[size_t(k)]);
        for (size_t k = 0; k + 2 < words.size(); ++k)
            grams.push_back((quint64(quint32(words[k])) * 1000003u) ^ (quint64(quint32(words[k + 1])) << 21)
                            ^ (quint64(quint32(words[k + 2])) << 42));
        std::sort(grams.begin(), grams.end());
        grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
        return grams;
    };
    std::unordered_map<quint64, std::vector<int>> index;
    std::vector<size_t> insGrams(inss.size(), 0);
    for (size_t k = 0; k < inss.size(); ++k) {
        if (!bigEnough(B, inss[k]))
            continue;
        const auto grams = trigrams(B, inss[k]);
        insGrams[k] = grams.size();
        for (quint64 g : grams)
            index[g].push_back(int(k));
    }
    if (index.empty())
        return;

    std::vector<char> insUsed(inss.size(), 0);
    for (size_t di = 0; di < dels.size(); ++di) {
        const Run &d = dels[di];
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *cancelled = true;
            return;
        }
        if (!bigEnough(A, d))
            continue;
        const auto grams = trigrams(A, d);
        std::map<int, int> votes;
        for (quint64 g : grams)
            if (auto it = index.find(g); it != index.end())
                for (int k : it->second)
                    ++votes[k];
        int best = -1, bestVotes = 0;
        for (const auto &[k, v] : votes)
            if (!insUsed[size_t(k)] && insChange[size_t(k)] != delChange[di] && v > bestVotes) {
                best = k;
                bestVotes = v;
            }
        // At least half of the smaller run's trigrams in common: the same passage, lightly edited.
        if (best < 0 || bestVotes * 2 < int(std::min(grams.size(), insGrams[size_t(best)])) || bestVotes < 2)
            continue;
        const Run &in = inss[size_t(best)];
        insUsed[size_t(best)] = 1;

        const std::span<const int> sa(A.ids.data() + d.start, size_t(d.end - d.start));
        const std::span<const int> sb(B.ids.data() + in.start, size_t(in.end - in.start));
        const algo::Script inner = algo::diffSequences(sa, sb, cancel, cancelled);
        qsizetype ia = d.start, ib = in.start;
        for (const algo::Edit &e : inner) {
            if (e.kind == algo::EditKind::Equal) {
                // A common run of a word or two is a coincidence, not a moved passage.
                if (wordCount(A, ia, ia + e.count) >= 3) {
                    const int id = nextMoveId++;
                    for (qsizetype k = 0; k < e.count; ++k) {
                        al.a[size_t(ia + k)] = {OpKind::Move, id};
                        al.b[size_t(ib + k)] = {OpKind::Move, id};
                        al.partnerOfA[size_t(ia + k)] = ib + k;
                    }
                }
                ia += e.count;
                ib += e.count;
            } else if (e.kind == algo::EditKind::Delete) {
                ia += e.count;
            } else {
                ib += e.count;
            }
        }
    }
}

// Step 4: ops in reading order, split at shared paragraph breaks, and the rows.
void buildOps(const Sequence &A, const Sequence &B, const Alignment &al, DiffResult &result)
{
    std::vector<Op> &ops = result.ops;
    // Move-To ops need their source range: collect each move id's A run first.
    std::map<int, doc::TextRange> moveSource;
    for (qsizetype k = 0; k < qsizetype(al.a.size()); ++k) {
        const Tag &t = al.a[size_t(k)];
        if (t.kind != OpKind::Move)
            continue;
        auto [it, inserted] = moveSource.try_emplace(t.moveId, doc::TextRange{A.offset(k), A.offset(k + 1)});
        if (!inserted)
            it->second.end = A.offset(k + 1);
    }

    Row row;
    auto addOp = [&](OpKind kind, MoveEnd end, int moveId, doc::TextRange ra, doc::TextRange rb) {
        if (ra.length() == 0 && rb.length() == 0)
            return;
        if (int(ops.size()) > row.firstOp) { // never merge across a row boundary
            Op &last = ops.back();
            if (last.kind == kind && last.moveEnd == end && last.moveId == moveId && kind != OpKind::Move
                && last.range[Old].end == ra.start && last.range[New].end == rb.start) {
                last.range[Old].end = ra.end;
                last.range[New].end = rb.end;
                return;
            }
        }
        ops.push_back(Op{kind, {ra, rb}, end, moveId});
    };

    auto closeRow = [&](qsizetype aEnd, qsizetype bEnd) {
        row.range[Old].end = aEnd;
        row.range[New].end = bEnd;
        row.lastOp = int(ops.size());
        if (row.range[Old].length() == 0 && row.range[New].length() == 0)
            return;
        bool equal = true, moved = false, hasOld = false, hasNew = false;
        for (int k = row.firstOp; k < row.lastOp; ++k) {
            const Op &op = ops[size_t(k)];
            equal = equal && op.kind == OpKind::Equal;
            moved = moved || op.kind == OpKind::Move;
            hasOld = hasOld || (op.kind != OpKind::Insert && op.moveEnd != MoveEnd::To && op.range[Old].length() > 0);
            hasNew = hasNew || (op.kind != OpKind::Delete && op.moveEnd != MoveEnd::From && op.range[New].length() > 0);
        }
        row.status = equal ? RowStatus::Equal
                   : moved ? RowStatus::Moved
                   : !hasOld ? RowStatus::Added
                   : !hasNew ? RowStatus::Removed
                             : RowStatus::Changed;
        result.rows.push_back(row);
        row = Row{};
        row.range[Old].start = aEnd;
        row.range[New].start = bEnd;
        row.firstOp = int(ops.size());
    };

    qsizetype ia = 0, ib = 0;
    // Emits A tokens [ia, to) as Delete / Move-From runs.
    auto emitA = [&](qsizetype to) {
        while (ia < to) {
            const Tag t = al.a[size_t(ia)];
            qsizetype k = ia + 1;
            while (k < to && al.a[size_t(k)].kind == t.kind && al.a[size_t(k)].moveId == t.moveId)
                ++k;
            const qsizetype p = B.offset(ib);
            addOp(t.kind == OpKind::Move ? OpKind::Move : OpKind::Delete,
                  t.kind == OpKind::Move ? MoveEnd::From : MoveEnd::None, t.moveId, {A.offset(ia), A.offset(k)}, {p, p});
            ia = k;
        }
    };
    auto emitB = [&](qsizetype to) {
        while (ib < to) {
            const Tag t = al.b[size_t(ib)];
            qsizetype k = ib + 1;
            while (k < to && al.b[size_t(k)].kind == t.kind && al.b[size_t(k)].moveId == t.moveId)
                ++k;
            if (t.kind == OpKind::Move) {
                addOp(OpKind::Move, MoveEnd::To, t.moveId, moveSource[t.moveId], {B.offset(ib), B.offset(k)});
            } else {
                const qsizetype p = A.offset(ia);
                addOp(OpKind::Insert, MoveEnd::None, -1, {p, p}, {B.offset(ib), B.offset(k)});
            }
            ib = k;
        }
    };

    for (const algo::Edit &e : al.script) {
        switch (e.kind) {
        case algo::EditKind::Delete:
            emitA(ia + e.count);
            break;
        case algo::EditKind::Insert:
            emitB(ib + e.count);
            break;
        case algo::EditKind::Equal: {
            // A change that ends where both texts start a line (a deleted section before the
            // next heading) gets a row of its own.
            const qsizetype oa = A.offset(ia), ob = B.offset(ib);
            const bool lineStarts = (oa == 0 || A.text->at(oa - 1) == u'\n') && (ob == 0 || B.text->at(ob - 1) == u'\n');
            if (lineStarts && int(ops.size()) > row.firstOp)
                closeRow(oa, ob);
            const qsizetype endA = ia + e.count;
            qsizetype runStart = ia;
            for (; ia < endA; ++ia, ++ib) {
                const Token &ta = A.tokens[size_t(A.compared[size_t(ia)])];
                const Token &tb = B.tokens[size_t(B.compared[size_t(ib)])];
                if (ta.newline && tb.newline) {
                    addOp(OpKind::Equal, MoveEnd::None, -1,
                          {A.offset(runStart), A.offset(ia + 1)}, {B.offset(ib - (ia - runStart)), B.offset(ib + 1)});
                    closeRow(A.offset(ia + 1), B.offset(ib + 1));
                    runStart = ia + 1;
                }
            }
            addOp(OpKind::Equal, MoveEnd::None, -1, {A.offset(runStart), A.offset(ia)},
                  {B.offset(ib - (ia - runStart)), B.offset(ib)});
            break;
        }
        }
    }
    closeRow(A.text->size(), B.text->size());
}

void computeStats(const Sequence &A, const Sequence &B, const Alignment &al, DiffStats &stats)
{
    for (size_t k = 0; k < al.a.size(); ++k)
        if (al.a[k].kind == OpKind::Delete)
            stats.deletedWords += A.tokens[size_t(A.compared[k])].words;
    for (size_t k = 0; k < al.b.size(); ++k) {
        const int words = B.tokens[size_t(B.compared[k])].words;
        switch (al.b[k].kind) {
        case OpKind::Insert: stats.insertedWords += words; break;
        case OpKind::Move: stats.movedWords += words; break;
        case OpKind::Equal: stats.unchangedWords += words; break;
        case OpKind::Delete: break;
        }
    }
}

// Step 5.
void matchSections(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc, const Sequence &A,
                   const Sequence &B, const Alignment &al, DiffResult &result)
{
    const auto oldFlat = oldDoc.flatSections();
    const auto newFlat = newDoc.flatSections();
    if (oldFlat.empty() && newFlat.empty())
        return;

    // Words of each section (its own text, not its children's), and words shared per pair.
    std::vector<qsizetype> wordsA(oldFlat.size(), 0), wordsB(newFlat.size(), 0);
    std::map<std::pair<int, int>, qsizetype> shared;
    std::vector<char> changedA(oldFlat.size(), 0), changedB(newFlat.size(), 0);
    for (size_t k = 0; k < al.a.size(); ++k) {
        const int s = A.sectionOf[k];
        if (s < 0)
            continue;
        const int words = A.tokens[size_t(A.compared[k])].words;
        wordsA[size_t(s)] += words;
        if (al.a[k].kind != OpKind::Equal && !A.tokens[size_t(A.compared[k])].space)
            changedA[size_t(s)] = 1;
        if (words && al.a[k].kind != OpKind::Delete) {
            const int t = B.sectionOf[size_t(al.partnerOfA[k])];
            if (t >= 0)
                shared[{s, t}] += words;
        }
    }
    for (size_t k = 0; k < al.b.size(); ++k) {
        const int t = B.sectionOf[k];
        if (t < 0)
            continue;
        wordsB[size_t(t)] += B.tokens[size_t(B.compared[k])].words;
        if (al.b[k].kind != OpKind::Equal && !B.tokens[size_t(B.compared[k])].space)
            changedB[size_t(t)] = 1;
    }

    // Each new section's best old section, and each old section's best new one.
    std::vector<int> bestOld(newFlat.size(), -1), bestNew(oldFlat.size(), -1);
    std::vector<qsizetype> bestOldShare(newFlat.size(), 0), bestNewShare(oldFlat.size(), 0);
    for (const auto &[pair, n] : shared) {
        const auto [s, t] = pair;
        if (n > bestOldShare[size_t(t)]) {
            bestOldShare[size_t(t)] = n;
            bestOld[size_t(t)] = s;
        }
        if (n > bestNewShare[size_t(s)]) {
            bestNewShare[size_t(s)] = n;
            bestNew[size_t(s)] = t;
        }
    }
    auto share = [](qsizetype common, qsizetype total) { return total == 0 ? 1.0 : double(common) / double(total); };
    // A pairing counts when the shared words are a fair part of either side: a section split
    // in two is matched to both halves, two merged sections to the whole.
    auto matches = [&](int s, int t) {
        const qsizetype n = shared.count({s, t}) ? shared.at({s, t}) : 0;
        return n > 0 && (share(n, wordsA[size_t(s)]) >= 0.3 || share(n, wordsB[size_t(t)]) >= 0.3);
    };

    // Matching, in three rounds: (1) one to one by shared words, largest first; (2) sections
    // left over on both sides with the same title (a section rewritten under its old name);
    // (3) a new section left over that takes at least half its words from one old section
    // (that section was split). A section that only received a paragraph from elsewhere is
    // not matched: it is new.
    std::vector<int> oldOfNew(newFlat.size(), -1);
    std::vector<char> oldMatched(oldFlat.size(), 0);
    {
        std::vector<std::tuple<qsizetype, int, int>> candidates;
        for (const auto &[pair, n] : shared)
            if (matches(pair.first, pair.second))
                candidates.emplace_back(n, pair.first, pair.second);
        std::sort(candidates.begin(), candidates.end(), [](const auto &x, const auto &y) { return std::get<0>(x) > std::get<0>(y); });
        for (const auto &[n, s, t] : candidates)
            if (!oldMatched[size_t(s)] && oldOfNew[size_t(t)] < 0) {
                oldOfNew[size_t(t)] = s;
                oldMatched[size_t(s)] = 1;
            }
        auto key = [](const QString &title) { return title.simplified().toCaseFolded(); };
        QHash<QString, int> unmatchedOldByTitle;
        for (size_t s = 0; s < oldFlat.size(); ++s)
            if (!oldMatched[s])
                unmatchedOldByTitle.insert(key(oldFlat[s]->title), int(s));
        for (size_t t = 0; t < newFlat.size(); ++t) {
            if (oldOfNew[t] >= 0)
                continue;
            const auto it = unmatchedOldByTitle.find(key(newFlat[t]->title));
            if (it != unmatchedOldByTitle.end() && !oldMatched[size_t(*it)]) {
                oldOfNew[t] = *it;
                oldMatched[size_t(*it)] = 1;
            }
        }
        for (size_t t = 0; t < newFlat.size(); ++t)
            if (oldOfNew[t] < 0 && bestOld[t] >= 0 && share(bestOldShare[t], wordsB[t]) >= 0.5)
                oldOfNew[t] = bestOld[t];
    }
    std::vector<std::pair<int, int>> pairs; // (old, new) in NEW's order
    for (size_t t = 0; t < newFlat.size(); ++t)
        if (oldOfNew[t] >= 0)
            pairs.emplace_back(oldOfNew[t], int(t));

    // A matched section has moved when most of the words it shares came by Move ops: the same
    // judgement the edit script made, so the two never disagree.
    std::vector<qsizetype> movedInB(newFlat.size(), 0), equalInB(newFlat.size(), 0);
    for (size_t k = 0; k < al.b.size(); ++k) {
        const int t = B.sectionOf[k];
        if (t < 0)
            continue;
        const int words = B.tokens[size_t(B.compared[k])].words;
        if (al.b[k].kind == OpKind::Move)
            movedInB[size_t(t)] += words;
        else if (al.b[k].kind == OpKind::Equal)
            equalInB[size_t(t)] += words;
    }

    auto oldEntry = [&](int s, SectionMatch &m) {
        m.title[Old] = oldFlat[size_t(s)]->title;
        m.range[Old] = oldFlat[size_t(s)]->range;
        m.present[Old] = true;
    };
    auto newEntry = [&](int t, SectionMatch &m) {
        m.title[New] = newFlat[size_t(t)]->title;
        m.range[New] = newFlat[size_t(t)]->range;
        m.present[New] = true;
    };
    // Removed sections go right after the entry of the old section before them.
    std::vector<std::vector<int>> removedAfterOld(oldFlat.size() + 1);
    for (size_t s = 0; s < oldFlat.size(); ++s)
        if (!oldMatched[s])
            removedAfterOld[s == 0 ? oldFlat.size() : s - 1].push_back(int(s));
    // Emits the removed sections that follow old section `afterOld` (and those after them).
    std::vector<char> removedDone(oldFlat.size() + 1, 0); // an old section split in two is met twice
    auto emitRemoved = [&](int afterOld) {
        if (removedDone[size_t(afterOld)])
            return;
        removedDone[size_t(afterOld)] = 1;
        std::vector<int> stack(removedAfterOld[size_t(afterOld)].rbegin(), removedAfterOld[size_t(afterOld)].rend());
        while (!stack.empty()) {
            const int s = stack.back();
            stack.pop_back();
            SectionMatch m;
            oldEntry(s, m);
            m.status = SectionStatus::Removed;
            result.sections.push_back(m);
            stack.insert(stack.end(), removedAfterOld[size_t(s)].rbegin(), removedAfterOld[size_t(s)].rend());
        }
    };
    emitRemoved(int(oldFlat.size())); // removed sections before any matched one

    size_t pairIdx = 0;
    for (size_t t = 0; t < newFlat.size(); ++t) {
        SectionMatch m;
        newEntry(int(t), m);
        if (pairIdx < pairs.size() && pairs[pairIdx].second == int(t)) {
            const int s = pairs[pairIdx].first;
            oldEntry(s, m);
            const auto sharedIt = shared.find({s, int(t)});
            const qsizetype n = sharedIt == shared.end() ? 0 : sharedIt->second;
            m.similarity = std::min(share(n, wordsA[size_t(s)]), share(n, wordsB[t]));
            const bool same = !changedA[size_t(s)] && !changedB[t] && m.title[Old] == m.title[New];
            m.status = movedInB[t] > equalInB[t] ? SectionStatus::Moved
                     : same                      ? SectionStatus::Equal
                                                 : SectionStatus::Changed;
            result.sections.push_back(m);
            ++pairIdx;
            emitRemoved(s);
        } else {
            m.status = SectionStatus::Added;
            result.sections.push_back(m);
        }
    }
    for (const SectionMatch &m : result.sections)
        if (m.status != SectionStatus::Equal)
            ++result.stats.sectionsChanged;
}

} // namespace

Result<DiffResult> compare(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc,
                           const DiffOptions &options)
{
    const Error cancelledError{u"cancelled"_s, Tr::tr("The comparison was cancelled")};
    bool cancelled = false;
    SharedLines folded;
    if (options.granularity == Granularity::Word) {
        folded = sharedLines(oldDoc.text, newDoc.text, options.ignore.testFlag(IgnoreOption::Markup), options.cancel,
                             &cancelled);
        if (cancelled)
            return cancelledError;
        if (!options.foldSharedLines) { // keep the syncs: both ways must compare alike
            folded.a.clear();
            folded.b.clear();
        }
    }
    // The two texts are cut into tokens and their keys interned side by side, each with its own
    // table. New's keys then take old's ids, and its own keys the next ids in the order it met
    // them: the ids one table would have given old's tokens then new's, the same run to run.
    struct Prepared
    {
        TokenInterner interner{4096};
        Sequence sequence;
    };
    auto prepareSide = [&](const doc::PolicyDocument &d, const std::vector<doc::TextRange> &f) {
        auto side = std::make_unique<Prepared>();
        side->sequence = prepare(d, tokenize(d.text, options.granularity, d.language, f), options, side->interner);
        return side;
    };
    std::future<std::unique_ptr<Prepared>> newSide = std::async(std::launch::async | std::launch::deferred, prepareSide,
                                                            std::cref(newDoc), std::cref(folded.b));
    const std::unique_ptr<Prepared> oldSide = prepareSide(oldDoc, folded.a);
    const std::unique_ptr<Prepared> newPrepared = newSide.get();
    {
        std::vector<int> global(size_t(newPrepared->interner.size()));
        for (int k = 0; k < int(global.size()); ++k)
            global[size_t(k)] = oldSide->interner.id(newPrepared->interner.key(k));
        for (int &id : newPrepared->sequence.ids)
            id = global[size_t(id)];
    }
    const Sequence &A = oldSide->sequence;
    const Sequence &B = newPrepared->sequence;

    Alignment al;
    al.script = paragraphFirstDiff(A, B, folded.syncs, options.cancel, &cancelled);
    if (cancelled)
        return cancelledError;
    if (options.semanticCleanup)
        al.script = algo::cleanupSemantic(al.script, A.weights, B.weights, A.barriers);

    al.a.assign(A.ids.size(), {});
    al.b.assign(B.ids.size(), {});
    al.partnerOfA.assign(A.ids.size(), -1);
    {
        qsizetype ia = 0, ib = 0;
        bool foldedChanged = false;
        for (const algo::Edit &e : al.script) {
            for (qsizetype k = 0; k < e.count; ++k) {
                if (e.kind == algo::EditKind::Equal) {
                    al.partnerOfA[size_t(ia)] = ib;
                    ++ia;
                    ++ib;
                } else if (e.kind == algo::EditKind::Delete) {
                    foldedChanged = foldedChanged || A.tokens[size_t(A.compared[size_t(ia)])].folded;
                    al.a[size_t(ia++)].kind = OpKind::Delete;
                } else {
                    foldedChanged = foldedChanged || B.tokens[size_t(B.compared[size_t(ib)])].folded;
                    al.b[size_t(ib++)].kind = OpKind::Insert;
                }
            }
        }
        // A shared line the word diff did not keep equal: its words count for moves and
        // statistics one by one, so compare again without folding (step 1).
        if (foldedChanged) {
            DiffOptions unfolded = options;
            unfolded.foldSharedLines = false;
            return compare(oldDoc, newDoc, unfolded);
        }
    }

    int nextMoveId = 0;
    if (options.detectMoves)
        detectMoves(A, B, al, options, nextMoveId, options.cancel, &cancelled);
    if (cancelled)
        return cancelledError;

    DiffResult result;
    buildOps(A, B, al, result);
    computeStats(A, B, al, result.stats);
    matchSections(oldDoc, newDoc, A, B, al, result);
    return result;
}

Result<QString> applyOps(const QString &oldText, const QString &newText, const std::vector<Op> &ops)
{
    const Error bad{u"ops"_s, Tr::tr("The edit script does not fit the two texts")};
    QString out;
    qsizetype posOld = 0, posNew = 0;
    std::map<int, doc::TextRange> from;
    for (const Op &op : ops) {
        const bool advancesOld = op.kind == OpKind::Equal || op.kind == OpKind::Delete || op.moveEnd == MoveEnd::From;
        const bool advancesNew = op.kind == OpKind::Equal || op.kind == OpKind::Insert || op.moveEnd == MoveEnd::To;
        if (advancesOld) {
            if (op.range[Old].start != posOld || op.range[Old].end < posOld || op.range[Old].end > oldText.size())
                return bad;
            posOld = op.range[Old].end;
        }
        if (advancesNew) {
            if (op.range[New].start != posNew || op.range[New].end < posNew || op.range[New].end > newText.size())
                return bad;
            posNew = op.range[New].end;
        }
        switch (op.kind) {
        case OpKind::Equal:
            out += QStringView(oldText).mid(op.range[Old].start, op.range[Old].length());
            break;
        case OpKind::Insert:
            out += QStringView(newText).mid(op.range[New].start, op.range[New].length());
            break;
        case OpKind::Delete:
            break;
        case OpKind::Move:
            if (op.moveEnd == MoveEnd::From) {
                from[op.moveId] = op.range[Old];
            } else {
                if (op.range[Old].start < 0 || op.range[Old].end > oldText.size())
                    return bad;
                out += QStringView(oldText).mid(op.range[Old].start, op.range[Old].length());
            }
            break;
        }
    }
    if (posOld != oldText.size() || posNew != newText.size())
        return bad;
    for (const Op &op : ops)
        if (op.moveEnd == MoveEnd::To && (!from.count(op.moveId) || from.at(op.moveId) != op.range[Old]))
            return bad;
    return out;
}

QString opKindName(OpKind kind)
{
    switch (kind) {
    case OpKind::Equal: return u"equal"_s;
    case OpKind::Insert: return u"insert"_s;
    case OpKind::Delete: return u"delete"_s;
    case OpKind::Move: return u"move"_s;
    }
    return {};
}

QString sectionStatusName(SectionStatus s)
{
    switch (s) {
    case SectionStatus::Equal: return u"equal"_s;
    case SectionStatus::Changed: return u"changed"_s;
    case SectionStatus::Added: return u"added"_s;
    case SectionStatus::Removed: return u"removed"_s;
    case SectionStatus::Moved: return u"moved"_s;
    }
    return {};
}

QString rowStatusName(RowStatus s)
{
    switch (s) {
    case RowStatus::Equal: return u"equal"_s;
    case RowStatus::Changed: return u"changed"_s;
    case RowStatus::Added: return u"added"_s;
    case RowStatus::Removed: return u"removed"_s;
    case RowStatus::Moved: return u"moved"_s;
    }
    return {};
}

} // namespace cw::diff
