// `clausewright-cli library list|show|check|templates` and `clausewright-cli assemble`
// (CLI.md): the clause library and assembly of a policy from a template and answers.
#include "clicommon.h"
#include "formats.h"

#include "analysis/taxonomy.h"
#include "common/tr.h"
#include "library/assembly.h"
#include "library/library.h"
#include "document/project.h"
#include "library/updates.h"
#include "diff/diff.h"
#include "document/importer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw::cli::detail {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int listClauses(const library::Library &lib, const Common &c, Io io)
{
    if (c.format == Format::Json) {
        QJsonArray clauses;
        for (const library::Clause &clause : lib.clauses()) {
            QStringList languages;
            for (const library::Clause::Body &b : clause.bodies)
                languages << b.language;
            clauses.append(QJsonObject{{u"id"_s, clause.id},
                                       {u"topic"_s, clause.topic},
                                       {u"edition"_s, clause.edition},
                                       {u"languages"_s, strings(languages)},
                                       {u"jurisdictions"_s, strings(clause.jurisdictions)},
                                       {u"satisfies"_s, strings(clause.satisfies)},
                                       {u"when"_s, clause.when.source()},
                                       {u"file"_s, clause.file}});
        }
        return emit(json({{u"clauses"_s, clauses}}), c, io);
    }
    QString out;
    for (const library::Clause &clause : lib.clauses())
        out += clause.id.leftJustified(36) + u' ' + clause.topic.leftJustified(22) + u" @"_s
               + QString::number(clause.edition) + u"  "_s + clause.jurisdictions.join(u',') + u'\n';
    return emit(out.toUtf8(), c, io);
}

int listTemplates(const library::Library &lib, const Common &c, Io io)
{
    if (c.format == Format::Json) {
        QJsonArray templates;
        for (const library::PolicyTemplate &t : lib.templates())
            templates.append(QJsonObject{{u"id"_s, t.id},
                                         {u"profile"_s, t.profile},
                                         {u"title"_s, QJsonObject{{u"en"_s, t.title[0]}, {u"ru"_s, t.title[1]}}},
                                         {u"file"_s, t.file},
                                         {u"sample_answers"_s, t.sampleAnswers}});
        return emit(json({{u"templates"_s, templates}}), c, io);
    }
    QString out;
    for (const library::PolicyTemplate &t : lib.templates())
        out += t.id.leftJustified(20) + u' ' + t.profile.leftJustified(6) + u' ' + t.title[0] + u" / "_s + t.title[1] + u'\n';
    return emit(out.toUtf8(), c, io);
}

int showClause(const library::Library &lib, const QString &id, const Common &c, Io io)
{
    const library::Clause *clause = lib.clause(id);
    if (!clause) {
        io.err << Tr::tr("No clause “%1” in the library (clausewright-cli library list shows them).").arg(id) << u'\n';
        return BadInput;
    }
    if (c.format == Format::Json) {
        QJsonObject variables;
        for (const library::Variable &v : clause->variables)
            variables.insert(v.name, library::varTypeName(v.type));
        QJsonObject bodies;
        for (const library::Clause::Body &b : clause->bodies)
            bodies.insert(b.language, b.text.source());
        QJsonArray history;
        for (const library::Clause::Change &h : clause->history)
            history.append(QJsonObject{{u"edition"_s, h.edition}, {u"date"_s, h.date}, {u"note"_s, h.note}});
        return emit(json({{u"id"_s, clause->id},
                          {u"topic"_s, clause->topic},
                          {u"edition"_s, clause->edition},
                          {u"jurisdictions"_s, strings(clause->jurisdictions)},
                          {u"satisfies"_s, strings(clause->satisfies)},
                          {u"when"_s, clause->when.source()},
                          {u"variables"_s, variables},
                          {u"notes"_s, clause->notes},
                          {u"file"_s, clause->file},
                          {u"history"_s, history},
                          {u"bodies"_s, bodies}}),
                    c, io);
    }
    QString out = clause->id + u" @"_s + QString::number(clause->edition) + u"  ("_s + clause->topic + u"; "_s
                  + clause->jurisdictions.join(u", "_s) + u")\n"_s;
    if (!clause->satisfies.isEmpty())
        out += Tr::tr("satisfies: %1").arg(clause->satisfies.join(u", "_s)) + u'\n';
    if (!clause->when.isEmpty())
        out += Tr::tr("when: %1").arg(clause->when.source()) + u'\n';
    if (!clause->notes.isEmpty())
        out += Tr::tr("notes: %1").arg(clause->notes) + u'\n';
    for (const library::Clause::Change &h : clause->history)
        out += Tr::tr("edition %1 (%2): %3").arg(h.edition).arg(h.date, h.note) + u'\n';
    for (const library::Clause::Body &b : clause->bodies)
        if (c.language == text::Language::Unknown || text::languageCode(c.language) == b.language)
            out += u"\n[" + b.language + u"]\n"_s + b.text.source() + u'\n';
    return emit(out.toUtf8(), c, io);
}

