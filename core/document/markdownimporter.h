#pragma once

#include "document/importer.h"

namespace cw::doc {

// Markdown (CommonMark with GitHub's tables, strikethrough, autolinks and task lists) through cmark-gfm, in safe mode.
class MarkdownImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<PolicyDocument> import(const QByteArray &bytes, const ImportOptions &options) const override;
};

// The length of a YAML front matter block at the start of a Markdown text (Jekyll, Hugo, many
// static-site generators: "---" on the first line, "key: value" lines, closed by "---" or
// "..."), its closing line included; 0 when there is none. It is metadata, not the policy's text.
[[nodiscard]] qsizetype frontMatterLength(QStringView text);

} // namespace cw::doc
