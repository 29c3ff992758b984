// Coverage speed, each against a peer in the same run:
//  - analyse() of a 10,000-word policy (English: OPP-115 policies joined; Russian: the 152-FZ
//    template repeated) against the least any word-based classifier does: cutting the same
//    text into sentences and words and stemming every word;
//  - gaps of one draft against all 115 OPP-115 policies (import, analyse, gaps), on all cores
//    (QtConcurrent) against the same work on one thread.
#include "analysis/coverage.h"
#include "analysis/gaps.h"
#include "document/importer.h"
#include "testutil.h"
#include "text/segmenter.h"

#include <QDirIterator>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

// About `words` words of the files' texts, joined as one Markdown document.
doc::PolicyDocument joined(const QStringList &files, qsizetype words)
{
    const auto registry = doc::ImporterRegistry::withBuiltins();
    QString text;
    qsizetype count = 0;
    for (int round = 0; count < words && round < 100; ++round) {
        for (const QString &f : files) {
            const auto d = registry.importFile(f);
            if (!d)
                continue;
            text += d->text + u"\n\n"_s;
            count += text::wordCount(d->text, d->language);
            if (count >= words)
                break;
        }
    }
    auto d = registry.importBytes(text.toUtf8(), {u"joined.md"_s, {}});
    return d ? std::move(d).value() : doc::PolicyDocument{};
}

QStringList oppFiles()
{
    QStringList files;
    QDirIterator it(cwtest::corpusDir() + u"/labelled/opp-115/sanitized_policies"_s, {u"*.html"_s}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class bench_Coverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyse_data();
    void analyse();
    void gaps_data();
    void gaps();

private:
    std::optional<analysis::Taxonomy> m_taxonomy;
};

void bench_Coverage::initTestCase()
{
    if (cwtest::corpusDir().isEmpty())
        QSKIP("the corpus is not beside this clone");
    auto t = analysis::Taxonomy::builtin();
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
    m_taxonomy = std::move(t).value();
}

void bench_Coverage::analyse_data()
{
    QTest::addColumn<doc::PolicyDocument>("document");
    QTest::addColumn<bool>("ours");
    const doc::PolicyDocument en = joined(oppFiles().mid(0, 10), 10000);
    const doc::PolicyDocument ru = joined(
        {cwtest::corpusDir() + u"/ru/keeplegal-template/keeplegal_privacy_policy.ru.2023-09-19.f56bc388.md"_s}, 10000);
    qInfo("English: %lld words, Russian: %lld words", qlonglong(text::wordCount(en.text, en.language)),
          qlonglong(text::wordCount(ru.text, ru.language)));
    QTest::newRow("10k words EN: analyse()") << en << true;
    QTest::newRow("10k words EN: sentences, words, stems (peer)") << en << false;
    QTest::newRow("10k words RU: analyse()") << ru << true;
    QTest::newRow("10k words RU: sentences, words, stems (peer)") << ru << false;
}

void bench_Coverage::analyse()
{
    QFETCH(doc::PolicyDocument, document);
    QFETCH(bool, ours);
    if (ours) {
        QBENCHMARK {
            const auto a = analysis::analyse(document, *m_taxonomy);
            QVERIFY(!a.topics.empty());
        }
    } else {
        QBENCHMARK {
            analysis::WordAnalyser analyser;
            qsizetype n = 0;
            for (const text::Span &s : text::sentences(document.text, document.language))
                n += qsizetype(analyser.words(document.text, {s.start, s.end}, document.language).size());
            QVERIFY(n > 0);
        }
    }
}

void bench_Coverage::gaps_data()
{
    QTest::addColumn<bool>("parallel");
    QTest::newRow(qPrintable(u"draft vs 115 OPP-115 policies, %1 threads"_s.arg(QThreadPool::globalInstance()->maxThreadCount())))
        << true;
    QTest::newRow("draft vs 115 OPP-115 policies, one thread (peer)") << false;
}

void bench_Coverage::gaps()
{
    QFETCH(bool, parallel);
    const QStringList refs = oppFiles();
    const QString draft = cwtest::corpusDir() + u"/seeds/002_126ee67d38010dac.txt"_s;
    const auto registry = doc::ImporterRegistry::withBuiltins();
    // The peer runs everything on this thread: gaps() itself uses the global pool too.
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    if (!parallel)
        QThreadPool::globalInstance()->setMaxThreadCount(1);
    const auto restore = qScopeGuard([threads] { QThreadPool::globalInstance()->setMaxThreadCount(threads); });
    QBENCHMARK_ONCE {
        const QStringList all = QStringList{draft} + refs;
        std::vector<doc::PolicyDocument> docs;
        if (parallel) {
            const auto loaded = QtConcurrent::blockingMapped<std::vector<Result<doc::PolicyDocument>>>(
                all, [&](const QString &f) { return registry.importFile(f); });
            for (const auto &d : loaded)
                docs.push_back(d.value());
        } else {
            for (const QString &f : all)
                docs.push_back(registry.importFile(f).value());
        }
        std::vector<const doc::PolicyDocument *> ptrs;
        for (const auto &d : docs)
            ptrs.push_back(&d);
        std::vector<analysis::DocumentAnalysis> analyses;
        if (parallel) {
            analyses = analysis::analyseAll(ptrs, *m_taxonomy);
        } else {
            for (const auto *d : ptrs)
                analyses.push_back(analysis::analyse(*d, *m_taxonomy));
        }
        std::vector<const analysis::DocumentAnalysis *> refAnalyses;
        for (size_t k = 1; k < analyses.size(); ++k)
            refAnalyses.push_back(&analyses[k]);
        const auto g = analysis::gaps(docs[0], analyses[0], {ptrs.begin() + 1, ptrs.end()}, refAnalyses, *m_taxonomy);
        QVERIFY(g.present.size() == m_taxonomy->topics().size());
    }
}

QTEST_GUILESS_MAIN(bench_Coverage)
#include "bench_coverage.moc"
