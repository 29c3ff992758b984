// libFuzzer target for the DocxImporter: the input is the package's word/document.xml, and its
// footnotes.xml and endnotes.xml too (see fuzzcheck.h).
#include "document/officeimporter.h"
#include "fuzzcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzImporter<cw::doc::DocxImporter>(data, size, "fuzz.docx",
                                               {u"word/document.xml"_s, u"word/footnotes.xml"_s, u"word/endnotes.xml"_s});
}
