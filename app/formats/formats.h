#pragma once

// What the front ends read and write with: core's formats and the ones that need Qt GUI.

#include "common/result.h"
#include "document/importer.h"
#include "export/documentexport.h"

#include <QByteArray>
#include <QStringList>

namespace cw::formats {

// Core's importers (DOCX, ODT, Markdown, HTML, XML, plain text) and PDF.
[[nodiscard]] doc::ImporterRegistry importers();

// The formats a policy can be written to, by file suffix: md, html, docx, odt, pdf.
[[nodiscard]] QStringList exportSuffixes();
// The policy written in the format of this suffix (PDF needs a QGuiApplication). Error
// "format" for a suffix not in exportSuffixes(); the writer's own errors otherwise.
[[nodiscard]] Result<QByteArray> exportDocument(const doc::PolicyDocument &document, const QString &suffix,
                                                const exporting::DocumentExportOptions &options = {});

} // namespace cw::formats
