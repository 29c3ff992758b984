// The .docx redline: a complete, well-formed package whose tracked changes carry the right
// text, such that accepting every change gives NEW's words and rejecting every change gives
// OLD's. The DiffResults are built by hand from a list of edits, so these tests do not depend
// on the differ. When LibreOffice and pdftotext are installed, a conversion to PDF checks that
// a real word processor opens the file.

#include "testutil.h"

#include "document/importer.h"
#include "common/zip.h"
#include "export/docxredline.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace cw;
using diff::MoveEnd;
using diff::OpKind;
using diff::Side;
using doc::PolicyDocument;
using doc::TextRange;
using exporting::DocxRedlineOptions;

namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

// One edit of a hand-made comparison.
struct Edit
{
    enum Kind { Equal, Insert, Delete, MoveFrom, MoveTo } kind;
    QString text;
    int moveId = -1;
};
using Edits = QList<Edit>;

Edit eq(const QString &t) { return {Edit::Equal, t}; }
Edit ins(const QString &t) { return {Edit::Insert, t}; }
Edit del(const QString &t) { return {Edit::Delete, t}; }
Edit from(int id, const QString &t) { return {Edit::MoveFrom, t, id}; }
Edit to(int id, const QString &t) { return {Edit::MoveTo, t, id}; }

struct Comparison
{
    PolicyDocument oldDoc;
    PolicyDocument newDoc;
    diff::DiffResult result;
};

// OLD is the Equal, Delete and MoveFrom texts in order, NEW the Equal, Insert and MoveTo texts:
// the ops then tile both texts as diff.h requires. With `importMarkdown` both texts go through
// the Markdown importer, so that the documents have their blocks (headings).
Comparison build(const Edits &edits, bool importMarkdown = false)
{
    Comparison c;
    for (const Edit &e : edits) {
        diff::Op op;
        const qsizetype o = c.oldDoc.text.size(), n = c.newDoc.text.size();
        const bool inOld = e.kind == Edit::Equal || e.kind == Edit::Delete || e.kind == Edit::MoveFrom;
        const bool inNew = e.kind == Edit::Equal || e.kind == Edit::Insert || e.kind == Edit::MoveTo;
        op.range = {{TextRange{o, inOld ? o + e.text.size() : o}, TextRange{n, inNew ? n + e.text.size() : n}}};
        if (inOld)
            c.oldDoc.text += e.text;
        if (inNew)
            c.newDoc.text += e.text;
        switch (e.kind) {
        case Edit::Equal: op.kind = OpKind::Equal; break;
        case Edit::Insert: op.kind = OpKind::Insert; break;
        case Edit::Delete: op.kind = OpKind::Delete; break;
        case Edit::MoveFrom:
        case Edit::MoveTo:
            op.kind = OpKind::Move;
            op.moveEnd = e.kind == Edit::MoveFrom ? MoveEnd::From : MoveEnd::To;
            op.moveId = e.moveId;
            break;
        }
        c.result.ops.push_back(op);
    }
    for (diff::Op &op : c.result.ops) {
        if (op.kind != OpKind::Move || op.moveEnd != MoveEnd::To)
            continue;
        for (const diff::Op &f : c.result.ops) {
            if (f.kind == OpKind::Move && f.moveEnd == MoveEnd::From && f.moveId == op.moveId)
                op.range[Side::Old] = f.range[Side::Old];
        }
    }
    if (importMarkdown) {
        const auto registry = doc::ImporterRegistry::withBuiltins();
        for (PolicyDocument *d : {&c.oldDoc, &c.newDoc}) {
            auto imported = registry.importBytes(d->text.toUtf8(), {u"policy.md"_s, text::Language::Unknown});
            if (!imported || imported->text != d->text)
                qFatal("the Markdown importer changed the text; the hand-made ops would not fit");
            *d = std::move(imported.value());
        }
    }
    c.oldDoc.fileName = u"old.md"_s;
    c.newDoc.fileName = u"new.md"_s;
    return c;
}

QDateTime fixedDate()
{
    return QDateTime::fromString(u"2024-05-01T12:30:00Z"_s, Qt::ISODate);
}

