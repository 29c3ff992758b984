#include "text/encoding.h"

#include "common/tr.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::text {

namespace {

// Detection looks at this much of the input; decoding always takes all of it.
constexpr qsizetype kSampleSize = 256 * 1024;

const QString kUtf8 = u"UTF-8"_s;
const QString kUtf16Le = u"UTF-16LE"_s;
const QString kUtf16Be = u"UTF-16BE"_s;
const QString kWindows1251 = u"windows-1251"_s;
const QString kKoi8R = u"KOI8-R"_s;
const QString kLatin1 = u"ISO-8859-1"_s;
const QString kWindows1252 = u"windows-1252"_s;

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr openConverter(const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return nullptr;
    return converter;
}

// Bytes -> text with an ICU converter; bytes the charset does not define become U+FFFD.
QString icuDecode(const QString &encoding, const char *data, qsizetype size)
{
    ConverterPtr converter = openConverter(encoding);
    if (!converter || size == 0)
        return {};
    // The single-byte charsets used here give one UTF-16 unit per byte.
    QString out(size, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()),
                                    int32_t(out.size()), data, int32_t(size), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(n);
        status = U_ZERO_ERROR;
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      data, int32_t(size), &status);
    } else {
        out.truncate(n);
    }
    return U_SUCCESS(status) ? out : QString();
}

// Text -> bytes with an ICU converter; characters the charset lacks become '?', not ICU's
// default substitute 0x1A, which would make the file look binary when read back.
QByteArray icuEncode(QStringView text, const QString &encoding)
{
    ConverterPtr converter = openConverter(encoding);
    if (!converter)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setSubstChars(converter.get(), "?", 1, &status);
    const auto *src = reinterpret_cast<const UChar *>(text.utf16());
    status = U_ZERO_ERROR;
    const int32_t needed = ucnv_fromUChars(converter.get(), nullptr, 0, src, int32_t(text.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return {};
    QByteArray out(needed, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    ucnv_fromUChars(converter.get(), out.data(), needed, src, int32_t(text.size()), &status);
    return U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING ? out : QByteArray();
}

// A single-byte charset as two tables, from ICU's own mapping: byte -> UTF-16 and back.
// windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; ICU (and this table) maps
// them to the Latin-1 control characters of the same value, so no byte is ever lost, and the
// reverse table maps every C1 control back, which also covers UTF-8 read as ISO-8859-1.
struct SingleByteCharset
{
    std::array<char16_t, 256> toUnicode{};
    std::vector<uint8_t> fromUnicode = std::vector<uint8_t>(0x10000, 0); // 0: not a high byte

    explicit SingleByteCharset(const QString &encoding)
    {
        std::array<char, 256> bytes{};
        for (int b = 0; b < 256; ++b)
            bytes[size_t(b)] = char(b);
        const QString decoded = icuDecode(encoding, bytes.data(), 256);
        for (int b = 0; b < 256; ++b) {
            char16_t c = decoded.size() == 256 ? decoded.at(b).unicode() : char16_t(b);
            if (c == 0xFFFD || (b >= 0x80 && c == 0x1A))
                c = char16_t(b);
            toUnicode[size_t(b)] = c;
            if (b >= 0x80)
                fromUnicode[c] = uint8_t(b);
        }
    }
};

const SingleByteCharset &windows1252()
{
    static const SingleByteCharset charset = [] {
        SingleByteCharset c(kWindows1252);
        for (int b = 0x80; b < 0xA0; ++b) {
            if (!c.fromUnicode[size_t(b)])
                c.fromUnicode[size_t(b)] = uint8_t(b);
        }
        return c;
    }();
    return charset;
}

const SingleByteCharset &windows1251()
{
    static const SingleByteCharset charset(kWindows1251);
    return charset;
}

// ---------------------------------------------------------------------------------------
// Binary data and byte statistics

bool isTextControl(char16_t c)
{
    // Tab, line feed, vertical tab, form feed and carriage return occur in text files.
    return c >= 0x09 && c <= 0x0D;
}

struct ByteStats
{
    qsizetype nul = 0;
    qsizetype controls = 0;  // C0 controls other than tab and line breaks
    qsizetype high = 0;      // bytes >= 0x80
};

ByteStats byteStats(const uchar *p, qsizetype n)
{
    // Counted without branches, so that the loop vectorises: every file is read through here.
    // 32-bit counters over chunks of 16 MB, added up: wider ones would halve the lanes.
    ByteStats s;
    for (qsizetype from = 0; from < n; from += qsizetype(1) << 24) {
        const qsizetype to = std::min(n, from + (qsizetype(1) << 24));
        quint32 nul = 0, controls = 0, high = 0;
        for (qsizetype i = from; i < to; ++i) {
            const uchar b = p[i];
            nul += b == 0;
            controls += (uchar(b - 1) < 0x1F) & !(b >= 0x09 && b <= 0x0D); // 0x01–0x1F but text controls
            high += b >> 7;
        }
        s.nul += nul;
        s.controls += controls;
        s.high += high;
    }
    // A Ctrl-Z at the very end is an old DOS end-of-file mark.
    if (n > 0 && p[n - 1] == 0x1A)
        --s.controls;
    return s;
}

// More than one control character per hundred is more than any text has.
bool tooManyControls(qsizetype controls, qsizetype total)
{
    return controls > 0 && controls * 100 > total;
}

bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && !isTextControl(c.unicode())) {
            if (c.unicode() == 0)
                return true;
            ++controls;
        }
    }
    return tooManyControls(controls, text.size());
}

