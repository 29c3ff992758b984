#include "diff/interner.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Interner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids_data();
    void ids();
    void manyKeys();
};

// Keys are interned in order; each row gives the id each one must get.
void tst_Interner::ids_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("nominal: repeated words") << QStringList{u"the"_s, u"data"_s, u"the"_s, u"data"_s, u"of"_s}
                                             << QList<int>{0, 1, 0, 1, 2};
    QTest::newRow("nominal: Cyrillic, case and ё count") << QStringList{u"Данные"_s, u"данные"_s, u"ещё"_s, u"еще"_s, u"данные"_s}
                                                        << QList<int>{0, 1, 2, 3, 1};
    // Keys of 1 to 9 characters that differ only in their last one, or only in their length:
    // the hash reads the last bytes with loads that overlap.
    QTest::newRow("tails: same start, last character differs")
        << QStringList{u"a"_s, u"b"_s, u"abcd"_s, u"abce"_s, u"abcdefg"_s, u"abcdefh"_s, u"abcdefghi"_s, u"abcdefghj"_s, u"abce"_s}
        << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 3};
    QTest::newRow("tails: prefixes of one another") << QStringList{u"ab"_s, u"abc"_s, u"abcd"_s, u"abcde"_s, u"ab"_s, u"abcde"_s}
                                                    << QList<int>{0, 1, 2, 3, 0, 3};
    QTest::newRow("robustness: empty key") << QStringList{QString(), u"x"_s, QString()} << QList<int>{0, 1, 0};
}

void tst_Interner::ids()
{
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, expected);
    cw::diff::Interner interner(1);
    QList<int> ids;
    for (const QString &k : keys)
        ids << interner.id(k.utf16(), k.size() * qsizetype(sizeof(char16_t)));
    QCOMPARE(ids, expected);
    QCOMPARE(interner.size(), qsizetype(*std::max_element(expected.begin(), expected.end()) + 1));
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(interner.find(keys[i].utf16(), keys[i].size() * qsizetype(sizeof(char16_t))), expected[i]);
    const QString unknown = u"ключ, которого нет"_s;
    QCOMPARE(interner.find(unknown.utf16(), unknown.size() * qsizetype(sizeof(char16_t))), -1);
}

// Growing the table many times keeps every id.
void tst_Interner::manyKeys()
{
    QStringList keys;
    for (int i = 0; i < 20000; ++i)
        keys << (i % 2 ? u"слово%1"_s : u"word%1"_s).arg(i);
    cw::diff::Interner interner(1);
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(interner.id(keys[i].utf16(), keys[i].size() * 2), i);
    for (int i = keys.size(); i-- > 0;)
        QCOMPARE(interner.id(keys[i].utf16(), keys[i].size() * 2), i);
    QCOMPARE(interner.size(), keys.size());
}

QTEST_GUILESS_MAIN(tst_Interner)
#include "tst_interner.moc"
