#include "export/docxpackage.h"

#include <QXmlStreamWriter>

#include <utility>

using namespace Qt::StringLiterals;

namespace cw::exporting::docx {

char16_t xmlSafe(char16_t c, bool pairedSurrogate)
{
    if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0xfffe || c == 0xffff)
        return QChar::ReplacementCharacter;
    if (QChar::isSurrogate(c) && !pairedSurrogate)
        return QChar::ReplacementCharacter;
    return c;
}

QString languageTag(text::Language language)
{
    switch (language) {
    case text::Language::English: return u"en-US"_s;
    case text::Language::Russian: return u"ru-RU"_s;
    case text::Language::Unknown: break;
    }
    return u"en-US"_s;
}

namespace {

// A paragraph style: Normal (the default), or one based on it; `size` (half-points) makes it
// bold, `outline` (0-8) a heading that keeps with the next paragraph.
struct ParagraphStyle
{
    QString id;
    QString name;
    bool isDefault = false;
    int outline = -1;
    QString size;
    QString before;
    QString after;
};

void writeStyle(QXmlStreamWriter &xml, const ParagraphStyle &s)
{
    xml.writeStartElement(W, u"style"_s);
    xml.writeAttribute(W, u"type"_s, u"paragraph"_s);
    if (s.isDefault)
        xml.writeAttribute(W, u"default"_s, u"1"_s);
    xml.writeAttribute(W, u"styleId"_s, s.id);
    xml.writeEmptyElement(W, u"name"_s);
    xml.writeAttribute(W, u"val"_s, s.name);
    if (!s.isDefault) {
        xml.writeEmptyElement(W, u"basedOn"_s);
        xml.writeAttribute(W, u"val"_s, u"Normal"_s);
    }
    if (s.outline >= 0) {
        xml.writeEmptyElement(W, u"next"_s);
        xml.writeAttribute(W, u"val"_s, u"Normal"_s);
        xml.writeEmptyElement(W, u"uiPriority"_s);
        xml.writeAttribute(W, u"val"_s, u"9"_s);
    }
    if (s.isDefault || s.outline >= 0 || !s.size.isEmpty())
        xml.writeEmptyElement(W, u"qFormat"_s);
    if (s.outline >= 0 || !s.before.isEmpty() || !s.after.isEmpty()) {
        xml.writeStartElement(W, u"pPr"_s);
        if (s.outline >= 0) {
            xml.writeEmptyElement(W, u"keepNext"_s);
            xml.writeEmptyElement(W, u"keepLines"_s);
        }
        xml.writeEmptyElement(W, u"spacing"_s);
        if (!s.before.isEmpty())
            xml.writeAttribute(W, u"before"_s, s.before);
        if (!s.after.isEmpty())
            xml.writeAttribute(W, u"after"_s, s.after);
        if (s.outline >= 0) {
            xml.writeEmptyElement(W, u"outlineLvl"_s);
            xml.writeAttribute(W, u"val"_s, QString::number(s.outline));
        }
        xml.writeEndElement(); // pPr
    }
    if (!s.size.isEmpty()) {
        xml.writeStartElement(W, u"rPr"_s);
        xml.writeEmptyElement(W, u"b"_s);
        xml.writeEmptyElement(W, u"bCs"_s);
        xml.writeEmptyElement(W, u"sz"_s);
        xml.writeAttribute(W, u"val"_s, s.size);
        xml.writeEmptyElement(W, u"szCs"_s);
        xml.writeAttribute(W, u"val"_s, s.size);
        xml.writeEndElement(); // rPr
    }
    xml.writeEndElement(); // style
}

} // namespace