Error binaryError(const QString &fileName)
{
    const QString message = fileName.isEmpty()
        ? Tr::tr("The input is not text: it contains binary data (NUL bytes or control characters).")
        : Tr::tr("%1: not a text file: it contains binary data (NUL bytes or control characters).")
              .arg(fileName);
    return Error{u"binary"_s, message};
}

// ---------------------------------------------------------------------------------------
// UTF-8 and UTF-16

struct Utf8Scan
{
    qsizetype valid = 0;   // valid multi-byte sequences
    qsizetype invalid = 0; // ill-formed subsequences (ICU's "maximal subparts")
    bool truncatedAtEnd = false;
};

Utf8Scan scanUtf8(const uchar *p, qsizetype n)
{
    Utf8Scan scan;
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) { // the common case, without the macro
            ++i;
            continue;
        }
        const qsizetype start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c >= 0) {
            ++scan.valid;
        } else {
            ++scan.invalid;
            scan.truncatedAtEnd = i == n && U8_IS_LEAD(p[start]) && 1 + U8_COUNT_TRAIL_BYTES(p[start]) > n - start;
        }
    }
    return scan;
}

// UTF-8 in which each ill-formed byte is read as windows-1252 instead of becoming U+FFFD:
// a UTF-8 file with a few pasted windows-1252 quotes keeps them.
QString decodeUtf8Leniently(const uchar *p, qsizetype n)
{
    const auto &cp1252 = windows1252().toUnicode;
    QString out(n, Qt::Uninitialized); // never more UTF-16 units than bytes
    auto *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype o = 0;
    for (qsizetype i = 0; i < n;) {
        const qsizetype start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c >= 0) {
            if (U_IS_BMP(c)) {
                dst[o++] = char16_t(c);
            } else {
                dst[o++] = U16_LEAD(c);
                dst[o++] = U16_TRAIL(c);
            }
        } else {
            for (qsizetype k = start; k < i; ++k)
                dst[o++] = cp1252[p[k]];
        }
    }
    out.truncate(o);
    return out;
}

QString decodeUtf16(const char *data, qsizetype size, QStringConverter::Encoding encoding, bool *error)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(data, size));
    if (error)
        *error = decoder.hasError();
    return text;
}

