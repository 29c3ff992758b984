#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace cw::text {

struct DecodedText
{
    QString text;        // the decoded text; a BOM is not part of it
    QString encoding;    // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R", "ISO-8859-1", "windows-1252"
    bool hadBom = false;
    int confidence = 100; // 0-100, from ICU's detector (100 when a BOM or valid UTF-8 decided)
};

// Decodes bytes of unknown encoding: BOM first; input with NUL or control bytes is tried as
// UTF-16 without a BOM (one byte parity almost all 0x00/0x04) and is otherwise "binary";
// then UTF-8; then a single-byte charset. Details:
//  - Empty input: empty text, "UTF-8".
//  - UTF-8 with a few ill-formed bytes (valid multi-byte sequences outnumber them ten to one,
//    or only the last character is cut off, or there is a BOM) stays UTF-8; each ill-formed
//    byte is read as windows-1252, so nothing is lost. confidence < 100 then.
//  - Otherwise Cyrillic (windows-1251 or KOI8-R, told apart by Russian bigrams and letter
//    case) when the high bytes form whole words, else Latin: "windows-1252" if any byte is in
//    0x80-0x9F, "ISO-8859-1" if not (the two agree on every other byte). ICU's detector
//    only supplies `confidence` here (25 when it did not consider the chosen charset).
// Linear in the input. `fileName` only names the file in the error message.
// Errors: "binary" (NUL bytes, or more than 1% control characters other than tab and line
// breaks), message translated.
[[nodiscard]] Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName = {});

// Encodes text in one of the encodings above, name case-insensitive (tests and export use
// it); other ICU charset names work too. Never writes a BOM. Characters the encoding lacks
// become '?'. An unknown encoding gives an empty array.
[[nodiscard]] QByteArray encode(QStringView text, const QString &encoding);

// A stretch of UTF-8 that was decoded as windows-1252/ISO-8859-1 ("Letâ€™s"):
// [start, end) in the given text, and what it should read ("’").
struct MojibakeSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString repaired;

    bool operator==(const MojibakeSpan &) const = default;
};

// Finds mojibake runs: only sequences that re-encode to valid multi-byte UTF-8 count,
// so ordinary accented Latin text ("café", "Zoë") is not flagged. Characters are re-encoded
// as windows-1252 (C1 controls as themselves, so ISO-8859-1 misreads count too) or, for
// "РїСЂРёРІРµС‚" (UTF-8 read as windows-1251), as windows-1251. A 2-byte sequence counts
// only if it gives Latin-1/Latin Extended-A, Greek or Cyrillic; a windows-1251 run needs
// two sequences in a row or must give punctuation ("вЂ™" -> "’"), so real Russian text
// ("НЕТ»" is the valid sequence D2 BB) is not flagged. Offsets are UTF-16 code units.
[[nodiscard]] QList<MojibakeSpan> findMojibake(QStringView text);

// The text with every run found by findMojibake() replaced ("Letâ€™s" -> "Let’s"), repeated
// while runs remain (at most three passes), so text misread twice is repaired too
// ("Ã¢â‚¬â„¢" -> "’").
[[nodiscard]] QString repairMojibake(QStringView text);

} // namespace cw::text
