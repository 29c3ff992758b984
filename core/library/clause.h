#pragma once

#include "library/bodytemplate.h"
#include "library/condition.h"

#include <QMap>

#include <optional>
#include <vector>

namespace cw::library {

// A finding of `library check` or of loading: file, line (1-based; 0 when none) and message.
struct Diagnostic
{
    enum Severity { Error, Note } severity = Error;
    QString file;
    int line = 0;
    QString message;

    QString toString() const; // "file:line: error: message"
};

enum class VarType { String, Email, Url, Integer, Date, Bool, Choice, List };
std::optional<VarType> varTypeFromName(const QString &name);
QString varTypeName(VarType type);

struct Variable
{
    QString name;
    VarType type = VarType::String;
    std::vector<std::pair<QString, VarType>> fields; // a list of records: its fields
    int line = 0;
};

// A clause file (templates/README.md): front matter and one body per language.
struct Clause
{
    QString id;
    QString topic;
    int edition = 0;
    QStringList jurisdictions;
    QStringList satisfies;
    Condition when;
    std::vector<Variable> variables;
    QString notes;
    // What changed in each edition, newest first (optional `history:` in the front matter).
    struct Change
    {
        int edition = 0;
        QString date; // YYYY-MM-DD
        QString note;
    };
    std::vector<Change> history;

    QString file;
    QMap<QString, int> lines; // front-matter key → its line in the file

    struct Body
    {
        QString language;
        BodyTemplate text;
        int line = 0;       // the `::: xx` line
        bool valid = true;  // false when its tags could not be read (reported when loading)
    };
    std::vector<Body> bodies;

    const Body *body(const QString &language) const;
    const Variable *variable(const QString &name) const;
    int lineOf(const QString &key) const { return lines.value(key, 1); }
};

// Reads a clause file. What is wrong with its form (front matter, body blocks, tags) goes to
// `diagnostics` with the line; nothing is returned when the clause cannot be read at all.
std::optional<Clause> parseClause(const QByteArray &bytes, const QString &file, std::vector<Diagnostic> &diagnostics);

} // namespace cw::library
