#include "analysis/parity.h"

#include "analysis/coverage.h"
#include "analysis/taxonomy.h"

#include "common/jsonutil.h"
#include "common/resources.h"
#include "common/tr.h"
#include "text/segmenter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <span>

using namespace Qt::StringLiterals;

namespace cw::analysis {

using doc::TextRange;

QString parityIssueKindId(ParityIssueKind kind)
{
    switch (kind) {
    case ParityIssueKind::MissingInRu: return u"missing-in-ru"_s;
    case ParityIssueKind::MissingInEn: return u"missing-in-en"_s;
    case ParityIssueKind::NumberMismatch: return u"number-mismatch"_s;
    case ParityIssueKind::DateMismatch: return u"date-mismatch"_s;
    case ParityIssueKind::EmailMismatch: return u"email-mismatch"_s;
    case ParityIssueKind::UrlMismatch: return u"url-mismatch"_s;
    case ParityIssueKind::PhoneMismatch: return u"phone-mismatch"_s;
    case ParityIssueKind::Untranslated: return u"untranslated"_s;
    case ParityIssueKind::TermMismatch: return u"term-mismatch"_s;
    case ParityIssueKind::Stale: return u"stale"_s;
    case ParityIssueKind::SectionMoved: return u"section-moved"_s;
    case ParityIssueKind::LengthRatio: return u"length-ratio"_s;
    }
    return {};
}

std::optional<ParityIssueKind> parityIssueKindFromId(QStringView id)
{
    for (int k = 0; k <= int(ParityIssueKind::LengthRatio); ++k)
        if (parityIssueKindId(ParityIssueKind(k)) == id)
            return ParityIssueKind(k);
    return std::nullopt;
}

QString syncStateId(SyncState state)
{
    switch (state) {
    case SyncState::NeverTranslated: return u"never-translated"_s;
    case SyncState::Unconfirmed: return u"unconfirmed"_s;
    case SyncState::Stale: return u"stale"_s;
    case SyncState::Confirmed: return u"confirmed"_s;
    }
    return {};
}

SyncCounts countSyncStates(const std::vector<SectionParity> &sections)
{
    SyncCounts c;
    for (const SectionParity &s : sections) {
        if (s.range[En].length() == 0)
            continue;
        switch (s.state) {
        case SyncState::Confirmed: ++c.confirmed; break;
        case SyncState::Stale: ++c.stale; break;
        case SyncState::NeverTranslated: ++c.neverTranslated; break;
        case SyncState::Unconfirmed: ++c.unconfirmed; break;
        }
    }
    return c;
}

QString paritySourceHash(QStringView text)
{
    const QString simplified = text.toString().simplified();
    return QString::fromLatin1(
        QCryptographicHash::hash(simplified.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString ParityIssue::fingerprint(const QString &enText, const QString &ruText) const
{
    const QString basis = parityIssueKindId(kind) + u'\x1f' + sectionKey + u'\x1f' + enText.simplified() + u'\x1f'
                          + ruText.simplified();
    return QString::fromLatin1(QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

// ---------------------------------------------------------------------------------------------
// Rules

namespace {

std::vector<CuePattern> patterns(const QJsonValue &v, WordAnalyser &analyser, bool *ok)
{
    std::vector<CuePattern> out;
    for (const QString &s : jsonStrings(v)) {
        auto p = CuePattern::compile(s, analyser);
        if (!p) {
            *ok = false;
            return out;
        }
        out.push_back(std::move(p).value());
    }
    return out;
}

} // namespace

std::optional<Error> ParityRules::addGlossary(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument d = QJsonDocument::fromJson(json, &parseError);
    if (d.isNull() || !d.isObject())
        return Error{u"parse"_s, Tr::tr("%1: not a glossary (%2)").arg(fileName, parseError.errorString())};
    WordAnalyser analyser;
    for (const QJsonValue &v : d.object().value(u"terms"_s).toArray()) {
        const QJsonObject o = v.toObject();
        bool ok = true;
        Term term;
        term.en = patterns(o.value(u"en"_s), analyser, &ok);
        if (ok)
            term.ru = patterns(o.value(u"ru"_s), analyser, &ok);
        if (ok)
            term.wrong = patterns(o.value(u"wrong"_s), analyser, &ok);
        if (!ok || term.en.empty() || term.ru.empty())
            return Error{u"parse"_s, Tr::tr("%1: the term “%2” is malformed")
                                         .arg(fileName, QString::fromUtf8(QJsonDocument(o.value(u"en"_s).toArray()).toJson(QJsonDocument::Compact)))};
        terms.push_back(std::move(term));
    }
    return std::nullopt;
}

Result<ParityRules> ParityRules::builtin()
{
    auto data = readBuiltinData(u"parity/rules.json"_s);
    if (!data)
        return data.error();
    const QJsonObject o = QJsonDocument::fromJson(*data).object();
    ParityRules r;
    const QJsonObject months = o.value(u"months"_s).toObject();
    for (const QString &m : jsonStrings(months.value(u"en"_s)))
        r.monthsEn.push_back(m);
    for (const QJsonValue &m : months.value(u"ru"_s).toArray())
        r.monthsRu.push_back(jsonStrings(m));
    const QJsonObject words = o.value(u"numberWords"_s).toObject();
    for (auto [lang, target] : {std::pair{u"en"_s, &r.numberWordsEn}, std::pair{u"ru"_s, &r.numberWordsRu}}) {
        const QJsonObject w = words.value(lang).toObject();
        for (auto it = w.begin(); it != w.end(); ++it)
            target->insert(it.key(), it.value().toInt());
    }
    const QJsonObject units = o.value(u"units"_s).toObject();
    r.unitsEn = jsonStrings(units.value(u"en"_s));
    r.unitsRu = jsonStrings(units.value(u"ru"_s));
    for (const QString &w : jsonStrings(o.value(u"englishWords"_s)))
        r.englishWords.insert(w);
    const QJsonObject u = o.value(u"untranslated"_s).toObject();
    r.untranslatedMinLatinWords = u.value(u"minLatinWords"_s).toInt(r.untranslatedMinLatinWords);
    r.untranslatedMinEnglishWords = u.value(u"minEnglishWords"_s).toInt(r.untranslatedMinEnglishWords);
    r.untranslatedMinLatinShare = u.value(u"minLatinShare"_s).toDouble(r.untranslatedMinLatinShare);
    for (const QString &s : jsonStrings(o.value(u"localeSegments"_s)))
        r.localeSegments.insert(s);
    r.citationMarks = jsonStrings(o.value(u"citationMarks"_s));
    r.citationBefore = QRegularExpression(o.value(u"citationBefore"_s).toString(),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (!r.citationBefore.isValid())
        return Error{u"parse"_s, Tr::tr("parity/rules.json: citationBefore is not a valid regular expression")};
    const QJsonObject len = o.value(u"lengthRatio"_s).toObject();
    r.lengthMinWords = len.value(u"minWords"_s).toInt(r.lengthMinWords);
    r.lengthLow = len.value(u"low"_s).toDouble(r.lengthLow);
    r.lengthHigh = len.value(u"high"_s).toDouble(r.lengthHigh);
    r.missingMinWords = o.value(u"missing"_s).toObject().value(u"minWords"_s).toInt(r.missingMinWords);
    if (r.monthsEn.size() != 12 || r.monthsRu.size() != 12)
        return Error{u"parse"_s, Tr::tr("parity/rules.json: twelve month names are needed in each language")};

    auto glossary = readBuiltinData(u"parity/glossary.json"_s);
    if (!glossary)
        return glossary.error();
    if (auto error = r.addGlossary(*glossary, u"parity/glossary.json"_s))
        return *error;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Anchors: what a translation keeps as it is (numbers, dates, e-mails, URLs, phones, names)

namespace {

struct Anchor
{
    enum Kind { Number, Date, Email, Url, Phone, Name, KindCount };
    Kind kind = Number;
    QString value; // canonical: "1000", "2022-01-24", "support.mozilla.org/kb/x", "+74951234567", "firefox"
    TextRange range;
};

const QRegularExpression &emailRe()
{
    static const QRegularExpression re(uR"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"_s, QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &urlRe()
{
    // Scheme URLs, and bare host names under common top-level domains ("mozilla.org/privacy").
    static const QRegularExpression re(
        uR"((?:https?://|www\.)[^\s<>"'\])]+|\b(?:[a-z0-9-]+\.)+(?:org|com|net|ru|рф|io|dev|info|de|uk|eu|us|edu|gov)\b(?:/[^\s<>"'\])]*)?)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &phoneRe()
{
    static const QRegularExpression re(uR"(\+?\d[\d\s().\x{2011}-]{6,}\d)"_s, QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &numberRe()
{
    // Digits with thousands groups ("1,000", "1 000", "1 000") and a decimal part; an English
    // ordinal ending or a Russian case ending may follow ("1st", "1-го").
    static const QRegularExpression re(
        uR"((?<![\p{L}\d.,])\d{1,3}(?:[  \x{202F}\x{2009}]\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?:st|nd|rd|th|-?(?:й|го|я|е|х|ти|ми|му|м))?(?![\p{L}\d]))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &isoDateRe()
{
    static const QRegularExpression re(uR"(\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b|\b(\d\d?)\.(\d\d?)\.((?:19|20)\d\d)\b)"_s);
    return re;
}

const QRegularExpression &wordRe()
{
    static const QRegularExpression re(uR"(\p{L}+|\d+)"_s, QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &attributeRe()
{
    // kramdown attribute lists, "{: #personal-info }", and their ids.
    static const QRegularExpression re(uR"(\{:[^}\n]*\})"_s);
    return re;
}

QString normalizeUrl(QString url, const QSet<QString> &localeSegments)
{
    while (!url.isEmpty() && QStringView(u".,;:!?*_").contains(url.back()))
        url.chop(1);
    url = url.toLower();
    for (const QString &scheme : {u"https://"_s, u"http://"_s})
        if (url.startsWith(scheme))
            url.remove(0, scheme.size());
    if (url.startsWith(u"www."_s))
        url.remove(0, 4);
    if (const qsizetype q = url.indexOf(u'?'); q >= 0) {
        const qsizetype hash = url.indexOf(u'#', q);
        QStringList kept;
        for (const QString &param : url.mid(q + 1, hash < 0 ? -1 : hash - q - 1).split(u'&', Qt::SkipEmptyParts))
            if (!param.startsWith(u"utm_"_s) && !param.startsWith(u"lang="_s) && !param.startsWith(u"locale="_s))
                kept << param;
        url = url.left(q) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&')) + (hash < 0 ? QString() : url.mid(hash));
    }
    QStringList parts = url.split(u'/');
    QStringList out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        if (i == 0 || !localeSegments.contains(parts[i]))
            out << parts[i];
    url = out.join(u'/');
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// A numeric token's value as canonical text: thousands separators dropped, decimal comma made a
// point, trailing zeros of a fraction dropped. English "1,000" is a thousand; Russian "1,5" is
// one and a half.
QString numberValue(QString token, text::Language language)
{
    static const QRegularExpression suffix(uR"((st|nd|rd|th|-?(й|го|я|е|х|ти|ми|му|м))$)"_s);
    token.remove(suffix);
    token.remove(QRegularExpression(uR"([  \x{202F}\x{2009}])"_s));
    if (language == text::Language::English) {
        static const QRegularExpression thousands(uR"(^\d{1,3}(,\d{3})+(\.\d+)?$)"_s);
        if (thousands.match(token).hasMatch())
            token.remove(u',');
        else
            token.replace(u',', u'.');
    } else {
        token.replace(u',', u'.');
    }
    // "3.2.1" (a clause number) stays as written; a single point is a decimal.
    if (token.count(u'.') == 1) {
        while (token.endsWith(u'0') && token.contains(u'.'))
            token.chop(1);
        if (token.endsWith(u'.'))
            token.chop(1);
    }
    while (token.size() > 1 && token.front() == u'0' && token[1].isDigit())
        token.remove(0, 1);
    return token;
}

int monthOf(const QString &lower, text::Language language, const ParityRules &rules)
{
    QString w = lower;
    if (w.endsWith(u'.'))
        w.chop(1);
    if (language == text::Language::English) {
        if (w.size() < 3)
            return 0;
        for (size_t m = 0; m < rules.monthsEn.size(); ++m)
            if (rules.monthsEn[m].startsWith(w))
                return int(m) + 1;
        return 0;
    }
    for (size_t m = 0; m < rules.monthsRu.size(); ++m)
        for (const QString &form : rules.monthsRu[m]) {
            if (form.endsWith(u'$') ? w == QStringView(form).chopped(1) : w.startsWith(form))
                return int(m) + 1;
        }
    return 0;
}

bool overlapsAny(const TextRange &r, const std::vector<TextRange> &taken)
{
    return std::any_of(taken.begin(), taken.end(), [&](const TextRange &t) { return r.start < t.end && t.start < r.end; });
}

struct Token
{
    QString lower;
    TextRange range;
    bool digits = false;
};

// Every anchor in text[range]. Markdown link targets count as URLs; attribute lists are skipped.
std::vector<Anchor> findAnchors(const QString &text, TextRange range, text::Language language, const ParityRules &rules)
{
    std::vector<Anchor> out;
    std::vector<TextRange> taken;
    const QString part = text.mid(range.start, range.length());
    auto add = [&](Anchor::Kind kind, QString value, qsizetype s, qsizetype e) {
        const TextRange r{range.start + s, range.start + e};
        taken.push_back(r);
        out.push_back({kind, std::move(value), r});
    };
    for (auto it = attributeRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        taken.push_back(TextRange{range.start + m.capturedStart(), range.start + m.capturedEnd()});
    }
    for (auto it = emailRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const TextRange r{range.start + m.capturedStart(), range.start + m.capturedEnd()};
        if (!overlapsAny(r, taken))
            add(Anchor::Email, m.captured().toLower(), m.capturedStart(), m.capturedEnd());
    }
    for (auto it = urlRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const TextRange r{range.start + m.capturedStart(), range.start + m.capturedEnd()};
        if (!overlapsAny(r, taken))
            add(Anchor::Url, normalizeUrl(m.captured(), rules.localeSegments), m.capturedStart(), m.capturedEnd());
    }
    for (auto it = phoneRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured().remove(QRegularExpression(u"\\D"_s));
        const bool plus = m.captured().startsWith(u'+');
        const bool separated = m.captured().contains(u'-') || m.captured().contains(u'(');
        const TextRange r{range.start + m.capturedStart(), range.start + m.capturedEnd()};
        if (digits.size() >= 10 && digits.size() <= 15 && (plus || separated) && !overlapsAny(r, taken))
            add(Anchor::Phone, digits.right(10), m.capturedStart(), m.capturedEnd());
    }
    // Whether a cited law's number follows the date ending at `end`, or precedes the one
    // starting at `start` (in `part`).
    auto citesLaw = [&](qsizetype end, qsizetype start) {
        if (start >= 0 && !rules.citationBefore.pattern().isEmpty()
            && rules.citationBefore.match(QStringView(part).mid(std::max<qsizetype>(0, start - 40), std::min<qsizetype>(start, 40)))
                   .hasMatch())
            return true;
        qsizetype k = end;
        while (k < part.size() && (part[k] == u' ' || part[k] == QChar(0xA0)))
            ++k;
        const QStringView rest = QStringView(part).mid(k);
        return std::any_of(rules.citationMarks.begin(), rules.citationMarks.end(),
                           [&](const QString &mark) { return rest.startsWith(mark); });
    };
    for (auto it = isoDateRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const TextRange r{range.start + m.capturedStart(), range.start + m.capturedEnd()};
        if (overlapsAny(r, taken))
            continue;
        const bool iso = m.capturedLength(1) > 0;
        const int y = (iso ? m.captured(1) : m.captured(6)).toInt();
        const int mo = (iso ? m.captured(2) : m.captured(5)).toInt();
        const int d = (iso ? m.captured(3) : m.captured(4)).toInt();
        if (mo < 1 || mo > 12 || d < 1 || d > 31)
            continue;
        if (citesLaw(m.capturedEnd(), m.capturedStart()))
            taken.push_back(r);
        else
            add(Anchor::Date, QString::asprintf("%04d-%02d-%02d", y, mo, d), m.capturedStart(), m.capturedEnd());
    }

    // Words and digit runs, for written dates, number words and names.
    std::vector<Token> tokens;
    for (auto it = wordRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const TextRange r{range.start + m.capturedStart(), range.start + m.capturedEnd()};
        if (overlapsAny(r, taken))
            continue;
        QString lower = m.captured().toLower();
        lower.replace(u'ё', u'е');
        tokens.push_back(Token{std::move(lower), r, m.captured().front().isDigit()});
    }
    auto dayAt = [&](size_t i) { return i < tokens.size() && tokens[i].digits && tokens[i].lower.size() <= 2 ? tokens[i].lower.toInt() : 0; };
    auto yearAt = [&](size_t i) {
        if (i >= tokens.size() || !tokens[i].digits || tokens[i].lower.size() != 4)
            return 0;
        const int y = tokens[i].lower.toInt();
        return y >= 1900 && y <= 2100 ? y : 0;
    };
    // An English ordinal ("May 25th") leaves "th" as its own token.
    auto skipOrdinal = [&](size_t i) {
        return i < tokens.size() && QStringView(u"st nd rd th").contains(tokens[i].lower) && tokens[i].lower.size() == 2 ? i + 1 : i;
    };
    std::vector<bool> used(tokens.size(), false);
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].digits)
            continue;
        const int month = monthOf(tokens[i].lower, language, rules);
        if (!month)
            continue;
        int day = 0, year = 0;
        size_t first = i, last = i;
        if (i > 0 && dayAt(i - 1) >= 1 && dayAt(i - 1) <= 31) { // "24 января 2022", "24 January 2022"
            day = dayAt(i - 1);
            first = i - 1;
            if ((year = yearAt(i + 1)))
                last = i + 1;
        } else if (dayAt(i + 1) >= 1 && dayAt(i + 1) <= 31) { // "January 24, 2022"
            day = dayAt(i + 1);
            last = i + 1;
            const size_t y = skipOrdinal(i + 2);
            if ((year = yearAt(y)))
                last = y;
        } else if ((year = yearAt(i + 1))) { // "January 2022"
            last = i + 1;
        }
        if (!day && !year)
            continue; // "may" the verb, "март" alone
        for (size_t k = first; k <= last; ++k)
            used[k] = true;
        const TextRange r{tokens[first].range.start, tokens[last].range.end};
        taken.push_back(r);
        qsizetype after = r.end - range.start;
        while (after < part.size() && (part[after] == u'.' || part[after] == u' ' || part[after] == u'г'))
            ++after; // "27 июля 2006 г. № 152-ФЗ"
        if (!citesLaw(after, tokens[first].range.start - range.start))
            out.push_back({Anchor::Date, QString::asprintf("%04d-%02d-%02d", year, month, day), r});
    }

    // Number words right before a unit of time: "seven years", "семь лет".
    const auto &numberWords = language == text::Language::English ? rules.numberWordsEn : rules.numberWordsRu;
    const QStringList &units = language == text::Language::English ? rules.unitsEn : rules.unitsRu;
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (used[i] || tokens[i].digits)
            continue;
        int value = 0;
        if (language == text::Language::English) {
            value = numberWords.value(tokens[i].lower);
        } else {
            qsizetype best = 0;
            for (auto it = numberWords.begin(); it != numberWords.end(); ++it)
                if (it.key().size() > best && tokens[i].lower.startsWith(it.key())) {
                    best = it.key().size();
                    value = it.value();
                }
        }
        if (!value)
            continue;
        // The unit right after, or after one word ("two further months", "трёх полных лет").
        auto isUnit = [&](size_t k) {
            return k < tokens.size() && !tokens[k].digits
                   && std::any_of(units.begin(), units.end(), [&](const QString &u) { return tokens[k].lower.startsWith(u); });
        };
        if (isUnit(i + 1) || isUnit(i + 2)) {
            taken.push_back(tokens[i].range);
            out.push_back({Anchor::Number, QString::number(value), tokens[i].range});
        }
    }

    for (auto it = numberRe().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const TextRange r{range.start + m.capturedStart(), range.start + m.capturedEnd()};
        if (overlapsAny(r, taken))
            continue;
        add(Anchor::Number, numberValue(m.captured(), language), m.capturedStart(), m.capturedEnd());
    }

    // Latin words in a Russian text are names, products and terms a translation keeps;
    // every Latin word of the English text is a candidate counterpart.
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.digits || t.lower.size() < 3 || t.lower[0] > u'z' || overlapsAny(t.range, taken))
            continue;
        if (language == text::Language::Russian || text.at(t.range.start).isUpper())
            out.push_back({Anchor::Name, t.lower, t.range});
    }
    std::sort(out.begin(), out.end(), [](const Anchor &a, const Anchor &b) { return a.range.start < b.range.start; });
    return out;
}

// ---------------------------------------------------------------------------------------------
// Units (sections) and segments (sentences)

struct Segment
{
    TextRange range;
    int block = -1;
    double length = 0; // letters and digits outside link targets
    int words = 0;
    std::vector<Anchor> anchors;
    std::vector<size_t> keys;   // sorted hashes of the anchors (English: and of every Latin word)
    std::vector<size_t> strong; // sorted hashes of the anchors a translation must keep: not names
    std::vector<size_t> cognates; // sorted consonant skeletons of the words (see cognateKeys)
};

struct Unit
{
    QString title;
    QString number;    // leading numbering of the title, "3.2"
    QString path;      // parent titles and this one, normalised
    int level = 0;     // 0 for the preamble
    int parent = -1;   // index of the enclosing unit
    TextRange heading; // empty for the preamble
    TextRange own;     // heading and text up to the first subsection
    TextRange body;    // `own` without the heading
    QStringList markers, attributes;
    std::vector<int> topics; // sorted topic indices, when a taxonomy was given
    std::vector<Segment> segments;
    std::vector<Anchor> anchors; // of the whole unit, title included
    std::vector<size_t> keys;
    double length = 0;
    int words = 0;
};

size_t anchorKey(Anchor::Kind kind, const QString &value)
{
    return qHash(value) ^ (size_t(kind) * 0x9e3779b97f4a7c15ull);
}

// The keys an anchor comparison looks up: each anchor's kind and value; on the English side
// also every Latin word, so that a name kept in a Russian text finds its counterpart.
std::vector<size_t> strongKeys(const std::vector<Anchor> &anchors)
{
    std::vector<size_t> keys;
    for (const Anchor &a : anchors)
        if (a.kind != Anchor::Name)
            keys.push_back(anchorKey(a.kind, a.value));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

std::vector<size_t> anchorKeys(const std::vector<Anchor> &anchors, const QString &text, TextRange range, bool english)
{
    std::vector<size_t> keys;
    for (const Anchor &a : anchors)
        keys.push_back(anchorKey(a.kind, a.value));
    if (english) {
        static const QRegularExpression latin(uR"([A-Za-z]{3,})"_s);
        for (auto it = latin.globalMatch(text.mid(range.start, range.length())); it.hasNext();)
            keys.push_back(anchorKey(Anchor::Name, it.next().captured().toLower()));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// Cognates (Simard, Foster and Isabelle, 1992): words the two languages share, "documentation"
// and "документация", "account" and "аккаунт", "control" and "контроль". Each word of five
// letters or more in the document's own alphabet is stemmed, reduced to its consonants in
// classes both alphabets spell alike (c before e/i/y as s, th as t, w as v, ц as t, х and h
// dropped), runs folded; the first four classes are the key, when there are three or more.
// Names kept in Latin in the Russian text are anchors already and are left out here.
QString consonantSkeleton(QStringView stem, bool latin)
{
    QString out;
    auto push = [&out](QChar c) {
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    };
    for (qsizetype i = 0; i < stem.size() && out.size() < 4; ++i) {
        const char16_t c = stem[i].unicode();
        const char16_t next = i + 1 < stem.size() ? stem[i + 1].unicode() : 0;
        if (latin) {
            switch (c) {
            case u'b': case u'd': case u'f': case u'g': case u'k': case u'l': case u'm': case u'n': case u'p': case u'r':
                if (c == u'p' && next == u'h') {
                    push(u'f');
                    ++i;
                } else {
                    push(QChar(c));
                }
                break;
            case u't': push(u't'); if (next == u'h') ++i; break;
            case u'c':
                if (next == u'h') {
                    push(u'c');
                    ++i;
                } else {
                    push(next == u'e' || next == u'i' || next == u'y' ? u's' : u'k');
                }
                break;
            case u'q': push(u'k'); break;
            case u's': push(next == u'h' ? u'w' : u's'); if (next == u'h') ++i; break;
            case u'z': push(u's'); break;
            case u'x': push(u'k'); push(u's'); break;
            case u'v': case u'w': push(u'v'); break;
            case u'j': push(u'j'); break;
            default: break; // vowels, h, y
            }
        } else {
            switch (c) {
            case u'б': push(u'b'); break;
            case u'в': push(u'v'); break;
            case u'г': push(u'g'); break;
            case u'д': push(next == u'ж' ? u'j' : u'd'); if (next == u'ж') ++i; break;
            case u'ж': push(u'j'); break;
            case u'з': case u'с': push(u's'); break;
            case u'к': push(u'k'); break;
            case u'л': push(u'l'); break;
            case u'м': push(u'm'); break;
            case u'н': push(u'n'); break;
            case u'п': push(u'p'); break;
            case u'р': push(u'r'); break;
            case u'т': case u'ц': push(u't'); break;
            case u'ф': push(u'f'); break;
            case u'ч': push(u'c'); break;
            case u'ш': case u'щ': push(u'w'); break;
            default: break; // vowels, й, ь, ъ, х
            }
        }
    }
    return out.size() >= 3 ? out : QString();
}

// The words of a range outside link targets, URLs and e-mail addresses: what a reader reads.
std::vector<Word> proseWords(const QString &text, TextRange range, text::Language language, WordAnalyser &analyser)
{
    std::vector<Word> words = analyser.words(text, range, language);
    const QStringView part = QStringView(text).mid(range.start, range.length());
    if (!part.contains(u"](") && !part.contains(u"://") && !part.contains(u'@') && !part.contains(u"{:"))
        return words; // most sentences: nothing to leave out, no regular expression to run
    std::vector<TextRange> links;
    static const QRegularExpression re(uR"(\]\([^)]*\)|https?://\S+|\S+@\S+|\{:[^}]*\})"_s);
    for (auto it = re.globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        links.push_back({range.start + m.capturedStart(), range.start + m.capturedEnd()});
    }
    if (!links.empty())
        std::erase_if(words, [&](const Word &w) { return overlapsAny(w.range, links); });
    return words;
}

std::vector<size_t> cognateKeys(const QString &text, TextRange range, text::Language language, WordAnalyser &analyser)
{
    const bool english = language == text::Language::English;
    auto ownAlphabet = [english](QChar c) {
        const char16_t u = c.unicode();
        return english ? (u >= u'a' && u <= u'z') : ((u >= u'а' && u <= u'я') || u == u'ё');
    };
    std::vector<size_t> keys;
    for (const Word &w : proseWords(text, range, language, analyser)) {
        if (w.lower.size() < 5 || !std::all_of(w.lower.begin(), w.lower.end(), ownAlphabet))
            continue;
        if (const QString key = consonantSkeleton(w.stem, english); !key.isEmpty())
            keys.push_back(qHash(key));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// The sentences of text[range]: give it PolicyDocument::proseText(), where a line break inside a
// paragraph is a space already. With `acrossLines`, every line break is, so that a heading runs on
// into its text (a stretch compared as a whole). Ranges into `text`.
std::vector<TextRange> proseSentences(const QString &text, TextRange range, text::Language language, bool acrossLines = false)
{
    QString part = text.mid(range.start, range.length());
    if (acrossLines)
        part.replace(u'\n', u' '); // same length: the offsets stay
    std::vector<TextRange> out;
    for (const text::Span &sp : text::sentences(part, language))
        out.push_back({range.start + sp.start, range.start + sp.end});
    return out;
}

double visibleLength(QStringView text)
{
    double n = 0;
    bool inTarget = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u']' && i + 1 < text.size() && text[i + 1] == u'(')
            inTarget = true;
        else if (inTarget && c == u')')
            inTarget = false;
        else if (!inTarget && c.isLetterOrNumber())
            n += 1;
    }
    return n;
}

QString normalizedTitle(const QString &title)
{
    static const QRegularExpression numbering(uR"(^\s*(?:[\dIVXivx]+[.)]?\s*)+)"_s);
    QString t = title;
    t.remove(numbering);
    t = t.toLower().simplified();
    t.replace(u'ё', u'е');
    return t;
}

QString titleNumber(const QString &title)
{
    static const QRegularExpression numbering(uR"(^\s*(\d+(?:\.\d+)*)[.)]?\s)"_s);
    const auto m = numbering.match(title);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::vector<Unit> unitsOf(const doc::PolicyDocument &d, text::Language language, const ParityRules &rules, WordAnalyser &analyser,
                          const Taxonomy *taxonomy)
{
    std::vector<Unit> units;
    const QString prose = d.proseText();
    const auto flat = d.flatSections();
    const qsizetype firstStart = flat.empty() ? d.text.size() : flat.front()->range.start;
    {
        Unit pre;
        pre.own = pre.body = {0, firstStart};
        pre.title = d.title;
        pre.path = u"preamble"_s;
        if (!QStringView(d.text).left(firstStart).trimmed().isEmpty())
            units.push_back(std::move(pre));
    }
    std::map<const doc::Section *, int> indexOf;
    std::function<void(const doc::Section &, int, const QString &)> walk = [&](const doc::Section &s, int parent,
                                                                              const QString &parentPath) {
        Unit u;
        u.title = s.title;
        u.number = titleNumber(s.title);
        u.path = parentPath.isEmpty() ? normalizedTitle(s.title) : parentPath + u" / "_s + normalizedTitle(s.title);
        u.level = s.level;
        u.parent = parent;
        u.heading = s.heading;
        u.own = {s.range.start, s.children.empty() ? s.range.end : s.children.front().range.start};
        u.body = {std::min(s.heading.end, u.own.end), u.own.end};
        const int index = int(units.size());
        units.push_back(std::move(u));
        for (const doc::Section &c : s.children)
            walk(c, index, units[index].path);
    };
    for (const doc::Section &s : d.sections)
        walk(s, -1, QString());
    if (taxonomy) {
        const DocumentAnalysis analysis = analyse(d, *taxonomy);
        const size_t first = units.size() - d.flatSections().size(); // after the preamble, if any
        for (size_t k = 0; k < analysis.sectionTopics.size() && first + k < units.size(); ++k) {
            units[first + k].topics = analysis.sectionTopics[k];
            std::sort(units[first + k].topics.begin(), units[first + k].topics.end());
        }
    }

    for (Unit &u : units) {
        for (const doc::ClauseMarker &m : d.clauseMarkers)
            if (u.own.contains(m.range.start))
                u.markers << m.id;
        const QString own = d.text.mid(u.own.start, u.own.length());
        for (auto it = attributeRe().globalMatch(own); it.hasNext();) {
            static const QRegularExpression id(uR"(#([\w-]+))"_s);
            for (auto ids = id.globalMatch(it.next().captured()); ids.hasNext();)
                u.attributes << ids.next().captured(1);
        }
        u.anchors = findAnchors(d.text, u.own, language, rules);
        u.keys = anchorKeys(u.anchors, d.text, u.own, language == text::Language::English);

        // Sentences of the blocks in the body, attribute lists cut off.
        qsizetype coveredTo = -1;
        for (size_t b = 0; b < d.blocks.size(); ++b) {
            const doc::Block &block = d.blocks[b];
            if (block.range.end <= u.body.start || block.range.start >= u.body.end)
                continue;
            if (block.kind == doc::BlockKind::Heading || block.kind == doc::BlockKind::Rule
                || block.kind == doc::BlockKind::Code || block.range.end <= coveredTo)
                continue;
            const TextRange br{std::max(block.range.start, u.body.start), std::min(block.range.end, u.body.end)};
            coveredTo = br.end;
            for (const TextRange &sentence : proseSentences(prose, br, language)) {
                qsizetype s = sentence.start, e = sentence.end;
                const QStringView st = QStringView(d.text).mid(s, e - s);
                if (const qsizetype attr = st.indexOf(u"{:"_s); attr >= 0)
                    e = s + attr;
                while (e > s && d.text[e - 1].isSpace())
                    --e;
                const double len = visibleLength(QStringView(d.text).mid(s, e - s));
                if (len < 1)
                    continue;
                Segment seg;
                seg.range = {s, e};
                seg.block = int(b);
                seg.length = len;
                seg.words = int(text::wordCount(QStringView(d.text).mid(s, e - s), language));
                seg.anchors = findAnchors(d.text, seg.range, language, rules);
                seg.keys = anchorKeys(seg.anchors, d.text, seg.range, language == text::Language::English);
                seg.strong = strongKeys(seg.anchors);
                seg.cognates = cognateKeys(d.text, seg.range, language, analyser);
                u.segments.push_back(std::move(seg));
            }
        }
        // Plain text has no blocks for some stretches: fall back to the body's sentences.
        if (u.segments.empty() && !QStringView(d.text).mid(u.body.start, u.body.length()).trimmed().isEmpty()
            && d.blocks.empty()) {
            for (const TextRange &sentence : proseSentences(prose, u.body, language)) {
                Segment seg;
                seg.range = sentence;
                seg.length = visibleLength(QStringView(d.text).mid(seg.range.start, seg.range.length()));
                seg.words = int(text::wordCount(QStringView(d.text).mid(seg.range.start, seg.range.length()), language));
                seg.anchors = findAnchors(d.text, seg.range, language, rules);
                seg.keys = anchorKeys(seg.anchors, d.text, seg.range, language == text::Language::English);
                seg.strong = strongKeys(seg.anchors);
                seg.cognates = cognateKeys(d.text, seg.range, language, analyser);
                if (seg.length >= 1)
                    u.segments.push_back(std::move(seg));
            }
        }
        for (const Segment &s : u.segments) {
            u.length += s.length;
            u.words += s.words;
        }
        u.length += visibleLength(QStringView(d.text).mid(u.heading.start, u.heading.length()));
    }
    return units;
}

// ---------------------------------------------------------------------------------------------
// Section alignment

// How many anchors of the Russian side have a counterpart among the English side's keys.
template<typename EnKeys>
double sharedAnchors(const EnKeys &enKeyLists, std::span<const size_t> ru)
{
    if (ru.empty())
        return 0;
    int shared = 0;
    for (const size_t k : ru)
        for (const std::vector<size_t> *en : enKeyLists)
            if (std::binary_search(en->begin(), en->end(), k)) {
                ++shared;
                break;
            }
    return double(shared) / std::max<double>(3.0, double(ru.size()));
}

struct SectionScorer
{
    const std::vector<Unit> &en, &ru;
    double ratio = 1.0;

    // The evidence that two units are each other's translation; position is left to the caller.
    double evidence(size_t i, size_t j) const
    {
        const Unit &a = en[i], &b = ru[j];
        double s = 0.5;
        if (!a.markers.isEmpty() && !b.markers.isEmpty()) {
            const bool shared = std::any_of(a.markers.begin(), a.markers.end(), [&](const QString &m) { return b.markers.contains(m); });
            s += shared ? 4.0 : -4.0;
        }
        if (!a.attributes.isEmpty() && !b.attributes.isEmpty()) {
            const bool shared = std::any_of(a.attributes.begin(), a.attributes.end(),
                                            [&](const QString &m) { return b.attributes.contains(m); });
            s += shared ? 3.0 : -2.0;
        }
        if (!a.number.isEmpty() && !b.number.isEmpty())
            s += a.number == b.number ? 1.5 : -1.0;
        if ((a.level == 0) != (b.level == 0))
            s -= 3.0; // a preamble pairs with a preamble
        else if (a.level == b.level)
            s += 0.2;
        const std::array<const std::vector<size_t> *, 1> enKeys{&a.keys};
        s += 2.0 * sharedAnchors(enKeys, b.keys);
        if (!a.topics.empty() && !b.topics.empty()) {
            std::vector<int> both;
            std::set_intersection(a.topics.begin(), a.topics.end(), b.topics.begin(), b.topics.end(), std::back_inserter(both));
            const double all = double(a.topics.size() + b.topics.size() - both.size());
            s += both.empty() ? -0.5 : 1.0 * double(both.size()) / all;
        }
        const double la = std::max(1.0, a.length * ratio), lb = std::max(1.0, b.length);
        s -= std::min(2.0, std::abs(std::log(lb / la)));
        return s;
    }
};

struct SectionAlignment
{
    std::vector<int> ruOf; // for each EN unit, its RU unit or -1
    std::vector<int> enOf;
    std::vector<bool> moved; // per EN unit
    std::vector<double> score;
};

SectionAlignment alignSections(const SectionScorer &sc)
{
    const size_t n = sc.en.size(), m = sc.ru.size();
    SectionAlignment out{std::vector<int>(n, -1), std::vector<int>(m, -1), std::vector<bool>(n, false),
                         std::vector<double>(n, 0.0)};
    // Needleman–Wunsch: the order-keeping pairing with the most evidence; a pair counts only
    // when its evidence, less the distance between relative positions, is positive.
    std::vector<double> dp((n + 1) * (m + 1), 0.0);
    std::vector<char> from((n + 1) * (m + 1), 0);
    auto at = [m](size_t i, size_t j) { return i * (m + 1) + j; };
    std::vector<double> evidence(n * m), gain(n * m);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < m; ++j)
            evidence[i * m + j] = sc.evidence(i, j);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < m; ++j) {
            // Far apart in the two texts speaks against a pairing. The same place (within one
            // section's step) speaks for it, so that a short or loose translation still pairs
            // with its section, but only where no neighbour on either side fits better: two
            // swapped sections are not each other's counterparts.
            const double e = evidence[i * m + j];
            const bool best = (j == 0 || e >= evidence[i * m + j - 1]) && (j + 1 == m || e >= evidence[i * m + j + 1])
                              && (i == 0 || e >= evidence[(i - 1) * m + j]) && (i + 1 == n || e >= evidence[(i + 1) * m + j]);
            const double pos = std::abs((i + 0.5) / double(n) - (j + 0.5) / double(m));
            const double steps = pos * double(std::max(n, m));
            gain[i * m + j] = e - 1.5 * pos + (best ? 0.8 * std::max(0.0, 1.0 - steps) : 0.0);
        }
    for (size_t i = 0; i <= n; ++i)
        for (size_t j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            double best = -1e300;
            char how = 0;
            if (i > 0 && dp[at(i - 1, j)] > best) {
                best = dp[at(i - 1, j)];
                how = 1;
            }
            if (j > 0 && dp[at(i, j - 1)] > best) {
                best = dp[at(i, j - 1)];
                how = 2;
            }
            if (i > 0 && j > 0 && gain[(i - 1) * m + j - 1] > 0 && dp[at(i - 1, j - 1)] + gain[(i - 1) * m + j - 1] > best) {
                best = dp[at(i - 1, j - 1)] + gain[(i - 1) * m + j - 1];
                how = 3;
            }
            dp[at(i, j)] = best;
            from[at(i, j)] = how;
        }
    for (size_t i = n, j = m; i > 0 || j > 0;) {
        const char how = from[at(i, j)];
        if (how == 3) {
            out.ruOf[i - 1] = int(j - 1);
            out.enOf[j - 1] = int(i - 1);
            out.score[i - 1] = gain[(i - 1) * m + j - 1];
            --i;
            --j;
        } else if (how == 1) {
            --i;
        } else {
            --j;
        }
    }
    // Units left over between the same two pairs on both sides, as many on each side and of the
    // same levels, are each other's by structure, whatever their lengths say (a translation cut
    // short is then reported by its sentences and its length, not as two missing sections).
    // Markers or ids that disagree still keep them apart.
    for (size_t i = 0, j = 0; i <= n && j <= m;) {
        size_t ei = i, ej = j;
        while (ei < n && out.ruOf[ei] < 0)
            ++ei;
        while (ej < m && out.enOf[ej] < 0)
            ++ej;
        // [i, ei) and [j, ej) are unpaired; ei pairs with ej, or both are at the end.
        const bool aligned = (ei == n && ej == m) || (ei < n && ej < m && out.ruOf[ei] == int(ej));
        if (aligned && ei - i == ej - j && ei > i) {
            bool fits = true;
            for (size_t k = 0; k < ei - i && fits; ++k)
                fits = sc.en[i + k].level == sc.ru[j + k].level && evidence[(i + k) * m + j + k] > -2.5;
            for (size_t k = 0; k < ei - i && fits; ++k) {
                out.ruOf[i + k] = int(j + k);
                out.enOf[j + k] = int(i + k);
                out.score[i + k] = std::max(0.0, evidence[(i + k) * m + j + k]);
            }
        }
        if (ei >= n || ej >= m || !aligned)
            break;
        i = ei + 1;
        j = ej + 1;
    }

    // Units left over on both sides that are clearly each other's: moved.
    struct Candidate
    {
        double s;
        size_t i, j;
    };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < n; ++i)
        if (out.ruOf[i] < 0)
            for (size_t j = 0; j < m; ++j)
                if (out.enOf[j] < 0)
                    if (const double s = sc.evidence(i, j); s > 1.2)
                        candidates.push_back({s, i, j});
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.s > b.s; });
    for (const Candidate &c : candidates)
        if (out.ruOf[c.i] < 0 && out.enOf[c.j] < 0) {
            out.ruOf[c.i] = int(c.j);
            out.enOf[c.j] = int(c.i);
            out.moved[c.i] = true;
            out.score[c.i] = c.s;
        }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Sentence alignment (Gale and Church, 1993, with anchors)

struct Bead
{
    int en0, en1, ru0, ru1; // half-open index ranges of segments
    double cost = 0;
};

double normalTail(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0)); // two-sided P(|Z| >= z)
}

std::vector<Bead> alignSequence(std::span<const Segment> en, std::span<const Segment> ru, double ratio, bool paragraphs)
{
    const int n = int(en.size()), m = int(ru.size());
    constexpr double variance = 9.0;
    constexpr double skipCost = 4.5;
    auto lengthCost = [&](double le, double lr) {
        const double mean = std::max(1.0, (le + lr / ratio) / 2.0);
        const double z = (lr - le * ratio) / std::sqrt(variance * mean * ratio);
        return -std::log(std::max(1e-12, normalTail(z)));
    };
    auto anchorBonus = [&](int e0, int e1, int r0, int r1) {
        std::array<const std::vector<size_t> *, 3> enKeys{};
        for (int i = e0; i < e1; ++i)
            enKeys[i - e0] = &en[i].keys;
        const std::span<const std::vector<size_t> *const> lists(enKeys.data(), size_t(e1 - e0));
        // One segment's keys are sorted already; several are joined (the DP asks for every cell).
        std::vector<size_t> joinedRu;
        if (r1 - r0 > 1) {
            for (int j = r0; j < r1; ++j)
                joinedRu.insert(joinedRu.end(), ru[j].keys.begin(), ru[j].keys.end());
            std::sort(joinedRu.begin(), joinedRu.end());
        }
        const std::vector<size_t> &ruKeys = r1 - r0 > 1 ? joinedRu : ru[r0].keys;
        // Numbers, dates and links of one side that the other lacks speak against the pairing.
        int unmatchedEn = 0, unmatchedRu = 0;
        for (int i = e0; i < e1; ++i)
            for (const size_t k : en[i].strong)
                unmatchedEn += !std::binary_search(ruKeys.begin(), ruKeys.end(), k);
        for (int j = r0; j < r1; ++j)
            for (const size_t k : ru[j].strong)
                unmatchedRu += std::none_of(lists.begin(), lists.end(), [&](const std::vector<size_t> *l) {
                    return std::binary_search(l->begin(), l->end(), k);
                });
        // The side with more of its own is the measure: a translation that changed its links is
        // still the translation, and a sentence with a link of its own is no worse a partner
        // than one without links.
        const int unmatched = std::max(unmatchedEn, unmatchedRu);
        // Words both languages share: for a pair of paragraphs, the share of their cognates that
        // match (long paragraphs share many anyway); for sentences, how many match.
        std::vector<size_t> joinedEn;
        if (e1 - e0 > 1) {
            for (int i = e0; i < e1; ++i)
                joinedEn.insert(joinedEn.end(), en[i].cognates.begin(), en[i].cognates.end());
            std::sort(joinedEn.begin(), joinedEn.end());
        }
        const std::vector<size_t> &enCognates = e1 - e0 > 1 ? joinedEn : en[e0].cognates;
        int cognates = 0;
        size_t ruCognates = 0;
        for (int j = r0; j < r1; ++j) {
            ruCognates += ru[j].cognates.size();
            for (const size_t k : ru[j].cognates)
                cognates += std::binary_search(enCognates.begin(), enCognates.end(), k);
        }
        const size_t allCognates = enCognates.size() + ruCognates;
        const double cognateBonus = paragraphs ? (allCognates ? 6.0 * 2.0 * cognates / double(allCognates) : 0.0)
                                               : std::min(3.0, 1.0 * cognates);
        return 2.5 * sharedAnchors(lists, ruKeys) - std::min(4.0, 0.8 * unmatched) + cognateBonus;
    };
    struct Move
    {
        int de, dr;
        double prior;
    };
    static const Move moves[] = {{1, 1, -std::log(0.89)}, {1, 0, skipCost}, {0, 1, skipCost},
                                 {2, 1, -std::log(0.0445)}, {1, 2, -std::log(0.0445)}, {2, 2, -std::log(0.011)},
                                 {3, 1, -std::log(0.005)}, {1, 3, -std::log(0.005)}};
    std::vector<double> dp(size_t(n + 1) * (m + 1), 1e300);
    std::vector<signed char> how(size_t(n + 1) * (m + 1), -1);
    auto at = [m](int i, int j) { return size_t(i) * (m + 1) + j; };
    dp[at(0, 0)] = 0;
    for (int i = 0; i <= n; ++i)
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            for (int k = 0; k < int(std::size(moves)); ++k) {
                const Move &mv = moves[k];
                if (i < mv.de || j < mv.dr || dp[at(i - mv.de, j - mv.dr)] >= 1e299)
                    continue;
                double cost = mv.prior;
                if (mv.de && mv.dr) {
                    double le = 0, lr = 0;
                    for (int a = i - mv.de; a < i; ++a)
                        le += en[a].length;
                    for (int b = j - mv.dr; b < j; ++b)
                        lr += ru[b].length;
                    cost += lengthCost(le, lr) - anchorBonus(i - mv.de, i, j - mv.dr, j);
                    // Sentences of different paragraphs are rarely one sentence of the other
                    // text: each paragraph boundary inside a bead costs (three list items are
                    // not one sentence because skipping each would cost more).
                    for (int a = i - mv.de + 1; a < i; ++a)
                        cost += en[a].block != en[a - 1].block ? 2.0 : 0.0;
                    for (int b = j - mv.dr + 1; b < j; ++b)
                        cost += ru[b].block != ru[b - 1].block ? 2.0 : 0.0;
                }
                const double total = dp[at(i - mv.de, j - mv.dr)] + cost;
                if (total < dp[at(i, j)]) {
                    dp[at(i, j)] = total;
                    how[at(i, j)] = static_cast<signed char>(k);
                }
            }
        }
    std::vector<Bead> beads;
    for (int i = n, j = m; i > 0 || j > 0;) {
        const Move &mv = moves[how[at(i, j)]];
        beads.push_back({i - mv.de, i, j - mv.dr, j, dp[at(i, j)] - dp[at(i - mv.de, j - mv.dr)]});
        i -= mv.de;
        j -= mv.dr;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
}

// Paragraphs first, then the sentences inside each pair of paragraphs (as Gale and Church did):
// a translation keeps its paragraphs far more often than its sentences, and a paragraph's
// length and anchors say more than a sentence's.
std::vector<Bead> alignUnit(const std::vector<Segment> &en, const std::vector<Segment> &ru, double ratio)
{
    struct Blocks
    {
        std::vector<Segment> merged;
        std::vector<std::pair<int, int>> spans; // segment index ranges
    };
    auto blocksOf = [](const std::vector<Segment> &segs) {
        Blocks b;
        for (int i = 0; i < int(segs.size()); ++i) {
            if (b.merged.empty() || segs[i].block != segs[i - 1].block || segs[i].block < 0) {
                b.merged.push_back(segs[i]);
                b.merged.back().block = int(b.merged.size()) - 1;
                b.spans.push_back({i, i + 1});
                continue;
            }
            Segment &m = b.merged.back();
            m.range.end = segs[i].range.end;
            m.length += segs[i].length;
            m.words += segs[i].words;
            m.keys.insert(m.keys.end(), segs[i].keys.begin(), segs[i].keys.end());
            m.strong.insert(m.strong.end(), segs[i].strong.begin(), segs[i].strong.end());
            m.cognates.insert(m.cognates.end(), segs[i].cognates.begin(), segs[i].cognates.end());
            b.spans.back().second = i + 1;
        }
        for (Segment &m : b.merged) {
            for (std::vector<size_t> *v : {&m.keys, &m.strong, &m.cognates}) {
                std::sort(v->begin(), v->end());
                v->erase(std::unique(v->begin(), v->end()), v->end());
            }
        }
        return b;
    };
    const Blocks eb = blocksOf(en), rb = blocksOf(ru);
    auto segmentAt = [](const Blocks &b, int block, size_t total) {
        return block < int(b.spans.size()) ? b.spans[block].first : int(total);
    };
    // Paragraph pairs become spans of segments. Where paragraphs were left out with only weak
    // pairings beside them, the paragraph structure itself differs (a sentence moved into another
    // paragraph, a paragraph split): that stretch is aligned sentence by sentence instead.
    struct Span
    {
        int e0, e1, r0, r1;
        double cost;
    };
    std::vector<Span> spans;
    for (const Bead &bb : alignSequence(eb.merged, rb.merged, ratio, true)) {
        const int e0 = segmentAt(eb, bb.en0, en.size()), e1 = bb.en1 > bb.en0 ? eb.spans[bb.en1 - 1].second : e0;
        const int r0 = segmentAt(rb, bb.ru0, ru.size()), r1 = bb.ru1 > bb.ru0 ? rb.spans[bb.ru1 - 1].second : r0;
        spans.push_back({e0, e1, r0, r1, bb.cost});
    }
    constexpr double weak = 0.5;
    std::vector<Span> merged;
    for (size_t k = 0; k < spans.size();) {
        const bool skip = spans[k].e0 == spans[k].e1 || spans[k].r0 == spans[k].r1;
        if (!skip) {
            merged.push_back(spans[k++]);
            continue;
        }
        size_t end = k;
        bool enSkip = false, ruSkip = false;
        while (end < spans.size()) {
            const Span &x = spans[end];
            const bool xSkip = x.e0 == x.e1 || x.r0 == x.r1;
            if (!xSkip && x.cost <= weak)
                break;
            enSkip = enSkip || x.r0 == x.r1;
            ruSkip = ruSkip || x.e0 == x.e1;
            ++end;
        }
        // Skips on both sides, or a skip beside a pairing that fits badly (many paragraphs to
        // one): the paragraphs do not correspond here.
        const bool badPairing = std::any_of(spans.begin() + qsizetype(k), spans.begin() + qsizetype(end), [](const Span &x) {
            return x.e0 != x.e1 && x.r0 != x.r1 && x.cost > 4.0;
        });
        if ((enSkip && ruSkip) || badPairing) {
            merged.push_back({spans[k].e0, spans[end - 1].e1, spans[k].r0, spans[end - 1].r1, 0.0});
        } else {
            merged.insert(merged.end(), spans.begin() + k, spans.begin() + end);
        }
        k = end;
    }
    std::vector<Bead> out;
    for (const Span &sp : merged) {
        if (sp.e0 == sp.e1 || sp.r0 == sp.r1) {
            for (int i = sp.e0; i < sp.e1; ++i)
                out.push_back({i, i + 1, sp.r0, sp.r0, sp.cost});
            for (int j = sp.r0; j < sp.r1; ++j)
                out.push_back({sp.e0, sp.e0, j, j + 1, sp.cost});
            continue;
        }
        for (Bead b : alignSequence(std::span(en).subspan(sp.e0, sp.e1 - sp.e0), std::span(ru).subspan(sp.r0, sp.r1 - sp.r0), ratio, false)) {
            b.en0 += sp.e0;
            b.en1 += sp.e0;
            b.ru0 += sp.r0;
            b.ru1 += sp.r0;
            out.push_back(b);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The checks

struct Checker
{
    const doc::PolicyDocument &enDoc, &ruDoc;
    const ParityRules &rules;
    std::vector<ParityIssue> issues;

    void add(ParityIssueKind kind, TextRange en, TextRange ru, QString detail, const QString &key)
    {
        issues.push_back({kind, {en, ru}, std::move(detail), key});
    }

    // Each value in the reader's quotation marks: “3” in English, «3» in Russian.
    static QString quoted(const QStringList &values)
    {
        QStringList out;
        for (const QString &v : values)
            out << Tr::tr("“%1”", "a value quoted in a finding").arg(v);
        return out.join(u", "_s);
    }

    // Anchors of one kind that one side has more often than the other, within a unit: a
    // number moved to the next sentence by the translator is not a mismatch.
    static std::map<QString, int> counts(const std::vector<Anchor> &anchors, Anchor::Kind kind)
    {
        std::map<QString, int> out;
        for (const Anchor &a : anchors)
            if (a.kind == kind)
                ++out[a.value];
        return out;
    }

    void compareAnchors(const Unit &eu, const Unit &ru, const std::vector<Bead> &beads, const std::vector<bool> &skip,
                        const QString &key)
    {
        struct KindInfo
        {
            Anchor::Kind kind;
            ParityIssueKind issue;
        };
        static const KindInfo kinds[] = {{Anchor::Number, ParityIssueKind::NumberMismatch},
                                         {Anchor::Date, ParityIssueKind::DateMismatch},
                                         {Anchor::Email, ParityIssueKind::EmailMismatch},
                                         {Anchor::Url, ParityIssueKind::UrlMismatch},
                                         {Anchor::Phone, ParityIssueKind::PhoneMismatch}};
        for (const KindInfo &k : kinds) {
            const auto enUnit = counts(eu.anchors, k.kind), ruUnit = counts(ru.anchors, k.kind);
            if (enUnit == ruUnit)
                continue;
            // Values one side has more of: the surplus, per side.
            std::map<QString, int> enSurplus, ruSurplus;
            for (const auto &[v, c] : enUnit)
                if (const auto it = ruUnit.find(v); it == ruUnit.end() || it->second < c)
                    enSurplus[v] = c - (it == ruUnit.end() ? 0 : it->second);
            for (const auto &[v, c] : ruUnit)
                if (const auto it = enUnit.find(v); it == enUnit.end() || it->second < c)
                    ruSurplus[v] = c - (it == enUnit.end() ? 0 : it->second);
            bool reported = false;
            for (size_t bi = 0; bi < beads.size(); ++bi) {
                const Bead &b = beads[bi];
                if (b.en0 == b.en1 || b.ru0 == b.ru1 || skip[bi])
                    continue; // text missing on one side, or left in English, is its own finding
                std::vector<Anchor> ea, ra;
                for (int i = b.en0; i < b.en1; ++i)
                    ea.insert(ea.end(), eu.segments[i].anchors.begin(), eu.segments[i].anchors.end());
                for (int j = b.ru0; j < b.ru1; ++j)
                    ra.insert(ra.end(), ru.segments[j].anchors.begin(), ru.segments[j].anchors.end());
                const auto ec = counts(ea, k.kind), rc = counts(ra, k.kind);
                QStringList onlyEn, onlyRu;
                for (const auto &[v, c] : ec)
                    if (enSurplus.count(v) && (!rc.count(v) || rc.at(v) < c))
                        onlyEn << v;
                for (const auto &[v, c] : rc)
                    if (ruSurplus.count(v) && (!ec.count(v) || ec.at(v) < c))
                        onlyRu << v;
                if (onlyEn.isEmpty() && onlyRu.isEmpty())
                    continue;
                const TextRange er{eu.segments[b.en0].range.start, eu.segments[b.en1 - 1].range.end};
                const TextRange rr{ru.segments[b.ru0].range.start, ru.segments[b.ru1 - 1].range.end};
                add(k.issue, er, rr, detailFor(k.issue, onlyEn, onlyRu), key);
                reported = true;
            }
            // Anchors in headings, or in text the beads leave out: one finding for the unit.
            if (!reported && !enSurplus.empty() && !ruSurplus.empty()) {
                QStringList onlyEn, onlyRu;
                for (const auto &[v, c] : enSurplus)
                    onlyEn << v;
                for (const auto &[v, c] : ruSurplus)
                    onlyRu << v;
                add(k.issue, eu.own, ru.own, detailFor(k.issue, onlyEn, onlyRu), key);
            }
        }
    }

    static QString detailFor(ParityIssueKind kind, const QStringList &onlyEn, const QStringList &onlyRu)
    {
        QString what;
        switch (kind) {
        case ParityIssueKind::NumberMismatch: what = Tr::tr("Numbers differ"); break;
        case ParityIssueKind::DateMismatch: what = Tr::tr("Dates differ"); break;
        case ParityIssueKind::EmailMismatch: what = Tr::tr("E-mail addresses differ"); break;
        case ParityIssueKind::UrlMismatch: what = Tr::tr("Links differ"); break;
        case ParityIssueKind::PhoneMismatch: what = Tr::tr("Phone numbers differ"); break;
        default: break;
        }
        QStringList parts;
        if (!onlyEn.isEmpty())
            parts << Tr::tr("only in English: %1").arg(quoted(onlyEn));
        if (!onlyRu.isEmpty())
            parts << Tr::tr("only in Russian: %1").arg(quoted(onlyRu));
        return what + u": "_s + parts.join(u"; "_s);
    }

    // An English sentence left in the Russian text.
    bool untranslated(TextRange r) const
    {
        const QStringView t = QStringView(ruDoc.text).mid(r.start, r.length());
        int latinLetters = 0, cyrillicLetters = 0, latinWords = 0, englishWords = 0;
        bool inTarget = false;
        QString word;
        auto endWord = [&] {
            if (word.isEmpty())
                return;
            if (word[0] <= u'z') {
                ++latinWords;
                if (rules.englishWords.contains(word))
                    ++englishWords;
            }
            word.clear();
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t[i];
            if (c == u']' && i + 1 < t.size() && t[i + 1] == u'(') {
                inTarget = true;
                endWord();
                continue;
            }
            if (inTarget) {
                inTarget = c != u')';
                continue;
            }
            if (c.isLetter()) {
                if (c.script() == QChar::Script_Latin)
                    ++latinLetters;
                else if (c.script() == QChar::Script_Cyrillic)
                    ++cyrillicLetters;
                word += c.toLower();
            } else {
                endWord();
            }
        }
        endWord();
        const int letters = latinLetters + cyrillicLetters;
        return letters > 0 && latinWords >= rules.untranslatedMinLatinWords
               && englishWords >= rules.untranslatedMinEnglishWords
               && double(latinLetters) / letters >= rules.untranslatedMinLatinShare;
    }

    void checkTerms(const Unit &eu, const Unit &ru, const std::vector<Bead> &beads, const std::vector<bool> &skip,
                    const QString &key, WordAnalyser &analyser)
    {
        if (rules.terms.empty())
            return;
        for (size_t bi = 0; bi < beads.size(); ++bi) {
            const Bead &b = beads[bi];
            if (b.en0 == b.en1 || b.ru0 == b.ru1 || skip[bi])
                continue;
            const TextRange er{eu.segments[b.en0].range.start, eu.segments[b.en1 - 1].range.end};
            const TextRange rr{ru.segments[b.ru0].range.start, ru.segments[b.ru1 - 1].range.end};
            const auto ew = proseWords(enDoc.text, er, text::Language::English, analyser);
            const auto rw = proseWords(ruDoc.text, rr, text::Language::Russian, analyser);
            // One finding per sentence pair: the terms that failed, the longest first; a term
            // inside a longer one that failed ("consent" in "withdraw your consent") is not repeated.
            struct Failed
            {
                TextRange en;
                QString detail;
            };
            std::vector<Failed> failed;
            for (const ParityRules::Term &term : rules.terms) {
                size_t first = 0, last = 0;
                if (std::none_of(term.en.begin(), term.en.end(), [&](const CuePattern &p) { return p.match(ew, &first, &last); }))
                    continue;
                const TextRange span{ew[first].range.start, ew[last].range.end};
                const QString enTerm = enDoc.textOf(span);
                size_t wf = 0, wl = 0;
                const auto wrong = std::find_if(term.wrong.begin(), term.wrong.end(),
                                                [&](const CuePattern &p) { return p.match(rw, &wf, &wl); });
                if (wrong != term.wrong.end()) {
                    const QString ruTerm = ruDoc.text.mid(rw[wf].range.start, rw[wl].range.end - rw[wf].range.start);
                    failed.push_back({span, Tr::tr("“%1” is translated as “%2”, which the glossary rules out").arg(enTerm, ruTerm)});
                    continue;
                }
                if (std::none_of(term.ru.begin(), term.ru.end(), [&](const CuePattern &p) { return p.match(rw); })) {
                    QStringList renderings;
                    for (const CuePattern &p : term.ru)
                        renderings << p.source();
                    failed.push_back({span, Tr::tr("“%1” has none of the glossary's translations (%2)").arg(enTerm, renderings.join(u", "_s))});
                }
            }
            std::stable_sort(failed.begin(), failed.end(), [](const Failed &x, const Failed &y) { return x.en.length() > y.en.length(); });
            QStringList details;
            std::vector<TextRange> covered;
            for (const Failed &f : failed) {
                if (std::any_of(covered.begin(), covered.end(), [&](const TextRange &c) { return c.start <= f.en.start && f.en.end <= c.end; }))
                    continue;
                covered.push_back(f.en);
                details << f.detail;
            }
            if (!details.isEmpty())
                add(ParityIssueKind::TermMismatch, er, rr, details.join(u"; "_s), key);
        }
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------

ParityReport checkParity(const doc::PolicyDocument &en, const doc::PolicyDocument &ru, const ParityRules &rules,
                         const ParityOptions &options)
{
    ParityReport report;
    WordAnalyser analyser;
    const std::vector<Unit> eu = unitsOf(en, text::Language::English, rules, analyser, options.taxonomy);
    const std::vector<Unit> ru_ = unitsOf(ru, text::Language::Russian, rules, analyser, options.taxonomy);
    if (options.cancel && options.cancel->load())
        return report;

    SectionScorer scorer{eu, ru_, 1.0};
    // The pair's own length ratio, from the whole texts first, then from the paired units.
    double enLength = 0, ruLength = 0;
    for (const Unit &u : eu)
        enLength += u.length;
    for (const Unit &u : ru_)
        ruLength += u.length;
    scorer.ratio = std::clamp(enLength > 0 ? ruLength / enLength : 1.0, 0.7, 1.6);
    SectionAlignment sections = alignSections(scorer);
    double pairedEn = 0, pairedRu = 0; // the lengths of the paired sections
    for (size_t i = 0; i < eu.size(); ++i)
        if (sections.ruOf[i] >= 0) {
            pairedEn += eu[i].length;
            pairedRu += ru_[sections.ruOf[i]].length;
        }
    if (pairedEn > 200)
        scorer.ratio = std::clamp(pairedRu / pairedEn, 0.7, 1.6);
    report.lengthRatio = scorer.ratio;

    // Keys: the clause, else the attribute id, else the title path; made unique.
    std::vector<QString> keys;
    QHash<QString, int> seen;
    for (const Unit &u : eu) {
        QString key = !u.markers.isEmpty() ? u"clause:"_s + u.markers.front()
                      : !u.attributes.isEmpty() ? u"#"_s + u.attributes.front()
                                                : u.path;
        if (const int n = seen[key]++; n > 0)
            key += u"@"_s + QString::number(n + 1);
        keys.push_back(key);
    }

    Checker checker{en, ru, rules, {}};
    auto insertionPoint = [](const std::vector<Segment> &segs, int before, const Unit &u) {
        if (before > 0)
            return TextRange{segs[before - 1].range.end, segs[before - 1].range.end};
        return TextRange{u.body.start, u.body.start};
    };

    for (size_t i = 0; i < eu.size(); ++i) {
        if (options.cancel && options.cancel->load())
            return {};
        const Unit &e = eu[i];
        SectionParity sp;
        sp.key = keys[i];
        sp.title[En] = e.title;
        sp.range[En] = e.own;
        sp.sourceHash = paritySourceHash(QStringView(en.text).mid(e.own.start, e.own.length()));
        const int j = sections.ruOf[i];
        if (j < 0) {
            sp.state = SyncState::NeverTranslated;
            // A missing subsection of a missing section is part of its parent's finding.
            const bool parentMissing = e.parent >= 0 && sections.ruOf[e.parent] < 0;
            if (!parentMissing && (e.words >= rules.missingMinWords || e.level > 0)) {
                // Where it would stand: after the Russian counterpart of the previous paired unit.
                qsizetype at = 0;
                for (int k = int(i) - 1; k >= 0; --k)
                    if (sections.ruOf[k] >= 0) {
                        at = ru_[sections.ruOf[k]].own.end;
                        break;
                    }
                TextRange whole = e.own;
                for (size_t k = i + 1; k < eu.size() && eu[k].own.start >= e.own.start; ++k) {
                    int p = eu[k].parent;
                    while (p >= 0 && p != int(i))
                        p = eu[p].parent;
                    if (p != int(i))
                        break;
                    whole.end = eu[k].own.end;
                }
                checker.add(ParityIssueKind::MissingInRu, whole, {at, at},
                            e.level > 0 ? Tr::tr("The section “%1” has no Russian counterpart").arg(e.title.simplified())
                                        : Tr::tr("The opening text has no Russian counterpart"),
                            sp.key);
            }
            report.sections.push_back(sp);
            report.alignment.push_back({AlignmentKind::Section, {e.own, TextRange{}}, 0.0});
            continue;
        }
        const Unit &r = ru_[j];
        sp.title[Ru] = r.title;
        sp.range[Ru] = r.own;
        sp.moved = sections.moved[i];
        if (const auto it = options.sync.constFind(sp.key); it == options.sync.constEnd())
            sp.state = SyncState::Unconfirmed;
        else
            sp.state = *it == sp.sourceHash ? SyncState::Confirmed : SyncState::Stale;
        report.sections.push_back(sp);
        report.alignment.push_back({AlignmentKind::Section, {e.own, r.own},
                                    std::clamp(sections.score[i] / 4.0, 0.0, 1.0)});
        if (sp.state == SyncState::Stale)
            checker.add(ParityIssueKind::Stale, e.own, r.own,
                        Tr::tr("The English section changed after its translation was last confirmed"), sp.key);
        if (sp.moved && !(e.parent >= 0 && sections.moved[e.parent]))
            checker.add(ParityIssueKind::SectionMoved, e.own, r.own,
                        Tr::tr("The section “%1” stands elsewhere in the Russian text").arg(e.title.simplified()), sp.key);

        const std::vector<Bead> beads = alignUnit(e.segments, r.segments, scorer.ratio);
        for (const Bead &b : beads) {
            const TextRange er = b.en0 < b.en1 ? TextRange{e.segments[b.en0].range.start, e.segments[b.en1 - 1].range.end}
                                               : insertionPoint(e.segments, b.en0, e);
            const TextRange rr = b.ru0 < b.ru1 ? TextRange{r.segments[b.ru0].range.start, r.segments[b.ru1 - 1].range.end}
                                               : insertionPoint(r.segments, b.ru0, r);
            const double score = std::exp(-std::max(0.0, b.cost) / 4.0);
            report.alignment.push_back({AlignmentKind::Sentence, {er, rr}, b.en0 < b.en1 && b.ru0 < b.ru1 ? score : 0.0});
        }

        // Text on one side only: runs of 1–0 (0–1) beads, unless the neighbouring pair's
        // lengths say the translator merged it into that sentence.
        auto fit = [&](double le, double lr) { return std::abs(std::log(std::max(1.0, lr) / std::max(1.0, le * scorer.ratio))); };
        for (size_t k = 0; k < beads.size();) {
            const bool enOnly = beads[k].ru0 == beads[k].ru1, ruOnly = beads[k].en0 == beads[k].en1;
            if (!enOnly && !ruOnly) {
                ++k;
                continue;
            }
            size_t end = k;
            while (end < beads.size() && (enOnly ? beads[end].ru0 == beads[end].ru1 : beads[end].en0 == beads[end].en1))
                ++end;
            const int first = enOnly ? beads[k].en0 : beads[k].ru0;
            const int last = enOnly ? beads[end - 1].en1 : beads[end - 1].ru1;
            const std::vector<Segment> &segs = enOnly ? e.segments : r.segments;
            double len = 0;
            int words = 0;
            for (int s = first; s < last; ++s) {
                len += segs[s].length;
                words += segs[s].words;
            }
            bool absorbed = false;
            for (const size_t nb : {k - 1, end}) {
                if (k == 0 && nb == k - 1)
                    continue;
                if (nb >= beads.size() || beads[nb].en0 == beads[nb].en1 || beads[nb].ru0 == beads[nb].ru1)
                    continue;
                // A translator merges sentences of one paragraph, not of two.
                const int touching = nb < k ? (enOnly ? beads[nb].en1 - 1 : beads[nb].ru1 - 1) : (enOnly ? beads[nb].en0 : beads[nb].ru0);
                const int edge = nb < k ? first : last - 1;
                if (segs[touching].block != segs[edge].block)
                    continue;
                double le = 0, lr = 0;
                for (int a = beads[nb].en0; a < beads[nb].en1; ++a)
                    le += e.segments[a].length;
                for (int b = beads[nb].ru0; b < beads[nb].ru1; ++b)
                    lr += r.segments[b].length;
                const double before = fit(le, lr), after = enOnly ? fit(le + len, lr) : fit(le, lr + len);
                if (after < before - 0.15 && after < 0.35)
                    absorbed = true;
            }
            if (!absorbed && words >= rules.missingMinWords) {
                const TextRange span{segs[first].range.start, segs[last - 1].range.end};
                if (enOnly) {
                    checker.add(ParityIssueKind::MissingInRu, span, insertionPoint(r.segments, beads[k].ru0, r),
                                Tr::tr("This text has no Russian counterpart"), sp.key);
                } else if (!checker.untranslated(span)) {
                    checker.add(ParityIssueKind::MissingInEn, insertionPoint(e.segments, beads[k].en0, e), span,
                                Tr::tr("This Russian text has no English counterpart"), sp.key);
                }
            }
            k = end;
        }

        // English left in the Russian text: one finding per run of such sentences in a paragraph.
        std::vector<bool> leftInEnglish(beads.size(), false);
        qsizetype run = -1; // the finding of the current run, by index (issues grow); -1: none
        int runBlock = -1;
        for (size_t bi = 0; bi < beads.size(); ++bi) {
            const Bead &b = beads[bi];
            const TextRange er = b.en0 < b.en1 ? TextRange{e.segments[b.en0].range.start, e.segments[b.en1 - 1].range.end}
                                               : insertionPoint(e.segments, b.en0, e);
            for (int s = b.ru0; s < b.ru1; ++s) {
                if (!checker.untranslated(r.segments[s].range)) {
                    run = -1;
                    continue;
                }
                leftInEnglish[bi] = true;
                if (run >= 0 && runBlock == r.segments[s].block) {
                    ParityIssue &open = checker.issues[size_t(run)];
                    open.range[Ru].end = r.segments[s].range.end;
                    if (er.length() > 0)
                        open.range[En].end = std::max(open.range[En].end, er.end);
                    continue;
                }
                checker.add(ParityIssueKind::Untranslated, er, r.segments[s].range,
                            Tr::tr("This passage of the Russian text is in English"), sp.key);
                run = qsizetype(checker.issues.size()) - 1;
                runBlock = r.segments[s].block;
            }
            if (b.ru0 == b.ru1)
                run = -1;
        }

        checker.compareAnchors(e, r, beads, leftInEnglish, sp.key);
        checker.checkTerms(e, r, beads, leftInEnglish, sp.key, analyser);

        if (e.words >= rules.lengthMinWords) {
            // The ratio the other paired sections give (a section cut short must not set its own
            // standard); with too little of them, a Russian text's usual 1.1.
            const double otherEn = pairedEn - e.length, otherRu = pairedRu - r.length;
            const double expected = otherEn > 200 ? std::clamp(otherRu / otherEn, 0.7, 1.6) : 1.1;
            const double rel = std::max(1.0, r.length) / std::max(1.0, e.length * expected);
            const bool missingHere = std::any_of(checker.issues.begin(), checker.issues.end(), [&](const ParityIssue &x) {
                return x.sectionKey == sp.key && (x.kind == ParityIssueKind::MissingInRu || x.kind == ParityIssueKind::MissingInEn);
            });
            if (!missingHere && (rel < rules.lengthLow || rel > rules.lengthHigh))
                checker.add(ParityIssueKind::LengthRatio, e.own, r.own,
                            Tr::tr("The Russian text is %1 % of the length this pair's other sections lead one to expect")
                                .arg(qRound(rel * 100)),
                            sp.key);
        }
    }

    // Russian sections with no English counterpart.
    for (size_t j = 0; j < ru_.size(); ++j) {
        if (sections.enOf[j] >= 0)
            continue;
        const Unit &r = ru_[j];
        SectionParity sp;
        sp.key = u"ru:"_s + r.path;
        sp.title[Ru] = r.title;
        sp.range[Ru] = r.own;
        sp.state = SyncState::Unconfirmed;
        report.sections.push_back(sp);
        report.alignment.push_back({AlignmentKind::Section, {TextRange{}, r.own}, 0.0});
        const bool parentMissing = r.parent >= 0 && sections.enOf[r.parent] < 0;
        if (parentMissing || (r.words < rules.missingMinWords && r.level == 0))
            continue;
        qsizetype at = 0;
        for (int k = int(j) - 1; k >= 0; --k)
            if (sections.enOf[k] >= 0) {
                at = eu[sections.enOf[k]].own.end;
                break;
            }
        if (checker.untranslated(r.own))
            checker.add(ParityIssueKind::Untranslated, {at, at}, r.own, Tr::tr("This section of the Russian text is in English"), sp.key);
        else
            checker.add(ParityIssueKind::MissingInEn, {at, at}, r.own,
                        r.level > 0 ? Tr::tr("The section “%1” has no English counterpart").arg(r.title.simplified())
                                    : Tr::tr("The opening text has no English counterpart"),
                        sp.key);
    }

    // A sentence "missing" on one side whose counterpart is "missing" on the other side,
    // elsewhere (a translator moved it into another paragraph): not missing. Counterparts share
    // at least two anchors (names, numbers, links) and fit by length; the findings shrink to what
    // is left, or go.
    {
        struct Piece
        {
            ParityIssue *issue;
            TextRange range;
            std::vector<size_t> keys;
            double length;
            bool matched = false;
        };
        auto piecesOf = [&](ParityIssue &issue, ParitySide side) {
            const doc::PolicyDocument &d = side == En ? en : ru;
            const text::Language language = side == En ? text::Language::English : text::Language::Russian;
            std::vector<Piece> out;
            for (const TextRange &pr : proseSentences(d.text, issue.range[side], language, true)) {
                // English: what a Russian anchor is looked up in (every Latin word counts as a
                // name, as in the alignment); Russian: its anchors, names of three letters or more.
                std::vector<size_t> hashes;
                const auto anchors = findAnchors(d.text, pr, language, rules);
                if (side == En) {
                    hashes = anchorKeys(anchors, d.text, pr, true);
                } else {
                    for (const Anchor &a : anchors)
                        if (a.kind != Anchor::Name || a.value.size() >= 3)
                            hashes.push_back(anchorKey(a.kind, a.value));
                    std::sort(hashes.begin(), hashes.end());
                    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
                }
                out.push_back({&issue, pr, std::move(hashes), visibleLength(QStringView(d.text).mid(pr.start, pr.length()))});
            }
            return out;
        };
        std::vector<Piece> enOnly, ruOnly;
        for (ParityIssue &issue : checker.issues) {
            if (issue.kind == ParityIssueKind::MissingInRu && issue.range[En].length() > 0) {
                auto p = piecesOf(issue, En);
                enOnly.insert(enOnly.end(), p.begin(), p.end());
            } else if (issue.kind == ParityIssueKind::MissingInEn && issue.range[Ru].length() > 0) {
                auto p = piecesOf(issue, Ru);
                ruOnly.insert(ruOnly.end(), p.begin(), p.end());
            }
        }
        for (Piece &e : enOnly)
            for (Piece &r : ruOnly) {
                if (e.matched || r.matched)
                    continue;
                int shared = 0;
                for (const size_t k : r.keys)
                    shared += std::binary_search(e.keys.begin(), e.keys.end(), k);
                const double fit = std::abs(std::log(std::max(1.0, r.length) / std::max(1.0, e.length * scorer.ratio)));
                if (shared >= 2 && fit < 0.4)
                    e.matched = r.matched = true;
            }
        auto shrink = [](std::vector<Piece> &pieces, ParitySide side) {
            for (size_t k = 0; k < pieces.size();) {
                size_t end = k;
                while (end < pieces.size() && pieces[end].issue == pieces[k].issue)
                    ++end;
                if (std::any_of(pieces.begin() + qsizetype(k), pieces.begin() + qsizetype(end), [](const Piece &p) { return p.matched; })) {
                    qsizetype from = -1, to = -1;
                    for (size_t i = k; i < end; ++i)
                        if (!pieces[i].matched) {
                            from = from < 0 ? pieces[i].range.start : from;
                            to = pieces[i].range.end;
                        }
                    if (from < 0)
                        pieces[k].issue->detail.clear(); // all of it stands elsewhere
                    else
                        pieces[k].issue->range[side] = {from, to};
                }
                k = end;
            }
        };
        shrink(enOnly, En);
        shrink(ruOnly, Ru);
    }

    // Text "missing" on each side that is the same text, seen apart because its structure
    // differs (a paragraph marked up as a heading in one language): counterparts, not findings.
    for (ParityIssue &a : checker.issues) {
        if (a.kind != ParityIssueKind::MissingInRu || a.detail.isEmpty())
            continue;
        for (ParityIssue &b : checker.issues) {
            if (b.kind != ParityIssueKind::MissingInEn || b.detail.isEmpty())
                continue;
            constexpr qsizetype near = 300;
            const qsizetype p = a.range[Ru].start, q = b.range[En].start;
            if (p < b.range[Ru].start - near || p > b.range[Ru].end + near || q < a.range[En].start - near
                || q > a.range[En].end + near)
                continue;
            const double le = visibleLength(QStringView(en.text).mid(a.range[En].start, a.range[En].length()));
            const double lr = visibleLength(QStringView(ru.text).mid(b.range[Ru].start, b.range[Ru].length()));
            if (std::abs(std::log(std::max(1.0, lr) / std::max(1.0, le * scorer.ratio))) < 0.35) {
                a.detail.clear();
                b.detail.clear();
                break;
            }
        }
    }

    // Findings the user marked as intentional are left out.
    for (ParityIssue &issue : checker.issues) {
        if (options.intentional.isEmpty())
            break;
        const QString fp = issue.fingerprint(en.textOf(issue.range[En]), ru.textOf(issue.range[Ru]));
        if (options.intentional.contains(fp))
            issue.detail.clear();
    }
    std::erase_if(checker.issues, [](const ParityIssue &x) { return x.detail.isEmpty(); });
    std::stable_sort(checker.issues.begin(), checker.issues.end(), [](const ParityIssue &a, const ParityIssue &b) {
        return std::pair(a.range[En].start, a.range[Ru].start) < std::pair(b.range[En].start, b.range[Ru].start);
    });
    report.issues = std::move(checker.issues);
    return report;
}

} // namespace cw::analysis
