#include "analysis/parity.h"
#include "analysis/taxonomy.h"
#include "document/importer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;
using analysis::En;
using analysis::ParityIssueKind;
using analysis::Ru;

namespace {

// A short policy written for this test in both languages, clean: every check should pass.
const QString english = uR"(# Privacy Policy

Effective date: January 24, 2022.

Acme Ltd explains here how we handle personal data.

## 1. Contact

Acme Ltd is the controller of your personal data. Write to privacy@acme.example or call +1 (555) 010-2030. Our website is https://acme.example/privacy.

## 2. Retention

We keep account data for 3 years after the account is closed. Backups are deleted within 30 days.

Invoices are kept for seven years, as Federal Law No. 402-FZ requires.

## 3. Your rights

You may ask for access to your data, its correction or its erasure. We answer within 30 days.

You may withdraw your consent at any time.

## 4. Transfers

We store data in the European Union and do not send it to other countries. More than 1,000 customers trust us with their data.
)"_s;

const QString russian = uR"(# Политика конфиденциальности

Дата вступления в силу: 24 января 2022 г.

ООО «Акме» объясняет здесь, как мы обрабатываем персональные данные.

## 1. Контакты

ООО «Акме» является оператором ваших персональных данных. Пишите на privacy@acme.example или звоните по телефону +1 (555) 010-2030. Наш сайт: https://acme.example/ru/privacy.

## 2. Сроки хранения

Мы храним данные учётной записи 3 года после её закрытия. Резервные копии удаляются в течение 30 дней.

Счета хранятся семь лет, как того требует Федеральный закон № 402-ФЗ.

## 3. Ваши права

Вы вправе запросить доступ к своим данным, их исправление или удаление. Мы отвечаем в течение 30 дней.

Вы можете в любой момент отозвать своё согласие.

## 4. Передача данных

Мы храним данные в Европейском союзе и не передаём их в другие страны. Нам доверяют более 1 000 клиентов.
)"_s;

doc::PolicyDocument import(const QString &text, text::Language language)
{
    doc::ImportOptions options;
    options.fileName = language == text::Language::English ? u"p.en.md"_s : u"p.ru.md"_s;
    options.language = language;
    auto d = doc::ImporterRegistry::withBuiltins().importBytes(text.toUtf8(), options);
    if (!d)
        qFatal("import failed: %s", qPrintable(d.error().message));
    return std::move(d).value();
}

const analysis::ParityRules &rules()
{
    static const analysis::ParityRules r = [] {
        auto loaded = analysis::ParityRules::builtin();
        if (!loaded)
            qFatal("rules: %s", qPrintable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return r;
}

// The checker with and without the topics coverage finds in each section.
std::vector<analysis::ParityOptions> optionSets()
{
    static const auto taxonomy = analysis::Taxonomy::builtin();
    if (!taxonomy)
        qFatal("taxonomy: %s", qPrintable(taxonomy.error().message));
    analysis::ParityOptions withTopics;
    withTopics.taxonomy = &*taxonomy;
    return {analysis::ParityOptions(), withTopics};
}

QString describe(const analysis::ParityReport &r, const doc::PolicyDocument &en, const doc::PolicyDocument &ru)
{
    QString out;
    for (const auto &i : r.issues)
        out += analysis::parityIssueKindId(i.kind) + u": "_s + i.detail + u" | en: "_s + en.textOf(i.range[En]).left(60)
               + u" | ru: "_s + ru.textOf(i.range[Ru]).left(60) + u'\n';
    return out;
}

} // namespace

class tst_Parity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void defects_data();
    void defects();
    void values_data();
    void values();
    void sharedWords_data();
    void sharedWords();
    void lengthRatio();
    void sync();
    void intentional();
    void kindIds();
    void userGlossary();
};

