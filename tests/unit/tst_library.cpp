#include "analysis/taxonomy.h"
#include "library/library.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw::library;

class tst_Library : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseClause_data();
    void parseClause();
    void clauseErrors_data();
    void clauseErrors();
    void checkFindings_data();
    void checkFindings();
    void overrides();
    void search_data();
    void search();

private:
    std::optional<cw::analysis::Taxonomy> m_taxonomy;
    std::optional<cw::analysis::Profiles> m_profiles;
};

namespace {

const QString goodClause = uR"(---
id: retention.fixed-period
topic: retention
edition: 2
jurisdictions: [gdpr, ru152]
satisfies: [gdpr.13.2.a]
when: retention_mode == 'fixed'
variables:
  retention_years: integer
  purposes: {type: list, fields: {name: string, period: string}}
notes: For one period.
---
::: en
We keep data for {{retention_years}} years.
{{#each purposes}}
- {{name}}: {{period}}
{{/each}}
:::

::: ru
Мы храним данные {{retention_years}} лет.
{{#each purposes}}
- {{name}}: {{period}}
{{/each}}
:::
)"_s;

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

QString withLine(const QString &clause, const QString &from, const QString &to)
{
    QString out = clause;
    out.replace(from, to);
    return out;
}

} // namespace

void tst_Library::initTestCase()
{
    auto taxonomy = cw::analysis::Taxonomy::builtin();
    QVERIFY(taxonomy.ok());
    m_taxonomy = std::move(*taxonomy);
    auto profiles = cw::analysis::Profiles::builtin(*m_taxonomy);
    QVERIFY(profiles.ok());
    m_profiles = std::move(*profiles);
}

void tst_Library::parseClause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("edition");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("ruLine");

    QTest::newRow("nominal") << goodClause << u"retention.fixed-period"_s << 2
                             << QStringList{u"retention_years"_s, u"purposes"_s} << 20;
    QTest::newRow("CRLF and BOM") << QChar(0xFEFF) + withLine(goodClause, u"\n"_s, u"\r\n"_s) << u"retention.fixed-period"_s << 2
                                  << QStringList{u"retention_years"_s, u"purposes"_s} << 20;
    QTest::newRow("Cyrillic: notes in Russian") << withLine(goodClause, u"notes: For one period."_s, u"notes: Для единого срока."_s)
                                                << u"retention.fixed-period"_s << 2
                                                << QStringList{u"retention_years"_s, u"purposes"_s} << 20;
}

void tst_Library::parseClause()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(int, edition);
    QFETCH(QStringList, variables);
    QFETCH(int, ruLine);
    std::vector<Diagnostic> diagnostics;
    const auto c = cw::library::parseClause(text.toUtf8(), u"x.md"_s, diagnostics);
    QVERIFY(c);
    for (const Diagnostic &d : diagnostics)
        qWarning() << d.toString();
    QVERIFY(diagnostics.empty());
    QCOMPARE(c->id, id);
    QCOMPARE(c->edition, edition);
    QStringList names;
    for (const Variable &v : c->variables)
        names << v.name;
    QCOMPARE(names, variables);
    QCOMPARE(c->variable(u"purposes"_s)->fields.size(), size_t(2));
    QVERIFY(c->body(u"en"_s) && c->body(u"ru"_s));
    QCOMPARE(c->body(u"ru"_s)->line, ruLine);
    QVERIFY(c->body(u"ru"_s)->text.source().startsWith(u"Мы храним"_s));
    QCOMPARE(c->lineOf(u"when"_s), 7);
    const auto withHistory = cw::library::parseClause(
        withLine(goodClause, u"notes: For one period."_s,
                 u"notes: x\nhistory:\n  - {edition: 1, date: 2025-01-01, note: First}\n  - {edition: 2, date: 2026-01-01, note: Срок}"_s)
            .toUtf8(),
        u"x.md"_s, diagnostics);
    QVERIFY(diagnostics.empty());
    QCOMPARE(withHistory->history.size(), size_t(2));
    QCOMPARE(withHistory->history.front().edition, 2);
    QCOMPARE(withHistory->history.front().note, u"Срок"_s);
}

void tst_Library::clauseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no front matter") << u"::: en\nx\n:::\n"_s << 1 << u"front matter"_s;
    QTest::newRow("front matter not closed") << u"---\nid: a.b\n"_s << 1 << u"not closed"_s;
    QTest::newRow("bad YAML") << withLine(goodClause, u"jurisdictions: [gdpr, ru152]"_s, u"jurisdictions: [gdpr, ru152"_s) << 6
                              << u"front matter"_s;
    QTest::newRow("unknown field") << withLine(goodClause, u"notes:"_s, u"note:"_s) << 11 << u"unknown field “note”"_s;
    QTest::newRow("bad id") << withLine(goodClause, u"id: retention.fixed-period"_s, u"id: Retention Fixed"_s) << 2
                            << u"is not a clause id"_s;
    QTest::newRow("edition not a number") << withLine(goodClause, u"edition: 2"_s, u"edition: two"_s) << 4 << u"edition"_s;
    QTest::newRow("unknown type") << withLine(goodClause, u"retention_years: integer"_s, u"retention_years: number"_s) << 9
                                  << u"unknown type “number”"_s;
    QTest::newRow("bad condition") << withLine(goodClause, u"when: retention_mode == 'fixed'"_s, u"when: retention_mode =="_s) << 7
                                   << u"ends too early"_s;
    QTest::newRow("body not closed") << goodClause.left(goodClause.lastIndexOf(u":::"_s)) << 20 << u"not closed"_s;
    QTest::newRow("text outside blocks") << goodClause + u"stray\n"_s << 26 << u"outside"_s;
    QTest::newRow("Cyrillic: unknown body language") << withLine(goodClause, u"::: ru"_s, u"::: рус"_s) << 20
                                                     << u"unknown body language “рус”"_s;
    QTest::newRow("tag error gets its file line") << withLine(goodClause, u"Мы храним данные {{retention_years}}"_s,
                                                              u"Мы храним данные {{#if}}"_s)
                                                  << 21 << u"needs a condition"_s;
}

