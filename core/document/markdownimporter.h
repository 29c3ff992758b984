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

} // namespace cw::doc
