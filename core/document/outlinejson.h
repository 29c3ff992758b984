#pragma once

#include "document/policydocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cw::doc {

// SHA-256 (hex) of the UTF-8 encoding of the text: reports carry it as "text_sha256" so a
// reader of their offsets can check they refer to the same text (CLI.md).
[[nodiscard]] QString textSha256(const QString &text);

// The `outline` report of CLI.md: file, language, encoding, format, title, text_sha256 and the
// section tree (title, level, start, end, heading_start, heading_end, topics, children);
// with `withText`, "text" too.
// `sectionTopics`, when given, holds the topic ids of each section in flatSections() order
// (the classifier's output, core/analysis); otherwise every "topics" array is empty.
[[nodiscard]] QJsonObject outlineToJson(const PolicyDocument &document, bool withText,
                                        const std::vector<QStringList> *sectionTopics = nullptr);

// The same as indented lines for people: "1. Title  [start–end]".
[[nodiscard]] QString outlineToText(const PolicyDocument &document);

} // namespace cw::doc
