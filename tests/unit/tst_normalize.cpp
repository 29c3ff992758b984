#include "text/normalize.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::text::NormalizeOption;
using cw::text::NormalizeOptions;

class TestNormalize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void options_data();
    void options();
    void sameWords_data();
    void sameWords();
    void idempotent_data();
    void idempotent();
};

void TestNormalize::options_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NormalizeOptions>("options");
    QTest::addColumn<QString>("expected");

    const NormalizeOptions none;
    const NormalizeOptions all = cw::text::AllNormalizeOptions;

    QTest::newRow("nominal: no options leave the text alone")
        << u"  «Ёлка» — “Tree”\u00A0ﬁ "_s << none << u"  «Ёлка» — “Tree”\u00A0ﬁ "_s;

    // Compatibility
    QTest::newRow("nominal: NFKC ligature") << u"ﬁle"_s << NormalizeOptions(NormalizeOption::Compatibility)
                                           << u"file"_s;
    QTest::newRow("nominal: NFKC full-width and superscript")
        << u"ＡＢＣ m²"_s << NormalizeOptions(NormalizeOption::Compatibility) << u"ABC m2"_s;
    QTest::newRow("nominal: NFKC composes decomposed й")
        << u"и\u0306"_s << NormalizeOptions(NormalizeOption::Compatibility) << u"й"_s;
    QTest::newRow("nominal: NFKC keeps ё") << u"ёж"_s << NormalizeOptions(NormalizeOption::Compatibility)
                                          << u"ёж"_s;

    // CaseFold
    QTest::newRow("nominal: case fold Latin") << u"Privacy POLICY"_s << NormalizeOptions(NormalizeOption::CaseFold)
                                              << u"privacy policy"_s;
    QTest::newRow("nominal: case fold Cyrillic") << u"ПОЛИТИКА Конфиденциальности"_s
                                                 << NormalizeOptions(NormalizeOption::CaseFold)
                                                 << u"политика конфиденциальности"_s;
    QTest::newRow("nominal: full case folding ß") << u"Straße"_s << NormalizeOptions(NormalizeOption::CaseFold)
                                                  << u"strasse"_s;
    QTest::newRow("nominal: case fold keeps Ё as ё") << u"ЁЛКА"_s << NormalizeOptions(NormalizeOption::CaseFold)
                                                     << u"ёлка"_s;

    // Quotes
    QTest::newRow("nominal: guillemets") << u"«Яндекс»"_s << NormalizeOptions(NormalizeOption::Quotes)
                                         << u"\"Яндекс\""_s;
    QTest::newRow("nominal: German low-high quotes") << u"„Daten“"_s << NormalizeOptions(NormalizeOption::Quotes)
                                                     << u"\"Daten\""_s;
    QTest::newRow("nominal: curly double quotes") << u"“data” ‟x”"_s << NormalizeOptions(NormalizeOption::Quotes)
                                                  << u"\"data\" \"x\""_s;
    QTest::newRow("nominal: single quotes around a word become double")
        << u"‘data’ ‚x‘ ‛y’ `z`"_s << NormalizeOptions(NormalizeOption::Quotes) << u"\"data\" \"x\" \"y\" \"z\""_s;
    QTest::newRow("nominal: primes") << u"5′ 6″"_s << NormalizeOptions(NormalizeOption::Quotes) << u"5\" 6\""_s;
    QTest::newRow("nominal: apostrophe inside a word") << u"don’t we’re"_s
                                                       << NormalizeOptions(NormalizeOption::Quotes)
                                                       << u"don't we're"_s;
    QTest::newRow("nominal: apostrophe inside a Cyrillic word")
        << u"д’Артаньян"_s << NormalizeOptions(NormalizeOption::Quotes) << u"д'Артаньян"_s;
    QTest::newRow("nominal: ASCII apostrophe stays one") << u"it's"_s << NormalizeOptions(NormalizeOption::Quotes)
                                                         << u"it's"_s;
    QTest::newRow("nominal: ASCII quote at word end becomes double")
        << u"'x' users'"_s << NormalizeOptions(NormalizeOption::Quotes) << u"\"x\" users\""_s;

    // Dashes
    QTest::newRow("nominal: all listed dashes") << u"a‐b‑c‒d–e—f―g−h"_s
                                                << NormalizeOptions(NormalizeOption::Dashes)
                                                << u"a-b-c-d-e-f-g-h"_s;
    QTest::newRow("nominal: Russian em dash") << u"Оператор — это компания"_s
                                              << NormalizeOptions(NormalizeOption::Dashes)
                                              << u"Оператор - это компания"_s;

    // Spaces
    QTest::newRow("nominal: runs and trimming") << u" \t a\u00A0\u00A0b\u2009c\n\r\nd\u2028 "_s
                                                << NormalizeOptions(NormalizeOption::Spaces)
                                                << u"a b c d"_s;
    QTest::newRow("nominal: NBSP in Russian") << u"ст.\u00A06 ФЗ\u202F№\u00A0152"_s
                                              << NormalizeOptions(NormalizeOption::Spaces)
                                              << u"ст. 6 ФЗ № 152"_s;
    QTest::newRow("robustness: only spaces") << u" \u00A0\t\n"_s << NormalizeOptions(NormalizeOption::Spaces)
                                             << QString();

    // Yo
    QTest::newRow("nominal: ё and Ё") << u"Ёлка и ещё"_s << NormalizeOptions(NormalizeOption::Yo)
                                      << u"Елка и еще"_s;
    QTest::newRow("nominal: decomposed ё") << u"е\u0308ж Е\u0308"_s << NormalizeOptions(NormalizeOption::Yo)
                                           << u"еж Е"_s;
    QTest::newRow("robustness: Latin ë untouched") << u"Zoë"_s << NormalizeOptions(NormalizeOption::Yo)
                                                   << u"Zoë"_s;

    // Combinations
    QTest::newRow("nominal: all options, Russian")
        << u"  «Ещё\u00A0РАЗ» —\tпро ОБРАБОТКУ   "_s << all << u"\"еще раз\" - про обработку"_s;
    QTest::newRow("nominal: all options, English")
        << u"We’ll  ﬁle “Personal\u00A0Data”\u2014ＮＯＷ"_s << all << u"we'll file \"personal data\"-now"_s;
    QTest::newRow("nominal: all options, double prime is one quote")
        << u"12″"_s << all << u"12\""_s;
    QTest::newRow("nominal: NFKC without Quotes splits ″")
        << u"12″"_s << NormalizeOptions(NormalizeOption::Compatibility) << u"12′′"_s;
    QTest::newRow("nominal: NFKC then quotes: full-width grave")
        << u"｀x｀"_s << (NormalizeOptions(NormalizeOption::Compatibility) | NormalizeOption::Quotes)
        << u"\"x\""_s;
    QTest::newRow("nominal: NFKC turns NBSP into a space even without Spaces")
        << u"a\u00A0b"_s << NormalizeOptions(NormalizeOption::Compatibility) << u"a b"_s;
    QTest::newRow("robustness: empty") << QString() << all << QString();
    QTest::newRow("robustness: emoji and CJK pass through") << u"ДА 😀 日本"_s << all << u"да 😀 日本"_s;
}

