// PDF export through QTextDocument: a policy's PDF reads back (with our PDF importer, and with
// poppler's pdftotext when it is installed) with its Russian text intact, its title and headings,
// and page numbers at the foot of its pages.

#include "testutil.h"

#include "documentprint.h"
#include "formats.h"

#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;

class tst_DocumentPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdf_data();
    void pdf();
};

void tst_DocumentPrint::pdf_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("English") << u"sample-policy.en.md"_s
                             << QStringList{u"Privacy Policy of Northwind Notes"_s, u"Contents"_s, u"3. What data we collect"_s,
                                            u"privacy@northwind.example"_s};
    QTest::newRow("Cyrillic: Russian") << u"sample-policy.ru.md"_s
                                       << QStringList{u"Содержание"_s, u"3. Какие данные мы собираем"_s,
                                                      u"Данные учётной записи"_s, u"Исполнение договора"_s};
}

void tst_DocumentPrint::pdf()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, phrases);
    const auto registry = formats::importers();
    const auto policy = registry.importFile(QString::fromUtf8(CW_SOURCE_DIR) + u"/resources/samples/"_s + sample);
    QVERIFY(policy);
    const auto pdf = formats::documentPdf(*policy);
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
    QVERIFY(pdf->startsWith("%PDF-"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"policy.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*pdf) == pdf->size());
    file.close();

    // Our own reading: title and sections as in the source.
    const auto back = registry.importFile(path);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    const QString text = back->text.simplified();
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + u"\n---\n"_s + text));
    QCOMPARE(back->title.simplified(), policy->title);

    // The pages are numbered: the last thing on each page is its number, standing on its own.
    QPdfDocument document(nullptr);
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 1);
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString pageText = document.getAllText(page).text().trimmed();
        const QString number = QString::number(page + 1);
        QVERIFY2(pageText.endsWith(number) && pageText.at(pageText.size() - number.size() - 1).isSpace(),
                 qPrintable(pageText.right(80)));
    }

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not on PATH (package poppler-utils, installed by ./test.sh --formats)");
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(60000));
    const QString poppler = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString &phrase : phrases)
        QVERIFY2(poppler.contains(phrase), qPrintable(phrase + u"\n---\n"_s + poppler));
}

QTEST_MAIN(tst_DocumentPrint)
#include "tst_documentprint.moc"