// Translations that differ in form but not in meaning produce no finding.
void tst_Parity::clean_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    QTest::newRow("as written") << QString() << QString();
    QTest::newRow("Cyrillic: digits for a number word") << u"семь лет"_s << u"7 лет"_s;
    QTest::newRow("Cyrillic: a thousand without a space") << u"1 000"_s << u"1000"_s;
    QTest::newRow("Cyrillic: a dotted date") << u"24 января 2022 г."_s << u"24.01.2022"_s;
    QTest::newRow("Cyrillic: a link without the locale, a tracking parameter")
        << u"https://acme.example/ru/privacy"_s << u"https://acme.example/privacy?utm_source=ru"_s;
    QTest::newRow("Cyrillic: a paragraph wrapped over lines") << u"Мы храним данные учётной записи 3 года"_s
                                                              << u"Мы храним данные\nучётной записи 3 года"_s;
    QTest::newRow("Cyrillic: a cited law's date the English leaves out")
        << u"Федеральный закон № 402-ФЗ"_s << u"Федеральный закон от 06.12.2011 № 402-ФЗ"_s;
    QTest::newRow("Cyrillic: two sentences as one") << u"3 года после её закрытия. Резервные копии удаляются"_s
                                                     << u"3 года после её закрытия, а резервные копии удаляются"_s;
}

void tst_Parity::clean()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString ru = russian;
    if (!from.isEmpty()) {
        QVERIFY2(ru.contains(from), qPrintable(from));
        ru.replace(from, to);
    }
    const auto en = import(english, text::Language::English);
    const auto rd = import(ru, text::Language::Russian);
    for (const auto &options : optionSets()) {
        const auto report = analysis::checkParity(en, rd, rules(), options);
        QVERIFY2(report.issues.empty(), qPrintable(describe(report, en, rd)));
        // Preamble and four sections, each paired.
        int sections = 0;
        for (const auto &a : report.alignment)
            if (a.kind == analysis::AlignmentKind::Section) {
                ++sections;
                QVERIFY(a.range[En].length() > 0 && a.range[Ru].length() > 0);
            }
        QCOMPARE(sections, 5);
        QVERIFY(report.lengthRatio > 0.8 && report.lengthRatio < 1.6);
    }
}

