#include "text/scripts.h"

#include "text/segmenter.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf16.h>

#include <QHash>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cw::text {

namespace {

// The scripts this check is about, in the order their names are listed ("Cyrillic+Latin").
enum Script {
    Cyrillic,
    Greek,
    Latin,
    ScriptCount,
};

constexpr std::array<const char16_t *, ScriptCount> kScriptNames = {u"Cyrillic", u"Greek", u"Latin"};

int scriptOf(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(UChar32(c), &status)) {
    case USCRIPT_CYRILLIC:
        return Cyrillic;
    case USCRIPT_GREEK:
        return Greek;
    case USCRIPT_LATIN:
        return Latin;
    default:
        return ScriptCount;
    }
}

using Counts = std::array<qsizetype, ScriptCount>;

// Calls f(codePoint, index) for each code point of s.
template<typename F>
void forEachCodePoint(QStringView s, F &&f)
{
    const auto *p = reinterpret_cast<const UChar *>(s.utf16());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const qsizetype at = i;
        UChar32 c;
        U16_NEXT(p, i, n, c);
        f(char32_t(c), at);
    }
}

Counts letterCounts(QStringView s)
{
    Counts counts{};
    forEachCodePoint(s, [&](char32_t c, qsizetype) {
        if (!u_isalpha(UChar32(c)))
            return;
        const int script = scriptOf(c);
        if (script < ScriptCount)
            ++counts[script];
    });
    return counts;
}

int letterCase(char32_t c)
{
    if (u_isupper(UChar32(c)))
        return 1;
    if (u_islower(UChar32(c)))
        return 2;
    return 0;
}

struct SpoofCloser
{
    void operator()(USpoofChecker *s) const { uspoof_close(s); }
};

// Look-alike letters across Latin, Cyrillic and Greek, from ICU's confusable skeletons
// (UTS #39): two letters look alike when their skeletons are equal ("О" and "O" -> "O",
// "с" and "c" -> "c"). Candidates are limited to the letters people actually type in these
// alphabets, so a Latin "k" in a Russian word gets no suggestion rather than "ĸ".
class LookAlikes
{
public:
    LookAlikes()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_checker.reset(uspoof_open(&status));
        if (U_FAILURE(status)) {
            m_checker.reset();
            return;
        }
        const std::array<std::pair<char32_t, char32_t>, 6> ranges = {{
            {0x0041, 0x005A}, // Latin A-Z
            {0x0061, 0x007A}, // Latin a-z
            {0x00C0, 0x00FF}, // Latin-1 letters
            {0x0391, 0x03A9}, // Greek capitals
            {0x03B1, 0x03C9}, // Greek small letters
            {0x0400, 0x045F}, // Cyrillic of Russian, Ukrainian, Belarusian, Serbian, Macedonian
        }};
        for (const auto &[first, last] : ranges) {
            for (char32_t c = first; c <= last; ++c) {
                if (u_isalpha(UChar32(c)) && scriptOf(c) < ScriptCount)
                    m_bySkeleton[skeleton(c)].append(c);
            }
        }
    }

    // The letter of `script` that looks like c, in the same case; 0 if there is none.
    char32_t find(char32_t c, int script) const
    {
        if (!m_checker)
            return 0;
        const auto it = m_bySkeleton.constFind(skeleton(c));
        if (it == m_bySkeleton.cend())
            return 0;
        for (const char32_t candidate : *it) {
            if (scriptOf(candidate) == script && letterCase(candidate) == letterCase(c))
                return candidate;
        }
        return 0;
    }

private:
    QString skeleton(char32_t c) const
    {
        UChar in[2];
        int32_t length = 0;
        U16_APPEND_UNSAFE(in, length, UChar32(c));
        UChar out[32];
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = uspoof_getSkeleton(m_checker.get(), 0, in, length, out, 32, &status);
        if (U_FAILURE(status))
            return {};
        return QString(reinterpret_cast<const QChar *>(out), n);
    }

    // uspoof_getSkeleton() is thread-safe on a checker that is no longer configured.
    std::unique_ptr<USpoofChecker, SpoofCloser> m_checker;
    QHash<QString, QList<char32_t>> m_bySkeleton;
};

const LookAlikes &lookAlikes()
{
    static const LookAlikes table;
    return table;
}

// The script most of the word's letters are in; ties go to the text's main script, then to
// the script of the word's first letter ("Тo" in a Russian text is Cyrillic).
int mainScript(QStringView word, const Counts &inWord, const Counts &inText)
{
    int first = ScriptCount;
    forEachCodePoint(word, [&](char32_t c, qsizetype) {
        if (first == ScriptCount && u_isalpha(UChar32(c)))
            first = scriptOf(c);
    });
    auto rank = [&](int s) { return std::tuple(inWord[s], inText[s], s == first); };
    int chosen = 0;
    for (int s = 1; s < ScriptCount; ++s) {
        if (rank(s) > rank(chosen))
            chosen = s;
    }
    return chosen;
}

QString suggestionFor(QStringView word, int script)
{
    QString out;
    out.reserve(word.size());
    bool complete = true;
    forEachCodePoint(word, [&](char32_t c, qsizetype) {
        const int own = u_isalpha(UChar32(c)) ? scriptOf(c) : ScriptCount;
        if (own == ScriptCount || own == script) {
            out.append(QStringView(QChar::fromUcs4(c)));
            return;
        }
        const char32_t replacement = lookAlikes().find(c, script);
        if (!replacement)
            complete = false;
        else
            out.append(QStringView(QChar::fromUcs4(replacement)));
    });
    return complete ? out : QString();
}

} // namespace

QList<MixedScriptWord> findMixedScriptWords(QStringView text)
{
    QList<MixedScriptWord> found;
    std::optional<Counts> inText; // only needed for a tie, which is rare

    for (const Token &token : words(text, Language::Unknown)) {
        const QStringView word = text.sliced(token.start, token.length());
        const Counts counts = letterCounts(word);
        if (std::count_if(counts.begin(), counts.end(), [](qsizetype n) { return n > 0; }) < 2)
            continue;
        QString scripts;
        for (int s = 0; s < ScriptCount; ++s) {
            if (counts[s] == 0)
                continue;
            if (!scripts.isEmpty())
                scripts.append(u'+');
            scripts.append(QStringView(kScriptNames[s]));
        }
        if (!inText)
            inText = letterCounts(text);
        found.append({token.start, token.end, word.toString(), scripts,
                      suggestionFor(word, mainScript(word, counts, *inText))});
    }
    return found;
}

} // namespace cw::text
