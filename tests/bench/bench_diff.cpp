// Diff speed against dtl (libdtl-dev: Wu, Manber & Myers, "An O(NP) Sequence Comparison
// Algorithm", 1990), on the SAME interned token sequences in the same run:
//  (a) consecutive versions of the policies in the corpus, pair by pair, summed;
//  (b) a synthetic 200,000-word document against a copy with 1 % of its words replaced;
//  (c) the same with 30 % replaced;
//  (d) the same document with its first 5 % of paragraphs moved to the end.
// Timed: our sequence diff (algo::diffSequences: histogram, Myers fallback) against dtl's
// compose() (edit script) and dtl's onlyEditDistance (the minimal distance, no script); and,
// separately, the whole cw::diff::compare() on the imported documents, which also tokenizes,
// cleans up and finds moves. Token ids are built as compare() builds them for word
// granularity with no ignore options: every ICU token of the text, interned by its text.
//
// dtl's first run on each case is a probe in a forked child with a time limit
// (DtlTimeoutSeconds): its O(NP) search grows with the square of the differences, and a
// benchmark must finish. The slot `ratios` then times ours and dtl in turn in this process
// (A B A B …) and prints the median of the pairwise ratios; a run over 10 s is taken once. The
// QBENCHMARK slots give the harness's own figures.
//
//   bench_diff                           all slots
//   bench_diff ratios                    only the interleaved ratio table
//   bench_diff --write-fixtures DIR      writes the cases as DIR/{b,c,d}-{old,new}.md and exits
//                                        (scripts/bench-compare.sh times the CLI on them)
#include "diff/diff.h"
#include "diff/diffalgo.h"
#include "document/markdownimporter.h"
#include "text/segmenter.h"
#include "testutil.h"

#if CW_HAVE_DTL
#include <dtl/dtl.hpp>
#endif

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace cw;
namespace algo = cw::diff::algo;

