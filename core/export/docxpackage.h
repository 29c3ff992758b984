#pragma once

// The parts of a Word package (Office Open XML) that every .docx we write shares: styles
// (Normal, Title, Heading 1-6 under Word's own names, List Paragraph), settings, relationships,
// content types and core properties. Used by the redline (docxredline.h) and the document
// export (documentexport.h).

#include "text/language.h"

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

#include <vector>

namespace cw::exporting::docx {

inline const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// XML 1.0 allows tab, LF, CR and U+0020 up, minus U+FFFE/U+FFFF and unpaired surrogates: the
// others become U+FFFD.
[[nodiscard]] char16_t xmlSafe(char16_t c, bool pairedSurrogate);
// Strips what XML 1.0 cannot hold from a string (titles and names come from files too).
[[nodiscard]] QString xmlSafeString(const QString &s);
// "en-US", "ru-RU".
[[nodiscard]] QString languageTag(text::Language language);

[[nodiscard]] QByteArray stylesXml(text::Language language);
// The body's closing section properties: A4 with 2.5 cm margins.
void writeA4Section(QXmlStreamWriter &xml);
// `trackRevisions`: further edits to the document are tracked (a redline).
[[nodiscard]] QByteArray settingsXml(bool trackRevisions);

struct Relationship
{
    QString id;
    QString type;
    QString target;
};
[[nodiscard]] QByteArray relationshipsXml(const std::vector<Relationship> &relationships);
// `numbering`: the package has word/numbering.xml.
[[nodiscard]] QByteArray contentTypesXml(bool numbering);
[[nodiscard]] QByteArray corePropertiesXml(const QString &title, const QString &description, const QString &author,
                                           const QString &date, text::Language language);

} // namespace cw::exporting::docx
