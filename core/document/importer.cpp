#include "document/importer.h"

#include "common/tr.h"
#include "document/htmlimporter.h"
#include "document/markdownimporter.h"
#include "document/officeimporter.h"
#include "document/plaintextimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

QString displayName(const QString &fileName)
{
    return fileName.isEmpty() || fileName == u"-"_s ? Tr::tr("standard input") : fileName;
}

bool onlyWhitespace(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

} // namespace

ImporterRegistry ImporterRegistry::withBuiltins()
{
    ImporterRegistry r;
    r.add(std::make_unique<DocxImporter>());
    r.add(std::make_unique<OdtImporter>());
    r.add(std::make_unique<MarkdownImporter>());
    r.add(std::make_unique<HtmlImporter>());
    r.add(std::make_unique<XmlImporter>());
    r.add(std::make_unique<PlainTextImporter>());
    return r;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::shared_ptr<const Importer>(std::move(importer)));
}

const Importer *ImporterRegistry::forFormat(const QString &format) const
{
    for (const auto &i : m_importers)
        if (i->format() == format)
            return i.get();
    return nullptr;
}

const Importer *ImporterRegistry::forFile(const QString &fileName, const QByteArray &head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!suffix.isEmpty())
        for (const auto &i : m_importers)
            if (i->suffixes().contains(suffix))
                return i.get();
    for (const auto &i : m_importers)
        if (i->sniff(head))
            return i.get();
    return forFormat(u"text"_s);
}

QStringList ImporterRegistry::suffixes() const
{
    QStringList out;
    for (const auto &i : m_importers)
        out << i->suffixes();
    return out;
}

QStringList ImporterRegistry::expandFolders(const QStringList &paths, QStringList *emptyFolders) const
{
    const QStringList known = suffixes();
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        const qsizetype before = files.size();
        for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files, QDir::Name))
            if (known.contains(entry.suffix().toLower()))
                files << entry.filePath();
        if (files.size() == before && emptyFolders)
            *emptyFolders << path;
    }
    return files;
}

Result<PolicyDocument> ImporterRegistry::importFile(const QString &path, const ImportOptions &options) const
{
    ImportOptions opts = options;
    if (opts.fileName.isEmpty())
        opts.fileName = path;
    const QString name = displayName(opts.fileName);

    QFile file;
    if (path == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error{u"unreadable"_s, Tr::tr("%1: cannot read: %2").arg(name, file.errorString())};
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{u"unreadable"_s, Tr::tr("%1: no such file").arg(name)};
        if (info.isDir())
            return Error{u"unreadable"_s, Tr::tr("%1: is a folder, not a file").arg(name)};
        if (info.size() > MaxFileSize)
            return Error{u"too-large"_s,
                         Tr::tr("%1: the file is too large (%2 MB; the limit is %3 MB)")
                             .arg(name)
                             .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                             .arg(MaxFileSize / (1024 * 1024))};
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"unreadable"_s, Tr::tr("%1: cannot read: %2").arg(name, file.errorString())};
    }
    // Read at most one byte past the limit, so stdin cannot exhaust memory either.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{u"unreadable"_s, Tr::tr("%1: cannot read: %2").arg(name, file.errorString())};
    if (bytes.size() > MaxFileSize)
        return Error{u"too-large"_s, Tr::tr("%1: the input is too large (the limit is %2 MB)")
                                         .arg(name)
                                         .arg(MaxFileSize / (1024 * 1024))};
    return importBytes(bytes, opts);
}

Result<PolicyDocument> ImporterRegistry::importBytes(const QByteArray &bytes, const ImportOptions &options) const
{
    const QString name = displayName(options.fileName);
    if (onlyWhitespace(bytes))
        return Error{u"empty"_s, Tr::tr("%1: the file is empty").arg(name)};
    if (bytes.size() > MaxFileSize)
        return Error{u"too-large"_s, Tr::tr("%1: the input is too large (the limit is %2 MB)")
                                         .arg(name)
                                         .arg(MaxFileSize / (1024 * 1024))};
    const Importer *importer = forFile(options.fileName, bytes.left(4096));
    if (!importer)
        return Error{u"unsupported"_s, Tr::tr("%1: no importer for this kind of file").arg(name)};
    // Importers name the input in their messages: "standard input", not "-".
    ImportOptions named = options;
    named.fileName = name;
    auto result = importer->import(bytes, named);
    if (result)
        result->fileName = options.fileName;
    return result;
}

} // namespace cw::doc
