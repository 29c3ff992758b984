#pragma once

#include "document/policydocument.h"

#include <QString>
#include <QStringList>

class QMimeData;

class QWidget;

namespace cw::gui {

// The filter of every file dialog that opens policies: "Policies (*.md *.txt …)" with the
// suffixes the importers know, then "All files (*)".
[[nodiscard]] QString policyFileFilter();

// The local files and folders of a drop; nothing when anything else is in it.
[[nodiscard]] QStringList localPathsOf(const QMimeData *mime);

// Asks where and in which format (DOCX, ODT, PDF, HTML, Markdown) to export the policy, writes
// it, and returns the path written; empty when the user cancelled or writing failed (then a
// message box has said why).
QString exportPolicyDialog(QWidget *parent, const doc::PolicyDocument &document);

} // namespace cw::gui
