#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QStringList>

#include <map>

namespace cw::library {

// A project written by assembly (ARCHITECTURE.md, "Files a user keeps"): NAME.cwproj beside
// NAME.en.md and NAME.ru.md. Version 1 holds the languages, the file of each, the template
// and the answers; the editor (a later version) adds the sections' sync points.
struct NewProject
{
    QString templateId;
    QJsonObject answers;
    std::map<QString, QString> texts; // language → the policy's Markdown
};

// Writes the project file and one policy file per language beside it, all or none: every file
// is written to a temporary first and renamed only when all were written. An Error (code
// "write") names the file that could not be written. Returns the files written, the project
// file first.
[[nodiscard]] Result<QStringList> writeProject(const QString &projectFile, const NewProject &project);

} // namespace cw::library
