// HtmlImporter: the text a reader sees (one line per block, a blank line between blocks,
// "- "/"N. " list markers, " | " between table cells), the page chrome it drops, and the
// section tree from h1-h6 or, without them, from plain-text structure recovery.

#include "document/htmlimporter.h"
#include "text/encoding.h"
#include "testutil.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using cw::doc::BlockKind;
using cw::doc::PolicyDocument;
using cw::doc::Section;
using cw::doc::TextRange;


using cwtest::outline;

namespace {


#define CW_IMPORT(doc, html, name)                                                                               \
    const auto doc = importHtml(html, name);                                                                     \
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().code + u": "_s + doc.error().message));          \
    CW_VERIFY_INVARIANTS(*doc)

cw::Result<PolicyDocument> importHtml(const QByteArray &html, const QString &fileName = u"page.html"_s)
{
    cw::doc::ImportOptions options;
    options.fileName = fileName;
    return cw::doc::HtmlImporter().import(html, options);
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line;
    return out;
}

QStringList blockTexts(const PolicyDocument &doc, BlockKind kind)
{
    QStringList out;
    for (const auto &b : doc.blocks)
        if (b.kind == kind)
            out << doc.textOf(b.range);
    return out;
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void identity();

    void headings_data();
    void headings();

    void chromeDropped_data();
    void chromeDropped();

    void entities_data();
    void entities();

    void textLayout_data();
    void textLayout();

    void lists_data();
    void lists();

    void tables_data();
    void tables();

    void preformatted_data();
    void preformatted();

    void fallbackStructure_data();
    void fallbackStructure();

    void encodings_data();
    void encodings();

    void malformed_data();
    void malformed();

    void headingInsideHeading_data();
    void headingInsideHeading();

    void pageTitleFallback_data();
    void pageTitleFallback();
    void xmlDocuments_data();
    void xmlDocuments();
};

void TestHtmlImporter::identity()
{
    const cw::doc::HtmlImporter importer;
    QCOMPARE(importer.format(), u"html"_s);
    QVERIFY(importer.suffixes().contains(u"html"_s));
    QVERIFY(importer.suffixes().contains(u"htm"_s));
    QVERIFY(importer.sniff("<!DOCTYPE html>\n<html>"));
    QVERIFY(importer.sniff("<HTML><BODY>"));
    QVERIFY(!importer.sniff("# A Markdown heading\n"));
    QVERIFY(!importer.sniff("Политика конфиденциальности\n"));
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::headings_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outline");

    QTest::newRow("nominal: lone h1 is the title, h2 and h3 nest")
        << "<h1>Privacy at Lumen</h1><p>Intro.</p><h2>Data</h2><p>We keep little.</p><h3>Logs</h3>"
           "<p>Kept a week.</p><h2>Rights</h2><p>Ask us.</p>"_ba
        << u"Privacy at Lumen"_s << u"Data[Logs], Rights"_s;
    QTest::newRow("nominal: h1 to h6")
        << "<h1>T</h1><h2>Two</h2><p>.</p><h3>Three</h3><p>.</p><h4>Four</h4><p>.</p><h5>Five</h5><p>.</p>"
           "<h6>Six</h6><p>.</p>"_ba
        << u"T"_s << u"Two[Three[Four[Five[Six]]]]"_s;
    QTest::newRow("nominal: two h1s are sections, not a title")
        << "<h1>Part A</h1><p>a</p><h2>A.1</h2><p>a1</p><h1>Part B</h1><p>b</p>"_ba << QString()
        << u"Part A[A.1], Part B"_s;
    QTest::newRow("nominal: h1 after another heading is not the title")
        << "<h2>Intro</h2><p>x</p><h1>Main</h1><p>y</p>"_ba << QString() << u"Intro, Main"_s;
    QTest::newRow("nominal: a skipped level nests one level down")
        << "<h2>A</h2><p>.</p><h4>A, deeper</h4><p>.</p><h2>B</h2><p>.</p>"_ba << QString() << u"A[A, deeper], B"_s;
    QTest::newRow("nominal: Russian headings")
        << "<h1>Политика конфиденциальности</h1><p>Вводная часть.</p><h2>1. Общие положения</h2><p>Текст.</p>"
           "<h3>1.1. Термины</h3><p>Определения.</p><h2>2. Файлы cookie</h2><p>Один файл.</p>"_ba
        << u"Политика конфиденциальности"_s << u"1. Общие положения[1.1. Термины], 2. Файлы cookie"_s;
    QTest::newRow("robustness: inline markup inside a heading")
        << "<h2><b>Data</b> <em>we</em>\n  <a href=\"#k\">keep</a></h2><p>x</p>"_ba << QString() << u"Data we keep"_s;
    QTest::newRow("robustness: trailing colon and no-break spaces dropped from the title")
        << "<h2>&nbsp;Cookies:&nbsp;</h2><p>x</p><h2>Куки&nbsp;:</h2><p>y</p>"_ba << QString() << u"Cookies, Куки"_s;
    QTest::newRow("robustness: empty headings are no sections")
        << "<h2></h2><h2>   </h2><h3><img src=x.png></h3><h2>Real</h2><p>x</p>"_ba << QString() << u"Real"_s;
    QTest::newRow("robustness: headings deep inside article, section and div")
        << "<article><section><h2>A</h2><div><p>x</p></div></section><section><div><div><h2>B</h2></div></div>"
           "<p>y</p></section></article>"_ba
        << QString() << u"A, B"_s;
    QTest::newRow("robustness: headings in dropped chrome are no sections")
        << "<nav><h2>Menu</h2></nav><header><h1>Site</h1></header><h2>Body</h2><p>x</p><footer><h2>Links</h2>"
           "</footer><aside><h3>Ads</h3></aside>"_ba
        << QString() << u"Body"_s;
    QTest::newRow("robustness: upper-case tags") << "<H1>Title</H1><P>x</P><H2>Part</H2><P>y</P>"_ba << u"Title"_s
                                                 << u"Part"_s;
}

