#include "cli.h"

#include "analysis/lint.h"
#include "common/tr.h"
#include "document/importer.h"
#include "document/outlinejson.h"
#include "text/lineindex.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <variant>

using namespace Qt::StringLiterals;

namespace cw::cli {

namespace {

enum ExitCode { Success = 0, ProblemsFound = 1, BadUsage = 2, BadInput = 3 };

enum class Format { Text, Json, Html };

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

struct Common
{
    Format format = Format::Text;
    QString output;
    text::Language language = text::Language::Unknown;
};

QString usage()
{
    return Tr::tr(
        "Usage: clausewright-cli COMMAND [options] FILE...\n"
        "\n"
        "Commands:\n"
        "  outline FILE [--with-text]   the recovered structure of a policy\n"
        "  lint FILE [--fail-on KINDS]  unfilled placeholders, mixed alphabets, garbled\n"
        "                               characters, missing contacts and dates\n"
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

void addCommonOptions(QCommandLineParser &p)
{
    p.addOption({u"format"_s, Tr::tr("Output format: text, json or html."), u"format"_s, u"text"_s});
    p.addOption({{u"o"_s, u"output"_s}, Tr::tr("Write the report to this file instead of standard output."), u"file"_s});
    p.addOption({u"lang"_s, Tr::tr("The document's language: auto, en or ru."), u"lang"_s, u"auto"_s});
    p.addOption({{u"h"_s, u"help"_s}, Tr::tr("Show this help.")});
}

// Parses the common options; on error writes the message and returns false.
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
    else {
        io.err << Tr::tr("Unknown format “%1”: use text, json or html.").arg(f) << u'\n';
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

// Writes the whole output at once: to a file through QSaveFile, so a failure never leaves a
// partial file behind, or to standard output.
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

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QString htmlPage(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + htmlEscape(title)
           + u"</title></head><body>\n"_s + body + u"</body></html>\n"_s;
}

void sectionsToHtml(const std::vector<doc::Section> &sections, QString &out)
{
    if (sections.empty())
        return;
    out += u"<ul>\n"_s;
    for (const doc::Section &s : sections) {
        out += u"<li>"_s + htmlEscape(s.title);
        sectionsToHtml(s.children, out);
        out += u"</li>\n"_s;
    }
    out += u"</ul>\n"_s;
}

Result<doc::PolicyDocument> load(const QString &file, const Common &c)
{
    doc::ImportOptions options;
    options.fileName = file;
    options.language = c.language;
    return doc::ImporterRegistry::withBuiltins().importFile(file, options);
}

// The part every one-file command shares: parse, answer --help, check there is exactly one
// file, import it. Returns the document, or the exit status to stop with.
std::variant<doc::PolicyDocument, int> parseAndLoad(QCommandLineParser &p, const QStringList &args, Common &c,
                                                    Io io, const QString &command)
{
    p.addPositionalArgument(u"file"_s, Tr::tr("The policy file (- for standard input)."));
    if (!parseCommon(p, args, c, io))
        return BadUsage;
    if (p.isSet(u"help"_s)) {
        io.out << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != 2) {
        io.err << Tr::tr("%1 takes exactly one file").arg(command) << u'\n';
        return BadUsage;
    }
    auto document = load(p.positionalArguments().at(1), c);
    if (!document) {
        io.err << document.error().message << u'\n';
        return BadInput;
    }
    return std::move(document).value();
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
    const doc::PolicyDocument *document = &std::get<doc::PolicyDocument>(loaded);
    QByteArray data;
    switch (c.format) {
    case Format::Json:
        data = QJsonDocument(doc::outlineToJson(*document, p.isSet(u"with-text"_s))).toJson(QJsonDocument::Indented);
        break;
    case Format::Text:
        data = doc::outlineToText(*document).toUtf8();
        break;
    case Format::Html: {
        QString body = u"<h1>"_s + htmlEscape(document->title.isEmpty() ? document->fileName : document->title)
                       + u"</h1>\n"_s;
        sectionsToHtml(document->sections, body);
        data = htmlPage(document->fileName, body).toUtf8();
        break;
    }
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
    const doc::PolicyDocument *document = &std::get<doc::PolicyDocument>(loaded);
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
                    + htmlEscape(i.kind) + u"</td><td>"_s + htmlEscape(i.detail) + u"</td></tr>\n"_s;
        }
        body += u"</table>\n"_s;
        data = htmlPage(document->fileName, body).toUtf8();
        break;
    }
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
    err << Tr::tr("Unknown command “%1”.").arg(command) << u"\n\n"_s << usage();
    return BadUsage;
}

} // namespace cw::cli
