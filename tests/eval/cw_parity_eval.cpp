// Quality of the EN/RU parity checker on the corpus's translated pairs (./test.sh --eval).
//
//   cw_parity_eval [--corpus DIR] [--per-kind N] [--sample N] [--misses]
//
// Clean pairs: every pair of pairs/mozilla (the English and Russian notice of one commit) is
// checked as it is; the report gives findings per kind and per 10,000 English words, and
// --sample N prints N of them, spread over the pairs, for reading: each must be a real
// discrepancy or the check is wrong.
//
// Injected defects: into each pair's Russian text, N times per kind (deterministic choices):
//   delete-paragraph   a paragraph or list item of 8 words or more removed
//   change-number      a number that the English text also has, changed
//   change-link        an e-mail address or URL changed
//   untranslated       a paragraph replaced by the English sentences aligned with it
//   reorder            two neighbouring sections of the same level swapped
// A defect is found when the checker reports a finding of the expected kind at the place of
// the defect that it did not report on the clean pair. Goal (the parity issue): ≥ 0.95 per kind.
#include "analysis/parity.h"
#include "analysis/taxonomy.h"
#include "document/importer.h"
#include "text/segmenter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace cw;
using analysis::En;
using analysis::ParityIssueKind;
using analysis::Ru;

namespace {

struct Pair
{
    QString name;
    doc::PolicyDocument en, ru;
};

std::optional<doc::PolicyDocument> import(const QString &text, const QString &name, text::Language language)
{
    doc::ImportOptions options;
    options.fileName = name;
    options.language = language;
    auto d = doc::ImporterRegistry::withBuiltins().importBytes(text.toUtf8(), options);
    if (!d)
        return std::nullopt;
    return std::move(d).value();
}

struct Injection
{
    QString ruText;
    doc::TextRange where; // in the injected Russian text
    std::optional<doc::TextRange> enWhere; // where the finding must point in the English text, when known
    std::set<ParityIssueKind> expected;
};

bool overlaps(const doc::TextRange &a, const doc::TextRange &b, qsizetype slack)
{
    return a.start <= b.end + slack && b.start <= a.end + slack;
}

// Paragraphs and list items of the Russian text with at least `minWords` words.
std::vector<doc::TextRange> paragraphs(const doc::PolicyDocument &d, int minWords)
{
    std::vector<doc::TextRange> out;
    static const QRegularExpression attr(u"\\{:[^}]*\\}"_s);
    for (const doc::Block &b : d.blocks)
        if ((b.kind == doc::BlockKind::Paragraph || b.kind == doc::BlockKind::ListItem)
            && d.textOf(b.range).split(u' ', Qt::SkipEmptyParts).size() >= minWords && !d.textOf(b.range).contains(attr)) {
            if (!out.empty() && out.back().end > b.range.start)
                continue; // a paragraph inside a list item already taken
            out.push_back(b.range);
        }
    return out;
}

using Rng = std::mt19937;

// The English text aligned (on the clean pair) with Russian sentences inside `r`.
std::optional<doc::TextRange> englishOf(const analysis::ParityReport &clean, const doc::TextRange &r)
{
    qsizetype s = -1, e = -1;
    for (const analysis::AlignedPair &a : clean.alignment)
        if (a.kind == analysis::AlignmentKind::Sentence && a.range[Ru].length() > 0 && a.range[En].length() > 0
            && a.range[Ru].start >= r.start && a.range[Ru].end <= r.end) {
            s = s < 0 ? a.range[En].start : std::min(s, a.range[En].start);
            e = std::max(e, a.range[En].end);
        }
    if (s < 0)
        return std::nullopt;
    return doc::TextRange{s, e};
}

std::optional<Injection> deleteParagraph(const Pair &p, const analysis::ParityReport &clean, Rng &rng)
{
    const auto paras = paragraphs(p.ru, 8);
    if (paras.empty())
        return std::nullopt;
    const doc::TextRange r = paras[std::uniform_int_distribution<size_t>(0, paras.size() - 1)(rng)];
    qsizetype end = r.end;
    while (end < p.ru.text.size() && p.ru.text[end] == u'\n')
        ++end;
    Injection inj;
    inj.ruText = p.ru.text.left(r.start) + p.ru.text.mid(end);
    inj.where = {r.start, r.start};
    inj.enWhere = englishOf(clean, r);
    inj.expected = {ParityIssueKind::MissingInRu};
    return inj;
}

// Digit runs outside links, attribute lists and URLs, whose value the English text also has.
std::optional<Injection> changeNumber(const Pair &p, Rng &rng)
{
    static const QRegularExpression number(uR"((?<![\w.,/:#=-])\d{1,4}(?![\w/]))"_s, QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression skip(uR"(\]\([^)]*\)|\{:[^}]*\}|https?://\S+|\S+@\S+|^#+ .*$)"_s,
                                         QRegularExpression::MultilineOption);
    std::vector<doc::TextRange> masked;
    for (auto it = skip.globalMatch(p.ru.text); it.hasNext();) {
        const auto m = it.next();
        masked.push_back({m.capturedStart(), m.capturedEnd()});
    }
    std::vector<doc::TextRange> candidates;
    for (auto it = number.globalMatch(p.ru.text); it.hasNext();) {
        const auto m = it.next();
        const doc::TextRange r{m.capturedStart(), m.capturedEnd()};
        if (std::any_of(masked.begin(), masked.end(), [&](const doc::TextRange &x) { return overlaps(x, r, 0); }))
            continue;
        if (QRegularExpression(u"(?<!\\d)"_s + m.captured() + u"(?!\\d)"_s).match(p.en.text).hasMatch())
            candidates.push_back(r);
    }
    if (candidates.empty())
        return std::nullopt;
    const doc::TextRange r = candidates[std::uniform_int_distribution<size_t>(0, candidates.size() - 1)(rng)];
    const int value = p.ru.textOf(r).toInt();
    const QString changed = QString::number(value == 0 ? 1 : value + (value % 10 == 9 ? 2 : 1));
    Injection inj;
    inj.ruText = p.ru.text.left(r.start) + changed + p.ru.text.mid(r.end);
    inj.where = {r.start, r.start + changed.size()};
    inj.expected = {ParityIssueKind::NumberMismatch, ParityIssueKind::DateMismatch};
    return inj;
}

std::optional<Injection> changeLink(const Pair &p, Rng &rng)
{
    static const QRegularExpression link(uR"(https?://[^\s)\]>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    std::vector<std::pair<doc::TextRange, QString>> candidates;
    for (auto it = link.globalMatch(p.ru.text); it.hasNext();) {
        const auto m = it.next();
        candidates.push_back({{m.capturedStart(), m.capturedEnd()}, m.captured()});
    }
    if (candidates.empty())
        return std::nullopt;
    const auto &[r, text] = candidates[std::uniform_int_distribution<size_t>(0, candidates.size() - 1)(rng)];
    QString changed = text;
    const bool email = text.contains(u'@') && !text.startsWith(u"http"_s);
    if (email) {
        changed.insert(changed.indexOf(u'@'), u"-team"_s);
    } else {
        // The path changes, not a tracking parameter or the trailing slash.
        qsizetype end = changed.size();
        for (const QChar c : {u'?', u'#'})
            if (const qsizetype at = changed.indexOf(c); at >= 0)
                end = std::min(end, at);
        while (end > 0 && (changed[end - 1] == u'/' || changed[end - 1] == u'.'))
            --end;
        changed.insert(end, u"-old"_s);
    }
    Injection inj;
    inj.ruText = p.ru.text.left(r.start) + changed + p.ru.text.mid(r.end);
    inj.where = {r.start, r.start + changed.size()};
    inj.expected = {email ? ParityIssueKind::EmailMismatch : ParityIssueKind::UrlMismatch};
    return inj;
}

std::optional<Injection> untranslated(const Pair &p, const analysis::ParityReport &clean, Rng &rng)
{
    auto paras = paragraphs(p.ru, 8);
    std::shuffle(paras.begin(), paras.end(), rng);
    for (const doc::TextRange &r : paras) {
        const auto source = englishOf(clean, r); // the English sentences aligned with the paragraph's
        if (!source)
            continue;
        const QString english = p.en.textOf(*source);
        Injection inj;
        inj.ruText = p.ru.text.left(r.start) + english + p.ru.text.mid(r.end);
        inj.where = {r.start, r.start + english.size()};
        inj.expected = {ParityIssueKind::Untranslated};
        return inj;
    }
    return std::nullopt;
}

std::optional<Injection> reorder(const Pair &p, Rng &rng)
{
    // Neighbouring siblings: two sections of the same parent, one right after the other.
    std::vector<std::pair<const doc::Section *, const doc::Section *>> candidates;
    std::function<void(const std::vector<doc::Section> &)> walk = [&](const std::vector<doc::Section> &list) {
        for (size_t k = 0; k + 1 < list.size(); ++k)
            if (list[k].range.end == list[k + 1].range.start)
                candidates.push_back({&list[k], &list[k + 1]});
        for (const doc::Section &s : list)
            walk(s.children);
    };
    walk(p.ru.sections);
    if (candidates.empty())
        return std::nullopt;
    const auto [a, b] = candidates[std::uniform_int_distribution<size_t>(0, candidates.size() - 1)(rng)];
    QString first = p.ru.textOf(a->range), second = p.ru.textOf(b->range);
    if (!second.endsWith(u'\n'))
        second += u"\n\n"_s;
    Injection inj;
    inj.ruText = p.ru.text.left(a->range.start) + second + first + p.ru.text.mid(b->range.end);
    inj.where = {a->range.start, a->range.start + second.size() + first.size()};
    inj.expected = {ParityIssueKind::SectionMoved};
    return inj;
}

QString snippet(const doc::PolicyDocument &d, const doc::TextRange &r)
{
    QString s = d.textOf(r).simplified();
    return s.size() > 160 ? s.left(159) + u'…' : s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"corpus"_s, u"The corpus folder (default: ../shared/corpus beside the clone, or $CW_CORPUS_DIR)."_s,
                 u"dir"_s, qEnvironmentVariable("CW_CORPUS_DIR", QString::fromUtf8(CW_CORPUS_DIR))});
    p.addOption({u"per-kind"_s, u"Defects injected per pair and kind (default 3)."_s, u"n"_s, u"3"_s});
    p.addOption({u"sample"_s, u"Print this many findings of the clean pairs, for reading."_s, u"n"_s, u"0"_s});
    p.addOption({u"misses"_s, u"List every injected defect that was not found."_s});
    p.addOption({u"extras"_s, u"List the other new findings an injected defect brought."_s});
    p.addOption({u"no-topics"_s, u"Pair sections without the topics coverage finds in them."_s});
    p.process(app);
    QTextStream out(stdout);

    const QString folder = QDir::cleanPath(p.value(u"corpus"_s)) + u"/pairs/mozilla"_s;
    if (!QFileInfo(folder).isDir()) {
        out << "no corpus at " << folder << ": nothing to evaluate\n";
        return 0;
    }
    auto rules = analysis::ParityRules::builtin();
    if (!rules) {
        out << rules.error().message << '\n';
        return 3;
    }

    auto taxonomy = analysis::Taxonomy::builtin();
    analysis::ParityOptions options;
    if (taxonomy && !p.isSet(u"no-topics"_s))
        options.taxonomy = &*taxonomy;

    std::vector<Pair> pairs;
    const QStringList enFiles = QDir(folder).entryList({u"*.en.md"_s}, QDir::Files, QDir::Name);
    for (const QString &f : enFiles) {
        const QString ruFile = f.chopped(6) + u".ru.md"_s;
        QFile a(folder + u'/' + f), b(folder + u'/' + ruFile);
        if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
            continue;
        auto en = import(QString::fromUtf8(a.readAll()), f, text::Language::English);
        auto ru = import(QString::fromUtf8(b.readAll()), ruFile, text::Language::Russian);
        if (en && ru)
            pairs.push_back({f.chopped(6), std::move(*en), std::move(*ru)});
    }

    // Clean pairs.
    std::map<ParityIssueKind, int> cleanCounts;
    qint64 enWords = 0;
    std::vector<analysis::ParityReport> cleanReports;
    struct Sampled
    {
        size_t pair;
        analysis::ParityIssue issue;
    };
    std::vector<Sampled> all;
    for (size_t k = 0; k < pairs.size(); ++k) {
        cleanReports.push_back(analysis::checkParity(pairs[k].en, pairs[k].ru, *rules, options));
        enWords += text::wordCount(pairs[k].en.text, text::Language::English);
        for (const auto &i : cleanReports.back().issues) {
            ++cleanCounts[i.kind];
            all.push_back({k, i});
        }
    }
    out << "== clean pairs: " << pairs.size() << " EN/RU pairs of pairs/mozilla, " << enWords << " English words\n";
    int total = 0;
    for (const auto &[kind, n] : cleanCounts) {
        out << u"%1 %2  (%3 per 10,000 words)\n"_s.arg(analysis::parityIssueKindId(kind), -18)
                   .arg(n, 5)
                   .arg(n * 10000.0 / std::max<qint64>(1, enWords), 0, 'f', 1);
        total += n;
    }
    out << u"all findings       %1  (%2 per 10,000 words)\n"_s.arg(total, 5).arg(total * 10000.0 / std::max<qint64>(1, enWords), 0, 'f', 1);
    if (const int n = p.value(u"sample"_s).toInt(); n > 0 && !all.empty()) {
        out << "\n-- sample of " << std::min<size_t>(n, all.size()) << " clean findings\n";
        const size_t step = std::max<size_t>(1, all.size() / size_t(n));
        for (size_t k = 0, shown = 0; k < all.size() && shown < size_t(n); k += step, ++shown) {
            const Sampled &s = all[k];
            out << pairs[s.pair].name << "  " << analysis::parityIssueKindId(s.issue.kind) << "  " << s.issue.detail << '\n'
                << "   en: " << snippet(pairs[s.pair].en, s.issue.range[En]) << '\n'
                << "   ru: " << snippet(pairs[s.pair].ru, s.issue.range[Ru]) << '\n';
        }
    }

    // Injected defects.
    const int perKind = std::max(1, p.value(u"per-kind"_s).toInt());
    const QStringList kinds = {u"delete-paragraph"_s, u"change-number"_s, u"change-link"_s, u"untranslated"_s, u"reorder"_s};
    out << "\n== injected defects, " << perKind << " per pair and kind\n";
    bool goalsMet = true;
    for (const QString &kind : kinds) {
        int injected = 0, found = 0, extra = 0;
        for (size_t k = 0; k < pairs.size(); ++k) {
            const Pair &pair = pairs[k];
            for (int n = 0; n < perKind; ++n) {
                const QByteArray seed = QCryptographicHash::hash((pair.name + kind + QString::number(n)).toUtf8(),
                                                                 QCryptographicHash::Md5);
                Rng rng{quint32(quint8(seed[0])) | quint32(quint8(seed[1])) << 8 | quint32(quint8(seed[2])) << 16};
                std::optional<Injection> inj;
                if (kind == u"delete-paragraph"_s)
                    inj = deleteParagraph(pair, cleanReports[k], rng);
                else if (kind == u"change-number"_s)
                    inj = changeNumber(pair, rng);
                else if (kind == u"change-link"_s)
                    inj = changeLink(pair, rng);
                else if (kind == u"untranslated"_s)
                    inj = untranslated(pair, cleanReports[k], rng);
                else
                    inj = reorder(pair, rng);
                if (!inj)
                    continue;
                auto ru = import(inj->ruText, pair.ru.fileName, text::Language::Russian);
                if (!ru)
                    continue;
                ++injected;
                const auto report = analysis::checkParity(pair.en, *ru, *rules, options);
                // New findings: not on the clean pair (same kind and English text).
                std::multiset<std::pair<int, QString>> before;
                for (const auto &i : cleanReports[k].issues)
                    before.insert({int(i.kind), pair.en.textOf(i.range[En])});
                bool hit = false;
                int fresh = 0;
                for (const auto &i : report.issues) {
                    const auto key = std::pair{int(i.kind), pair.en.textOf(i.range[En])};
                    if (const auto it = before.find(key); it != before.end()) {
                        before.erase(it);
                        continue;
                    }
                    ++fresh;
                    if (p.isSet(u"extras"_s) && !(inj->expected.count(i.kind) && overlaps(i.range[Ru], inj->where, 2)))
                        out << "EXTRA " << kind << ' ' << pair.name << ' ' << analysis::parityIssueKindId(i.kind) << ": "
                            << i.detail << "\n   ru: " << snippet(*ru, i.range[Ru]) << '\n';
                    if (inj->expected.count(i.kind)
                        && (inj->enWhere ? overlaps(i.range[En], *inj->enWhere, 0) : overlaps(i.range[Ru], inj->where, 2)))
                        hit = true;
                }
                found += hit;
                extra += fresh - (hit ? 1 : 0);
                if (!hit && p.isSet(u"misses"_s)) {
                    out << "MISS " << kind << ' ' << pair.name << " at " << inj->where.start << ": "
                        << snippet(*ru, {std::max<qsizetype>(0, inj->where.start - 60), std::min(ru->text.size(), inj->where.end + 60)})
                        << '\n';
                    for (const auto &i : report.issues)
                        if (overlaps(i.range[Ru], inj->where, 400))
                            out << "     got " << analysis::parityIssueKindId(i.kind) << " [" << i.range[Ru].start << ','
                                << i.range[Ru].end << "] " << i.detail << '\n';
                }
            }
        }
        const double rate = injected ? double(found) / injected : 0.0;
        goalsMet = goalsMet && rate >= 0.95;
        out << u"%1 injected %2  found %3  rate %4  other new findings per defect %5\n"_s.arg(kind, -17)
                   .arg(injected, 4)
                   .arg(found, 4)
                   .arg(rate, 0, 'f', 3)
                   .arg(injected ? double(extra) / injected : 0.0, 0, 'f', 2);
    }
    out << (goalsMet ? "goal met (>= 0.95 per kind)\n" : "goal not met yet (>= 0.95 per kind)\n");
    return 0;
}
