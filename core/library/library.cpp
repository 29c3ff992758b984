#include "library/library.h"

#include "analysis/cuepattern.h"
#include "common/tr.h"
#include "text/language.h"
#include "library/assembly.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace cw::library {

QString Library::shippedFolder()
{
    return u":/clausewright/templates"_s;
}

namespace {

QByteArray readFile(const QString &path, std::vector<Diagnostic> &diagnostics)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        diagnostics.push_back({Diagnostic::Error, path, 0, Tr::tr("cannot read: %1").arg(f.errorString())});
        return {};
    }
    return f.readAll();
}

QStringList filesUnder(const QString &folder, const QStringList &patterns, bool recursive)
{
    QStringList out;
    QDirIterator it(folder, patterns, QDir::Files, recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

Library Library::load(const QStringList &folders)
{
    Library lib;
    std::map<QString, int> clauseLayer, templateLayer;
    for (int layer = 0; layer < folders.size(); ++layer) {
        const QString &folder = folders[layer];
        if (!QFileInfo(folder).isDir()) {
            lib.m_diagnostics.push_back({Diagnostic::Error, folder, 0, Tr::tr("not a folder")});
            continue;
        }
        const QString policies = QDir(folder).filePath(u"policies"_s);
        for (const QString &path : filesUnder(folder, {u"*.md"_s}, true)) {
            if (QFileInfo(path).fileName().compare(u"README.md"_s, Qt::CaseInsensitive) == 0)
                continue;
            const QByteArray bytes = readFile(path, lib.m_diagnostics);
            std::optional<Clause> c = parseClause(bytes, path, lib.m_diagnostics);
            if (!c || c->id.isEmpty())
                continue;
            if (const auto it = clauseLayer.find(c->id); it != clauseLayer.end()) {
                const Clause *earlier = lib.clause(c->id);
                if (it->second == layer)
                    lib.m_diagnostics.push_back({Diagnostic::Error, path, c->lineOf(u"id"_s),
                                                 Tr::tr("clause id “%1” is also used by %2").arg(c->id, earlier->file)});
                else
                    lib.m_diagnostics.push_back({Diagnostic::Note, path, c->lineOf(u"id"_s),
                                                 Tr::tr("clause “%1” replaces the one in %2").arg(c->id, earlier->file)});
            }
            clauseLayer[c->id] = layer;
            lib.add(std::move(*c));
        }
        const QString bankFile = QDir(policies).filePath(u"questions.yaml"_s);
        if (QFileInfo::exists(bankFile))
            for (Question &q : parseQuestionBank(readFile(bankFile, lib.m_diagnostics), bankFile, lib.m_diagnostics)) {
                const auto it = std::find_if(lib.m_bank.begin(), lib.m_bank.end(), [&](const Question &b) { return b.id == q.id; });
                if (it != lib.m_bank.end())
                    *it = std::move(q); // a later library's wording of a shared question
                else
                    lib.m_bank.push_back(std::move(q));
            }
        for (const QString &path : filesUnder(policies, {u"*.yaml"_s, u"*.yml"_s}, false)) {
            if (path == bankFile)
                continue;
            const QByteArray bytes = readFile(path, lib.m_diagnostics);
            std::optional<PolicyTemplate> t = parseTemplate(bytes, path, lib.m_diagnostics, lib.m_bank);
            if (!t || t->id.isEmpty())
                continue;
            const QString answers = QDir(policies).filePath(t->id + u".answers.json"_s);
            if (QFileInfo::exists(answers))
                t->sampleAnswers = answers;
            if (const auto it = templateLayer.find(t->id); it != templateLayer.end()) {
                const PolicyTemplate *earlier = lib.findTemplate(t->id);
                lib.m_diagnostics.push_back({it->second == layer ? Diagnostic::Error : Diagnostic::Note, path, t->lineOf(u"id"_s),
                                             it->second == layer ? Tr::tr("template id “%1” is also used by %2").arg(t->id, earlier->file)
                                                                 : Tr::tr("template “%1” replaces the one in %2").arg(t->id, earlier->file)});
            }
            templateLayer[t->id] = layer;
            lib.add(std::move(*t));
        }
    }
    return lib;
}

void Library::add(Clause clause)
{
    auto it = std::lower_bound(m_clauses.begin(), m_clauses.end(), clause.id, [](const Clause &c, const QString &id) { return c.id < id; });
    if (it != m_clauses.end() && it->id == clause.id)
        *it = std::move(clause);
    else
        m_clauses.insert(it, std::move(clause));
}

void Library::add(PolicyTemplate t)
{
    auto it = std::lower_bound(m_templates.begin(), m_templates.end(), t.id,
                               [](const PolicyTemplate &p, const QString &id) { return p.id < id; });
    if (it != m_templates.end() && it->id == t.id)
        *it = std::move(t);
    else
        m_templates.insert(it, std::move(t));
}

const Clause *Library::clause(const QString &id) const
{
    auto it = std::lower_bound(m_clauses.begin(), m_clauses.end(), id, [](const Clause &c, const QString &i) { return c.id < i; });
    return it != m_clauses.end() && it->id == id ? &*it : nullptr;
}

const PolicyTemplate *Library::findTemplate(const QString &id) const
{
    for (const PolicyTemplate &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::vector<const Clause *> Library::clausesSatisfying(const QString &requirementId) const
{
    std::vector<const Clause *> out;
    for (const Clause &c : m_clauses)
        if (c.satisfies.contains(requirementId))
            out.push_back(&c);
    return out;
}

std::shared_ptr<const analysis::SimilarityModel> Library::similarityModel(const analysis::Taxonomy &taxonomy) const
{
    std::vector<analysis::TopicExample> examples;
    for (const Clause &c : m_clauses) {
        const int topic = taxonomy.indexOf(c.topic);
        if (topic < 0)
            continue;
        for (const Clause::Body &b : c.bodies)
            examples.push_back({topic, b.text.source()});
    }
    if (examples.empty())
        return nullptr;
    auto model = std::make_shared<analysis::SimilarityModel>();
    model->train(examples);
    return model;
}

std::vector<const Clause *> Library::clausesOnTopic(const QString &topic) const
{
    std::vector<const Clause *> out;
    for (const Clause &c : m_clauses)
        if (c.topic == topic)
            out.push_back(&c);
    return out;
}

std::vector<const Clause *> Library::search(const QString &query) const
{
    analysis::WordAnalyser analyser;
    // Ids and topics are searched by their parts: "retention.fixed-period" is three words.
    auto wordsOf = [&](QString text) {
        text.replace(u'.', u' ').replace(u'-', u' ');
        return analyser.words(text, {0, text.size()}, text::Language::Unknown);
    };
    const std::vector<analysis::Word> wanted = wordsOf(query);
    std::vector<const Clause *> out;
    for (const Clause &c : m_clauses) {
        if (wanted.empty()) {
            out.push_back(&c);
            continue;
        }
        QString all = c.id + u' ' + c.topic + u' ' + c.notes;
        for (const Clause::Body &b : c.bodies)
            all += u'\n' + b.text.source();
        QSet<QString> stems, lowers;
        for (const analysis::Word &w : wordsOf(all)) {
            stems << w.stem;
            lowers << w.lower;
        }
        const bool allFound = std::all_of(wanted.begin(), wanted.end(), [&](const analysis::Word &w) {
            if (stems.contains(w.stem))
                return true;
            // "хранение" (stem хранен) finds "храним" (stem хран), "erased" (eras) finds
            // "erasure" (erasur): stems of four letters or more where one begins the other.
            return std::any_of(lowers.begin(), lowers.end(), [&](const QString &l) { return l.startsWith(w.lower); })
                   || std::any_of(stems.begin(), stems.end(), [&](const QString &s) {
                          return std::min(s.size(), w.stem.size()) >= 4 && (w.stem.startsWith(s) || s.startsWith(w.stem));
                      });
        });
        if (allFound)
            out.push_back(&c);
    }
    return out;
}

namespace {

// The names a body reads, each with the line of its first use: variables printed, names in
// {{#if}} conditions, lists of {{#each}}. Inside an {{#each}} over a list of records, the
// record's fields and "this" are the loop's own and not reported.
void namesUsed(const std::vector<BodyNode> &nodes, const Clause &c, QSet<QString> loopNames,
               std::map<QString, int> &used, std::vector<Diagnostic> &misused)
{
    auto use = [&](const QString &name, int line) {
        if (loopNames.contains(name))
            return;
        used.try_emplace(name, line);
    };
    for (const BodyNode &n : nodes) {
        switch (n.kind) {
        case BodyNode::Text: break;
        case BodyNode::Plural:
            use(n.text, n.line);
            if (const Variable *v = c.variable(n.text); v && v->type != VarType::Integer && !loopNames.contains(n.text))
                misused.push_back({Diagnostic::Error, c.file, n.line,
                                   Tr::tr("“%1” is not an integer: plural needs a number").arg(n.text)});
            break;
        case BodyNode::Variable:
            use(n.text, n.line);
            if (const Variable *v = c.variable(n.text); v && v->type == VarType::Bool && !loopNames.contains(n.text))
                misused.push_back({Diagnostic::Error, c.file, n.line,
                                   Tr::tr("“%1” is yes/no: test it with {{#if %1}} rather than print it").arg(n.text)});
            break;
        case BodyNode::If:
            for (const QString &name : n.condition.names())
                use(name, n.line);
            namesUsed(n.children, c, loopNames, used, misused);
            namesUsed(n.otherwise, c, loopNames, used, misused);
            break;
        case BodyNode::Each: {
            use(n.text, n.line);
            QSet<QString> inner = loopNames;
            inner << u"this"_s;
            if (const Variable *v = c.variable(n.text))
                for (const auto &[field, type] : v->fields)
                    inner << field;
            namesUsed(n.children, c, inner, used, misused);
            break;
        }
        }
    }
}

} // namespace

std::vector<Diagnostic> Library::check(const analysis::Taxonomy &taxonomy, const analysis::Profiles &profiles) const
{
    std::vector<Diagnostic> out = m_diagnostics;
    auto error = [&](const QString &file, int line, const QString &message) { out.push_back({Diagnostic::Error, file, line, message}); };
    static const QStringList jurisdictions{u"gdpr"_s, u"ru152"_s, u"ccpa"_s};
    QSet<QString> requirementIds;
    for (const analysis::Profile &p : profiles.all())
        for (const analysis::Requirement &r : p.requirements)
            requirementIds << r.id;

    // The templates that use each clause.
    std::map<QString, std::vector<const PolicyTemplate *>> usedBy;
    for (const PolicyTemplate &t : m_templates)
        for (const TemplateSection &s : t.sections)
            for (const QString &id : s.clauses)
                usedBy[id].push_back(&t);

    for (const Clause &c : m_clauses) {
        if (taxonomy.indexOf(c.topic) < 0)
            error(c.file, c.lineOf(u"topic"_s), Tr::tr("unknown topic “%1” (TAXONOMY.md)").arg(c.topic));
        else if (!c.id.startsWith(c.topic + u'.'))
            error(c.file, c.lineOf(u"id"_s), Tr::tr("the id “%1” should start with its topic, “%2.”").arg(c.id, c.topic));
        if (c.jurisdictions.isEmpty())
            error(c.file, c.lineOf(u"id"_s), Tr::tr("no “jurisdictions” (gdpr, ru152, ccpa)"));
        for (const QString &j : c.jurisdictions)
            if (!jurisdictions.contains(j))
                error(c.file, c.lineOf(u"jurisdictions"_s), Tr::tr("unknown jurisdiction “%1” (gdpr, ru152 or ccpa)").arg(j));
        for (const QString &r : c.satisfies)
            if (!requirementIds.contains(r))
                error(c.file, c.lineOf(u"satisfies"_s), Tr::tr("“%1” is no requirement of the profiles").arg(r));
        std::map<QString, int> used;
        std::vector<Diagnostic> misused;
        bool bodiesRead = true;
        for (const QString &language : {u"en"_s, u"ru"_s}) {
            const Clause::Body *b = c.body(language);
            if (!b) {
                error(c.file, 0, Tr::tr("no “::: %1” body").arg(language));
                continue;
            }
            if (!b->valid) {
                bodiesRead = false;
                continue;
            }
            namesUsed(b->text.nodes(), c, {}, used, misused);
        }
        out.insert(out.end(), misused.begin(), misused.end());
        for (const auto &[name, line] : used)
            if (!c.variable(name))
                error(c.file, line, Tr::tr("“%1” is used but not declared in “variables”").arg(name));
        for (const Variable &v : c.variables)
            if (bodiesRead && !used.contains(v.name) && !c.when.names().contains(v.name))
                error(c.file, v.line, Tr::tr("variable “%1” is declared but not used").arg(v.name));
        // Conditions and variables against the questionnaires of the templates that use it.
        for (const PolicyTemplate *t : usedBy[c.id]) {
            for (const QString &name : c.when.names())
                if (!t->question(name))
                    error(c.file, c.lineOf(u"when"_s),
                          Tr::tr("the condition names “%1”, which template “%2” does not ask").arg(name, t->id));
            for (const Variable &v : c.variables) {
                const Question *q = t->question(v.name);
                if (!q)
                    error(c.file, v.line, Tr::tr("variable “%1” is no question of template “%2”").arg(v.name, t->id));
                else if (q->type != v.type && !(v.type == VarType::String && q->type == VarType::Choice))
                    error(c.file, v.line, Tr::tr("variable “%1” is a %2 here but a %3 in template “%4”")
                                              .arg(v.name, varTypeName(v.type), varTypeName(q->type), t->id));
                else if (v.fields != q->fields)
                    error(c.file, v.line, Tr::tr("the fields of “%1” differ from those of the question in template “%2”").arg(v.name, t->id));
            }
        }
    }

    for (const PolicyTemplate &t : m_templates) {
        if (t.profile != u"all"_s && !profiles.find(t.profile))
            error(t.file, t.lineOf(u"profile"_s), Tr::tr("unknown profile “%1” (gdpr, ru152, ccpa or all)").arg(t.profile));
        const Question *date = t.question(u"effective_date"_s);
        if (!date || date->type != VarType::Date)
            error(t.file, t.lineOf(u"questions"_s), Tr::tr("the template must ask “effective_date” (a date)"));
        for (const Question &q : t.questions)
            for (const QString &name : q.when.names())
                if (!t.question(name))
                    error(t.file, q.line, Tr::tr("question “%1” depends on “%2”, which is not asked").arg(q.id, name));
        QSet<QString> satisfied;
        for (const TemplateSection &s : t.sections) {
            for (const QString &name : s.when.names())
                if (!t.question(name))
                    error(t.file, s.line, Tr::tr("the section's condition names “%1”, which is not asked").arg(name));
            if (s.clauses.isEmpty())
                error(t.file, s.line, Tr::tr("the section “%1” pulls no clause").arg(s.heading[0]));
            for (const QString &id : s.clauses) {
                if (const Clause *c = clause(id)) {
                    for (const QString &r : c->satisfies)
                        satisfied << r;
                } else {
                    error(t.file, s.line, Tr::tr("no clause “%1” in the library").arg(id));
                }
            }
        }
        for (const analysis::Profile &p : profiles.all())
            if (t.profile == u"all"_s || p.id == t.profile)
                for (const analysis::Requirement &r : p.requirements)
                    if (!satisfied.contains(r.id))
                        error(t.file, t.lineOf(u"sections"_s), Tr::tr("no clause of the template satisfies %1 (%2)").arg(r.id, r.title[0]));
        if (t.sampleAnswers.isEmpty()) {
            error(t.file, 0, Tr::tr("no sample answers (%1.answers.json beside the template)").arg(t.id));
            continue;
        }
        QFile f(t.sampleAnswers);
        if (!f.open(QIODevice::ReadOnly)) {
            error(t.sampleAnswers, 0, Tr::tr("cannot read: %1").arg(f.errorString()));
            continue;
        }
        auto answers = readAnswers(f.readAll(), t.sampleAnswers);
        if (!answers) {
            error(t.sampleAnswers, 0, answers.error().message);
            continue;
        }
        for (const QString &language : {u"en"_s, u"ru"_s})
            if (auto policy = assemble(*this, t, *answers, language); !policy)
                error(t.sampleAnswers, 0, Tr::tr("does not assemble in %1: %2").arg(language, policy.error().message));
    }
    return out;
}

} // namespace cw::library