// UTF-16 without a BOM: in English or Russian text nearly every high byte is 0x00 (ASCII,
// Latin-1) or 0x04 (Cyrillic), so one byte parity is almost all 0x00/0x04: the odd one for
// UTF-16LE, the even one for UTF-16BE. Only tried on input that would otherwise count as
// binary (NUL or control bytes), and the result must decode cleanly and not look binary.
std::optional<DecodedText> decodeUtf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype pairs = bytes.size() / 2;
    if (bytes.size() % 2 != 0 || pairs == 0)
        return std::nullopt;
    qsizetype highAtEven = 0;
    qsizetype highAtOdd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char b = bytes.at(i);
        if (b == 0x00 || b == 0x04)
            ++((i & 1) ? highAtOdd : highAtEven);
    }
    auto mostly = [pairs](qsizetype count) { return count * 10 >= pairs * 8; };
    const bool le = mostly(highAtOdd) && !mostly(highAtEven);
    const bool be = mostly(highAtEven) && !mostly(highAtOdd);
    if (!le && !be)
        return std::nullopt;
    bool error = false;
    QString text = decodeUtf16(bytes.constData(), bytes.size(),
                               le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, &error);
    if (error || looksBinary(text))
        return std::nullopt;
    const qsizetype high = le ? highAtOdd : highAtEven;
    return DecodedText{std::move(text), le ? kUtf16Le : kUtf16Be, false, int(high * 100 / pairs)};
}

// ---------------------------------------------------------------------------------------
// Single-byte charsets

bool isCyrillicLetter(char16_t c)
{
    return (c >= u'а' && c <= u'я') || (c >= u'А' && c <= u'Я') || c == u'ё' || c == u'Ё';
}

// How Russian the text reads: frequent bigrams (case-insensitive), plus lower-case letters
// minus capitals. KOI8-R read as windows-1251, or the other way round, swaps the case of
// every letter and scrambles most of them, so both terms drop; the bigrams decide
// for text in capitals.
qsizetype russianScore(QStringView text)
{
    static const std::array<std::u16string_view, 40> bigrams = {
        u"ст", u"но", u"то", u"на", u"ен", u"ов", u"ни", u"ра", u"во", u"ко",
        u"ос", u"ро", u"ре", u"пр", u"по", u"ер", u"ал", u"ан", u"ли", u"не",
        u"ол", u"ор", u"ет", u"ка", u"ла", u"та", u"ва", u"ти", u"ел", u"ат",
        u"од", u"де", u"ит", u"ин", u"ле", u"ом", u"ть", u"ны", u"ие", u"ых",
    };
    qsizetype hits = 0;
    qsizetype lower = 0;
    qsizetype upper = 0;
    char16_t previous = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isCyrillicLetter(c)) {
            previous = 0;
            continue;
        }
        const char16_t folded = QChar::toLower(c);
        if (folded == c)
            ++lower;
        else
            ++upper;
        if (previous) {
            const char16_t pair[2] = {previous, folded};
            const std::u16string_view view(pair, 2);
            for (const auto &b : bigrams) {
                if (b == view) {
                    ++hits;
                    break;
                }
            }
        }
        previous = folded;
    }
    return hits * 8 + lower - upper;
}

