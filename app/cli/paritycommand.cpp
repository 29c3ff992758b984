// `clausewright-cli parity EN RU` (CLI.md): the two texts aligned and where they differ.

#include "clicommon.h"

#include "analysis/parity.h"
#include "common/tr.h"
#include "document/outlinejson.h"
#include "document/project.h"
#include "text/lineindex.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cw::cli::detail {

namespace {

QJsonArray rangeJson(const doc::TextRange &r)
{
    return QJsonArray{r.start, r.end};
}

QString kindList()
{
    QStringList kinds;
    for (int k = 0; k <= int(analysis::ParityIssueKind::LengthRatio); ++k)
        kinds << analysis::parityIssueKindId(analysis::ParityIssueKind(k));
    return kinds.join(u", "_s);
}

} // namespace

int parityCommand(const QStringList &args, Io io)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"en"_s, Tr::tr("The English policy, or a project file (.cwproj) with both languages."));
    p.addPositionalArgument(u"ru"_s, Tr::tr("The Russian policy."), u"[RU]"_s);
    p.addOption({u"project"_s, Tr::tr("A project file whose confirmed sections and intentional differences to use."),
                 u"file"_s});
    p.addOption({u"glossary"_s, Tr::tr("A glossary file of extra terms (the shape of resources/data/parity/glossary.json)."),
                 u"file"_s});
    p.addOption({u"fail-on"_s, Tr::tr("Exit with status 1 when findings of these kinds are found (comma-separated, or any)."),
                 u"kinds"_s});
    p.addOption({u"cues"_s, Tr::tr("A JSON file of extra topic cues (the shape of resources/data/coverage/cues.json)."),
                 u"file"_s});
    p.addOption({u"no-topics"_s, Tr::tr("Pair sections without the topics found in them (faster on very long texts).")});
    Common c;
    if (!parseCommon(p, args, c, io))
        return BadUsage;
    if (p.isSet(u"help"_s)) {
        io.out << p.helpText();
        return Success;
    }
    if (c.format == Format::Docx || c.format == Format::Pdf) {
        io.err << Tr::tr("--format docx and --format pdf are for compare (a redline); export writes a policy as DOCX or PDF.")
               << u'\n';
        return BadUsage;
    }
    const QStringList files = p.positionalArguments().mid(1);
    QString enFile, ruFile, projectFile = p.value(u"project"_s);
    if (files.size() == 1 && files[0].endsWith(u".cwproj"_s, Qt::CaseInsensitive)) {
        projectFile = files[0];
    } else if (files.size() == 2) {
        enFile = files[0];
        ruFile = files[1];
    } else {
        io.err << Tr::tr("parity takes an English and a Russian file, or one project file") << u'\n';
        return BadUsage;
    }
    QStringList failKinds;
    if (p.isSet(u"fail-on"_s)) {
        failKinds = p.value(u"fail-on"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &k : failKinds)
            if (k != u"any"_s && !analysis::parityIssueKindFromId(k)) {
                io.err << Tr::tr("Unknown finding “%1”: use any, or some of %2.").arg(k, kindList()) << u'\n';
                return BadUsage;
            }
    }

    analysis::ParityOptions options;
    if (!projectFile.isEmpty()) {
        const auto project = doc::openProject(projectFile);
        if (!project) {
            io.err << project.error().message << u'\n';
            return BadInput;
        }
        if (enFile.isEmpty()) {
            enFile = project->filePath(u"en"_s);
            ruFile = project->filePath(u"ru"_s);
            if (enFile.isEmpty() || ruFile.isEmpty()) {
                io.err << Tr::tr("%1: the project does not have both English and Russian").arg(projectFile) << u'\n';
                return BadInput;
            }
        }
        for (auto it = project->sync.begin(); it != project->sync.end(); ++it)
            options.sync.insert(it.key(), it.value().toString());
        for (const QString &f : project->intentional)
            options.intentional.insert(f);
    }

    auto rules = analysis::ParityRules::builtin();
    if (!rules) {
        io.err << rules.error().message << u'\n';
        return BadInput;
    }
    for (const QString &file : p.values(u"glossary"_s)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << Tr::tr("%1: cannot be read (%2)").arg(file, f.errorString()) << u'\n';
            return BadInput;
        }
        if (auto error = rules->addGlossary(f.readAll(), file)) {
            io.err << error->message << u'\n';
            return BadInput;
        }
    }

    Common enCommon = c, ruCommon = c;
    enCommon.language = text::Language::English;
    ruCommon.language = text::Language::Russian;
    auto en = load(enFile, enCommon);
    if (!en) {
        io.err << en.error().message << u'\n';
        return BadInput;
    }
    auto ru = load(ruFile, ruCommon);
    if (!ru) {
        io.err << ru.error().message << u'\n';
        return BadInput;
    }
    noteImport(*en, io);
    noteImport(*ru, io);
    // The topics of each section help pair sections, as coverage finds them.
    std::optional<Rules> topics;
    if (!p.isSet(u"no-topics"_s)) {
        topics = loadRules(p.value(u"cues"_s), io);
        if (!topics)
            return BadInput;
        options.taxonomy = &topics->taxonomy;
    }
    const analysis::ParityReport report = analysis::checkParity(*en, *ru, *rules, options);

    QByteArray data;
    switch (c.format) {
    case Format::Json: {
        QJsonArray alignment;
        for (const analysis::AlignedPair &a : report.alignment)
            alignment.append(QJsonObject{{u"en"_s, rangeJson(a.range[analysis::En])},
                                         {u"ru"_s, rangeJson(a.range[analysis::Ru])},
                                         {u"kind"_s, a.kind == analysis::AlignmentKind::Section ? u"section"_s : u"sentence"_s},
                                         {u"score"_s, std::round(a.score * 1000) / 1000}});
        QJsonArray issues;
        for (const analysis::ParityIssue &i : report.issues)
            issues.append(QJsonObject{{u"kind"_s, analysis::parityIssueKindId(i.kind)},
                                      {u"en"_s, rangeJson(i.range[analysis::En])},
                                      {u"ru"_s, rangeJson(i.range[analysis::Ru])},
                                      {u"detail"_s, i.detail},
                                      {u"section"_s, i.sectionKey},
                                      {u"fingerprint"_s, i.fingerprint(en->textOf(i.range[analysis::En]),
                                                                      ru->textOf(i.range[analysis::Ru]))}});
        QJsonArray sections;
        for (const analysis::SectionParity &s : report.sections)
            sections.append(QJsonObject{{u"key"_s, s.key},
                                        {u"title_en"_s, s.title[analysis::En]},
                                        {u"title_ru"_s, s.title[analysis::Ru]},
                                        {u"en"_s, rangeJson(s.range[analysis::En])},
                                        {u"ru"_s, rangeJson(s.range[analysis::Ru])},
                                        {u"state"_s, analysis::syncStateId(s.state)},
                                        {u"source_hash"_s, s.sourceHash}});
        const QJsonObject o{{u"en"_s, enFile},
                            {u"ru"_s, ruFile},
                            {u"en_sha256"_s, doc::textSha256(en->text)},
                            {u"ru_sha256"_s, doc::textSha256(ru->text)},
                            {u"length_ratio"_s, std::round(report.lengthRatio * 1000) / 1000},
                            {u"alignment"_s, alignment},
                            {u"issues"_s, issues},
                            {u"sections"_s, sections}};
        data = QJsonDocument(o).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Text:
    case Format::Html: {
        const bool html = c.format == Format::Html;
        const text::LineIndex enLines(en->text), ruLines(ru->text);
        QString out;
        auto snippet = [](const doc::PolicyDocument &d, const doc::TextRange &r) {
            QString s = d.textOf(r).simplified();
            return s.size() > 90 ? s.left(89) + u'…' : s;
        };
        if (html)
            out += u"<table>\n<tr><th>"_s + Tr::tr("Finding") + u"</th><th>"_s + Tr::tr("English") + u"</th><th>"_s
                   + Tr::tr("Russian") + u"</th></tr>\n"_s;
        for (const analysis::ParityIssue &i : report.issues) {
            const auto &er = i.range[analysis::En];
            const auto &rr = i.range[analysis::Ru];
            const QString where = u"%1:%2 ⟷ %3:%4"_s.arg(QFileInfo(enFile).fileName())
                                      .arg(enLines.lineAt(er.start) + 1)
                                      .arg(QFileInfo(ruFile).fileName())
                                      .arg(ruLines.lineAt(rr.start) + 1);
            if (html) {
                out += u"<tr><td><b>"_s + analysis::parityIssueKindId(i.kind) + u"</b><br>"_s + i.detail.toHtmlEscaped()
                       + u"<br><small>"_s + where.toHtmlEscaped() + u"</small></td><td>"_s
                       + snippet(*en, er).toHtmlEscaped() + u"</td><td>"_s + snippet(*ru, rr).toHtmlEscaped()
                       + u"</td></tr>\n"_s;
            } else {
                out += where + u"  "_s + analysis::parityIssueKindId(i.kind) + u"  "_s + i.detail + u'\n';
                if (er.length() > 0)
                    out += u"    en: "_s + snippet(*en, er) + u'\n';
                if (rr.length() > 0)
                    out += u"    ru: "_s + snippet(*ru, rr) + u'\n';
            }
        }
        const analysis::SyncCounts counts = analysis::countSyncStates(report.sections);
        const QString summary = Tr::tr("%n finding(s).", nullptr, int(report.issues.size())) + u' '
                                + Tr::tr("Sections: %1 confirmed, %2 stale, %3 never translated, %4 not yet confirmed.")
                                      .arg(counts.confirmed)
                                      .arg(counts.stale)
                                      .arg(counts.neverTranslated)
                                      .arg(counts.unconfirmed);
        if (html)
            out = htmlPage(QFileInfo(enFile).fileName() + u" ⟷ "_s + QFileInfo(ruFile).fileName(),
                           out + u"</table>\n<p>"_s + summary.toHtmlEscaped() + u"</p>\n"_s);
        else
            out += summary + u'\n';
        data = out.toUtf8();
        break;
    }
    case Format::Docx:
    case Format::Pdf:
        break;
    }
    const int written = emit(data, c, io);
    if (written != Success)
        return written;
    for (const analysis::ParityIssue &i : report.issues)
        if (failKinds.contains(u"any"_s) || failKinds.contains(analysis::parityIssueKindId(i.kind)))
            return ProblemsFound;
    return Success;
}

} // namespace cw::cli::detail