QByteArray stylesXml(text::Language language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(W, u"w"_s);
    xml.writeStartElement(W, u"styles"_s);

    xml.writeStartElement(W, u"docDefaults"_s);
    xml.writeStartElement(W, u"rPrDefault"_s);
    xml.writeStartElement(W, u"rPr"_s);
    xml.writeEmptyElement(W, u"rFonts"_s);
    for (const auto &slot : {u"ascii"_s, u"hAnsi"_s, u"cs"_s, u"eastAsia"_s})
        xml.writeAttribute(W, slot, u"Calibri"_s);
    xml.writeEmptyElement(W, u"sz"_s);
    xml.writeAttribute(W, u"val"_s, u"22"_s);
    xml.writeEmptyElement(W, u"szCs"_s);
    xml.writeAttribute(W, u"val"_s, u"22"_s);
    // The text's language, for spelling and hyphenation.
    xml.writeEmptyElement(W, u"lang"_s);
    xml.writeAttribute(W, u"val"_s, languageTag(language));
    xml.writeEndElement(); // rPr
    xml.writeEndElement(); // rPrDefault
    xml.writeStartElement(W, u"pPrDefault"_s);
    xml.writeStartElement(W, u"pPr"_s);
    xml.writeEmptyElement(W, u"spacing"_s);
    xml.writeAttribute(W, u"after"_s, u"160"_s);
    xml.writeAttribute(W, u"line"_s, u"264"_s);
    xml.writeAttribute(W, u"lineRule"_s, u"auto"_s);
    xml.writeEndElement(); // pPr
    xml.writeEndElement(); // pPrDefault
    xml.writeEndElement(); // docDefaults

    writeStyle(xml, {u"Normal"_s, u"Normal"_s, true, -1, {}, {}, {}});
    // Word knows its built-in headings by these names ("heading 1"), so they show in its navigation.
    const std::pair<const char16_t *, const char16_t *> headings[] = {
        {u"32", u"360"}, {u"28", u"280"}, {u"24", u"240"}, {u"22", u"200"}, {u"22", u"160"}, {u"22", u"160"}};
    for (int level = 1; level <= 6; ++level) {
        const auto &[size, before] = headings[level - 1];
        writeStyle(xml, {u"Heading"_s + QString::number(level), u"heading "_s + QString::number(level), false,
                         level - 1, QString::fromUtf16(size), QString::fromUtf16(before), u"120"_s});
    }
    // A document's title, and the paragraphs of lists.
    writeStyle(xml, {u"Title"_s, u"Title"_s, false, -1, u"40"_s, {}, u"240"_s});
    writeStyle(xml, {u"ListParagraph"_s, u"List Paragraph"_s, false, -1, {}, {}, u"60"_s});
    xml.writeEndElement(); // styles
    xml.writeEndDocument();
    return bytes;
}

void writeA4Section(QXmlStreamWriter &xml)
{
    xml.writeStartElement(W, u"sectPr"_s);
    xml.writeEmptyElement(W, u"pgSz"_s);
    xml.writeAttribute(W, u"w"_s, u"11906"_s);
    xml.writeAttribute(W, u"h"_s, u"16838"_s);
    xml.writeEmptyElement(W, u"pgMar"_s);
    for (const auto &side : {u"top"_s, u"right"_s, u"bottom"_s, u"left"_s})
        xml.writeAttribute(W, side, u"1418"_s);
    xml.writeAttribute(W, u"header"_s, u"709"_s);
    xml.writeAttribute(W, u"footer"_s, u"709"_s);
    xml.writeAttribute(W, u"gutter"_s, u"0"_s);
    xml.writeEndElement(); // sectPr
}

QByteArray settingsXml(bool trackRevisions)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(W, u"w"_s);
    xml.writeStartElement(W, u"settings"_s);
    // A redline: the reviewer's own edits to it are tracked too.
    if (trackRevisions)
        xml.writeEmptyElement(W, u"trackRevisions"_s);
    xml.writeEmptyElement(W, u"defaultTabStop"_s);
    xml.writeAttribute(W, u"val"_s, u"708"_s);
    // Without this Word opens the file in compatibility mode.
    xml.writeStartElement(W, u"compat"_s);
    xml.writeEmptyElement(W, u"compatSetting"_s);
    xml.writeAttribute(W, u"name"_s, u"compatibilityMode"_s);
    xml.writeAttribute(W, u"uri"_s, u"http://schemas.microsoft.com/office/word"_s);
    xml.writeAttribute(W, u"val"_s, u"15"_s);
    xml.writeEndElement(); // compat
    xml.writeEndElement(); // settings
    xml.writeEndDocument();
    return bytes;
}

