// DocxImporter and OdtImporter: the text a reader of the document sees, the section tree from
// heading styles, automatic numbers written out, tables a row per line, tracked changes read
// in the accepted view; documents made by LibreOffice from our sample policy give the sample's
// outline and topics; our own .docx redline reads back as the new text; damaged packages give
// an error that names the file.

#include "testutil.h"

#include "analysis/coverage.h"
#include "analysis/taxonomy.h"
#include "common/zip.h"
#include "diff/diff.h"
#include "document/importer.h"
#include "document/markdownimporter.h"
#include "document/officeimporter.h"
#include "export/docxredline.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;
using doc::BlockKind;
using doc::PolicyDocument;
using doc::Section;

using cwtest::outline;

namespace {

const QDateTime Stamp(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

// A Word package around a body; styles as Word names them, numbering with a decimal list
// ("%1." then "%1.%2."), a bullet list, a Russian-letter list and numbered headings.
QByteArray makeDocx(const QString &body, bool withStyles = true, const QString &footnotes = {})
{
    const QByteArray w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + w
                                + "><w:body>" + body.toUtf8() + "<w:sectPr/></w:body></w:document>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + w
        + "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
          "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
          "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
          // A company style built on heading 2: the level comes through basedOn.
          "<w:style w:type=\"paragraph\" w:styleId=\"ClauseHead\"><w:name w:val=\"Clause Head\"/><w:basedOn w:val=\"2\"/></w:style>"
          // Numbered headings: the style names the list, numbering.xml the level.
          "<w:style w:type=\"paragraph\" w:styleId=\"NumHead1\"><w:name w:val=\"Numbered Head 1\"/><w:basedOn w:val=\"1\"/>"
          "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"NumHead2\"><w:name w:val=\"Numbered Head 2\"/><w:basedOn w:val=\"2\"/>"
          "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
          "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/></w:style>"
          "</w:styles>";
    auto level = [](int ilvl, const char *fmt, const char *text, const char *style = nullptr) -> QByteArray {
        QByteArray l = "<w:lvl w:ilvl=\"" + QByteArray::number(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt
                       + "\"/>";
        if (style)
            l += "<w:pStyle w:val=\"" + QByteArray(style) + "\"/>";
        return l + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    };
    const QByteArray numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + w + ">"
                                 + "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.")
                                 + level(1, "decimal", "%1.%2.") + "</w:abstractNum>"
                                 + "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "bullet", "\xEF\x82\xB7")
                                 + "</w:abstractNum>"
                                 + "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "russianLower", "%1)")
                                 + "</w:abstractNum>"
                                 + "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "decimal", "%1.", "NumHead1")
                                 + level(1, "decimal", "%1.%2.", "NumHead2") + "</w:abstractNum>"
                                 + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                 + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
                                 + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
                                 + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
                                 + "</w:numbering>";
    std::vector<std::pair<QString, QByteArray>> parts{{u"[Content_Types].xml"_s, "<Types/>"},
                                                      {u"word/document.xml"_s, document}};
    if (withStyles) {
        parts.emplace_back(u"word/styles.xml"_s, styles);
        parts.emplace_back(u"word/numbering.xml"_s, numbering);
    }
    if (!footnotes.isEmpty())
        parts.emplace_back(u"word/footnotes.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + w + ">"
                                                        + footnotes.toUtf8() + "</w:footnotes>");
    return writeZip(parts, Stamp).value();
}

QString p(const QString &text, const QString &style = {}, const QString &numPr = {})
{
    QString props;
    if (!style.isEmpty() || !numPr.isEmpty())
        props = u"<w:pPr>"_s + (style.isEmpty() ? QString() : u"<w:pStyle w:val=\"%1\"/>"_s.arg(style)) + numPr
                + u"</w:pPr>"_s;
    return u"<w:p>"_s + props + u"<w:r><w:t xml:space=\"preserve\">"_s + text + u"</w:t></w:r></w:p>"_s;
}

QString num(int numId, int ilvl = 0)
{
    return u"<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(ilvl).arg(numId);
}

QByteArray makeOdt(const QString &body, const QString &automaticStyles = {})
{
    const QString ns = u"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                       "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                       "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                       "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""_s;
    const QString content = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "_s + ns
                            + u"><office:automatic-styles>"_s + automaticStyles
                            + u"<text:list-style style:name=\"LNum\"><text:list-level-style-number text:level=\"1\" "
                              "style:num-suffix=\".\" style:num-format=\"1\"/><text:list-level-style-number "
                              "text:level=\"2\" style:num-suffix=\".\" style:num-format=\"1\" text:display-levels=\"2\"/>"
                              "</text:list-style><text:list-style style:name=\"LBul\"><text:list-level-style-bullet "
                              "text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>"
                              "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/>"
                              "</office:automatic-styles><office:body><office:text>"_s
                            + body + u"</office:text></office:body></office:document-content>"_s;
    const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + ns.toUtf8()
                              + "><office:styles><style:style style:name=\"Title\" style:family=\"paragraph\"/>"
                                "<text:outline-style style:name=\"Outline\"><text:outline-level-style text:level=\"1\" "
                                "style:num-format=\"\"/></text:outline-style></office:styles></office:document-styles>";
    return writeZip({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
                     {u"content.xml"_s, content.toUtf8()},
                     {u"styles.xml"_s, styles}},
                    Stamp)
        .value();
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line;
    return out;
}

Result<PolicyDocument> importAs(const QByteArray &bytes, const QString &fileName)
{
    return doc::ImporterRegistry::withBuiltins().importBytes(bytes, {fileName, text::Language::Unknown});
}

#define CW_IMPORT(doc, bytes, name)                                                                              \
    const auto doc = importAs(bytes, name);                                                                      \
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().code + u": "_s + doc.error().message));          \
    CW_VERIFY_INVARIANTS(*doc)

} // namespace

