#include "document/blockbuilder.h"

#include "text/encoding.h"

#include <algorithm>

namespace cw::doc {

void DocumentBuilder::addBlock(BlockKind kind, TextRange range, int level, const QString &marker)
{
    m_doc.blocks.push_back(Block{kind, range, level, marker});
}

void DocumentBuilder::addHeading(TextRange range, int level, const QString &title, const QString &marker)
{
    addBlock(BlockKind::Heading, range, level, marker);
    m_headings.push_back(HeadingInfo{title, level, range});
}

void DocumentBuilder::setTitle(TextRange range, const QString &title)
{
    addBlock(BlockKind::Heading, range, 0);
    m_doc.title = title;
    m_doc.titleRange = range;
}

void DocumentBuilder::finish(const ImportOptions &options)
{
    std::stable_sort(m_doc.blocks.begin(), m_doc.blocks.end(),
                     [](const Block &a, const Block &b) { return a.range.start < b.range.start; });
    std::stable_sort(m_headings.begin(), m_headings.end(),
                     [](const HeadingInfo &a, const HeadingInfo &b) { return a.range.start < b.range.start; });
    m_doc.sections = buildSectionTree(m_headings, m_doc.text.size());
    m_doc.clauseMarkers = findClauseMarkers(m_doc.text);
    if (options.language != text::Language::Unknown) {
        m_doc.language = options.language;
    } else {
        // The language of what a reader reads: not of markup, comments or code blocks.
        QString prose;
        for (const Block &b : m_doc.blocks)
            if (b.kind != BlockKind::Code && prose.size() < 200000)
                prose += QStringView(m_doc.text).mid(b.range.start, b.range.length()) + u'\n';
        m_doc.language = text::detectLanguage(prose.isEmpty() ? m_doc.text : prose);
    }
    if (m_doc.fileName.isEmpty())
        m_doc.fileName = options.fileName;
}

Result<PolicyDocument> decodedDocument(const QByteArray &bytes, const ImportOptions &options, const QString &format)
{
    auto decoded = text::decode(bytes, options.fileName);
    if (!decoded)
        return decoded.error();
    PolicyDocument doc;
    doc.fileName = options.fileName;
    doc.format = format;
    doc.encoding = decoded->encoding;
    doc.text = std::move(decoded->text);
    return doc;
}

QString headingTitle(QStringView raw)
{
    QString t = raw.toString().simplified();
    // QString::simplified() leaves NBSP alone; a title never needs one at its ends.
    while (!t.isEmpty() && (t.back().isSpace() || t.back() == u':' || t.back() == QChar(0x00A0)))
        t.chop(1);
    while (!t.isEmpty() && (t.front().isSpace() || t.front() == QChar(0x00A0)))
        t.remove(0, 1);
    return t;
}

} // namespace cw::doc
