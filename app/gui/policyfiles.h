#pragma once

#include <QString>

namespace cw::gui {

// The filter of every file dialog that opens policies: "Policies (*.md *.txt …)" with the
// suffixes the importers know, then "All files (*)".
[[nodiscard]] QString policyFileFilter();

} // namespace cw::gui