class tst_OfficeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docx_data();
    void docx();
    void odt_data();
    void odt();
    void notes_data();
    void notes();
    void listBlocks();
    void writerDocuments_data();
    void writerDocuments();
    void redlineReadsBackAsNew_data();
    void redlineReadsBackAsNew();
    void redlineKeepsWrappedParagraphsWhole_data();
    void redlineKeepsWrappedParagraphsWhole();
    void writerKeepsTheChanges_data();
    void writerKeepsTheChanges();
    void errors_data();
    void errors();
    void sniffed();
};

void tst_OfficeImporter::docx_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outline");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("trackedChanges");

    QTest::newRow("title, headings by style name, paragraphs")
        << p(u"Privacy Policy"_s, u"Title"_s) + p(u"Who we are"_s, u"1"_s) + p(u"We are Example Ltd."_s)
               + p(u"Contact"_s, u"2"_s) + p(u"Write to privacy@example.com."_s) + p(u"Retention"_s, u"1"_s)
        << u"Privacy Policy"_s << u"Who we are[Contact], Retention"_s
        << QStringList{u"Privacy Policy"_s, u"Who we are"_s, u"We are Example Ltd."_s, u"Contact"_s,
                       u"Write to privacy@example.com."_s, u"Retention"_s}
        << 0;
    QTest::newRow("Cyrillic: headings through basedOn, a heading level set on the paragraph")
        << p(u"Политика"_s, u"1"_s) + p(u"Оператор"_s, u"ClauseHead"_s) + p(u"ООО «Пример»."_s)
               + u"<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Сроки</w:t></w:r></w:p>"_s
               + p(u"Три года."_s)
        << u"Политика"_s << u"Оператор, Сроки"_s
        << QStringList{u"Политика"_s, u"Оператор"_s, u"ООО «Пример»."_s, u"Сроки"_s, u"Три года."_s} << 0;
    QTest::newRow("numbered headings: the number is part of the title")
        << p(u"Scope"_s, u"NumHead1"_s) + p(u"Text."_s) + p(u"Definitions"_s, u"NumHead2"_s) + p(u"More."_s)
               + p(u"Rights"_s, u"NumHead1"_s) + p(u"Access"_s, u"NumHead2"_s)
        << QString() << u"1. Scope[1.1. Definitions], 2. Rights[2.1. Access]"_s
        << QStringList{u"1. Scope"_s, u"Text."_s, u"1.1. Definitions"_s, u"More."_s, u"2. Rights"_s, u"2.1. Access"_s}
        << 0;
    QTest::newRow("Cyrillic: numbered and lettered lists, one item per line")
        << p(u"Права"_s, u"1"_s) + p(u"Вы вправе:"_s) + p(u"получить доступ;"_s, {}, num(3))
               + p(u"потребовать уточнения;"_s, {}, num(3)) + p(u"Цели"_s, u"1"_s) + p(u"договор;"_s, {}, num(1))
               + p(u"подпункт;"_s, {}, num(1, 1)) + p(u"согласие."_s, {}, num(1)) + p(u"рассылка"_s, {}, num(2))
        << QString() << u"Права, Цели"_s
        << QStringList{u"Права"_s,          u"Вы вправе:"_s,      u"а) получить доступ;"_s,
                       u"б) потребовать уточнения;"_s, u"Цели"_s, u"1. договор;"_s,
                       u"  1.1. подпункт;"_s, u"2. согласие."_s,  u"- рассылка"_s}
        << 0;
    QTest::newRow("a table: one row per line, cells between bars")
        << p(u"Purposes"_s, u"1"_s)
               + u"<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/>"_s + p(u"Purpose"_s) + u"</w:tc><w:tc>"_s
               + p(u"Basis"_s) + u"</w:tc></w:tr><w:tr><w:tc>"_s + p(u"Account"_s) + p(u"and billing"_s)
               + u"</w:tc><w:tc>"_s + p(u"Contract"_s) + u"</w:tc></w:tr></w:tbl>"_s + p(u"After."_s)
        << QString() << u"Purposes"_s
        << QStringList{u"Purposes"_s, u"Purpose | Basis"_s, u"Account and billing | Contract"_s, u"After."_s} << 0;
    QTest::newRow("Cyrillic: tracked changes, accepted view")
        << p(u"Хранение"_s, u"1"_s)
               + u"<w:p><w:r><w:t xml:space=\"preserve\">Мы храним данные </w:t></w:r>"
                 "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>пять</w:delText></w:r></w:del>"
                 "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>три</w:t></w:r></w:ins>"
                 "<w:r><w:t xml:space=\"preserve\"> года.</w:t></w:r></w:p>"_s
               // A deleted paragraph mark: the paragraph runs on into the next.
               + u"<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"A\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
                 "Затем </w:t></w:r></w:p><w:p><w:r><w:t>удаляем.</w:t></w:r></w:p>"_s
               + u"<w:p><w:moveFrom w:id=\"4\" w:author=\"A\"><w:r><w:t>Перенесено.</w:t></w:r></w:moveFrom></w:p>"_s
        << QString() << u"Хранение"_s
        << QStringList{u"Хранение"_s, u"Мы храним данные три года."_s, u"Затем удаляем."_s} << 4;
    QTest::newRow("field codes, tabs, breaks and hidden parts")
        << p(u"Changes"_s, u"1"_s)
               + u"<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"d MMMM\" "
                 "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1 May</w:t></w:r>"
                 "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:tab/><w:t>2026</w:t><w:br/><w:t>next line"
                 "</w:t><w:footnoteReference w:id=\"1\"/><w:drawing><w:t>not text</w:t></w:drawing></w:r></w:p>"_s
        << QString() << u"Changes"_s << QStringList{u"Changes"_s, u"1 May\t2026"_s, u"next line"_s} << 0;
}

