#include "formats.h"

#include "documentprint.h"
#include "pdfimporter.h"

#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace cw::formats {

doc::ImporterRegistry importers()
{
    doc::ImporterRegistry registry = doc::ImporterRegistry::withBuiltins();
    registry.add(std::make_unique<PdfImporter>());
    return registry;
}

QStringList exportSuffixes()
{
    return {u"docx"_s, u"odt"_s, u"pdf"_s, u"html"_s, u"md"_s};
}

Result<QByteArray> exportDocument(const doc::PolicyDocument &document, const QString &suffix,
                                  const exporting::DocumentExportOptions &options)
{
    const QString s = suffix.toLower();
    if (s == u"md"_s || s == u"markdown"_s)
        return exporting::documentMarkdown(document).toUtf8();
    if (s == u"html"_s || s == u"htm"_s)
        return exporting::documentHtml(document, options).toUtf8();
    if (s == u"docx"_s)
        return exporting::documentDocx(document, options);
    if (s == u"odt"_s)
        return exporting::documentOdt(document, options);
    if (s == u"pdf"_s)
        return documentPdf(document, options);
    return Error{u"format"_s, Tr::tr("Unknown export format “%1”: use md, html, pdf, odt or docx.").arg(suffix)};
}

} // namespace cw::formats
