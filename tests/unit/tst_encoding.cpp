#include "text/encoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::text::DecodedText;
using cw::text::MojibakeSpan;

namespace QTest {
template<>
char *toString(const MojibakeSpan &s)
{
    return qstrdup(QStringLiteral("{%1-%2 \"%3\"}").arg(s.start).arg(s.end).arg(s.repaired).toUtf8().constData());
}
} // namespace QTest

namespace {

const QString kRussian =
    u"Настоящая Политика конфиденциальности (далее — «Политика») определяет порядок обработки "
    "персональных данных пользователей сервиса. Оператор обрабатывает ваши данные только с вашего "
    "согласия, т. е. после того, как вы его дали. Мы храним данные не дольше 3 лет, а затем удаляем их.\n"
    "Если у вас есть вопросы, напишите нам: ещё раз спасибо, что выбрали нас! № 152-ФЗ."_s;

// KOI8-R has no « » — №.
const QString kRussianKoi8 = QString(kRussian)
                                 .replace(u'«', u'"')
                                 .replace(u'»', u'"')
                                 .replace(u'—', u'-')
                                 .replace(u'№', u'N');

const QString kRussianShort = u"Мы обрабатываем ваши персональные данные только с вашего согласия."_s;

const QString kRussianCaps = u"ПОЛИТИКА ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ. ОБЩИЕ ПОЛОЖЕНИЯ"_s;

const QString kEnglish =
    u"This Privacy Policy explains how we collect, use and share your personal data when you use "
    "our service. We keep your data for no longer than three years, and then we delete it.\n"
    "If you have questions, write to us."_s;

const QString kEnglishTypographic = u"We’ll keep “your” data — in the café — for 3 years."_s;

QByteArray bom(const QString &encoding)
{
    if (encoding == u"UTF-8")
        return QByteArray("\xEF\xBB\xBF");
    if (encoding == u"UTF-16LE")
        return QByteArray("\xFF\xFE");
    if (encoding == u"UTF-16BE")
        return QByteArray("\xFE\xFF");
    return {};
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void roundTrip_data();
    void roundTrip();
    void binary_data();
    void binary();
    void encode_data();
    void encode();
    void largeInput_data();
    void largeInput();
    void findMojibake_data();
    void findMojibake();
    void repairMojibake_data();
    void repairMojibake();
};

void TestEncoding::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hadBom");

