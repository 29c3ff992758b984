#pragma once

// Small readers of the JSON data files (cues, lint rules, parity rules).

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace cw {

// The strings of a JSON array (anything else gives an empty list).
[[nodiscard]] inline QStringList jsonStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &e : value.toArray())
        out << e.toString();
    return out;
}

} // namespace cw