// One defect each; the finding must be of its kind and point at it in both texts.
void tst_Parity::defects_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("enText"); // within the finding's English range (empty: not checked)
    QTest::addColumn<QString>("ruText"); // within the finding's Russian range

    QTest::newRow("Cyrillic: a paragraph deleted")
        << u"Счета хранятся семь лет, как того требует Федеральный закон № 402-ФЗ.\n\n"_s << QString() << u"missing-in-ru"_s
        << u"Invoices are kept for seven years"_s << QString();
    QTest::newRow("Cyrillic: a paragraph added")
        << u"Вы можете в любой момент отозвать своё согласие.\n"_s
        << u"Вы можете в любой момент отозвать своё согласие.\n\nМы также вправе передавать сведения нашим партнёрам по рекламе и аналитике.\n"_s
        << u"missing-in-en"_s << QString() << u"партнёрам по рекламе"_s;
    QTest::newRow("Cyrillic: a number changed") << u"3 года"_s << u"5 лет"_s << u"number-mismatch"_s << u"3 years"_s
                                                << u"5 лет"_s;
    QTest::newRow("Cyrillic: a number word changed") << u"семь лет"_s << u"пять лет"_s << u"number-mismatch"_s
                                                     << u"seven years"_s << u"пять лет"_s;
    QTest::newRow("Cyrillic: a thousand changed") << u"1 000"_s << u"10 000"_s << u"number-mismatch"_s << u"1,000"_s
                                                  << u"10 000"_s;
    QTest::newRow("Cyrillic: a date changed") << u"24 января 2022 г."_s << u"25 января 2022 г."_s << u"date-mismatch"_s
                                              << u"January 24, 2022"_s << u"25 января"_s;
    QTest::newRow("Cyrillic: an e-mail changed") << u"privacy@acme.example"_s << u"dpo@acme.example"_s
                                                 << u"email-mismatch"_s << u"privacy@acme.example"_s << u"dpo@acme.example"_s;
    QTest::newRow("Cyrillic: a link changed") << u"https://acme.example/ru/privacy"_s << u"https://acme.example/ru/terms"_s
                                              << u"url-mismatch"_s << u"acme.example/privacy"_s << u"acme.example/ru/terms"_s;
    QTest::newRow("Cyrillic: a phone changed") << u"+1 (555) 010-2030"_s << u"+1 (555) 010-2031"_s << u"phone-mismatch"_s
                                               << u"010-2030"_s << u"010-2031"_s;
    QTest::newRow("Cyrillic: a paragraph left in English")
        << u"Вы можете в любой момент отозвать своё согласие."_s << u"You may withdraw your consent at any time."_s
        << u"untranslated"_s << u"withdraw your consent"_s << u"You may withdraw"_s;
    QTest::newRow("Cyrillic: a term the glossary rules out") << u"является оператором"_s << u"является контроллером"_s
                                                             << u"term-mismatch"_s << u"controller"_s << u"контроллером"_s;
    QTest::newRow("Cyrillic: a term not translated") << u"отозвать своё согласие"_s << u"отказаться от рассылки"_s
                                                     << u"term-mismatch"_s << u"consent"_s << u"отказаться"_s;
    QTest::newRow("Cyrillic: two sections swapped")
        << u"## 3. Ваши права\n\nВы вправе запросить доступ к своим данным, их исправление или удаление. Мы отвечаем в течение 30 дней.\n\nВы можете в любой момент отозвать своё согласие.\n\n## 4. Передача данных\n\nМы храним данные в Европейском союзе и не передаём их в другие страны. Нам доверяют более 1 000 клиентов.\n"_s
        << u"## 4. Передача данных\n\nМы храним данные в Европейском союзе и не передаём их в другие страны. Нам доверяют более 1 000 клиентов.\n\n## 3. Ваши права\n\nВы вправе запросить доступ к своим данным, их исправление или удаление. Мы отвечаем в течение 30 дней.\n\nВы можете в любой момент отозвать своё согласие.\n"_s
        << u"section-moved"_s << QString() << QString();
    QTest::newRow("Cyrillic: a section deleted")
        << u"## 4. Передача данных\n\nМы храним данные в Европейском союзе и не передаём их в другие страны. Нам доверяют более 1 000 клиентов.\n"_s
        << QString() << u"missing-in-ru"_s << u"## 4. Transfers"_s << QString();
}

void tst_Parity::defects()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, kind);
    QFETCH(QString, enText);
    QFETCH(QString, ruText);
    QString ru = russian;
    QVERIFY2(ru.contains(from), qPrintable(from));
    ru.replace(from, to);
    const auto en = import(english, text::Language::English);
    const auto rd = import(ru, text::Language::Russian);
    for (const auto &options : optionSets()) {
        const auto report = analysis::checkParity(en, rd, rules(), options);
        const auto expected = analysis::parityIssueKindFromId(kind);
        QVERIFY(expected);
        const auto it = std::find_if(report.issues.begin(), report.issues.end(),
                                     [&](const analysis::ParityIssue &i) { return i.kind == *expected; });
        QVERIFY2(it != report.issues.end(), qPrintable(describe(report, en, rd)));
        QVERIFY2(en.textOf(it->range[En]).contains(enText), qPrintable(en.textOf(it->range[En])));
        QVERIFY2(rd.textOf(it->range[Ru]).contains(ruText), qPrintable(rd.textOf(it->range[Ru])));
        QVERIFY(!it->detail.isEmpty());
        // The defect is the only finding, or a missing section also reports nothing else.
        QVERIFY2(report.issues.size() == 1, qPrintable(describe(report, en, rd)));
    }
}

