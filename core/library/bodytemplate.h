#pragma once

#include "common/result.h"
#include "library/condition.h"

#include <optional>
#include <vector>

namespace cw::library {

// One piece of a clause body: text, `{{name}}`, `{{#if cond}}…{{else}}…{{/if}}`,
// `{{#each list}}…{{/each}}` or `{{plural name год года лет}}` (templates/README.md).
struct BodyNode
{
    enum Kind { Text, Variable, If, Each, Plural } kind = Text;
    QString text; // Text: the text; Variable, Each and Plural: the name
    int line = 0; // line of the tag in the file
    Condition condition;              // If
    std::vector<BodyNode> children;   // If: the branch taken when true; Each: the repeated body
    std::vector<BodyNode> otherwise;  // If: the {{else}} branch
    QStringList forms;                // Plural: the noun's forms (one, other / one, few, many)
};

// "5 лет", "1 year": the number and the form of the noun it needs, by the English rule when
// two forms are given (one, other) and the Russian one when three (1, 21 год; 2–4, 22 года;
// 0, 5–20, 25 лет).
QString plural(qint64 number, const QStringList &forms);

// What a value prints as: a date in the language's long form, a choice by its label. Return
// nothing to print the value as it is.
using Printer = std::function<std::optional<QString>(const QString &name, const QJsonValue &value)>;

class BodyTemplate
{
public:
    // `firstLine` is the line of the body's first character in its file; errors carry the
    // line of the offending tag.
    struct ParseError
    {
        int line = 0;
        QString message;
    };
    static std::variant<BodyTemplate, ParseError> parse(const QString &text, int firstLine);

    const std::vector<BodyNode> &nodes() const { return m_nodes; }
    const QString &source() const { return m_source; }

    // The text with every tag resolved against the answers, in `language` ("en" or "ru") for
    // translatable answers. A name without an answer (or with an empty one), a translatable
    // answer lacking the language, or a yes/no printed as text is an error (code "answer")
    // naming the variable; *errorLine, when given, gets the line of the tag.
    [[nodiscard]] Result<QString> render(const Lookup &lookup, const QString &language, const Printer &printer = {},
                                         int *errorLine = nullptr) const;

private:
    QString m_source;
    std::vector<BodyNode> m_nodes;
};

// The text of a translatable or plain answer in `language`; an empty string when the answer
// has no text in that language.
QString textIn(const QJsonValue &value, const QString &language);

} // namespace cw::library