void TestHtmlImporter::headings()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, outline);

    CW_IMPORT(doc, html, u"page.html"_s);
    QCOMPARE(doc->title, title);
    QCOMPARE(::outline(doc->sections), outline);
    if (!title.isEmpty())
        QCOMPARE(doc->textOf(doc->titleRange), title);
    for (const Section *s : doc->flatSections()) {
        const QString heading = doc->textOf(s->heading).simplified();
        QVERIFY2(heading.startsWith(s->title), qPrintable(u"heading text “%1”, title “%2”"_s.arg(heading, s->title)));
        QVERIFY2(!heading.contains(u'\n'), qPrintable(heading));
    }
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::chromeDropped_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("knownBug");

    const QByteArray body = "<h2>Policy</h2><p>Body text stays.</p>";
    const QStringList stays{u"Policy"_s, u"Body text stays."_s};

    QTest::newRow("nominal: script") << body + "<script>var tracker = 'SCRIPT TEXT';</script>" << stays
                                     << QStringList{u"SCRIPT TEXT"_s, u"tracker"_s} << QString();
    QTest::newRow("nominal: style") << "<style>p { color: STYLETEXT; }</style>" + body << stays
                                    << QStringList{u"STYLETEXT"_s, u"color"_s} << QString();
    QTest::newRow("nominal: nav") << "<nav><a href=/>Home</a> <a href=/a>About</a></nav>" + body << stays
                                  << QStringList{u"Home"_s, u"About"_s} << QString();
    QTest::newRow("nominal: header and footer") << "<header>Site banner</header>" + body + "<footer>Copyright line</footer>"
                                                << stays << QStringList{u"Site banner"_s, u"Copyright line"_s}
                                                << QString();
    QTest::newRow("nominal: aside") << body + "<aside>Related articles</aside>" << stays
                                    << QStringList{u"Related articles"_s} << QString();
    QTest::newRow("nominal: form") << body + "<form><label>Your e-mail</label><input><button>Subscribe</button></form>"
                                   << stays << QStringList{u"Your e-mail"_s, u"Subscribe"_s} << QString();
    QTest::newRow("nominal: noscript and template")
        << body + "<noscript>Enable JavaScript</noscript><template><p>Template row</p></template>" << stays
        << QStringList{u"Enable JavaScript"_s, u"Template row"_s} << QString();
    QTest::newRow("nominal: ARIA roles navigation, banner, contentinfo, search")
        << "<div role=\"navigation\">Menu links</div><div role=\"banner\">Big banner</div>" + body
               + "<div role=\"contentinfo\">Site info</div><div role=\"Search\">Find here</div>"
        << stays << QStringList{u"Menu links"_s, u"Big banner"_s, u"Site info"_s, u"Find here"_s} << QString();
    QTest::newRow("nominal: aria-hidden and hidden=hidden")
        << body + "<span aria-hidden=\"true\">Icon label</span><div hidden=\"hidden\">Old version</div>" << stays
        << QStringList{u"Icon label"_s, u"Old version"_s} << QString();
    QTest::newRow("nominal: head and its title are not body text")
        << "<html><head><title>Window title</title><meta name=description content=\"Meta text\"></head><body>" + body
               + "</body></html>"
        << stays << QStringList{u"Window title"_s, u"Meta text"_s} << QString();
    QTest::newRow("nominal: Russian page chrome")
        << "<nav>Главная | О компании</nav><header>Шапка сайта</header><h2>Политика</h2><p>Основной текст.</p>"
           "<aside>Похожие статьи</aside><footer>Все права защищены</footer><script>var имя = 'Скрипт';</script>"_ba
        << QStringList{u"Политика"_s, u"Основной текст."_s}
        << QStringList{u"Главная"_s, u"Шапка"_s, u"Похожие"_s, u"права защищены"_s, u"Скрипт"_s} << QString();
    QTest::newRow("robustness: boolean hidden attribute without a value")
        << body + "<div hidden>Скрытая старая редакция</div>" << stays << QStringList{u"Скрытая старая редакция"_s}
        << QString();
    QTest::newRow("robustness: script with markup-looking strings")
        << body + "<script>document.write('<p>Injected paragraph</p>');</script>" << stays
        << QStringList{u"Injected paragraph"_s} << QString();
}

