#include "library/bodytemplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using cw::library::BodyTemplate;

class tst_BodyTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void renderErrors_data();
    void renderErrors();
    void parseErrors_data();
    void parseErrors();
    void plural_data();
    void plural();
};

namespace {

const QJsonObject answers = QJsonDocument::fromJson(R"({
    "company": {"en": "Acme Ltd", "ru": "ООО «Акме»"}, "email": "privacy@acme.example", "years": 7,
    "has_dpo": true, "sells": false, "blank": "", "only_en": {"en": "English only"},
    "cats": ["contact details", "payment data"],
    "purposes": [{"name": {"en": "Accounts", "ru": "Учётные записи"}, "period": "5"},
                 {"name": {"en": "Billing", "ru": "Расчёты"}, "period": "10"}],
    "date": "2026-03-01"
})").object();

QJsonValue lookup(const QString &name)
{
    return answers.value(name);
}

} // namespace

void tst_BodyTemplate::render_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: variables") << u"Write to {{ email }} at {{company}}."_s << u"en"_s
                                        << u"Write to privacy@acme.example at Acme Ltd."_s;
    QTest::newRow("Cyrillic: translatable answer in Russian") << u"Оператор — {{company}}; срок — {{years}} лет."_s << u"ru"_s
                                                              << u"Оператор — ООО «Акме»; срок — 7 лет."_s;
    QTest::newRow("if: true branch") << u"A{{#if has_dpo}} B{{else}} C{{/if}}."_s << u"en"_s << u"A B."_s;
    QTest::newRow("if: else branch") << u"A{{#if sells}} B{{else}} C{{/if}}."_s << u"en"_s << u"A C."_s;
    QTest::newRow("if: blank answer is false, no error") << u"{{#if blank}}{{blank}}{{/if}}x"_s << u"en"_s << u"x"_s;
    QTest::newRow("if: nested") << u"{{#if has_dpo}}{{#if sells}}1{{else}}2{{/if}}{{/if}}"_s << u"en"_s << u"2"_s;
    QTest::newRow("each: strings with this") << u"{{#each cats}}- {{this}}\n{{/each}}"_s << u"en"_s
                                             << u"- contact details\n- payment data\n"_s;
    QTest::newRow("each: a tag alone on its line takes the line") << u"| a | b |\n|---|---|\n{{#each purposes}}\n| {{name}} | {{period}} |\n{{/each}}\nend"_s
                                                                  << u"ru"_s
                                                                  << u"| a | b |\n|---|---|\n| Учётные записи | 5 |\n| Расчёты | 10 |\nend"_s;
    QTest::newRow("each: outer names inside the loop") << u"{{#each cats}}{{this}} ({{company}}); {{/each}}"_s << u"en"_s
                                                       << u"contact details (Acme Ltd); payment data (Acme Ltd); "_s;
    QTest::newRow("list: printed with commas") << u"We collect {{cats}}."_s << u"en"_s << u"We collect contact details, payment data."_s;
    QTest::newRow("printer: a date, one full stop") << u"From {{date}}."_s << u"ru"_s << u"From 1 марта 2026 г."_s;
    QTest::newRow("text: braces that are not tags stay") << u"a { b } c"_s << u"en"_s << u"a { b } c"_s;
}

void tst_BodyTemplate::render()
{
    QFETCH(QString, body);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    auto parsed = BodyTemplate::parse(body, 1);
    QVERIFY(std::holds_alternative<BodyTemplate>(parsed));
    const cw::library::Printer printer = [](const QString &name, const QJsonValue &) -> std::optional<QString> {
        if (name == u"date"_s)
            return u"1 марта 2026 г."_s;
        return std::nullopt;
    };
    const auto text = std::get<BodyTemplate>(parsed).render(lookup, language, printer);
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
    QCOMPARE(*text, expected);
}

void tst_BodyTemplate::renderErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing answer") << u"line one\nWe keep data {{retention}} years."_s << u"en"_s << u"no answer for “retention”"_s;
    QTest::newRow("empty answer is missing") << u"{{blank}}"_s << u"en"_s << u"no answer for “blank”"_s;
    QTest::newRow("yes/no printed") << u"{{has_dpo}}"_s << u"en"_s << u"yes/no"_s;
    QTest::newRow("Cyrillic: translatable answer lacks Russian") << u"Текст: {{only_en}}"_s << u"ru"_s << u"has no ru text"_s;
    QTest::newRow("plural of a text") << u"{{plural email year years}}"_s << u"en"_s << u"not a whole number"_s;
    QTest::newRow("each over a non-list") << u"{{#each email}}x{{/each}}"_s << u"en"_s << u"not a list"_s;
}

