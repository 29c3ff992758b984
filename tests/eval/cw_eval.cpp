// Accuracy of document-level topic presence against the labelled corpora (./test.sh --eval).
//
//   cw_eval [--corpus DIR] [--ru-labels FILE] [--cues FILE] [--errors]
//
// Label sets, each a CSV of document,topic,present[,note]:
//   seeds   ../shared/corpus/seeds/topics.csv          (5 policies, EN and RU, all 27 topics)
//   opp-115 ../shared/corpus/labelled/opp-115/topics.csv (115 US policies, 13 topics)
//   goppc   ../shared/corpus/labelled/goppc-150/topics.csv (75 EU policies, 19 topics)
//   ru      tests/data/labels/ru_topics.csv             (our labels of the Russian documents)
// For each set: per topic TP/FP/FN/TN, precision, recall and F1, then the macro-F1 and the
// weakest topic, against the goals of the coverage issue (macro-F1 ≥ 0.95, no topic < 0.85).
// Then Russian against English on the EN/RU pairs of ../shared/corpus/pairs/mozilla: how often
// the analysis of a translation agrees with that of its English original, topic by topic.
// --errors lists every wrong decision with the strongest evidence, for reading, not tuning to.
//
// Then the ablation: for every labelled document and every topic labelled present and found,
// the text carrying it (sections titled for it, paragraphs holding its evidence) is deleted;
// coverage must now call the topic absent and gaps against the original must list it missing
// (detection rate, goal ≥ 0.95), while the other topics found before whose evidence is still
// partly there should stay found (flip rate, goal ≤ 0.02). On OPP-115 the same is done by the annotators' segments instead of our
// evidence: every segment with a practice of the topic's categories (MAPPING.md) is cut from the
// HTML, the rest imported again; other topics count only where some of their annotated segments
// remain. Reported beside it: the same by whole sections, each section of the policy whose own
// text holds such a segment blanked.
#include "analysis/coverage.h"
#include "analysis/gaps.h"
#include "document/importer.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

struct Label
{
    QString document;
    QString topic;
    bool present = false;
};

// A minimal RFC 4180 reader: enough for the label files (quoted fields with commas and "").
QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(f.readAll());
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

struct LabelSet
{
    QString name;
    QString labels;                         // CSV path
    std::function<QString(QString)> pathOf; // document column → file
};

