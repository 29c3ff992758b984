#include "library/assembly.h"

#include "common/resources.h"
#include "common/tr.h"
#include "document/policydocument.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cw::library {

namespace {

// The words around the clauses (resources/data/library/assembly.json).
QString label(const QString &key, const QString &language)
{
    static const QJsonObject labels = [] {
        const auto data = readBuiltinData(u"library/assembly.json"_s);
        return data ? QJsonDocument::fromJson(*data).object() : QJsonObject();
    }();
    return labels.value(key).toObject().value(language).toString();
}

QString longDate(const QDate &date, const QString &language)
{
    if (language == u"ru"_s) // "1 марта 2026 г." (QLocale gives the genitive month)
        return QLocale(QLocale::Russian).toString(date, u"d MMMM yyyy"_s) + u" г."_s;
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
}

int languageIndex(const QString &language)
{
    return language == u"ru"_s ? 1 : 0;
}

} // namespace

Result<QString> renderClause(const Clause &clause, const PolicyTemplate *policy, const QJsonObject &effectiveAnswers,
                             const QString &language)
{
    const Clause::Body *body = clause.body(language);
    if (!body)
        return Error{u"clause"_s, Tr::tr("%1: clause “%2” has no %3 text").arg(clause.file, clause.id, language)};
    const Lookup lookup = [&](const QString &name) -> QJsonValue {
        // Only what the clause declares: an undeclared name is an error, never a blank.
        return clause.variable(name) ? effectiveAnswers.value(name) : QJsonValue(QJsonValue::Undefined);
    };
    const Printer printer = [&](const QString &name, const QJsonValue &value) -> std::optional<QString> {
        const Variable *v = clause.variable(name);
        if (!v)
            return std::nullopt;
        if (v->type == VarType::Date) {
            const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
            if (d.isValid())
                return longDate(d, language);
        }
        if (const Question *q = policy ? policy->question(name) : nullptr; q && q->type == VarType::Choice)
            for (const Question::Choice &c : q->choices)
                if (c.value == value.toString())
                    return c.label[size_t(languageIndex(language))];
        return std::nullopt;
    };
    int line = 0;
    auto text = body->text.render(lookup, language, printer, &line);
    if (!text) {
        const QString where = line > 0 ? clause.file + u':' + QString::number(line) : clause.file;
        return Error{text.error().code, Tr::tr("%1: clause “%2”: %3").arg(where, clause.id, text.error().message)};
    }
    return *text;
}

Result<QString> assemble(const Library &library, const PolicyTemplate &policy, const QJsonObject &answers, const QString &language)
{
    const QJsonObject effective = effectiveAnswers(policy, answers);
    QStringList problems = validateAnswers(policy, effective, {language});
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (it.key() != u"template"_s && !policy.question(it.key()))
            problems << Tr::tr("“%1” answers no question of this template").arg(it.key());
    if (!problems.isEmpty())
        return Error{u"answers"_s, Tr::tr("%1: some answers are missing or wrong:\n  %2").arg(policy.file, problems.join(u"\n  "_s))};

    const Lookup lookup = [&](const QString &name) { return effective.value(name); };
    const int lang = languageIndex(language);
    struct Part
    {
        QString heading;
        QString text;
    };
    std::vector<Part> parts;
    for (const TemplateSection &s : policy.sections) {
        if (!s.when.evaluate(lookup))
            continue;
        QString text;
        for (const QString &id : s.clauses) {
            const Clause *c = library.clause(id);
            if (!c)
                return Error{u"clause"_s, Tr::tr("%1:%2: no clause “%3” in the library").arg(policy.file).arg(s.line).arg(id)};
            if (!c->when.evaluate(lookup))
                continue;
            auto body = renderClause(*c, &policy, effective, language);
            if (!body)
                return body;
            text += doc::clauseMarkerText(c->id, c->edition) + u'\n' + *body + u"\n\n"_s;
        }
        if (!text.isEmpty())
            parts.push_back({s.heading[size_t(lang)], text});
    }

    QString out = u"# "_s + policy.title[size_t(lang)] + u"\n\n"_s;
    const QDate date = QDate::fromString(effective.value(u"effective_date"_s).toString(), Qt::ISODate);
    if (date.isValid())
        out += label(u"effective_date"_s, language) + u": "_s + longDate(date, language) + u"\n\n"_s;
    out += u"## "_s + label(u"contents"_s, language) + u"\n\n"_s;
    for (size_t i = 0; i < parts.size(); ++i)
        out += QString::number(i + 1) + u". "_s + parts[i].heading + u'\n';
    for (size_t i = 0; i < parts.size(); ++i)
        out += u"\n## "_s + QString::number(i + 1) + u". "_s + parts[i].heading + u"\n\n"_s + parts[i].text.trimmed() + u'\n';
    return out;
}

} // namespace cw::library
