// libFuzzer target for the MarkdownImporter (see fuzzcheck.h).
#include "document/markdownimporter.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzImporter<cw::doc::MarkdownImporter>(data, size, "fuzz.md");
}
