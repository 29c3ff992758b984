#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utext.h>

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

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

// A clause number with its closing full stop, then the document it belongs to: "в пункте 1.1.
// Политики", "согласно п. 3.2. Договора", "ст. 6. Закона". Russian numbering writes the full
// stop, so the name of the document, capitalised as a defined term, does not start a sentence.
// Only a number of two or more levels, and only before such a name (in the genitive), since "…
// в пункте 5. Оператор вправе…" does end one.
bool endsWithClauseNumber(QStringView text, qsizetype end)
{
    // Run at every break ICU proposes, so the cheap tests first: a document's name next...
    qsizetype next = end;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    static const std::array<QStringView, 8> documents = {u"Политики", u"Договора", u"Закона", u"Соглашения",
                                                         u"Правил", u"Регламента", u"Приложения", u"Федерального"};
    const QStringView after = text.sliced(next);
    const auto isDocument = [&](QStringView name) {
        return after.startsWith(name) && (after.size() == name.size() || !after.at(name.size()).isLetter());
    };
    if (std::none_of(documents.begin(), documents.end(), isDocument))
        return false;
    // ...and "digit." before the break; only then the clause reference itself.
    qsizetype e = end;
    while (e > 0 && text.at(e - 1).isSpace())
        --e;
    if (e < 2 || text.at(e - 1) != u'.' || !text.at(e - 2).isDigit())
        return false;
    static const QRegularExpression reference(
        QString::fromUtf16(uR"((?:^|\s)(?:п|пп|подп|ст|ч|разд|прил|пункт\w*|подпункт\w*|стать\w*|част\w*|раздел\w*|приложени\w*)\.?\s+\d+(?:\.\d+)+\.$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype from = std::max<qsizetype>(0, e - 48);
    return reference.match(text.sliced(from, e - from).toString()).hasMatch();
}

// "№" never starts a sentence: a full stop before it closes a date or an abbreviation
// ("Федеральный закон от 27.07.2006 г. № 152-ФЗ", "Приказ от 18 февраля 2013 г. № 21").
bool startsWithNumberSign(QStringView text, qsizetype start)
{
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return start < text.size() && text.at(start) == QChar(0x2116);
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

// Tokens being appended to a vector; a Space token joins a Space token before it ("\n\n" or
// " \u00A0" are separate segments for ICU, one run of whitespace here) when both were appended
// by this sink.
class Sink
{
public:
    explicit Sink(std::vector<Token> &tokens) : m_tokens(tokens), m_first(tokens.size()) {}

    void append(qsizetype start, qsizetype end, TokenKind kind)
    {
        if (kind == TokenKind::Space && m_tokens.size() > m_first && m_tokens.back().kind == TokenKind::Space
            && m_tokens.back().end == start)
            m_tokens.back().end = end;
        else
            m_tokens.push_back({start, end, kind});
    }

    // Where the sink stands, and a way back there (the fast path gives up on a line).
    struct Mark { size_t size; qsizetype lastEnd; };
    Mark mark() const { return {m_tokens.size(), m_tokens.empty() ? 0 : m_tokens.back().end}; }
    void restore(Mark m)
    {
        m_tokens.resize(m.size);
        if (!m_tokens.empty())
            m_tokens.back().end = m.lastEnd;
    }

private:
    std::vector<Token> &m_tokens;
    size_t m_first;
};

// ICU's tokens of text[from, to), appended with offsets into text.
void appendIcuTokens(QStringView text, qsizetype from, qsizetype to, Language language, Sink &tokens)
{
    const QStringView part = text.sliced(from, to - from);
    if (part.isEmpty())
        return;
    icu::BreakIterator *it = cachedIterator(language, false);
    UText ut = UTEXT_INITIALIZER;
    if (!it || !setText(it, part, &ut)) {
        utext_close(&ut);
        tokens.append(from, to, TokenKind::Word); // keep the no-gaps promise
        return;
    }
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
        tokens.append(from + start, from + end, kindOf(it->getRuleStatus(), part.sliced(start, end - start)));
    utext_close(&ut);
}

// Word-boundary classes of the characters the fast word count handles (UAX #29, Table 3, as
// ICU's word.txt adapts it).
enum class WordClass : unsigned char { Other, Letter, Digit, MidLetter, MidNum, MidNumLet, Unknown };

constexpr WordClass computeWordClass(char16_t c)
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

// computeWordClass() of the first 0x500 code units (ASCII to Cyrillic), looked up: the word
// count and the tokenizer ask for every character of the text.
constexpr auto kWordClasses = [] {
    std::array<WordClass, 0x500> table{};
    for (char16_t c = 0; c < table.size(); ++c)
        table[c] = computeWordClass(c);
    return table;
}();

inline WordClass wordClassOf(char16_t c)
{
    return c < kWordClasses.size() ? kWordClasses[c] : computeWordClass(c);
}

// The word count as a state machine, one table lookup per character. A word is a run of
// letters and digits (WB5, WB8–WB10) that one middle character may join when letters stand on
// both sides of it (WB6/7: MidLetter "·", MidNumLet) or digits do (WB11/12: MidNum, MidNumLet).
// A state is what the rules need of the text so far: the class of the previous character,
// the class before it when it was a middle character, and whether the current word has been
// counted yet ("@" alone is not a word, see kindOf(), so "@" starts no count).
namespace wordcount {

// Inputs: a WordClass other than Unknown, then these two.
constexpr int At = int(WordClass::Unknown);
constexpr int Stop = At + 1; // a character of unknown class: the count is ICU's to make
constexpr int Inputs = Stop + 1;

constexpr int States = 6 * 3 * 2;
constexpr int Dead = States; // after Stop; stays there

constexpr int stateOf(WordClass prev, WordClass beforeMid, bool counted)
{
    const int mid = beforeMid == WordClass::Letter ? 1 : beforeMid == WordClass::Digit ? 2 : 0;
    return (int(prev) * 3 + mid) * 2 + (counted ? 1 : 0);
}

// Each entry: next state * 2 + 1 when the character starts a counted word.
constexpr auto kSteps = [] {
    std::array<std::array<quint8, Inputs>, States + 1> steps{};
    for (auto &row : steps)
        row.fill(quint8(Dead * 2));
    for (int p = 0; p < 6; ++p) {
        for (const WordClass beforeMid : {WordClass::Other, WordClass::Letter, WordClass::Digit}) {
            for (const bool counted : {false, true}) {
                const WordClass prev = WordClass(p);
                for (int in = 0; in < Stop; ++in) {
                    const WordClass c = in == At ? WordClass::Letter : WordClass(in);
                    bool nowCounted = counted;
                    WordClass nextBeforeMid = WordClass::Other;
                    int add = 0;
                    if (c == WordClass::Letter || c == WordClass::Digit) {
                        const bool joined = prev == WordClass::Letter || prev == WordClass::Digit
                                         || (beforeMid == c
                                             && (prev == WordClass::MidNumLet
                                                 || (prev == WordClass::MidLetter && c == WordClass::Letter)
                                                 || (prev == WordClass::MidNum && c == WordClass::Digit)));
                        if (!joined)
                            nowCounted = false;
                        if (!nowCounted && in != At) {
                            add = 1;
                            nowCounted = true;
                        }
                    } else if (c != WordClass::Other) { // a middle character
                        nextBeforeMid = (prev == WordClass::Letter || prev == WordClass::Digit) ? prev : WordClass::Other;
                    }
                    steps[size_t(stateOf(prev, beforeMid, counted))][size_t(in)] =
                        quint8(stateOf(c, nextBeforeMid, nowCounted) * 2 + add);
                }
            }
        }
    }
    return steps;
}();

constexpr int inputOf(char16_t c)
{
    if (c == u'@')
        return At;
    const WordClass k = computeWordClass(c);
    return k == WordClass::Unknown ? Stop : int(k);
}

constexpr auto kInputs = [] {
    std::array<quint8, 0x500> table{};
    for (char16_t c = 0; c < table.size(); ++c)
        table[c] = quint8(inputOf(c));
    return table;
}();

} // namespace wordcount

// The count for text whose characters all have a known class; -1 otherwise.
qsizetype fastWordCount(QStringView text)
{
    using namespace wordcount;
    qsizetype count = 0;
    unsigned state = stateOf(WordClass::Other, WordClass::Other, false);
    const char16_t *d = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = d[i];
        const unsigned step = kSteps[state][c < kInputs.size() ? kInputs[c] : inputOf(c)];
        count += step & 1;
        state = step >> 1;
    }
    return state == unsigned(Dead) ? -1 : count;
}

// ICU's tokens of a line (text[from, to) holds no "\n") from the classes of its characters
// alone, appended to tokens; false, with tokens as they were, when a character of the line has
// no known class. Words are found as fastWordCount() finds them; every other character is a
// segment of its own (WB999), whitespace joins into one Space token as in tokenize(). A word's
// kind follows ICU's rule status, which its last character decides: a digit gives a number
// ("v2", "1,000"), a letter a word; kindOf() then looks at what the word holds.
bool appendFastTokens(QStringView text, qsizetype from, qsizetype to, Sink &tokens)
{
    const Sink::Mark before = tokens.mark();
    auto giveUp = [&] {
        tokens.restore(before);
        return false;
    };
    const char16_t *d = text.utf16();
    auto isWordChar = [](WordClass c) { return c == WordClass::Letter || c == WordClass::Digit; };
    qsizetype i = from;
    while (i < to) {
        const WordClass c = wordClassOf(d[i]);
        if (c == WordClass::Unknown)
            return giveUp();
        if (!isWordChar(c)) {
            const char16_t ch = d[i];
            const bool space = ch == u' ' || ch == u'\t' || ch == u'\r' || ch == u'\v' || ch == u'\f' || ch == 0xA0;
            tokens.append(i, i + 1, space ? TokenKind::Space : TokenKind::Punctuation);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        WordClass last = c;
        bool letter = c == WordClass::Letter && d[i] != u'@', digit = c == WordClass::Digit;
        while (j < to) {
            const WordClass n = wordClassOf(d[j]);
            if (n == WordClass::Unknown)
                return giveUp();
            if (isWordChar(n)) {
                last = n;
                letter |= n == WordClass::Letter && d[j] != u'@';
                digit |= n == WordClass::Digit;
                ++j;
                continue;
            }
            // A middle character joins when the same kind stands on both sides (WB6/7, WB11/12).
            if (j + 1 >= to)
                break;
            const WordClass after = wordClassOf(d[j + 1]);
            if (after == WordClass::Unknown)
                return giveUp();
            const bool joins = after == last
                            && (n == WordClass::MidNumLet || (n == WordClass::MidLetter && after == WordClass::Letter)
                                || (n == WordClass::MidNum && after == WordClass::Digit));
            if (!joins)
                break;
            j += 2;
            letter |= after == WordClass::Letter && d[j - 1] != u'@'; // "@" is no letter (kindOf)
            digit |= after == WordClass::Digit;
        }
        const TokenKind kind = last == WordClass::Digit ? (letter ? TokenKind::Word : TokenKind::Number)
                                                        : (letter || digit ? TokenKind::Word : TokenKind::Punctuation);
        tokens.append(i, j, kind);
        i = j;
    }
    return true;
}

} // namespace

void appendTokens(QStringView text, qsizetype from, qsizetype to, Language language, std::vector<Token> &tokens)
{
    Sink sink(tokens);
    // ICU never joins a segment across a line feed (WB3a, WB3b), so each line is cut on its
    // own: by the fast path when it can, by ICU when the line holds a character it does not know.
    while (from < to) {
        qsizetype end = text.sliced(from, to - from).indexOf(u'\n');
        end = end < 0 ? to : from + end;
        if (!appendFastTokens(text, from, end, sink))
            appendIcuTokens(text, from, end, language, sink);
        if (end < to)
            sink.append(end, end + 1, TokenKind::Space);
        from = end + 1;
    }
}

QList<Token> tokenize(QStringView text, Language language)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t(text.size() / 2 + 1));
    appendTokens(text, 0, text.size(), language, tokens);
    return QList<Token>(tokens.begin(), tokens.end());
}

namespace detail {

QList<Token> tokenizeWithIcu(QStringView text, Language language)
{
    std::vector<Token> tokens;
    Sink sink(tokens);
    appendIcuTokens(text, 0, text.size(), language, sink);
    return QList<Token>(tokens.begin(), tokens.end());
}

} // namespace detail

QList<Token> words(QStringView text, Language language)
{
    QList<Token> result;
    for (const Token &t : tokenize(text, language)) {
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            result.append(t);
    }
    return result;
}

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
        if (end < text.size()
            && (endsWithAbbreviation(text, end, exceptions) || startsWithNumberSign(text, end)
                || (language != Language::English && endsWithClauseNumber(text, end))))
            continue;
        addTrimmed(start, end);
        start = end;
    }
    utext_close(&ut);
    return result;
}

} // namespace cw::text