void TestHtmlImporter::chromeDropped()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(QString, knownBug);

    CW_IMPORT(doc, html, u"chrome.html"_s);
    for (const QString &p : present)
        QVERIFY2(doc->text.contains(p), qPrintable(u"“%1” is missing from: %2"_s.arg(p, doc->text)));
    QString leaked;
    for (const QString &a : absent)
        if (doc->text.contains(a))
            leaked += u" “"_s + a + u'”';
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QVERIFY2(leaked.isEmpty(), qPrintable(u"leaked into the text:"_s + leaked));
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::entities_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected"); // the whole text

    QTest::newRow("nominal: &amp;") << "<p>Smith &amp; Sons</p>"_ba << u"Smith & Sons"_s;
    QTest::newRow("nominal: &nbsp; stays a no-break space") << "<p>30&nbsp;days</p>"_ba << u"30\u00A0days"_s;
    QTest::newRow("nominal: &laquo; &raquo; around Russian") << "<p>ООО &laquo;Ромашка&raquo;</p>"_ba
                                                            << u"ООО «Ромашка»"_s;
    QTest::newRow("nominal: decimal and hex references") << "<p>We&#8217;re here &#x2014; always</p>"_ba
                                                         << u"We’re here — always"_s;
    QTest::newRow("nominal: Cyrillic by reference") << "<p>&#1055;&#1088;&#1080;&#x432;&#x435;&#x442;</p>"_ba
                                                   << u"Привет"_s;
    QTest::newRow("nominal: &lt; and &gt; are text, not markup") << "<p>&lt;b&gt;not bold&lt;/b&gt; &copy;</p>"_ba
                                                                 << u"<b>not bold</b> ©"_s;
    QTest::newRow("nominal: entities in a heading title") << "<h2>Terms &amp; Conditions</h2><p>x</p>"_ba
                                                          << u"Terms & Conditions\n\nx"_s;
    QTest::newRow("robustness: unknown entity and bare ampersand kept") << "<p>A &bogus; B & C</p>"_ba
                                                                        << u"A &bogus; B & C"_s;
}