    QTest::newRow("nominal: empty is empty text") << QByteArray() << QString() << u"UTF-8"_s << false;
    QTest::newRow("nominal: ASCII is UTF-8") << QByteArray("Hello,\r\n\tworld") << u"Hello,\r\n\tworld"_s
                                             << u"UTF-8"_s << false;
    QTest::newRow("nominal: UTF-8 Russian") << kRussianShort.toUtf8() << kRussianShort << u"UTF-8"_s << false;
    QTest::newRow("nominal: UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + u"Да"_s.toUtf8() << u"Да"_s
                                             << u"UTF-8"_s << true;
    QTest::newRow("nominal: only a UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") << QString() << u"UTF-8"_s << true;
    QTest::newRow("nominal: UTF-16LE with BOM") << QByteArray("\xFF\xFE\x14\x04\x30\x04", 6) << u"Да"_s
                                                << u"UTF-16LE"_s << true;
    QTest::newRow("nominal: UTF-16BE with BOM") << QByteArray("\xFE\xFF\x04\x14\x04\x30", 6) << u"Да"_s
                                                << u"UTF-16BE"_s << true;
    QTest::newRow("nominal: UTF-16LE without BOM, short Russian")
        << QByteArray("\x14\x04\x30\x04\x2C\x00\x20\x00\x34\x04\x30\x04", 12) << u"Да, да"_s << u"UTF-16LE"_s
        << false;
    QTest::newRow("nominal: UTF-16LE without BOM, Cyrillic only")
        << QByteArray("\x14\x04\x30\x04", 4) << u"Да"_s << u"UTF-16LE"_s << false;
    QTest::newRow("nominal: UTF-16BE without BOM, Cyrillic only")
        << QByteArray("\x04\x14\x04\x30", 4) << u"Да"_s << u"UTF-16BE"_s << false;
    QTest::newRow("nominal: windows-1251, one sentence")
        << QByteArray("\xCC\xFB \xEE\xE1\xF0\xE0\xE1\xE0\xF2\xFB\xE2\xE0\xE5\xEC \xE4\xE0\xED\xED\xFB\xE5.")
        << u"Мы обрабатываем данные."_s << u"windows-1251"_s << false;
    QTest::newRow("nominal: KOI8-R, one sentence")
        << QByteArray("\xED\xD9 \xCF\xC2\xD2\xC1\xC2\xC1\xD4\xD9\xD7\xC1\xC5\xCD \xC4\xC1\xCE\xCE\xD9\xC5.")
        << u"Мы обрабатываем данные."_s << u"KOI8-R"_s << false;
    QTest::newRow("nominal: windows-1252 quotes and accents")
        << QByteArray("\x93\x43\x61\x66\xE9\x94 na\xEFve \x80 5") << u"“Café” naïve € 5"_s << u"windows-1252"_s
        << false;
    QTest::newRow("nominal: ISO-8859-1 without C1 bytes")
        << QByteArray("Gr\xF6\xDF\x65, \xA3 5, se\xF1or") << u"Größe, £ 5, señor"_s << u"ISO-8859-1"_s << false;
    QTest::newRow("nominal: windows-1252 undefined byte kept as a control")
        << QByteArray("caf\xE9 \x81") << u"café \u0081"_s << u"windows-1252"_s << false;
    QTest::newRow("robustness: UTF-8 with one pasted windows-1252 quote")
        << u"Мы не продаём данные."_s.toUtf8() + QByteArray("\x92") << u"Мы не продаём данные.’"_s << u"UTF-8"_s
        << false;
    QTest::newRow("robustness: UTF-8 cut inside the last character")
        << u"данные"_s.toUtf8().chopped(1) << u"данны\u00D0"_s << u"UTF-8"_s << false;
    QTest::newRow("robustness: CESU/surrogate bytes are not UTF-8")
        << QByteArray("a\xED\xA0\x80z") << u"aí\u00A0€z"_s << u"windows-1252"_s << false;
    QTest::newRow("robustness: Latin-1 words with two accented letters")
        << QByteArray("Gr\xFC\xDF\x65 \xE0 Z\xFCrich, \xE9t\xE9") << u"Grüße à Zürich, été"_s << u"ISO-8859-1"_s
        << false;
    QTest::newRow("robustness: DOS end-of-file mark is text")
        << QByteArray("ok\r\n\x1A") << u"ok\r\n\x1A"_s << u"UTF-8"_s << false;
}

void TestEncoding::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, hadBom);
    const cw::Result<DecodedText> result = cw::text::decode(bytes, u"policy.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->text, text);
    QCOMPARE(result->encoding, encoding);
    QCOMPARE(result->hadBom, hadBom);
    QVERIFY(result->confidence >= 0 && result->confidence <= 100);
}

void TestEncoding::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("withBom");
    QTest::addColumn<QString>("detected");

    struct Sample
    {
        const char *name;
        QString text;
    };
    const Sample russian[] = {{"Russian paragraph", kRussianKoi8},
                              {"Russian sentence", kRussianShort},
                              {"Russian capitals", kRussianCaps}};
    for (const Sample &s : russian) {
        for (const QString &encoding : {u"windows-1251"_s, u"KOI8-R"_s}) {
            QTest::addRow("nominal: %s, %s", s.name, qPrintable(encoding)) << s.text << encoding << false << encoding;
        }
    }
    QTest::newRow("nominal: Russian paragraph with « — №, windows-1251")
        << kRussian << u"windows-1251"_s << false << u"windows-1251"_s;
    const Sample all[] = {{"Russian paragraph", kRussian},
                          {"English paragraph", kEnglish},
                          {"English typography", kEnglishTypographic}};
    for (const Sample &s : all) {
        for (const QString &encoding : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s}) {
            for (const bool withBom : {false, true}) {
                QTest::addRow("nominal: %s, %s%s", s.name, qPrintable(encoding), withBom ? " with BOM" : "")
                    << s.text << encoding << withBom << encoding;
            }
        }
    }
    QTest::newRow("nominal: English typography, windows-1252")
        << kEnglishTypographic << u"windows-1252"_s << false << u"windows-1252"_s;
    QTest::newRow("nominal: ASCII English in windows-1251 reads as UTF-8")
        << kEnglish << u"windows-1251"_s << false << u"UTF-8"_s;
}

// encode() then decode() gives the text back, and the encoding is recognised.
void TestEncoding::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, withBom);
    QFETCH(QString, detected);
    const QByteArray bytes = (withBom ? bom(encoding) : QByteArray()) + cw::text::encode(text, encoding);
    const cw::Result<DecodedText> result = cw::text::decode(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result->text, text);
    QCOMPARE(result->encoding, detected);
    QCOMPARE(result->hadBom, withBom);
}

