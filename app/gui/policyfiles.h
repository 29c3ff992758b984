#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace cw::gui {

// The filter of every file dialog that opens policies: "Policies (*.md *.txt …)" with the
// suffixes the importers know, then "All files (*)".
[[nodiscard]] QString policyFileFilter();

// The local files and folders of a drop; nothing when anything else is in it.
[[nodiscard]] QStringList localPathsOf(const QMimeData *mime);

} // namespace cw::gui
