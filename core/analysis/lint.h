#pragma once

#include "common/result.h"
#include "document/policydocument.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cw::analysis {

// One finding of the linter. `kind` is part of the CLI contract (CLI.md):
// "placeholder", "mixed-script", "mojibake", "empty-contact", "empty-date".
struct LintIssue
{
    QString kind;
    doc::TextRange range; // UTF-16 offsets into PolicyDocument::text
    QString detail;       // translated, one line, says what to do ("Replace “Letâ€™s” with “Let’s”")

    bool operator==(const LintIssue &) const = default;
};

// The linter's cues: which phrases promise a contact or a date, which patterns are
// placeholders. Loaded from data (resources/data/lint/rules.json, extendable by users), never
// compiled in.
class LintRules
{
public:
    // The built-in rules.
    [[nodiscard]] static Result<LintRules> builtin();
    // Rules from a JSON file of the same shape as the built-in one.
    [[nodiscard]] static Result<LintRules> fromJson(const QByteArray &json, const QString &fileName);
    // Adds another rule set's cues to this one (a user's file extends the built-in rules).
    void merge(const LintRules &other);

    QStringList placeholderPatterns; // regular expressions
    QStringList contactCues;         // a promise of an address with none after it ("contact us at.")
    QStringList dateCues;            // phrases after which a date must follow ("Last updated")
    QStringList datePatterns;        // what counts as that date ("Jan 24, 2022", "24.01.2022")
};

// Finds the issues of a document, sorted by start offset.
[[nodiscard]] std::vector<LintIssue> lint(const doc::PolicyDocument &document, const LintRules &rules);

} // namespace cw::analysis
