#pragma once

// Reading yaml-cpp nodes into Qt values (library internals; not installed).

#include <QJsonValue>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace cw::library::yaml {

// The front matter or template starts at `firstLine` of its file (1-based).
inline int lineOf(const YAML::Node &n, int firstLine)
{
    return n.Mark().line >= 0 ? n.Mark().line + firstLine : firstLine;
}

inline QString text(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()).trimmed() : QString();
}

// A scalar or a sequence of scalars.
inline QStringList list(const YAML::Node &n)
{
    QStringList out;
    if (!n)
        return out;
    if (n.IsScalar())
        out << text(n);
    else if (n.IsSequence())
        for (const YAML::Node &item : n)
            out << text(item);
    return out;
}

// A scalar as JSON: true/false and whole numbers as such, everything else a string.
QJsonValue scalarJson(const YAML::Node &n);
// Any node as JSON.
QJsonValue toJson(const YAML::Node &n);

} // namespace cw::library::yaml
