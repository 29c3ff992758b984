#pragma once

// Shared body of the importer fuzz targets: the importer must return a document or an error
// for any bytes, never crash, and every range it reports must lie inside the text and nest.

#include "common/zip.h"
#include "document/importer.h"

#include <cstdlib>

// The importer on these bytes, or (`parts` given) on a zip package holding them as each of those
// parts: a word processor's XML, where the fuzzer's mutations matter, rather than compressed
// bytes. One input as several parts (Word's document and its notes) reaches the readers of each.
template<typename ImporterT>
int fuzzImporter(const uint8_t *data, size_t size, const char *fileName, const QStringList &parts = {})
{
    static const ImporterT importer;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!parts.isEmpty()) {
        std::vector<std::pair<QString, QByteArray>> files;
        for (const QString &part : parts)
            files.emplace_back(part, bytes);
        auto zip = cw::writeZip(files, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        if (!zip)
            std::abort();
        bytes = std::move(zip).value();
    }
    const auto result = importer.import(bytes, {QString::fromLatin1(fileName), cw::text::Language::Unknown});
    if (!result)
        return 0;
    const auto &doc = result.value();
    const qsizetype n = doc.text.size();
    for (const auto &b : doc.blocks)
        if (b.range.start < 0 || b.range.start > b.range.end || b.range.end > n)
            std::abort();
    for (const auto *s : doc.flatSections())
        if (s->range.start < 0 || s->range.start > s->range.end || s->range.end > n
            || s->heading.start < s->range.start || s->heading.end > s->range.end)
            std::abort();
    return 0;
}