namespace {

constexpr int DtlTimeoutSeconds = 60;
constexpr int SyntheticWords = 200000;
constexpr quint32 Seed = 20240611;

using Ids = std::vector<int>;

struct Pair
{
    doc::PolicyDocument doc[2];
    Ids ids[2];
};

struct Case
{
    QString key;  // "a", "b", …
    QString name; // for the report
    std::vector<Pair> pairs;
    qsizetype tokens = 0;     // both sides, all pairs
    qint64 movedWords = -1;   // (d): the words of the moved section
};

// ---------- the synthetic document ----------

// ~20,000 made-up words from syllables, and Zipf-distributed draws from them (rank r has
// weight 1 / (r + 1)), like the words of a natural text.
class Vocabulary
{
public:
    explicit Vocabulary(QRandomGenerator &rng, int size = 20000)
    {
        static const char *const onsets[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s",
                                             "t", "v", "w", "z", "br", "cl", "dr", "gr", "pl", "st", "tr"};
        static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
        QSet<QString> seen;
        while (int(m_words.size()) < size) {
            const int syllables = 1 + int(rng.bounded(4u));
            QString w;
            for (int s = 0; s < syllables; ++s) {
                w += QLatin1StringView(onsets[rng.bounded(quint32(std::size(onsets)))]);
                w += QLatin1StringView(vowels[rng.bounded(quint32(std::size(vowels)))]);
            }
            if (rng.bounded(3u) == 0)
                w += QLatin1StringView(onsets[rng.bounded(quint32(std::size(onsets)))]);
            if (!seen.contains(w)) {
                seen.insert(w);
                m_words.push_back(w);
            }
        }
        // Short words are the frequent ones, as in a real language.
        std::stable_sort(m_words.begin(), m_words.end(),
                         [](const QString &x, const QString &y) { return x.size() < y.size(); });
        double sum = 0;
        for (int r = 0; r < size; ++r) {
            sum += 1.0 / (r + 1);
            m_cumulative.push_back(sum);
        }
    }
    int draw(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.back();
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }
    const QString &word(int k) const { return m_words[size_t(k)]; }
    int size() const { return int(m_words.size()); }

private:
    std::vector<QString> m_words;
    std::vector<double> m_cumulative;
};

struct Layout
{
    std::vector<int> sentenceEnds;  // word index after which a sentence ends
    std::vector<int> paragraphEnds; // word index after which a paragraph ends
};

// Sentences of 8–20 words, paragraphs of 60–100 words (ending with a sentence), a "## Section
// N" heading before every 25th paragraph.
Layout makeLayout(QRandomGenerator &rng, int words)
{
    Layout l;
    int w = 0, inParagraph = 0;
    int paragraphTarget = 60 + int(rng.bounded(41u));
    while (w < words) {
        w = std::min(words, w + 8 + int(rng.bounded(13u)));
        l.sentenceEnds.push_back(w);
        inParagraph = w - (l.paragraphEnds.empty() ? 0 : l.paragraphEnds.back());
        if (inParagraph >= paragraphTarget || w == words) {
            l.paragraphEnds.push_back(w);
            paragraphTarget = 60 + int(rng.bounded(41u));
        }
    }
    return l;
}

// The paragraphs (headings are paragraphs of their own) of the words laid out by `layout`.
QStringList render(const Vocabulary &vocab, const std::vector<int> &words, const Layout &layout)
{
    QStringList paragraphs;
    size_t s = 0, p = 0;
    QString para;
    bool sentenceStart = true;
    int paragraphCount = 0;
    for (size_t w = 0; w < words.size(); ++w) {
        if (para.isEmpty() && paragraphCount % 25 == 0)
            paragraphs << u"## Section %1"_s.arg(paragraphCount / 25 + 1);
        QString word = vocab.word(words[w]);
        if (sentenceStart)
            word[0] = word[0].toUpper();
        if (!para.isEmpty())
            para += u' ';
        para += word;
        sentenceStart = false;
        if (s < layout.sentenceEnds.size() && int(w) + 1 == layout.sentenceEnds[s]) {
            para += u'.';
            sentenceStart = true;
            ++s;
        } else if (words[w] % 11 == 0) {
            para += u','; // a comma after some words, the same ones on both sides
        }
        if (p < layout.paragraphEnds.size() && int(w) + 1 == layout.paragraphEnds[p]) {
            paragraphs << para;
            para.clear();
            ++paragraphCount;
            ++p;
        }
    }
    if (!para.isEmpty())
        paragraphs << para;
    return paragraphs;
}

QByteArray joinParagraphs(const QStringList &paragraphs)
{
    return (paragraphs.join(u"\n\n"_s) + u'\n').toUtf8();
}

struct Synthetic
{
    QByteArray base, changed1, changed30, moved;
    qint64 movedWords = 0;
};

// `share` of the words, at distinct positions, replaced by another draw from the vocabulary.
std::vector<int> replaced(const Vocabulary &vocab, std::vector<int> words, double share, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<int> positions(words.size());
    for (size_t k = 0; k < positions.size(); ++k)
        positions[k] = int(k);
    const size_t n = size_t(std::llround(share * double(words.size())));
    for (size_t k = 0; k < n; ++k) // partial Fisher–Yates: n distinct positions
        std::swap(positions[k], positions[k + rng.bounded(quint32(positions.size() - k))]);
    for (size_t k = 0; k < n; ++k) {
        int &w = words[size_t(positions[k])];
        int other = vocab.draw(rng);
        while (other == w)
            other = vocab.draw(rng);
        w = other;
    }
    return words;
}

const Synthetic &synthetic()
{
    static const Synthetic s = [] {
        Synthetic out;
        QRandomGenerator rng(Seed);
        const Vocabulary vocab(rng);
        std::vector<int> words(SyntheticWords);
        for (int &w : words)
            w = vocab.draw(rng);
        const Layout layout = makeLayout(rng, SyntheticWords);
        const QStringList paragraphs = render(vocab, words, layout);
        out.base = joinParagraphs(paragraphs);
        out.changed1 = joinParagraphs(render(vocab, replaced(vocab, words, 0.01, Seed + 1), layout));
        out.changed30 = joinParagraphs(render(vocab, replaced(vocab, words, 0.30, Seed + 30), layout));
        const qsizetype k = paragraphs.size() / 20; // the first 5 % of paragraphs
        const QStringList section = paragraphs.mid(0, k);
        out.moved = joinParagraphs(paragraphs.mid(k) + section);
        const QString sectionText = section.join(u"\n\n"_s);
        out.movedWords = text::words(sectionText, text::Language::English).size();
        return out;
    }();
    return s;
}

// ---------- tokens as compare() makes them ----------

doc::PolicyDocument importMarkdown(const QByteArray &bytes, const QString &name)
{
    const auto r = doc::MarkdownImporter().import(bytes, {name, text::Language::Unknown});
    if (!r)
        qFatal("cannot import %s: %s", qPrintable(name), qPrintable(r.error().message));
    return *r;
}

// One interner for both sides, as compare() does: word granularity, no ignore options, so
// every token is compared and its key is its text.
void intern(Pair &p)
{
    QHash<QStringView, int> ids;
    for (int side = 0; side < 2; ++side) {
        const QString &text = p.doc[side].text;
        for (const text::Token &t : text::tokenize(text, p.doc[side].language)) {
            const QStringView key = QStringView(text).mid(t.start, t.length());
            auto it = ids.find(key);
            if (it == ids.end())
                it = ids.insert(key, int(ids.size()));
            p.ids[side].push_back(*it);
        }
    }
}

Pair makePair(const QByteArray &a, const QByteArray &b, const QString &name)
{
    Pair p;
    p.doc[0] = importMarkdown(a, name + u"-old.md"_s);
    p.doc[1] = importMarkdown(b, name + u"-new.md"_s);
    intern(p);
    return p;
}

// Consecutive versions of each policy of the corpus (files sorted by name: policy, language,
// date), one pair per step.
std::vector<Pair> corpusPairs()
{
    std::vector<Pair> pairs;
    const QString corpus = cwtest::corpusDir();
    if (corpus.isEmpty())
        return pairs;
    QDirIterator it(corpus + u"/versions"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(u"LICENSE"_s))
            files << f;
    }
    files.sort();
    // "firefox_privacy_notice.en.2016-07-08.cad574a1.md" → series "…/firefox_privacy_notice.en"
    static const QRegularExpression version(u"\\.\\d{4}-\\d\\d-\\d\\d\\.[0-9a-f]+\\.md$"_s);
    auto series = [](const QString &f) { return QString(f).remove(version); };
    for (qsizetype k = 1; k < files.size(); ++k) {
        if (series(files[k - 1]) != series(files[k]))
            continue;
        pairs.push_back(makePair(cwtest::readAll(files[k - 1]), cwtest::readAll(files[k]),
                                 QFileInfo(files[k]).completeBaseName()));
    }
    return pairs;
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = [] {
        std::vector<Case> out;
        auto add = [&](QString key, QString name, std::vector<Pair> pairs, qint64 moved = -1) {
            Case c{std::move(key), std::move(name), std::move(pairs), 0, moved};
            for (const Pair &p : c.pairs)
                c.tokens += qsizetype(p.ids[0].size() + p.ids[1].size());
            out.push_back(std::move(c));
        };
        std::vector<Pair> corpus = corpusPairs();
        if (!corpus.empty()) {
            const qsizetype n = qsizetype(corpus.size());
            add(u"a"_s, u"(a) corpus: %1 consecutive version pairs"_s.arg(n), std::move(corpus));
        }
        const Synthetic &s = synthetic();
        std::vector<Pair> b, c, d;
        b.push_back(makePair(s.base, s.changed1, u"b"_s));
        c.push_back(makePair(s.base, s.changed30, u"c"_s));
        d.push_back(makePair(s.base, s.moved, u"d"_s));
        add(u"b"_s, u"(b) 200k words, 1 % replaced"_s, std::move(b));
        add(u"c"_s, u"(c) 200k words, 30 % replaced"_s, std::move(c));
        add(u"d"_s, u"(d) 200k words, first 5 % of paragraphs moved to the end"_s, std::move(d), s.movedWords);
        return out;
    }();
    return all;
}