void tst_Library::clauseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    std::vector<Diagnostic> diagnostics;
    (void)cw::library::parseClause(text.toUtf8(), u"x.md"_s, diagnostics);
    QVERIFY(!diagnostics.empty());
    const Diagnostic &d = diagnostics.front();
    QVERIFY2(d.message.contains(mentions), qPrintable(d.toString()));
    QCOMPARE(d.line, line);
    QCOMPARE(d.file, u"x.md"_s);
}

void tst_Library::checkFindings_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown topic") << withLine(goodClause, u"topic: retention"_s, u"topic: retentoin"_s) << u"unknown topic “retentoin”"_s;
    QTest::newRow("unknown jurisdiction") << withLine(goodClause, u"[gdpr, ru152]"_s, u"[gdpr, eu]"_s) << u"unknown jurisdiction “eu”"_s;
    QTest::newRow("unknown requirement") << withLine(goodClause, u"[gdpr.13.2.a]"_s, u"[gdpr.13.2.z]"_s) << u"“gdpr.13.2.z” is no requirement"_s;
    QTest::newRow("used, not declared") << withLine(goodClause, u"We keep data for"_s, u"{{company_name}} keeps data for"_s)
                                        << u"“company_name” is used but not declared"_s;
    QTest::newRow("declared, not used") << withLine(goodClause, u"  retention_years: integer\n"_s,
                                                    u"  retention_years: integer\n  spare: string\n"_s)
                                        << u"“spare” is declared but not used"_s;
    QTest::newRow("yes/no printed") << withLine(withLine(goodClause, u"  retention_years: integer\n"_s,
                                                         u"  retention_years: integer\n  has_dpo: bool\n"_s),
                                                u"years.\n"_s, u"years {{has_dpo}}.\n"_s)
                                    << u"“has_dpo” is yes/no"_s;
    QTest::newRow("Cyrillic: plural of a text") << withLine(withLine(goodClause, u"  retention_years: integer\n"_s,
                                                                    u"  retention_years: integer\n  company_name: string\n"_s),
                                                           u"лет.\n"_s, u"лет, {{plural company_name год года лет}}.\n"_s)
                                                << u"“company_name” is not an integer"_s;
    QTest::newRow("Cyrillic: Russian body missing") << goodClause.left(goodClause.indexOf(u"::: ru"_s)) << u"no “::: ru” body"_s;
    QTest::newRow("id not under its topic") << withLine(goodClause, u"id: retention.fixed-period"_s, u"id: keep.fixed-period"_s)
                                            << u"should start with its topic"_s;
}

