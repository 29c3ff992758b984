#include "formats.h"

#include "pdfimporter.h"

namespace cw::formats {

doc::ImporterRegistry importers()
{
    doc::ImporterRegistry registry = doc::ImporterRegistry::withBuiltins();
    registry.add(std::make_unique<PdfImporter>());
    return registry;
}

} // namespace cw::formats