void tst_OfficeImporter::docx()
{
    QFETCH(QString, body);
    QFETCH(QString, title);
    QFETCH(QString, outline);
    QFETCH(QStringList, lines);
    QFETCH(int, trackedChanges);
    CW_IMPORT(d, makeDocx(body), u"policy.docx"_s);
    QCOMPARE(d->format, u"docx"_s);
    QCOMPARE(d->title, title);
    QCOMPARE(::outline(d->sections), outline);
    QCOMPARE(::lines(d->text), lines);
    QCOMPARE(d->trackedChanges, trackedChanges);
}

void tst_OfficeImporter::odt_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outline");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("trackedChanges");

    QTest::newRow("title style, outline levels, spaces and tabs")
        << u"<text:p text:style-name=\"P1\">Privacy Policy</text:p><text:h text:outline-level=\"1\">Who we are</text:h>"
           "<text:p>We are<text:s text:c=\"2\"/>Example <text:span>Ltd</text:span>.</text:p>"
           "<text:h text:outline-level=\"2\">Contact</text:h><text:p>Mail:<text:tab/>privacy@example.com<text:line-break/>"
           "or post.</text:p>"_s
        << u"Privacy Policy"_s << u"Who we are[Contact]"_s
        << QStringList{u"Privacy Policy"_s, u"Who we are"_s, u"We are  Example Ltd."_s, u"Contact"_s,
                       u"Mail:\tprivacy@example.com"_s, u"or post."_s}
        << 0;
    QTest::newRow("Cyrillic: lists with their numbers, a table")
        << u"<text:h text:outline-level=\"1\">Права</text:h><text:list text:style-name=\"LNum\"><text:list-item>"
           "<text:p>доступ;</text:p><text:list><text:list-item><text:p>копия;</text:p></text:list-item></text:list>"
           "</text:list-item><text:list-item><text:p>удаление.</text:p></text:list-item></text:list>"
           "<text:list text:style-name=\"LBul\"><text:list-item><text:p>жалоба</text:p></text:list-item></text:list>"
           "<table:table><table:table-row><table:table-cell><text:p>Цель</text:p></table:table-cell><table:table-cell>"
           "<text:p>Основание</text:p></table:table-cell></table:table-row></table:table>"_s
        << QString() << u"Права"_s
        << QStringList{u"Права"_s, u"1. доступ;"_s, u"  1.1. копия;"_s, u"2. удаление."_s, u"- жалоба"_s,
                       u"Цель | Основание"_s}
        << 0;
    QTest::newRow("Cyrillic: tracked changes: the deleted text stays out")
        << u"<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info/>"
           "<text:p>пять лет</text:p></text:deletion></text:changed-region><text:changed-region text:id=\"c2\">"
           "<text:insertion><office:change-info/></text:insertion></text:changed-region></text:tracked-changes>"
           "<text:h text:outline-level=\"1\">Хранение</text:h><text:p>Мы храним данные <text:change text:change-id=\"c1\"/>"
           "<text:change-start text:change-id=\"c2\"/>три года<text:change-end text:change-id=\"c2\"/>.</text:p>"_s
        << QString() << u"Хранение"_s << QStringList{u"Хранение"_s, u"Мы храним данные три года."_s} << 2;
}

