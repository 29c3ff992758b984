#include "cli.h"
#include "clicommon.h"
#include "documentprint.h"
#include "formats.h"

#include "analysis/coverage.h"
#include "analysis/gaps.h"
#include "analysis/lint.h"
#include "common/resources.h"
#include "diff/diff.h"
#include "export/documentexport.h"
#include "export/docxredline.h"
#include "export/htmlredline.h"
#include "library/library.h"
#include "common/tr.h"
#include "document/importer.h"
#include "document/outlinejson.h"
#include "text/lineindex.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <cstdio>
#include <future>
#include <map>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif
#include <variant>

using namespace Qt::StringLiterals;

namespace cw::cli {

namespace detail {

void addCommonOptions(QCommandLineParser &p)
{
    p.addOption({u"format"_s, Tr::tr("Output format: text, json or html."), u"format"_s, u"text"_s});
    p.addOption({{u"o"_s, u"output"_s}, Tr::tr("Write the report to this file instead of standard output."), u"file"_s});
    p.addOption({u"lang"_s, Tr::tr("The document's language: auto, en or ru."), u"lang"_s, u"auto"_s});
    p.addOption({{u"h"_s, u"help"_s}, Tr::tr("Show this help.")});
}

bool parseCommon(QCommandLineParser &p, const QStringList &args, Common &c, Io io)
{
    if (!p.parse(args)) {
        io.err << p.errorText() << u'\n';
        return false;
    }
    const QString f = p.value(u"format"_s);
    if (f == u"text"_s)
        c.format = Format::Text;
    else if (f == u"json"_s)
        c.format = Format::Json;
    else if (f == u"html"_s)
        c.format = Format::Html;
    else if (f == u"docx"_s)
        c.format = Format::Docx;
    else if (f == u"pdf"_s)
        c.format = Format::Pdf;
    else {
        io.err << Tr::tr("Unknown format “%1”: use text, json, html (or docx or pdf for compare).").arg(f) << u'\n';
        return false;
    }
    const QString lang = p.value(u"lang"_s).toLower();
    if (lang != u"auto"_s) {
        c.language = text::languageFromCode(lang);
        if (c.language == text::Language::Unknown) {
            io.err << Tr::tr("Unknown language “%1”: use auto, en or ru.").arg(lang) << u'\n';
            return false;
        }
    }
    c.output = p.value(u"output"_s);
    return true;
}

int emit(const QByteArray &data, const Common &c, Io io)
{
    if (c.output.isEmpty() || c.output == u"-"_s) {
        io.out.flush();
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
        return Success;
    }
    QSaveFile file(c.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        io.err << Tr::tr("%1: cannot write: %2").arg(c.output, file.errorString()) << u'\n';
        return BadInput;
    }
    return Success;
}

std::optional<Rules> loadRules(const QString &cuesFile, Io io)
{
    auto taxonomy = analysis::Taxonomy::builtin(cuesFile);
    if (!taxonomy) {
        io.err << taxonomy.error().message << u'\n';
        return std::nullopt;
    }
    auto profiles = analysis::Profiles::builtin(*taxonomy);
    if (!profiles) {
        io.err << profiles.error().message << u'\n';
        return std::nullopt;
    }
    return Rules{std::move(*taxonomy), std::move(*profiles)};
}

} // namespace detail

using namespace detail;

namespace {

QString usage()
{
    return Tr::tr(
        "Usage: clausewright-cli COMMAND [options] FILE...\n"
        "\n"
        "Commands:\n"
        "  outline FILE [--with-text]   the recovered structure of a policy\n"
        "  lint FILE [--fail-on KINDS]  unfilled placeholders, mixed alphabets, garbled\n"
        "                               characters, missing contacts and dates\n"
        "  compare OLD NEW              what changed between two versions: sections matched,\n"
        "                               words inserted, deleted and moved\n"
        "          [--granularity word|char|sentence] [--no-moves]\n"
        "          [--ignore case,whitespace,quotes,yo,numbering,markup]\n"
        "          [--format text|json|html|docx|pdf] [--html-mode side-by-side|inline]\n"
        "  coverage FILE                which topics a policy covers and which legal\n"
        "                               requirements it meets, with the evidence\n"
        "          [--profile gdpr|ru152|ccpa|all] [--cues FILE] [--fail-on missing,partial]\n"
        "  gaps DRAFT REF...            the topics and sections the reference policies have\n"
        "                               and the draft lacks (a folder means its policies)\n"
        "          [--cues FILE] [--fail-on missing]\n"
        "  library list|show ID|templates\n"
        "                               the clause library and the policy templates\n"
        "  library check [DIR]          validate clause files and templates (file:line errors)\n"
        "          [--library DIR] [--fail-on error]\n"
        "  library updates POLICY --answers FILE [--apply]\n"
        "                               clauses with a newer edition in the library, and what\n"
        "                               changed; --apply puts them in (in place, or -o FILE)\n"
        "  assemble TEMPLATE --answers FILE.json [--lang en|ru|both] [-o OUT]\n"
        "                               a policy from a template and the questionnaire's answers\n"
        "  parity EN RU | parity PROJECT.cwproj\n"
        "                               the English and Russian texts aligned, and where they\n"
        "                               differ: missing text, numbers, dates, links, terms\n"
        "          [--glossary FILE] [--project FILE] [--fail-on KINDS|any]\n"
        "  export FILE --to md|html|pdf|odt|docx -o OUT\n"
        "                               the policy written in another format (PDF with page\n"
        "                               numbers, HTML and PDF with a table of contents)\n"
        "\n"
        "Common options:\n"
        "  --format text|json|html      output format (default: text)\n"
        "  -o, --output FILE            write to FILE instead of standard output\n"
        "  --lang auto|en|ru            the document's language (default: detected)\n"
        "  -h, --help                   this help; COMMAND --help for a command's options\n"
        "  -v, --version                the version\n"
        "\n"
        "Exit status: 0 success, 1 problems found (with --fail-on), 2 bad usage,\n"
        "3 unreadable or invalid input.\n");
}

} // namespace

namespace detail {

QString htmlPage(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
           + u"</title></head><body>\n"_s + body + u"</body></html>\n"_s;
}

} // namespace detail

namespace {

void sectionsToHtml(const std::vector<doc::Section> &sections, QString &out)
{
    if (sections.empty())
        return;
    out += u"<ul>\n"_s;
    for (const doc::Section &s : sections) {
        out += u"<li>"_s + s.title.toHtmlEscaped();
        sectionsToHtml(s.children, out);
        out += u"</li>\n"_s;
    }
    out += u"</ul>\n"_s;
}

} // namespace

namespace detail {

Result<doc::PolicyDocument> load(const QString &file, const Common &c)
{
    doc::ImportOptions options;
    options.fileName = file;
    options.language = c.language;
    return formats::importers().importFile(file, options);
}

void noteImport(const doc::PolicyDocument &document, Io io)
{
    if (document.trackedChanges > 0)
        io.err << Tr::tr("%1: %n tracked change(s) not yet accepted; read as if accepted.", nullptr,
                         document.trackedChanges)
                      .arg(document.fileName)
               << u'\n';
}

} // namespace detail

namespace {

int docxOnlyForCompare(Io io)
{
    io.err << Tr::tr("--format docx and --format pdf are for compare (a redline); export writes a policy as DOCX or PDF.")
           << u'\n';
    return BadUsage;
}

// The part every command shares: parse, answer --help, check the number of files, import
// them. Returns the documents, or the exit status to stop with.
std::variant<std::vector<doc::PolicyDocument>, int> parseAndLoad(QCommandLineParser &p, const QStringList &args,
                                                                 Common &c, Io io, const QString &command,
                                                                 int fileCount = 1)
{
    if (fileCount == 1)
        p.addPositionalArgument(u"file"_s, Tr::tr("The policy file (- for standard input)."));
    else
        p.addPositionalArgument(u"files"_s, Tr::tr("The policy files."));
    if (!parseCommon(p, args, c, io))
        return BadUsage;
    if (p.isSet(u"help"_s)) {
        io.out << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != fileCount + 1) {
        io.err << (fileCount == 1 ? Tr::tr("%1 takes exactly one file").arg(command)
                                  : Tr::tr("%1 takes exactly %2 files").arg(command).arg(fileCount))
               << u'\n';
        return BadUsage;
    }
    // The files are imported side by side, the last on this thread: decoding and parsing are
    // most of a compare's time after the diff itself. The first file that fails is the one
    // reported.
    std::vector<std::future<Result<doc::PolicyDocument>>> imports;
    for (int k = 1; k < fileCount; ++k)
        imports.push_back(std::async(std::launch::async | std::launch::deferred,
                                     [&, path = p.positionalArguments().at(k)] { return load(path, c); }));
    std::vector<Result<doc::PolicyDocument>> results;
    Result<doc::PolicyDocument> last = load(p.positionalArguments().at(fileCount), c);
    for (auto &import : imports)
        results.push_back(import.get());
    results.push_back(std::move(last));
    std::vector<doc::PolicyDocument> documents;
    for (auto &document : results) {
        if (!document) {
            io.err << document.error().message << u'\n';
            return BadInput;
        }
        noteImport(*document, io);
        documents.push_back(std::move(document).value());
    }
    return documents;
}

int outline(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"with-text"_s, Tr::tr("Include the full imported text (all positions refer to it).")});
    Common c;
    auto loaded = parseAndLoad(p, args, c, io, u"outline"_s);
    if (const int *status = std::get_if<int>(&loaded))
        return *status;
    if (c.format == Format::Docx || c.format == Format::Pdf)
        return docxOnlyForCompare(io);
    const doc::PolicyDocument *document = &std::get<0>(loaded).front();
    QByteArray data;
    switch (c.format) {
    case Format::Json:
    {
        // Each section's topics, as the coverage command finds them.
        std::vector<QStringList> topics;
        if (const auto taxonomy = analysis::Taxonomy::builtin()) {
            const analysis::DocumentAnalysis a = analysis::analyse(*document, *taxonomy);
            for (const std::vector<int> &section : a.sectionTopics) {
                QStringList ids;
                for (int t : section)
                    ids << taxonomy->topics()[size_t(t)].id;
                topics.push_back(ids);
            }
        }
        data = QJsonDocument(doc::outlineToJson(*document, p.isSet(u"with-text"_s), &topics))
                   .toJson(QJsonDocument::Indented);
    }
        break;
    case Format::Text:
        data = doc::outlineToText(*document).toUtf8();
        break;
    case Format::Html: {
        QString body = u"<h1>"_s + (document->title.isEmpty() ? document->fileName : document->title).toHtmlEscaped()
                       + u"</h1>\n"_s;
        sectionsToHtml(document->sections, body);
        data = htmlPage(document->fileName, body).toUtf8();
        break;
    }
    case Format::Docx:
    case Format::Pdf:
        break; // refused above
    }
    return emit(data, c, io);
}