void TestHtmlImporter::entities()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);

    CW_IMPORT(doc, html, u"entities.html"_s);
    QCOMPARE(doc->text, expected);
}

// ---------------------------------------------------------------------------------------

// The exact text: one line per block, a blank line between blocks, none between list items
// or table rows, and whitespace of the source folded.
void TestHtmlImporter::textLayout_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: paragraphs") << "<p>One.</p>\n\n<p>Two.</p><div>Three.</div>"_ba
                                         << u"One.\n\nTwo.\n\nThree."_s;
    QTest::newRow("nominal: heading, paragraph, list, paragraph")
        << "<h2>Data</h2><p>We keep:</p><ul><li>name</li><li>e-mail</li></ul><p>Nothing else.</p>"_ba
        << u"Data\n\nWe keep:\n\n- name\n- e-mail\n\nNothing else."_s;
    QTest::newRow("nominal: Russian paragraphs and list")
        << "<h2>Данные</h2><p>Мы храним:</p><ol><li>имя;</li><li>адрес.</li></ol>"_ba
        << u"Данные\n\nМы храним:\n\n1. имя;\n2. адрес."_s;
    QTest::newRow("nominal: line breaks") << "<p>Line one<br>Line two<br/>Line three</p>"_ba
                                          << u"Line one\nLine two\nLine three"_s;
    QTest::newRow("nominal: line breaks, Russian address") << "<address>Москва,<br>ул. Тверская, 1<br></address>"_ba
                                                           << u"Москва,\nул. Тверская, 1"_s;
    QTest::newRow("robustness: source whitespace folded")
        << "<p>\n   We   keep\n\tyour\r\n data   </p>\n\n\n<p>  again </p>"_ba << u"We keep your data\n\nagain"_s;
    QTest::newRow("robustness: inline elements do not break lines")
        << "<p>Read <a href=\"/t\">the <b>terms</b></a> and <span>the <i>notice</i></span>.</p>"_ba
        << u"Read the terms and the notice."_s;
    QTest::newRow("robustness: text directly in body") << "Loose text<p>Para</p>trailing"_ba
                                                       << u"Loose text\n\nPara\n\ntrailing"_s;
}

void TestHtmlImporter::textLayout()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);

    CW_IMPORT(doc, html, u"layout.html"_s);
    QCOMPARE(doc->text, expected);
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::lists_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("lines");  // the non-blank lines of the text
    QTest::addColumn<QStringList>("items");  // the ListItem blocks' text
    QTest::addColumn<QList<int>>("depths"); // the ListItem blocks' nesting
    QTest::addColumn<QString>("knownBug");

    QTest::newRow("nominal: unordered") << "<h2>L</h2><ul><li>Name</li><li>E-mail</li></ul>"_ba
                                        << QStringList{u"L"_s, u"- Name"_s, u"- E-mail"_s}
                                        << QStringList{u"Name"_s, u"E-mail"_s} << QList<int>{1, 1} << QString();
    QTest::newRow("nominal: ordered") << "<h2>L</h2><ol><li>Collect</li><li>Use</li><li>Delete</li></ol>"_ba
                                      << QStringList{u"L"_s, u"1. Collect"_s, u"2. Use"_s, u"3. Delete"_s}
                                      << QStringList{u"Collect"_s, u"Use"_s, u"Delete"_s} << QList<int>{1, 1, 1} << QString();
    QTest::newRow("nominal: ordered from start=5") << "<h2>L</h2><ol start=\"5\"><li>Fifth</li><li>Sixth</li></ol>"_ba
                                                   << QStringList{u"L"_s, u"5. Fifth"_s, u"6. Sixth"_s}
                                                   << QStringList{u"Fifth"_s, u"Sixth"_s} << QList<int>{1, 1} << QString();
    QTest::newRow("nominal: nested")
        << "<h2>L</h2><ul><li>Account<ul><li>name</li><li>e-mail</li></ul></li><li>Orders</li></ul>"_ba
        << QStringList{u"L"_s, u"- Account"_s, u"  - name"_s, u"  - e-mail"_s, u"- Orders"_s}
        << QStringList{u"Account"_s, u"name"_s, u"e-mail"_s, u"Orders"_s} << QList<int>{1, 2, 2, 1} << QString();
    QTest::newRow("nominal: Russian, ordered inside unordered")
        << "<h2>Права</h2><ul><li>Доступ<ol><li>запрос;</li><li>ответ.</li></ol></li><li>Удаление</li></ul>"_ba
        << QStringList{u"Права"_s, u"- Доступ"_s, u"  1. запрос;"_s, u"  2. ответ."_s, u"- Удаление"_s}
        << QStringList{u"Доступ"_s, u"запрос;"_s, u"ответ."_s, u"Удаление"_s} << QList<int>{1, 2, 2, 1} << QString();
    QTest::newRow("robustness: whitespace inside items")
        << "<h2>L</h2><ul>\n  <li>\n   Your\n   name\n  </li>\n  <li>\tYour   address </li>\n</ul>"_ba
        << QStringList{u"L"_s, u"- Your name"_s, u"- Your address"_s}
        << QStringList{u"Your name"_s, u"Your address"_s} << QList<int>{1, 1} << QString();
    QTest::newRow("robustness: a paragraph inside an item, Russian")
        << "<h2>Права</h2><ul><li><p>Доступ к данным</p></li><li><p>Удаление данных</p></li></ul>"_ba
        << QStringList{u"Права"_s, u"- Доступ к данным"_s, u"- Удаление данных"_s}
        << QStringList{u"Доступ к данным"_s, u"Удаление данных"_s} << QList<int>{1, 1}
        << QString();
    QTest::newRow("robustness: unclosed items") << "<h2>L</h2><ul><li>One<li>Two<li>Три</ul>"_ba
                                                << QStringList{u"L"_s, u"- One"_s, u"- Two"_s, u"- Три"_s}
                                                << QStringList{u"One"_s, u"Two"_s, u"Три"_s} << QList<int>{1, 1, 1} << QString();
}