void tst_OfficeImporter::odt()
{
    QFETCH(QString, body);
    QFETCH(QString, title);
    QFETCH(QString, outline);
    QFETCH(QStringList, lines);
    QFETCH(int, trackedChanges);
    CW_IMPORT(d, makeOdt(body), u"policy.odt"_s);
    QCOMPARE(d->format, u"odt"_s);
    QCOMPARE(d->title, title);
    QCOMPARE(::outline(d->sections), outline);
    QCOMPARE(::lines(d->text), lines);
    QCOMPARE(d->trackedChanges, trackedChanges);
}

void tst_OfficeImporter::notes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("footnotes"); // word/footnotes.xml's notes (Word only)
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("outline");

    // Word's separators are notes of a type, not text.
    const QString separators = u"<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
                               "</w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
                               "<w:continuationSeparator/></w:r></w:p></w:footnote>"_s;
    auto note = [](const QString &id, const QString &text) {
        return u"<w:footnote w:id=\"%1\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:footnoteRef/>"
               "</w:r><w:r><w:t xml:space=\"preserve\"> %2</w:t></w:r></w:p></w:footnote>"_s.arg(id, text);
    };
    auto cite = [](const QString &id) { return u"<w:r><w:footnoteReference w:id=\"%1\"/></w:r>"_s.arg(id); };
    QTest::newRow("Cyrillic: Word: a footnote follows the paragraph that cites it")
        << u"docx"_s
        << p(u"Сроки"_s, u"1"_s)
               + u"<w:p><w:r><w:t>Мы храним данные три года</w:t></w:r>"_s + cite(u"2"_s)
               + u"<w:r><w:t>.</w:t></w:r></w:p>"_s + p(u"Права"_s, u"1"_s) + p(u"Вы вправе получить копию."_s)
        << separators + note(u"2"_s, u"Срок исчисляется с даты закрытия учётной записи."_s)
        << QStringList{u"Сроки"_s, u"Мы храним данные три года[1]."_s,
                       u"[1] Срок исчисляется с даты закрытия учётной записи."_s, u"Права"_s,
                       u"Вы вправе получить копию."_s}
        << u"Сроки, Права"_s;
    QTest::newRow("Word: notes cited in a table follow the table; an unknown note is not cited")
        << u"docx"_s
        << p(u"Purposes"_s, u"1"_s) + u"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Billing</w:t></w:r>"_s + cite(u"5"_s)
               + u"</w:p></w:tc><w:tc><w:p><w:r><w:t>Contract</w:t></w:r>"_s + cite(u"9"_s)
               + u"</w:p></w:tc></w:tr></w:tbl>"_s + p(u"After."_s)
        << separators + note(u"5"_s, u"Including refunds."_s)
        << QStringList{u"Purposes"_s, u"Billing[1] | Contract"_s, u"[1] Including refunds."_s, u"After."_s}
        << u"Purposes"_s;
    QTest::newRow("Cyrillic: OpenDocument: a footnote follows its paragraph")
        << u"odt"_s
        << u"<text:h text:outline-level=\"1\">Сроки</text:h><text:p>Мы храним данные три года<text:note "
           "text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body>"
           "<text:p>Срок исчисляется с даты закрытия учётной записи.</text:p></text:note-body></text:note>.</text:p>"
           "<text:h text:outline-level=\"1\">Права</text:h>"_s
        << QString()
        << QStringList{u"Сроки"_s, u"Мы храним данные три года[1]."_s,
                       u"[1] Срок исчисляется с даты закрытия учётной записи."_s, u"Права"_s}
        << u"Сроки, Права"_s;    QTest::newRow("OpenDocument: an endnote in a table follows the table")
        << u"odt"_s
        << u"<text:h text:outline-level=\"1\">Purposes</text:h><table:table><table:table-row><table:table-cell>"
           "<text:p>Billing<text:note text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
           "<text:note-body><text:p>Including</text:p><text:p>refunds.</text:p></text:note-body></text:note></text:p>"
           "</table:table-cell><table:table-cell><text:p>Contract</text:p></table:table-cell></table:table-row>"
           "</table:table><text:p>After.</text:p>"_s
        << QString() << QStringList{u"Purposes"_s, u"Billing[i] | Contract"_s, u"[i] Including refunds."_s, u"After."_s}
        << u"Purposes"_s;
}

