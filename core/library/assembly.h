#pragma once

#include "library/library.h"

namespace cw::library {

// The policy a template gives for the answers, in `language` ("en" or "ru"): a Markdown text
// with the title, the effective date, a table of contents and the numbered sections, each
// clause preceded by its marker `<!-- clause ID@EDITION -->`. Sections and clauses whose
// `when` does not hold are left out. Incomplete or malformed answers, a clause the library
// lacks, or a variable without an answer give an Error (code "answers", "clause" or
// "answer") naming the question, the clause file and the line; nothing is assembled.
[[nodiscard]] Result<QString> assemble(const Library &library, const PolicyTemplate &policy, const QJsonObject &answers,
                                       const QString &language);

// A clause's body rendered for the answers, as assemble() inserts it (without the marker).
[[nodiscard]] Result<QString> renderClause(const Clause &clause, const PolicyTemplate *policy, const QJsonObject &effectiveAnswers,
                                           const QString &language);

} // namespace cw::library
