#pragma once

// Reading zip packages (.docx, .odt) with the zip library that also writes them (QuaZip).

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace cw {

// The parts of a zip package by name ("word/document.xml"); with `only`, just those of these
// names that exist (the others are not unpacked at all). Error "zip" (message translated) when
// the bytes are not a readable zip, or a part is larger than MaxZipPart once unpacked: a zip bomb
// is refused, not unpacked.
[[nodiscard]] Result<std::map<QString, QByteArray>> zipParts(const QByteArray &zip, const QStringList &only = {});

inline constexpr qint64 MaxZipPart = 64 * 1024 * 1024;

// A zip package of these parts, in this order, each stamped `when` (pass a fixed time for
// byte-identical output); a part named "mimetype" is stored uncompressed, as ODF requires. Error "zip" (message translated) when the package cannot be written.
[[nodiscard]] Result<QByteArray> writeZip(const std::vector<std::pair<QString, QByteArray>> &parts, const QDateTime &when);

} // namespace cw
