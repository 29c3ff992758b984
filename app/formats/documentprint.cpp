#include "documentprint.h"

#include "common/tr.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cw::formats {

namespace {

void setUp(QTextDocument &document, const QString &html)
{
    // DejaVu has Cyrillic; where it is missing, Qt falls back to a font that has the glyphs.
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html);
}

} // namespace

Result<QByteArray> htmlToPdf(const QString &html, const QString &title)
{
    QTextDocument document;
    setUp(document, html);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(u"Clausewright"_s);
        // Without a page size of its own, QTextDocument lays itself out on the writer's pages
        // and prints each page's number at its foot.
        document.print(&writer);
    }
    if (buffer.data().isEmpty())
        return Error{u"pdf"_s, Tr::tr("Cannot write the PDF.")};
    return buffer.data();
}

Result<QByteArray> redlinePdf(const QString &redlineHtml, const QString &title)
{
    QString html = redlineHtml;
    static const QRegularExpression insOpen(u"<ins\\b[^>]*>"_s), delOpen(u"<del\\b[^>]*>"_s);
    html.replace(insOpen, u"<u style=\"color:#0b6b2e; background-color:#dcf5e2\">"_s);
    html.replace(u"</ins>"_s, u"</u>"_s);
    html.replace(delOpen, u"<s style=\"color:#a40e26; background-color:#fde3e6\">"_s);
    html.replace(u"</del>"_s, u"</s>"_s);
    // Nor does it keep the text's line breaks by CSS (white-space: pre-wrap) or space the
    // summary's figures from their words: a <pre> in the body font does both.
    static const QRegularExpression articleOpen(u"<article\\b[^>]*>"_s);
    html.replace(articleOpen, u"<pre style=\"font-family: 'DejaVu Sans', sans-serif; white-space: pre-wrap\">"_s);
    html.replace(u"</article>"_s, u"</pre>"_s);
    html.replace(u"</span><span class=\"what\">"_s, u"</span> <span class=\"what\">"_s);
    return htmlToPdf(html, title);
}

Result<QByteArray> documentPdf(const doc::PolicyDocument &document, const exporting::DocumentExportOptions &options)
{
    const QString title = !options.title.isEmpty() ? options.title : document.title;
    return htmlToPdf(exporting::documentHtml(document, options), title);
}

} // namespace cw::formats