void TestNormalize::options()
{
    QFETCH(QString, text);
    QFETCH(NormalizeOptions, options);
    QFETCH(QString, expected);
    QCOMPARE(cw::text::normalizeForComparison(text, options), expected);
}

void TestNormalize::sameWords_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("nominal: Russian quotes, ё, case, NBSP")
        << u"Сервис «Ёж»\u00A0— оператор"_s << u"сервис \"еж\" - Оператор"_s << true;
    QTest::newRow("nominal: English typography") << u"“Cookies” — small files"_s
                                                 << u"\"cookies\" - Small  files"_s << true;
    QTest::newRow("nominal: different words stay different") << u"данные"_s << u"данных"_s << false;
    QTest::newRow("nominal: hyphen and dash compare equal") << u"e‑mail"_s << u"E-mail"_s << true;
    QTest::newRow("robustness: Latin look-alike is not folded") << u"сервис"_s << u"cервис"_s << false;
}

void TestNormalize::sameWords()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(cw::text::normalizeForComparison(a) == cw::text::normalizeForComparison(b), equal);
}

void TestNormalize::idempotent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("nominal: Russian") << u" «Ёлка» — ‘ель’, ЁЖ\u00A0и\u2009ещё "_s;
    QTest::newRow("nominal: English") << u"It’s “ﬁne” – Straße ² ′x′"_s;
}

void TestNormalize::idempotent()
{
    QFETCH(QString, text);
    const QString once = cw::text::normalizeForComparison(text);
    QCOMPARE(cw::text::normalizeForComparison(once), once);
}

QTEST_APPLESS_MAIN(TestNormalize)
#include "tst_normalize.moc"
