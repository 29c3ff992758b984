#include "library/clause.h"

#include "common/tr.h"
#include "library/yamlutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cw::library {

QString Diagnostic::toString() const
{
    const QString where = line > 0 ? file + u':' + QString::number(line) : file;
    return where + (severity == Error ? u": error: "_s : u": note: "_s) + message;
}

std::optional<VarType> varTypeFromName(const QString &name)
{
    static const QMap<QString, VarType> types{
        {u"string"_s, VarType::String}, {u"email"_s, VarType::Email},   {u"url"_s, VarType::Url},
        {u"integer"_s, VarType::Integer}, {u"date"_s, VarType::Date},   {u"bool"_s, VarType::Bool},
        {u"choice"_s, VarType::Choice}, {u"list"_s, VarType::List}};
    const auto it = types.find(name);
    return it == types.end() ? std::nullopt : std::optional(*it);
}

QString varTypeName(VarType type)
{
    switch (type) {
    case VarType::String: return u"string"_s;
    case VarType::Email: return u"email"_s;
    case VarType::Url: return u"url"_s;
    case VarType::Integer: return u"integer"_s;
    case VarType::Date: return u"date"_s;
    case VarType::Bool: return u"bool"_s;
    case VarType::Choice: return u"choice"_s;
    case VarType::List: return u"list"_s;
    }
    return {};
}

const Clause::Body *Clause::body(const QString &language) const
{
    for (const Body &b : bodies)
        if (b.language == language)
            return &b;
    return nullptr;
}

const Variable *Clause::variable(const QString &name) const
{
    for (const Variable &v : variables)
        if (v.name == name)
            return &v;
    return nullptr;
}

namespace yaml {

QJsonValue scalarJson(const YAML::Node &n)
{
    const QString s = QString::fromStdString(n.Scalar());
    if (n.Tag() == "!")   // quoted: always a string
        return s;
    if (s == u"true"_s || s == u"yes"_s)
        return true;
    if (s == u"false"_s || s == u"no"_s)
        return false;
    bool isNumber = false;
    const qlonglong number = s.toLongLong(&isNumber);
    if (isNumber)
        return double(number);
    return s;
}

QJsonValue toJson(const YAML::Node &n)
{
    if (!n || n.IsNull())
        return QJsonValue::Null;
    if (n.IsScalar())
        return scalarJson(n);
    if (n.IsSequence()) {
        QJsonArray a;
        for (const YAML::Node &item : n)
            a.append(toJson(item));
        return a;
    }
    QJsonObject o;
    for (const auto &kv : n)
        o.insert(QString::fromStdString(kv.first.Scalar()), toJson(kv.second));
    return o;
}

} // namespace yaml

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"^[a-z0-9]+(?:[-.][a-z0-9]+)*$"_s);
    return re;
}

// Reads `variables:` — name: type, or name: {type: list, fields: {field: type}}.
void readVariables(const YAML::Node &node, Clause &c, std::vector<Diagnostic> &diagnostics, int first)
{
    if (!node)
        return;
    if (!node.IsMap()) {
        diagnostics.push_back({Diagnostic::Error, c.file, yaml::lineOf(node, first), Tr::tr("“variables” must map each name to its type")});
        return;
    }
    for (const auto &kv : node) {
        Variable v;
        v.name = QString::fromStdString(kv.first.Scalar());
        v.line = yaml::lineOf(kv.first, first);
        const YAML::Node spec = kv.second;
        QString typeName = spec.IsMap() ? yaml::text(spec["type"]) : yaml::text(spec);
        const std::optional<VarType> type = varTypeFromName(typeName);
        if (!type) {
            diagnostics.push_back({Diagnostic::Error, c.file, v.line,
                                   Tr::tr("variable “%1”: unknown type “%2” (string, email, url, integer, date, bool, choice or list)")
                                       .arg(v.name, typeName)});
            continue;
        }
        v.type = *type;
        if (spec.IsMap() && spec["fields"]) {
            if (v.type != VarType::List || !spec["fields"].IsMap()) {
                diagnostics.push_back({Diagnostic::Error, c.file, v.line,
                                       Tr::tr("variable “%1”: only a list has fields, given as field: type").arg(v.name)});
                continue;
            }
            for (const auto &f : spec["fields"]) {
                const QString fieldName = QString::fromStdString(f.first.Scalar());
                const std::optional<VarType> fieldType = varTypeFromName(yaml::text(f.second));
                if (!fieldType || *fieldType == VarType::List) {
                    diagnostics.push_back({Diagnostic::Error, c.file, yaml::lineOf(f.first, first),
                                           Tr::tr("field “%1” of “%2”: unknown type “%3”").arg(fieldName, v.name, yaml::text(f.second))});
                    continue;
                }
                v.fields.emplace_back(fieldName, *fieldType);
            }
        }
        if (c.variable(v.name))
            diagnostics.push_back({Diagnostic::Error, c.file, v.line, Tr::tr("variable “%1” is declared twice").arg(v.name)});
        else
            c.variables.push_back(std::move(v));
    }
}

} // namespace

