#include "text/segmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::text::Language;
using cw::text::Span;
using cw::text::Token;
using cw::text::TokenKind;

namespace {

char kindLetter(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Word:
        return 'W';
    case TokenKind::Number:
        return 'N';
    case TokenKind::Space:
        return 'S';
    case TokenKind::Punctuation:
        return 'P';
    }
    return '?';
}

// "W:Hello|S: |N:2022": compact, and a failure shows both token lists side by side.
QString describe(QStringView text, const QList<Token> &tokens)
{
    QStringList parts;
    for (const Token &t : tokens)
        parts.append(QChar::fromLatin1(kindLetter(t.kind)) + u':' + text.sliced(t.start, t.length()));
    return parts.join(u'|');
}

QStringList sentenceTexts(QStringView text, const QList<Span> &spans)
{
    QStringList out;
    for (const Span &s : spans)
        out.append(text.sliced(s.start, s.end - s.start).toString());
    return out;
}

} // namespace

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void coverage_data();
    void coverage();
    void words_data();
    void words();
    void sameAsIcu_data();
    void sameAsIcu();
    void sentences_data();
    void sentences();
    void offsets();
};

void TestSegmenter::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: English words and punctuation")
        << u"We don't sell data."_s << Language::English << u"W:We|S: |W:don't|S: |W:sell|S: |W:data|P:."_s;
    QTest::newRow("nominal: Russian words")
        << u"Мы не продаём данные!"_s << Language::Russian << u"W:Мы|S: |W:не|S: |W:продаём|S: |W:данные|P:!"_s;
    QTest::newRow("nominal: numbers as ICU groups them")
        << u"1,000 users, 3.5% in 2022"_s << Language::English
        << u"N:1,000|S: |W:users|P:,|S: |N:3.5|P:%|S: |W:in|S: |N:2022"_s;
    QTest::newRow("nominal: Russian decimal comma")
        << u"Срок 3,5 года с 2022 г."_s << Language::Russian
        << u"W:Срок|S: |N:3,5|S: |W:года|S: |W:с|S: |N:2022|S: |W:г|P:."_s;
    QTest::newRow("nominal: hyphen splits ICU words")
        << u"CRM-система"_s << Language::Russian << u"W:CRM|P:-|W:система"_s;
    QTest::newRow("nominal: whitespace run is one token")
        << u"a \u00A0\t\n\n b"_s << Language::English << u"W:a|S: \u00A0\t\n\n |W:b"_s;
    QTest::newRow("nominal: leading and trailing space")
        << u"  да  "_s << Language::Russian << u"S:  |W:да|S:  "_s;
    QTest::newRow("nominal: letters with digits are a word (ICU says number)")
        << u"GDPR2 v2 2FA Ф3"_s << Language::English << u"W:GDPR2|S: |W:v2|S: |W:2FA|S: |W:Ф3"_s;
    QTest::newRow("nominal: e-mail address is one ICU word")
        << u"dpo@example.ru"_s << Language::Russian << u"W:dpo@example.ru"_s;
    QTest::newRow("robustness: emoji is punctuation")
        << u"ок 😀!"_s << Language::Russian << u"W:ок|S: |P:😀|P:!"_s;
    QTest::newRow("robustness: space with a combining mark is not a Space token")
        << u"a \u0301b"_s << Language::English << u"W:a|P: \u0301|W:b"_s;
    QTest::newRow("robustness: empty") << QString() << Language::English << QString();
    QTest::newRow("robustness: unknown language") << u"Да, yes."_s << Language::Unknown
                                                  << u"W:Да|P:,|S: |W:yes|P:."_s;
}

void TestSegmenter::tokenize()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    QCOMPARE(describe(text, cw::text::tokenize(text, language)), expected);
}

void TestSegmenter::coverage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");

    QTest::newRow("nominal: English paragraph")
        << u"We (\"the Company\") process 1,000 records/day — see §5.2, e.g. logs.\r\n\r\nQuestions? Mail dpo@example.com."_s
        << Language::English;
    QTest::newRow("nominal: Russian paragraph")
        << u"ООО «Ромашка» (далее — Оператор) обрабатывает данные с 01.01.2022 г., т. е. ещё до вступления ч. 1 ст. 6 152-ФЗ.\n\t…"_s
        << Language::Russian;
    QTest::newRow("robustness: surrogates, marks and controls")
        << u"𝐀𝐁 😀👍🏽 е\u0308 \u200B\u200D x\u0000y\u0007 \uFEFF"_s << Language::Unknown;
    QTest::newRow("robustness: lone surrogate") << QString(QChar(0xD800)) + u"ab"_s << Language::English;
}

// Tokens cover the text without gaps or overlaps: concatenating them gives the text back.
void TestSegmenter::coverage()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    const QList<Token> tokens = cw::text::tokenize(text, language);
    QVERIFY(!tokens.isEmpty());
    qsizetype at = 0;
    QString joined;
    for (const Token &t : tokens) {
        QCOMPARE(t.start, at);
        QVERIFY(t.end > t.start);
        joined += text.sliced(t.start, t.length());
        at = t.end;
    }
    QCOMPARE(at, text.size());
    QCOMPARE(joined, text);
    // Two Space tokens never touch.
    for (qsizetype i = 1; i < tokens.size(); ++i)
        QVERIFY(!(tokens[i].kind == TokenKind::Space && tokens[i - 1].kind == TokenKind::Space));
}

