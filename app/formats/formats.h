#pragma once

// What the front ends read and write with: core's formats and the ones that need Qt GUI.

#include "document/importer.h"

namespace cw::formats {

// Core's importers (DOCX, ODT, Markdown, HTML, XML, plain text) and PDF.
[[nodiscard]] doc::ImporterRegistry importers();

} // namespace cw::formats
