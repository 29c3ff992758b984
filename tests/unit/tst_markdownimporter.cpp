#include "document/markdownimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw::doc;

namespace {

PolicyDocument importMd(const QString &text)
{
    const auto r = MarkdownImporter().import(text.toUtf8(), {u"t.md"_s, cw::text::Language::Unknown});
    if (!r)
        qFatal("import failed: %s", qPrintable(r.error().message));
    return r.value();
}

QStringList headingTexts(const PolicyDocument &doc)
{
    QStringList out;
    for (const Block &b : doc.blocks)
        if (b.kind == BlockKind::Heading)
            out << doc.textOf(b.range);
    return out;
}

QString outline(const std::vector<Section> &sections)
{
    QStringList parts;
    for (const Section &s : sections)
        parts << (s.children.empty() ? s.title : s.title + u'(' + outline(s.children) + u')');
    return parts.join(u',');
}

} // namespace

class tst_MarkdownImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void offsetsAreUtf16_data();
    void offsetsAreUtf16();
    void blocks();
    void clauseMarkersAndSafeMode();
};

void tst_MarkdownImporter::structure_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outline");

    QTest::newRow("nominal: title over sections")
        << u"# Privacy Notice\n\nIntro.\n\n## Data we collect\n\nText.\n\n### Account data\n\nMore.\n\n## Your rights\n"_s
        << u"Privacy Notice"_s << u"Data we collect(Account data),Your rights"_s;
    QTest::newRow("nominal: Cyrillic, setext headings")
        << u"Политика конфиденциальности\n===\n\nВведение.\n\nОбщие положения\n---\n\nТекст.\n\nПрава субъекта\n---\n"_s
        << u"Политика конфиденциальности"_s << u"Общие положения,Права субъекта"_s;
    QTest::newRow("nominal: several level-1 headings are sections")
        << u"# One\n\ntext\n\n# Two\n\n## Two-a\n"_s << QString() << u"One,Two(Two-a)"_s;
    QTest::newRow("nominal: inline markup is dropped from titles")
        << u"# T\n\n## **Data** `retention` and [links](http://x.example)\n"_s << u"T"_s
        << u"Data retention and links"_s;
    QTest::newRow("nominal: kramdown and Pandoc attribute lists are not part of titles")
        << u"# T\n\n## Sync {: #sync }\n\n## Сроки {#retention .intro}\n\n## Braces {in} the middle\n"_s << u"T"_s
        << u"Sync,Сроки,Braces {in} the middle"_s;
    QTest::newRow("robustness: no headings") << u"Just a paragraph.\n\n- and a list\n"_s << QString() << QString();
    QTest::newRow("robustness: CRLF line ends")
        << u"# Title\r\n\r\n## A\r\n\r\ntext\r\n\r\n## Б\r\n"_s << u"Title"_s << u"A,Б"_s;    QTest::newRow("Cyrillic: YAML front matter is metadata, not a heading")
        << u"---\ntitle: 'Политика конфиденциальности'\ndescription: 'Обработка данных'\n---\n\n# Политика\n\n"
           "## Общие положения\n\nТекст.\n"_s
        << u"Политика"_s << u"Общие положения"_s;
    QTest::newRow("robustness: a rule before a setext heading is not front matter")
        << u"---\nNot: metadata but text\n\nIntro\n---\n\n## Data\n"_s << QString() << u"Intro,Data"_s;
}

void tst_MarkdownImporter::structure()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QString, outline);
    const PolicyDocument doc = importMd(markdown);
    QCOMPARE(doc.format, u"markdown"_s);
    QCOMPARE(doc.title, title);
    QCOMPARE(::outline(doc.sections), outline);
    QCOMPARE(doc.text, markdown); // offsets refer to the source itself
}

