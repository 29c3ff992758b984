#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utext.h>

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <memory>

namespace cw::text {

namespace {

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

int indexOf(Language language)
{
    return static_cast<int>(language);
}

icu::Locale localeOf(Language language)
{
    switch (language) {
    case Language::English:
        return icu::Locale("en");
    case Language::Russian:
        return icu::Locale("ru");
    case Language::Unknown:
        break;
    }
    return icu::Locale::getRoot();
}

// Abbreviations after which a full stop does not end a sentence: ICU's own lists (CLDR
// segmentation exceptions, the data behind "en@ss=standard": "Mr.", "E.g.", "Prof."; its
// Russian list is tiny: "ул.", "тел.", "руб."), plus abbreviations that in privacy policies
// come before a number or a name ("Art. 6 GDPR", "ч. 1 ст. 6"). Ambiguous ones are left out
// on purpose: "г." (город/год) and "д." ("и т. д.") end sentences too often.
//
// ICU's FilteredBreakIterator would apply the lists, but it matches them as suffixes:
// "Our DPO. Next" stays one sentence because "O." is an exception. So the lists are applied
// here, to whole tokens only.
constexpr std::array kEnglishAbbreviations = {
    u"Dr.", u"Art.", u"Arts.", u"Sec.", u"Secs.", u"cf.", u"Cf.", u"para.", u"Para.",
};
constexpr std::array kRussianAbbreviations = {
    u"ст.",   u"Ст.",   u"ч.",    u"Ч.",    u"п.",    u"П.",    u"пп.",   u"Пп.",
    u"подп.", u"Подп.", u"см.",   u"См.",   u"ул.",   u"Ул.",   u"им.",   u"рис.",
    u"Рис.",  u"табл.", u"Табл.", u"прил.", u"Прил.", u"тел.",  u"Тел.",  u"разд.",
    u"Разд.", u"гл.",   u"Гл.",   u"абз.",  u"Абз.",  u"стр.",  u"Стр.",  u"кв.",
    u"корп.", u"обл.",  u"напр.", u"Напр.", u"англ.",
};

// Longest stretch looked at before a full stop; bounds the work on text without spaces.
constexpr qsizetype kMaxAbbreviationLength = 32;

// Exceptions by their last space-separated token, so that "до н. э." is found from "э.".
using Exceptions = QHash<QString, QStringList>;

void addException(Exceptions &exceptions, const QString &entry)
{
    const qsizetype space = entry.lastIndexOf(u' ');
    exceptions[space < 0 ? entry : entry.sliced(space + 1)].append(entry);
}

void addIcuExceptions(Exceptions &exceptions, const char *locale)
{
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &status);
    UResourceBundle *all = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle *list = ures_getByKey(all, "SentenceBreak", nullptr, &status);
    while (U_SUCCESS(status) && ures_hasNext(list)) {
        int32_t length = 0;
        const UChar *entry = ures_getNextString(list, &length, nullptr, &status);
        if (U_SUCCESS(status) && length <= kMaxAbbreviationLength)
            addException(exceptions, QString(reinterpret_cast<const QChar *>(entry), length));
    }
    ures_close(list);
    ures_close(all);
    ures_close(bundle);
}

const Exceptions &exceptionsFor(Language language)
{
    static const std::array<Exceptions, 3> all = [] {
        std::array<Exceptions, 3> result;
        auto add = [&](Language l, const auto &list) {
            for (const char16_t *entry : list)
                addException(result[size_t(indexOf(l))], QString::fromUtf16(entry));
        };
        addIcuExceptions(result[size_t(indexOf(Language::English))], "en");
        add(Language::English, kEnglishAbbreviations);
        addIcuExceptions(result[size_t(indexOf(Language::Russian))], "ru");
        add(Language::Russian, kRussianAbbreviations);
        // Text of unknown language gets both.
        addIcuExceptions(result[size_t(indexOf(Language::Unknown))], "en");
        addIcuExceptions(result[size_t(indexOf(Language::Unknown))], "ru");
        add(Language::Unknown, kEnglishAbbreviations);
        add(Language::Unknown, kRussianAbbreviations);
        return result;
    }();
    return all[size_t(indexOf(language))];
}

bool isOpener(QChar c)
{
    return c == u'"' || c == u'\'' || c.category() == QChar::Punctuation_Open
        || c.category() == QChar::Punctuation_InitialQuote;
}

// Does the text before `end` (a sentence boundary) end with an abbreviation, as a whole
// token: "Mr." in "Dear Mr. Smith", but not "O." in "our DPO."?
bool endsWithAbbreviation(QStringView text, qsizetype end, const Exceptions &exceptions)
{
    const qsizetype limit = std::max<qsizetype>(0, end - kMaxAbbreviationLength);
    qsizetype e = end;
    while (e > limit && text.at(e - 1).isSpace())
        --e;
    qsizetype s = e;
    while (s > limit && !text.at(s - 1).isSpace())
        --s;
    if (s == limit && limit > 0)
        return false; // longer than any abbreviation
    while (s < e && isOpener(text.at(s)))
        ++s;
    const auto it = exceptions.constFind(text.sliced(s, e - s).toString());
    if (it == exceptions.cend())
        return false;
    for (const QString &entry : *it) {
        const qsizetype from = e - entry.size();
        if (from < 0 || text.sliced(from, entry.size()) != entry)
            continue;
        if (from == 0 || text.at(from - 1).isSpace() || isOpener(text.at(from - 1)))
            return true;
    }
    return false;
}

// ICU break iterators are expensive to create and not thread-safe, so each thread keeps
// one per language and kind. They hold a pointer to the last text only between setText()
// and the end of the call that set it.
icu::BreakIterator *cachedIterator(Language language, bool sentence)
{
    thread_local std::array<BreakIteratorPtr, 3> words;
    thread_local std::array<BreakIteratorPtr, 3> sentenceIterators;
    BreakIteratorPtr &slot = (sentence ? sentenceIterators : words)[indexOf(language)];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(sentence ? icu::BreakIterator::createSentenceInstance(localeOf(language), status)
                            : icu::BreakIterator::createWordInstance(localeOf(language), status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

// Points the iterator at the text without copying it (UTF-16 offsets, as in QString).
bool setText(icu::BreakIterator *it, QStringView text, UText *ut)
{
    UErrorCode status = U_ZERO_ERROR;
    utext_openUChars(ut, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    if (U_SUCCESS(status))
        it->setText(ut, status);
    return U_SUCCESS(status);
}

bool allSpace(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool hasLetter(QStringView s)
{
    for (const QChar c : s) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool hasLetterOrNumber(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

TokenKind kindOf(int32_t ruleStatus, QStringView segment)
{
    // ICU calls "v2" and "GDPR2" numbers (they end in a digit); here a number has no letters.
    if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT)
        return hasLetter(segment) ? TokenKind::Word : TokenKind::Number;
    // Letters, kana, ideographs; not "@" or "_" alone, which ICU's rules group with letters.
    if (ruleStatus >= UBRK_WORD_LETTER)
        return hasLetterOrNumber(segment) ? TokenKind::Word : TokenKind::Punctuation;
    return allSpace(segment) ? TokenKind::Space : TokenKind::Punctuation;
}

} // namespace

QList<Token> tokenize(QStringView text, Language language)
{
    QList<Token> tokens;
    if (text.isEmpty())
        return tokens;

    icu::BreakIterator *it = cachedIterator(language, false);
    UText ut = UTEXT_INITIALIZER;
    if (!it || !setText(it, text, &ut)) {
        utext_close(&ut);
        tokens.append({0, text.size(), TokenKind::Word}); // keep the no-gaps promise
        return tokens;
    }

    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const TokenKind kind = kindOf(it->getRuleStatus(), text.sliced(start, end - start));
        // ICU keeps "\n\n" or " \u00A0" as separate segments; one run is one Space token.
        if (kind == TokenKind::Space && !tokens.isEmpty() && tokens.back().kind == TokenKind::Space)
            tokens.back().end = end;
        else
            tokens.append({start, end, kind});
    }
    utext_close(&ut);
    return tokens;
}

QList<Token> words(QStringView text, Language language)
{
    QList<Token> result;
    for (const Token &t : tokenize(text, language)) {
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            result.append(t);
    }
    return result;
}

namespace {

// Word-boundary classes of the characters the fast word count handles (UAX #29, Table 3, as
// ICU's word.txt adapts it).
enum class WordClass : unsigned char { Other, Letter, Digit, MidLetter, MidNum, MidNumLet, Unknown };

WordClass wordClassOf(char16_t c)
{
    if (c < 0x80) {
        // ICU's rules add "@" to the letters (an e-mail address is one word) and take ":" out
        // of MidLetter ("Parties:Third" is two words).
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'@')
            return WordClass::Letter;
        if (c >= u'0' && c <= u'9')
            return WordClass::Digit;
        switch (c) {
        case u',': case u';': return WordClass::MidNum;
        case u'.': case u'\'': return WordClass::MidNumLet; // "'" is Single_Quote: the same here
        case u'_': return WordClass::Unknown;               // ExtendNumLet
        default: return WordClass::Other;
        }
    }
    // Latin-1 letters and Latin Extended-A/B (not × and ÷); Cyrillic proper. Combining marks,
    // the soft hyphen (Format) and other blocks take part in rules this count leaves to ICU.
    if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x400 && c <= 0x481) || (c >= 0x48A && c <= 0x4FF))
        return WordClass::Letter;
    switch (c) {
    case 0xA0: case 0xAB: case 0xBB: case 0xA7: case 0xA9: case 0xAE: case 0xB0: case 0x2116:
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x201C: case 0x201D: case 0x201E: case 0x2026: case 0x2022: case 0x20AC: case 0x20BD:
        return WordClass::Other;
    case 0xB7: return WordClass::MidLetter;
    case 0x2018: case 0x2019: return WordClass::MidNumLet;
    default: return WordClass::Unknown;
    }
}

// The count for text whose characters all have a known class; -1 otherwise. A word is a run
// of letters and digits (WB5, WB8–WB10) that one middle character may join when letters stand
// on both sides of it (WB6/7: MidLetter "·", MidNumLet) or digits do (WB11/12: MidNum,
// MidNumLet).
qsizetype fastWordCount(QStringView text)
{
    qsizetype count = 0;
    bool counted = false;                   // whether the current word is counted yet
    WordClass prev = WordClass::Other;      // class of the previous character
    WordClass beforeMid = WordClass::Other; // class before it when it was a middle character
    for (const QChar qc : text) {
        const WordClass c = wordClassOf(qc.unicode());
        switch (c) {
        case WordClass::Unknown:
            return -1;
        case WordClass::Letter:
        case WordClass::Digit: {
            const bool joined = prev == WordClass::Letter || prev == WordClass::Digit
                             || (beforeMid == c
                                 && (prev == WordClass::MidNumLet || (prev == WordClass::MidLetter && c == WordClass::Letter)
                                     || (prev == WordClass::MidNum && c == WordClass::Digit)));
            if (!joined)
                counted = false;
            if (!counted && qc != u'@') { // "@" alone is not a word (kindOf)
                ++count;
                counted = true;
            }
            beforeMid = WordClass::Other;
            break;
        }
        case WordClass::MidLetter:
        case WordClass::MidNum:
        case WordClass::MidNumLet:
            beforeMid = (prev == WordClass::Letter || prev == WordClass::Digit) ? prev : WordClass::Other;
            break;
        case WordClass::Other:
            beforeMid = WordClass::Other;
            break;
        }
        prev = c;
    }
    return count;
}

} // namespace

qsizetype wordCount(QStringView text, Language language)
{
    const qsizetype fast = fastWordCount(text);
    return fast >= 0 ? fast : words(text, language).size();
}

QList<Span> sentences(QStringView text, Language language)
{
    QList<Span> result;
    if (text.isEmpty())
        return result;

    auto addTrimmed = [&](qsizetype start, qsizetype end) {
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (start < end)
            result.append({start, end});
    };

    icu::BreakIterator *it = cachedIterator(language, true);
    UText ut = UTEXT_INITIALIZER;
    if (!it || !setText(it, text, &ut)) {
        utext_close(&ut);
        addTrimmed(0, text.size());
        return result;
    }
    const Exceptions &exceptions = exceptionsFor(language);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
        if (end < text.size() && endsWithAbbreviation(text, end, exceptions))
            continue;
        addTrimmed(start, end);
        start = end;
    }
    utext_close(&ut);
    return result;
}

} // namespace cw::text
