#include "diff/merge.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Merge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
};

void tst_Merge::merge_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("conflicts");

    const QString base = u"a\nb\nc\nd\ne"_s;
    QTest::newRow("nothing changed") << base << base << base << base << 0;
    QTest::newRow("only ours") << base << u"a\nB\nc\nd\ne"_s << base << u"a\nB\nc\nd\ne"_s << 0;
    QTest::newRow("only theirs") << base << base << u"a\nb\nc\nD\ne"_s << u"a\nb\nc\nD\ne"_s << 0;
    QTest::newRow("both, different lines") << base << u"a\nB\nc\nd\ne"_s << u"a\nb\nc\nD\ne"_s << u"a\nB\nc\nD\ne"_s << 0;
    QTest::newRow("both, the same change once") << base << u"a\nB\nc\nd\ne"_s << u"a\nB\nc\nd\ne"_s << u"a\nB\nc\nd\ne"_s << 0;
    QTest::newRow("ours deletes, theirs inserts elsewhere") << base << u"a\nc\nd\ne"_s << u"a\nb\nc\nd\nx\ne"_s
                                                             << u"a\nc\nd\nx\ne"_s << 0;
    QTest::newRow("conflict: the same line changed differently") << base << u"a\nB1\nc\nd\ne"_s << u"a\nB2\nc\nd\ne"_s
                                                                  << u"a\n<<<<<<< here\nB1\n=======\nB2\n>>>>>>> disk\nc\nd\ne"_s << 1;
    QTest::newRow("conflict: two insertions at one place") << base << u"a\nb\nX\nc\nd\ne"_s << u"a\nb\nY\nc\nd\ne"_s
                                                           << u"a\nb\n<<<<<<< here\nX\n=======\nY\n>>>>>>> disk\nc\nd\ne"_s << 1;
    QTest::newRow("Cyrillic: a translator's edit and a colleague's")
        << u"# Политика\n\n## Сроки\n\nМы храним данные.\n\n## Права\n\nВы вправе."_s
        << u"# Политика\n\n## Сроки\n\nМы храним данные три года.\n\n## Права\n\nВы вправе."_s
        << u"# Политика\n\n## Сроки\n\nМы храним данные.\n\n## Права\n\nВы вправе получить сведения."_s
        << u"# Политика\n\n## Сроки\n\nМы храним данные три года.\n\n## Права\n\nВы вправе получить сведения."_s << 0;
}

void tst_Merge::merge()
{
    QFETCH(QString, base);
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    QFETCH(int, conflicts);
    const cw::diff::MergeResult r = cw::diff::mergeThreeWay(base, ours, theirs, u"here"_s, u"disk"_s);
    QCOMPARE(r.text, expected);
    QCOMPARE(r.conflicts, conflicts);
}

QTEST_GUILESS_MAIN(tst_Merge)
#include "tst_merge.moc"
