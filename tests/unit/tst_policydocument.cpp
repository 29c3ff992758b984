#include "document/markdownimporter.h"
#include "document/policydocument.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw::doc;

// A compact picture of a section tree for readable failures: "A(B,C(D)),E".
static QString shape(const std::vector<Section> &sections)
{
    QStringList parts;
    for (const Section &s : sections)
        parts << (s.children.empty() ? s.title : s.title + u'(' + shape(s.children) + u')');
    return parts.join(u',');
}

class tst_PolicyDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clauseMarkerRoundTrip_data();
    void clauseMarkerRoundTrip();
    void sectionTree_data();
    void sectionTree();
    void sectionRanges();
    void sectionAt();
    void overlappingHeadingsAreClamped();
    void clauseMarkers_data();
    void clauseMarkers();
    void proseText_data();
    void proseText();
    void contentsRanges_data();
    void contentsRanges();
    void skeletonSections_data();
    void skeletonSections();
};

void tst_PolicyDocument::sectionTree_data()
{
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: flat") << QList<int>{1, 1, 1} << QStringList{u"A"_s, u"B"_s, u"C"_s} << u"A,B,C"_s;
    QTest::newRow("nominal: nested") << QList<int>{1, 2, 2, 1, 2}
                                     << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s} << u"A(B,C),D(E)"_s;
    QTest::newRow("nominal: Cyrillic titles") << QList<int>{1, 2, 1}
                                              << QStringList{u"Общие положения"_s, u"Термины"_s, u"Хранение"_s}
                                              << u"Общие положения(Термины),Хранение"_s;
    QTest::newRow("robustness: skipped level is one level down") << QList<int>{1, 3, 3, 2}
                                                                 << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                                                                 << u"A(B,C,D)"_s;
    QTest::newRow("robustness: starts deep") << QList<int>{3, 1} << QStringList{u"A"_s, u"B"_s} << u"A,B"_s;
    QTest::newRow("robustness: huge level is clamped") << QList<int>{1, 1000, 2}
                                                       << QStringList{u"A"_s, u"B"_s, u"C"_s} << u"A(B,C)"_s;
}

void tst_PolicyDocument::sectionTree()
{
    QFETCH(QList<int>, levels);
    QFETCH(QStringList, titles);
    QFETCH(QString, expected);
    std::vector<HeadingInfo> headings;
    for (int i = 0; i < levels.size(); ++i)
        headings.push_back({titles[i], levels[i], {i * 10, i * 10 + 5}});
    QCOMPARE(shape(buildSectionTree(headings, 1000)), expected);
}

void tst_PolicyDocument::sectionRanges()
{
    // A(0..30: B 10..20, C 20..30), D 30..end
    const std::vector<HeadingInfo> headings{
        {u"A"_s, 1, {0, 5}}, {u"B"_s, 2, {10, 15}}, {u"C"_s, 2, {20, 25}}, {u"D"_s, 1, {30, 35}}};
    const auto tree = buildSectionTree(headings, 100);
    QCOMPARE(tree.size(), size_t(2));
    QCOMPARE(tree[0].range, (TextRange{0, 30}));
    QCOMPARE(tree[0].children[0].range, (TextRange{10, 20}));
    QCOMPARE(tree[0].children[1].range, (TextRange{20, 30}));
    QCOMPARE(tree[1].range, (TextRange{30, 100}));
    QCOMPARE(tree[0].children[1].level, 2);
    QCOMPARE(tree[0].heading, (TextRange{0, 5}));
}

void tst_PolicyDocument::sectionAt()
{
    PolicyDocument doc;
    doc.text = QString(100, u'x');
    doc.sections = buildSectionTree({{u"A"_s, 1, {0, 5}}, {u"B"_s, 2, {10, 15}}, {u"C"_s, 1, {50, 55}}}, 100);
    QCOMPARE(doc.sectionAt(3)->title, u"A"_s);
    QCOMPARE(doc.sectionAt(12)->title, u"B"_s);
    QCOMPARE(doc.sectionAt(99)->title, u"C"_s);
    QVERIFY(doc.sectionAt(100) == nullptr);
    QCOMPARE(doc.flatSections().size(), size_t(3));
    QCOMPARE(doc.flatSections()[1]->title, u"B"_s);
}

