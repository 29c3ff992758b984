#pragma once

// A project (ARCHITECTURE.md, "Files a user keeps"): NAME.cwproj, JSON, beside one Markdown
// policy per language (NAME.en.md, NAME.ru.md). The project ties the languages together and
// keeps the template and questionnaire answers it was assembled from and, per section, the
// sync point of its translation (a hash of the English text the Russian was last checked
// against). A lone policy file opens as a project of one language with no project file.

#include "common/result.h"

#include <QJsonObject>
#include <QStringList>

#include <map>

namespace cw::doc {

struct Project
{
    static constexpr int CurrentVersion = 1;

    QString path;          // the .cwproj file; empty for a lone policy
    int version = CurrentVersion;
    QStringList languages; // "en", "ru", in order
    std::map<QString, QString> files; // language → policy file, relative to the project's folder
    QString templateId;    // empty when not assembled from a template
    QJsonObject answers;   // the questionnaire's answers
    QJsonObject sync;      // section key → hash of the source text last confirmed
    QStringList words;     // the project's word list: spelt right, whatever the dictionary says
    QStringList intentional; // parity findings marked intentionally different (their fingerprints)
    // A project written by a newer Clausewright: shown, never saved over (readOnlyReason says why).
    bool readOnly = false;
    QString readOnlyReason;

    // The absolute path of a language's policy file; empty when the project has none.
    [[nodiscard]] QString filePath(const QString &language) const;
    [[nodiscard]] QByteArray toJson() const;
};

// A new project at `projectFile` (NAME.cwproj) whose policies are NAME.<language>.md beside it.
[[nodiscard]] Project newProject(const QString &projectFile, const QStringList &languages);

// Reads a project file, or makes a one-language project of a lone policy file (the language
// from a ".en." / ".ru." in its name, else `fallbackLanguage`). Versions before the current one
// are migrated; a newer version opens read-only with a message; a malformed file is an Error
// (code "parse") naming it.
[[nodiscard]] Result<Project> openProject(const QString &path, const QString &fallbackLanguage = QStringLiteral("en"));

// Writes the project file and the given policy texts (language → Markdown) beside it, all or
// none: every file goes to a temporary first and is renamed only when all were written. The
// files of languages not in `texts` are left as they are; a lone policy (no project path)
// writes only its text. An Error (code "write") names the file that could not be written, or
// (code "read-only") says why the project cannot be saved. Returns the files written.
[[nodiscard]] Result<QStringList> saveProject(const Project &project, const std::map<QString, QString> &texts);

} // namespace cw::doc
