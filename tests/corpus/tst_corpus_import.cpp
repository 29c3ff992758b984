// Every document of ../shared/corpus imports, and every range the importer reports lies
// inside the text and nests properly. The slowest import is reported (speed is measured by the
// benchmarks, not asserted here). The fast word count agrees with ICU on every line.
#include "document/importer.h"
#include "testutil.h"
#include "text/segmenter.h"

#include <QDirIterator>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace cw;

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
    QVERIFY(!r->text.isEmpty());
    CW_VERIFY_INVARIANTS(r.value());

    // The diff counts the words of unchanged lines with text::wordCount(): it must agree with
    // ICU's segmentation on real text, line by line.
    for (const QStringView line : QStringView(r->text).split(u'\n')) {
        const qsizetype fast = text::wordCount(line, r->language);
        const QList<text::Token> icuTokens = text::detail::tokenizeWithIcu(line, r->language);
        const qsizetype icu = std::count_if(icuTokens.begin(), icuTokens.end(), [](const text::Token &t) {
            return t.kind == text::TokenKind::Word || t.kind == text::TokenKind::Number;
        });
        if (fast != icu)
            QFAIL(qPrintable(u"word count %1, ICU %2 on: %3"_s.arg(fast).arg(icu).arg(line)));
    }
    // tokenize() cuts most lines without ICU: the tokens must be ICU's.
    const QList<text::Token> tokens = text::tokenize(r->text, r->language);
    const QList<text::Token> icu = text::detail::tokenizeWithIcu(r->text, r->language);
    if (tokens != icu) {
        const auto [t, i] = std::mismatch(tokens.begin(), tokens.end(), icu.begin(), icu.end());
        const qsizetype at = t != tokens.end() ? t->start : i != icu.end() ? i->start : 0;
        QFAIL(qPrintable(u"tokens differ from ICU's at %1: %2"_s.arg(at).arg(QStringView(r->text).mid(at, 60))));
    }
}

void tst_CorpusImport::cleanupTestCase()
{
    if (!m_slowest.isEmpty())
        qInfo("slowest import: %lld ms for %s", m_slowestMs, qPrintable(m_slowest));
}

QTEST_GUILESS_MAIN(tst_CorpusImport)
#include "tst_corpus_import.moc"
