#pragma once

#include <QFlags>
#include <QString>
#include <QStringView>

namespace cw::text {

enum class NormalizeOption {
    Compatibility = 0x01, // NFKC: ligatures, full-width forms, "²" -> "2"
    CaseFold = 0x02,      // full Unicode case folding
    Quotes = 0x04,        // « » “ ” „ ‟ ‘ ’ ‚ ‛ ′ ″ ` ' " -> '"'  (apostrophe inside a word -> "'")
    Dashes = 0x08,        // ‐ ‑ ‒ – — ― − -> '-'
    Spaces = 0x10,        // NBSP, thin spaces, tabs, line breaks: runs -> one ' '; trimmed
    Yo = 0x20,            // ё -> е, Ё -> Е
};
Q_DECLARE_FLAGS(NormalizeOptions, NormalizeOption)
Q_DECLARE_OPERATORS_FOR_FLAGS(NormalizeOptions)

inline constexpr NormalizeOptions AllNormalizeOptions = NormalizeOptions(0x3f);

// Returns text normalised for comparison: two strings a reader would call "the same
// words" compare equal after this. Not for display.
[[nodiscard]] QString normalizeForComparison(QStringView text,
                                             NormalizeOptions options = AllNormalizeOptions);

} // namespace cw::text
