#include "documentprint.h"

#include "common/tr.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
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

Result<QByteArray> documentPdf(const doc::PolicyDocument &document, const exporting::DocumentExportOptions &options)
{
    const QString title = !options.title.isEmpty() ? options.title : document.title;
    return htmlToPdf(exporting::documentHtml(document, options), title);
}

} // namespace cw::formats
