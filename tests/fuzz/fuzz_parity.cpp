// libFuzzer target for the parity checker (analysis/parity.h): the input, cut at its first
// "\n===\n" (or in half), is an English and a Russian Markdown policy; any pair must give a
// report, never a crash, with every range inside its text.
#include "analysis/parity.h"
#include "document/markdownimporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto rules = cw::analysis::ParityRules::builtin();
    static const cw::doc::MarkdownImporter importer;
    if (!rules)
        std::abort();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype cut = bytes.indexOf("\n===\n");
    const QByteArray en = cut >= 0 ? bytes.left(cut) : bytes.left(bytes.size() / 2);
    const QByteArray ru = cut >= 0 ? bytes.mid(cut + 5) : bytes.mid(bytes.size() / 2);
    const auto e = importer.import(en, {QStringLiteral("fuzz.en.md"), cw::text::Language::English});
    const auto r = importer.import(ru, {QStringLiteral("fuzz.ru.md"), cw::text::Language::Russian});
    if (!e || !r)
        return 0;
    const auto report = cw::analysis::checkParity(*e, *r, *rules);
    auto inside = [](const cw::doc::TextRange &range, const QString &text) {
        return range.start >= 0 && range.start <= range.end && range.end <= text.size();
    };
    for (const auto &i : report.issues)
        if (!inside(i.range[cw::analysis::En], e->text) || !inside(i.range[cw::analysis::Ru], r->text) || i.detail.isEmpty())
            std::abort();
    for (const auto &a : report.alignment)
        if (!inside(a.range[cw::analysis::En], e->text) || !inside(a.range[cw::analysis::Ru], r->text))
            std::abort();
    return 0;
}
