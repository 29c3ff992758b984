#include "diff/diffalgo.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cw::diff::algo;

namespace QTest {
template<>
char *toString(const Script &s)
{
    QByteArray out;
    for (const Edit &e : s)
        out += (e.kind == EditKind::Equal ? "EQ(" : e.kind == EditKind::Delete ? "DEL(" : "INS(")
               + QByteArray::number(e.count) + ") ";
    return qstrdup(out.constData());
}
} // namespace QTest

namespace {

std::vector<int> ids(const QString &s)
{
    std::vector<int> out;
    for (QChar c : s)
        out.push_back(c.unicode());
    return out;
}

// Applies a script to a and returns the result, or "<invalid>" when it does not fit.
std::vector<int> apply(const std::vector<int> &a, const std::vector<int> &b, const Script &s)
{
    std::vector<int> out;
    size_t ia = 0, ib = 0;
    for (const Edit &e : s) {
        for (qsizetype k = 0; k < e.count; ++k) {
            if (e.kind == EditKind::Equal) {
                if (ia >= a.size() || ib >= b.size() || a[ia] != b[ib])
                    return {-1};
                out.push_back(a[ia++]);
                ++ib;
            } else if (e.kind == EditKind::Delete) {
                if (ia >= a.size())
                    return {-1};
                ++ia;
            } else {
                if (ib >= b.size())
                    return {-1};
                out.push_back(b[ib++]);
            }
        }
    }
    return ia == a.size() && ib == b.size() ? out : std::vector<int>{-1};
}

qsizetype lcsLength(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<qsizetype> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

class tst_DiffAlgo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void myersIsMinimal_data();
    void myersIsMinimal();
    void histogramApplies_data();
    void histogramApplies();
    void randomSequences();
    void normalizedOrdersChanges();
    void semanticCleanup_data();
    void semanticCleanup();
    void cancel();
};

void tst_DiffAlgo::myersIsMinimal_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("nominal: Myers' paper example") << u"ABCABBA"_s << u"CBABAC"_s;
    QTest::newRow("nominal: Cyrillic letters") << u"политика"_s << u"полиция"_s;
    QTest::newRow("robustness: empty old") << QString() << u"abc"_s;
    QTest::newRow("robustness: empty new") << u"abc"_s << QString();
    QTest::newRow("robustness: nothing in common") << u"abc"_s << u"xyz"_s;
    QTest::newRow("robustness: equal") << u"same"_s << u"same"_s;
}

void tst_DiffAlgo::myersIsMinimal()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const auto sa = ids(a), sb = ids(b);
    const Script s = myersDiff(sa, sb);
    QCOMPARE(apply(sa, sb, s), sb);
    // Minimal: edits = |a| + |b| - 2·LCS.
    QCOMPARE(editLength(s), qsizetype(sa.size() + sb.size()) - 2 * lcsLength(sa, sb));
}

void tst_DiffAlgo::histogramApplies_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qsizetype>("maxEdits");
    QTest::newRow("nominal: one word changed") << u"the quick brown fox"_s << u"the quick red fox"_s << qsizetype(8);
    QTest::newRow("nominal: Cyrillic, block moved to the end") << u"абвгд ежзий клмно"_s << u"ежзий клмно абвгд"_s
                                                               << qsizetype(12);
    // No token of B's changes occurs in A: no anchor, so Myers decides, minimally.
    QTest::newRow("robustness: only frequent shared tokens (Myers fallback)")
        << QString(300, u'a') + u"b"_s << QString(150, u'a') + u"x"_s + QString(150, u'a') + u"c"_s << qsizetype(3);
}

void tst_DiffAlgo::histogramApplies()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qsizetype, maxEdits);
    const auto sa = ids(a), sb = ids(b);
    const Script s = diffSequences(sa, sb);
    QCOMPARE(apply(sa, sb, s), sb);
    const std::unique_ptr<char[]> described(QTest::toString(s)); // QVERIFY2 does not free it
    QVERIFY2(editLength(s) <= maxEdits, described.get());
}