// Footnotes are part of what a policy says: each stays in the section that cites it.
void tst_OfficeImporter::notes()
{
    QFETCH(QString, format);
    QFETCH(QString, body);
    QFETCH(QString, footnotes);
    QFETCH(QStringList, lines);
    QFETCH(QString, outline);
    const QByteArray bytes = format == u"docx"_s ? makeDocx(body, true, footnotes) : makeOdt(body);
    CW_IMPORT(d, bytes, u"policy."_s + format);
    QCOMPARE(::lines(d->text), lines);
    QCOMPARE(::outline(d->sections), outline);
    // The note is text of the first section, not of the next.
    const doc::Section &first = d->sections.front();
    QVERIFY2(d->textOf(first.range).contains(u"] "_s), qPrintable(d->textOf(first.range)));
}

// List items and tables are blocks with their markers and depths, as the editor and the parity
// checker expect them.
void tst_OfficeImporter::listBlocks()
{
    CW_IMPORT(d, makeDocx(p(u"Цели"_s, u"1"_s) + p(u"договор;"_s, {}, num(1)) + p(u"подпункт;"_s, {}, num(1, 1))),
              u"цели.docx"_s);
    std::vector<std::pair<QString, int>> items;
    for (const auto &b : d->blocks)
        if (b.kind == BlockKind::ListItem)
            items.emplace_back(b.marker, b.level);
    const std::vector<std::pair<QString, int>> expected{{u"1."_s, 1}, {u"1.1."_s, 2}};
    QCOMPARE(items, expected);
}

