// libFuzzer target for the PlainTextImporter (see fuzzcheck.h).
#include "document/plaintextimporter.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzImporter<cw::doc::PlainTextImporter>(data, size, "fuzz.txt");
}
