#include "analysis/lint.h"
#include "document/importer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

doc::PolicyDocument document(const QString &text, const QString &name = u"t.md"_s)
{
    const auto r = doc::ImporterRegistry::withBuiltins().importBytes(text.toUtf8(), {name, text::Language::Unknown});
    if (!r)
        qFatal("import failed: %s", qPrintable(r.error().message));
    return r.value();
}

// "kind:flagged text" for every issue.
QStringList findings(const QString &text, const QString &name = u"t.md"_s)
{
    const auto rules = analysis::LintRules::builtin();
    if (!rules)
        qFatal("no rules: %s", qPrintable(rules.error().message));
    const auto doc = document(text, name);
    QStringList out;
    for (const auto &i : analysis::lint(doc, *rules)) {
        if (i.detail.isEmpty())
            out << u"no detail"_s;
        out << i.kind + u':' + doc.textOf(i.range);
    }
    return out;
}

} // namespace

class tst_Lint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issues_data();
    void issues();
    void userRules();
    void badRules();
};

void tst_Lint::issues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Placeholders.
    QTest::newRow("nominal: moustache placeholder") << u"# P\n\n{{company}} is the controller.\n"_s
                                                    << QStringList{u"placeholder:{{company}}"_s};
    QTest::newRow("nominal: bracketed placeholder, Cyrillic") << u"# П\n\nОператор: [наименование компании].\n"_s
                                                              << QStringList{u"placeholder:[наименование компании]"_s};
    QTest::newRow("robustness: Markdown link text is not a placeholder")
        << u"# P\n\nSee our [websites and email][1] and [company blog](https://blog.example).\n"_s << QStringList{};

    // Mixed scripts.
    QTest::newRow("nominal: Cyrillic О in a Latin word") << u"# P\n\nОfflineCRM respects your privacy.\n"_s
                                                         << QStringList{u"mixed-script:ОfflineCRM"_s};
    QTest::newRow("nominal: Latin c in a Russian word") << u"# П\n\nНаш cервис хранит данные.\n"_s
                                                        << QStringList{u"mixed-script:cервис"_s};
    QTest::newRow("robustness: plain Russian and English are clean")
        << u"# Политика\n\nМы храним данные в CRM-системе Acme и не передаём их третьим лицам.\n"_s << QStringList{};

    // Mojibake.
    QTest::newRow("nominal: UTF-8 read as Windows-1252") << u"Privacy\n\nLetâ€™s go over the data.\n"_s
                                                         << QStringList{u"mojibake:â€™"_s};
    QTest::newRow("robustness: accented words are not mojibake")
        << u"# P\n\nThe café in Zürich and Zoë’s naïve résumé.\n"_s << QStringList{};

    // Empty contact.
    QTest::newRow("nominal: promise of an address with none") << u"# P\n\nPlease notify us immediately at. Thanks.\n"_s
                                                              << QStringList{u"empty-contact:notify us immediately at"_s};
    QTest::newRow("nominal: Cyrillic empty address") << u"# П\n\nНаправьте запрос по адресу.\n"_s
                                                     << QStringList{u"empty-contact:по адресу"_s};
    QTest::newRow("nominal: address hidden by a web page")
        << u"Privacy\n\nWrite to [email protected] with questions.\n"_s
        << QStringList{u"empty-contact:[email protected]"_s};
    QTest::newRow("robustness: address present, or given further on")
        << u"# P\n\nContact us at privacy@example.com.\n\nЗапрос направляется по адресу, указанному в разделе 9.\n"_s
        << QStringList{};

    // Empty date.
    QTest::newRow("nominal: Last updated with no date") << u"Privacy Policy\n\nHello there, all.\n\nLast updated\n"_s
                                                        << QStringList{u"empty-date:Last updated"_s};
    QTest::newRow("nominal: Cyrillic date label with no date")
        << u"# Политика\n\nДата последнего обновления: \n\nТекст.\n"_s
        << QStringList{u"empty-date:Дата последнего обновления"_s};
    QTest::newRow("robustness: dates present")
        << u"# P\n\nLast updated: Jan 24, 2022.\n\nEffective date:\n5 May 2023\n\nДата обновления: 24 января 2022 г.\n"_s
        << QStringList{};
    QTest::newRow("robustness: the same words in prose")
        << u"# P\n\nA new version is effective from the moment of publication, and we update the last updated date.\n"_s
        << QStringList{};
}

void tst_Lint::issues()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(findings(text), expected);
}

void tst_Lint::userRules()
{
    auto rules = analysis::LintRules::builtin();
    QVERIFY(rules.ok());
    const auto extra = analysis::LintRules::fromJson(R"({"placeholders": ["<<[^>]+>>"]})", u"mine.json"_s);
    QVERIFY2(extra.ok(), qPrintable(extra.ok() ? QString() : extra.error().message));
    rules->merge(*extra);
    const auto doc = document(u"# P\n\n<<Компания>> обрабатывает данные.\n"_s);
    const auto issues = analysis::lint(doc, *rules);
    QCOMPARE(issues.size(), size_t(1));
    QCOMPARE(doc.textOf(issues[0].range), u"<<Компания>>"_s);
}

void tst_Lint::badRules()
{
    const auto notJson = analysis::LintRules::fromJson("{oops", u"bad.json"_s);
    QVERIFY(!notJson.ok());
    QVERIFY(notJson.error().message.contains(u"bad.json"_s));
    const auto badPattern = analysis::LintRules::fromJson(R"({"placeholders": ["(unclosed"]})", u"bad2.json"_s);
    QVERIFY(!badPattern.ok());
    QVERIFY(badPattern.error().message.contains(u"(unclosed"_s));
}

QTEST_GUILESS_MAIN(tst_Lint)
#include "tst_lint.moc"
