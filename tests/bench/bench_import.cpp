// Import speed against peers measured in the same run:
//  - Markdown: our import (decode, parse, positions to UTF-16, blocks, sections) against a bare
//    cmark-gfm parse of the same bytes;
//  - plain text: our structure recovery against decoding the bytes and splitting them into
//    lines, the least any line-based reader does;
//  - the worst cases the importers must survive: one 5 MB line, 50,000 numbered items.
#include "document/markdownimporter.h"
#include "document/plaintextimporter.h"
#include "text/encoding.h"
#include "testutil.h"

#include <cmark-gfm.h>

#include <QDirIterator>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

QByteArray concatCorpus(const QString &subdir, const QStringList &patterns, int copies)
{
    const QString corpus = cwtest::corpusDir();
    QByteArray all;
    if (corpus.isEmpty())
        return all;
    QDirIterator it(corpus + u'/' + subdir, patterns, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (int i = 0; i < copies; ++i)
        for (const QString &f : files)
            all += cwtest::readAll(f) + "\n\n";
    return all;
}

} // namespace

class bench_Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdown_data();
    void markdown();
    void plainText_data();
    void plainText();
};

void bench_Import::markdown_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ours");
    const QByteArray md = concatCorpus(u"versions/mozilla-firefox-privacy-notice"_s, {u"*.en.*.md"_s}, 1);
    if (md.isEmpty())
        QSKIP("the corpus is not beside this clone");
    QTest::newRow("Mozilla EN history: Clausewright import") << md << true;
    QTest::newRow("Mozilla EN history: bare cmark-gfm parse (peer)") << md << false;
}

void bench_Import::markdown()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ours);
    const doc::MarkdownImporter importer;
    QBENCHMARK {
        if (ours) {
            const auto r = importer.import(bytes, {u"x.md"_s, text::Language::Unknown});
            QVERIFY(r.ok());
        } else {
            cmark_node *root = cmark_parse_document(bytes.constData(), size_t(bytes.size()), CMARK_OPT_SOURCEPOS);
            cmark_node_free(root);
        }
    }
}

void bench_Import::plainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ours");
    const QByteArray seeds = concatCorpus(u"seeds"_s, {u"*.txt"_s}, 20);
    if (!seeds.isEmpty()) {
        QTest::newRow("seeds x20: Clausewright import") << seeds << true;
        QTest::newRow("seeds x20: decode and split lines (peer)") << seeds << false;
    }
    const QByteArray oneLine = QString(u"Мы храним персональные данные не дольше, чем требуют цели обработки. "_s)
                                   .repeated(5 * 1024 * 1024 / 120)
                                   .toUtf8();
    QTest::newRow("one 5 MB line: Clausewright import") << oneLine << true;
    QTest::newRow("one 5 MB line: decode and split lines (peer)") << oneLine << false;
    QByteArray items;
    for (int i = 1; i <= 50000; ++i)
        items += QByteArray::number(i) + ". Item of a long list, written as a full sentence.\n";
    QTest::newRow("50,000 numbered items: Clausewright import") << items << true;
    QTest::newRow("50,000 numbered items: decode and split lines (peer)") << items << false;
}

void bench_Import::plainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ours);
    const doc::PlainTextImporter importer;
    QBENCHMARK {
        if (ours) {
            const auto r = importer.import(bytes, {u"x.txt"_s, text::Language::Unknown});
            QVERIFY(r.ok());
        } else {
            const auto d = text::decode(bytes);
            QVERIFY(d.ok());
            const auto lines = QStringView(d->text).split(u'\n');
            QVERIFY(!lines.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(bench_Import)
#include "bench_import.moc"
