// Document export: the blocks a reader sees, whatever the source format; Markdown, HTML, DOCX and
// ODT written from them; DOCX and ODT read back by our importers as the same outline and text
// (round trips); a Markdown policy's inline markup resolved.

#include "testutil.h"

#include "document/importer.h"
#include "export/documentexport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;
using cwtest::outline;

namespace {

const QDateTime Stamp(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

Result<doc::PolicyDocument> importAs(const QByteArray &bytes, const QString &name)
{
    return doc::ImporterRegistry::withBuiltins().importBytes(bytes, {name, text::Language::Unknown});
}

// The texts a reader follows, one per block, without list markers: what a round trip keeps.
QStringList readerTexts(const std::vector<exporting::ExportBlock> &blocks)
{
    QStringList out;
    for (const auto &b : blocks)
        if (b.kind != exporting::ExportBlock::Rule)
            out << b.text;
    return out;
}

const QString Sample = u"# Privacy Policy\n\nLast updated: **3 March 2026**.\n\n## 1. Who we are\n\nWe are "
                       "[Example Ltd](https://example.com), the *controller*.\n<!-- clause controller.identity@2 -->\n\n"
                       "## 2. Data\n\n- Account data;\n- Device data:\n  - IP address;\n  - crash reports.\n\n"
                       "1. First purpose;\n2. Second purpose.\n\n| Purpose | Basis |\n|---|---|\n| Account | Contract |\n"_s;
const QString SampleRu = u"# Политика конфиденциальности\n\n## 1. Оператор\n\nОператор — ООО «Пример» (`ИНН 7700000000`).\n\n"
                         "## 2. Цели\n\n1. исполнение договора;\n2. рассылка.\n\n| Цель | Основание |\n|---|---|\n"
                         "| Договор | ст. 6 152-ФЗ |\n"_s;

} // namespace

class tst_DocumentExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data();
    void blocks();
    void roundTrip_data();
    void roundTrip();
    void html_data();
    void html();
    void markdownFromOtherFormats();
    void opensInWriter_data();
    void opensInWriter();
};

void tst_DocumentExport::blocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("English: inline markup resolved, comments and markers left out")
        << Sample
        << QStringList{u"Privacy Policy"_s, u"Last updated: 3 March 2026."_s, u"1. Who we are"_s,
                       u"We are Example Ltd (https://example.com), the controller."_s, u"2. Data"_s, u"Account data;"_s,
                       u"Device data:"_s, u"IP address;"_s, u"crash reports."_s, u"First purpose;"_s,
                       u"Second purpose."_s, u"Purpose | Basis"_s, u"Account | Contract"_s};
    QTest::newRow("Cyrillic: code spans and tables")
        << SampleRu
        << QStringList{u"Политика конфиденциальности"_s, u"1. Оператор"_s, u"Оператор — ООО «Пример» (ИНН 7700000000)."_s,
                       u"2. Цели"_s, u"исполнение договора;"_s, u"рассылка."_s, u"Цель | Основание"_s,
                       u"Договор | ст. 6 152-ФЗ"_s};
}

void tst_DocumentExport::blocks()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, texts);
    const auto d = importAs(markdown.toUtf8(), u"policy.md"_s);
    QVERIFY(d);
    QCOMPARE(readerTexts(exporting::exportBlocks(*d)), texts);
}

// Exported, then imported again: the same title, outline and texts.
void tst_DocumentExport::roundTrip_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"docx"_s, u"odt"_s, u"md"_s}) {
        QTest::newRow(qPrintable(u"English to "_s + format)) << Sample << format;
        QTest::newRow(qPrintable(u"Cyrillic to "_s + format)) << SampleRu << format;
    }
}

void tst_DocumentExport::roundTrip()
{
    QFETCH(QString, markdown);
    QFETCH(QString, format);
    const auto original = importAs(markdown.toUtf8(), u"policy.md"_s);
    QVERIFY(original);
    // Through HTML first, so that the source is not Markdown and the Markdown export is written
    // from blocks too.
    const auto html = importAs(exporting::documentHtml(*original).toUtf8(), u"policy.html"_s);
    QVERIFY(html);
    QByteArray bytes;
    if (format == u"docx"_s)
        bytes = exporting::documentDocx(*original, {{}, Stamp}).value();
    else if (format == u"odt"_s)
        bytes = exporting::documentOdt(*original, {{}, Stamp}).value();
    else
        bytes = exporting::documentMarkdown(*html).toUtf8();
    const auto back = importAs(bytes, u"policy."_s + format);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    CW_VERIFY_INVARIANTS(*back);
    QCOMPARE(back->title, original->title);
    QCOMPARE(outline(back->sections), outline(original->sections));
    QCOMPARE(readerTexts(exporting::exportBlocks(*back)), readerTexts(exporting::exportBlocks(*original)));
    QCOMPARE(back->language, original->language);
}

