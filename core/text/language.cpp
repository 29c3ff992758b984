#include "text/language.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cw::text {

namespace {

// Fewer letters than this and the text says nothing about its language ("OK", "1.", "—").
constexpr int kMinLetters = 3;

// URLs and e-mail addresses are Latin whatever the language around them, so a Russian
// paragraph full of links must not count as English.
const QRegularExpression &urlOrEmail()
{
    static const QRegularExpression re(
        uR"((?:[a-z][a-z0-9+.\-]*://|www\.)\S+|[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return u"en"_s;
    case Language::Russian:
        return u"ru"_s;
    case Language::Unknown:
        break;
    }
    return u"und"_s;
}

Language languageFromCode(QStringView code)
{
    if (code.compare(u"en", Qt::CaseInsensitive) == 0
        || code.compare(u"english", Qt::CaseInsensitive) == 0)
        return Language::English;
    if (code.compare(u"ru", Qt::CaseInsensitive) == 0
        || code.compare(u"russian", Qt::CaseInsensitive) == 0)
        return Language::Russian;
    return Language::Unknown;
}

Language detectLanguage(QStringView text)
{
    qsizetype latin = 0;
    qsizetype cyrillic = 0;
    auto count = [&](QStringView part) {
        // Latin and Cyrillic letters are all in the BMP; surrogates are not letters.
        for (const QChar c : part) {
            // The letters of ASCII and of the basic Cyrillic block without a table lookup.
            const char16_t u = c.unicode();
            if (u < 0x80) {
                latin += (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
                continue;
            }
            if (u >= 0x410 && u <= 0x44F) {
                ++cyrillic;
                continue;
            }
            if (!c.isLetter())
                continue;
            switch (c.script()) {
            case QChar::Script_Latin:
                ++latin;
                break;
            case QChar::Script_Cyrillic:
                ++cyrillic;
                break;
            default:
                break;
            }
        }
    };

    qsizetype from = 0;
    // QStringView overloads were renamed in Qt 6.5 (the old ones are deprecated in 6.8).
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    auto it = urlOrEmail().globalMatchView(text);
#else
    auto it = urlOrEmail().globalMatch(text);
#endif
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        count(text.sliced(from, m.capturedStart() - from));
        from = m.capturedEnd();
    }
    count(text.sliced(from));

    if (latin + cyrillic < kMinLetters || latin == cyrillic)
        return Language::Unknown;
    return cyrillic > latin ? Language::Russian : Language::English;
}

} // namespace cw::text
