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

    // HTML, or (xml) a generic XML document read with the same rules (see XmlImporter).
    [[nodiscard]] static Result<PolicyDocument> importMarkup(const QByteArray &bytes, const ImportOptions &options,
                                                             bool xml);
};

// A generic XML document: element text as in HTML, with <title>/<heading> (depth or level
// attribute) as headings, <paragraph>/<para> as paragraphs, <list>/<item> as lists and
// <segment>/<chapter>/<part> as sections. Malformed XML is read by the tolerant HTML parser.
class XmlImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    bool sniff(const QByteArray &head) const override;
    Result<PolicyDocument> import(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace cw::doc
