#pragma once

#include "document/policydocument.h"
#include "library/library.h"

namespace cw::library {

// A clause of an assembled policy whose edition in the library is newer than the one its
// marker records (ARCHITECTURE.md: `<!-- clause ID@EDITION -->`).
struct ClauseUpdate
{
    QString id;
    int editionInText = 0;
    int editionInLibrary = 0;
    doc::TextRange range; // the marker and the clause's text, up to the next marker or heading
    QString currentText;  // the clause's text in the policy, without the marker
    QString libraryText;  // the library's edition, filled in with the answers
};

// The outdated clauses of `document` (imported from Markdown), in document order. Their new
// text is rendered in `language` with the project's answers (`policy` gives the choice labels;
// it may be null). An Error (code "answer") when an updated clause needs an answer the
// project does not have: it names the clause and the question.
[[nodiscard]] Result<std::vector<ClauseUpdate>> findUpdates(const doc::PolicyDocument &document, const Library &library,
                                                            const PolicyTemplate *policy, const QJsonObject &answers,
                                                            const QString &language);

// The text with each update applied: marker and text replaced by the new edition's.
QString applyUpdates(const QString &text, const std::vector<ClauseUpdate> &updates);

} // namespace cw::library
