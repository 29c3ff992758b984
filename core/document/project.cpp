#include "document/project.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

const QString Format = u"clausewright-project"_s;

// Brings an older project object up to the current version. Version 1 is the first; projects
// written before the "version" field existed are read as version 1.
QJsonObject migrate(QJsonObject o, int from)
{
    if (from < 1) {
        o.insert(u"version"_s, 1);
        if (!o.contains(u"sync"_s))
            o.insert(u"sync"_s, QJsonObject());
    }
    return o;
}

} // namespace

QString Project::filePath(const QString &language) const
{
    const auto it = files.find(language);
    if (it == files.end())
        return {};
    if (path.isEmpty() || QFileInfo(it->second).isAbsolute())
        return it->second;
    return QFileInfo(path).absoluteDir().filePath(it->second);
}

QByteArray Project::toJson() const
{
    QJsonObject paths;
    for (const auto &[language, file] : files)
        paths.insert(language, file);
    QJsonObject o{{u"format"_s, Format},
                        {u"version"_s, CurrentVersion},
                        {u"languages"_s, QJsonArray::fromStringList(languages)},
                        {u"files"_s, paths},
                        {u"template"_s, templateId},
                        {u"answers"_s, answers},
                        {u"sync"_s, sync},
                        {u"words"_s, QJsonArray::fromStringList(words)}};
    if (!intentional.isEmpty())
        o.insert(u"intentional"_s, QJsonArray::fromStringList(intentional));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Project newProject(const QString &projectFile, const QStringList &languages)
{
    Project p;
    const QFileInfo info(projectFile);
    p.path = info.absoluteFilePath();
    p.languages = languages;
    for (const QString &l : languages)
        p.files[l] = info.completeBaseName() + u'.' + l + u".md"_s;
    return p;
}

Result<Project> openProject(const QString &path, const QString &fallbackLanguage)
{
    const QFileInfo info(path);
    Project p;
    if (info.suffix().compare(u"cwproj"_s, Qt::CaseInsensitive) != 0) {
        // A lone policy: "acme.ru.md" is Russian.
        const QStringList parts = info.fileName().toLower().split(u'.');
        QString language = fallbackLanguage;
        for (const QString &code : {u"en"_s, u"ru"_s})
            if (parts.size() >= 3 && parts[parts.size() - 2] == code)
                language = code;
        if (!info.isFile())
            return Error{u"unreadable"_s, Tr::tr("%1: no such file").arg(path)};
        p.languages = {language};
        p.files[language] = info.absoluteFilePath();
        return p;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s, Tr::tr("%1: cannot read: %2").arg(path, f.errorString())};
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &e);
    if (!d.isObject() || d.object().value(u"format"_s).toString(Format) != Format)
        return Error{u"parse"_s, Tr::tr("%1: not a Clausewright project: %2").arg(path, d.isNull() ? e.errorString() : Tr::tr("unknown format"))};
    QJsonObject o = d.object();
    const int version = o.value(u"version"_s).toInt(0);
    if (version < Project::CurrentVersion)
        o = migrate(o, version);
    p.path = info.absoluteFilePath();
    p.version = version < Project::CurrentVersion ? Project::CurrentVersion : version;
    if (version > Project::CurrentVersion) {
        p.readOnly = true;
        p.readOnlyReason = Tr::tr("%1 was saved by a newer version of Clausewright (project format %2; this version knows %3). "
                                  "It opens read-only so that nothing it holds is lost.")
                               .arg(info.fileName())
                               .arg(version)
                               .arg(Project::CurrentVersion);
    }
    for (const QJsonValue &l : o.value(u"languages"_s).toArray())
        p.languages << l.toString();
    const QJsonObject files = o.value(u"files"_s).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        p.files[it.key()] = it.value().toString();
    for (const QString &l : p.languages)
        if (!p.files.count(l))
            return Error{u"parse"_s, Tr::tr("%1: no file for the language “%2”").arg(path, l)};
    p.templateId = o.value(u"template"_s).toString();
    p.answers = o.value(u"answers"_s).toObject();
    p.sync = o.value(u"sync"_s).toObject();
    for (const QJsonValue &w : o.value(u"words"_s).toArray())
        p.words << w.toString();
    for (const QJsonValue &w : o.value(u"intentional"_s).toArray())
        p.intentional << w.toString();
    return p;
}

Result<QStringList> saveProject(const Project &project, const std::map<QString, QString> &texts)
{
    if (project.readOnly)
        return Error{u"read-only"_s, project.readOnlyReason};
    std::vector<std::pair<QString, QByteArray>> files;
    if (!project.path.isEmpty())
        files.emplace_back(project.path, project.toJson());
    for (const auto &[language, text] : texts) {
        const QString file = project.filePath(language);
        if (file.isEmpty())
            return Error{u"write"_s, Tr::tr("the project has no file for the language “%1”").arg(language)};
        files.emplace_back(file, text.toUtf8());
    }
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

} // namespace cw::doc
