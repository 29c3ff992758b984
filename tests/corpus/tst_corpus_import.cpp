// Every document of ../shared/corpus imports, and every range the importer reports lies
// inside the text and nests properly. The slowest import is reported (speed is measured by the
// benchmarks, not asserted here).
#include "document/importer.h"
#include "testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

bool inside(const doc::TextRange &r, qsizetype size)
{
    return r.start >= 0 && r.start <= r.end && r.end <= size;
}

QString checkSections(const std::vector<doc::Section> &sections, const doc::TextRange &parent, qsizetype size)
{
    qsizetype previousEnd = parent.start;
    for (const doc::Section &s : sections) {
        if (!inside(s.range, size) || !inside(s.heading, size))
            return u"range outside the text: "_s + s.title;
        if (s.range.start < parent.start || s.range.end > parent.end)
            return u"section outside its parent: "_s + s.title;
        if (s.heading.start < s.range.start || s.heading.end > s.range.end)
            return u"heading outside its section: "_s + s.title;
        if (s.range.start < previousEnd)
            return u"overlapping siblings at: "_s + s.title;
        previousEnd = s.range.end;
        if (const QString e = checkSections(s.children, s.range, size); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

class tst_CorpusImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocument_data();
    void everyDocument();
    void cleanupTestCase();

private:
    qint64 m_slowestMs = 0;
    QString m_slowest;
};

void tst_CorpusImport::everyDocument_data()
{
    QTest::addColumn<QString>("path");
    const QString corpus = cwtest::corpusDir();
    if (corpus.isEmpty()) {
        QTest::newRow("no corpus") << QString();
        return;
    }
    QDirIterator it(corpus, {u"*.md"_s, u"*.txt"_s, u"*.html"_s, u"*.xml"_s, u"*.ftl"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : files)
        QTest::newRow(qPrintable(QDir(corpus).relativeFilePath(f))) << f;
}

void tst_CorpusImport::everyDocument()
{
    CW_REQUIRE_CORPUS(corpus);
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    const auto r = doc::ImporterRegistry::withBuiltins().importFile(path);
    const qint64 ms = timer.elapsed();
    if (ms > m_slowestMs) {
        m_slowestMs = ms;
        m_slowest = path;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const doc::PolicyDocument &d = r.value();
    QVERIFY(!d.text.isEmpty());
    const qsizetype n = d.text.size();
    QVERIFY(inside(d.titleRange, n));
    for (const doc::Block &b : d.blocks)
        QVERIFY2(inside(b.range, n), qPrintable(u"block %1-%2 of %3"_s.arg(b.range.start).arg(b.range.end).arg(n)));
    const QString problem = checkSections(d.sections, {0, n}, n);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_CorpusImport::cleanupTestCase()
{
    if (!m_slowest.isEmpty())
        qInfo("slowest import: %lld ms for %s", m_slowestMs, qPrintable(m_slowest));
}

QTEST_GUILESS_MAIN(tst_CorpusImport)
#include "tst_corpus_import.moc"