int checkLibrary(const library::Library &lib, const QCommandLineParser &p, const Common &c, Io io)
{
    const std::optional<Rules> rules = loadRules({}, io);
    if (!rules)
        return BadInput;
    const std::vector<library::Diagnostic> found = lib.check(rules->taxonomy, rules->profiles);
    const qsizetype errors = std::count_if(found.begin(), found.end(), [](const library::Diagnostic &d) {
        return d.severity == library::Diagnostic::Error;
    });
    int status = Success;
    if (c.format == Format::Json) {
        QJsonArray list;
        for (const library::Diagnostic &d : found)
            list.append(QJsonObject{{u"severity"_s, d.severity == library::Diagnostic::Error ? u"error"_s : u"note"_s},
                                    {u"file"_s, d.file},
                                    {u"line"_s, d.line},
                                    {u"message"_s, d.message}});
        status = emit(json({{u"clauses"_s, qsizetype(lib.clauses().size())},
                            {u"templates"_s, qsizetype(lib.templates().size())},
                            {u"errors"_s, errors},
                            {u"diagnostics"_s, list}}),
                      c, io);
    } else {
        QString out;
        for (const library::Diagnostic &d : found)
            out += d.toString() + u'\n';
        out += Tr::tr("%n error(s)", nullptr, int(errors)) + u", "_s
               + Tr::tr("%n clause(s)", nullptr, int(lib.clauses().size())) + u", "_s
               + Tr::tr("%n template(s)", nullptr, int(lib.templates().size())) + u'\n';
        status = emit(out.toUtf8(), c, io);
    }
    if (status != Success)
        return status;
    return errors > 0 && p.values(u"fail-on"_s).join(u',').split(u',').contains(u"error"_s) ? ProblemsFound : Success;
}

// The words that differ between a clause's text and its new edition: [-old-]{+new+}.
QString wordDiff(const QString &before, const QString &after)
{
    const auto &registry = doc::ImporterRegistry::withBuiltins();
    const auto a = registry.importBytes(before.toUtf8(), {u"before.md"_s});
    const auto b = registry.importBytes(after.toUtf8(), {u"after.md"_s});
    if (!a || !b)
        return after;
    diff::DiffOptions options;
    options.detectMoves = false;
    const auto result = diff::compare(*a, *b, options);
    if (!result)
        return after;
    QString out;
    for (const diff::Op &op : result->ops) {
        const QString oldText = a->textOf(op.range[diff::Old]);
        const QString newText = b->textOf(op.range[diff::New]);
        switch (op.kind) {
        case diff::OpKind::Equal: out += newText; break;
        case diff::OpKind::Insert: out += u"{+"_s + newText + u"+}"_s; break;
        case diff::OpKind::Delete: out += u"[-"_s + oldText + u"-]"_s; break;
        case diff::OpKind::Move: break;
        }
    }
    return out;
}

