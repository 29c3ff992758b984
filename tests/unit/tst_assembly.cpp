#include "analysis/coverage.h"
#include "document/importer.h"
#include "library/assembly.h"
#include "library/updates.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw::library;

class tst_Assembly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assemble_data();
    void assemble();
    void answerErrors_data();
    void answerErrors();
    void updates_data();
    void updates();

private:
    QTemporaryDir m_dir;
    std::optional<Library> m_library;
};

namespace {

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

// A small library: a shared question, two retention variants, a clause with a list, a
// section that only some answers keep.
void writeFixture(const QString &root)
{
    write(root + u"/clauses/who.md"_s, uR"(---
id: controller.name
topic: controller
edition: 4
jurisdictions: [gdpr, ru152]
variables:
  company_name: string
  company_registration: string
---
::: en
{{company_name}} is responsible for your data.{{#if company_registration}} Registration: {{company_registration}}.{{/if}}
:::
::: ru
Оператор — {{company_name}}.{{#if company_registration}} Регистрационные данные: {{company_registration}}.{{/if}}
:::
)"_s);
    write(root + u"/clauses/keep-fixed.md"_s, uR"(---
id: retention.fixed
topic: retention
edition: 1
jurisdictions: [gdpr, ru152]
when: retention_mode == 'fixed'
variables:
  retention_years: integer
---
::: en
We keep data for {{plural retention_years year years}}.
:::
::: ru
Мы храним данные {{plural retention_years год года лет}}.
:::
)"_s);
    write(root + u"/clauses/keep-criteria.md"_s, uR"(---
id: retention.criteria
topic: retention
edition: 2
jurisdictions: [gdpr, ru152]
when: retention_mode == 'criteria'
---
::: en
We keep data only as long as its purpose requires.
:::
::: ru
Мы храним данные не дольше, чем этого требует цель обработки.
:::
)"_s);
    write(root + u"/clauses/cats.md"_s, uR"(---
id: data-collected.list
topic: data-collected
edition: 1
jurisdictions: [gdpr]
variables:
  data_categories: list
  effective_date: date
---
::: en
Since {{effective_date}} we collect:
{{#each data_categories}}
- {{this}}
{{/each}}
:::
::: ru
С {{effective_date}} мы собираем:
{{#each data_categories}}
- {{this}}
{{/each}}
:::
)"_s);
    write(root + u"/policies/questions.yaml"_s, uR"(questions:
  - id: company_name
    type: string
    translatable: true
    prompt: {en: Company name, ru: Наименование оператора}
)"_s);
    write(root + u"/policies/small.yaml"_s, uR"(id: small
profile: gdpr
title: {en: Privacy Policy, ru: Политика конфиденциальности}
questions:
  - company_name
  - {id: company_registration, type: string, required: false, prompt: {en: Registration, ru: Регистрация}}
  - {id: effective_date, type: date, prompt: {en: Effective date, ru: Дата}}
  - id: retention_mode
    type: choice
    choices: [fixed, criteria]
    default: criteria
  - {id: retention_years, type: integer, min: 1, max: 75, when: "retention_mode == 'fixed'"}
  - {id: collects, type: bool, default: true}
  - {id: data_categories, type: list, when: collects}
sections:
  - heading: {en: Who we are, ru: Кто мы}
    clauses: [controller.name]
  - heading: {en: What we collect, ru: Какие данные мы собираем}
    clauses: [data-collected.list]
    when: collects
  - heading: {en: Retention, ru: Сроки хранения}
    clauses: [retention.fixed, retention.criteria]
)"_s);
}

} // namespace

void tst_Assembly::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeFixture(m_dir.path());
    m_library = Library::load({m_dir.path()});
    for (const Diagnostic &d : m_library->diagnostics())
        QFAIL(qPrintable(d.toString()));
    QVERIFY(m_library->findTemplate(u"small"_s));
}

void tst_Assembly::assemble_data()
{
    QTest::addColumn<QJsonObject>("answers");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: every section, the criteria variant by default")
        << json(R"({"company_name": "Acme Ltd", "effective_date": "2026-01-15", "data_categories": ["name", "e-mail"]})") << u"en"_s
        << uR"(# Privacy Policy

Effective date: 15 January 2026

## Contents

1. Who we are
2. What we collect
3. Retention

## 1. Who we are

<!-- clause controller.name@4 -->
Acme Ltd is responsible for your data.

## 2. What we collect

<!-- clause data-collected.list@1 -->
Since 15 January 2026 we collect:
- name
- e-mail

## 3. Retention

<!-- clause retention.criteria@2 -->
We keep data only as long as its purpose requires.
)"_s;
    QTest::newRow("Cyrillic: Russian, a section left out, the other variant, an optional answer")
        << json(R"({"template": "small", "company_name": {"en": "Acme Ltd", "ru": "ООО «Акме»"}, "company_registration": "ОГРН 1234567890123",
                    "effective_date": "2026-03-01", "collects": false, "retention_mode": "fixed", "retention_years": 3})")
        << u"ru"_s
        << uR"(# Политика конфиденциальности

Дата вступления в силу: 1 марта 2026 г.

## Содержание

1. Кто мы
2. Сроки хранения

## 1. Кто мы

<!-- clause controller.name@4 -->
Оператор — ООО «Акме». Регистрационные данные: ОГРН 1234567890123.

## 2. Сроки хранения

<!-- clause retention.fixed@1 -->
Мы храним данные 3 года.
)"_s;
    QTest::newRow("robustness: an answer to a question whose condition fails is ignored")
        << json(R"({"company_name": "A", "effective_date": "2026-01-15", "collects": false, "data_categories": "not even a list"})")
        << u"en"_s << QString();
}

void tst_Assembly::assemble()
{
    QFETCH(QJsonObject, answers);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const auto text = cw::library::assemble(*m_library, *m_library->findTemplate(u"small"_s), answers, language);
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
    if (!expected.isEmpty())
        QCOMPARE(*text, expected);
    // What is assembled imports with its markers and sections.
    cw::doc::ImportOptions options;
    options.fileName = u"policy.md"_s;
    const auto document = cw::doc::ImporterRegistry::withBuiltins().importBytes(text->toUtf8(), options);
    QVERIFY(document.ok());
    QVERIFY(!document->clauseMarkers.empty());
    QCOMPARE(document->clauseMarkers.front().id, u"controller.name"_s);
    QCOMPARE(document->clauseMarkers.front().edition, 4);
}

void tst_Assembly::answerErrors_data()
{
    QTest::addColumn<QJsonObject>("answers");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("a required answer missing") << json(R"({"effective_date": "2026-01-15", "data_categories": ["x"]})") << u"en"_s
                                               << QStringList{u"question “company_name” (Company name): not answered"_s};
    QTest::newRow("a dependent answer missing") << json(R"({"company_name": "A", "effective_date": "2026-01-15", "retention_mode": "fixed", "collects": false})")
                                                << u"en"_s << QStringList{u"“retention_years”: not answered"_s};
    QTest::newRow("wrong types and values") << json(R"({"company_name": "A", "effective_date": "15.01.2026", "retention_mode": "forever", "collects": "yes"})")
                                            << u"en"_s
                                            << QStringList{u"“effective_date”"_s, u"YYYY-MM-DD"_s, u"“forever” is not one of the choices"_s,
                                                           u"true or false"_s};
    QTest::newRow("out of range") << json(R"({"company_name": "A", "effective_date": "2026-01-15", "retention_mode": "fixed", "retention_years": 200, "collects": false})")
                                  << u"en"_s << QStringList{u"200 is outside 1–75"_s};
    QTest::newRow("an answer to no question") << json(R"({"company_name": "A", "effective_date": "2026-01-15", "collects": false, "company_nmae": "typo"})")
                                              << u"en"_s << QStringList{u"“company_nmae” answers no question"_s};
    QTest::newRow("Cyrillic: the Russian text of a translatable answer missing")
        << json(R"({"company_name": {"en": "Acme Ltd"}, "effective_date": "2026-01-15", "collects": false})") << u"ru"_s
        << QStringList{u"the ru text is missing"_s};
    QTest::newRow("a translatable answer where one text is asked") << json(R"({"company_name": "A", "company_registration": {"en": "1", "ru": "1"}, "effective_date": "2026-01-15", "collects": false})")
                                                                   << u"en"_s << QStringList{u"one text is expected"_s};
}

void tst_Assembly::answerErrors()
{
    QFETCH(QJsonObject, answers);
    QFETCH(QString, language);
    QFETCH(QStringList, mentions);
    const auto text = cw::library::assemble(*m_library, *m_library->findTemplate(u"small"_s), answers, language);
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, u"answers"_s);
    for (const QString &m : mentions)
        QVERIFY2(text.error().message.contains(m), qPrintable(text.error().message));
}

// A policy assembled from the library, then a newer edition of one clause: the update is
// found, shown with both texts, and applying it gives what assembling with the new library
// gives.
void tst_Assembly::updates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("newBody");
    QTest::addColumn<QString>("expectedNew");

    QTest::newRow("nominal: English") << u"en"_s << u"We keep data for {{plural retention_years year years}}, then delete it."_s
                                      << u"We keep data for 3 years, then delete it."_s;
    QTest::newRow("Cyrillic: Russian") << u"ru"_s << u"Мы храним данные {{plural retention_years год года лет}}, затем уничтожаем их."_s
                                       << u"Мы храним данные 3 года, затем уничтожаем их."_s;
}

void tst_Assembly::updates()
{
    QFETCH(QString, language);
    QFETCH(QString, newBody);
    QFETCH(QString, expectedNew);
    const QJsonObject answers = json(R"({"company_name": {"en": "Acme Ltd", "ru": "ООО «Акме»"}, "effective_date": "2026-01-15",
                                         "retention_mode": "fixed", "retention_years": 3, "data_categories": ["name"]})");
    const PolicyTemplate &policy = *m_library->findTemplate(u"small"_s);
    const auto before = cw::library::assemble(*m_library, policy, answers, language);
    QVERIFY(before.ok());

    QTemporaryDir newer;
    const QString other = language == u"en"_s ? u"Мы храним данные {{plural retention_years год года лет}}."_s
                                              : u"We keep data for {{plural retention_years year years}}."_s;
    write(newer.filePath(u"fixed.md"_s), uR"(---
id: retention.fixed
topic: retention
edition: 2
jurisdictions: [gdpr, ru152]
when: retention_mode == 'fixed'
variables:
  retention_years: integer
---
::: )"_s + language + u"\n"_s + newBody + u"\n:::\n::: "_s + (language == u"en"_s ? u"ru"_s : u"en"_s) + u"\n"_s + other + u"\n:::\n"_s);
    const Library updated = Library::load({m_dir.path(), newer.path()});
    QCOMPARE(updated.clause(u"retention.fixed"_s)->edition, 2);

    cw::doc::ImportOptions options;
    options.fileName = u"policy.md"_s;
    const auto document = cw::doc::ImporterRegistry::withBuiltins().importBytes(before->toUtf8(), options);
    QVERIFY(document.ok());
    const auto found = cw::library::findUpdates(*document, updated, &policy, answers, language);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QCOMPARE(found->size(), size_t(1));
    const cw::library::ClauseUpdate &u = found->front();
    QCOMPARE(u.id, u"retention.fixed"_s);
    QCOMPARE(u.editionInText, 1);
    QCOMPARE(u.editionInLibrary, 2);
    QVERIFY(u.currentText.startsWith(language == u"en"_s ? u"We keep data for 3 years."_s : u"Мы храним данные 3 года."_s));
    QCOMPARE(u.libraryText, expectedNew);

    const auto after = cw::library::assemble(updated, policy, answers, language);
    QVERIFY(after.ok());
    QCOMPARE(cw::library::applyUpdates(document->text, *found), *after);
    // Nothing left to update, and the library's own policy has nothing to update.
    const auto again = cw::doc::ImporterRegistry::withBuiltins().importBytes(after->toUtf8(), options);
    QVERIFY(again.ok());
    QVERIFY(cw::library::findUpdates(*again, updated, &policy, answers, language)->empty());
    // An update that needs an answer the project lacks says which.
    QJsonObject without = answers;
    without.remove(u"retention_years"_s);
    without.insert(u"retention_mode"_s, u"fixed"_s);
    const auto missing = cw::library::findUpdates(*document, updated, nullptr, without, language);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"retention_years"_s), qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(tst_Assembly)
#include "tst_assembly.moc"