QByteArray redline(const Comparison &c, const QString &author = u"Reviewer"_s)
{
    DocxRedlineOptions options;
    options.author = author;
    options.date = fixedDate();
    const auto bytes = exporting::docxRedline(c.oldDoc, c.newDoc, c.result, options);
    if (!bytes)
        qFatal("docxRedline failed: %s", qPrintable(bytes.error().message));
    return bytes.value();
}

// The body of word/document.xml as a reader sees it: paragraphs of runs, each run with the
// revision it is in ("", "ins", "del", "moveFrom", "moveTo"), and the revision of each
// paragraph mark.
struct Run
{
    QString revision;
    QString text;
};
struct Paragraph
{
    QString style;
    QString markRevision;
    QList<Run> runs;
};
struct Body
{
    QList<Paragraph> paragraphs;
    QString error; // the first thing that is not as OOXML wants it
};

Body readBody(const QByteArray &xml)
{
    Body body;
    QXmlStreamReader reader(xml);
    QString revision;
    bool inParagraphProperties = false;
    QSet<QString> ids;
    QHash<QString, QString> openRanges; // range id -> "moveFrom:name" / "moveTo:name"
    QSet<QString> fromNames, toNames;
    const QSet<QString> revisions{u"ins"_s, u"del"_s, u"moveFrom"_s, u"moveTo"_s};
    auto fail = [&](const QString &why) {
        if (body.error.isEmpty())
            body.error = u"line %1: "_s.arg(reader.lineNumber()) + why;
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == W) {
            if (reader.name() == "pPr"_L1)
                inParagraphProperties = false;
            else if (revisions.contains(reader.name().toString()) && !inParagraphProperties)
                revision.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement || reader.namespaceUri() != W)
            continue;
        const QString name = reader.name().toString();
        const auto attr = [&](const char *a) { return reader.attributes().value(W, QLatin1StringView(a)).toString(); };
        if (name == "p"_L1) {
            body.paragraphs.append(Paragraph{});
        } else if (name == "pPr"_L1) {
            inParagraphProperties = true;
        } else if (name == "pStyle"_L1) {
            body.paragraphs.last().style = attr("val");
        } else if (revisions.contains(name)) {
            const QString id = attr("id");
            if (id.isEmpty() || attr("author").isEmpty() || attr("date").isEmpty())
                fail(name + u" without id, author or date"_s);
            if (ids.contains(id))
                fail(u"duplicate w:id "_s + id);
            ids.insert(id);
            if (inParagraphProperties)
                body.paragraphs.last().markRevision = name;
            else if (!revision.isEmpty())
                fail(name + u" inside "_s + revision);
            else
                revision = name;
        } else if (name == "moveFromRangeStart"_L1 || name == "moveToRangeStart"_L1) {
            const QString id = attr("id");
            if (ids.contains(id))
                fail(u"duplicate w:id "_s + id);
            ids.insert(id);
            (name == "moveFromRangeStart"_L1 ? fromNames : toNames).insert(attr("name"));
            openRanges.insert(id, name);
        } else if (name == "moveFromRangeEnd"_L1 || name == "moveToRangeEnd"_L1) {
            const QString start = openRanges.take(attr("id"));
            if (start != QString(name).replace(u"End"_s, u"Start"_s))
                fail(name + u" " + attr("id") + u" closes no open range"_s);
        } else if (name == "t"_L1 || name == "delText"_L1) {
            if ((name == "delText"_L1) != (revision == "del"_L1))
                fail(name + u" in a run of revision \""_s + revision + u'"');
            if (reader.attributes().value(u"xml:space"_s) != "preserve"_L1)
                fail(name + u" without xml:space=\"preserve\""_s);
            if (body.paragraphs.isEmpty())
                fail(u"text outside a paragraph"_s);
            else
                body.paragraphs.last().runs.append(Run{revision, reader.readElementText()});
        } else if (name == "tab"_L1 && !body.paragraphs.isEmpty() && !inParagraphProperties) {
            body.paragraphs.last().runs.append(Run{revision, u"\t"_s});
        }
    }
    if (reader.hasError())
        fail(u"not well-formed: "_s + reader.errorString());
    if (!openRanges.isEmpty())
        fail(u"move ranges left open: "_s + QStringList(openRanges.keys()).join(u", "_s));
    if (fromNames != toNames)
        fail(u"move names without their other end: from "_s + QStringList(fromNames.values()).join(u',')
             + u" to "_s + QStringList(toNames.values()).join(u','));
    return body;
}