QByteArray relationshipsXml(const std::vector<Relationship> &relationships)
{
    const QString ns = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, u"Relationships"_s);
    for (const Relationship &r : relationships) {
        xml.writeEmptyElement(ns, u"Relationship"_s);
        xml.writeAttribute(u"Id"_s, r.id);
        xml.writeAttribute(u"Type"_s, r.type);
        xml.writeAttribute(u"Target"_s, r.target);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypesXml(bool numbering)
{
    const QString ns = u"http://schemas.openxmlformats.org/package/2006/content-types"_s;
    const QString wml = u"application/vnd.openxmlformats-officedocument.wordprocessingml."_s;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, u"Types"_s);
    const std::pair<QString, QString> defaults[] = {
        {u"rels"_s, u"application/vnd.openxmlformats-package.relationships+xml"_s},
        {u"xml"_s, u"application/xml"_s},
    };
    for (const auto &[extension, type] : defaults) {
        xml.writeEmptyElement(ns, u"Default"_s);
        xml.writeAttribute(u"Extension"_s, extension);
        xml.writeAttribute(u"ContentType"_s, type);
    }
    const std::pair<QString, QString> overrides[] = {
        {u"/word/document.xml"_s, wml + u"document.main+xml"_s},
        {u"/word/styles.xml"_s, wml + u"styles+xml"_s},
        {u"/word/settings.xml"_s, wml + u"settings+xml"_s},
        {u"/docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s},
    };
    for (const auto &[part, type] : overrides) {
        xml.writeEmptyElement(ns, u"Override"_s);
        xml.writeAttribute(u"PartName"_s, part);
        xml.writeAttribute(u"ContentType"_s, type);
    }
    if (numbering) {
        xml.writeEmptyElement(ns, u"Override"_s);
        xml.writeAttribute(u"PartName"_s, u"/word/numbering.xml"_s);
        xml.writeAttribute(u"ContentType"_s, wml + u"numbering+xml"_s);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray corePropertiesXml(const QString &title, const QString &description, const QString &author,
                             const QString &date, text::Language language)
{
    const QString cp = u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s;
    const QString dc = u"http://purl.org/dc/elements/1.1/"_s;
    const QString dcterms = u"http://purl.org/dc/terms/"_s;
    const QString xsi = u"http://www.w3.org/2001/XMLSchema-instance"_s;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeNamespace(cp, u"cp"_s);
    xml.writeNamespace(dc, u"dc"_s);
    xml.writeNamespace(dcterms, u"dcterms"_s);
    xml.writeNamespace(xsi, u"xsi"_s);
    xml.writeStartElement(cp, u"coreProperties"_s);
    xml.writeTextElement(dc, u"title"_s, title);
    xml.writeTextElement(dc, u"description"_s, description);
    xml.writeTextElement(dc, u"creator"_s, author);
    xml.writeTextElement(cp, u"lastModifiedBy"_s, author);
    if (language != text::Language::Unknown)
        xml.writeTextElement(dc, u"language"_s, languageTag(language));
    for (const QString &name : {u"created"_s, u"modified"_s}) {
        xml.writeStartElement(dcterms, name);
        xml.writeAttribute(xsi, u"type"_s, u"dcterms:W3CDTF"_s);
        xml.writeCharacters(date);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString xmlSafeString(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool paired = QChar::isHighSurrogate(c) ? i + 1 < s.size() && s[i + 1].isLowSurrogate()
                            : QChar::isLowSurrogate(c) ? i > 0 && s[i - 1].isHighSurrogate()
                                                       : false;
        out += QChar(xmlSafe(c, paired));
    }
    return out;
}

} // namespace cw::exporting::docx
