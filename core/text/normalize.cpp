#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace cw::text {

namespace {

icu::UnicodeString alias(const QString &s)
{
    // Read-only alias: no copy, offsets stay UTF-16 code units.
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

QString toQString(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

QString nfkc(const QString &s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        return s;
    const icu::UnicodeString in = alias(s);
    if (n->isNormalized(in, status) && U_SUCCESS(status))
        return s;
    status = U_ZERO_ERROR;
    const icu::UnicodeString out = n->normalize(in, status);
    return U_SUCCESS(status) ? toQString(out) : s;
}

QString caseFold(const QString &s)
{
    icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    u.foldCase(U_FOLD_CASE_DEFAULT);
    return toQString(u);
}

bool isSingleQuote(char16_t c)
{
    switch (c) {
    case u'\'':
    case u'`':
    case u'\u2018': // ‘
    case u'\u2019': // ’
    case u'\u201A': // ‚
    case u'\u201B': // ‛
    case u'\u2032': // ′
    case u'\u2035': // ‵
    case u'\u2039': // ‹
    case u'\u203A': // ›
    case u'\u02BC': // ʼ modifier letter apostrophe
    case u'\uFF07': // ＇
        return true;
    default:
        return false;
    }
}

bool isDoubleQuote(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\u00AB': // «
    case u'\u00BB': // »
    case u'\u201C': // “
    case u'\u201D': // ”
    case u'\u201E': // „
    case u'\u201F': // ‟
    case u'\u2033': // ″ (NFKC would split it into two primes, so it is mapped first)
    case u'\u2036': // ‶
    case u'\u301D': // 〝
    case u'\u301E': // 〞
    case u'\u301F': // 〟
    case u'\uFF02': // ＂
        return true;
    default:
        return false;
    }
}

bool isDash(char16_t c)
{
    switch (c) {
    case u'\u2010': // ‐ hyphen
    case u'\u2011': // ‑ non-breaking hyphen
    case u'\u2012': // ‒ figure dash
    case u'\u2013': // – en dash
    case u'\u2014': // — em dash
    case u'\u2015': // ― horizontal bar
    case u'\u2212': // − minus sign
    case u'\uFE58': // ﹘ small em dash
    case u'\uFE63': // ﹣ small hyphen-minus
    case u'\uFF0D': // － full-width hyphen-minus
        return true;
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Quotes, dashes and ё, one code unit at a time (none of them is outside the BMP).
QString mapCharacters(const QString &s, NormalizeOptions options)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (options & NormalizeOption::Quotes) {
            if (isSingleQuote(c)) {
                // "don’t", "д’Артаньян": an apostrophe, not a quotation mark.
                const bool inWord = i > 0 && i + 1 < s.size() && isWordChar(s.at(i - 1))
                    && s.at(i + 1).isLetter();
                out.append(inWord ? u'\'' : u'"');
                continue;
            }
            if (isDoubleQuote(c)) {
                out.append(u'"');
                continue;
            }
        }
        if ((options & NormalizeOption::Dashes) && isDash(c)) {
            out.append(u'-');
            continue;
        }
        if (options & NormalizeOption::Yo) {
            if (c == u'ё' || c == u'Ё') {
                out.append(c == u'ё' ? u'е' : u'Е');
                continue;
            }
            // A decomposed ё: е followed by a combining diaeresis.
            if (c == u'\u0308' && !out.isEmpty() && (out.back() == u'е' || out.back() == u'Е'))
                continue;
        }
        out.append(QChar(c));
    }
    return out;
}

// Runs of whitespace (QChar::isSpace: Unicode White_Space, which includes NBSP, thin and
// ideographic spaces, tabs, line and paragraph separators) become one ' '; both ends trimmed.
QString collapseSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar c : s) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace

QString normalizeForComparison(QStringView text, NormalizeOptions options)
{
    constexpr NormalizeOptions characterMaps =
        NormalizeOptions(NormalizeOption::Quotes) | NormalizeOption::Dashes | NormalizeOption::Yo;
    const bool maps = options & characterMaps;

    QString s = text.toString();
    if (maps)
        s = mapCharacters(s, options);
    if (options & NormalizeOption::Compatibility)
        s = nfkc(s);
    if (options & NormalizeOption::CaseFold) {
        s = caseFold(s);
        // Folding can leave a few strings un-normalised; like Unicode's toNFKC_Casefold,
        // normalise again.
        if (options & NormalizeOption::Compatibility)
            s = nfkc(s);
    }
    // NFKC turns compatibility forms the first pass does not list into ones it does
    // (full-width grave accent "｀" -> "`"), so map once more.
    if (maps && (options & (NormalizeOption::Compatibility | NormalizeOption::CaseFold)))
        s = mapCharacters(s, options);
    if (options & NormalizeOption::Spaces)
        s = collapseSpaces(s);
    return s;
}

} // namespace cw::text