std::optional<Clause> parseClause(const QByteArray &bytes, const QString &file, std::vector<Diagnostic> &diagnostics)
{
    QString source = QString::fromUtf8(bytes);
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    source.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = source.split(u'\n');
    auto fail = [&](int line, const QString &message) {
        diagnostics.push_back({Diagnostic::Error, file, line, message});
        return std::nullopt;
    };
    if (lines.isEmpty() || lines.first().trimmed() != u"---"_s)
        return fail(1, Tr::tr("a clause file starts with front matter: a line “---”, the fields, another “---”"));
    qsizetype close = 1;
    while (close < lines.size() && lines[close].trimmed() != u"---"_s)
        ++close;
    if (close == lines.size())
        return fail(1, Tr::tr("the front matter is not closed by a line “---”"));

    Clause c;
    c.file = file;
    const int first = 2; // the front matter's first line
    YAML::Node root;
    try {
        root = YAML::Load(lines.mid(1, close - 1).join(u'\n').toStdString());
    } catch (const YAML::Exception &e) {
        return fail(e.mark.line >= 0 ? e.mark.line + first : first,
                    Tr::tr("front matter: %1").arg(QString::fromStdString(e.msg)));
    }
    if (!root.IsMap())
        return fail(first, Tr::tr("the front matter must be a set of “key: value” fields"));

    static const QStringList known{u"id"_s, u"topic"_s, u"edition"_s, u"jurisdictions"_s, u"variables"_s,
                                   u"when"_s, u"satisfies"_s, u"notes"_s, u"history"_s};
    for (const auto &kv : root) {
        const QString key = QString::fromStdString(kv.first.Scalar());
        c.lines.insert(key, yaml::lineOf(kv.first, first));
        if (!known.contains(key))
            diagnostics.push_back({Diagnostic::Error, file, c.lineOf(key),
                                   Tr::tr("unknown field “%1” (id, topic, edition, jurisdictions, variables, when, satisfies, notes, history)").arg(key)});
    }
    try {
        c.id = yaml::text(root["id"]);
        c.topic = yaml::text(root["topic"]);
        c.jurisdictions = yaml::list(root["jurisdictions"]);
        c.satisfies = yaml::list(root["satisfies"]);
        c.notes = yaml::text(root["notes"]);
        if (root["edition"]) {
            bool ok = false;
            c.edition = yaml::text(root["edition"]).toInt(&ok);
            if (!ok || c.edition < 1)
                diagnostics.push_back({Diagnostic::Error, file, c.lineOf(u"edition"_s), Tr::tr("“edition” must be a whole number from 1")});
        }
        readVariables(root["variables"], c, diagnostics, first);
        for (const YAML::Node &h : root["history"]) {
            Clause::Change change{yaml::text(h["edition"]).toInt(), yaml::text(h["date"]), yaml::text(h["note"])};
            if (!h.IsMap() || change.edition < 1 || change.note.isEmpty())
                diagnostics.push_back({Diagnostic::Error, file, yaml::lineOf(h, first),
                                       Tr::tr("a history entry must be {edition: N, date: YYYY-MM-DD, note: what changed}")});
            else
                c.history.push_back(std::move(change));
        }
        std::sort(c.history.begin(), c.history.end(), [](const Clause::Change &a, const Clause::Change &b) { return a.edition > b.edition; });
        if (const QString when = yaml::text(root["when"]); !when.isEmpty()) {
            auto condition = Condition::parse(when);
            if (condition)
                c.when = *condition;
            else
                diagnostics.push_back({Diagnostic::Error, file, c.lineOf(u"when"_s), condition.error().message});
        }
    } catch (const YAML::Exception &e) {
        return fail(first, Tr::tr("front matter: %1").arg(QString::fromStdString(e.msg)));
    }
    if (c.id.isEmpty())
        diagnostics.push_back({Diagnostic::Error, file, first, Tr::tr("the clause has no “id”")});
    else if (!idPattern().match(c.id).hasMatch())
        diagnostics.push_back({Diagnostic::Error, file, c.lineOf(u"id"_s),
                               Tr::tr("“%1” is not a clause id: lower-case letters, digits, “-” and “.”").arg(c.id)});
    if (c.topic.isEmpty())
        diagnostics.push_back({Diagnostic::Error, file, first, Tr::tr("the clause has no “topic”")});
    if (!root["edition"])
        diagnostics.push_back({Diagnostic::Error, file, first, Tr::tr("the clause has no “edition”")});

    // The bodies: "::: en" … ":::" blocks.
    for (qsizetype i = close + 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = int(i) + 1;
        if (!line.startsWith(u":::"_s) || line == u":::"_s) {
            diagnostics.push_back({Diagnostic::Error, file, lineNumber, Tr::tr("text outside a “::: en” or “::: ru” block")});
            return std::nullopt;
        }
        const QString language = line.mid(3).trimmed();
        if (language != u"en"_s && language != u"ru"_s) {
            diagnostics.push_back({Diagnostic::Error, file, lineNumber, Tr::tr("unknown body language “%1” (en or ru)").arg(language)});
            return std::nullopt;
        }
        qsizetype end = i + 1;
        while (end < lines.size() && lines[end].trimmed() != u":::"_s)
            ++end;
        if (end == lines.size()) {
            diagnostics.push_back({Diagnostic::Error, file, lineNumber, Tr::tr("the “::: %1” block is not closed by a line “:::”").arg(language)});
            return std::nullopt;
        }
        qsizetype from = i + 1, to = end;
        while (from < to && lines[from].trimmed().isEmpty())
            ++from;
        while (to > from && lines[to - 1].trimmed().isEmpty())
            --to;
        if (c.body(language))
            diagnostics.push_back({Diagnostic::Error, file, lineNumber, Tr::tr("a second “::: %1” block").arg(language)});
        auto parsed = BodyTemplate::parse(lines.mid(from, to - from).join(u'\n'), int(from) + 1);
        if (auto *error = std::get_if<BodyTemplate::ParseError>(&parsed)) {
            diagnostics.push_back({Diagnostic::Error, file, error->line, error->message});
            c.bodies.push_back({language, {}, lineNumber, false}); // reported once, not again as missing
        } else
            c.bodies.push_back({language, std::get<BodyTemplate>(std::move(parsed)), lineNumber});
        i = end;
    }
    return c;
}

} // namespace cw::library