// ---------- the contestants ----------

struct Outcome
{
    bool finished = false;
    double ms = 0;         // wall time of the timed work
    qint64 length = 0;     // edit script length: deleted + inserted tokens
    QString why;           // when not finished
};

Outcome ours(const Case &c)
{
    Outcome o{true, 0, 0, {}};
    QElapsedTimer t;
    t.start();
    for (const Pair &p : c.pairs)
        o.length += algo::editLength(algo::diffSequences(p.ids[0], p.ids[1]));
    o.ms = double(t.nsecsElapsed()) / 1e6;
    return o;
}

// What the user waits for: compare() in all (tokens, diff, clean-up, moves, rows, sections).
struct CompareOutcome
{
    double ms = 0;
    diff::DiffStats stats;
};

CompareOutcome runCompare(const Case &c)
{
    CompareOutcome o;
    QElapsedTimer t;
    t.start();
    for (const Pair &p : c.pairs) {
        const auto r = diff::compare(p.doc[0], p.doc[1]);
        if (!r)
            qFatal("compare failed: %s", qPrintable(r.error().message));
        o.stats.insertedWords += r->stats.insertedWords;
        o.stats.deletedWords += r->stats.deletedWords;
        o.stats.movedWords += r->stats.movedWords;
        o.stats.unchangedWords += r->stats.unchangedWords;
    }
    o.ms = double(t.nsecsElapsed()) / 1e6;
    return o;
}

