// PDF export through QTextDocument: a policy's PDF reads back (with our PDF importer, and with
// poppler's pdftotext when it is installed) with its Russian text intact, its title and headings,
// and page numbers at the foot of its pages.

#include "testutil.h"

#include "documentprint.h"
#include "formats.h"

#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
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
    void contentsArePaged_data();
    void contentsArePaged();
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
    // The same sections, after one for the contents: the contents' lines (headings with page
    // numbers) and the table's rows are not read as sections of their own.
    static const QRegularExpression contents(u"^(?:Contents|Содержание), "_s);
    QCOMPARE(cwtest::outline(back->sections).remove(contents), cwtest::outline(policy->sections));

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

void tst_DocumentPrint::contentsArePaged_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("English") << u"Section"_s << u"We keep the data of each account for as long as the account is open."_s;
    QTest::newRow("Cyrillic: Russian") << u"Раздел"_s
                                       << u"Мы храним данные учётной записи, пока учётная запись открыта."_s;
}

// A policy of many pages: its contents list each heading with the page it starts on, as the
// printed pages show it; no heading is the last line of a page; and the contents hold no links
// to "#section-N", which a PDF viewer would take for web addresses.
void tst_DocumentPrint::contentsArePaged()
{
    QFETCH(QString, heading);
    QFETCH(QString, sentence);
    QString markdown = u"# "_s + heading + u" 0\n\n"_s;
    QStringList headings;
    for (int section = 1; section <= 24; ++section) {
        headings << u"%1. %2 %1"_s.arg(section).arg(heading);
        markdown += u"## "_s + headings.back() + u"\n\n"_s;
        // Sections of different lengths, so that headings fall at different heights of a page.
        for (int paragraph = 0; paragraph < 1 + section % 4; ++paragraph)
            markdown += QStringList(2 + (section * 5) % 11, sentence).join(u' ') + u"\n\n"_s;
    }
    QTemporaryDir dir;
    const QString source = dir.filePath(u"long.md"_s);
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(markdown.toUtf8());
    file.close();
    const auto policy = formats::importers().importFile(source);
    QVERIFY(policy);
    const auto pdf = formats::documentPdf(*policy);
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
    QVERIFY2(!pdf->contains("/URI (#"), "the contents link to anchors");

    const QString path = dir.filePath(u"long.pdf"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*pdf) == pdf->size());
    out.close();
    QPdfDocument document(nullptr);
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY2(document.pageCount() >= 6, qPrintable(QString::number(document.pageCount())));
    QStringList pages;
    static const QRegularExpression lineBreak(u"\\r\\n|[\\r\\x{2028}\\x{2029}]"_s);
    for (int page = 0; page < document.pageCount(); ++page)
        pages << document.getAllText(page).text().replace(lineBreak, u"\n"_s);

    const QString contents = pages.front();
    int checked = 0;
    for (const QString &title : std::as_const(headings)) {
        // The contents line: the title, then the page number.
        const QRegularExpression entry(u"(?:^|\\n)"_s + QRegularExpression::escape(title) + u"\\s+(\\d+)\\s*(?:\\n|$)"_s);
        const auto match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(title + u"\n---\n"_s + contents));
        const int listed = match.captured(1).toInt();
        QVERIFY(listed >= 1 && listed <= pages.size());
        // The heading itself on that page, ending a line (pdfium may join it to the line
        // above), followed there by more text than the page number.
        const QString page = pages.at(listed - 1);
        const QRegularExpression line(u"(?:^|\\s)"_s + QRegularExpression::escape(title) + u"\\n"_s);
        const auto found = line.match(page);
        if (!found.hasMatch()) for (int i = 0; i < pages.size(); ++i) { const qsizetype k = pages[i].indexOf(title); if (k >= 0) qDebug() << i + 1 << pages[i].mid(std::max(qsizetype(0), k - 100), 200); }
        QVERIFY2(found.hasMatch(), qPrintable(title + u" not on page "_s + QString::number(listed)));
        static const QRegularExpression words(u"\\w{3,}"_s, QRegularExpression::UseUnicodePropertiesOption);
        QVERIFY2(page.mid(found.capturedEnd()).contains(words),
                 qPrintable(title + u" ends page "_s + QString::number(listed)));
        ++checked;
    }
    QCOMPARE(checked, headings.size());
}

QTEST_MAIN(tst_DocumentPrint)
#include "tst_documentprint.moc"
