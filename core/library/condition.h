#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>

namespace cw::library {

// The answer a name stands for, or an undefined QJsonValue when the question was not answered.
using Lookup = std::function<QJsonValue(const QString &name)>;

// A condition over questionnaire answers (a clause's `when`, a template section's `when`,
// `{{#if …}}` in a clause body): `name`, `!c`, `a && b`, `a || b`, `( … )`,
// `name == 'value'`, `name != 'value'`, `'value' in list`. Nothing else is evaluated.
// A bool is true, a string or a list when not empty, a number when not zero, anything
// unanswered false.
class Condition
{
public:
    Condition() = default; // empty: always true

    // An Error (code "condition") saying what is wrong and at which character.
    [[nodiscard]] static Result<Condition> parse(const QString &source);

    bool isEmpty() const { return !m_root; }
    const QString &source() const { return m_source; }
    // Every answer name the condition reads, in order of first use.
    const QStringList &names() const { return m_names; }
    bool evaluate(const Lookup &lookup) const;

    struct Node;

private:
    QString m_source;
    QStringList m_names;
    std::shared_ptr<const Node> m_root;
};

// Truth of an answer as conditions see it.
bool truthy(const QJsonValue &value);

} // namespace cw::library