// Numbers, dates, links and phones are compared as values, in one sentence pair.
void tst_Parity::values_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("russian");
    QTest::addColumn<QString>("kind"); // empty: no finding

    QTest::newRow("Cyrillic: hours") << u"We notify you within 72 hours."_s << u"Мы уведомим вас в течение 72 часов."_s << QString();
    QTest::newRow("Cyrillic: hours differ") << u"We notify you within 72 hours."_s << u"Мы уведомим вас в течение 24 часов."_s
                                            << u"number-mismatch"_s;
    QTest::newRow("Cyrillic: thousands") << u"Fines reach 1,000,000 roubles."_s << u"Штраф достигает 1 000 000 рублей."_s << QString();
    QTest::newRow("Cyrillic: a decimal comma") << u"The rate is 3.5 percent."_s << u"Ставка составляет 3,5 процента."_s << QString();
    QTest::newRow("Cyrillic: a number word and digits") << u"We keep them for ten years."_s << u"Мы храним их 10 лет."_s << QString();
    QTest::newRow("Cyrillic: an abbreviated month") << u"It applies from Jan 24, 2022."_s << u"Она действует с 24 января 2022 г."_s << QString();
    QTest::newRow("Cyrillic: an ISO date and a dotted one") << u"It applies from 2022-01-24."_s << u"Она действует с 24.01.2022."_s << QString();
    QTest::newRow("Cyrillic: the day differs") << u"It applies from Jan 25, 2022."_s << u"Она действует с 24 января 2022 г."_s
                                               << u"date-mismatch"_s;
    QTest::newRow("Cyrillic: a month and year") << u"Updated in March 2026."_s << u"Обновлена в марте 2026 г."_s << QString();
    QTest::newRow("Cyrillic: a phone written otherwise") << u"Call +7 (495) 123-45-67."_s << u"Звоните: +7 495 123-45-67."_s << QString();
    QTest::newRow("Cyrillic: a phone differs") << u"Call +7 (495) 123-45-67."_s << u"Звоните: +7 (495) 123-45-68."_s
                                               << u"phone-mismatch"_s;
    QTest::newRow("Cyrillic: an e-mail in a link") << u"Write to [us](mailto:dpo@acme.example)."_s
                                                   << u"Пишите [нам](mailto:dpo@acme.example)."_s << QString();
    QTest::newRow("Cyrillic: a link to the localised page") << u"See https://acme.example/en-US/privacy/."_s
                                                             << u"См. https://www.acme.example/ru/privacy"_s << QString();
    QTest::newRow("Cyrillic: a link elsewhere") << u"See https://acme.example/privacy."_s << u"См. https://acme.example/terms."_s
                                                << u"url-mismatch"_s;
}

void tst_Parity::values()
{
    QFETCH(QString, english);
    QFETCH(QString, russian);
    QFETCH(QString, kind);
    const auto en = import(u"# Policy\n\n"_s + english + u'\n', text::Language::English);
    const auto ru = import(u"# Политика\n\n"_s + russian + u'\n', text::Language::Russian);
    const auto report = analysis::checkParity(en, ru, rules());
    if (kind.isEmpty()) {
        QVERIFY2(report.issues.empty(), qPrintable(describe(report, en, ru)));
    } else {
        QVERIFY2(report.issues.size() == 1, qPrintable(describe(report, en, ru)));
        QCOMPARE(analysis::parityIssueKindId(report.issues.front().kind), kind);
    }
}

// A section whose translation is far shorter than the pair's other sections lead one to
// expect, sentence for sentence, is reported as such.
// A Russian paragraph that translates an older English one: its links all differ, and by
// length it could be either English sentence. The words the languages share ("документацией",
// "documentation"; "профиль", "profile") pair it with the sentence it translates, so the
// sentence the Russian lacks is the one reported missing.
void tst_Parity::sharedWords_data()
{
    QTest::addColumn<QString>("englishSection");
    QTest::addColumn<QString>("russianSection");
    QTest::addColumn<QString>("pairedEn");   // in the English range of the url-mismatch
    QTest::addColumn<QString>("pairedRu");   // in its Russian range
    QTest::addColumn<QString>("missingEn");  // in the English range of the missing-in-ru

    QTest::newRow("Cyrillic: an older translation with other links")
        << u"## 5. Documentation\n\nRead the technical documentation or contact support, including how to export your profile "
           "from [the settings page](https://acme.example/settings). You can also read the notices of our partner services, "
           "which are:\n\n* [Calendar](https://acme.example/calendar)\n* [Notes](https://acme.example/notes)\n"
           "* [Storage](https://acme.example/storage)\n"_s
        << u"## 5. Документация\n\nОзнакомьтесь с [документацией](https://docs.acme.example/tech) или "
           "[справкой](https://help.acme.example/contact) о том, как [удалить профиль](https://help.acme.example/delete).\n"_s
        << u"technical documentation"_s << u"документацией"_s << u"partner services"_s;
}