int lint(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"fail-on"_s,
                 Tr::tr("Exit with status 1 when issues of these kinds are found (comma-separated, or “any”)."),
                 u"kinds"_s});
    p.addOption({u"rules"_s, Tr::tr("A JSON file of extra lint rules."), u"file"_s});
    Common c;
    auto loaded = parseAndLoad(p, args, c, io, u"lint"_s);
    if (const int *status = std::get_if<int>(&loaded))
        return *status;
    if (c.format == Format::Docx || c.format == Format::Pdf)
        return docxOnlyForCompare(io);
    const doc::PolicyDocument *document = &std::get<0>(loaded).front();
    auto rules = analysis::LintRules::builtin();
    if (!rules) {
        io.err << rules.error().message << u'\n';
        return BadInput;
    }
    if (p.isSet(u"rules"_s)) {
        QFile f(p.value(u"rules"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << Tr::tr("%1: cannot read: %2").arg(f.fileName(), f.errorString()) << u'\n';
            return BadInput;
        }
        auto extra = analysis::LintRules::fromJson(f.readAll(), f.fileName());
        if (!extra) {
            io.err << extra.error().message << u'\n';
            return BadInput;
        }
        rules->merge(*extra);
    }
    const auto issues = analysis::lint(*document, *rules);
    const text::LineIndex lines(document->text);
    auto lineColumn = [&lines](qsizetype offset) { return std::pair{lines.lineAt(offset), lines.columnAt(offset)}; };

    QByteArray data;
    switch (c.format) {
    case Format::Json: {
        QJsonArray list;
        for (const auto &i : issues) {
            const auto [line, column] = lineColumn(i.range.start);
            list.append(QJsonObject{{u"kind"_s, i.kind},
                                    {u"start"_s, qint64(i.range.start)},
                                    {u"end"_s, qint64(i.range.end)},
                                    {u"line"_s, line},
                                    {u"column"_s, column},
                                    {u"text"_s, document->textOf(i.range)},
                                    {u"detail"_s, i.detail}});
        }
        const QJsonObject o{{u"file"_s, document->fileName},
                            {u"language"_s, text::languageCode(document->language)},
                            {u"text_sha256"_s, doc::textSha256(document->text)},
                            {u"issues"_s, list}};
        data = QJsonDocument(o).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Text: {
        QString out;
        for (const auto &i : issues) {
            const auto [line, column] = lineColumn(i.range.start);
            out += document->fileName + u':' + QString::number(line) + u':' + QString::number(column) + u": "_s
                   + i.kind + u": "_s + i.detail + u'\n';
        }
        data = out.toUtf8();
        break;
    }
    case Format::Html: {
        QString body = u"<table border=\"1\" cellspacing=\"0\">\n"_s;
        for (const auto &i : issues) {
            const auto [line, column] = lineColumn(i.range.start);
            body += u"<tr><td>"_s + QString::number(line) + u':' + QString::number(column) + u"</td><td>"_s
                    + i.kind.toHtmlEscaped() + u"</td><td>"_s + i.detail.toHtmlEscaped() + u"</td></tr>\n"_s;
        }
        body += u"</table>\n"_s;
        data = htmlPage(document->fileName, body).toUtf8();
        break;
    }
    case Format::Docx:
    case Format::Pdf:
        break; // refused above
    }
    const int written = emit(data, c, io);
    if (written != Success)
        return written;

    if (p.isSet(u"fail-on"_s)) {
        const QStringList kinds = p.value(u"fail-on"_s).split(u',', Qt::SkipEmptyParts);
        const bool any = kinds.contains(u"any"_s);
        for (const auto &i : issues)
            if (any || kinds.contains(i.kind))
                return ProblemsFound;
    }
    return Success;
}



QJsonArray evidenceJson(const doc::PolicyDocument &d, const std::vector<analysis::Evidence> &evidence)
{
    const auto flat = d.flatSections();
    QJsonArray out;
    for (const analysis::Evidence &e : evidence)
        out.append(QJsonObject{{u"start"_s, qint64(e.range.start)},
                               {u"end"_s, qint64(e.range.end)},
                               {u"text"_s, d.textOf(e.range).simplified()},
                               {u"section"_s, e.section >= 0 ? QJsonValue(flat[size_t(e.section)]->title) : QJsonValue()},
                               {u"cue"_s, e.cue}});
    return out;
}

int coverageCommand(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"profile"_s, Tr::tr("The requirements to check: gdpr, ru152, ccpa or all."), u"id"_s, u"all"_s});
    p.addOption({u"cues"_s, Tr::tr("A JSON file of extra topic cues (the shape of resources/data/coverage/cues.json)."),
                 u"file"_s});
    p.addOption({u"fail-on"_s, Tr::tr("Exit with status 1 when requirements have these statuses (missing, partial)."),
                 u"statuses"_s});
    addLibraryOption(p);
    Common c;
    auto loaded = parseAndLoad(p, args, c, io, u"coverage"_s);
    if (const int *status = std::get_if<int>(&loaded))
        return *status;
    if (c.format == Format::Docx || c.format == Format::Pdf)
        return docxOnlyForCompare(io);
    const doc::PolicyDocument &document = std::get<0>(loaded).front();
    const QString profile = p.value(u"profile"_s);
    if (profile != u"all"_s && profile != u"gdpr"_s && profile != u"ru152"_s && profile != u"ccpa"_s) {
        io.err << Tr::tr("Unknown profile “%1”: use gdpr, ru152, ccpa or all.").arg(profile) << u'\n';
        return BadUsage;
    }
    std::optional<Rules> rules = loadRules(p.value(u"cues"_s), io);
    if (!rules)
        return BadInput;
    // The library's clauses teach the similarity model, and fill what is missing or partial.
    const library::Library lib = loadLibrary(p);
    rules->taxonomy.setSimilarity(lib.similarityModel(rules->taxonomy));
    const analysis::Taxonomy *taxonomy = &rules->taxonomy;
    const analysis::Profiles *profiles = &rules->profiles;
    const analysis::DocumentAnalysis analysis = analysis::analyse(document, *taxonomy);
    const auto requirements = analysis::coverage(analysis, *taxonomy, *profiles, profile);
    const QString ui = QLocale().name();
    auto fillers = [&](const analysis::RequirementResult &r) {
        const bool gap = r.status == analysis::RequirementStatus::Missing || r.status == analysis::RequirementStatus::Partial;
        return gap ? lib.clausesSatisfying(r.requirement->id) : std::vector<const library::Clause *>();
    };

    QByteArray data;
    switch (c.format) {
    case Format::Json: {
        QJsonArray topics;
        for (const analysis::TopicPresence &t : analysis.topics)
            topics.append(QJsonObject{{u"id"_s, t.topic},
                                      {u"present"_s, t.present},
                                      {u"score"_s, std::round(t.score * 1000) / 1000},
                                      {u"evidence"_s, evidenceJson(document, t.evidence)}});
        QJsonArray reqs;
        for (const analysis::RequirementResult &r : requirements) {
            QJsonObject o{{u"id"_s, r.requirement->id},
                          {u"profile"_s, r.profile},
                          {u"topic"_s, r.requirement->topic},
                          {u"status"_s, analysis::requirementStatusName(r.status)},
                          {u"title"_s, analysis::pick(r.requirement->title, ui)},
                          {u"citation"_s, r.requirement->citation},
                          {u"evidence"_s, evidenceJson(document, r.evidence)}};
            if (const auto clauses = fillers(r); !clauses.empty())
                o.insert(u"library_clauses"_s, clauseIds(clauses));
            reqs.append(o);
        }
        const QJsonObject o{{u"file"_s, document.fileName},
                            {u"language"_s, text::languageCode(document.language)},
                            {u"profile"_s, profile},
                            {u"text_sha256"_s, doc::textSha256(document.text)},
                            {u"topics"_s, topics},
                            {u"requirements"_s, reqs}};
        data = QJsonDocument(o).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Text:
    case Format::Html: {
        // The checklist a reviewer reads: topics found and not found, then each requirement.
        QString out;
        const bool html = c.format == Format::Html;
        auto heading = [&](const QString &title) {
            out += html ? QString(u"<h2>"_s + title.toHtmlEscaped() + u"</h2>\n<ul>\n"_s) : QString(title + u'\n');
        };
        auto item = [&](const QString &line) {
            out += html ? QString(u"<li>"_s + line.toHtmlEscaped() + u"</li>\n"_s) : QString(u"  "_s + line + u'\n');
        };
        heading(Tr::tr("Topics"));
        for (size_t k = 0; k < analysis.topics.size(); ++k) {
            const analysis::TopicPresence &t = analysis.topics[k];
            QString line = (t.present ? u"[x] "_s : u"[ ] "_s) + analysis::pick(taxonomy->topics()[k].name, ui) + u" ("_s
                           + t.topic + u')';
            if (t.present && !t.evidence.empty())
                line += u" — "_s + document.textOf(t.evidence.front().range).simplified().left(100);
            item(line);
        }
        if (html)
            out += u"</ul>\n"_s;
        else
            out += u'\n';
        heading(Tr::tr("Requirements"));
        for (const analysis::RequirementResult &r : requirements) {
            QString line = analysis::requirementStatusName(r.status).leftJustified(12) + analysis::pick(r.requirement->title, ui)
                           + u" ("_s + r.requirement->citation + u')';
            if (const QJsonArray ids = clauseIds(fillers(r)); !ids.isEmpty())
                line += u" — "_s + Tr::tr("library: %1").arg(QJsonValue(ids).toVariant().toStringList().join(u", "_s));
            item(line);
        }
        if (html)
            out = htmlPage(document.fileName, out + u"</ul>\n"_s);
        data = out.toUtf8();
        break;
    }
    case Format::Docx:
    case Format::Pdf:
        break; // refused above
    }
    const int written = emit(data, c, io);
    if (written != Success)
        return written;
    if (p.isSet(u"fail-on"_s)) {
        const QStringList statuses = p.value(u"fail-on"_s).split(u',', Qt::SkipEmptyParts);
        for (const analysis::RequirementResult &r : requirements)
            if (statuses.contains(analysis::requirementStatusName(r.status)))
                return ProblemsFound;
    }
    return Success;
}