void TestHtmlImporter::lists()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, items);
    QFETCH(QList<int>, depths);
    QFETCH(QString, knownBug);

    CW_IMPORT(doc, html, u"lists.html"_s);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    QCOMPARE(nonEmptyLines(doc->text), lines);
    QCOMPARE(blockTexts(*doc, BlockKind::ListItem), items);
    QList<int> actualDepths;
    for (const auto &b : doc->blocks)
        if (b.kind == BlockKind::ListItem)
            actualDepths << b.level;
    QCOMPARE(actualDepths, depths);
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::tables_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("table"); // the text of the Table block
    QTest::addColumn<QString>("knownBug");

    QTest::newRow("nominal: header row and body row")
        << "<h2>Retention</h2><table>\n<tr>\n <th>Data</th>\n <th>Period</th>\n</tr>\n<tr>\n <td>Logs</td>\n"
           " <td>30 days</td>\n</tr>\n</table>"_ba
        << u"Data | Period\nLogs | 30 days"_s << QString();
    QTest::newRow("nominal: thead and tbody") << "<h2>R</h2><table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead>"
                                                 "<tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>"_ba
                                              << u"A | B | C\n1 | 2 | 3"_s
                                              << QString();
    QTest::newRow("nominal: Russian table")
        << "<h2>Сроки</h2><table><tr><th>Сведения</th><th>Срок</th></tr><tr><td>Заказы</td><td>6 лет</td></tr>"
           "<tr><td>Журналы</td><td>30&nbsp;дней</td></tr></table>"_ba
        << u"Сведения | Срок\nЗаказы | 6 лет\nЖурналы | 30\u00A0дней"_s << QString();
    QTest::newRow("robustness: markup inside cells")
        << "<h2>R</h2><table><tr><td><b>Name</b> and <i>e-mail</i></td><td><a href=#>link</a></td></tr></table>"_ba
        << u"Name and e-mail | link"_s << QString();
}

