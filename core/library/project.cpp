#include "library/project.h"

#include "common/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::library {

Result<QStringList> writeProject(const QString &projectFile, const NewProject &project)
{
    const QFileInfo info(projectFile);
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    std::vector<std::pair<QString, QByteArray>> files;
    QJsonObject paths;
    QJsonArray languages;
    for (const auto &[language, text] : project.texts) {
        const QString name = base + u'.' + language + u".md"_s;
        paths.insert(language, name);
        languages.append(language);
        files.emplace_back(dir.filePath(name), text.toUtf8());
    }
    const QJsonObject json{{u"format"_s, u"clausewright-project"_s},
                           {u"version"_s, 1},
                           {u"languages"_s, languages},
                           {u"files"_s, paths},
                           {u"template"_s, project.templateId},
                           {u"answers"_s, project.answers}};
    files.insert(files.begin(), {info.absoluteFilePath(), QJsonDocument(json).toJson(QJsonDocument::Indented)});

    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[path, data] : files) {
        auto save = std::make_unique<QSaveFile>(path);
        if (!save->open(QIODevice::WriteOnly) || save->write(data) != data.size())
            return Error{u"write"_s, Tr::tr("%1: cannot write: %2").arg(path, save->errorString())};
        saves.push_back(std::move(save));
    }
    QStringList written;
    for (auto &save : saves) {
        if (!save->commit())
            return Error{u"write"_s, Tr::tr("%1: cannot write: %2").arg(save->fileName(), save->errorString())};
        written << save->fileName();
    }
    return written;
}

} // namespace cw::library