int gapsCommand(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"draft"_s, Tr::tr("The draft policy."));
    p.addPositionalArgument(u"references"_s, Tr::tr("Reference policies, or folders of them."), u"REF..."_s);
    p.addOption({u"cues"_s, Tr::tr("A JSON file of extra topic cues (the shape of resources/data/coverage/cues.json)."),
                 u"file"_s});
    p.addOption({u"fail-on"_s, Tr::tr("Exit with status 1 when the draft misses a topic the references cover (missing)."),
                 u"what"_s});
    addLibraryOption(p);
    Common c;
    if (!parseCommon(p, args, c, io))
        return BadUsage;
    if (p.isSet(u"help"_s)) {
        io.out << p.helpText();
        return Success;
    }
    if (c.format == Format::Docx || c.format == Format::Pdf)
        return docxOnlyForCompare(io);
    QStringList paths = p.positionalArguments().mid(1);
    if (paths.size() < 2) {
        io.err << Tr::tr("gaps takes a draft and at least one reference") << u'\n';
        return BadUsage;
    }
    // A folder stands for the policy files in it (not its sub-folders), in name order.
    QStringList emptyFolders;
    QStringList files{paths.takeFirst()};
    files += formats::importers().expandFolders(paths, &emptyFolders);
    if (!emptyFolders.isEmpty()) {
        io.err << Tr::tr("%1: no policy files in this folder").arg(emptyFolders.constFirst()) << u'\n';
        return BadInput;
    }
    auto taxonomy = analysis::Taxonomy::builtin(p.value(u"cues"_s)); // extended by --cues
    const library::Library lib = loadLibrary(p); // teaches similarity; fills missing topics
    if (taxonomy)
        taxonomy->setSimilarity(lib.similarityModel(*taxonomy));
    if (!taxonomy) {
        io.err << taxonomy.error().message << u'\n';
        return BadInput;
    }
    // Import and analyse on all cores; the first file that fails is the one reported.
    const std::vector<Result<doc::PolicyDocument>> loaded = QtConcurrent::blockingMapped<std::vector<Result<doc::PolicyDocument>>>(
        files, [&c](const QString &f) { return load(f, c); });
    std::vector<const doc::PolicyDocument *> documents;
    for (const auto &d : loaded) {
        if (!d) {
            io.err << d.error().message << u'\n';
            return BadInput;
        }
        noteImport(*d, io);
        documents.push_back(&d.value());
    }
    const std::vector<analysis::DocumentAnalysis> analyses = analysis::analyseAll(documents, *taxonomy);
    const std::vector<const doc::PolicyDocument *> references(documents.begin() + 1, documents.end());
    std::vector<const analysis::DocumentAnalysis *> referenceAnalyses;
    for (size_t k = 1; k < analyses.size(); ++k)
        referenceAnalyses.push_back(&analyses[k]);
    const analysis::GapsResult g = analysis::gaps(*documents[0], analyses[0], references, referenceAnalyses, *taxonomy);
    const QString ui = QLocale().name();
    const doc::PolicyDocument &draft = *documents[0];
    const auto draftFlat = draft.flatSections();

    QByteArray data;
    switch (c.format) {
    case Format::Json: {
        QJsonArray refs, missing, unmatched, topicIds, docNames, matrix;
        for (const auto *d : references)
            refs.append(d->fileName);
        for (const analysis::MissingTopic &m : g.missingTopics) {
            QJsonArray in;
            for (int r : m.references)
                in.append(references[size_t(r)]->fileName);
            QJsonObject o{{u"topic"_s, m.topic}, {u"in"_s, in}};
            if (const QJsonArray fill = clauseIds(lib.clausesOnTopic(m.topic)); !fill.isEmpty())
                o.insert(u"library_clauses"_s, fill);
            missing.append(o);
        }
        for (const analysis::UnmatchedSection &u : g.unmatched) {
            QJsonArray topics;
            for (int t : u.topics)
                topics.append(taxonomy->topics()[size_t(t)].id);
            QJsonObject o{{u"reference"_s, references[size_t(u.reference)]->fileName},
                          {u"title"_s, u.title},
                          {u"start"_s, qint64(u.range.start)},
                          {u"end"_s, qint64(u.range.end)},
                          {u"topics"_s, topics},
                          {u"shared_by"_s, u.sharedBy}};
            o.insert(u"best_match"_s, u.bestDraftSection < 0
                                          ? QJsonValue()
                                          : QJsonObject{{u"title"_s, draftFlat[size_t(u.bestDraftSection)]->title},
                                                        {u"similarity"_s, std::round(u.similarity * 100) / 100}});
            unmatched.append(o);
        }
        for (const auto &t : taxonomy->topics())
            topicIds.append(t.id);
        for (const auto *d : documents)
            docNames.append(d->fileName);
        for (const auto &row : g.present) {
            QJsonArray r;
            for (char v : row)
                r.append(int(v));
            matrix.append(r);
        }
        const QJsonObject o{{u"draft"_s, draft.fileName},
                            {u"references"_s, refs},
                            {u"text_sha256"_s, doc::textSha256(draft.text)},
                            {u"missing_topics"_s, missing},
                            {u"unmatched_sections"_s, unmatched},
                            {u"matrix"_s, QJsonObject{{u"topics"_s, topicIds}, {u"documents"_s, docNames}, {u"present"_s, matrix}}}};
        data = QJsonDocument(o).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Text:
    case Format::Html: {
        const bool html = c.format == Format::Html;
        QString out;
        auto heading = [&](const QString &title) {
            out += html ? QString(u"<h2>"_s + title.toHtmlEscaped() + u"</h2>\n"_s) : QString(title + u'\n');
        };
        auto line = [&](const QString &text) {
            out += html ? QString(u"<p>"_s + text.toHtmlEscaped() + u"</p>\n"_s) : QString(u"  "_s + text + u'\n');
        };
        heading(Tr::tr("Topics the references cover and the draft does not"));
        if (g.missingTopics.empty())
            line(Tr::tr("none"));
        for (const analysis::MissingTopic &m : g.missingTopics) {
            QStringList in;
            for (int r : m.references)
                in << references[size_t(r)]->fileName;
            QString text = analysis::pick(taxonomy->topics()[size_t(taxonomy->indexOf(m.topic))].name, ui) + u" ("_s + m.topic
                           + u"): "_s + in.join(u", "_s);
            if (const QJsonArray fill = clauseIds(lib.clausesOnTopic(m.topic)); !fill.isEmpty())
                text += u" — "_s + Tr::tr("library: %1").arg(QJsonValue(fill).toVariant().toStringList().join(u", "_s));
            line(text);
        }
        heading(Tr::tr("Reference sections with no counterpart in the draft"));
        if (g.unmatched.empty())
            line(Tr::tr("none"));
        for (const analysis::UnmatchedSection &u : g.unmatched)
            line(Tr::tr("%1 — %2 (in %n reference(s))", nullptr, u.sharedBy)
                     .arg(references[size_t(u.reference)]->fileName, u.title));
        heading(Tr::tr("Topics × documents"));
        QStringList names;
        for (const auto *d : documents)
            names << QFileInfo(d->fileName).fileName();
        if (html) {
            out += u"<table border=\"1\" cellspacing=\"0\"><tr><th></th>"_s;
            for (const QString &n : names)
                out += u"<th>"_s + n.toHtmlEscaped() + u"</th>"_s;
            out += u"</tr>\n"_s;
        } else {
            for (qsizetype k = 0; k < names.size(); ++k)
                out += u"  "_s + QString::number(k) + u": "_s + names[k] + u'\n';
        }
        for (size_t t = 0; t < g.present.size(); ++t) {
            const QString id = taxonomy->topics()[t].id;
            if (html) {
                out += u"<tr><td>"_s + id + u"</td>"_s;
                for (char v : g.present[t])
                    out += v ? u"<td>●</td>"_s : u"<td></td>"_s;
                out += u"</tr>\n"_s;
            } else {
                QString row = u"  "_s + id.leftJustified(24);
                for (char v : g.present[t])
                    row += v ? u" x"_s : u" ."_s;
                out += row + u'\n';
            }
        }
        if (html)
            out = htmlPage(draft.fileName, out + u"</table>\n"_s);
        data = out.toUtf8();
        break;
    }
    case Format::Docx:
    case Format::Pdf:
        break; // refused above
    }
    const int written = emit(data, c, io);
    if (written != Success)
        return written;
    if (p.value(u"fail-on"_s).split(u',').contains(u"missing"_s) && !g.missingTopics.empty())
        return ProblemsFound;
    return Success;
}