// Documents written by LibreOffice Writer (from resources/samples through HTML: Writer's own
// list, table and heading markup) read as the Markdown sample does: same title, sections and
// topics.
void tst_OfficeImporter::writerDocuments_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("sample");
    for (const char *lang : {"en", "ru"})
        for (const char *format : {"docx", "odt"}) {
            const QString l = QString::fromLatin1(lang);
            const QString name = (l == u"ru"_s ? u"Cyrillic: "_s : QString()) + u"sample-policy.%1.%2"_s.arg(l, QString::fromLatin1(format));
            QTest::newRow(qPrintable(name)) << u"sample-policy.%1.%2"_s.arg(l, QString::fromLatin1(format))
                                            << u"sample-policy.%1.md"_s.arg(l);
        }
}

void tst_OfficeImporter::writerDocuments()
{
    QFETCH(QString, fixture);
    QFETCH(QString, sample);
    const QString path = QFINDTESTDATA(u"../data/importer/"_s + fixture);
    QVERIFY2(!path.isEmpty(), qPrintable(fixture));
    const auto registry = doc::ImporterRegistry::withBuiltins();
    const auto d = registry.importFile(path);
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    CW_VERIFY_INVARIANTS(*d);
    const auto md = registry.importFile(QString::fromUtf8(CW_SOURCE_DIR) + u"/resources/samples/"_s + sample);
    QVERIFY(md);
    QCOMPARE(d->title, md->title);
    QCOMPARE(outline(d->sections), outline(md->sections));
    QCOMPARE(d->language, md->language);
    const auto taxonomy = analysis::Taxonomy::builtin();
    QVERIFY(taxonomy);
    auto present = [&](const PolicyDocument &doc) {
        QStringList out;
        for (const auto &t : analysis::analyse(doc, *taxonomy).topics)
            if (t.present)
                out << t.topic;
        return out;
    };
    QCOMPARE(present(*d), present(*md));
}

// Our own redline, accepted, is the new text: the importer and the writer agree on what tracked
// changes mean.
void tst_OfficeImporter::redlineReadsBackAsNew_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::newRow("a word changed, a paragraph added")
        << u"# Policy\n\n## Retention\n\nWe keep data for five years.\n"_s
        << u"# Policy\n\n## Retention\n\nWe keep data for three years.\n\nThen we delete it.\n"_s;
    QTest::newRow("Cyrillic: paragraphs joined, a heading renamed, a sentence moved")
        << u"# Политика\n\n## Хранение\n\nМы храним данные.\n\nТри года.\n\n## Права\n\nВы можете отозвать согласие "
           "на обработку данных в любой момент по почте.\n"_s
        << u"# Политика\n\n## Срок хранения\n\nМы храним данные три года.\n\n## Права\n\nВы вправе получить копию.\n\n"
           "Вы можете отозвать согласие на обработку данных в любой момент по почте.\n"_s;
}

