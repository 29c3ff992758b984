#include "text/spelling.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::text::Language;
using cw::text::SpellChecker;

class tst_Spelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isCorrect_data();
    void isCorrect();
    void suggestionsAndWordList();
    void misspelledRanges();
    void dictionaryFolders();

private:
    std::shared_ptr<SpellChecker> m_en, m_ru;
};

void tst_Spelling::initTestCase()
{
    auto en = SpellChecker::open(Language::English);
    auto ru = SpellChecker::open(Language::Russian);
    if (!en || !ru) // ./test.sh installs hunspell-en-us and hunspell-ru
        QSKIP(qPrintable((en ? ru.error() : en.error()).message));
    m_en = *en;
    m_ru = *ru;
}

void tst_Spelling::isCorrect_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");

    QTest::newRow("English: right") << u"en"_s << u"retention"_s << true;
    QTest::newRow("English: wrong") << u"en"_s << u"retension"_s << false;
    QTest::newRow("English: apostrophe") << u"en"_s << u"don’t"_s << true;
    QTest::newRow("English: capitalised") << u"en"_s << u"Controller"_s << true;
    QTest::newRow("English: American spelling") << u"en"_s << u"organization"_s << true;
    QTest::newRow("English: British spelling") << u"en"_s << u"localisation"_s << true;
    QTest::newRow("English: British spelling, capitalised") << u"en"_s << u"Localisation"_s << true;
    QTest::newRow("Cyrillic: a one-letter abbreviation (г.)") << u"ru"_s << u"г"_s << true;
    QTest::newRow("English: an abbreviation") << u"en"_s << u"GDPR"_s << true;
    QTest::newRow("English: with digits") << u"en"_s << u"ISO27001"_s << true;
    QTest::newRow("English: a Cyrillic word is not English's to judge") << u"en"_s << u"оператор"_s << true;
    QTest::newRow("Cyrillic: right") << u"ru"_s << u"персональных"_s << true;
    QTest::newRow("Cyrillic: wrong") << u"ru"_s << u"персональых"_s << false;
    QTest::newRow("Cyrillic: ё written as е") << u"ru"_s << u"учетной"_s << true;
    QTest::newRow("Cyrillic: ё") << u"ru"_s << u"учётной"_s << true;
    QTest::newRow("Cyrillic: a Latin brand name in Russian text") << u"ru"_s << u"Firefox"_s << true;
    QTest::newRow("Cyrillic: an abbreviation") << u"ru"_s << u"ОГРН"_s << true;
}

void tst_Spelling::isCorrect()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(bool, correct);
    SpellChecker &checker = language == u"ru"_s ? *m_ru : *m_en;
    QCOMPARE(checker.isCorrect(word), correct);
    QCOMPARE(checker.isCorrect(word), correct); // cached
}

void tst_Spelling::suggestionsAndWordList()
{
    QVERIFY(m_en->suggestions(u"retension"_s).contains(u"retention"_s));
    QVERIFY(m_ru->suggestions(u"персональых"_s).contains(u"персональных"_s));
    QVERIFY(!m_ru->isCorrect(u"Кварцмост"_s));
    m_ru->addWord(u"Кварцмост"_s);
    QVERIFY(m_ru->isCorrect(u"Кварцмост"_s));
}

void tst_Spelling::misspelledRanges()
{
    const QString text = u"Мы храним персональые данные в течение трёх лет."_s;
    const auto ranges = m_ru->misspelled(text);
    QCOMPARE(ranges.size(), size_t(1));
    QCOMPARE(text.mid(ranges[0].first, ranges[0].second - ranges[0].first), u"персональые"_s);
    QVERIFY(m_en->misspelled(u"We keep personal data."_s).empty());
}

void tst_Spelling::dictionaryFolders()
{
    qputenv("CLAUSEWRIGHT_DICTIONARIES", "");
    const QStringList dirs = SpellChecker::dictionaryDirs({u"/nowhere"_s});
    QCOMPARE(dirs.front(), u"/nowhere"_s);
    QVERIFY(dirs.contains(u"/usr/share/hunspell"_s));
}

QTEST_GUILESS_MAIN(tst_Spelling)
#include "tst_spelling.moc"