// Parses "--ignore case,whitespace,…"; false (with a message) on an unknown word.
bool parseIgnore(const QString &value, diff::IgnoreOptions &out, Io io)
{
    static const std::map<QString, diff::IgnoreOption> names{
        {u"case"_s, diff::IgnoreOption::Case},           {u"whitespace"_s, diff::IgnoreOption::Whitespace},
        {u"quotes"_s, diff::IgnoreOption::Quotes},       {u"yo"_s, diff::IgnoreOption::Yo},
        {u"numbering"_s, diff::IgnoreOption::Numbering}, {u"markup"_s, diff::IgnoreOption::Markup}};
    for (const QString &word : value.split(u',', Qt::SkipEmptyParts)) {
        const auto it = names.find(word.trimmed().toLower());
        if (it == names.end()) {
            io.err << Tr::tr("Unknown --ignore value “%1”: use case, whitespace, quotes, yo, numbering, markup.")
                          .arg(word)
                   << u'\n';
            return false;
        }
        out |= it->second;
    }
    return true;
}

// JSON text of a string, with the escapes RFC 8259 requires.
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void appendRange(QByteArray &out, const doc::TextRange &r)
{
    out += '[' + QByteArray::number(r.start) + ',' + QByteArray::number(r.end) + ']';
}