// The text after accepting (or rejecting) every change: a paragraph mark that is deleted on
// that side joins its paragraph to the next.
QString resolve(const Body &body, bool accept)
{
    const QSet<QString> gone = accept ? QSet<QString>{u"del"_s, u"moveFrom"_s} : QSet<QString>{u"ins"_s, u"moveTo"_s};
    QString text;
    for (const Paragraph &p : body.paragraphs) {
        for (const Run &r : p.runs) {
            if (!gone.contains(r.revision))
                text += r.text;
        }
        if (!gone.contains(p.markRevision))
            text += u'\n';
    }
    return text;
}

QStringList words(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

// The texts of the runs in one revision, in order.
QStringList revisionTexts(const Body &body, const QString &revision)
{
    QStringList out;
    for (const Paragraph &p : body.paragraphs) {
        for (const Run &r : p.runs) {
            if (r.revision == revision)
                out << r.text;
        }
    }
    return out;
}

Body bodyOf(const QByteArray &docx)
{
    const auto parts = cw::zipParts(docx);
    if (!parts)
        return Body{{}, parts.error().message};
    const auto it = parts->find(u"word/document.xml"_s);
    if (it == parts->end())
        return Body{{}, u"no word/document.xml"_s};
    return readBody(it->second);
}

#define CW_READ_BODY(body, docx)                                                                             \
    const Body body = bodyOf(docx);                                                                          \
    QVERIFY2(body.error.isEmpty(), qPrintable(body.error))

} // namespace

Q_DECLARE_METATYPE(Edits)

class tst_DocxRedline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void package();
    void revisions_data();
    void revisions();
    void acceptAndReject_data();
    void acceptAndReject();
    void headings_data();
    void headings();
    void robustness_data();
    void robustness();
    void deterministic();
    void opensInLibreOffice();
};

// Every part is there and well-formed, and the package is a zip any reader can open.
void tst_DocxRedline::package()
{
    const Comparison c = build({eq(u"Политика "_s), ins(u"конфиденциальности"_s), eq(u".\n"_s)});
    const QByteArray docx = redline(c);
    QVERIFY(docx.startsWith("PK\x03\x04"));
    const auto parts = cw::zipParts(docx);
    QVERIFY2(parts, qPrintable(parts ? QString() : parts.error().message));
    for (const QString &name : {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s, u"word/styles.xml"_s,
                                u"word/settings.xml"_s, u"word/_rels/document.xml.rels"_s, u"docProps/core.xml"_s}) {
        const auto it = parts->find(name);
        QVERIFY2(it != parts->end(), qPrintable(name + u" is missing"_s));
        QXmlStreamReader reader(it->second);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(name + u": "_s + reader.errorString()));
    }
    const QByteArray types = parts->at(u"[Content_Types].xml"_s);
    QVERIFY(types.contains("PartName=\"/word/document.xml\""));
    QVERIFY(types.contains("wordprocessingml.document.main+xml"));
    const QByteArray styles = parts->at(u"word/styles.xml"_s);
    for (const char *style : {"w:styleId=\"Normal\"", "w:styleId=\"Heading1\"", "w:styleId=\"Heading2\"",
                              "w:styleId=\"Heading3\""})
        QVERIFY2(styles.contains(style), style);
    QVERIFY(parts->at(u"docProps/core.xml"_s).contains("<dc:creator>Reviewer</dc:creator>"));
    QVERIFY(parts->at(u"docProps/core.xml"_s).contains("2024-05-01T12:30:00Z"));
    QVERIFY(parts->at(u"word/document.xml"_s).contains("w:author=\"Reviewer\" w:date=\"2024-05-01T12:30:00Z\""));

    QVERIFY(!cw::zipParts("not a zip"));
    QCOMPARE(cw::zipParts("not a zip").error().code, u"zip"_s);
}

