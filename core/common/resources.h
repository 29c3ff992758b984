#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw {

// Data files (cues, lint rules, glossary) ship inside the core library as Qt resources
// under ":/clausewright/" and may be extended by a user's folders. These helpers find them.

// The folders searched after the built-in data, in order: $CLAUSEWRIGHT_DATA_DIRS
// (path-list separated), then what the caller passes (e.g. from settings).
[[nodiscard]] QStringList userDataDirs(const QStringList &extra = {});

// Reads a built-in data file, e.g. readBuiltinData(u"lint/rules.json"_s).
[[nodiscard]] Result<QByteArray> readBuiltinData(const QString &relativePath);

} // namespace cw
