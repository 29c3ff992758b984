#pragma once

#include <QString>

namespace cw::gui {

// Applies a theme to the whole application: "" follows the system (the platform's style and
// palette), "light" and "dark" use the Fusion style with a light or dark palette.
void applyTheme(const QString &theme);

} // namespace cw::gui
