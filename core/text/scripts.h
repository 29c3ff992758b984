#pragma once

#include "text/language.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace cw::text {

// A word that mixes alphabets in a way that hides a confusable letter: a Cyrillic "О"
// in "ОfflineCRM", a Latin "c" in "сервис". Found from ICU's script of each letter; the
// suggestion uses ICU's confusable skeletons (UTS #39, the spoof checker's data).
struct MixedScriptWord
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString word;
    QString scripts;    // e.g. "Cyrillic+Latin"
    QString suggestion; // the word with the odd letters replaced by their look-alikes in
                        // the word's main script ("OfflineCRM"); empty if some odd letter
                        // has none. Main script: most letters; on a tie, the text's main
                        // script, then the script of the word's first letter.

    bool operator==(const MixedScriptWord &) const = default;
};

// Words (ICU word boundaries) whose letters come from more than one of Latin, Cyrillic
// and Greek. Words that are legitimately mixed because every letter of one script has no
// look-alike in the other are still reported; the suggestion is then empty.
[[nodiscard]] QList<MixedScriptWord> findMixedScriptWords(QStringView text);

} // namespace cw::text