void tst_Parity::sharedWords()
{
    QFETCH(QString, englishSection);
    QFETCH(QString, russianSection);
    QFETCH(QString, pairedEn);
    QFETCH(QString, pairedRu);
    QFETCH(QString, missingEn);
    const auto en = import(english + u'\n' + englishSection, text::Language::English);
    const auto rd = import(russian + u'\n' + russianSection, text::Language::Russian);
    for (const auto &options : optionSets()) {
        const auto report = analysis::checkParity(en, rd, rules(), options);
        const auto link = std::find_if(report.issues.begin(), report.issues.end(), [](const analysis::ParityIssue &i) {
            return i.kind == ParityIssueKind::UrlMismatch;
        });
        QVERIFY2(link != report.issues.end(), qPrintable(describe(report, en, rd)));
        QVERIFY2(en.textOf(link->range[En]).contains(pairedEn), qPrintable(describe(report, en, rd)));
        QVERIFY2(rd.textOf(link->range[Ru]).contains(pairedRu), qPrintable(describe(report, en, rd)));
        const auto missing = std::find_if(report.issues.begin(), report.issues.end(), [](const analysis::ParityIssue &i) {
            return i.kind == ParityIssueKind::MissingInRu;
        });
        QVERIFY2(missing != report.issues.end(), qPrintable(describe(report, en, rd)));
        QVERIFY2(en.textOf(missing->range[En]).contains(missingEn), qPrintable(describe(report, en, rd)));
        for (const auto &i : report.issues)
            QVERIFY2(i.kind != ParityIssueKind::MissingInRu || !en.textOf(i.range[En]).contains(pairedEn),
                     qPrintable(describe(report, en, rd)));
    }
}

void tst_Parity::lengthRatio()
{
    const QString en = u"# Policy\n\n## Contact\n\nWrite to us at any time about anything in this policy and we will answer.\n\n"
                       "## Security\n\nWe protect your data with encryption in transit and at rest, with access limited to the staff who "
                       "need it for their work. We test our systems regularly and train our staff every year in handling customer records. "
                       "We review these measures whenever our services or the risks to your data change in a way that matters.\n"_s;
    const QString ru = u"# Политика\n\n## Контакты\n\nПишите нам в любое время по любому вопросу этой политики, и мы ответим.\n\n"
                       "## Безопасность\n\nМы шифруем данные при передаче и хранении. Персонал регулярно обучается. Меры пересматриваются "
                       "при изменении рисков.\n"_s;
    const auto e = import(en, text::Language::English);
    const auto r = import(ru, text::Language::Russian);
    const auto report = analysis::checkParity(e, r, rules());
    QVERIFY2(report.issues.size() == 1, qPrintable(describe(report, e, r)));
    QCOMPARE(report.issues.front().kind, ParityIssueKind::LengthRatio);
    QVERIFY(e.textOf(report.issues.front().range[En]).contains(u"Security"_s));
    QVERIFY(report.issues.front().detail.contains(u'%'));
}

