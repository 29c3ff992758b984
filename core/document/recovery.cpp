#include "document/recovery.h"

#include "common/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

std::optional<RecoverySnapshot> readSnapshot(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(u"format"_s).toString() != u"clausewright-recovery"_s)
        return std::nullopt;
    RecoverySnapshot s;
    s.projectPath = o.value(u"project"_s).toString();
    s.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject texts = o.value(u"texts"_s).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        s.texts[it.key()] = it.value().toString();
    if (s.projectPath.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace

RecoveryStore::RecoveryStore(QString folder) : m_folder(std::move(folder)) {}

QString RecoveryStore::fileFor(const QString &projectPath) const
{
    const QByteArray key = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return QDir(m_folder).filePath(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) + u".json"_s);
}

Result<bool> RecoveryStore::write(const RecoverySnapshot &snapshot) const
{
    if (!QDir().mkpath(m_folder))
        return Error{u"write"_s, Tr::tr("%1: cannot create the recovery folder").arg(m_folder)};
    QJsonObject texts;
    for (const auto &[language, text] : snapshot.texts)
        texts.insert(language, text);
    const QJsonObject o{{u"format"_s, u"clausewright-recovery"_s},
                        {u"project"_s, QFileInfo(snapshot.projectPath).absoluteFilePath()},
                        {u"time"_s, snapshot.time.toString(Qt::ISODateWithMs)},
                        {u"texts"_s, texts}};
    QSaveFile f(fileFor(snapshot.projectPath));
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error{u"write"_s, Tr::tr("%1: cannot write: %2").arg(f.fileName(), f.errorString())};
    return true;
}

std::optional<RecoverySnapshot> RecoveryStore::find(const QString &projectPath) const
{
    return readSnapshot(fileFor(projectPath));
}

void RecoveryStore::discard(const QString &projectPath) const
{
    QFile::remove(fileFor(projectPath));
}

std::vector<RecoverySnapshot> RecoveryStore::all() const
{
    std::vector<RecoverySnapshot> out;
    for (const QFileInfo &f : QDir(m_folder).entryInfoList({u"*.json"_s}, QDir::Files))
        if (auto s = readSnapshot(f.absoluteFilePath()))
            out.push_back(std::move(*s));
    std::sort(out.begin(), out.end(), [](const RecoverySnapshot &a, const RecoverySnapshot &b) { return a.time < b.time; });
    return out;
}

} // namespace cw::doc