// `library updates POLICY --answers FILE [--apply [-o OUT]]`: the clauses of an assembled
// policy that have a newer edition in the library, with what changed; --apply writes the
// policy with them replaced.
int clauseUpdates(const library::Library &lib, const QString &file, const QCommandLineParser &p, const Common &c, Io io)
{
    doc::ImportOptions options;
    options.fileName = file;
    options.language = c.language;
    const auto document = formats::importers().importFile(file, options);
    if (!document) {
        io.err << document.error().message << u'\n';
        return BadInput;
    }
    QJsonObject answers;
    const library::PolicyTemplate *policy = nullptr;
    if (p.isSet(u"answers"_s)) {
        QFile f(p.value(u"answers"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << Tr::tr("%1: cannot read: %2").arg(f.fileName(), f.errorString()) << u'\n';
            return BadInput;
        }
        const QByteArray bytes = f.readAll();
        const auto read = library::readAnswers(bytes, f.fileName());
        if (!read) {
            io.err << read.error().message << u'\n';
            return BadInput;
        }
        answers = *read;
        // A project file or an answers file names its template.
        policy = lib.findTemplate(QJsonDocument::fromJson(bytes).object().value(u"template"_s).toString());
    }
    const QString language = document->language == text::Language::Russian ? u"ru"_s : u"en"_s;
    const auto updates = library::findUpdates(*document, lib, policy, answers, language);
    if (!updates) {
        io.err << updates.error().message << u'\n';
        return BadInput;
    }
    if (p.isSet(u"apply"_s)) {
        Common target = c;
        if (target.output.isEmpty())
            target.output = file; // in place, atomically
        return emit(library::applyUpdates(document->text, *updates).toUtf8(), target, io);
    }
    if (c.format == Format::Json) {
        QJsonArray list;
        for (const library::ClauseUpdate &u : *updates)
            list.append(QJsonObject{{u"id"_s, u.id},
                                    {u"edition_in_text"_s, u.editionInText},
                                    {u"edition_in_library"_s, u.editionInLibrary},
                                    {u"start"_s, u.range.start},
                                    {u"end"_s, u.range.end},
                                    {u"current"_s, u.currentText},
                                    {u"library"_s, u.libraryText}});
        return emit(json({{u"file"_s, file}, {u"updates"_s, list}}), c, io);
    }
    QString out;
    for (const library::ClauseUpdate &u : *updates)
        out += Tr::tr("%1: edition %2 in the text, %3 in the library").arg(u.id).arg(u.editionInText).arg(u.editionInLibrary)
               + u"\n"_s + wordDiff(u.currentText, u.libraryText) + u"\n\n"_s;
    out += Tr::tr("%n clause(s) to update", nullptr, int(updates->size())) + u'\n';
    return emit(out.toUtf8(), c, io);
}

} // namespace

void addLibraryOption(QCommandLineParser &p)
{
    p.addOption({u"library"_s,
                 Tr::tr("A folder of clauses and templates loaded after the shipped library (may be repeated; "
                        "later folders replace clauses and templates of earlier ones with the same id)."),
                 u"dir"_s});
}

library::Library loadLibrary(const QCommandLineParser &p, const QStringList &extra)
{
    return library::Library::load(QStringList{library::Library::shippedFolder()} + p.values(u"library"_s) + extra);
}

QJsonArray clauseIds(const std::vector<const library::Clause *> &clauses)
{
    QJsonArray ids;
    for (const library::Clause *c : clauses)
        ids.append(c->id);
    return ids;
}