void TestEncoding::binary_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("robustness: PNG header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
    QTest::newRow("robustness: NUL inside UTF-8 Russian")
        << u"Данные"_s.toUtf8() + QByteArray(1, '\0') + u"пользователей сервиса"_s.toUtf8();
    QTest::newRow("robustness: control characters") << QByteArray("ab\x01\x02\x03\x04\x05 cd");
    QTest::newRow("robustness: NUL on both byte parities") << QByteArray("a\0\0b\0c\0\0d\0\0\0", 12);
    QTest::newRow("robustness: UTF-16LE of control characters") << QByteArray("\x01\x00\x02\x00\x03\x00\x41\x00", 8);
    QTest::newRow("robustness: all zero bytes") << QByteArray(64, '\0');
    QTest::newRow("robustness: little-endian 16-bit integers") << QByteArray("\x05\x00\x10\x00\x7F\x00\x02\x00", 8);
    QTest::newRow("robustness: UTF-16 BOM then NUL characters") << QByteArray("\xFF\xFE\0\0\0\0A\0", 8);
    QTest::newRow("robustness: UTF-8 BOM then NUL") << QByteArray("\xEF\xBB\xBF\0abc", 7);
}

void TestEncoding::binary()
{
    QFETCH(QByteArray, bytes);
    const cw::Result<DecodedText> named = cw::text::decode(bytes, u"отчёт.pdf"_s);
    QVERIFY(!named.ok());
    QCOMPARE(named.error().code, u"binary"_s);
    QVERIFY2(named.error().message.startsWith(u"отчёт.pdf: "_s), qPrintable(named.error().message));

    const cw::Result<DecodedText> unnamed = cw::text::decode(bytes);
    QVERIFY(!unnamed.ok());
    QCOMPARE(unnamed.error().code, u"binary"_s);
    QVERIFY(!unnamed.error().message.isEmpty());
}

void TestEncoding::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nominal: UTF-8 has no BOM") << u"Да"_s << u"UTF-8"_s << QByteArray("\xD0\x94\xD0\xB0");
    QTest::newRow("nominal: UTF-16LE has no BOM") << u"Да"_s << u"UTF-16LE"_s << QByteArray("\x14\x04\x30\x04", 4);
    QTest::newRow("nominal: UTF-16BE") << u"Да"_s << u"UTF-16BE"_s << QByteArray("\x04\x14\x04\x30", 4);
    QTest::newRow("nominal: windows-1251") << u"Ёж №1"_s << u"windows-1251"_s << QByteArray("\xA8\xE6 \xB9\x31");
    QTest::newRow("nominal: KOI8-R") << u"Ёж"_s << u"KOI8-R"_s << QByteArray("\xB3\xD6");
    QTest::newRow("nominal: name is case-insensitive") << u"Ёж"_s << u"koi8-r"_s << QByteArray("\xB3\xD6");
    QTest::newRow("nominal: windows-1252") << u"“€”"_s << u"windows-1252"_s << QByteArray("\x93\x80\x94");
    QTest::newRow("robustness: unmappable becomes ?") << u"Да €"_s << u"ISO-8859-1"_s << QByteArray("?? ?");
    QTest::newRow("robustness: Latin in KOI8-R, emoji becomes ?")
        << u"ok 😀 да"_s << u"KOI8-R"_s << QByteArray("ok ? \xC4\xC1");
    QTest::newRow("robustness: unknown encoding gives nothing") << u"да"_s << u"no-such-charset"_s << QByteArray();
    QTest::newRow("robustness: empty") << QString() << u"windows-1251"_s << QByteArray();
}

void TestEncoding::encode()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);
    QCOMPARE(cw::text::encode(text, encoding), expected);
}

void TestEncoding::largeInput_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("oneLine");

    QTest::newRow("robustness: 5 MB line of UTF-8 Russian") << u"UTF-8"_s << true;
    QTest::newRow("robustness: 5 MB line of windows-1251") << u"windows-1251"_s << true;
    QTest::newRow("robustness: 30 MB of UTF-8 lines") << u"UTF-8"_s << false;
}