void TestSegmenter::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: Russian") << u"Срок — 3 года, не более."_s << u"W:Срок|N:3|W:года|W:не|W:более"_s;
    QTest::newRow("nominal: English") << u"Keep it (for 30 days)!"_s << u"W:Keep|W:it|W:for|N:30|W:days"_s;
    QTest::newRow("no letter, no word: '@' and '_' alone") << u"a @ b _ c __ d@ @e Ж_"_s << u"W:a|W:b|W:c|W:d@|W:@e|W:Ж_"_s;
    QTest::newRow("robustness: no words") << u" — … !"_s << QString();
}

void TestSegmenter::words()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Language language = cw::text::detectLanguage(text);
    QCOMPARE(describe(text, cw::text::words(text, language)), expected);
}

// tokenize() and wordCount() cut most lines without ICU: they must agree with ICU's own
// segmentation, on their fast path, off it and where a text mixes lines of both.
void TestSegmenter::sameAsIcu_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("nominal: English") << u"We don't sell data (see Art. 6, 1.2) — ever.\n\n## 2. Cookies"_s;
    QTest::newRow("nominal: Russian") << u"Срок хранения — 3 года; «ё-мобиль» и т. д.\r\n\r\n* Оператор: ООО «Ромашка»"_s;
    QTest::newRow("kinds: digits and letters, '@' alone and joined")
        << u"v2 2v a1b2 1a 1.5 a.b @2 2@ 1,000 @ @@ a@ 1@2 a2.3 2.a a.2 x1,2 a'b 1'2 12a.b Ф3 3Ф"_s;
    QTest::newRow("ICU: an e-mail address is one word") << u"privacy@example.com, @b и почта@пример.рф"_s;
    QTest::newRow("joins: middle characters")
        << u"a:b a·b 1·2 x.y don’t ‘q’ 3;4 e.g. a..b 1,a a,1 .a. ,1, :b: 'd' ab:12 12:ab 1,000.50"_s;
    QTest::newRow("punctuation and symbols one by one")
        << u"--- ... «»—– №5 §3 €10 ₽20 ©© ®2024 ±1 ×÷ Müller×Straße Ёжик№5 \t\v\f\u00A0x"_s;
    QTest::newRow("off the fast path: marks, underscore, soft hyphen, NNBSP")
        << u"приве́т snake_case pri\u00ADvacy 10\u202F000 руб.\nobычная строка после"_s;
    QTest::newRow("off the fast path: other scripts, emoji, a line feed inside")
        << u"日本語 テスト\n😀 ok 👍🏽\r\nmixed Ж𝐀 line\n"_s;
    QTest::newRow("robustness: empty") << QString();
    QTest::newRow("robustness: no words, line breaks only") << u" — … ! \n\n\r\n \n\t"_s;
    QTest::newRow("robustness: controls and a lone surrogate") << u"x\u0000y\u0007 "_s + QChar(0xD800) + u"ab"_s;
}

void TestSegmenter::sameAsIcu()
{
    QFETCH(QString, text);
    for (const Language language : {Language::English, Language::Russian, Language::Unknown}) {
        const QList<Token> icu = cw::text::detail::tokenizeWithIcu(text, language);
        QCOMPARE(describe(text, cw::text::tokenize(text, language)), describe(text, icu));
        const auto icuWords = std::count_if(icu.begin(), icu.end(), [](const Token &t) {
            return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
        });
        QCOMPARE(cw::text::wordCount(text, language), qsizetype(icuWords));
    }
}