#if CW_HAVE_DTL
enum class DtlMode {
    Script,       // compose(): edit distance, LCS and edit script
    DistanceOnly, // onOnlyEditDistance(): the distance alone
};

// Length of dtl's result: the edit script's deleted + added elements; for DistanceOnly, the
// distance it reports (exact: without a script it never restarts, see below).
qint64 runDtl(const Ids &a, const Ids &b, DtlMode mode)
{
    dtl::Diff<int, Ids> d(a, b);
    if (mode == DtlMode::DistanceOnly) {
        d.onOnlyEditDistance();
        d.compose();
        return d.getEditDistance();
    }
    d.compose();
    // Counted from the script: past dtl::MAX_CORDINATES_SIZE recorded points compose() keeps
    // the path found so far and restarts on the rest, and getEditDistance() then overcounts.
    qint64 n = 0;
    for (const auto &e : d.getSes().getSequence())
        n += e.second.type != dtl::SES_COMMON ? 1 : 0;
    return n;
}

// Runs dtl on every pair of the case in a forked child, killed after `timeoutSeconds`. The
// child inherits the sequences (copy-on-write); only its timed work is measured.
Outcome dtlInChild(const Case &c, DtlMode mode, int timeoutSeconds = DtlTimeoutSeconds)
{
    struct Message
    {
        double ms;
        qint64 length;
    };
    int fds[2];
    if (pipe(fds) != 0)
        return {false, 0, 0, u"pipe() failed"_s};
    fflush(nullptr);
    const pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return {false, 0, 0, u"fork() failed"_s};
    }
    if (pid == 0) {
        close(fds[0]);
        Message m{0, 0};
        QElapsedTimer t;
        t.start();
        for (const Pair &p : c.pairs)
            m.length += runDtl(p.ids[0], p.ids[1], mode);
        m.ms = double(t.nsecsElapsed()) / 1e6;
        const ssize_t written = write(fds[1], &m, sizeof m);
        _exit(written == ssize_t(sizeof m) ? 0 : 1);
    }
    close(fds[1]);
    pollfd pfd{fds[0], POLLIN, 0};
    const int ready = poll(&pfd, 1, timeoutSeconds * 1000);
    Outcome o;
    Message m{0, 0};
    if (ready == 1 && read(fds[0], &m, sizeof m) == ssize_t(sizeof m)) {
        o = {true, m.ms, m.length, {}};
    } else {
        kill(pid, SIGKILL);
        o.why = ready == 0 ? u"stopped after %1 s"_s.arg(timeoutSeconds) : u"the child failed"_s;
    }
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (o.finished)
        return o;
    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
        o.why = u"the child died of signal %1"_s.arg(WTERMSIG(status));
    return o;
}
#endif

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString ms(double v)
{
    return v >= 1000 ? u"%1 s"_s.arg(v / 1000, 0, 'f', 2) : u"%1 ms"_s.arg(v, 0, 'f', 1);
}

const Case *caseByKey(const QString &key)
{
    for (const Case &c : cases())
        if (c.key == key)
            return &c;
    return nullptr;
}

