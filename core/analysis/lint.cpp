#include "analysis/lint.h"

#include "common/jsonutil.h"
#include "common/resources.h"
#include "common/tr.h"
#include "text/encoding.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::analysis {

namespace {

std::vector<QRegularExpression> compile(const QStringList &patterns)
{
    std::vector<QRegularExpression> out;
    for (const QString &p : patterns) {
        QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption
                                     | QRegularExpression::UseUnicodePropertiesOption
                                     | QRegularExpression::MultilineOption);
        if (re.isValid())
            out.push_back(std::move(re));
    }
    return out;
}

// The text of one line (or the rest of it) starting at `from`, at most `max` characters;
// when the line ends right away, the next line instead ("Last updated:\n5 May 2023").
QStringView lineAfter(const QString &text, qsizetype from, qsizetype max)
{
    qsizetype end = from;
    while (end < text.size() && text[end] != u'\n' && end - from < max)
        ++end;
    QStringView rest = QStringView(text).mid(from, end - from);
    if (rest.trimmed().isEmpty() || rest.trimmed() == u":"_s) {
        qsizetype next = end;
        while (next < text.size() && text[next].isSpace())
            ++next;
        qsizetype e2 = next;
        while (e2 < text.size() && text[e2] != u'\n' && e2 - next < max)
            ++e2;
        return QStringView(text).mid(next, e2 - next);
    }
    return rest;
}

// Whether only markup (“#”, “*”, “_”, “>”, “-”, “|”) and spaces stand between the line's start and
// the offset: a label such as "**Last updated:**" begins its line, prose does not.
bool startsLine(const QString &text, qsizetype offset)
{
    for (qsizetype i = offset - 1; i >= 0 && text[i] != u'\n'; --i) {
        const QChar c = text[i];
        if (!(c.isSpace() || c == u'#' || c == u'*' || c == u'_' || c == u'>' || c == u'-' || c == u'|'))
            return false;
    }
    return true;
}

// "Cyrillic+Latin" in the reader's language: "Cyrillic and Latin" / «кириллица и латиница».
QString scriptNames(const QString &scripts)
{
    QStringList names;
    for (const QString &s : scripts.split(u'+', Qt::SkipEmptyParts)) {
        if (s == u"Cyrillic"_s)
            names << Tr::tr("Cyrillic");
        else if (s == u"Latin"_s)
            names << Tr::tr("Latin");
        else if (s == u"Greek"_s)
            names << Tr::tr("Greek");
        else
            names << s;
    }
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return Tr::tr("%1 and %2").arg(names.join(u", "_s), last);
}

} // namespace

Result<LintRules> LintRules::builtin()
{
    auto data = readBuiltinData(u"lint/rules.json"_s);
    if (!data)
        return data.error();
    return fromJson(*data, u":/clausewright/lint/rules.json"_s);
}

Result<LintRules> LintRules::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !d.isObject())
        return Error{u"parse"_s, Tr::tr("%1: not a lint rules file: %2").arg(fileName, err.errorString())};
    const QJsonObject o = d.object();
    LintRules r;
    r.placeholderPatterns = jsonStrings(o.value(u"placeholders"_s));
    r.contactCues = jsonStrings(o.value(u"contactCues"_s));
    r.dateCues = jsonStrings(o.value(u"dateCues"_s));
    r.datePatterns = jsonStrings(o.value(u"datePatterns"_s));
    for (const QStringList *list : {&r.placeholderPatterns, &r.contactCues, &r.dateCues, &r.datePatterns})
        for (const QString &p : *list)
            if (!QRegularExpression(p).isValid())
                return Error{u"parse"_s, Tr::tr("%1: invalid pattern “%2”").arg(fileName, p)};
    return r;
}

void LintRules::merge(const LintRules &other)
{
    placeholderPatterns << other.placeholderPatterns;
    contactCues << other.contactCues;
    dateCues << other.dateCues;
    datePatterns << other.datePatterns;
}

std::vector<LintIssue> lint(const doc::PolicyDocument &document, const LintRules &rules)
{
    const QString &text = document.text;
    std::vector<LintIssue> issues;

    for (const QRegularExpression &re : compile(rules.placeholderPatterns)) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            issues.push_back({u"placeholder"_s, {m.capturedStart(), m.capturedEnd()},
                              Tr::tr("Placeholder “%1” is not filled in").arg(m.captured())});
        }
    }

    for (const auto &w : text::findMixedScriptWords(text)) {
        const QString scripts = scriptNames(w.scripts);
        issues.push_back({u"mixed-script"_s, {w.start, w.end},
                          w.suggestion.isEmpty()
                              ? Tr::tr("“%1” mixes alphabets (%2)").arg(w.word, scripts)
                              : Tr::tr("“%1” mixes alphabets (%2); did you mean “%3”?")
                                    .arg(w.word, scripts, w.suggestion)});
    }

    for (const auto &m : text::findMojibake(text)) {
        issues.push_back({u"mojibake"_s, {m.start, m.end},
                          Tr::tr("Garbled characters “%1”: probably “%2” decoded with the wrong encoding")
                              .arg(text.mid(m.start, m.end - m.start), m.repaired)});
    }

    for (const QRegularExpression &re : compile(rules.contactCues)) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const bool hidden = m.captured().startsWith(u'[');
            issues.push_back({u"empty-contact"_s, {m.capturedStart(), m.capturedEnd()},
                              hidden ? Tr::tr("“%1”: the e-mail address was hidden by the web page it was copied "
                                              "from; type the address in by hand")
                                           .arg(m.captured())
                                     : Tr::tr("“%1” is not followed by an address, e-mail or phone number")
                                           .arg(m.captured().trimmed())});
        }
    }

    const auto datePatterns = compile(rules.datePatterns);
    for (const QRegularExpression &re : compile(rules.dateCues)) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!startsLine(text, m.capturedStart()))
                continue;
            const QStringView after = lineAfter(text, m.capturedEnd(), 80);
            const bool dated = std::any_of(datePatterns.begin(), datePatterns.end(), [&](const QRegularExpression &d) {
                return d.match(after.toString()).hasMatch();
            });
            if (!dated)
                issues.push_back({u"empty-date"_s, {m.capturedStart(), m.capturedEnd()},
                                  Tr::tr("“%1” is not followed by a date").arg(m.captured())});
        }
    }

    std::sort(issues.begin(), issues.end(), [](const LintIssue &a, const LintIssue &b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.kind < b.kind;
    });
    // The same stretch found by two cues of one kind is one finding.
    issues.erase(std::unique(issues.begin(), issues.end(),
                             [](const LintIssue &a, const LintIssue &b) {
                                 return a.kind == b.kind && a.range.start < b.range.end && b.range.start < a.range.end;
                             }),
                 issues.end());
    return issues;
}

} // namespace cw::analysis
