// Every consecutive pair of versions in ../shared/corpus/versions (Mozilla's Firefox privacy
// notice in English and Russian, Basecamp's policy): applying the ops to OLD gives NEW
// exactly, the ops tile both texts, rows tile both texts, moves pair up, and sections of
// the new version are all accounted for. Comparing shared lines whole (the default short cut)
// gives the same result as comparing them word by word, with and without ignore options.
#include "diff/diff.h"
#include "document/importer.h"
#include "testutil.h"

#include <QDirIterator>

using namespace Qt::StringLiterals;
using namespace cw;

class tst_CorpusCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consecutiveVersions_data();
    void consecutiveVersions();
};

void tst_CorpusCompare::consecutiveVersions_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    const QString corpus = cwtest::corpusDir();
    if (corpus.isEmpty()) {
        QTest::newRow("no corpus") << QString() << QString();
        return;
    }
    // Files are named <doc>.<lang>.<date>.<commit>.md: group by "<doc>.<lang>", order by date.
    QMap<QString, QStringList> series;
    QDirIterator it(corpus + u"/versions"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QStringList parts = QFileInfo(path).fileName().split(u'.');
        if (parts.size() < 4)
            continue;
        const QString key = QFileInfo(path).dir().dirName() + u'/' + parts.mid(0, parts.size() - 3).join(u'.');
        series[key] << path;
    }
    for (auto s = series.begin(); s != series.end(); ++s) {
        QStringList files = s.value();
        files.sort();
        for (qsizetype k = 0; k + 1 < files.size(); ++k)
            QTest::newRow(qPrintable(QFileInfo(files[k + 1]).fileName())) << files[k] << files[k + 1];
    }
}

void tst_CorpusCompare::consecutiveVersions()
{
    CW_REQUIRE_CORPUS(corpus);
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    const auto registry = doc::ImporterRegistry::withBuiltins();
    const auto a = registry.importFile(oldPath);
    const auto b = registry.importFile(newPath);
    QVERIFY(a.ok() && b.ok());
    const auto r = diff::compare(*a, *b);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));

    const auto applied = diff::applyOps(a->text, b->text, r->ops);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QVERIFY(*applied == b->text); // not QCOMPARE: the texts are long

    // Rows tile both texts and hold whole ops.
    qsizetype posOld = 0, posNew = 0;
    int nextOp = 0;
    for (const diff::Row &row : r->rows) {
        QCOMPARE(row.range[diff::Old].start, posOld);
        QCOMPARE(row.range[diff::New].start, posNew);
        QCOMPARE(row.firstOp, nextOp);
        posOld = row.range[diff::Old].end;
        posNew = row.range[diff::New].end;
        nextOp = row.lastOp;
    }
    QCOMPARE(posOld, a->text.size());
    QCOMPARE(posNew, b->text.size());
    QCOMPARE(nextOp, int(r->ops.size()));

    // Every section of NEW appears once; moved text is the same on both ends.
    QCOMPARE(qsizetype(std::count_if(r->sections.begin(), r->sections.end(),
                                     [](const diff::SectionMatch &m) { return m.present[diff::New]; })),
             qsizetype(b->flatSections().size()));
    for (const diff::Op &op : r->ops)
        if (op.kind == diff::OpKind::Move)
            QVERIFY(!a->textOf(op.range[diff::Old]).isEmpty());

    for (const diff::IgnoreOptions ignore : {diff::IgnoreOptions{}, diff::IgnoreOptions{diff::IgnoreOption::Case}
                                                                      | diff::IgnoreOption::Whitespace
                                                                      | diff::IgnoreOption::Markup
                                                                      | diff::IgnoreOption::Numbering}) {
        diff::DiffOptions options;
        options.ignore = ignore;
        const auto folded = diff::compare(*a, *b, options);
        options.foldSharedLines = false;
        const auto wordByWord = diff::compare(*a, *b, options);
        QVERIFY(folded.ok() && wordByWord.ok());
        QCOMPARE(folded->stats, wordByWord->stats);
        QCOMPARE(folded->sections, wordByWord->sections);
        QVERIFY(folded->ops == wordByWord->ops); // not QCOMPARE: long lists
        QVERIFY(folded->rows == wordByWord->rows);
    }
}

QTEST_GUILESS_MAIN(tst_CorpusCompare)
#include "tst_corpus_compare.moc"