void tst_DiffAlgo::randomSequences()
{
    // Random edits of a random sequence: both algorithms give valid scripts, Myers a minimal one,
    // and the histogram diff stays close to it.
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        std::vector<int> a(size_t(rng.bounded(1, 120)));
        for (int &x : a)
            x = int(rng.bounded(0, 30));
        std::vector<int> b = a;
        const int edits = int(rng.bounded(0, 10));
        for (int e = 0; e < edits && !b.empty(); ++e) {
            const size_t at = size_t(rng.bounded(int(b.size())));
            switch (rng.bounded(3)) {
            case 0: b.erase(b.begin() + qsizetype(at)); break;
            case 1: b.insert(b.begin() + qsizetype(at), int(rng.bounded(0, 30))); break;
            default: b[at] = int(rng.bounded(0, 30)); break;
            }
        }
        const Script m = myersDiff(a, b);
        const Script h = diffSequences(a, b);
        QCOMPARE(apply(a, b, m), b);
        QCOMPARE(apply(a, b, h), b);
        const qsizetype minimal = qsizetype(a.size() + b.size()) - 2 * lcsLength(a, b);
        QCOMPARE(editLength(m), minimal);
        QVERIFY(editLength(h) <= 2 * minimal + 4);
    }
}

void tst_DiffAlgo::normalizedOrdersChanges()
{
    // DEL(1) INS(2) DEL(3) → DEL(4) INS(2)
    const Script s{{EditKind::Equal, 2}, {EditKind::Delete, 1}, {EditKind::Insert, 2}, {EditKind::Delete, 3},
                   {EditKind::Equal, 0}, {EditKind::Equal, 1}};
    QCOMPARE(normalized(s), (Script{{EditKind::Equal, 2}, {EditKind::Delete, 4}, {EditKind::Insert, 2},
                                    {EditKind::Equal, 1}}));
}

void tst_DiffAlgo::semanticCleanup_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<std::vector<int>>("barrier");
    QTest::addColumn<Script>("expected");
    // Tokens weigh 1 each here.
    // DEL(2) INS(2) EQ(1) DEL(2) INS(2): the one-token equality is folded into one change.
    QTest::newRow("nominal: short equality between changes is folded")
        << Script{{EditKind::Delete, 2}, {EditKind::Insert, 2}, {EditKind::Equal, 1}, {EditKind::Delete, 2},
                  {EditKind::Insert, 2}}
        << std::vector<int>{0, 0, 0, 0, 0}
        << Script{{EditKind::Delete, 5}, {EditKind::Insert, 5}};
    QTest::newRow("nominal: long equality stays")
        << Script{{EditKind::Delete, 1}, {EditKind::Equal, 3}, {EditKind::Insert, 1}}
        << std::vector<int>{0, 0, 0, 0} << Script{{EditKind::Delete, 1}, {EditKind::Equal, 3}, {EditKind::Insert, 1}};
    QTest::newRow("robustness: a paragraph break is never folded")
        << Script{{EditKind::Delete, 2}, {EditKind::Insert, 2}, {EditKind::Equal, 1}, {EditKind::Delete, 2},
                  {EditKind::Insert, 2}}
        << std::vector<int>{0, 0, 1, 0, 0}
        << Script{{EditKind::Delete, 2}, {EditKind::Insert, 2}, {EditKind::Equal, 1}, {EditKind::Delete, 2},
                  {EditKind::Insert, 2}};
}

void tst_DiffAlgo::semanticCleanup()
{
    QFETCH(Script, script);
    QFETCH(std::vector<int>, barrier);
    QFETCH(Script, expected);
    std::vector<int> wa(64, 1), wb(64, 1);
    std::vector<char> ba(64, 0);
    for (size_t k = 0; k < barrier.size(); ++k)
        ba[k] = char(barrier[k]);
    QCOMPARE(cleanupSemantic(script, wa, wb, ba), expected);
}

void tst_DiffAlgo::cancel()
{
    std::vector<int> a(20000), b(20000);
    for (size_t k = 0; k < a.size(); ++k) {
        a[k] = int(k % 7);
        b[k] = int((k * 13) % 11);
    }
    std::atomic_bool stop{true};
    bool cancelled = false;
    (void)diffSequences(a, b, &stop, &cancelled);
    QVERIFY(cancelled);
}

QTEST_GUILESS_MAIN(tst_DiffAlgo)
#include "tst_diffalgo.moc"
