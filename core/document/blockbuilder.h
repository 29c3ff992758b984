#pragma once

#include "document/importer.h"
#include "document/policydocument.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace cw::doc {

// Collects the blocks and headings an importer finds while it walks its input, then
// completes the document (section tree, clause markers, language). Every importer ends
// with finish(), so documents from all formats are built the same way.
class DocumentBuilder
{
public:
    explicit DocumentBuilder(PolicyDocument &document) : m_doc(document) {}

    void addBlock(BlockKind kind, TextRange range, int level = 0, const QString &marker = {});
    // A heading: a Heading block and an entry of the section tree.
    void addHeading(TextRange range, int level, const QString &title, const QString &marker = {});
    // The document title: a Heading block of level 0, not a section.
    void setTitle(TextRange range, const QString &title);

    [[nodiscard]] bool hasHeadings() const { return !m_headings.empty(); }

    void finish(const ImportOptions &options);

private:
    PolicyDocument &m_doc;
    std::vector<HeadingInfo> m_headings;
};

// Decodes the bytes of a text format (any encoding, see text::decode) into a document with
// its file name, format and encoding set and `text` filled: the first step of every text importer.
[[nodiscard]] Result<PolicyDocument> decodedDocument(const QByteArray &bytes, const ImportOptions &options,
                                                     const QString &format);

// A heading's text as a title: whitespace runs folded, trailing colon and spaces dropped.
[[nodiscard]] QString headingTitle(QStringView raw);

} // namespace cw::doc