void TestHtmlImporter::tables()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, table);
    QFETCH(QString, knownBug);

    CW_IMPORT(doc, html, u"tables.html"_s);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    QCOMPARE(blockTexts(*doc, BlockKind::Table), QStringList{table});
    QVERIFY(doc->text.endsWith(table));
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::preformatted_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("code"); // the Code block's text, whitespace as written

    QTest::newRow("nominal: indentation and runs of spaces kept")
        << "<h2>Example</h2><pre>cookie   = session\n    expires = 7d</pre><p>After.</p>"_ba
        << u"cookie   = session\n    expires = 7d"_s;
    QTest::newRow("nominal: Russian, with markup inside")
        << "<h2>Пример</h2><pre><code>имя:    Иван\n  адрес: <b>Москва</b></code></pre>"_ba
        << u"имя:    Иван\n  адрес: Москва"_s;
}

void TestHtmlImporter::preformatted()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, code);

    CW_IMPORT(doc, html, u"pre.html"_s);
    QCOMPARE(blockTexts(*doc, BlockKind::Code), QStringList{code});
    QVERIFY(doc->text.contains(code));
}

// ---------------------------------------------------------------------------------------

// Pages that style headings as bold paragraphs: plain-text recovery still finds them.
void TestHtmlImporter::fallbackStructure_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("sections"); // all section titles, depth-first

    QTest::newRow("nominal: numbered bold paragraphs")
        << "<p><b>1. Information we collect</b></p><p>We collect your name and e-mail address when you order.</p>"
           "<p><b>2. How we use it</b></p><p>To send your order and a receipt.</p>"
           "<p><b>3. Your rights</b></p><p>You may ask for a copy of your data.</p>"_ba
        << QStringList{u"1. Information we collect"_s, u"2. How we use it"_s, u"3. Your rights"_s};
    QTest::newRow("nominal: Russian numbered strong paragraphs")
        << "<div><p><strong>1. Какие данные мы собираем</strong></p><p>Имя и адрес электронной почты при оформлении "
           "заказа.</p><p><strong>2. Как мы их используем</strong></p><p>Чтобы доставить заказ и отправить чек.</p>"
           "</div>"_ba
        << QStringList{u"1. Какие данные мы собираем"_s, u"2. Как мы их используем"_s};
    QTest::newRow("nominal: capitals in divs")
        << "<p><b>Privacy notice</b></p><p>This notice explains what the shop learns about you and what it does "
           "with it.</p><div><b>INFORMATION WE COLLECT</b></div><div>We collect your name and address when you place an order "
           "with us.</div><div><b>SHARING</b></div><div>We share your address with the courier who delivers your "
           "parcel.</div>"_ba
        << QStringList{u"INFORMATION WE COLLECT"_s, u"SHARING"_s};
}

void TestHtmlImporter::fallbackStructure()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, sections);

    CW_IMPORT(doc, html, u"bold.html"_s);
    QStringList actual;
    for (const Section *s : doc->flatSections())
        actual << s->title;
    QCOMPARE(actual, sections);
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QString>("mustContain");

    const QString fixture = QFINDTESTDATA("../data/importer/policy_ru_cp1251.html");
    QTest::newRow("nominal: windows-1251 page with <meta charset=windows-1251>")
        << cwtest::readAll(fixture) << u"windows-1251"_s << u"ru"_s
        << QStringList{u"Какие сведения мы получаем"_s, u"Как долго мы их храним"_s}
        << u"Мы продаём чай и посуду"_s;

    const QString ru = u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%1\"></head>"
                       "<body><h2>Кто мы</h2><p>Небольшая пекарня, которая принимает заказы через сайт и хранит "
                       "только имя и телефон покупателя.</p><h2>Ваши права</h2><p>Вы можете попросить удалить "
                       "сведения о себе в любое время.</p></body></html>"_s;
    QTest::newRow("nominal: windows-1251 page with http-equiv")
        << cw::text::encode(ru.arg(u"windows-1251"_s), u"windows-1251"_s) << u"windows-1251"_s << u"ru"_s
        << QStringList{u"Кто мы"_s, u"Ваши права"_s} << u"Небольшая пекарня"_s;
    QTest::newRow("nominal: KOI8-R page") << cw::text::encode(ru.arg(u"koi8-r"_s), u"KOI8-R"_s) << u"KOI8-R"_s
                                          << u"ru"_s << QStringList{u"Кто мы"_s, u"Ваши права"_s}
                                          << u"Небольшая пекарня"_s;
    QTest::newRow("robustness: UTF-8 page whose meta claims windows-1251")
        << ru.arg(u"windows-1251"_s).toUtf8() << u"UTF-8"_s << u"ru"_s << QStringList{u"Кто мы"_s, u"Ваши права"_s}
        << u"Небольшая пекарня"_s;
    QTest::newRow("nominal: windows-1252 English page")
        << cw::text::encode(u"<meta charset=\"windows-1252\"><h2>Caf\u00E9 \u201CLe Quai\u201D</h2><p>We keep "
                            "your booking for a year \u2013 no longer.</p>"_s,
                            u"windows-1252"_s)
        << u"windows-1252"_s << u"en"_s << QStringList{u"Café “Le Quai”"_s} << u"a year – no longer"_s;
}

