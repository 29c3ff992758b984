#pragma once

// PDF through Qt's text layout (QTextDocument and QPdfWriter), which needs Qt GUI: a policy
// from its HTML export (documentexport.h), or any HTML page such as a redline. The PDF embeds
// its fonts (Cyrillic included), numbers its pages, keeps each heading on the page of the text
// after it and starts with the table of contents, each heading beside its page number. It
// needs a QGuiApplication (the CLI makes one for `export`).

#include "common/result.h"
#include "document/policydocument.h"
#include "export/documentexport.h"

#include <QByteArray>
#include <QString>

namespace cw::formats {

[[nodiscard]] Result<QByteArray> htmlToPdf(const QString &html, const QString &title);

// A redline page (htmlRedline) as PDF. Qt's text layout draws neither <ins> nor <del>, so
// insertions are underlined in green and deletions struck through in red, as the page shows them.
[[nodiscard]] Result<QByteArray> redlinePdf(const QString &redlineHtml, const QString &title);

[[nodiscard]] Result<QByteArray> documentPdf(const doc::PolicyDocument &document,
                                             const exporting::DocumentExportOptions &options = {});

} // namespace cw::formats
