// libFuzzer target for the HtmlImporter (see fuzzcheck.h).
#include "document/htmlimporter.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzImporter<cw::doc::HtmlImporter>(data, size, "fuzz.html");
}