void tst_OfficeImporter::redlineReadsBackAsNew()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    const auto registry = doc::ImporterRegistry::withBuiltins();
    const auto oldDoc = registry.importBytes(oldText.toUtf8(), {u"old.md"_s, text::Language::Unknown});
    const auto newDoc = registry.importBytes(newText.toUtf8(), {u"new.md"_s, text::Language::Unknown});
    QVERIFY(oldDoc && newDoc);
    const auto result = diff::compare(*oldDoc, *newDoc);
    QVERIFY(result);
    const auto bytes = exporting::docxRedline(*oldDoc, *newDoc, *result);
    QVERIFY(bytes);
    CW_IMPORT(d, *bytes, u"redline.docx"_s);
    QVERIFY(d->trackedChanges > 0);
    // The redline writes NEW's headings as heading styles and other lines as written.
    QStringList expected;
    for (const QString &line : lines(newText))
        expected << (line.startsWith(u'#') ? line.mid(line.indexOf(u' ') + 1) : line);
    QCOMPARE(lines(d->text), expected);
    QCOMPARE(outline(d->sections), outline(newDoc->sections));
}

// A paragraph wrapped over several lines (Markdown kept under version control, a dump wrapped
// at 72 columns) is one paragraph in the redline, as a reader and Word expect it, even where
// a change falls at the wrap.
void tst_OfficeImporter::redlineKeepsWrappedParagraphsWhole_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("English: a word changed in a wrapped paragraph")
        << u"# Policy\n\n## Retention\n\nWe keep account data for five years\nafter you close the account.\n"_s
        << u"# Policy\n\n## Retention\n\nWe keep account data for three years\nafter you close the account.\n"_s
        << QStringList{u"Policy"_s, u"Retention"_s, u"We keep account data for three years after you close the account."_s};
    QTest::newRow("Cyrillic: a change at the wrap, a wrapped list item")
        << u"# Политика\n\n## Хранение\n\nМы храним данные учётной записи\nдо её закрытия.\n\n- резервные копии\n  удаляются.\n"_s
        << u"# Политика\n\n## Хранение\n\nМы храним данные учётной записи\nтри года после её закрытия.\n\n- резервные копии\n  удаляются.\n"_s
        << QStringList{u"Политика"_s, u"Хранение"_s, u"Мы храним данные учётной записи три года после её закрытия."_s,
                       u"- резервные копии удаляются."_s};
}

void tst_OfficeImporter::redlineKeepsWrappedParagraphsWhole()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QStringList, paragraphs);
    const auto registry = doc::ImporterRegistry::withBuiltins();
    const auto oldDoc = registry.importBytes(oldText.toUtf8(), {u"old.md"_s, text::Language::Unknown});
    const auto newDoc = registry.importBytes(newText.toUtf8(), {u"new.md"_s, text::Language::Unknown});
    QVERIFY(oldDoc && newDoc);
    const auto bytes = exporting::docxRedline(*oldDoc, *newDoc, *diff::compare(*oldDoc, *newDoc));
    QVERIFY(bytes);
    CW_IMPORT(d, *bytes, u"redline.docx"_s);
    QStringList got;
    for (const QString &line : lines(d->text))
        got << line.simplified();
    QCOMPARE(got, paragraphs);
}

// LibreOffice Writer opens our redline and saves it as .odt and as its own .docx, tracked
// changes kept: each reads, accepted, as the new text (./test.sh --formats installs Writer).
void tst_OfficeImporter::writerKeepsTheChanges_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("Cyrillic: saved as ODT") << u"odt"_s << u"odt"_s;
    QTest::newRow("Cyrillic: saved as Writer's DOCX") << u"docx:MS Word 2007 XML"_s << u"docx"_s;
}