void TestSegmenter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: English sentences")
        << u"We collect data. We keep it safe! Do you agree?"_s << Language::English
        << QStringList{u"We collect data."_s, u"We keep it safe!"_s, u"Do you agree?"_s};
    QTest::newRow("nominal: Mr. and e.g. do not split (ICU exceptions)")
        << u"Mr. Smith is our DPO. Send requests, e.g. access requests, to him."_s << Language::English
        << QStringList{u"Mr. Smith is our DPO."_s, u"Send requests, e.g. access requests, to him."_s};
    QTest::newRow("nominal: an exception only matches a whole token")
        << u"Ask our DPO. Or the CEO. Then wait."_s << Language::English
        << QStringList{u"Ask our DPO."_s, u"Or the CEO."_s, u"Then wait."_s};
    QTest::newRow("nominal: exception after an opening bracket")
        << u"Rights (Art. 15 GDPR) apply."_s << Language::English
        << QStringList{u"Rights (Art. 15 GDPR) apply."_s};
    QTest::newRow("nominal: multi-word ICU exception до н. э.")
        << u"В 300 г. до н. э. Рим рос."_s << Language::Russian
        << QStringList{u"В 300 г. до н. э. Рим рос."_s};
    QTest::newRow("nominal: Art. and Dr. do not split (our additions)")
        << u"See Art. 6 GDPR. Dr. Brown decides."_s << Language::English
        << QStringList{u"See Art. 6 GDPR."_s, u"Dr. Brown decides."_s};
    QTest::newRow("nominal: Russian sentences")
        << u"Мы собираем данные. Мы храним их. Согласны?"_s << Language::Russian
        << QStringList{u"Мы собираем данные."_s, u"Мы храним их."_s, u"Согласны?"_s};
    QTest::newRow("nominal: т. е. before a lower-case word does not split")
        << u"Оператор, т. е. компания, обрабатывает данные. Далее."_s << Language::Russian
        << QStringList{u"Оператор, т. е. компания, обрабатывает данные."_s, u"Далее."_s};
    QTest::newRow("nominal: ч. and ст. before a number do not split")
        << u"Согласно ч. 1 ст. 6 закона. См. Приложение 1."_s << Language::Russian
        << QStringList{u"Согласно ч. 1 ст. 6 закона."_s, u"См. Приложение 1."_s};
    QTest::newRow("nominal: a clause number with its full stop does not split")
        << u"Направьте запрос по адресу, указанному в пункте 1.1. Политики, либо по почте. Согласно п. 3.2. Договора "
           "срок — 10 дней. Данные указаны в пункте 4.1. Оператор хранит их. См. пункт 5. Политика действует."_s
        << Language::Russian
        << QStringList{u"Направьте запрос по адресу, указанному в пункте 1.1. Политики, либо по почте."_s,
                       u"Согласно п. 3.2. Договора срок — 10 дней."_s, u"Данные указаны в пункте 4.1."_s,
                       u"Оператор хранит их."_s, u"См. пункт 5."_s, u"Политика действует."_s};
    QTest::newRow("nominal: a date before № does not split")
        << u"Закон от 27 июля 2006 г. № 152-ФЗ применяется. Приказ от 18.02.2013. № 21 тоже. Далее."_s
        << Language::Russian
        << QStringList{u"Закон от 27 июля 2006 г. № 152-ФЗ применяется."_s, u"Приказ от 18.02.2013. № 21 тоже."_s,
                       u"Далее."_s};
    QTest::newRow("nominal: ул. is in ICU's Russian list")
        << u"Адрес: Москва, ул. Ленина, 5."_s << Language::Russian
        << QStringList{u"Адрес: Москва, ул. Ленина, 5."_s};
    // What ICU does not know, and we do not pretend to: a capital after "т. е." or after an
    // initial starts a new sentence; "и т. д." ends one.
    QTest::newRow("limitation: т. е. before a capital splits")
        << u"Это т. е. Компания."_s << Language::Russian << QStringList{u"Это т. е."_s, u"Компания."_s};
    QTest::newRow("limitation: initials split")
        << u"Подписал Иванов И. И. Петров."_s << Language::Russian
        << QStringList{u"Подписал Иванов И."_s, u"И."_s, u"Петров."_s};
    QTest::newRow("nominal: и т. д. ends a sentence")
        << u"Имя, адрес и т. д. Далее."_s << Language::Russian
        << QStringList{u"Имя, адрес и т. д."_s, u"Далее."_s};
    QTest::newRow("nominal: whitespace trimmed, whitespace-only dropped")
        << u"  Первое.   \n\n  Второе.\n \t"_s << Language::Russian
        << QStringList{u"Первое."_s, u"Второе."_s};
    QTest::newRow("nominal: paragraph break ends a sentence")
        << u"Heading\n\nBody text."_s << Language::English << QStringList{u"Heading"_s, u"Body text."_s};
    QTest::newRow("robustness: only whitespace") << u" \n\u00A0 "_s << Language::English << QStringList{};
    QTest::newRow("robustness: empty") << QString() << Language::Russian << QStringList{};
    QTest::newRow("robustness: unknown language gets both lists")
        << u"Mr. Smith, см. п. 5. Ok."_s << Language::Unknown
        << QStringList{u"Mr. Smith, см. п. 5."_s, u"Ok."_s};
}

void TestSegmenter::sentences()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(QStringList, expected);
    QCOMPARE(sentenceTexts(text, cw::text::sentences(text, language)), expected);
}

// Offsets are UTF-16 code units of the input, also after characters outside the BMP.
void TestSegmenter::offsets()
{
    const QString text = u"😀 Да. 𝐀b."_s;
    const QList<Token> tokens = cw::text::tokenize(text, Language::Russian);
    // 😀, " ", Да, ".", " ", 𝐀b, "."
    QCOMPARE(tokens.size(), 7);
    QCOMPARE(tokens[2], (Token{3, 5, TokenKind::Word}));
    QCOMPARE(tokens[5], (Token{7, 10, TokenKind::Word}));
    const QList<Span> spans = cw::text::sentences(text, Language::Russian);
    QCOMPARE(spans, (QList<Span>{{0, 6}, {7, 11}}));
}

QTEST_APPLESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
