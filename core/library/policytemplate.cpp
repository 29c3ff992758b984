#include "library/policytemplate.h"

#include "common/tr.h"
#include "library/yamlutil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cw::library {

const Question *PolicyTemplate::question(const QString &questionId) const
{
    for (const Question &q : questions)
        if (q.id == questionId)
            return &q;
    return nullptr;
}

namespace {

Bilingual bilingual(const YAML::Node &n)
{
    if (n && n.IsMap())
        return {yaml::text(n["en"]), yaml::text(n["ru"])};
    const QString both = yaml::text(n);
    return {both, both};
}

std::optional<qint64> integer(const YAML::Node &n)
{
    bool ok = false;
    const qint64 v = yaml::text(n).toLongLong(&ok);
    return n && ok ? std::optional(v) : std::nullopt;
}

// One question of a template or of the shared questionnaire (policies/questions.yaml).
std::optional<Question> readQuestion(const YAML::Node &qn, int first, const std::function<void(int, const QString &)> &error)
{
    Question q;
    q.line = yaml::lineOf(qn, first);
    if (!qn.IsMap()) {
        error(q.line, Tr::tr("a question is a set of fields (id, type, prompt…)"));
        return std::nullopt;
    }
    q.id = yaml::text(qn["id"]);
    const QString typeName = yaml::text(qn["type"]);
    const std::optional<VarType> type = varTypeFromName(typeName);
    if (q.id.isEmpty())
        error(q.line, Tr::tr("a question without an “id”"));
    if (!type)
        error(q.line, Tr::tr("question “%1”: unknown type “%2”").arg(q.id, typeName));
    else
        q.type = *type;
    q.translatable = yaml::text(qn["translatable"]) == u"true"_s;
    q.required = yaml::text(qn["required"]) != u"false"_s;
    q.prompt = bilingual(qn["prompt"]);
    q.help = bilingual(qn["help"]);
    if (qn["default"])
        q.defaultValue = yaml::toJson(qn["default"]);
    else
        q.defaultValue = QJsonValue(QJsonValue::Undefined);
    if (const QString when = yaml::text(qn["when"]); !when.isEmpty()) {
        if (auto c = Condition::parse(when))
            q.when = *c;
        else
            error(yaml::lineOf(qn["when"], first), c.error().message);
    }
    for (const YAML::Node &cn : qn["choices"]) {
        if (cn.IsMap())
            q.choices.push_back({yaml::text(cn["value"]), bilingual(cn["label"])});
        else
            q.choices.push_back({yaml::text(cn), {yaml::text(cn), yaml::text(cn)}});
    }
    if (q.type == VarType::Choice && q.choices.empty())
        error(q.line, Tr::tr("question “%1”: a choice needs “choices”").arg(q.id));
    q.min = integer(qn["min"]);
    q.max = integer(qn["max"]);
    if (qn["fields"]) {
        for (const auto &f : qn["fields"]) {
            const QString name = QString::fromStdString(f.first.Scalar());
            const std::optional<VarType> ft = varTypeFromName(yaml::text(f.second));
            if (!ft || *ft == VarType::List)
                error(yaml::lineOf(f.first, first), Tr::tr("field “%1” of “%2”: unknown type").arg(name, q.id));
            else
                q.fields.emplace_back(name, *ft);
        }
    }
    return q;
}

} // namespace