// Confirming records the English text's hash; an edit to the English makes it stale.
void tst_Parity::sync()
{
    const auto en = import(english, text::Language::English);
    const auto ru = import(russian, text::Language::Russian);
    const auto first = analysis::checkParity(en, ru, rules());
    QCOMPARE(first.sections.size(), size_t(5));
    analysis::ParityOptions options;
    for (const auto &s : first.sections) {
        QCOMPARE(s.state, analysis::SyncState::Unconfirmed);
        options.sync.insert(s.key, s.sourceHash);
    }
    for (const auto &s : analysis::checkParity(en, ru, rules(), options).sections)
        QCOMPARE(s.state, analysis::SyncState::Confirmed);
    QCOMPARE(analysis::paritySourceHash(u"a  b\nc"_s), analysis::paritySourceHash(u"a b c"_s));

    // The English retention period changes; only that section goes stale.
    QString edited = english;
    edited.replace(u"Backups are deleted within 30 days."_s, u"Backups are deleted within 60 days."_s);
    const auto changed = import(edited, text::Language::English);
    const auto report = analysis::checkParity(changed, ru, rules(), options);
    int stale = 0;
    for (const auto &s : report.sections)
        if (s.state == analysis::SyncState::Stale) {
            ++stale;
            QVERIFY(s.title[En].contains(u"Retention"_s));
            QVERIFY(s.title[Ru].contains(u"Сроки хранения"_s));
        }
    QCOMPARE(stale, 1);
    QVERIFY(std::any_of(report.issues.begin(), report.issues.end(),
                        [](const analysis::ParityIssue &i) { return i.kind == ParityIssueKind::Stale; }));

    // A section with no Russian counterpart was never translated.
    QString missing = russian;
    missing.truncate(missing.indexOf(u"## 4."_s));
    const auto report2 = analysis::checkParity(en, import(missing, text::Language::Russian), rules(), options);
    QCOMPARE(report2.sections.back().state, analysis::SyncState::NeverTranslated);
}

// A finding marked as intentionally different is left out, and only that one.
void tst_Parity::intentional()
{
    QString ru = russian;
    ru.replace(u"3 года"_s, u"5 лет"_s);
    ru.replace(u"privacy@acme.example"_s, u"dpo@acme.example"_s);
    const auto en = import(english, text::Language::English);
    const auto rd = import(ru, text::Language::Russian);
    const auto report = analysis::checkParity(en, rd, rules());
    QCOMPARE(report.issues.size(), size_t(2));
    analysis::ParityOptions options;
    const auto &first = report.issues.front();
    options.intentional.insert(first.fingerprint(en.textOf(first.range[En]), rd.textOf(first.range[Ru])));
    const auto after = analysis::checkParity(en, rd, rules(), options);
    QCOMPARE(after.issues.size(), size_t(1));
    QCOMPARE(after.issues.front().kind, report.issues.back().kind);
}

void tst_Parity::kindIds()
{
    for (int k = 0; k <= int(ParityIssueKind::LengthRatio); ++k) {
        const QString id = analysis::parityIssueKindId(ParityIssueKind(k));
        QVERIFY(!id.isEmpty());
        QCOMPARE(analysis::parityIssueKindFromId(id), std::optional(ParityIssueKind(k)));
    }
    QVERIFY(!analysis::parityIssueKindFromId(u"несуществующий"_s));
}

// A user's glossary adds terms; a malformed one is refused with its name.
void tst_Parity::userGlossary()
{
    analysis::ParityRules r = rules();
    QVERIFY(!r.addGlossary(R"({"terms":[{"en":["invoice*"],"ru":["счет*", "счёт*"]}]})", u"mine.json"_s));
    QString ru = russian;
    ru.replace(u"Счета хранятся"_s, u"Документы хранятся"_s);
    const auto en = import(english, text::Language::English);
    const auto rd = import(ru, text::Language::Russian);
    const auto report = analysis::checkParity(en, rd, r);
    QCOMPARE(report.issues.size(), size_t(1));
    QCOMPARE(report.issues.front().kind, ParityIssueKind::TermMismatch);
    const auto error = r.addGlossary(R"({"terms":[{"en":["… broken"],"ru":["x"]}]})", u"broken.json"_s);
    QVERIFY(error);
    QVERIFY(error->message.contains(u"broken.json"_s));
    QVERIFY(r.addGlossary("not json", u"bad.json"_s));
}

QTEST_GUILESS_MAIN(tst_Parity)
#include "tst_parity.moc"
