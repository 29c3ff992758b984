#include "document/markdownhtml.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_MarkdownHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
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

QTEST_GUILESS_MAIN(tst_MarkdownHtml)
#include "tst_markdownhtml.moc"