void tst_OfficeImporter::writerKeepsTheChanges()
{
    QFETCH(QString, filter);
    QFETCH(QString, suffix);
    QString office = QStandardPaths::findExecutable(u"soffice"_s);
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (office.isEmpty())
        QSKIP("soffice/libreoffice is not on PATH (package libreoffice-writer-nogui, installed by ./test.sh --formats)");
    const auto registry = doc::ImporterRegistry::withBuiltins();
    const QString oldText = u"# Политика\n\n## Хранение\n\nМы храним данные пять лет.\n\nЗатем удаляем.\n"_s;
    const QString newText = u"# Политика\n\n## Сроки хранения\n\nМы храним данные три года. Затем удаляем.\n\n"
                            "## Права\n\nВы вправе отозвать согласие.\n"_s;
    const auto oldDoc = registry.importBytes(oldText.toUtf8(), {u"old.md"_s, text::Language::Unknown});
    const auto newDoc = registry.importBytes(newText.toUtf8(), {u"new.md"_s, text::Language::Unknown});
    QVERIFY(oldDoc && newDoc);
    const auto bytes = exporting::docxRedline(*oldDoc, *newDoc, *diff::compare(*oldDoc, *newDoc));
    QVERIFY(bytes);
    QTemporaryDir dir;
    const QString source = dir.filePath(u"redline.docx"_s), out = dir.filePath(u"out"_s);
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size());
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A profile of its own: no clash with a running LibreOffice or the user's settings.
    process.start(office, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s,
                           u"--convert-to"_s, filter, u"--outdir"_s, out, source});
    QVERIFY2(process.waitForFinished(240000), "LibreOffice did not finish within 4 minutes");
    const QString converted = out + u"/redline."_s + suffix;
    QVERIFY2(QFile::exists(converted), qPrintable(QString::fromLocal8Bit(process.readAll())));
    const auto d = registry.importFile(converted);
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    QCOMPARE(d->format, suffix);
    QVERIFY(d->trackedChanges > 0);
    QStringList expected;
    for (const QString &line : lines(newText))
        expected << (line.startsWith(u'#') ? line.mid(line.indexOf(u' ') + 1) : line);
    QCOMPARE(lines(d->text), expected);
}

void tst_OfficeImporter::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("code");

    const QByteArray noDocument = writeZip({{u"word/other.xml"_s, "<x/>"}}, Stamp).value();
    QTest::newRow("not a zip") << QByteArray("just text, not a package") << u"policy.docx"_s << u"parse"_s;
    QTest::newRow("a zip without word/document.xml") << noDocument << u"policy.docx"_s << u"parse"_s;
    QTest::newRow("Cyrillic: an .odt without content.xml") << noDocument << u"политика.odt"_s << u"parse"_s;
    QTest::newRow("a truncated package") << makeDocx(p(u"Text"_s)).left(60) << u"policy.docx"_s << u"parse"_s;
    QTest::newRow("no text at all") << makeDocx(p(QString())) << u"policy.docx"_s << u"empty"_s;
    QTest::newRow("XML that breaks off") << writeZip({{u"word/document.xml"_s, "<w:document><w:body><w:p"}}, Stamp).value()
                                         << u"policy.docx"_s << u"parse"_s;
}

void tst_OfficeImporter::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, code);
    const auto d = importAs(bytes, fileName);
    QVERIFY(!d);
    QCOMPARE(d.error().code, code);
    QVERIFY2(d.error().message.contains(fileName), qPrintable(d.error().message));
}

// Without a suffix (standard input, a download named "policy"), the package's first bytes tell
// DOCX from ODT.
void tst_OfficeImporter::sniffed()
{
    const auto word = importAs(makeDocx(p(u"Политика"_s, u"1"_s) + p(u"Текст."_s)), u"-"_s);
    QVERIFY(word);
    QCOMPARE(word->format, u"docx"_s);
    const auto writer = importAs(makeOdt(u"<text:h text:outline-level=\"1\">Политика</text:h><text:p>Текст.</text:p>"_s), u"-"_s);
    QVERIFY(writer);
    QCOMPARE(writer->format, u"odt"_s);
}

QTEST_GUILESS_MAIN(tst_OfficeImporter)
#include "tst_officeimporter.moc"