void tst_BodyTemplate::renderErrors()
{
    QFETCH(QString, body);
    QFETCH(QString, language);
    QFETCH(QString, mentions);
    auto parsed = BodyTemplate::parse(body, 10);
    QVERIFY(std::holds_alternative<BodyTemplate>(parsed));
    int line = 0;
    const auto text = std::get<BodyTemplate>(parsed).render(lookup, language, {}, &line);
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, u"answer"_s);
    QCOMPARE(line, 10 + int(body.left(body.indexOf(u"{{"_s)).count(u'\n')));
    QVERIFY2(text.error().message.contains(mentions), qPrintable(text.error().message));
}

void tst_BodyTemplate::parseErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unclosed tag") << u"a\nb {{name"_s << 21 << u"not closed"_s;
    QTest::newRow("unclosed if") << u"{{#if a}}\nx"_s << 20 << u"“{{#if}}” is not closed"_s;
    QTest::newRow("mismatched end") << u"{{#if a}}\n\nx{{/each}}"_s << 22 << u"without its"_s;
    QTest::newRow("else outside if") << u"{{else}}"_s << 20 << u"outside"_s;
    QTest::newRow("unknown helper") << u"{{#unless a}}x{{/unless}}"_s << 20 << u"is not a variable"_s;
    QTest::newRow("bad condition") << u"{{#if a &&}}x{{/if}}"_s << 20 << u"ends too early"_s;
    QTest::newRow("plural with one form") << u"{{plural years год}}"_s << 20 << u"two forms"_s;
    QTest::newRow("Cyrillic: a phrase is no variable name") << u"Срок: {{срок хранения}}"_s << 20 << u"is not a variable"_s;
}

void tst_BodyTemplate::parseErrors()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    auto parsed = BodyTemplate::parse(body, 20);
    QVERIFY(std::holds_alternative<BodyTemplate::ParseError>(parsed));
    const auto &e = std::get<BodyTemplate::ParseError>(parsed);
    QCOMPARE(e.line, line);
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
}

void tst_BodyTemplate::plural_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("forms");
    QTest::addColumn<QString>("expected");

    QTest::newRow("English: one") << 1 << u"year years"_s << u"1 year"_s;
    QTest::newRow("English: other") << 2 << u"year years"_s << u"2 years"_s;
    QTest::newRow("English: zero") << 0 << u"year years"_s << u"0 years"_s;
    QTest::newRow("Cyrillic: 1 год") << 1 << u"год года лет"_s << u"1 год"_s;
    QTest::newRow("Cyrillic: 3 года") << 3 << u"год года лет"_s << u"3 года"_s;
    QTest::newRow("Cyrillic: 5 лет") << 5 << u"год года лет"_s << u"5 лет"_s;
    QTest::newRow("Cyrillic: 11 лет, not год") << 11 << u"год года лет"_s << u"11 лет"_s;
    QTest::newRow("Cyrillic: 12 лет, not года") << 12 << u"год года лет"_s << u"12 лет"_s;
    QTest::newRow("Cyrillic: 21 год") << 21 << u"год года лет"_s << u"21 год"_s;
    QTest::newRow("Cyrillic: 22 года") << 22 << u"год года лет"_s << u"22 года"_s;
    QTest::newRow("Cyrillic: 111 лет") << 111 << u"год года лет"_s << u"111 лет"_s;
    QTest::newRow("Cyrillic: 10 рабочих дней") << 10 << u"рабочий рабочих рабочих"_s << u"10 рабочих"_s;
}

void tst_BodyTemplate::plural()
{
    QFETCH(int, number);
    QFETCH(QString, forms);
    QFETCH(QString, expected);
    auto parsed = BodyTemplate::parse(u"{{plural n "_s + forms + u"}}"_s, 1);
    QVERIFY(std::holds_alternative<BodyTemplate>(parsed));
    const auto text = std::get<BodyTemplate>(parsed).render([&](const QString &) { return QJsonValue(number); }, u"ru"_s);
    QVERIFY(text.ok());
    QCOMPARE(*text, expected);
}

QTEST_GUILESS_MAIN(tst_BodyTemplate)
#include "tst_bodytemplate.moc"
