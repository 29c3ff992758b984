// libFuzzer target: the PlainTextImporter must return a document or an error for any bytes, never
// crash, and every range it reports must lie inside the text.
#include "document/plaintextimporter.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const cw::doc::PlainTextImporter importer;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = importer.import(bytes, {QStringLiteral("fuzz.txt"), cw::text::Language::Unknown});
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