// Cyrillic letters in windows-1251 and KOI8-R are bytes 0xC0-0xFF (and ё, Ё at 0xA8/0xB8
// or 0xA3/0xB3), where Latin-1 has its accented letters. Russian words are made of such bytes
// only; accented letters in French or German sit inside words of ASCII letters ("Größe",
// "señor"). So: are there more high letters in all-high words (of two letters or more:
// "в", "é" prove nothing) than, twice over, in words that mix them with ASCII letters?
bool looksCyrillic(const uchar *p, qsizetype n)
{
    auto isHighLetter = [](uchar b) { return b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xA3 || b == 0xB3; };
    auto isAsciiLetter = [](uchar b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'); };
    qsizetype inPureWords = 0;
    qsizetype inMixedWords = 0;
    for (qsizetype i = 0; i < n;) {
        qsizetype high = 0;
        qsizetype ascii = 0;
        for (; i < n && (isHighLetter(p[i]) || isAsciiLetter(p[i])); ++i)
            ++(isAsciiLetter(p[i]) ? ascii : high);
        if (ascii > 0)
            inMixedWords += high;
        else if (high >= 2)
            inPureWords += high;
        if (high == 0 && ascii == 0)
            ++i;
    }
    return inPureWords > 0 && inPureWords >= 2 * inMixedWords;
}

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

// ICU's confidence (0-100) for `encoding` on the sample, or -1 when it did not consider it.
int icuConfidence(const char *data, qsizetype size, const QString &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return -1;
    ucsdet_setText(detector.get(), data, int32_t(size), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return -1;
    const QByteArray wanted = encoding.toLatin1();
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        if (U_SUCCESS(s) && qstricmp(name, wanted.constData()) == 0)
            return ucsdet_getConfidence(matches[i], &s);
    }
    return -1;
}

DecodedText decodeSingleByte(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype sample = std::min(bytes.size(), kSampleSize);

    QString encoding;
    if (looksCyrillic(p, sample)) {
        const qsizetype cp1251 = russianScore(icuDecode(kWindows1251, bytes.constData(), sample));
        const qsizetype koi8 = russianScore(icuDecode(kKoi8R, bytes.constData(), sample));
        encoding = koi8 > cp1251 ? kKoi8R : kWindows1251;
    } else {
        // Bytes 0x80-0x9F are controls in ISO-8859-1 but quotes, dashes, € in windows-1252;
        // for every other byte the two agree.
        bool c1 = false;
        for (qsizetype i = 0; i < bytes.size() && !c1; ++i)
            c1 = p[i] >= 0x80 && p[i] < 0xA0;
        encoding = c1 ? kWindows1252 : kLatin1;
    }
    // Our own check decides; ICU's detector, weak on a few hundred bytes of Cyrillic, only
    // says how sure it is. When it did not even consider the charset we chose, say "unsure".
    const int confidence = icuConfidence(bytes.constData(), sample, encoding);
    return DecodedText{icuDecode(encoding, bytes.constData(), bytes.size()), encoding, false,
                       confidence >= 0 ? confidence : 25};
}

} // namespace

Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return DecodedText{QString(), kUtf8, false, 100};

    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();

    // A byte order mark decides.
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        const bool le = p[0] == 0xFF;
        QString text = decodeUtf16(bytes.constData() + 2, n - 2,
                                   le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, nullptr);
        if (looksBinary(text))
            return binaryError(fileName);
        return DecodedText{std::move(text), le ? kUtf16Le : kUtf16Be, true, 100};
    }
    const bool utf8Bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
    const qsizetype offset = utf8Bom ? 3 : 0;
    const uchar *body = p + offset;
    const qsizetype size = n - offset;

    const ByteStats stats = byteStats(body, size);
    if (stats.nul > 0 || tooManyControls(stats.controls, size)) {
        if (!utf8Bom) {
            if (std::optional<DecodedText> utf16 = decodeUtf16WithoutBom(bytes))
                return std::move(*utf16);
        }
        return binaryError(fileName);
    }

    const auto *chars = reinterpret_cast<const char *>(body);
    if (stats.high == 0) // ASCII is UTF-8
        return DecodedText{QString::fromLatin1(chars, size), kUtf8, utf8Bom, 100};

    const Utf8Scan scan = scanUtf8(body, size);
    if (scan.invalid == 0)
        return DecodedText{QString::fromUtf8(chars, size), kUtf8, utf8Bom, 100};
    // Mostly UTF-8: a BOM, a sequence cut off by truncation, or valid sequences
    // outnumbering ill-formed bytes many times (windows-1251 or -1252 text almost never
    // forms a valid multi-byte sequence, let alone many).
    const bool onlyTruncated = scan.invalid == 1 && scan.truncatedAtEnd;
    if (utf8Bom || onlyTruncated || (scan.valid >= 4 && scan.valid >= scan.invalid * 10)) {
        const int confidence = onlyTruncated ? 99 : int(scan.valid * 100 / (scan.valid + scan.invalid));
        return DecodedText{decodeUtf8Leniently(body, size), kUtf8, utf8Bom, confidence};
    }
    return decodeSingleByte(bytes);
}

QByteArray encode(QStringView text, const QString &encoding)
{
    if (encoding.compare(kUtf8, Qt::CaseInsensitive) == 0)
        return text.toUtf8();
    if (encoding.compare(kUtf16Le, Qt::CaseInsensitive) == 0)
        return QStringEncoder(QStringConverter::Utf16LE).encode(text);
    if (encoding.compare(kUtf16Be, Qt::CaseInsensitive) == 0)
        return QStringEncoder(QStringConverter::Utf16BE).encode(text);
    return icuEncode(text, encoding);
}

// ---------------------------------------------------------------------------------------
// Mojibake