void tst_PolicyDocument::overlappingHeadingsAreClamped()
{
    // cmark-gfm reported a setext heading running past the start of the next one (fuzzing).
    const auto tree = buildSectionTree({{u"A"_s, 1, {0, 111}}, {u"Б"_s, 1, {107, 113}}}, 113);
    QCOMPARE(tree.size(), size_t(2));
    QCOMPARE(tree[0].range, (TextRange{0, 107}));
    QCOMPARE(tree[0].heading, (TextRange{0, 107}));
    QCOMPARE(tree[1].heading, (TextRange{107, 113}));
}

void tst_PolicyDocument::clauseMarkers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("editions");

    QTest::newRow("nominal: one marker") << u"Intro\n<!-- clause retention.criteria@3 -->\nWe keep…"_s
                                         << QStringList{u"retention.criteria"_s} << QList<int>{3};
    QTest::newRow("nominal: Cyrillic text around two markers")
        << u"<!-- clause rights.access@1 -->\nВы вправе…\n<!--clause rights.erasure@12-->\nУдаление"_s
        << QStringList{u"rights.access"_s, u"rights.erasure"_s} << QList<int>{1, 12};
    QTest::newRow("robustness: ordinary comment is not a marker") << u"<!-- note to self -->"_s << QStringList{}
                                                                  << QList<int>{};
    QTest::newRow("robustness: no edition is not a marker") << u"<!-- clause retention -->"_s << QStringList{}
                                                            << QList<int>{};
}

void tst_PolicyDocument::clauseMarkers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, editions);
    const auto markers = findClauseMarkers(text);
    QCOMPARE(int(markers.size()), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(markers[size_t(i)].id, ids[i]);
        QCOMPARE(markers[size_t(i)].edition, editions[i]);
        const QString comment = text.mid(markers[size_t(i)].range.start, markers[size_t(i)].range.length());
        QVERIFY2(comment.startsWith(u"<!--"_s) && comment.endsWith(u"-->"_s), qPrintable(comment));
    }
}

void tst_PolicyDocument::clauseMarkerRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("edition");
    QTest::newRow("nominal") << u"retention.criteria"_s << 3;
    QTest::newRow("Cyrillic text around it") << u"dpo.responsible-person"_s << 12;
}

// What assembly and the editor write is what the importer reads back.
void tst_PolicyDocument::clauseMarkerRoundTrip()
{
    QFETCH(QString, id);
    QFETCH(int, edition);
    const QString marker = cw::doc::clauseMarkerText(id, edition);
    const QString text = u"Текст до.\n"_s + marker + u"\nТекст положения.\n"_s;
    const auto found = cw::doc::findClauseMarkers(text);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().id, id);
    QCOMPARE(found.front().edition, edition);
    QCOMPARE(text.mid(found.front().range.start, found.front().range.length()), marker);
}

void tst_PolicyDocument::proseText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("prose");

    QTest::newRow("a wrapped paragraph runs on") << u"We keep data\nfor two years.\n"_s << u"We keep data for two years.\n"_s;
    QTest::newRow("paragraphs stay apart") << u"One.\n\nTwo.\n"_s << u"One.\n\nTwo.\n"_s;
    QTest::newRow("a heading stays apart") << u"# Title\nText\nmore.\n"_s << u"# Title\nText more.\n"_s;
    QTest::newRow("an attribute list keeps its line") << u"April 15, 2014\n{: datetime=\"2014-04-15\" }\n"_s
                                                      << u"April 15, 2014\n{: datetime=\"2014-04-15\" }\n"_s;
    QTest::newRow("Cyrillic: a list item's continuation")
        << u"- Мы храним\n  данные.\n- Второй пункт.\n"_s << u"- Мы храним   данные.\n- Второй пункт.\n"_s;
}

void tst_PolicyDocument::proseText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, prose);
    const auto d = MarkdownImporter().import(markdown.toUtf8(), {u"t.md"_s, cw::text::Language::Unknown});
    QVERIFY(d);
    QCOMPARE(d->text, markdown);
    QCOMPARE(d->proseText(), prose);
}