std::optional<PolicyTemplate> parseTemplate(const QByteArray &bytes, const QString &file, std::vector<Diagnostic> &diagnostics,
                                            const std::vector<Question> &bank)
{
    PolicyTemplate t;
    t.file = file;
    const int first = 1;
    auto error = [&](int line, const QString &message) { diagnostics.push_back({Diagnostic::Error, file, line, message}); };
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        error(e.mark.line >= 0 ? e.mark.line + first : first, QString::fromStdString(e.msg));
        return std::nullopt;
    }
    if (!root.IsMap()) {
        error(first, Tr::tr("a template is a set of “key: value” fields (id, profile, title, questions, sections)"));
        return std::nullopt;
    }
    try {
        for (const auto &kv : root) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            t.lines.insert(key, yaml::lineOf(kv.first, first));
            static const QStringList known{u"id"_s, u"profile"_s, u"title"_s, u"questions"_s, u"sections"_s};
            if (!known.contains(key))
                error(t.lineOf(key), Tr::tr("unknown field “%1” (id, profile, title, questions, sections)").arg(key));
        }
        t.id = yaml::text(root["id"]);
        t.profile = yaml::text(root["profile"]);
        t.title = bilingual(root["title"]);
        if (t.id.isEmpty())
            error(first, Tr::tr("the template has no “id”"));
        for (const YAML::Node &qn : root["questions"]) {
            std::optional<Question> q;
            if (qn.IsScalar()) { // a question of the shared questionnaire, by id
                const QString id = yaml::text(qn);
                const auto it = std::find_if(bank.begin(), bank.end(), [&](const Question &b) { return b.id == id; });
                if (it == bank.end()) {
                    error(yaml::lineOf(qn, first), Tr::tr("no question “%1” in the shared questionnaire (policies/questions.yaml)").arg(id));
                    continue;
                }
                q = *it;
                q->line = yaml::lineOf(qn, first);
            } else {
                q = readQuestion(qn, first, error);
            }
            if (!q)
                continue;
            if (t.question(q->id))
                error(q->line, Tr::tr("question “%1” is asked twice").arg(q->id));
            else
                t.questions.push_back(std::move(*q));
        }
        for (const YAML::Node &sn : root["sections"]) {
            TemplateSection s;
            s.line = yaml::lineOf(sn, first);
            if (!sn.IsMap()) {
                error(s.line, Tr::tr("a section is a set of fields (heading, clauses, when)"));
                continue;
            }
            s.heading = bilingual(sn["heading"]);
            s.clauses = yaml::list(sn["clauses"]);
            if (s.heading[0].isEmpty() || s.heading[1].isEmpty())
                error(s.line, Tr::tr("a section needs a heading in English and in Russian"));
            if (const QString when = yaml::text(sn["when"]); !when.isEmpty()) {
                if (auto c = Condition::parse(when))
                    s.when = *c;
                else
                    error(yaml::lineOf(sn["when"], first), c.error().message);
            }
            t.sections.push_back(std::move(s));
        }
    } catch (const YAML::Exception &e) {
        error(e.mark.line >= 0 ? e.mark.line + first : first, QString::fromStdString(e.msg));
        return std::nullopt;
    }
    if (t.sections.empty())
        error(first, Tr::tr("the template has no “sections”"));
    return t;
}

std::vector<Question> parseQuestionBank(const QByteArray &bytes, const QString &file, std::vector<Diagnostic> &diagnostics)
{
    std::vector<Question> out;
    auto error = [&](int line, const QString &message) { diagnostics.push_back({Diagnostic::Error, file, line, message}); };
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap() || !root["questions"].IsSequence()) {
            error(1, Tr::tr("the shared questionnaire is “questions:” followed by a list of questions"));
            return out;
        }
        for (const YAML::Node &qn : root["questions"])
            if (std::optional<Question> q = readQuestion(qn, 1, error)) {
                if (std::any_of(out.begin(), out.end(), [&](const Question &b) { return b.id == q->id; }))
                    error(q->line, Tr::tr("question “%1” is defined twice").arg(q->id));
                else
                    out.push_back(std::move(*q));
            }
    } catch (const YAML::Exception &e) {
        error(e.mark.line >= 0 ? e.mark.line + 1 : 1, QString::fromStdString(e.msg));
    }
    return out;
}

Result<QJsonObject> readAnswers(const QByteArray &json, const QString &file)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json, &e);
    if (d.isNull() || !d.isObject())
        return Error{u"parse"_s, Tr::tr("%1: not a JSON object of answers: %2").arg(file, e.errorString())};
    const QJsonObject o = d.object();
    if (o.value(u"answers"_s).isObject())
        return o.value(u"answers"_s).toObject();
    return o;
}

QJsonObject effectiveAnswers(const PolicyTemplate &t, const QJsonObject &answers)
{
    QJsonObject out;
    for (const Question &q : t.questions) {
        if (!q.when.evaluate([&](const QString &name) { return out.value(name); }))
            continue;
        QJsonValue v = answers.value(q.id);
        if ((v.isUndefined() || v.isNull()) && !q.defaultValue.isUndefined())
            v = q.defaultValue;
        if (!v.isUndefined() && !v.isNull())
            out.insert(q.id, v);
    }
    return out;
}

namespace {

bool validDate(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate).isValid() && s.size() == 10;
}

