#pragma once

// What the commands of clausewright-cli share (cli.cpp, librarycommands.cpp).

#include "analysis/taxonomy.h"
#include "common/result.h"
#include "document/policydocument.h"
#include "text/language.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace cw::library {
class Library;
struct Clause;
}

namespace cw::cli::detail {

enum ExitCode { Success = 0, ProblemsFound = 1, BadUsage = 2, BadInput = 3 };

enum class Format { Text, Json, Html, Docx, Pdf };

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

// --format, -o, --lang and --help.
void addCommonOptions(QCommandLineParser &p);
// Parses the common options; on error writes the message and returns false.
bool parseCommon(QCommandLineParser &p, const QStringList &args, Common &c, Io io);
// Writes the whole output at once: to a file through QSaveFile, so a failure never leaves a
// partial file behind, or to standard output.
int emit(const QByteArray &data, const Common &c, Io io);

// The topic taxonomy, extended by a user's cue file when `cuesFile` is not empty, and the
// requirement profiles. On error, writes it and returns nothing.
struct Rules
{
    analysis::Taxonomy taxonomy;
    analysis::Profiles profiles;
};
std::optional<Rules> loadRules(const QString &cuesFile, Io io);

// --library DIR (repeatable), and the shipped library with those folders after it.
void addLibraryOption(QCommandLineParser &p);
library::Library loadLibrary(const QCommandLineParser &p, const QStringList &extra = {});
// The ids of clauses, as JSON and as text.
QJsonArray clauseIds(const std::vector<const library::Clause *> &clauses);

// A standalone HTML page around a report's body.
QString htmlPage(const QString &title, const QString &body);
// Imports a policy file (or "-" for standard input) in the language of the common options.
Result<doc::PolicyDocument> load(const QString &file, const Common &c);
// What a reader of the output should know about an imported file, on standard error: tracked
// changes not yet accepted in a .docx or .odt (the text is read as if they were).
void noteImport(const doc::PolicyDocument &document, Io io);

// `parity` (paritycommand.cpp).
int parityCommand(const QStringList &args, Io io);

// `library list|show|check|templates` and `assemble` (librarycommands.cpp).
int libraryCommand(const QStringList &args, Io io);
int assembleCommand(const QStringList &args, Io io);

} // namespace cw::cli::detail
