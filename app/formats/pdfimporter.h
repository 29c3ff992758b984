#pragma once

// PDF policies with a text layer, through Qt PDF (pdfium). Qt PDF needs Qt GUI, so this lives
// on the app side (ARCHITECTURE.md): the GUI and the CLI add it to core's importers.
//
// The text of each page is read in pdfium's reading order and laid out again from the
// geometry of its lines: a gap wider than the usual line spacing ends a paragraph; running
// headers and footers (a line near the top or bottom edge that comes back, digits aside, on
// most pages) and page numbers ("7", "- 7 -", "Page 7 of 12", "Стр. 7") are dropped; a word
// hyphenated at a line end is joined again. Headings are then recovered from the text as for a
// plain-text dump (numbered, ALL-CAPS and short title lines). A scan without a text layer, an
// encrypted file and a damaged one each give an error that says so.

#include "document/importer.h"

namespace cw::formats {

class PdfImporter final : public doc::Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<doc::PolicyDocument> import(const QByteArray &bytes, const doc::ImportOptions &options) const override;
};

} // namespace cw::formats
