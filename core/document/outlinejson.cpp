#include "document/outlinejson.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

// `next` counts sections depth-first, parents first: the order of flatSections().
QJsonObject sectionToJson(const Section &s, const std::vector<QStringList> *topics, size_t &next)
{
    const size_t index = next++;
    QJsonArray children;
    for (const Section &c : s.children)
        children.append(sectionToJson(c, topics, next));
    return QJsonObject{
        {u"title"_s, s.title},
        {u"level"_s, s.level},
        {u"start"_s, qint64(s.range.start)},
        {u"end"_s, qint64(s.range.end)},
        {u"heading_start"_s, qint64(s.heading.start)},
        {u"heading_end"_s, qint64(s.heading.end)},
        // Always present, so that readers can rely on it; empty without the classifier's output.
        {u"topics"_s, topics && index < topics->size() ? QJsonArray::fromStringList((*topics)[index]) : QJsonArray()},
        {u"children"_s, children},
    };
}

void sectionToText(const Section &s, QString &out)
{
    out += QString(2 * (s.level - 1), u' ') + s.title + u"  ["_s + QString::number(s.range.start) + u'-'
           + QString::number(s.range.end) + u"]\n"_s;
    for (const Section &c : s.children)
        sectionToText(c, out);
}

} // namespace

QString textSha256(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // libcrypto can refuse (a FIPS configuration without its provider): Qt's own code then.
    if (EVP_Digest(utf8.constData(), size_t(utf8.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QJsonObject outlineToJson(const PolicyDocument &document, bool withText, const std::vector<QStringList> *sectionTopics)
{
    QJsonArray sections;
    size_t next = 0;
    for (const Section &s : document.sections)
        sections.append(sectionToJson(s, sectionTopics, next));
    QJsonObject o{
        {u"file"_s, document.fileName},
        {u"format"_s, document.format},
        {u"language"_s, text::languageCode(document.language)},
        {u"encoding"_s, document.encoding},
        {u"title"_s, document.title},
        {u"text_sha256"_s, textSha256(document.text)},
        {u"text_length"_s, qint64(document.text.size())},
        {u"sections"_s, sections},
        // Changes a .docx or .odt still tracks; the text reads them as accepted.
        {u"tracked_changes"_s, document.trackedChanges},
    };
    if (withText)
        o.insert(u"text"_s, document.text);
    return o;
}

QString outlineToText(const PolicyDocument &document)
{
    QString out;
    if (!document.title.isEmpty())
        out += document.title + u"\n\n"_s;
    for (const Section &s : document.sections)
        sectionToText(s, out);
    return out;
}

} // namespace cw::doc