void TestHtmlImporter::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, language);
    QFETCH(QStringList, sections);
    QFETCH(QString, mustContain);

    QVERIFY(!bytes.isEmpty());
    CW_IMPORT(doc, bytes, u"encoded.html"_s);
    QCOMPARE(doc->encoding, encoding);
    QCOMPARE(cw::text::languageCode(doc->language), language);
    QStringList actual;
    for (const Section *s : doc->flatSections())
        actual << s->title;
    QCOMPARE(actual, sections);
    QVERIFY2(doc->text.contains(mustContain), qPrintable(doc->text));
    QVERIFY2(cw::text::findMojibake(doc->text).isEmpty(), qPrintable(doc->text));
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("words"); // each must be in the text

    QTest::newRow("robustness: unclosed inline and block tags")
        << "<p>Unclosed <b>bold <i>italic<p>Next para<div>no close <h2>Title<p>body"_ba
        << QStringList{u"Unclosed bold italic"_s, u"Next para"_s, u"no close"_s, u"Title"_s, u"body"_s};
    QTest::newRow("robustness: stray closing tags") << "</div></p><p>Kept</p></span></table></html></body>After"_ba
                                                    << QStringList{u"Kept"_s, u"After"_s};
    QTest::newRow("robustness: angle brackets in text") << "<p>a < b and c > d, <<>> and <3</p>"_ba
                                                        << QStringList{u"a"_s, u"and c > d"_s};
    QTest::newRow("robustness: unquoted and broken attributes")
        << "<p class=x id=y title=\"z\"data-a=1 data-b>Text after odd attributes</p><p =x>Second</p>"_ba
        << QStringList{u"Text after odd attributes"_s, u"Second"_s};
    QTest::newRow("robustness: unterminated comment swallows the rest, page before it kept")
        << "<h2>Before</h2><p>Visible.</p><!-- never closed <p>hidden"_ba << QStringList{u"Visible."_s};
    QTest::newRow("robustness: unclosed Russian headings and items")
        << "<h1>Политика<h2>Первый раздел<p>Текст без закрытия<li>пункт<h2>Второй раздел<p>Ещё текст"_ba
        << QStringList{u"Политика"_s, u"Первый раздел"_s, u"Текст без закрытия"_s, u"пункт"_s, u"Второй раздел"_s,
                       u"Ещё текст"_s};
    QTest::newRow("robustness: table soup") << "<table><td>cell<tr>row<td>x</table><p>Tail"_ba
                                            << QStringList{u"cell"_s, u"Tail"_s};
    QTest::newRow("robustness: XHTML with a namespace and CDATA")
        << "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>XHTML body</p>"
           "<p><![CDATA[raw]]> done</p></body></html>"_ba
        << QStringList{u"XHTML body"_s, u"done"_s};
}

void TestHtmlImporter::malformed()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, words);

    CW_IMPORT(doc, html, u"malformed.html"_s);
    for (const QString &w : words)
        QVERIFY2(doc->text.contains(w), qPrintable(u"“%1” is missing from: %2"_s.arg(w, doc->text)));
}

// ---------------------------------------------------------------------------------------