// The compare report of CLI.md. Written directly rather than through QJsonDocument: a large
// comparison has hundreds of thousands of ops, and a QJsonObject per op costs more than the
// comparison itself.
QByteArray compareJson(const doc::PolicyDocument &a, const doc::PolicyDocument &b, const diff::DiffResult &r,
                       const QString &shaA, const QString &shaB)
{
    QByteArray out;
    out.reserve(qsizetype(r.ops.size()) * 48 + 4096);
    out += "{\n  \"old\": ";
    appendJsonString(out, a.fileName);
    out += ",\n  \"new\": ";
    appendJsonString(out, b.fileName);
    out += ",\n  \"old_text_sha256\": \"" + shaA.toLatin1() + "\",\n  \"new_text_sha256\": \"" + shaB.toLatin1()
           + "\",\n";
    const diff::DiffStats &st = r.stats;
    out += "  \"stats\": {\"inserted_words\": " + QByteArray::number(st.insertedWords)
           + ", \"deleted_words\": " + QByteArray::number(st.deletedWords)
           + ", \"moved_words\": " + QByteArray::number(st.movedWords)
           + ", \"unchanged_words\": " + QByteArray::number(st.unchangedWords)
           + ", \"sections_changed\": " + QByteArray::number(st.sectionsChanged) + "},\n  \"sections\": [";
    for (size_t k = 0; k < r.sections.size(); ++k) {
        const diff::SectionMatch &m = r.sections[k];
        out += k ? ",\n    {" : "\n    {";
        out += "\"status\": \"" + diff::sectionStatusName(m.status).toLatin1() + "\", \"old_title\": ";
        if (m.present[diff::Old])
            appendJsonString(out, m.title[diff::Old]);
        else
            out += "null";
        out += ", \"new_title\": ";
        if (m.present[diff::New])
            appendJsonString(out, m.title[diff::New]);
        else
            out += "null";
        if (m.present[diff::Old]) {
            out += ", \"old\": ";
            appendRange(out, m.range[diff::Old]);
        }
        if (m.present[diff::New]) {
            out += ", \"new\": ";
            appendRange(out, m.range[diff::New]);
        }
        out += ", \"similarity\": " + QByteArray::number(m.similarity, 'g', 4) + '}';
    }
    out += r.sections.empty() ? "],\n  \"ops\": [" : "\n  ],\n  \"ops\": [";
    for (size_t k = 0; k < r.ops.size(); ++k) {
        const diff::Op &op = r.ops[k];
        out += k ? ",\n    {\"op\": \"" : "\n    {\"op\": \"";
        out += diff::opKindName(op.kind).toLatin1() + "\", \"old\": ";
        appendRange(out, op.range[diff::Old]);
        out += ", \"new\": ";
        appendRange(out, op.range[diff::New]);
        if (op.kind == diff::OpKind::Move)
            out += QByteArray(", \"move\": \"") + (op.moveEnd == diff::MoveEnd::From ? "from" : "to")
                   + "\", \"move_id\": " + QByteArray::number(op.moveId);
        out += '}';
    }
    out += r.ops.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

// A wdiff-style redline for a terminal: only the rows that changed, with their section;
// [-deleted-] {+inserted+} [<moved away<] {>moved here>}, in colour on a terminal.
QString compareText(const doc::PolicyDocument &a, const doc::PolicyDocument &b, const diff::DiffResult &r,
                    bool colour)
{
    const QString red = colour ? u"\x1b[31m"_s : QString(), green = colour ? u"\x1b[32m"_s : QString(),
                  blue = colour ? u"\x1b[34m"_s : QString(), bold = colour ? u"\x1b[1m"_s : QString(),
                  reset = colour ? u"\x1b[0m"_s : QString();
    const diff::DiffStats &st = r.stats;
    QString out = Tr::tr("%1 → %2: %3 words inserted, %4 deleted, %5 moved; %6 sections changed")
                      .arg(a.fileName, b.fileName)
                      .arg(st.insertedWords)
                      .arg(st.deletedWords)
                      .arg(st.movedWords)
                      .arg(st.sectionsChanged)
                  + u"\n"_s;
    for (const diff::Row &row : r.rows) {
        if (row.status == diff::RowStatus::Equal)
            continue;
        // A row with nothing left in NEW (removed or moved away) is named after OLD's section.
        const doc::Section *sec = row.range[diff::New].length() > 0 ? b.sectionAt(row.range[diff::New].start)
                                                                    : a.sectionAt(row.range[diff::Old].start);
        const QString where = sec ? sec->title : !b.title.isEmpty() ? b.title : Tr::tr("(before the first section)");
        out += u"\n"_s + bold + u"@@ "_s + where + u" ("_s
               + diff::rowStatusName(row.status) + u")"_s + reset + u"\n"_s;
        for (int k = row.firstOp; k < row.lastOp; ++k) {
            const diff::Op &op = r.ops[size_t(k)];
            const QString oldPart = a.textOf(op.range[diff::Old]);
            const QString newPart = b.textOf(op.range[diff::New]);
            switch (op.kind) {
            case diff::OpKind::Equal: out += newPart; break;
            case diff::OpKind::Insert: out += green + u"{+"_s + newPart + u"+}"_s + reset; break;
            case diff::OpKind::Delete: out += red + u"[-"_s + oldPart + u"-]"_s + reset; break;
            case diff::OpKind::Move:
                out += op.moveEnd == diff::MoveEnd::From ? blue + u"[<"_s + oldPart + u"<]"_s + reset
                                                         : blue + u"{>"_s + newPart + u">}"_s + reset;
                break;
            }
        }
        if (!out.endsWith(u'\n'))
            out += u'\n';
    }
    return out;
}

int compare(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"granularity"_s, Tr::tr("Compare by word, char or sentence."), u"unit"_s, u"word"_s});
    p.addOption({u"ignore"_s,
                 Tr::tr("Differences to ignore, comma-separated: case, whitespace, quotes, yo, numbering, markup."),
                 u"list"_s});
    p.addOption({u"no-moves"_s, Tr::tr("Show moved text as deleted and inserted.")});
    p.addOption({u"html-mode"_s, Tr::tr("For --format html: side-by-side (default) or inline."), u"mode"_s,
                 u"side-by-side"_s});
    Common c;
    auto loaded = parseAndLoad(p, args, c, io, u"compare"_s, 2);
    if (const int *status = std::get_if<int>(&loaded))
        return *status;
    const auto &docs = std::get<0>(loaded);

    diff::DiffOptions options;
    const QString unit = p.value(u"granularity"_s);
    if (unit == u"word"_s)
        options.granularity = diff::Granularity::Word;
    else if (unit == u"char"_s)
        options.granularity = diff::Granularity::Char;
    else if (unit == u"sentence"_s)
        options.granularity = diff::Granularity::Sentence;
    else {
        io.err << Tr::tr("Unknown granularity “%1”: use word, char or sentence.").arg(unit) << u'\n';
        return BadUsage;
    }
    if (!parseIgnore(p.value(u"ignore"_s), options.ignore, io))
        return BadUsage;
    options.detectMoves = !p.isSet(u"no-moves"_s);

    // The JSON names both texts by their SHA-256: hashed on other threads while the diff runs.
    std::future<QString> shaA, shaB;
    if (c.format == Format::Json) {
        shaA = std::async(std::launch::async | std::launch::deferred, [&] { return doc::textSha256(docs[0].text); });
        shaB = std::async(std::launch::async | std::launch::deferred, [&] { return doc::textSha256(docs[1].text); });
    }
    const auto result = diff::compare(docs[0], docs[1], options);
    if (!result) {
        io.err << result.error().message << u'\n';
        return BadInput;
    }
    QByteArray data;
    switch (c.format) {
    case Format::Json:
        data = compareJson(docs[0], docs[1], *result, shaA.get(), shaB.get());
        break;
    case Format::Text: {
        const bool colour = (c.output.isEmpty() || c.output == u"-"_s) && isatty(fileno(stdout))
                            && qEnvironmentVariableIsEmpty("NO_COLOR");
        data = compareText(docs[0], docs[1], *result, colour).toUtf8();
        break;
    }
    case Format::Html: {
        exporting::HtmlRedlineOptions html;
        html.mode = p.value(u"html-mode"_s) == u"inline"_s ? exporting::RedlineMode::Inline
                                                            : exporting::RedlineMode::SideBySide;
        html.uiLanguage = QLocale().name().startsWith(u"ru"_s) ? u"ru"_s : u"en"_s;
        data = exporting::htmlRedline(docs[0], docs[1], *result, html).toUtf8();
        break;
    }
    case Format::Docx: {
        if (c.output.isEmpty() || c.output == u"-"_s) {
            io.err << Tr::tr("--format docx needs -o FILE.docx") << u'\n';
            return BadUsage;
        }
        const auto docx = exporting::docxRedline(docs[0], docs[1], *result);
        if (!docx) {
            io.err << docx.error().message << u'\n';
            return BadInput;
        }
        data = *docx;
        break;
    }
    case Format::Pdf: {
        if (c.output.isEmpty() || c.output == u"-"_s) {
            io.err << Tr::tr("--format pdf needs -o FILE.pdf") << u'\n';
            return BadUsage;
        }
        exporting::HtmlRedlineOptions html;
        html.mode = exporting::RedlineMode::Inline;
        html.uiLanguage = QLocale().name().startsWith(u"ru"_s) ? u"ru"_s : u"en"_s;
        const auto pdf = formats::redlinePdf(exporting::htmlRedline(docs[0], docs[1], *result, html),
                                             QFileInfo(c.output).completeBaseName());
        if (!pdf) {
            io.err << pdf.error().message << u'\n';
            return BadInput;
        }
        data = *pdf;
        break;
    }
    }
    return emit(data, c, io);
}