// Big inputs decode completely; the work is linear (nothing here measures time, but a
// quadratic step would make this test run for hours).
void TestEncoding::largeInput()
{
    QFETCH(QString, encoding);
    QFETCH(bool, oneLine);
    QString piece = kRussianShort + (oneLine ? u" "_s : u"\n"_s);
    const qsizetype targetBytes = oneLine ? 5 * 1024 * 1024 : 30 * 1024 * 1024;
    const QByteArray encodedPiece = cw::text::encode(piece, encoding);
    const qsizetype repeats = targetBytes / encodedPiece.size() + 1;
    const QByteArray bytes = encodedPiece.repeated(repeats);
    const cw::Result<DecodedText> result = cw::text::decode(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result->encoding, encoding);
    QCOMPARE(result->text.size(), piece.size() * repeats);
    QCOMPARE(result->text.last(piece.size()), piece);
}

void TestEncoding::findMojibake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<MojibakeSpan>>("expected");
    using List = QList<MojibakeSpan>;

    QTest::newRow("nominal: apostrophe") << u"Letâ€™s go"_s << List{{3, 6, u"’"_s}};
    QTest::newRow("nominal: two runs") << u"â€œHiâ€\u009D"_s << List{{0, 3, u"“"_s}, {5, 8, u"”"_s}};
    QTest::newRow("nominal: accented letters") << u"cafÃ© naÃ¯ve"_s << List{{3, 5, u"é"_s}, {8, 10, u"ï"_s}};
    QTest::newRow("nominal: Cyrillic read as windows-1252")
        << u"Ð¿Ñ€Ð¸Ð²ÐµÑ‚ world"_s << List{{0, 12, u"привет"_s}};
    QTest::newRow("nominal: Cyrillic read as windows-1251")
        << u"РїСЂРёРІРµС‚ мир"_s << List{{0, 12, u"привет"_s}};
    QTest::newRow("nominal: apostrophe read as windows-1251") << u"ЛетвЂ™с"_s << List{{3, 6, u"’"_s}};
    QTest::newRow("nominal: NBSP read as windows-1252") << u"10Â\u00A0€"_s << List{{2, 4, u"\u00A0"_s}};
    QTest::newRow("nominal: emoji read as windows-1252") << u"ðŸ˜€!"_s << List{{0, 4, u"😀"_s}};
    QTest::newRow("nominal: UTF-8 read as ISO-8859-1 (C1 controls)")
        << u"Letâ\u0080\u0099s"_s << List{{3, 6, u"’"_s}};
    QTest::newRow("robustness: accented Latin text") << u"café, Zoë, naïve, Ñandú, Größe, façade, Ærø"_s << List{};
    QTest::newRow("robustness: capital before a closing quote") << u"“MÜ” and “CAFÉ–”"_s << List{};
    QTest::newRow("robustness: ordinary Russian paragraph") << kRussian << List{};
    QTest::newRow("robustness: Russian capitals before quotes and dashes")
        << u"ООО «НЕТ» и «ВСЁ»—«ДА», её» СЁ№"_s << List{};
    QTest::newRow("robustness: Russian capitals") << kRussianCaps << List{};
    QTest::newRow("robustness: lone lead character at the end") << u"Ã"_s << List{};
    QTest::newRow("robustness: empty") << QString() << List{};
}

void TestEncoding::findMojibake()
{
    QFETCH(QString, text);
    QFETCH(QList<MojibakeSpan>, expected);
    QCOMPARE(cw::text::findMojibake(text), expected);
}

void TestEncoding::repairMojibake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: English") << u"Letâ€™s read â€œthe policyâ€\u009D."_s << u"Let’s read “the policy”."_s;
    QTest::newRow("nominal: Russian via windows-1252") << u"Ð¿Ñ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€!"_s << u"привет, мир!"_s;
    QTest::newRow("nominal: Russian via windows-1251") << u"РїСЂРёРІРµС‚, РјРёСЂ!"_s << u"привет, мир!"_s;
    QTest::newRow("nominal: misread twice") << u"Itâ€™s, Ã¢â‚¬â„¢, ÃÂ´ÃÂ°"_s << u"It’s, ’, да"_s;
    QTest::newRow("robustness: clean Russian unchanged") << kRussian << kRussian;
    QTest::newRow("robustness: clean English unchanged") << kEnglishTypographic << kEnglishTypographic;
    QTest::newRow("robustness: repair is idempotent on its result") << u"Let’s"_s << u"Let’s"_s;
}

void TestEncoding::repairMojibake()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(cw::text::repairMojibake(text), expected);
}

QTEST_APPLESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
