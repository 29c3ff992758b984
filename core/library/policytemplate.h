#pragma once

#include "analysis/taxonomy.h"
#include "library/clause.h"

#include <QJsonObject>

namespace cw::library {

using analysis::Bilingual;

// A question of a template's questionnaire; its id is the variable name clauses use.
struct Question
{
    struct Choice
    {
        QString value;
        Bilingual label;
    };

    QString id;
    VarType type = VarType::String;
    std::vector<std::pair<QString, VarType>> fields; // a list of records
    bool translatable = false; // the answer may be {"en": …, "ru": …}
    bool required = true;
    Bilingual prompt;
    Bilingual help;
    QJsonValue defaultValue;   // undefined when none
    Condition when;            // asked only when this holds
    std::vector<Choice> choices; // a choice, or the allowed items of a list
    std::optional<qint64> min, max;
    int line = 0;
};

struct TemplateSection
{
    Bilingual heading;
    QStringList clauses;
    Condition when;
    int line = 0;
};

// A policy template (templates/README.md): title, questionnaire, outline of sections.
struct PolicyTemplate
{
    QString id;
    QString profile; // gdpr, ru152, ccpa or all
    Bilingual title;
    std::vector<Question> questions;
    std::vector<TemplateSection> sections;
    QString file;
    QString sampleAnswers; // the file beside it, <id>.answers.json, when there is one
    QMap<QString, int> lines;

    const Question *question(const QString &questionId) const;
    int lineOf(const QString &key) const { return lines.value(key, 1); }
};

// Reads a template. Its `questions` may name questions of `bank` (the shared questionnaire)
// by id instead of spelling them out.
std::optional<PolicyTemplate> parseTemplate(const QByteArray &bytes, const QString &file, std::vector<Diagnostic> &diagnostics,
                                            const std::vector<Question> &bank = {});
// The shared questionnaire, policies/questions.yaml: `questions:` and a list of questions.
std::vector<Question> parseQuestionBank(const QByteArray &bytes, const QString &file, std::vector<Diagnostic> &diagnostics);

// The answers of a questionnaire: {"template": id, "answers": {question: value}}, or the
// answers object alone.
[[nodiscard]] Result<QJsonObject> readAnswers(const QByteArray &json, const QString &file);

// Answers with every unanswered question that has a default filled in, and every question
// whose `when` does not hold removed.
QJsonObject effectiveAnswers(const PolicyTemplate &t, const QJsonObject &answers);

// What is wrong with the answers, one message per question (a required one unanswered, a
// value of the wrong type, a choice not offered, a number out of range, a malformed e-mail,
// URL or date, an answer to no question). `languages` are the languages being assembled:
// a translatable answer needs text in each.
QStringList validateAnswers(const PolicyTemplate &t, const QJsonObject &effective, const QStringList &languages);
// The same for one question's answer, without naming the question.
QStringList answerProblems(const Question &q, const QJsonValue &answer, const QStringList &languages);
// Whether the question is asked, given the answers so far (its `when`).
bool isAsked(const Question &q, const QJsonObject &effective);

} // namespace cw::library
