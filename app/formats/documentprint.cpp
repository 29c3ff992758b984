#include "documentprint.h"

#include "common/tr.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace cw::formats {

namespace {

// A4 with 20 mm margins; the page number sits in the lowest 10 mm of the text area.
constexpr qreal kMarginMm = 20;
constexpr qreal kFooterMm = 10;

void setUp(QTextDocument &document, const QString &html)
{
    // DejaVu has Cyrillic; where it is missing, Qt falls back to a font that has the glyphs.
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html);
}

// The document laid out in pages of the writer's text area less the footer: the layout then
// moves a line that would cross a page's foot to the next page, and y / page height is the page.
void paginate(QTextDocument &document, QPdfWriter &writer)
{
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0); // the writer's margins are the page's
    const qreal footer = kFooterMm / 25.4 * writer.resolution();
    document.setPageSize(QSizeF(writer.width(), writer.height() - footer));
}

// The page (from 1) on which a block's first line is printed. The block's rectangle is where
// its layout is, in the document (inside tables too); a line moved to the next page is below it.
int pageOf(const QTextDocument &document, const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    qreal y = document.documentLayout()->blockBoundingRect(block).top();
    if (layout && layout->lineCount() > 0)
        y += layout->lineAt(0).y();
    return int(y / document.pageSize().height()) + 1;
}

// A heading never ends a page: one whose next block starts on the following page starts there
// too, unless it already starts its page (a break before it would leave a page blank).
void keepHeadingsWithNext(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock previous = block.previous(), next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !previous.isValid() || !next.isValid())
            continue;
        const int page = pageOf(document, block);
        if (pageOf(document, previous) == page && pageOf(document, next) > page) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // A format change lays out only its own block again, and the blocks after it were
            // left where they were, some of them drawn nowhere: everything after it is redone.
            document.markContentsDirty(block.position(), document.characterCount() - block.position());
        }
    }
}

// The table of contents of documentHtml is a nested list of links to "#section-N". In a PDF those
// become links to a web address that no viewer can follow, and a printed contents wants page
// numbers: the list becomes a two-column table, each heading beside the page it starts on.
struct Contents
{
    QTextTable *table = nullptr;
    std::vector<QString> targets; // row by row: the anchor of the heading
};

Contents tableOfContents(QTextDocument &document)
{
    struct Entry { QString text, target; int level; };
    std::vector<Entry> entries;
    int first = -1, last = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && format.anchorHref().startsWith(u'#')) {
                const int level = block.textList() ? block.textList()->format().indent() : 1;
                entries.push_back({block.text(), format.anchorHref().mid(1), level});
                if (first < 0)
                    first = block.position();
                last = block.position() + block.length() - 1;
                break;
            }
        }
    }
    if (entries.empty())
        return {};
    QTextCursor cursor(&document);
    cursor.setPosition(first);
    cursor.setPosition(last, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (QTextList *list = cursor.block().textList())
        list->remove(cursor.block());
    cursor.setBlockFormat(QTextBlockFormat());

    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellPadding(1);
    format.setCellSpacing(0);
    format.setBottomMargin(12);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
    Contents contents;
    contents.table = cursor.insertTable(int(entries.size()), 2, format);
    for (int row = 0; row < int(entries.size()); ++row) {
        QTextCursor title = contents.table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat indent;
        indent.setLeftMargin(14 * (entries[size_t(row)].level - 1));
        title.setBlockFormat(indent);
        title.insertText(entries[size_t(row)].text, QTextCharFormat());
        QTextCursor number = contents.table->cellAt(row, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        contents.targets.push_back(entries[size_t(row)].target);
    }
    return contents;
}

// Writes the page numbers into the contents; true when they changed.
bool numberContents(QTextDocument &document, const Contents &contents)
{
    QHash<QString, QTextBlock> anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const QString &name : it.fragment().charFormat().anchorNames())
                anchors.insert(name, block);
    // Each edit of a paginated document lays it out again from the edit on: all numbers are
    // found first and written in one edit.
    std::vector<QString> numbers;
    for (const QString &target : contents.targets) {
        const auto anchor = anchors.constFind(target);
        numbers.push_back(anchor == anchors.cend() ? QString() : QString::number(pageOf(document, *anchor)));
    }
    bool changed = false;
    QTextCursor edit(&document);
    edit.beginEditBlock();
    for (int row = 0; row < int(numbers.size()); ++row) {
        const QTextTableCell cell = contents.table->cellAt(row, 1);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        if (cursor.selectedText() != numbers[size_t(row)]) {
            cursor.insertText(numbers[size_t(row)]);
            changed = true;
        }
    }
    edit.endEditBlock();
    return changed;
}

// Prints the laid-out document page by page, each page's number at its foot on the right.
Result<QByteArray> print(QTextDocument &document, QPdfWriter &writer, QBuffer &buffer)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QSizeF page = document.pageSize();
    const int pages = std::max(1, document.pageCount());
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{u"pdf"_s, Tr::tr("Cannot write the PDF.")};
    QFont numberFont = document.defaultFont();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();
        painter.setFont(numberFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, page.height(), page.width(), writer.height() - page.height()),
                         Qt::AlignRight | Qt::AlignBottom, QString::number(index + 1));
    }
    painter.end();
    if (buffer.data().isEmpty())
        return Error{u"pdf"_s, Tr::tr("Cannot write the PDF.")};
    return buffer.data();
}

Result<QByteArray> toPdf(const QString &html, const QString &title, bool numberedContents)
{
    QTextDocument document;
    setUp(document, html);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"Clausewright"_s);
    const Contents contents = numberedContents ? tableOfContents(document) : Contents{};
    paginate(document, writer);
    keepHeadingsWithNext(document);
    // A number written in can move what follows it (rarely: a title that now wraps), so the
    // numbers are written until they no longer change.
    if (contents.table)
        for (int pass = 0; pass < 3 && numberContents(document, contents); ++pass) {
        }
    return print(document, writer, buffer);
}

} // namespace

Result<QByteArray> htmlToPdf(const QString &html, const QString &title)
{
    return toPdf(html, title, false);
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
    return toPdf(exporting::documentHtml(document, options), title, true);
}

} // namespace cw::formats