void tst_DocumentExport::html_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("contains");
    QTest::newRow("English: page, contents, nested list, table")
        << Sample
        << QStringList{u"<html lang=\"en\">"_s, u"<title>Privacy Policy</title>"_s, u"@media print"_s,
                       u"<a href=\"#section-1\">1. Who we are</a>"_s, u"<h2 id=\"section-1\">1. Who we are</h2>"_s,
                       u"<li>Device data:<ul>\n<li>IP address;</li>"_s, u"<ol>\n<li>First purpose;</li>"_s,
                       u"<th>Purpose</th>"_s};
    QTest::newRow("Cyrillic: the contents in the policy's language")
        << SampleRu << QStringList{u"<html lang=\"ru\">"_s, u"<b>Содержание</b>"_s, u"<td>ст. 6 152-ФЗ</td>"_s};
}

void tst_DocumentExport::html()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, contains);
    const auto d = importAs(markdown.toUtf8(), u"policy.md"_s);
    QVERIFY(d);
    const QString page = exporting::documentHtml(*d);
    for (const QString &part : contains)
        QVERIFY2(page.contains(part), qPrintable(part + u"\n---\n"_s + page));
    QCOMPARE(page.count(u"<ul>"_s), page.count(u"</ul>"_s));
    QCOMPARE(page.count(u"<li>"_s), page.count(u"</li>"_s));
}

// A plain-text dump as Markdown: headings get their marks, numbered items stay numbered, a
// paragraph that would read as markup is escaped.
void tst_DocumentExport::markdownFromOtherFormats()
{
    const auto d = importAs(u"ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ\n\n1. ОБЩИЕ ПОЛОЖЕНИЯ\n\nТекст положения.\n\n"
                            "2. ПРАВА\n\nВы вправе:\n- получить копию;\n- отозвать согласие.\n"_s.toUtf8(),
                            u"политика.txt"_s);
    QVERIFY(d);
    const QString md = exporting::documentMarkdown(*d);
    const auto back = importAs(md.toUtf8(), u"back.md"_s);
    QVERIFY(back);
    QCOMPARE(outline(back->sections), outline(d->sections));
    QVERIFY2(md.contains(u"- получить копию;\n- отозвать согласие."_s), qPrintable(md));
}

// LibreOffice Writer opens the .docx and .odt we write: it converts them to PDF with the Russian
// text intact (./test.sh --formats installs Writer and poppler).
void tst_DocumentExport::opensInWriter_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("Cyrillic: DOCX") << u"docx"_s;
    QTest::newRow("Cyrillic: ODT") << u"odt"_s;
}

void tst_DocumentExport::opensInWriter()
{
    QFETCH(QString, format);
    QString office = QStandardPaths::findExecutable(u"soffice"_s);
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(u"libreoffice"_s);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (office.isEmpty() || pdftotext.isEmpty())
        QSKIP("soffice and pdftotext are not both on PATH (libreoffice-writer-nogui, poppler-utils: ./test.sh --formats)");
    const auto d = importAs(SampleRu.toUtf8(), u"policy.md"_s);
    QVERIFY(d);
    const QByteArray bytes = format == u"docx"_s ? exporting::documentDocx(*d).value() : exporting::documentOdt(*d).value();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"policy."_s + format);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(office, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s,
                           u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.path(), path});
    QVERIFY2(process.waitForFinished(240000), "LibreOffice did not finish within 4 minutes");
    const QString pdf = dir.filePath(u"policy.pdf"_s);
    QVERIFY2(QFile::exists(pdf), qPrintable(QString::fromLocal8Bit(process.readAll())));
    QProcess text;
    text.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &phrase : {u"Политика конфиденциальности"_s, u"2. Цели"_s, u"исполнение договора"_s,
                                  u"ст. 6 152-ФЗ"_s})
        QVERIFY2(out.contains(phrase), qPrintable(phrase + u"\n---\n"_s + out));
}

QTEST_GUILESS_MAIN(tst_DocumentExport)
#include "tst_documentexport.moc"