void tst_DocxRedline::revisions_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("deleted");
    QTest::addColumn<QStringList>("movedFrom");
    QTest::addColumn<QStringList>("movedTo");

    QTest::newRow("nominal: word replaced")
        << Edits{eq(u"We keep data for "_s), del(u"five"_s), ins(u"three"_s), eq(u" years.\n"_s)}
        << QStringList{u"three"_s} << QStringList{u"five"_s} << QStringList{} << QStringList{};
    QTest::newRow("nominal: Cyrillic replacement and a moved paragraph")
        << Edits{eq(u"Мы храним данные "_s), del(u"пять"_s), ins(u"три"_s), eq(u" года.\n\n"_s),
                 from(4, u"Пишите нам: privacy@пример.рф.\n\n"_s), eq(u"Файлы cookie ёмкие.\n\n"_s),
                 to(4, u"Пишите нам: privacy@пример.рф.\n\n"_s)}
        << QStringList{u"три"_s} << QStringList{u"пять"_s} << QStringList{u"Пишите нам: privacy@пример.рф."_s}
        << QStringList{u"Пишите нам: privacy@пример.рф."_s};
    QTest::newRow("nominal: markup characters are text")
        << Edits{eq(u"A & B "_s), ins(u"<b>bold</b> ]]> \"quoted\""_s), eq(u" end\n"_s)}
        << QStringList{u"<b>bold</b> ]]> \"quoted\""_s} << QStringList{} << QStringList{} << QStringList{};
}

void tst_DocxRedline::revisions()
{
    QFETCH(Edits, edits);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, deleted);
    QFETCH(QStringList, movedFrom);
    QFETCH(QStringList, movedTo);
    const QByteArray docx = redline(build(edits));
    CW_READ_BODY(body, docx);
    QCOMPARE(revisionTexts(body, u"ins"_s), inserted);
    QCOMPARE(revisionTexts(body, u"del"_s), deleted);
    QCOMPARE(revisionTexts(body, u"moveFrom"_s), movedFrom);
    QCOMPARE(revisionTexts(body, u"moveTo"_s), movedTo);
    if (!movedFrom.isEmpty()) {
        const QByteArray xml = cw::zipParts(docx)->at(u"word/document.xml"_s);
        QVERIFY(xml.contains("<w:moveFromRangeStart ") && xml.contains("<w:moveToRangeStart "));
        QVERIFY(xml.contains("w:name=\"move4\""));
    }
}