void tst_PolicyDocument::contentsRanges_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("entries"); // the blocks taken for contents, as written

    const QString sections = u"\n## What we collect\n\nNames.\n\n## Cookies and similar technologies\n\nWe use cookies.\n\n"
                             "## Children\n\nNone.\n"_s;
    QTest::newRow("entries naming the sections below")
        << u"# Policy\n\n- What we collect\n- Cookies\n- Children\n"_s + sections
        << QStringList{u"What we collect"_s, u"Cookies"_s, u"Children"_s};
    QTest::newRow("an entry whose section is missing goes with the rest")
        << u"# Policy\n\n- What we collect\n- Your rights\n- Cookies\n- Children\n"_s + sections
        << QStringList{u"What we collect"_s, u"Your rights"_s, u"Cookies"_s, u"Children"_s};
    QTest::newRow("a list naming one section is a list")
        << u"# Policy\n\n- Names\n- Cookies\n- Device identifiers\n- Location\n"_s + sections << QStringList{};
    QTest::newRow("a list after the sections it names is a summary, not contents")
        << u"# Policy\n"_s + sections + u"\n- What we collect\n- Cookies\n- Children\n"_s << QStringList{};
    QTest::newRow("a sentence before contents paragraphs is not an entry, their title is")
        << u"# Policy\n\nThis policy applies to all users.\n\nTable of contents\n\nWhat we collect\n\nCookies\n\n"
           "Children\n"_s + sections
        << QStringList{u"Table of contents"_s, u"What we collect"_s, u"Cookies"_s, u"Children"_s};
    QTest::newRow("Cyrillic: numbered contents with page numbers")
        << u"# Политика\n\n## Оглавление\n\n1. Какие данные мы собираем ..... 2\n2. Файлы cookie ..... 3\n3. Дети ..... 4\n\n"
           "## 1. Какие данные мы собираем\n\nИмя.\n\n## 2. Файлы cookie\n\nМы используем cookie.\n\n## 3. Дети\n\nНет.\n"_s
        << QStringList{u"Какие данные мы собираем ..... 2"_s, u"Файлы cookie ..... 3"_s, u"Дети ..... 4"_s};
}

void tst_PolicyDocument::contentsRanges()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, entries);
    const auto d = MarkdownImporter().import(markdown.toUtf8(), {u"t.md"_s, cw::text::Language::Unknown});
    QVERIFY(d);
    QStringList got;
    for (const TextRange &r : cw::doc::contentsRanges(*d))
        got << d->textOf(r).trimmed();
    QCOMPARE(got, entries);
}

void tst_PolicyDocument::skeletonSections_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("titles"); // the sections taken for a skeleton

    QTest::newRow("three titles over nothing")
        << u"# Policy\n\n## What we collect\n\n## Retention\n\n## Your rights\n\n## Contact\n\nWrite to us.\n"_s
        << QStringList{u"What we collect"_s, u"Retention"_s, u"Your rights"_s};
    QTest::newRow("two are no skeleton")
        << u"# Policy\n\n## Retention\n\n## Your rights\n\n## Contact\n\nWrite to us.\n"_s << QStringList{};
    QTest::newRow("contents set as titles, then the sections")
        << u"# Policy\n\n## Cookies\n\n## Children\n\n## Contact\n\n## Cookies\n\nWe use them.\n\n## Children\n\n"
           u"None.\n\n## Contact\n\nWrite to us.\n"_s
        << QStringList{u"Cookies"_s, u"Children"_s, u"Contact"_s};
    QTest::newRow("a title over subsections with text is no skeleton")
        << u"# Policy\n\n## Data\n\n### Names\n\nWe keep names.\n\n### Cookies\n\nWe use cookies.\n\n### Location\n\nNone.\n"_s
        << QStringList{};
    QTest::newRow("a title whose subsection has text ends the run")
        << u"# Policy\n\n## What we collect\n\n## Retention\n\n## Your rights\n\n### Access\n\nAsk for a copy.\n"_s
        << QStringList{};
    QTest::newRow("Cyrillic: a title over empty subsections is part of the skeleton")
        << u"# Политика\n\n## Хранение данных\n\n### Сроки хранения\n\n## Права субъекта данных\n"_s
        << QStringList{u"Хранение данных"_s, u"Сроки хранения"_s, u"Права субъекта данных"_s};
}

void tst_PolicyDocument::skeletonSections()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, titles);
    const auto d = MarkdownImporter().import(markdown.toUtf8(), {u"t.md"_s, cw::text::Language::Unknown});
    QVERIFY(d);
    const std::vector<char> skeleton = cw::doc::skeletonSections(*d);
    const auto flat = d->flatSections();
    QCOMPARE(skeleton.size(), flat.size());
    QStringList got;
    for (size_t k = 0; k < flat.size(); ++k)
        if (skeleton[k])
            got << flat[k]->title;
    QCOMPARE(got, titles);
}

QTEST_GUILESS_MAIN(tst_PolicyDocument)
#include "tst_policydocument.moc"
