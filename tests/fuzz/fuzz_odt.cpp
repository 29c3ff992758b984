// libFuzzer target for the OdtImporter: the input is the package's content.xml (see fuzzcheck.h).
#include "document/officeimporter.h"
#include "fuzzcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzImporter<cw::doc::OdtImporter>(data, size, "fuzz.odt", {u"content.xml"_s});
}
