#include "text/stemmer.h"

#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using cw::text::Language;
using cw::text::Stemmer;

class TestStemmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stem_data();
    void stem();
    void move();
};

void TestStemmer::stem_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: English past tense") << Language::English << u"retained"_s << u"retain"_s;
    QTest::newRow("nominal: English plural") << Language::English << u"cookies"_s << u"cooki"_s;
    QTest::newRow("nominal: English capitalised") << Language::English << u"Processing"_s << u"process"_s;
    QTest::newRow("nominal: Russian genitive plural") << Language::Russian << u"данных"_s << u"дан"_s;
    QTest::newRow("nominal: Russian capitalised") << Language::Russian << u"Обработка"_s << u"обработк"_s;
    QTest::newRow("nominal: Russian verb") << Language::Russian << u"собираем"_s << u"собира"_s;
    QTest::newRow("nominal: Latin word in Russian text uses English")
        << Language::Russian << u"cookies"_s << u"cooki"_s;
    QTest::newRow("nominal: Cyrillic word in English text uses Russian")
        << Language::English << u"данных"_s << u"дан"_s;
    QTest::newRow("nominal: acronym in Russian text") << Language::Russian << u"CRM"_s << u"crm"_s;
    QTest::newRow("nominal: Russian ё") << Language::Russian << u"ещё"_s << u"ещ"_s;
    QTest::newRow("robustness: unknown language only lower-cases")
        << Language::Unknown << u"Данных"_s << u"данных"_s;
    QTest::newRow("robustness: unknown language, Latin") << Language::Unknown << u"Retained"_s << u"retained"_s;
    QTest::newRow("robustness: empty") << Language::Russian << QString() << QString();
    QTest::newRow("robustness: digits") << Language::English << u"2022"_s << u"2022"_s;
    QTest::newRow("robustness: mixed-script word keeps own language's stemmer")
        << Language::Russian << u"сервиc"_s << u"сервиc"_s;
}

void TestStemmer::stem()
{
    QFETCH(Language, language);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const Stemmer stemmer(language);
    QCOMPARE(stemmer.language(), language);
    QCOMPARE(stemmer.stem(word), expected);
}

void TestStemmer::move()
{
    Stemmer a(Language::Russian);
    Stemmer b(std::move(a));
    QCOMPARE(b.stem(u"данных"), u"дан"_s);
    Stemmer c(Language::English);
    c = std::move(b);
    QCOMPARE(c.language(), Language::Russian);
    QCOMPARE(c.stem(u"политики"), u"политик"_s);
}

QTEST_APPLESS_MAIN(TestStemmer)
#include "tst_stemmer.moc"
