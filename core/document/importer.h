#pragma once

#include "common/result.h"
#include "document/policydocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cw::doc {

struct ImportOptions
{
    QString fileName;                                  // names the document and errors
    text::Language language = text::Language::Unknown; // Unknown: detect from the text
};

// Turns the bytes of one file format into a PolicyDocument. Implementations are stateless
// and may be used from several threads at once.
class Importer
{
public:
    virtual ~Importer() = default;

    // "markdown", "text", "html"; used in PolicyDocument::format.
    [[nodiscard]] virtual QString format() const = 0;
    // Lower-case suffixes without the dot: {"md", "markdown"}.
    [[nodiscard]] virtual QStringList suffixes() const = 0;
    // Whether the content looks like this format when the suffix says nothing (stdin, ".dat").
    [[nodiscard]] virtual bool sniff(const QByteArray &head) const = 0;
    [[nodiscard]] virtual Result<PolicyDocument> import(const QByteArray &bytes,
                                                        const ImportOptions &options) const = 0;
};

// The importers known to a front end. Core registers DOCX, ODT, Markdown, HTML, XML and plain text; the
// app side adds the formats that need Qt GUI (PDF) through add().
class ImporterRegistry
{
public:
    // A registry with the importers core provides.
    [[nodiscard]] static ImporterRegistry withBuiltins();

    void add(std::unique_ptr<Importer> importer);
    [[nodiscard]] const Importer *forFormat(const QString &format) const;
    // By suffix, then by sniffing; plain text when nothing else claims it.
    [[nodiscard]] const Importer *forFile(const QString &fileName, const QByteArray &head) const;
    [[nodiscard]] QStringList suffixes() const;
    // The files the paths stand for: a file stands for itself, a folder for the files in it (not
    // its sub-folders) that have a suffix of these importers, in name order. A folder holding
    // none is added to *emptyFolders.
    [[nodiscard]] QStringList expandFolders(const QStringList &paths, QStringList *emptyFolders) const;

    // Reads and imports a file ("-" is stdin). Errors name the file: "unreadable",
    // "empty", "too-large", "binary", and the importer's own.
    [[nodiscard]] Result<PolicyDocument> importFile(const QString &path,
                                                    const ImportOptions &options = {}) const;
    [[nodiscard]] Result<PolicyDocument> importBytes(const QByteArray &bytes,
                                                     const ImportOptions &options) const;

    // Files larger than this are refused with "too-large": no policy comes near it, and a
    // larger file is almost certainly not one (a log, a database dump).
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

private:
    std::vector<std::shared_ptr<const Importer>> m_importers;
};

} // namespace cw::doc