int libraryCommand(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addLibraryOption(p);
    p.addOption({u"fail-on"_s, Tr::tr("check: exit with status 1 when it finds errors (error)."), u"what"_s});
    p.addOption({u"answers"_s, Tr::tr("updates: the answers file the policy was assembled from, or its project file."), u"file"_s});
    p.addOption({u"apply"_s, Tr::tr("updates: write the policy with the new editions (to -o FILE, or in place).")});
    p.addPositionalArgument(u"action"_s, Tr::tr("list, show ID, check [DIR], templates or updates POLICY."));
    Common c;
    if (!parseCommon(p, args, c, io))
        return BadUsage;
    if (p.isSet(u"help"_s)) {
        io.out << p.helpText();
        return Success;
    }
    if (c.format == Format::Html || c.format == Format::Docx || c.format == Format::Pdf) {
        io.err << Tr::tr("library writes text or json.") << u'\n';
        return BadUsage;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    if (action == u"list"_s && pos.size() == 2)
        return listClauses(loadLibrary(p), c, io);
    if (action == u"templates"_s && pos.size() == 2)
        return listTemplates(loadLibrary(p), c, io);
    if (action == u"show"_s && pos.size() == 3)
        return showClause(loadLibrary(p), pos[2], c, io);
    if (action == u"updates"_s && pos.size() == 3)
        return clauseUpdates(loadLibrary(p), pos[2], p, c, io);
    if (action == u"check"_s && pos.size() <= 3) {
        if (pos.size() == 3 && !QFileInfo(pos[2]).isDir()) {
            io.err << Tr::tr("%1: not a folder").arg(pos[2]) << u'\n';
            return BadInput;
        }
        return checkLibrary(loadLibrary(p, pos.mid(2)), p, c, io);
    }
    io.err << Tr::tr("Usage: clausewright-cli library list|show ID|check [DIR]|templates|updates POLICY [--library DIR] [--format text|json]")
           << u'\n';
    return BadUsage;
}

int assembleCommand(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addLibraryOption(p);
    p.addOption({u"answers"_s, Tr::tr("The questionnaire's answers (JSON)."), u"file"_s});
    p.addOption({u"lang"_s, Tr::tr("en, ru or both (both: OUT is a project file beside its .en.md and .ru.md)."), u"lang"_s, u"en"_s});
    p.addOption({{u"o"_s, u"output"_s}, Tr::tr("The policy file to write (default: standard output)."), u"file"_s});
    p.addOption({{u"h"_s, u"help"_s}, Tr::tr("Show this help.")});
    p.addPositionalArgument(u"template"_s, Tr::tr("A template id (library templates lists them) or a template file."));
    if (!p.parse(args)) {
        io.err << p.errorText() << u'\n';
        return BadUsage;
    }
    if (p.isSet(u"help"_s)) {
        io.out << p.helpText();
        return Success;
    }
    const QStringList pos = p.positionalArguments();
    const QString language = p.value(u"lang"_s);
    const QString output = p.value(u"output"_s);
    if (pos.size() != 2 || !p.isSet(u"answers"_s)) {
        io.err << Tr::tr("Usage: clausewright-cli assemble TEMPLATE --answers FILE.json [--lang en|ru|both] [-o OUT]") << u'\n';
        return BadUsage;
    }
    if (language != u"en"_s && language != u"ru"_s && language != u"both"_s) {
        io.err << Tr::tr("Unknown language “%1”: use en, ru or both.").arg(language) << u'\n';
        return BadUsage;
    }
    if (language == u"both"_s && output.isEmpty()) {
        io.err << Tr::tr("--lang both writes a project: give its file with -o NAME.cwproj.") << u'\n';
        return BadUsage;
    }

    library::Library lib = loadLibrary(p);
    const library::PolicyTemplate *policy = lib.findTemplate(pos[1]);
    std::optional<library::PolicyTemplate> fromFile;
    if (!policy && QFileInfo(pos[1]).isFile()) {
        QFile f(pos[1]);
        std::vector<library::Diagnostic> problems;
        if (f.open(QIODevice::ReadOnly))
            fromFile = library::parseTemplate(f.readAll(), pos[1], problems, lib.sharedQuestions());
        const auto firstError = std::find_if(problems.begin(), problems.end(), [](const library::Diagnostic &d) {
            return d.severity == library::Diagnostic::Error;
        });
        if (!fromFile || firstError != problems.end()) {
            io.err << (firstError != problems.end() ? firstError->toString() : Tr::tr("%1: cannot read").arg(pos[1])) << u'\n';
            return BadInput;
        }
        policy = &*fromFile;
    }
    if (!policy) {
        io.err << Tr::tr("No template “%1” (clausewright-cli library templates lists them).").arg(pos[1]) << u'\n';
        return BadInput;
    }
    const QString answersFile = p.value(u"answers"_s);
    QFile f(answersFile);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << Tr::tr("%1: cannot read: %2").arg(answersFile, f.errorString()) << u'\n';
        return BadInput;
    }
    const auto answers = library::readAnswers(f.readAll(), answersFile);
    if (!answers) {
        io.err << answers.error().message << u'\n';
        return BadInput;
    }

    const QStringList languages = language == u"both"_s ? QStringList{u"en"_s, u"ru"_s} : QStringList{language};
    std::vector<QString> texts;
    for (const QString &lang : languages) {
        auto text = library::assemble(lib, *policy, *answers, lang);
        if (!text) {
            io.err << text.error().message << u'\n';
            return BadInput;
        }
        texts.push_back(*text);
    }
    if (language != u"both"_s) {
        Common c;
        c.output = output;
        return emit(texts.front().toUtf8(), c, io);
    }
    // A project: NAME.cwproj beside NAME.en.md and NAME.ru.md, all written or none.
    doc::Project project = doc::newProject(output, languages);
    project.templateId = policy->id;
    project.answers = *answers;
    std::map<QString, QString> byLanguage;
    for (size_t k = 0; k < texts.size(); ++k)
        byLanguage[languages[qsizetype(k)]] = texts[k];
    if (const auto written = doc::saveProject(project, byLanguage); !written) {
        io.err << written.error().message << u'\n';
        return BadInput;
    }
    return Success;
}

} // namespace cw::cli::detail