void tst_MarkdownImporter::offsetsAreUtf16_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("headings");

    // Heading ranges must cut the QString exactly, whatever the UTF-8 byte lengths before them.
    QTest::newRow("nominal: ASCII") << u"# A\n\n## Data\n\nx\n\n## Rights\n"_s
                                    << QStringList{u"# A"_s, u"## Data"_s, u"## Rights"_s};
    QTest::newRow("nominal: Cyrillic (2-byte UTF-8)")
        << u"# Политика\n\nТекст про данные.\n\n## Хранение данных\n\nСрок — 5 лет.\n\n## Права\n"_s
        << QStringList{u"# Политика"_s, u"## Хранение данных"_s, u"## Права"_s};
    QTest::newRow("robustness: emoji (4-byte UTF-8, surrogate pairs)")
        << u"# 🇪🇺 Notice\n\n😀😀 text 😀\n\n## 🔒 Security\n"_s
        << QStringList{u"# 🇪🇺 Notice"_s, u"## 🔒 Security"_s};
    QTest::newRow("robustness: CRLF and Cyrillic")
        << u"# Заголовок\r\n\r\nабзац\r\n\r\n## Раздел\r\n"_s << QStringList{u"# Заголовок"_s, u"## Раздел"_s};
    QTest::newRow("robustness: lone CR line ends (classic Mac), Cyrillic")
        << u"# Заголовок\r\rабзац 😀\r\r## Раздел\r"_s << QStringList{u"# Заголовок"_s, u"## Раздел"_s};
    QTest::newRow("robustness: CR, LF and CRLF mixed, no final line end")
        << u"# Заголовок\r\nтекст\rещё\n\n## Раздел\r\r## Последний"_s
        << QStringList{u"# Заголовок"_s, u"## Раздел"_s, u"## Последний"_s};
    QTest::newRow("robustness: front matter with CRLF, Cyrillic after it")
        << u"---\r\ntitle: Политика\r\n...\r\n\r\n# Заголовок\r\n\r\n## Раздел\r\n"_s
        << QStringList{u"# Заголовок"_s, u"## Раздел"_s};
}

void tst_MarkdownImporter::offsetsAreUtf16()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, headings);
    QCOMPARE(headingTexts(importMd(markdown)), headings);
}

void tst_MarkdownImporter::blocks()
{
    const QString md = u"# T\n\nPara one.\n\n- item a\n- item б\n  - nested\n\n1. first\n2. second\n\n"
                       "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n```\ncode\n```\n\n---\n"_s;
    const PolicyDocument doc = importMd(md);
    QStringList kinds;
    for (const Block &b : doc.blocks) {
        QVERIFY(b.range.start >= 0 && b.range.end <= doc.text.size() && b.range.start <= b.range.end);
        switch (b.kind) {
        case BlockKind::Heading: kinds << u"H:"_s + doc.textOf(b.range); break;
        case BlockKind::Paragraph: kinds << u"P:"_s + doc.textOf(b.range); break;
        case BlockKind::ListItem: kinds << u"L%1%2:"_s.arg(b.level).arg(b.marker) + doc.textOf(b.range); break;
        case BlockKind::Table: kinds << u"T"_s; break;
        case BlockKind::Quote: kinds << u"Q:"_s + doc.textOf(b.range); break;
        case BlockKind::Code: kinds << u"C"_s; break;
        case BlockKind::Rule: kinds << u"R"_s; break;
        }
    }
    QCOMPARE(kinds, (QStringList{u"H:# T"_s, u"P:Para one."_s, u"L1-:item a"_s, u"L1-:item б"_s, u"L2-:nested"_s,
                                 u"L11.:first"_s, u"L12.:second"_s, u"T"_s, u"Q:quoted"_s, u"C"_s, u"R"_s}));
}

void tst_MarkdownImporter::clauseMarkersAndSafeMode()
{
    const QString md = u"# T\n\n<!-- clause retention.criteria@3 -->\nМы храним данные.\n\n<script>alert(1)</script>\n"_s;
    const PolicyDocument doc = importMd(md);
    QCOMPARE(doc.clauseMarkers.size(), size_t(1));
    QCOMPARE(doc.clauseMarkers[0].id, u"retention.criteria"_s);
    QCOMPARE(doc.clauseMarkers[0].edition, 3);
    QCOMPARE(doc.language, cw::text::Language::Russian);
}

QTEST_GUILESS_MAIN(tst_MarkdownImporter)
#include "tst_markdownimporter.moc"
