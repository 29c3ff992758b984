#pragma once

#include "document/importer.h"

namespace cw::doc {

// Plain text, with the structure a reader sees recovered from the lines (see plaintextimporter.cpp).
class PlainTextImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<PolicyDocument> import(const QByteArray &bytes, const ImportOptions &options) const override;
};

class DocumentBuilder;

// Recovers the title, headings, list items and paragraphs of `document.text` line by line and
// adds them to the builder. The HTML importer uses it too, for pages whose markup has no
// heading elements.
void recoverPlainTextStructure(const PolicyDocument &document, DocumentBuilder &builder);

} // namespace cw::doc