bool writeFixtures(const QString &dir)
{
    const Synthetic &s = synthetic();
    if (!QDir().mkpath(dir))
        return false;
    const std::pair<const char *, const QByteArray *> files[] = {
        {"b-old.md", &s.base}, {"b-new.md", &s.changed1}, {"c-old.md", &s.base},
        {"c-new.md", &s.changed30}, {"d-old.md", &s.base}, {"d-new.md", &s.moved}};
    for (const auto &[name, bytes] : files) {
        QSaveFile f(dir + u'/' + QLatin1StringView(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
            return false;
    }
    return true;
}

} // namespace

class bench_Diff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ratios();
    void engine_data();
    void engine();
    void wholeCompare_data();
    void wholeCompare();

private:
    // dtl's one measured run per case and mode, from `ratios` (or a probe): the QBENCHMARK
    // rows skip what did not finish in time.
    QHash<QString, Outcome> m_dtlProbe;
};

void bench_Diff::initTestCase()
{
    QElapsedTimer t;
    t.start();
    for (const Case &c : cases())
        qInfo().noquote() << c.name << u": %1 tokens on both sides"_s.arg(c.tokens);
    if (!caseByKey(u"a"_s))
        qInfo("(a) skipped: the corpus is not beside this clone (CW_CORPUS_DIR)");
#if !CW_HAVE_DTL
    qInfo("dtl not found at configure time (libdtl-dev): only our own figures are printed");
#endif
    qInfo().noquote() << u"cases prepared (generate, import, tokenize) in %1"_s.arg(ms(double(t.elapsed())));
}

// The table the README quotes: for each case, ours and dtl in turn, several rounds, the
// median of the pairwise ratios; script lengths; compare() with its move statistics.
void bench_Diff::ratios()
{
    const int rounds = qEnvironmentVariableIntValue("CW_BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("CW_BENCH_ROUNDS") : 5;
    for (const Case &c : cases()) {
        std::vector<double> oursMs, dtlMs, distMs, ratio, compareMs;
        qint64 oursLength = 0, dtlLength = -1, minimal = -1;
        QString dtlNote;
        CompareOutcome cmp;
#if CW_HAVE_DTL
        // dtl's distance alone, once: the minimal edit length (and how slow the search is).
        const Outcome dist = dtlInChild(c, DtlMode::DistanceOnly);
        m_dtlProbe.insert(c.key + u"/distance"_s, dist);
        if (dist.finished) {
            minimal = dist.length;
            distMs.push_back(dist.ms);
        }
#endif
#if CW_HAVE_DTL
        // The first dtl run is a probe in a child with a time limit; the timed rounds then run
        // dtl in this process like ours (same allocator, memory already faulted in), unless the
        // probe ran out of time or took so long that one run has to do.
        const Outcome probe = dtlInChild(c, DtlMode::Script);
        m_dtlProbe.insert(c.key + u"/script"_s, probe);
        if (!probe.finished) {
            dtlNote = u"dtl did not finish: %1"_s.arg(probe.why);
        } else {
            dtlLength = probe.length;
            if (probe.ms > 10000) {
                dtlNote = u"dtl measured once, in a child process: %1 a run"_s.arg(ms(probe.ms));
                dtlMs.push_back(probe.ms);
            }
        }
#endif
        for (int r = 0; r < rounds; ++r) {
            const Outcome o = ours(c);
            oursMs.push_back(o.ms);
            oursLength = o.length;
#if CW_HAVE_DTL
            if (probe.finished && dtlNote.isEmpty()) {
                QElapsedTimer t;
                t.start();
                qint64 n = 0;
                for (const Pair &p : c.pairs)
                    n += runDtl(p.ids[0], p.ids[1], DtlMode::Script);
                const double dtl = double(t.nsecsElapsed()) / 1e6;
                dtlMs.push_back(dtl);
                ratio.push_back(dtl / o.ms);
                QCOMPARE(n, dtlLength);
            } else if (probe.finished && r == 0) {
                ratio.push_back(probe.ms / o.ms);
            }
#endif
            cmp = runCompare(c);
            compareMs.push_back(cmp.ms);
        }
        qInfo().noquote() << u"== %1"_s.arg(c.name);
        qInfo().noquote() << u"   ours diffSequences      %1 (median of %2)"_s.arg(ms(median(oursMs))).arg(oursMs.size());
        if (!dtlMs.empty())
            qInfo().noquote() << u"   dtl compose()           %1 (median of %2)"_s.arg(ms(median(dtlMs))).arg(dtlMs.size());
        if (!dtlNote.isEmpty())
            qInfo().noquote() << u"   " << dtlNote;
        if (!distMs.empty())
            qInfo().noquote() << u"   dtl onlyEditDistance    %1 (once)"_s.arg(ms(distMs.front()));
        if (!ratio.empty())
            qInfo().noquote() << u"   ratio dtl/ours          %1x (median of pairwise ratios)"_s.arg(median(ratio), 0, 'f', 1);
        qInfo().noquote() << u"   edit script, tokens     ours %1, dtl %2, minimal %3"_s.arg(oursLength).arg(
            dtlLength >= 0 ? QString::number(dtlLength) : u"-"_s, minimal >= 0 ? QString::number(minimal) : u"-"_s);
        qInfo().noquote() << u"   compare() in all        %1 (median of %2); words: %3 inserted, %4 deleted, %5 moved, %6 unchanged"_s
                                 .arg(ms(median(compareMs))).arg(compareMs.size()).arg(cmp.stats.insertedWords)
                                 .arg(cmp.stats.deletedWords).arg(cmp.stats.movedWords).arg(cmp.stats.unchangedWords);
        if (c.movedWords >= 0)
            qInfo().noquote() << u"   moved section           %1 words; compare() reports %2 moved (%3 %)"_s.arg(c.movedWords)
                                     .arg(cmp.stats.movedWords)
                                     .arg(100.0 * double(cmp.stats.movedWords) / double(c.movedWords), 0, 'f', 1);
    }
}

void bench_Diff::engine_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("who"); // 0 ours, 1 dtl compose, 2 dtl distance only
    for (const Case &c : cases()) {
        QTest::addRow("%s: ours diffSequences", qPrintable(c.name)) << c.key << 0;
#if CW_HAVE_DTL
        QTest::addRow("%s: dtl compose (peer)", qPrintable(c.name)) << c.key << 1;
        QTest::addRow("%s: dtl onlyEditDistance (peer)", qPrintable(c.name)) << c.key << 2;
#endif
    }
}

