#include "text/scripts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::text::MixedScriptWord;

namespace QTest {
template<>
char *toString(const MixedScriptWord &w)
{
    return qstrdup(QStringLiteral("{%1-%2 \"%3\" %4 -> \"%5\"}")
                       .arg(w.start)
                       .arg(w.end)
                       .arg(w.word, w.scripts, w.suggestion)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findMixedScriptWords_data();
    void findMixedScriptWords();
};

void TestScripts::findMixedScriptWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<MixedScriptWord>>("expected");

    using List = QList<MixedScriptWord>;

    QTest::newRow("nominal: Cyrillic О in a Latin word")
        << u"Мы используем \u041EfflineCRM."_s
        << List{{14, 24, u"\u041EfflineCRM"_s, u"Cyrillic+Latin"_s, u"OfflineCRM"_s}};
    QTest::newRow("nominal: Latin c in a Russian word")
        << u"Наш \u0441ерви\u0063 хранит данные"_s
        << List{{4, 10, u"\u0441ерви\u0063"_s, u"Cyrillic+Latin"_s, u"сервис"_s}};
    QTest::newRow("nominal: Latin letters first, Cyrillic majority")
        << u"cepвисы"_s << List{{0, 7, u"cepвисы"_s, u"Cyrillic+Latin"_s, u"сервисы"_s}};
    QTest::newRow("nominal: a tie with no context goes to the first letter's script")
        << u"cepвис"_s << List{{0, 6, u"cepвис"_s, u"Cyrillic+Latin"_s, QString()}};
    QTest::newRow("nominal: paypal with Cyrillic а")
        << u"Pay with p\u0430ypal today"_s
        << List{{9, 15, u"p\u0430ypal"_s, u"Cyrillic+Latin"_s, u"paypal"_s}};
    QTest::newRow("nominal: Greek omicron in an English word")
        << u"G\u03BFogle"_s << List{{0, 6, u"G\u03BFogle"_s, u"Greek+Latin"_s, u"Google"_s}};
    QTest::newRow("nominal: capital look-alike stays capital")
        << u"P\u0410YPAL"_s << List{{0, 6, u"P\u0410YPAL"_s, u"Cyrillic+Latin"_s, u"PAYPAL"_s}};
    QTest::newRow("nominal: Latin L has no Cyrillic twin, so no suggestion")
        << u"\u0420\u0435\u0422\u0420\u041EL"_s // РеТРОL
        << List{{0, 6, u"\u0420\u0435\u0422\u0420\u041EL"_s, u"Cyrillic+Latin"_s, QString()}};
    QTest::newRow("nominal: legitimately mixed word has no suggestion")
        << u"Яndex"_s << List{{0, 5, u"Яndex"_s, u"Cyrillic+Latin"_s, QString()}};
    QTest::newRow("nominal: two words found, offsets in UTF-16 units")
        << u"😀 \u0063ервис и Micr\u043Esoft"_s
        << List{{3, 9, u"\u0063ервис"_s, u"Cyrillic+Latin"_s, u"сервис"_s},
                {12, 21, u"Micr\u043Esoft"_s, u"Cyrillic+Latin"_s, u"Microsoft"_s}};
    QTest::newRow("nominal: tie goes to the text's main script")
        << u"Это \u0422o и то"_s // Cyrillic Т + Latin o in Russian text
        << List{{4, 6, u"\u0422o"_s, u"Cyrillic+Latin"_s, u"То"_s}};
    QTest::newRow("nominal: tie in English text goes to Latin")
        << u"This is \u0422o do"_s << List{{8, 10, u"\u0422o"_s, u"Cyrillic+Latin"_s, u"To"_s}};

    QTest::newRow("robustness: ordinary English") << u"We use iPhone apps and e-mail."_s << List{};
    QTest::newRow("robustness: ordinary Russian")
        << u"Оператор обрабатывает персональные данные субъектов, т. е. пользователей сервиса."_s << List{};
    QTest::newRow("robustness: hyphen splits the words") << u"CRM-система и Wi-Fi-сеть"_s << List{};
    QTest::newRow("robustness: Latin and Cyrillic side by side") << u"Google Аналитика"_s << List{};
    QTest::newRow("robustness: digits and marks are not a script") << u"ст.6 152-ФЗ 2FA e\u0301"_s << List{};
    QTest::newRow("robustness: empty") << QString() << List{};
}

void TestScripts::findMixedScriptWords()
{
    QFETCH(QString, text);
    QFETCH(QList<MixedScriptWord>, expected);
    QCOMPARE(cw::text::findMixedScriptWords(text), expected);
}

QTEST_APPLESS_MAIN(TestScripts)
#include "tst_scripts.moc"