struct Counts
{
    int tp = 0, fp = 0, fn = 0, tn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

// A line of a result table: topic, TP FP FN TN, then precision and recall (when asked) and F1.
QString countsRow(const QString &topic, const Counts &c, bool precisionAndRecall)
{
    QString row = QString(u"%1 %2 %3 %4 %5"_s).arg(topic, -22).arg(c.tp, 4).arg(c.fp, 4).arg(c.fn, 4).arg(c.tn, 4);
    if (precisionAndRecall)
        row += QString(u" %1 %2"_s).arg(c.precision(), 6, 'f', 3).arg(c.recall(), 6, 'f', 3);
    return row + QString(u" %1\n"_s).arg(c.f1(), 6, 'f', 3);
}

// The topics an OPP-115 practice (category and attributes JSON) is about, in our taxonomy, by the
// category mapping of ../shared/corpus/labelled/MAPPING.md taken broadly: for deleting text, a
// practice counts for a topic whether or not its attributes settle it (Data Retention with an
// unspecified period is still about retention).
QStringList oppTopics(const QString &category, const QString &attributesJson)
{
    const QJsonObject attributes = QJsonDocument::fromJson(attributesJson.toUtf8()).object();
    auto value = [&](const QString &name) { return attributes.value(name).toObject().value(u"value"_s).toString(); };
    QStringList topics;
    const bool firstParty = category == u"First Party Collection/Use"_s;
    const bool thirdParty = category == u"Third Party Sharing/Collection"_s;
    if (firstParty || thirdParty)
        topics << u"data-collected"_s << u"purposes"_s;
    if (firstParty)
        topics << u"sources"_s;
    if (thirdParty)
        topics << u"recipients"_s;
    if (category == u"Data Retention"_s)
        topics << u"retention"_s;
    if (category == u"Data Security"_s)
        topics << u"security"_s;
    if (category == u"Policy Change"_s)
        topics << u"changes"_s;
    if (category == u"Do Not Track"_s)
        topics << u"dnt"_s;
    if (category == u"User Access, Edit and Deletion"_s)
        topics << u"rights"_s;
    if (category == u"International and Specific Audiences"_s && value(u"Audience Type"_s) == u"Children"_s)
        topics << u"children"_s;
    if (category == u"Other"_s && value(u"Other Type"_s) == u"Privacy contact information"_s)
        topics << u"contact"_s;
    if (value(u"Personal Information Type"_s) == u"Cookies and tracking elements"_s)
        topics << u"cookies"_s;
    if (value(u"Purpose"_s) == u"Marketing"_s || value(u"Purpose"_s) == u"Advertising"_s)
        topics << u"marketing"_s;
    return topics;
}

// Whether some of a topic's evidence is still there after blanking (the same offsets hold the
// same text).
bool evidenceRemains(const analysis::TopicPresence &topic, const QString &cut, const QString &original)
{
    return std::any_of(topic.evidence.begin(), topic.evidence.end(), [&](const analysis::Evidence &e) {
        return QStringView(cut).mid(e.range.start, e.range.length()) == QStringView(original).mid(e.range.start, e.range.length());
    });
}

// The document's sections, depth-first, parents first (the order of flatSections()), to edit.
std::vector<doc::Section *> flatSections(doc::PolicyDocument &d)
{
    std::vector<doc::Section *> flat, stack;
    for (auto it = d.sections.rbegin(); it != d.sections.rend(); ++it)
        stack.push_back(&*it);
    while (!stack.empty()) {
        doc::Section *s = stack.back();
        stack.pop_back();
        flat.push_back(s);
        for (auto it = s->children.rbegin(); it != s->children.rend(); ++it)
            stack.push_back(&*it);
    }
    return flat;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"corpus"_s, u"The corpus folder (default: ../shared/corpus beside the clone, or $CW_CORPUS_DIR)."_s,
                 u"dir"_s,
                 qEnvironmentVariable("CW_CORPUS_DIR", QString::fromUtf8(CW_CORPUS_DIR))});
    p.addOption({u"ru-labels"_s, u"Our labels of the Russian documents."_s, u"file"_s,
                 u"" CW_SOURCE_DIR "/tests/data/labels/ru_topics.csv"_s});
    p.addOption({u"cues"_s, u"An extra cue file (same shape as resources/data/coverage/cues.json)."_s, u"file"_s});
    p.addOption({u"errors"_s, u"List every wrong decision with its evidence."_s});
    p.addOption({u"no-similarity"_s, u"Cues only: no similarity to the library's clauses."_s});
    p.addOption({u"set"_s, u"Only this label set (seeds, opp-115, goppc, ru), or pairs (Russian against English)."_s,
                 u"name"_s});
    p.process(app);
    QTextStream out(stdout);

    const QString corpus = QDir::cleanPath(p.value(u"corpus"_s));
    if (!QFileInfo(corpus).isDir()) {
        out << "no corpus at " << corpus << ": nothing to evaluate\n";
        return 0;
    }
    auto taxonomy = analysis::Taxonomy::builtin(p.value(u"cues"_s));
    if (taxonomy && !p.isSet(u"no-similarity"_s)) // as the CLI and the app: learnt from the shipped library
        taxonomy->setSimilarity(library::Library::load({library::Library::shippedFolder()}).similarityModel(*taxonomy));
    if (!taxonomy) {
        out << taxonomy.error().message << '\n';
        return 3;
    }

    const std::vector<LabelSet> sets = {
        {u"seeds"_s, corpus + u"/seeds/topics.csv"_s, [&](const QString &d) -> QString { return corpus + u"/seeds/"_s + d; }},
        {u"opp-115"_s, corpus + u"/labelled/opp-115/topics.csv"_s,
         [&](const QString &d) -> QString { return corpus + u"/labelled/opp-115/sanitized_policies/"_s + d + u".html"_s; }},
        {u"goppc"_s, corpus + u"/labelled/goppc-150/topics.csv"_s,
         [&](const QString &d) -> QString { return corpus + u"/labelled/goppc-150/GoPPC-150/"_s + d; }},
        {u"ru"_s, p.value(u"ru-labels"_s), [&](const QString &d) -> QString { return corpus + u'/' + d; }},
    };
    const auto registry = doc::ImporterRegistry::withBuiltins();
    bool allGoals = true;
    int ablations = 0, detected = 0, missingInGaps = 0, others = 0, flipped = 0, lost = 0;
    // The same on OPP-115 by its annotators' segments rather than by our own evidence.
    int truthAblations = 0, truthDetected = 0, truthMissingInGaps = 0, truthOthers = 0, truthFlipped = 0;
    // And by the document's sections that hold those segments (the issue's wording: "delete the
    // sections carrying that topic", with "carrying" judged by the annotators, not by us).
    int sectionAblations = 0, sectionDetected = 0, sectionOthers = 0, sectionFlipped = 0;
    // Deletes the text that carries topic t: each section whose title names the topic (with its
    // sub-sections) and each paragraph or list item holding a sentence of its evidence. The
    // text becomes blanks (line breaks kept) and those titles empty, so every other offset and
    // section stays as it was and the result measures the classifier, not a second import.
    auto ablate = [&](const doc::PolicyDocument &d, const analysis::DocumentAnalysis &a, int t) {
        doc::PolicyDocument cut = d;
        auto blank = [&](doc::TextRange r) {
            for (qsizetype i = r.start; i < r.end; ++i)
                if (cut.text[i] != u'\n')
                    cut.text[i] = u' ';
        };
        const std::vector<doc::Section *> flat = flatSections(cut);
        for (const analysis::Evidence &e : a.topics[size_t(t)].evidence) {
            if (e.heading) {
                const doc::TextRange r = flat[size_t(e.section)]->range;
                blank(r);
                for (doc::Section *s : flat)
                    if (s->range.start >= r.start && s->range.end <= r.end)
                        s->title.clear();
                continue;
            }
            bool inBlock = false;
            for (const doc::Block &b : d.blocks) {
                if (b.range.start < e.range.end && e.range.start < b.range.end) {
                    blank(b.range);
                    inBlock = true;
                }
            }
            if (!inBlock)
                blank(e.range);
        }
        return cut;
    };
    for (const LabelSet &set : sets) {
        if (p.isSet(u"set"_s) && p.value(u"set"_s) != set.name)
            continue;
        const QList<QStringList> rows = readCsv(set.labels);
        if (rows.size() < 2) {
            out << "\n== " << set.name << ": no labels at " << set.labels << '\n';
            continue;
        }
        std::map<QString, std::vector<Label>> byDocument;
        for (qsizetype i = 1; i < rows.size(); ++i)
            if (rows[i].size() >= 3)
                byDocument[rows[i][0]].push_back({rows[i][0], rows[i][1], rows[i][2].trimmed() == u"1"_s});
        std::map<QString, Counts> counts;
        int documents = 0;
        for (const auto &[document, labels] : byDocument) {
            const auto imported = registry.importFile(set.pathOf(document));
            if (!imported) {
                out << "cannot import " << document << ": " << imported.error().message << '\n';
                continue;
            }
            ++documents;
            const analysis::DocumentAnalysis a = analysis::analyse(*imported, *taxonomy);
            for (const Label &l : labels) {
                const int t = taxonomy->indexOf(l.topic);
                if (t < 0 || !l.present || !a.topics[size_t(t)].present)
                    continue;
                const doc::PolicyDocument cutDoc = ablate(*imported, a, t);
                const analysis::DocumentAnalysis after = analysis::analyse(cutDoc, *taxonomy);
                ++ablations;
                const bool gone = !after.topics[size_t(t)].present;
                detected += gone;
                const analysis::GapsResult g = analysis::gaps(cutDoc, after, {&imported.value()}, {&a}, *taxonomy);
                missingInGaps += std::any_of(g.missingTopics.begin(), g.missingTopics.end(),
                                             [&](const analysis::MissingTopic &m) { return m.topic == l.topic; });
                if (!gone && p.isSet(u"errors"_s)) {
                    const analysis::Evidence &e = after.topics[size_t(t)].evidence.front();
                    out << "ABLATION kept " << set.name << ' ' << document << ' ' << l.topic << " [" << e.cue << "] "
                        << cutDoc.textOf(e.range).simplified().left(160) << '\n';
                }
                // Another topic counts where some of its evidence is still there (not blanked):
                // one whose every sentence went with the deleted text is lost, not flipped.
                int flips = 0;
                for (size_t o = 0; o < a.topics.size(); ++o) {
                    if (int(o) == t || !a.topics[o].present)
                        continue;
                    if (!evidenceRemains(a.topics[o], cutDoc.text, imported->text)) {
                        ++lost;
                        continue;
                    }
                    ++others;
                    if (!after.topics[o].present) {
                        ++flips;
                        if (p.isSet(u"errors"_s))
                            out << "ABLATION flip " << set.name << ' ' << document << ' ' << l.topic << " deleted, "
                                << a.topics[o].topic << " lost\n";
                    }
                }
                flipped += flips;
                if (p.isSet(u"errors"_s) && flips > 0) {
                    qsizetype blanked = 0;
                    for (qsizetype i = 0; i < cutDoc.text.size(); ++i)
                        blanked += cutDoc.text[i] != imported->text[i];
                    out << "ABLATION flips " << flips << ' ' << set.name << ' ' << document << ' ' << l.topic
                        << " blanked " << QString::number(100.0 * double(blanked) / double(cutDoc.text.size()), 'f', 0) << "%\n";
                }
            }
            if (set.name == u"opp-115"_s) {
                // Ground-truth ablation: every segment an annotator tied to the topic is deleted
                // from the policy's HTML (segments are separated by "|||"), and the rest imported
                // again. Other topics count only where some of their annotated segments remain.
                const QString base = corpus + u"/labelled/opp-115/"_s;
                QFile html(base + u"sanitized_policies/"_s + document + u".html"_s);
                const QList<QStringList> practices =
                    readCsv(base + u"consolidation/threshold-0.75-overlap-similarity/"_s + document + u".csv"_s);
                if (html.open(QIODevice::ReadOnly) && !practices.isEmpty()) {
                    const QStringList segments = QString::fromUtf8(html.readAll()).split(u"|||"_s);
                    std::map<QString, std::set<int>> segmentsOf;
                    for (const QStringList &row : practices)
                        if (row.size() >= 7)
                            for (const QString &topic : oppTopics(row[5], row[6]))
                                segmentsOf[topic].insert(row[4].toInt());
                    for (const Label &l : labels) {
                        const int t = taxonomy->indexOf(l.topic);
                        if (t < 0 || !l.present || !a.topics[size_t(t)].present || !segmentsOf.contains(l.topic))
                            continue;
                        // (OPP-115's segments start with their own titles, so a deleted
                        // segment takes its heading with it.)
                        const std::set<int> &deleted = segmentsOf[l.topic];
                        QStringList kept;
                        for (int i = 0; i < int(segments.size()); ++i)
                            if (!deleted.contains(i))
                                kept << segments[i];
                        const auto cut = registry.importBytes(kept.join(u"|||"_s).toUtf8(), {document + u".html"_s});
                        if (!cut)
                            continue;
                        const analysis::DocumentAnalysis after = analysis::analyse(*cut, *taxonomy);
                        ++truthAblations;
                        const bool gone = !after.topics[size_t(t)].present;
                        truthDetected += gone;
                        const analysis::GapsResult g = analysis::gaps(*cut, after, {&imported.value()}, {&a}, *taxonomy);
                        truthMissingInGaps += std::any_of(g.missingTopics.begin(), g.missingTopics.end(),
                                                          [&](const analysis::MissingTopic &m) { return m.topic == l.topic; });
                        if (!gone && p.isSet(u"errors"_s)) {
                            const analysis::Evidence &e = after.topics[size_t(t)].evidence.front();
                            out << "TRUTH-ABLATION kept " << document << ' ' << l.topic << (e.heading ? " heading" : " sentence")
                                << " [" << e.cue << "]\n";
                            // What keeps it, for reading (the strongest first).
                            const auto &all = after.topics[size_t(t)].evidence;
                            for (size_t k = 0; k < std::min<size_t>(all.size(), 6); ++k)
                                out << "  " << QString::number(all[k].weight, 'f', 2) << " s" << all[k].section
                                    << (all[k].heading ? " heading" : " sentence") << " [" << all[k].cue << "] "
                                    << cut->textOf(all[k].range).simplified().left(300) << '\n';
                        }
                        for (const Label &other : labels) {
                            const int o = taxonomy->indexOf(other.topic);
                            if (o < 0 || o == t || !other.present || !a.topics[size_t(o)].present
                                || !segmentsOf.contains(other.topic))
                                continue;
                            const std::set<int> &own = segmentsOf[other.topic];
                            if (std::all_of(own.begin(), own.end(), [&](int i) { return deleted.contains(i); }))
                                continue; // its annotated text went with the topic's
                            ++truthOthers;
                            if (!after.topics[size_t(o)].present) {
                                ++truthFlipped;
                                if (p.isSet(u"errors"_s))
                                    out << "TRUTH-ABLATION flip " << document << ' ' << l.topic << " deleted, "
                                        << other.topic << " lost\n";
                            }
                        }
                    }
                    // By sections: the segments are marked in the policy ("|||" stays a paragraph
                    // break, and a word no cue knows stands between), and each section whose own
                    // text (title and text before its subsections) overlaps a segment of the topic
                    // is blanked, as the first ablation blanks text.
                    QString markedHtml;
                    for (int i = 0; i < int(segments.size()); ++i)
                        markedHtml += (i ? u"|||cwsegment%1|||"_s.arg(i) : QString()) + segments[i];
                    const auto marked = registry.importBytes(markedHtml.toUtf8(), {document + u".html"_s});
                    if (marked) {
                        std::vector<doc::TextRange> segmentRange(size_t(segments.size()));
                        qsizetype from = 0;
                        for (int i = 0; i < int(segments.size()); ++i) {
                            qsizetype end = marked->text.size(), next = end;
                            if (i + 1 < int(segments.size())) {
                                const QString marker = u"cwsegment%1"_s.arg(i + 1);
                                const qsizetype at = marked->text.indexOf(marker, from);
                                if (at >= 0) {
                                    end = at;
                                    next = at + marker.size();
                                }
                            }
                            segmentRange[size_t(i)] = {from, end};
                            from = next;
                        }
                        const analysis::DocumentAnalysis before = analysis::analyse(*marked, *taxonomy);
                        for (const Label &l : labels) {
                            const int t = taxonomy->indexOf(l.topic);
                            if (t < 0 || !l.present || !before.topics[size_t(t)].present || !segmentsOf.contains(l.topic))
                                continue;
                            doc::PolicyDocument cut = *marked;
                            for (doc::Section *sec : flatSections(cut)) {
                                const doc::TextRange own{sec->range.start,
                                                         sec->children.empty() ? sec->range.end : sec->children.front().range.start};
                                const bool carries = std::any_of(segmentsOf[l.topic].begin(), segmentsOf[l.topic].end(), [&](int i) {
                                    const doc::TextRange r = segmentRange[size_t(i)];
                                    return r.start < own.end && own.start < r.end;
                                });
                                if (!carries)
                                    continue;
                                for (qsizetype i = own.start; i < own.end; ++i)
                                    if (cut.text[i] != u'\n')
                                        cut.text[i] = u' ';
                                sec->title.clear();
                            }
                            const analysis::DocumentAnalysis after = analysis::analyse(cut, *taxonomy);
                            ++sectionAblations;
                            const bool gone = !after.topics[size_t(t)].present;
                            sectionDetected += gone;
                            if (!gone && p.isSet(u"errors"_s)) {
                                const analysis::Evidence &e = after.topics[size_t(t)].evidence.front();
                                out << "SECTION-ABLATION kept " << document << ' ' << l.topic
                                    << (e.heading ? " heading" : " sentence") << " [" << e.cue << "] "
                                    << cut.textOf(e.range).simplified().left(160) << '\n';
                            }
                            for (size_t o = 0; o < before.topics.size(); ++o) {
                                if (int(o) == t || !before.topics[o].present)
                                    continue;
                                if (!evidenceRemains(before.topics[o], cut.text, marked->text))
                                    continue;
                                ++sectionOthers;
                                sectionFlipped += !after.topics[o].present;
                            }
                        }
                    }
                }
            }
            for (const Label &l : labels) {
                const int t = taxonomy->indexOf(l.topic);
                if (t < 0)
                    continue;
                const analysis::TopicPresence &got = a.topics[size_t(t)];
                Counts &c = counts[l.topic];
                (got.present ? (l.present ? c.tp : c.fp) : (l.present ? c.fn : c.tn))++;
                if (p.isSet(u"errors"_s) && got.present != l.present) {
                    out << (l.present ? "FN " : "FP ") << set.name << ' ' << document << ' ' << l.topic << " score "
                        << QString::number(got.score, 'f', 2);
                    if (!got.evidence.empty()) {
                        const analysis::Evidence &e = got.evidence.front();
                        out << " [" << e.cue << "] " << imported->textOf(e.range).simplified().left(160);
                    }
                    out << '\n';
                }
            }
        }
        out << "\n== " << set.name << " (" << documents << " documents)\n";
        out << QString(u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s)
                   .arg(u"topic"_s, -22)
                   .arg(u"TP"_s, 4)
                   .arg(u"FP"_s, 4)
                   .arg(u"FN"_s, 4)
                   .arg(u"TN"_s, 4)
                   .arg(u"P"_s, 6)
                   .arg(u"R"_s, 6)
                   .arg(u"F1"_s, 6);
        double sum = 0, worst = 1;
        QString worstTopic;
        int scored = 0;
        for (const analysis::Topic &topic : taxonomy->topics()) {
            const auto it = counts.find(topic.id);
            if (it == counts.end())
                continue;
            const Counts &c = it->second;
            out << countsRow(topic.id, c, true);
            sum += c.f1();
            ++scored;
            if (c.f1() < worst) {
                worst = c.f1();
                worstTopic = topic.id;
            }
        }
        const double macro = scored ? sum / scored : 0;
        const bool goal = macro >= 0.95 && worst >= 0.85;
        allGoals = allGoals && goal;
        out << "macro-F1 " << QString::number(macro, 'f', 3) << ", weakest " << worstTopic << ' '
            << QString::number(worst, 'f', 3) << (goal ? "  (goal met)" : "  (goal: macro-F1 >= 0.95, no topic < 0.85)")
            << '\n';
    }
    // Russian against English on the same text: the EN/RU pairs of Mozilla's notices (translations
    // taken from one commit). The English side, measured above against human labels, stands in
    // for the labels of its translation: per topic, how often the Russian analysis agrees.
    if (!p.isSet(u"set"_s) || p.value(u"set"_s) == u"pairs"_s) {
        const QString pairsDir = corpus + u"/pairs/mozilla/"_s;
        const QList<QStringList> pairs = readCsv(pairsDir + u"pairs.csv"_s);
        std::map<QString, Counts> counts;
        int compared = 0;
        for (qsizetype i = 1; i < pairs.size(); ++i) {
            if (pairs[i].size() < 11)
                continue;
            const auto en = registry.importFile(pairsDir + pairs[i][9]);
            const auto ru = registry.importFile(pairsDir + pairs[i][10]);
            if (!en || !ru)
                continue;
            ++compared;
            const analysis::DocumentAnalysis ae = analysis::analyse(*en, *taxonomy);
            const analysis::DocumentAnalysis ar = analysis::analyse(*ru, *taxonomy);
            for (size_t t = 0; t < ae.topics.size(); ++t) {
                const bool english = ae.topics[t].present, russian = ar.topics[t].present;
                Counts &c = counts[ae.topics[t].topic];
                (russian ? (english ? c.tp : c.fp) : (english ? c.fn : c.tn))++;
                if (p.isSet(u"errors"_s) && english != russian)
                    out << "PAIR " << (english ? "ru-misses " : "ru-adds ") << pairs[i][10] << ' ' << ae.topics[t].topic
                        << '\n';
            }
        }
        if (compared > 0) {
            out << "\n== Russian against English, " << compared << " EN/RU pairs of the same notices\n";
            double sum = 0;
            int scored = 0, agree = 0, all = 0;
            for (const analysis::Topic &topic : taxonomy->topics()) {
                const Counts &c = counts[topic.id];
                agree += c.tp + c.tn;
                all += c.tp + c.tn + c.fp + c.fn;
                if (c.tp + c.fp + c.fn == 0)
                    continue; // absent on both sides everywhere: nothing to score
                out << countsRow(topic.id, c, false);
                sum += c.f1();
                ++scored;
            }
            out << "agreement " << QString::number(all ? double(agree) / all : 1.0, 'f', 3) << " of " << all
                << " topic decisions; macro-F1 of Russian against English "
                << QString::number(scored ? sum / scored : 1.0, 'f', 3) << " (reported, not a goal)\n";
        }
    }
    if (ablations > 0) {
        const double detection = double(detected) / ablations, gapRate = double(missingInGaps) / ablations;
        const double flipRate = others ? double(flipped) / others : 0;
        const bool goal = detection >= 0.95 && gapRate >= 0.95 && flipRate <= 0.02;
        allGoals = allGoals && goal;
        out << "\n== ablation (" << ablations << " topics deleted)\n"
            << "reported absent by coverage " << QString::number(detection, 'f', 3) << ", missing in gaps "
            << QString::number(gapRate, 'f', 3) << ", other topics flipped " << QString::number(flipRate, 'f', 3) << " ("
            << flipped << " of " << others << ')' << (goal ? "  (goal met)" : "  (goal: >= 0.95, >= 0.95, <= 0.02)") << '\n'
            << "(" << lost << " other topics had all their evidence in the deleted text: lost with it, not counted)\n";
    }
    if (truthAblations > 0) {
        const double detection = double(truthDetected) / truthAblations;
        const double gapRate = double(truthMissingInGaps) / truthAblations;
        const double flipRate = truthOthers ? double(truthFlipped) / truthOthers : 0;
        const bool goal = detection >= 0.95 && gapRate >= 0.95 && flipRate <= 0.02;
        allGoals = allGoals && goal;
        out << "\n== ablation by OPP-115's annotated segments (" << truthAblations << " topics deleted)\n"
            << "reported absent by coverage " << QString::number(detection, 'f', 3) << ", missing in gaps "
            << QString::number(gapRate, 'f', 3) << ", other topics flipped " << QString::number(flipRate, 'f', 3)
            << " (" << truthFlipped << " of " << truthOthers << ')'
            << (goal ? "  (goal met)" : "  (goal: >= 0.95, >= 0.95, <= 0.02)") << '\n';
    }
    if (sectionAblations > 0) {
        const double detection = double(sectionDetected) / sectionAblations;
        const double flipRate = sectionOthers ? double(sectionFlipped) / sectionOthers : 0;
        out << "\n== ablation by the sections holding OPP-115's annotated segments (" << sectionAblations
            << " topics deleted)\n"
            << "reported absent by coverage " << QString::number(detection, 'f', 3) << ", other topics flipped "
            << QString::number(flipRate, 'f', 3) << " (" << sectionFlipped << " of " << sectionOthers
            << ") (reported beside the segment ablation)\n";
    }
    out << (allGoals ? "\nall goals met\n" : "\ngoals not met yet\n");
    return 0;
}