// `export FILE --to md|html|pdf|odt|docx -o OUT`: the policy written in another format.
int exportCommand(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"to"_s, Tr::tr("The format to write: md, html, pdf, odt or docx (default: the suffix of -o)."),
                 u"format"_s});
    p.addOption({u"title"_s, Tr::tr("The document title (default: the policy's own)."), u"title"_s});
    Common c;
    auto loaded = parseAndLoad(p, args, c, io, u"export"_s);
    if (const int *status = std::get_if<int>(&loaded))
        return *status;
    const doc::PolicyDocument &document = std::get<0>(loaded).front();
    QString to = p.value(u"to"_s).toLower();
    if (to.isEmpty())
        to = QFileInfo(c.output).suffix().toLower();
    if (to == u"markdown"_s)
        to = u"md"_s;
    if (to == u"htm"_s)
        to = u"html"_s;
    if (!formats::exportSuffixes().contains(to)) {
        io.err << Tr::tr("Unknown export format “%1”: use --to md, html, pdf, odt or docx.").arg(to) << u'\n';
        return BadUsage;
    }
    const bool binary = to == u"pdf"_s || to == u"odt"_s || to == u"docx"_s;
    if (binary && (c.output.isEmpty() || c.output == u"-"_s)) {
        io.err << Tr::tr("--to %1 needs -o FILE.%1").arg(to) << u'\n';
        return BadUsage;
    }
    exporting::DocumentExportOptions options;
    options.title = p.value(u"title"_s);
    const Result<QByteArray> data = formats::exportDocument(document, to, options);
    if (!data) {
        io.err << data.error().message << u'\n';
        return BadInput;
    }
    return emit(*data, c, io);
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Io io{out, err};
    // arguments[0] is the program; arguments[1] the command.
    if (arguments.size() < 2) {
        err << usage();
        return BadUsage;
    }
    const QString command = arguments.at(1);
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        out << usage();
        return Success;
    }
    if (command == u"-v"_s || command == u"--version"_s) {
        out << u"clausewright-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    // Each command parses the whole argument list: its positional argument 0 is the command.
    if (command == u"outline"_s)
        return outline(arguments, io);
    if (command == u"lint"_s)
        return lint(arguments, io);
    if (command == u"compare"_s)
        return compare(arguments, io);
    if (command == u"coverage"_s)
        return coverageCommand(arguments, io);
    if (command == u"gaps"_s)
        return gapsCommand(arguments, io);
    if (command == u"library"_s)
        return libraryCommand(arguments, io);
    if (command == u"assemble"_s)
        return assembleCommand(arguments, io);
    if (command == u"parity"_s)
        return parityCommand(arguments, io);
    if (command == u"export"_s)
        return exportCommand(arguments, io);
    err << Tr::tr("Unknown command “%1”.").arg(command) << u"\n\n"_s << usage();
    return BadUsage;
}

} // namespace cw::cli
