#pragma once

// Word processor documents: Office Open XML (.docx) and OpenDocument Text (.odt). Both are zip
// packages of XML; the text is what a reader of the document sees, laid out as the other
// importers lay it out: a blank line between paragraphs, list items one per line with their
// marker ("1.", "a)", "-"), the cells of a table row on one line between " | ".
//
// Headings come from the paragraph styles (Word's "heading N" and outline levels, with their
// basedOn chains; ODT's <text:h>), with their automatic numbering written out as Word shows it
// ("2.1. Retention"). Tracked changes are read in the accepted view: insertions and moves kept,
// deletions dropped, a deleted paragraph mark joining two paragraphs; the number of changes not
// yet accepted is PolicyDocument::trackedChanges, for the front ends to say so. Headers,
// footers, comments, footnotes and drawings are not part of the text. A document without
// heading styles has its structure recovered from the text, as a plain-text dump has.

#include "document/importer.h"

namespace cw::doc {

class DocxImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<PolicyDocument> import(const QByteArray &bytes, const ImportOptions &options) const override;
};

class OdtImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<PolicyDocument> import(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace cw::doc