void tst_Library::checkFindings()
{
    QFETCH(QString, clause);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    write(dir.filePath(u"clauses/a.md"_s), clause);
    const Library lib = Library::load({dir.path()});
    const std::vector<Diagnostic> found = lib.check(*m_taxonomy, *m_profiles);
    QStringList messages;
    for (const Diagnostic &d : found)
        messages << d.toString();
    QVERIFY2(messages.filter(mentions).size() == 1, qPrintable(messages.join(u'\n')));
    // The good clause alone has nothing to report.
    QTemporaryDir clean;
    write(clean.filePath(u"clauses/a.md"_s), goodClause);
    QVERIFY(Library::load({clean.path()}).check(*m_taxonomy, *m_profiles).empty());
}

// A later library replaces clauses of an earlier one with a note; two clauses with one id
// in the same library are an error.
void tst_Library::overrides()
{
    QTemporaryDir team, user;
    write(team.filePath(u"clauses/a.md"_s), goodClause);
    write(user.filePath(u"mine/a.md"_s), withLine(goodClause, u"edition: 2"_s, u"edition: 5"_s));
    const Library lib = Library::load({team.path(), user.path()});
    QCOMPARE(lib.clauses().size(), size_t(1));
    QCOMPARE(lib.clause(u"retention.fixed-period"_s)->edition, 5);
    QCOMPARE(lib.diagnostics().size(), size_t(1));
    QCOMPARE(lib.diagnostics().front().severity, Diagnostic::Note);
    QVERIFY(lib.diagnostics().front().message.contains(u"replaces"_s));

    write(team.filePath(u"clauses/b.md"_s), goodClause);
    const Library twice = Library::load({team.path()});
    QCOMPARE(twice.diagnostics().size(), size_t(1));
    QCOMPARE(twice.diagnostics().front().severity, Diagnostic::Error);
    QVERIFY(twice.diagnostics().front().message.contains(u"also used by"_s));
}

void tst_Library::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");

    QTest::newRow("nominal: a word of the English text") << u"keep"_s << true;
    QTest::newRow("nominal: by stem") << u"keeping years"_s << true;
    QTest::newRow("nominal: by the id's parts") << u"fixed period"_s << true;
    QTest::newRow("nominal: by the topic") << u"retention"_s << true;
    QTest::newRow("typing: the start of a word") << u"reten"_s << true;
    QTest::newRow("Cyrillic: by stem") << u"хранение"_s << true;
    QTest::newRow("Cyrillic: upper case and ё") << u"ХРАНИМ ДАННЫЕ"_s << true;
    QTest::newRow("Cyrillic: a word it lacks") << u"уничтожение"_s << false;
    QTest::newRow("every word must be there") << u"keep cookies"_s << false;
    QTest::newRow("empty: everything") << u"  "_s << true;
}

void tst_Library::search()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    QTemporaryDir dir;
    write(dir.filePath(u"clauses/a.md"_s), goodClause);
    const Library lib = Library::load({dir.path()});
    QCOMPARE(lib.search(query).size(), size_t(found ? 1 : 0));
}

QTEST_GUILESS_MAIN(tst_Library)
#include "tst_library.moc"
