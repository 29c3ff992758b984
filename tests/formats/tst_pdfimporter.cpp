// PdfImporter: PDFs written here with QPdfWriter, with running headers, page numbers, a word
// hyphenated at a line end and paragraph gaps, read back as the text a reader follows; PDFs
// that LibreOffice Writer made from our sample policy give the sample's title and sections; a
// file without a text layer, and bytes that are not a PDF, give errors that say so.

#include "testutil.h"

#include "formats.h"
#include "pdfimporter.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;
using cwtest::outline;

namespace {

// One line of a page: its text and how far below the previous line it stands (in points).
struct Placed
{
    QString text;
    double gap = 14; // 14 pt: the next line of a paragraph in 11 pt type
    bool heading = false;
};
using Page = QList<Placed>;

// A PDF of these pages, each with a running header at the top and "Page N of M" at the foot.
QByteArray writePdf(const QList<Page> &pages, const QString &header)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"policy.pdf"_s);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72); // one device pixel per point
        QPainter painter(&writer);
        QFont body(u"DejaVu Sans"_s);
        body.setPixelSize(11);
        QFont bold = body;
        bold.setBold(true);
        bold.setPixelSize(13);
        for (int p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            painter.setFont(body);
            painter.drawText(QPointF(56, 30), header);
            painter.drawText(QPointF(260, 815), u"Page %1 of %2"_s.arg(p + 1).arg(pages.size()));
            double y = 90;
            for (const Placed &line : pages[p]) {
                y += line.gap;
                painter.setFont(line.heading ? bold : body);
                painter.drawText(QPointF(56, y), line.text);
            }
        }
    }
    return cwtest::readAll(path);
}

Result<doc::PolicyDocument> importPdf(const QByteArray &bytes, const QString &name = u"policy.pdf"_s)
{
    return formats::importers().importBytes(bytes, {name, text::Language::Unknown});
}

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u"\n\n"_s))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

} // namespace

class tst_PdfImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void pages();
    void writerDocuments_data();
    void writerDocuments();
    void errors_data();
    void errors();
};

void tst_PdfImporter::pages_data()
{
    QTest::addColumn<QList<Page>>("pages");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outline");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("English: header, footer, hyphenation, a paragraph across pages")
        << QList<Page>{{{u"Privacy Policy"_s, 0, true},
                        {u"1. Who we are"_s, 30, true},
                        {u"Example Ltd is the controller of your data and answers for its"_s, 24},
                        {u"processing."_s},
                        {u"2. Retention"_s, 30, true},
                        {u"We keep account data until you close the account, then we de-"_s, 24},
                        {u"lete it within thirty days; backups are overwritten within"_s}},
                       {{u"ninety days."_s, 0},
                        {u"3. Your rights"_s, 30, true},
                        {u"You may ask for a copy of your data at any time."_s, 24}}}
        << u"Example Ltd — Privacy Policy"_s << u"Privacy Policy"_s << u"1. Who we are, 2. Retention, 3. Your rights"_s
        << QStringList{u"Privacy Policy"_s,
                       u"1. Who we are"_s,
                       u"Example Ltd is the controller of your data and answers for its\nprocessing."_s,
                       u"2. Retention"_s,
                       u"We keep account data until you close the account, then we delete it within thirty days; "
                       "backups are overwritten within\nninety days."_s,
                       u"3. Your rights"_s,
                       u"You may ask for a copy of your data at any time."_s};
    QTest::newRow("Cyrillic: header, footer, hyphenation")
        << QList<Page>{{{u"Политика конфиденциальности"_s, 0, true},
                        {u"1. Оператор"_s, 30, true},
                        {u"Оператором ваших персональных данных является ООО «При-"_s, 24},
                        {u"мер», адрес: Москва, ул. Тверская, д. 1."_s}},
                       {{u"2. Сроки хранения"_s, 0, true},
                        {u"Мы храним данные три года, затем уничтожаем их."_s, 24}}}
        << u"ООО «Пример» — Политика конфиденциальности"_s << u"Политика конфиденциальности"_s
        << u"1. Оператор, 2. Сроки хранения"_s
        << QStringList{u"Политика конфиденциальности"_s, u"1. Оператор"_s,
                       u"Оператором ваших персональных данных является ООО «Пример», адрес: Москва, ул. Тверская, "
                       "д. 1."_s,
                       u"2. Сроки хранения"_s, u"Мы храним данные три года, затем уничтожаем их."_s};
}

void tst_PdfImporter::pages()
{
    QFETCH(QList<Page>, pages);
    QFETCH(QString, header);
    QFETCH(QString, title);
    QFETCH(QString, outline);
    QFETCH(QStringList, paragraphs);
    const auto d = importPdf(writePdf(pages, header));
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    CW_VERIFY_INVARIANTS(*d);
    QCOMPARE(d->format, u"pdf"_s);
    QVERIFY2(!d->text.contains(header), qPrintable(d->text));
    QVERIFY2(!d->text.contains(u"Page 1"_s), qPrintable(d->text));
    QCOMPARE(::paragraphs(d->text), paragraphs);
    QCOMPARE(d->title, title);
    QCOMPARE(::outline(d->sections), outline);
}

// Writer's PDFs of the sample: the same title and sections as the Markdown (a table's rows,
// which a PDF does not mark as a table, read as short lines under their section).
void tst_PdfImporter::writerDocuments_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Cyrillic: Russian") << u"ru"_s;
}

void tst_PdfImporter::writerDocuments()
{
    QFETCH(QString, lang);
    const QString path = QFINDTESTDATA(u"../data/importer/sample-policy.%1.pdf"_s.arg(lang));
    QVERIFY(!path.isEmpty());
    const auto registry = formats::importers();
    const auto d = registry.importFile(path);
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    CW_VERIFY_INVARIANTS(*d);
    const auto md = registry.importFile(QString::fromUtf8(CW_SOURCE_DIR) + u"/resources/samples/sample-policy.%1.md"_s.arg(lang));
    QVERIFY(md);
    QCOMPARE(d->title, md->title);
    QCOMPARE(d->language, md->language);
    QStringList titles, expected;
    for (const auto &s : d->sections)
        titles << s.title;
    for (const auto &s : md->sections)
        expected << s.title;
    QCOMPARE(titles, expected);
}

void tst_PdfImporter::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("code");

    // A page with only an image on it: a scan without a text layer.
    QByteArray scan;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scan.pdf"_s);
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            QImage image(200, 100, QImage::Format_RGB32);
            image.fill(Qt::gray);
            painter.drawImage(QPointF(100, 100), image);
        }
        scan = cwtest::readAll(path);
    }
    QTest::newRow("a scan without text") << scan << u"scan.pdf"_s << u"empty"_s;
    QTest::newRow("Cyrillic: not a PDF") << QByteArray("%PDF-1.7\nмусор, а не PDF") << u"политика.pdf"_s << u"parse"_s;
    QTest::newRow("a PDF cut short") << writePdf({{{u"Text"_s, 0}}}, u"Header"_s).left(200) << u"cut.pdf"_s << u"parse"_s;
}

void tst_PdfImporter::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, code);
    const auto d = importPdf(bytes, fileName);
    QVERIFY(!d);
    QCOMPARE(d.error().code, code);
    QVERIFY2(d.error().message.contains(fileName), qPrintable(d.error().message));
}

QTEST_MAIN(tst_PdfImporter)
#include "tst_pdfimporter.moc"
