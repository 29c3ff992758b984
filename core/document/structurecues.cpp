#include "document/structurecues.h"

#include "common/resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::doc {

namespace {

void append(std::vector<QRegularExpression> &out, const QJsonArray &array)
{
    for (const QJsonValue &v : array) {
        QRegularExpression re(v.toString(), QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::UseUnicodePropertiesOption);
        if (re.isValid())
            out.push_back(std::move(re));
    }
}

} // namespace

bool StructureCues::any(const std::vector<QRegularExpression> &patterns, const QString &text)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

const StructureCues &structureCues()
{
    // Read once: the cues are immutable data shared by every import.
    static const StructureCues c = [] {
        StructureCues cues;
        auto data = readBuiltinData(u"text/structure.json"_s);
        if (!data)
            return cues;
        const QJsonObject o = QJsonDocument::fromJson(*data).object();
        append(cues.title, o.value(u"title"_s).toArray());
        append(cues.leadIn, o.value(u"leadIn"_s).toArray());
        append(cues.leadInStart, o.value(u"leadInStart"_s).toArray());
        append(cues.notHeading, o.value(u"notHeading"_s).toArray());
        append(cues.contentsTitle, o.value(u"contentsTitle"_s).toArray());
        return cues;
    }();
    return c;
}

} // namespace cw::doc
