#include "document/markdownhtml.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_MarkdownHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void inlineText_data();
    void inlineText();
};

void tst_MarkdownHtml::render_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("nominal: heading and emphasis") << u"## Data\n\nWe **keep** it."_s
                                                   << QStringList{u"<h2>Data</h2>"_s, u"<strong>keep</strong>"_s} << QStringList{};
    QTest::newRow("GFM: a table") << u"| a | b |\n|---|---|\n| 1 | 2 |\n"_s << QStringList{u"<table>"_s, u"<td>2</td>"_s} << QStringList{};
    QTest::newRow("GFM: strikethrough and autolink") << u"~~old~~ see https://example.org"_s
                                                     << QStringList{u"<del>old</del>"_s, u"href=\"https://example.org\""_s} << QStringList{};
    QTest::newRow("Cyrillic: text kept, quotes kept") << u"# Политика\n\nОператор — ООО «Акме»."_s
                                                      << QStringList{u"<h1>Политика</h1>"_s, u"ООО «Акме»"_s} << QStringList{};
    QTest::newRow("safe: clause markers and raw HTML left out")
        << u"<!-- clause retention.criteria@2 -->\nText.\n\n<script>alert(1)</script>\n\n<img src=\"http://x/y.png\">"_s
        << QStringList{u"Text."_s} << QStringList{u"clause retention"_s, u"<script"_s, u"<img"_s};
    QTest::newRow("safe: script links dropped") << u"[click](javascript:alert(1)) [ok](https://example.org)"_s
                                                << QStringList{u"href=\"https://example.org\""_s} << QStringList{u"javascript:"_s};
}

void tst_MarkdownHtml::render()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const QString html = cw::doc::markdownToHtml(markdown);
    for (const QString &c : contains)
        QVERIFY2(html.contains(c), qPrintable(html));
    for (const QString &a : absent)
        QVERIFY2(!html.contains(a), qPrintable(html));
}

void tst_MarkdownHtml::inlineText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("nominal: emphasis and code") << u"We **keep** _your_ `data`."_s << u"We keep your data."_s;
    QTest::newRow("a number is not a list") << u"1. Scope"_s << u"1. Scope"_s;
    QTest::newRow("a hash is not a heading") << u"# 5 and - 6"_s << u"# 5 and - 6"_s;
    QTest::newRow("emphasis at the start") << u"_Note:_ data is kept"_s << u"Note: data is kept"_s;
    QTest::newRow("inline HTML tags left out")
        << u"<span class=\"privacy-header-firefox\">Firefox</span> <span class=\"x\">Privacy Notice</span>"_s
        << u"Firefox Privacy Notice"_s;
    QTest::newRow("line break tag is a space") << u"first<br>second"_s << u"first second"_s;
    QTest::newRow("entities decoded") << u"Terms &amp; Conditions&#33;"_s << u"Terms & Conditions!"_s;
    QTest::newRow("escapes") << u"5 \\* 3 \\_x\\_"_s << u"5 * 3 _x_"_s;
    QTest::newRow("link: text and address") << u"see [our notice](https://example.org/privacy)"_s
                                            << u"see our notice (https://example.org/privacy)"_s;
    QTest::newRow("link: the address once") << u"<https://example.org> and a@example.org"_s
                                            << u"https://example.org and a@example.org"_s;
    QTest::newRow("a stray star stays") << u"5 * 3 = 15"_s << u"5 * 3 = 15"_s;
    QTest::newRow("Cyrillic: heading with tags and entity")
        << u"8. Порядок <b>сбора</b> персональных данных&nbsp;"_s << u"8. Порядок сбора персональных данных"_s;
    QTest::newRow("Cyrillic: link") << u"пишите [нам](mailto:dpo@example.ru)"_s << u"пишите нам (mailto:dpo@example.ru)"_s;
}

void tst_MarkdownHtml::inlineText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(cw::doc::markdownInlineText(markdown), text);
}

QTEST_GUILESS_MAIN(tst_MarkdownHtml)
#include "tst_markdownhtml.moc"