// What is wrong with one scalar value of `type`, or an empty string.
QString scalarProblem(const QJsonValue &v, VarType type, bool translatable, const QStringList &languages)
{
    switch (type) {
    case VarType::String:
        if (v.isString())
            return {};
        if (v.isObject()) {
            if (!translatable)
                return Tr::tr("one text is expected, not one per language");
            for (const QString &lang : languages)
                if (v.toObject().value(lang).toString().trimmed().isEmpty())
                    return Tr::tr("the %1 text is missing").arg(lang);
            return {};
        }
        return Tr::tr("a text is expected");
    case VarType::Email: {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
        return v.isString() && email.match(v.toString()).hasMatch() ? QString() : Tr::tr("an e-mail address is expected");
    }
    case VarType::Url: {
        const QUrl url(v.toString(), QUrl::StrictMode);
        return v.isString() && url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty()
                   ? QString()
                   : Tr::tr("a web address (https://…) is expected");
    }
    case VarType::Integer:
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) ? QString() : Tr::tr("a whole number is expected");
    case VarType::Date:
        return v.isString() && validDate(v.toString()) ? QString() : Tr::tr("a date YYYY-MM-DD is expected");
    case VarType::Bool:
        return v.isBool() ? QString() : Tr::tr("true or false is expected");
    case VarType::Choice:
    case VarType::List:
        return {};
    }
    return {};
}

QString fieldNames(const Question &q)
{
    QStringList names;
    for (const auto &[name, type] : q.fields)
        names << name;
    return names.join(u", "_s);
}

// Unanswered: nothing, blank text, an empty list, or a translatable answer with no text in any
// language (false and 0 are answers).
bool empty(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return std::all_of(o.begin(), o.end(), [](const QJsonValue &x) { return x.isString() && x.toString().trimmed().isEmpty(); });
    }
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
           || (v.isArray() && v.toArray().isEmpty());
}

} // namespace

QStringList answerProblems(const Question &q, const QJsonValue &v, const QStringList &languages)
{
    QStringList problems;
    if (empty(v)) {
        if (q.required)
            problems << Tr::tr("not answered");
        return problems;
    }
    if (q.type == VarType::Choice) {
        if (std::none_of(q.choices.begin(), q.choices.end(), [&](const Question::Choice &c) { return c.value == v.toString(); }))
            problems << Tr::tr("“%1” is not one of the choices").arg(v.toVariant().toString());
        return problems;
    }
    if (q.type == VarType::List) {
        if (!v.isArray())
            return {Tr::tr("a list is expected")};
        int n = 0;
        for (const QJsonValue &item : v.toArray()) {
            ++n;
            if (!q.choices.empty()) {
                if (std::none_of(q.choices.begin(), q.choices.end(), [&](const Question::Choice &c) { return c.value == item.toString(); }))
                    problems << Tr::tr("item %1: “%2” is not one of the choices").arg(n).arg(item.toVariant().toString());
            } else if (!q.fields.empty()) {
                if (!item.isObject()) {
                    problems << Tr::tr("item %1: a record with the fields %2 is expected").arg(n).arg(fieldNames(q));
                    continue;
                }
                for (const auto &[field, type] : q.fields) {
                    const QJsonValue fv = item.toObject().value(field);
                    const QString p = empty(fv) ? Tr::tr("not answered") : scalarProblem(fv, type, true, languages);
                    if (!p.isEmpty())
                        problems << Tr::tr("item %1, “%2”: %3").arg(n).arg(field, p);
                }
            } else if (const QString p = scalarProblem(item, VarType::String, true, languages); !p.isEmpty()) {
                problems << Tr::tr("item %1: %2").arg(n).arg(p);
            }
        }
        return problems;
    }
    if (const QString p = scalarProblem(v, q.type, q.translatable, languages); !p.isEmpty())
        return {p};
    if (q.type == VarType::Integer) {
        const qint64 n = qint64(v.toDouble());
        if (q.min && q.max && (n < *q.min || n > *q.max))
            problems << Tr::tr("%1 is outside %2–%3").arg(n).arg(*q.min).arg(*q.max);
        else if (q.min && n < *q.min)
            problems << Tr::tr("%1 is below the minimum (%2)").arg(n).arg(*q.min);
        else if (q.max && n > *q.max)
            problems << Tr::tr("%1 is above the maximum (%2)").arg(n).arg(*q.max);
    }
    return problems;
}

bool isAsked(const Question &q, const QJsonObject &effective)
{
    return q.when.evaluate([&](const QString &name) { return effective.value(name); });
}

QStringList validateAnswers(const PolicyTemplate &t, const QJsonObject &effective, const QStringList &languages)
{
    QStringList out;
    for (const Question &q : t.questions) {
        if (!isAsked(q, effective))
            continue;
        for (const QString &p : answerProblems(q, effective.value(q.id), languages))
            out << (q.prompt[0].isEmpty() ? Tr::tr("question “%1”: %2").arg(q.id, p)
                                          : Tr::tr("question “%1” (%2): %3").arg(q.id, q.prompt[0], p));
    }
    return out;
}

} // namespace cw::library
