#pragma once

#include <QStringList>
#include <QTextStream>

namespace cw::cli {

// Runs one command of clausewright-cli (CLI.md) and returns the exit status:
// 0 success, 1 problems found (--fail-on), 2 bad usage, 3 unreadable or invalid input.
// Reports go to standard output or -o FILE; messages for people go to `err`.
[[nodiscard]] int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cw::cli
