#include "library/condition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using cw::library::Condition;

class tst_Condition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void errors_data();
    void errors();
};

namespace {

const QJsonObject answers = QJsonDocument::fromJson(R"({
    "has_dpo": true, "sells_data": false, "retention_mode": "fixed", "retention_years": 5, "zero": 0,
    "legal_bases": ["consent", "contract"], "empty_list": [], "blank": "  ",
    "company_name": {"en": "Acme", "ru": "Акме"}, "region": "Россия"
})").object();

} // namespace

void tst_Condition::evaluate_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("nominal: a bool") << u"has_dpo"_s << true << QStringList{u"has_dpo"_s};
    QTest::newRow("nominal: not") << u"!sells_data"_s << true << QStringList{u"sells_data"_s};
    QTest::newRow("nominal: equals a choice") << u"retention_mode == 'fixed'"_s << true << QStringList{u"retention_mode"_s};
    QTest::newRow("nominal: differs") << u"retention_mode != \"fixed\""_s << false << QStringList{u"retention_mode"_s};
    QTest::newRow("nominal: a number") << u"retention_years == 5"_s << true << QStringList{u"retention_years"_s};
    QTest::newRow("nominal: in a list") << u"'consent' in legal_bases"_s << true << QStringList{u"legal_bases"_s};
    QTest::newRow("nominal: not in a list") << u"'legitimate_interests' in legal_bases"_s << false << QStringList{u"legal_bases"_s};
    QTest::newRow("precedence: && before ||") << u"sells_data && has_dpo || has_dpo"_s << true
                                              << QStringList{u"sells_data"_s, u"has_dpo"_s};
    QTest::newRow("precedence: parentheses") << u"sells_data && (has_dpo || has_dpo)"_s << false
                                             << QStringList{u"sells_data"_s, u"has_dpo"_s};
    QTest::newRow("precedence: ! binds tighter than &&") << u"!sells_data && has_dpo"_s << true
                                                         << QStringList{u"sells_data"_s, u"has_dpo"_s};
    QTest::newRow("truth: zero is false") << u"zero"_s << false << QStringList{u"zero"_s};
    QTest::newRow("truth: empty list is false") << u"empty_list"_s << false << QStringList{u"empty_list"_s};
    QTest::newRow("truth: blank text is false") << u"blank"_s << false << QStringList{u"blank"_s};
    QTest::newRow("truth: translatable text is true") << u"company_name"_s << true << QStringList{u"company_name"_s};
    QTest::newRow("truth: unanswered is false") << u"nobody_answered"_s << false << QStringList{u"nobody_answered"_s};
    QTest::newRow("truth: unanswered never equals") << u"nobody_answered == ''"_s << false << QStringList{u"nobody_answered"_s};
    QTest::newRow("Cyrillic: a Russian value") << u"region == 'Россия'"_s << true << QStringList{u"region"_s};
    QTest::newRow("empty: always true") << u"  "_s << true << QStringList{};
}

void tst_Condition::evaluate()
{
    QFETCH(QString, source);
    QFETCH(bool, expected);
    QFETCH(QStringList, names);
    const auto c = Condition::parse(source);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->evaluate([](const QString &name) { return answers.value(name); }), expected);
    QCOMPARE(c->names(), names);
}

void tst_Condition::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("ends early") << u"has_dpo &&"_s << u"ends too early"_s;
    QTest::newRow("unclosed parenthesis") << u"(has_dpo || x"_s << u"“)” expected"_s;
    QTest::newRow("unclosed quote") << u"mode == 'fixed"_s << u"not closed"_s;
    QTest::newRow("in without a list") << u"'a' in 'b'"_s << u"list"_s;
    QTest::newRow("stray operator") << u"has_dpo = 1"_s << u"unexpected"_s;
    QTest::newRow("Cyrillic: stray text after") << u"has_dpo да"_s << u"unexpected “да”"_s;
}

void tst_Condition::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, mentions);
    const auto c = Condition::parse(source);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, u"condition"_s);
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

QTEST_GUILESS_MAIN(tst_Condition)
#include "tst_condition.moc"