void bench_Diff::engine()
{
    QFETCH(QString, key);
    QFETCH(int, who);
    const Case &c = *caseByKey(key);
    if (who == 0) {
        QBENCHMARK {
            qint64 n = 0;
            for (const Pair &p : c.pairs)
                n += algo::editLength(algo::diffSequences(p.ids[0], p.ids[1]));
            QVERIFY(n >= 0);
        }
        return;
    }
#if CW_HAVE_DTL
    const DtlMode mode = who == 1 ? DtlMode::Script : DtlMode::DistanceOnly;
    const QString probeKey = key + (who == 1 ? u"/script"_s : u"/distance"_s);
    Outcome probe = m_dtlProbe.value(probeKey);
    if (!m_dtlProbe.contains(probeKey)) { // `ratios` was not run: probe here
        probe = dtlInChild(c, mode);
        m_dtlProbe.insert(probeKey, probe);
    }
    if (!probe.finished)
        QSKIP(qPrintable(u"dtl did not finish within %1 s"_s.arg(DtlTimeoutSeconds)));
    if (probe.ms > 5000) {
        // One run is the measurement: repeating a run of many seconds says nothing more.
        qInfo().noquote() << u"one run in a child process: %1"_s.arg(ms(probe.ms));
        QSKIP("measured once (above); not repeated");
    }
    QBENCHMARK {
        qint64 n = 0;
        for (const Pair &p : c.pairs)
            n += runDtl(p.ids[0], p.ids[1], mode);
        QVERIFY(n >= 0);
    }
#endif
}

void bench_Diff::wholeCompare_data()
{
    QTest::addColumn<QString>("key");
    for (const Case &c : cases())
        QTest::addRow("%s: compare() in all", qPrintable(c.name)) << c.key;
}

void bench_Diff::wholeCompare()
{
    QFETCH(QString, key);
    const Case &c = *caseByKey(key);
    QBENCHMARK {
        const CompareOutcome o = runCompare(c);
        QVERIFY(o.ms >= 0);
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype w = args.indexOf(u"--write-fixtures"_s);
    if (w >= 0) {
        if (w + 1 >= args.size()) {
            fprintf(stderr, "usage: bench_diff --write-fixtures DIR\n");
            return 2;
        }
        if (!writeFixtures(args[w + 1])) {
            fprintf(stderr, "cannot write the fixtures to %s\n", qPrintable(args[w + 1]));
            return 1;
        }
        return 0;
    }
    bench_Diff tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "bench_diff.moc"