// libxml2 keeps a heading that is written inside another heading. The outer heading's range
// then covers the inner one, so the child section starts inside its parent's heading.
void TestHtmlImporter::headingInsideHeading_data()
{
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("robustness: h3 inside h2") << "<h2>Outer <h3>Inner</h3> tail</h2><p>Body text.</p><h2>Next</h2>"_ba;
    QTest::newRow("robustness: unclosed h1 around h2s, Russian")
        << "<h1>Политика<h2>Первый раздел</h2><p>Текст.</p><h2>Второй</h2><p>Ещё.</p>"_ba;
}

void TestHtmlImporter::headingInsideHeading()
{
    QFETCH(QByteArray, html);

    CW_IMPORT(doc, html, u"nested.html"_s);
    QString overlap;
    for (const Section *s : doc->flatSections())
        for (const Section &c : s->children)
            if (c.range.start < s->heading.end)
                overlap = u"“%1” %2 starts inside the heading of “%3” %4"_s.arg(c.title, cwtest::describe(c.range), s->title,
                                                                                  cwtest::describe(s->heading));
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

// ---------------------------------------------------------------------------------------

void TestHtmlImporter::pageTitleFallback_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");

    QTest::newRow("nominal: <title> when two h1s leave no title")
        << "<html><head><title>Acme Privacy</title></head><body><h1>One</h1><p>x</p><h1>Two</h1><p>y</p></body></html>"_ba
        << u"Acme Privacy"_s;
    QTest::newRow("nominal: Russian <title> when the page has only h2s")
        << "<html><head><title>Политика «Ромашки»</title></head><body><h2>Раздел</h2><p>Текст.</p></body></html>"_ba
        << u"Политика «Ромашки»"_s;
}

void TestHtmlImporter::pageTitleFallback()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);

    CW_IMPORT(doc, html, u"titled.html"_s);
    QCOMPARE(doc->title, title);
}

// Generic XML (XmlImporter): headings from <title depth=…>, paragraphs, lists, sections; a
// malformed file still imports through the HTML parser.
void TestHtmlImporter::xmlDocuments_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("outline");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QStringList>("items");

    QTest::newRow("nominal: segments with titles at two depths")
        << "<?xml version='1.0' encoding='utf-8'?>\n<policy><paragraph>Intro text.</paragraph><segment>"
           "<title depth=\"1\">Data we collect</title><paragraph>Names.</paragraph><segment>"
           "<title depth=\"2\">Cookies</title><paragraph>Small files.</paragraph></segment></segment>"
           "<segment><title depth=\"1\">Your rights</title><list><item>Access.</item><item>Erasure.</item></list>"
           "</segment></policy>"_ba
        << u"Data we collect[Cookies], Your rights"_s << QStringList{u"Intro text."_s, u"Names."_s, u"Small files."_s}
        << QStringList{u"Access."_s, u"Erasure."_s};
    QTest::newRow("Cyrillic: headings without depth, level attribute")
        << "<?xml version=\"1.0\"?><doc><heading>Общие положения</heading><para>Текст политики.</para>"
           "<heading level=\"3\">Термины</heading><para>Определения.</para></doc>"_ba
        << u"Общие положения[Термины]"_s << QStringList{u"Текст политики."_s, u"Определения."_s} << QStringList{};
    QTest::newRow("robustness: malformed XML is read leniently")
        << "<?xml version='1.0'?><policy><segment><title depth=\"1\">Retention</title><paragraph>Kept & used a year."
           "</segment><title depth=\"1\">Rights</title><paragraph>Ask.</paragraph></policy>"_ba
        << u"Retention, Rights"_s << QStringList{u"Kept & used a year."_s, u"Ask."_s} << QStringList{};
}

void TestHtmlImporter::xmlDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, outline);
    QFETCH(QStringList, paragraphs);
    QFETCH(QStringList, items);
    const auto doc = cw::doc::ImporterRegistry::withBuiltins().importBytes(xml, {u"policy.xml"_s, {}});
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    CW_VERIFY_INVARIANTS(*doc);
    QCOMPARE(doc->format, u"xml"_s);
    QCOMPARE(::outline(doc->sections), outline);
    QCOMPARE(blockTexts(*doc, BlockKind::Paragraph), paragraphs);
    QCOMPARE(blockTexts(*doc, BlockKind::ListItem), items);
    QVERIFY(!doc->text.contains(u"<title"_s));
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