void tst_DocxRedline::acceptAndReject_data()
{
    QTest::addColumn<Edits>("edits");

    QTest::newRow("nominal: words replaced") << Edits{eq(u"We keep data for "_s), del(u"five"_s), ins(u"three"_s),
                                                      eq(u" years.\n"_s)};
    QTest::newRow("nominal: a whole paragraph deleted")
        << Edits{eq(u"First.\n\n"_s), del(u"Gone for good.\n\n"_s), eq(u"Last.\n"_s)};
    QTest::newRow("nominal: a deleted paragraph whose break goes first")
        << Edits{eq(u"First."_s), del(u"\n\nGone for good."_s), eq(u"\n\nLast.\n"_s)};
    QTest::newRow("nominal: a whole paragraph inserted")
        << Edits{eq(u"First.\n\n"_s), ins(u"Brand new.\n\n"_s), eq(u"Last.\n"_s)};
    QTest::newRow("nominal: a paragraph split in two")
        << Edits{eq(u"One sentence."_s), del(u" "_s), ins(u"\n\n"_s), eq(u"Another sentence.\n"_s)};
    QTest::newRow("nominal: two paragraphs joined")
        << Edits{eq(u"One sentence."_s), del(u"\n\n"_s), ins(u" "_s), eq(u"Another sentence.\n"_s)};
    QTest::newRow("nominal: paragraphs moved both ways")
        << Edits{from(1, u"Moved down.\n\n"_s), eq(u"Stays.\n\n"_s), to(2, u"Moved up.\n\n"_s), eq(u"Also stays.\n\n"_s),
                 to(1, u"Moved down.\n\n"_s), from(2, u"Moved up.\n\n"_s), eq(u"End.\n"_s)};
    QTest::newRow("nominal: Cyrillic policy with every kind of change")
        << Edits{eq(u"# Политика конфиденциальности\n\n## 1. Общие положения\n\nОператор — ООО «Ромашка». "_s),
                 ins(u"Мы обрабатываем данные законно.\n\n"_s), eq(u"## 2. Сроки\n\nДанные хранятся "_s),
                 del(u"пять лет"_s), ins(u"три года"_s), eq(u".\n\n"_s), from(5, u"Ёлки и палки.\n\n"_s),
                 eq(u"## 3. Контакты\n\n"_s), del(u"Пишите нам.\n\n"_s), to(5, u"Ёлки и палки.\n\n"_s),
                 eq(u"Конец.\n"_s)};
    QTest::newRow("nominal: tabs and Windows line ends")
        << Edits{eq(u"Name:\tvalue\r\n\r\n"_s), ins(u"Added:\tline\r\n\r\n"_s), eq(u"End\r\n"_s)};
    QTest::newRow("robustness: change at the very start and end")
        << Edits{del(u"\n\nOld start "_s), ins(u"New start "_s), eq(u"middle"_s), ins(u" new end\n\n"_s)};
    QTest::newRow("robustness: blank lines with spaces between paragraphs")
        << Edits{eq(u"First. \n  \n\t\n"_s), ins(u"Inserted.\n   \n"_s), eq(u"Second.\n"_s)};
}

void tst_DocxRedline::acceptAndReject()
{
    QFETCH(Edits, edits);
    const Comparison c = build(edits);
    CW_READ_BODY(body, redline(c));
    QCOMPARE(words(resolve(body, true)), words(c.newDoc.text));
    QCOMPARE(words(resolve(body, false)), words(c.oldDoc.text));
    // Paragraphs too: the non-blank lines of each side, in order.
    const auto lines = [](const QString &text) {
        QStringList out;
        for (const QString &line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                out << words(line).join(u' ');
        }
        return out;
    };
    QCOMPARE(lines(resolve(body, true)), lines(QString(c.newDoc.text).remove(u'#')));
    QCOMPARE(lines(resolve(body, false)), lines(QString(c.oldDoc.text).remove(u'#')));
}

void tst_DocxRedline::headings_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QStringList>("expected"); // "style|accepted text" per paragraph

    QTest::newRow("nominal: ATX headings lose their marks")
        << Edits{eq(u"# Privacy Policy\n\n## 1. Data we collect\n\nWe collect "_s), ins(u"your "_s),
                 eq(u"e-mail.\n\n### 1.1 Cookies\n\n#### Deep\n\nText.\n"_s)}
        << QStringList{u"Heading1|Privacy Policy"_s, u"Heading2|1. Data we collect"_s, u"|We collect your e-mail."_s,
                       u"Heading3|1.1 Cookies"_s, u"Heading3|Deep"_s, u"|Text."_s};
    QTest::newRow("nominal: Cyrillic setext heading")
        << Edits{eq(u"Политика\n========\n\nТекст "_s), ins(u"новый"_s), eq(u".\n"_s)}
        << QStringList{u"Heading1|Политика"_s, u"|Текст новый."_s};
    QTest::newRow("nominal: a deleted heading keeps its style")
        << Edits{eq(u"Intro.\n\n"_s), del(u"## Removed section\n\nIts text.\n\n"_s), eq(u"End.\n"_s)}
        << QStringList{u"|Intro."_s, u"Heading2|"_s, u"|"_s, u"|End."_s};
}

void tst_DocxRedline::headings()
{
    QFETCH(Edits, edits);
    QFETCH(QStringList, expected);
    const Comparison c = build(edits, true);
    CW_READ_BODY(body, redline(c));
    QStringList got;
    for (const Paragraph &p : body.paragraphs) {
        QString accepted;
        for (const Run &r : p.runs) {
            if (r.revision != u"del"_s && r.revision != u"moveFrom"_s)
                accepted += r.text;
        }
        got << p.style + u'|' + accepted.trimmed();
    }
    QCOMPARE(got, expected);
    QCOMPARE(words(resolve(body, true)), words(c.newDoc.text));
    QCOMPARE(words(resolve(body, false)), words(c.oldDoc.text));
}

