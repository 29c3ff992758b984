#pragma once

#include "document/importer.h"

namespace cw::doc {

// HTML through libxml2's tolerant HTML parser. The document text is the extracted text (one line per block, a blank line between blocks); scripts, styles, navigation and page chrome are dropped.
class HtmlImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<PolicyDocument> import(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace cw::doc
