#pragma once

// A policy written out in another format: Markdown, a standalone HTML page, a Word document or
// an OpenDocument text. (PDF needs Qt GUI and is written from the HTML in app/formats.) Whatever the policy
// was read from, the export is built from what a reader sees in it, block by block: the title,
// headings with their levels, paragraphs (a hard-wrapped paragraph flows again), list items
// with their nesting and whether they are numbered, and table rows with their cells. Markdown's
// inline markup is resolved (**bold** → bold, [text](url) → text (url)); clause markers and
// other comments are left out.

#include "common/result.h"
#include "document/policydocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace cw::exporting {

struct ExportBlock
{
    enum Kind { Title, Heading, Paragraph, ListItem, TableRow, Rule };
    Kind kind = Paragraph;
    int level = 0;         // heading level (1-6), list depth (1 = top)
    bool ordered = false;  // a numbered list item
    int group = -1;        // the list or table this item or row belongs to
    QString text;          // plain text; for a table row, its cells joined by " | "
    QStringList cells;     // a table row's cells
};

[[nodiscard]] std::vector<ExportBlock> exportBlocks(const doc::PolicyDocument &document);

struct DocumentExportOptions
{
    QString title;  // empty: the document's title, else its file name
    QDateTime date; // the package's timestamps (DOCX); invalid: now. Fix it for identical output.
};

// Markdown: a Markdown policy as it is; any other as Markdown written from its blocks.
[[nodiscard]] QString documentMarkdown(const doc::PolicyDocument &document);

// A standalone HTML page (UTF-8, lang set, screen and print styles, a table of contents linked
// to the headings). It also reads well in QTextDocument, which the PDF and ODT exports use.
[[nodiscard]] QString documentHtml(const doc::PolicyDocument &document, const DocumentExportOptions &options = {});

// A Word document: Title and Heading 1-6 styles (Word's own, so they show in its navigation),
// lists with Word numbering (numbered lists restart), tables with borders. Error "zip" when the
// package cannot be written.
[[nodiscard]] Result<QByteArray> documentDocx(const doc::PolicyDocument &document,
                                              const DocumentExportOptions &options = {});

// An OpenDocument text: Title and Heading N paragraph styles with outline levels (so Writer's
// navigator and table of contents see them), bulleted and numbered lists, tables. Error "zip"
// when the package cannot be written.
[[nodiscard]] Result<QByteArray> documentOdt(const doc::PolicyDocument &document,
                                             const DocumentExportOptions &options = {});

} // namespace cw::exporting
