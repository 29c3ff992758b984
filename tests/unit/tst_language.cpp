#include "text/language.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::text::Language;

namespace QTest {
template<>
char *toString(const Language &language)
{
    return qstrdup(cw::text::languageCode(language).toUtf8().constData());
}
} // namespace QTest

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageCode_data();
    void languageCode();
    void languageFromCode_data();
    void languageFromCode();
    void detectLanguage_data();
    void detectLanguage();
};

void TestLanguage::languageCode_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("code");

    QTest::newRow("nominal: English") << Language::English << u"en"_s;
    QTest::newRow("nominal: Russian (русский)") << Language::Russian << u"ru"_s;
    QTest::newRow("nominal: unknown") << Language::Unknown << u"und"_s;
}

void TestLanguage::languageCode()
{
    QFETCH(Language, language);
    QFETCH(QString, code);
    QCOMPARE(cw::text::languageCode(language), code);
    // Every code reads back as the language it came from.
    QCOMPARE(cw::text::languageFromCode(code), language);
}

void TestLanguage::languageFromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Language>("expected");

    QTest::newRow("nominal: en") << u"en"_s << Language::English;
    QTest::newRow("nominal: ru") << u"ru"_s << Language::Russian;
    QTest::newRow("nominal: name, any case") << u"English"_s << Language::English;
    QTest::newRow("nominal: RUSSIAN") << u"RUSSIAN"_s << Language::Russian;
    QTest::newRow("nominal: upper-case code") << u"RU"_s << Language::Russian;
    QTest::newRow("robustness: Cyrillic name is not a code") << u"русский"_s << Language::Unknown;
    QTest::newRow("robustness: region subtag not accepted") << u"en-US"_s << Language::Unknown;
    QTest::newRow("robustness: und") << u"und"_s << Language::Unknown;
    QTest::newRow("robustness: empty") << QString() << Language::Unknown;
    QTest::newRow("robustness: padded") << u" en"_s << Language::Unknown;
}

void TestLanguage::languageFromCode()
{
    QFETCH(QString, code);
    QFETCH(Language, expected);
    QCOMPARE(cw::text::languageFromCode(code), expected);
}

void TestLanguage::detectLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("expected");

    QTest::newRow("nominal: English sentence")
        << u"We collect your e-mail address to send you receipts."_s << Language::English;
    QTest::newRow("nominal: Russian sentence")
        << u"Мы собираем адрес электронной почты, чтобы отправлять вам чеки."_s << Language::Russian;
    QTest::newRow("nominal: Russian with Latin product names")
        << u"Данные хранятся в CRM и Google Analytics на серверах в Европе."_s << Language::Russian;
    QTest::newRow("nominal: English with one Russian word")
        << u"The word for \"data\" is данные in Russian."_s << Language::English;
    QTest::newRow("nominal: URLs and e-mails are ignored")
        << u"Пишите: privacy-officer@example-company.com, https://www.example-company.com/privacy/policy?lang=ru www.example.org/contact"_s
        << Language::Russian;
    QTest::newRow("nominal: e-mail in angle brackets ignored")
        << u"Вопросы <dataprotection.requests@company.example>"_s << Language::Russian;
    QTest::newRow("robustness: only a URL")
        << u"https://example.com/privacy"_s << Language::Unknown;
    QTest::newRow("robustness: too few letters") << u"OK"_s << Language::Unknown;
    QTest::newRow("robustness: two Cyrillic letters") << u"да"_s << Language::Unknown;
    QTest::newRow("robustness: three Cyrillic letters") << u"нет"_s << Language::Russian;
    QTest::newRow("robustness: digits and punctuation") << u"1.2.3 — 2022 (§ 5)"_s << Language::Unknown;
    QTest::newRow("robustness: empty") << QString() << Language::Unknown;
    QTest::newRow("robustness: equal counts") << u"abc где"_s << Language::Unknown;
    QTest::newRow("robustness: Greek letters count for neither") << u"αβγδε abc"_s << Language::English;
}

void TestLanguage::detectLanguage()
{
    QFETCH(QString, text);
    QFETCH(Language, expected);
    QCOMPARE(cw::text::detectLanguage(text), expected);
}

QTEST_APPLESS_MAIN(TestLanguage)
#include "tst_language.moc"