namespace {

enum class Misread {
    Windows1252, // "Letâ€™s", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚"
    Windows1251, // "РїСЂРёРІРµС‚"
};

struct Sequence
{
    qsizetype start = 0;
    qsizetype end = 0;
    char32_t codePoint = 0;
};

// A two-byte sequence from a misread is only believed when it gives a letter or sign of the
// alphabets around here: "Ü”" (DC 94) is a valid sequence but gives Syriac.
bool plausible(char32_t c, int length)
{
    if (length > 2)
        return true;
    return (c >= 0xA0 && c <= 0x17F) || (c >= 0x370 && c <= 0x4FF);
}

// The valid UTF-8 sequence that starts at text[i] when the text's characters are turned
// back into the bytes of the charset they were misread as; nullopt if there is none.
std::optional<Sequence> sequenceAt(QStringView text, qsizetype i, const SingleByteCharset &charset)
{
    const uint8_t lead = charset.fromUnicode[text.at(i).unicode()];
    if (lead < 0xC2 || lead > 0xF4)
        return std::nullopt;
    const int length = 1 + U8_COUNT_TRAIL_BYTES(lead);
    if (i + length > text.size())
        return std::nullopt;
    std::array<uint8_t, 4> bytes{lead};
    for (int k = 1; k < length; ++k) {
        bytes[size_t(k)] = charset.fromUnicode[text.at(i + k).unicode()];
        if (!U8_IS_TRAIL(bytes[size_t(k)]))
            return std::nullopt;
    }
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(bytes.data(), j, length, c);
    if (c < 0 || j != length || !plausible(char32_t(c), length))
        return std::nullopt;
    return Sequence{i, i + length, char32_t(c)};
}

void appendCodePoint(QString &s, char32_t c)
{
    s.append(QStringView(QChar::fromUcs4(c)));
}

} // namespace

QList<MojibakeSpan> findMojibake(QStringView text)
{
    const SingleByteCharset &cp1252 = windows1252();
    const SingleByteCharset &cp1251 = windows1251();

    QList<MojibakeSpan> spans;
    // The run being collected: adjacent sequences misread the same way.
    MojibakeSpan run;
    Misread runKind = Misread::Windows1252;
    int runSequences = 0;
    char32_t lastCodePoint = 0;

    auto closeRun = [&] {
        if (runSequences == 0)
            return;
        // Real Russian text meets windows-1251's rules by accident ("НЕТ»" is D2 BB, a valid
        // sequence), but never twice in a row, and never as "вЂ"/"в„" punctuation.
        const bool believable = runKind == Misread::Windows1252 || runSequences >= 2
            || (lastCodePoint >= 0x2000 && lastCodePoint <= 0x2BFF);
        if (believable)
            spans.append(run);
        run = {};
        runSequences = 0;
    };

    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).unicode() < 0x80) {
            closeRun();
            ++i;
            continue;
        }
        Misread kind = Misread::Windows1252;
        std::optional<Sequence> seq = sequenceAt(text, i, cp1252);
        if (!seq) {
            kind = Misread::Windows1251;
            seq = sequenceAt(text, i, cp1251);
        }
        if (!seq) {
            closeRun();
            ++i;
            continue;
        }
        if (runSequences > 0 && (kind != runKind || run.end != seq->start))
            closeRun();
        if (runSequences == 0) {
            run.start = seq->start;
            runKind = kind;
        }
        run.end = seq->end;
        appendCodePoint(run.repaired, seq->codePoint);
        lastCodePoint = seq->codePoint;
        ++runSequences;
        i = seq->end;
    }
    closeRun();
    return spans;
}

QString repairMojibake(QStringView text)
{
    QString current = text.toString();
    // Text misread twice ("Ã¢â‚¬â„¢" -> "â€™" -> "’") needs a second pass; three is plenty.
    for (int pass = 0; pass < 3; ++pass) {
        const QList<MojibakeSpan> spans = findMojibake(current);
        if (spans.isEmpty())
            break;
        QString out;
        out.reserve(current.size());
        qsizetype from = 0;
        for (const MojibakeSpan &span : spans) {
            out.append(QStringView(current).sliced(from, span.start - from));
            out.append(span.repaired);
            from = span.end;
        }
        out.append(QStringView(current).sliced(from));
        current = std::move(out);
    }
    return current;
}

} // namespace cw::text