void tst_DocxRedline::robustness_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<bool>("breakRanges");

    QTest::newRow("robustness: empty documents") << Edits{} << false;
    QTest::newRow("robustness: only line breaks") << Edits{eq(u"\n\n"_s), ins(u"\n"_s)} << false;
    QTest::newRow("robustness: control characters and a lone surrogate")
        << Edits{eq(u"a\u0001b\u000Bc"_s), ins(QString(u"x"_s) + QChar(0xD800) + u"y"_s), eq(u"\n"_s)} << false;
    QTest::newRow("robustness: a move without its other end")
        << Edits{eq(u"Keep.\n\n"_s), from(9, u"Half a move.\n\n"_s), to(10, u"Другая половина.\n"_s)} << false;
    QTest::newRow("robustness: ranges past the end of the text")
        << Edits{eq(u"Short.\n"_s), ins(u"Добавлено."_s)} << true;
}

void tst_DocxRedline::robustness()
{
    QFETCH(Edits, edits);
    QFETCH(bool, breakRanges);
    Comparison c = build(edits);
    if (breakRanges) {
        for (diff::Op &op : c.result.ops) {
            op.range[Side::New].end += 1000;
            op.range[Side::Old].start -= 5;
        }
    }
    CW_READ_BODY(body, redline(c, u"Author <&> \u0002"_s));
    if (!breakRanges) {
        // A lone surrogate makes the regular expression give up: compare valid UTF-16.
        const auto valid = [](const QString &s) { return QString::fromUtf8(s.toUtf8()); };
        QCOMPARE(words(valid(resolve(body, true))), words(valid(c.newDoc.text)));
        QCOMPARE(words(valid(resolve(body, false))), words(valid(c.oldDoc.text)));
    }
    QVERIFY(!body.paragraphs.isEmpty()); // a document body needs a paragraph
}

void tst_DocxRedline::deterministic()
{
    const Comparison c = build({eq(u"Текст "_s), from(1, u"перемещён "_s), eq(u"сюда "_s), to(1, u"перемещён "_s), eq(u".\n"_s)});
    QCOMPARE(redline(c), redline(c));
}

void tst_DocxRedline::opensInLibreOffice()
{
    QString office = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(u"soffice"_s);
    if (office.isEmpty())
        QSKIP("libreoffice/soffice is not on PATH (package libreoffice-writer-nogui); cannot check that Writer opens "
              "the redline");
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);

    const Comparison c = build({eq(u"# Политика\n\nМы храним данные "_s), del(u"пять"_s), ins(u"Стокгольмские"_s),
                                eq(u" лет.\n\n"_s), from(2, u"Перемещённый абзац.\n\n"_s), eq(u"Конец.\n\n"_s),
                                to(2, u"Перемещённый абзац.\n\n"_s)},
                               true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString docxPath = dir.filePath(u"redline.docx"_s);
    QFile file(docxPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(redline(c));
    file.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A profile of its own: no clash with a running LibreOffice or the user's settings.
    process.start(office, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s,
                           u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.path(), docxPath});
    QVERIFY2(process.waitForFinished(240000), "LibreOffice did not finish within 4 minutes");
    const QString output = QString::fromLocal8Bit(process.readAll());
    const QString pdfPath = dir.filePath(u"redline.pdf"_s);
    QVERIFY2(QFile::exists(pdfPath), qPrintable(u"LibreOffice made no PDF: "_s + output));

    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not on PATH (package poppler-utils); the PDF was made but its text is not checked");
    QProcess text;
    text.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfText.contains(u"Стокгольмские"_s), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(u"Перемещённый абзац"_s), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(u"Политика"_s) && !pdfText.contains(u"# Политика"_s), qPrintable(pdfText));
}

QTEST_GUILESS_MAIN(tst_DocxRedline)
#include "tst_docxredline.moc"
