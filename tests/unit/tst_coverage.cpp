// Topic detection, requirement statuses and gaps on a small cue set written here, so the
// rules of the engine are tested apart from the shipped cue data (checked by the eval).
#include "analysis/coverage.h"
#include "analysis/gaps.h"
#include "document/markdownimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

const QByteArray cues = R"({
  "version": 1,
  "order": ["retention", "rights", "children"],
  "scoring": {"heading": 0.9, "sentence": 0.8, "present": 0.5},
  "topics": {
    "children": {"name": {"en": "Children", "ru": "Дети"},
                 "headings": {"en": ["children"], "ru": ["дет*"]},
                 "sentences": {"en": [{"cue": "under … 13|16 … age|year*"}], "ru": [{"cue": "несовершеннолетн*"}]}},
    "retention": {"name": {"en": "Retention", "ru": "Хранение"},
                  "headings": {"en": ["retention", "how long … keep"], "ru": ["хранени*"]},
                  "sentences": {"en": [{"cue": "retain|keep … for … year*|month*"},
                                       {"cue": "as long as", "weight": 0.5},
                                       {"cue": "delete* … after", "weight": 0.5}],
                                "ru": [{"cue": "хран* … в течение"}]}},
    "rights": {"name": {"en": "Your rights", "ru": "Права"},
               "headings": {"en": ["your rights"], "ru": ["права … субъект*"]},
               "sentences": {"en": [{"cue": "right … to … access|erasure|delete*|rectif*"}],
                             "ru": [{"cue": "прав* … на … доступ|удален*|уточнен*"}]}}
  }
})";

const QByteArray profiles = R"({
  "version": 1,
  "profiles": {
    "test": {
      "name": {"en": "Test", "ru": "Тест"},
      "requirements": [
        {"id": "t.retention", "topic": "retention", "title": {"en": "Retention period"}, "citation": "Art. 1",
         "narrower": {"en": ["year*|month*|day*"], "ru": ["лет|год*|месяц*"]}},
        {"id": "t.rights", "topic": "rights", "title": {"en": "Rights"}, "citation": "Art. 2",
         "narrower_all": [{"en": ["access"], "ru": ["доступ*"]}, {"en": ["erasure|delete*"], "ru": ["удален*"]}]},
        {"id": "t.children", "topic": "children", "title": {"en": "Children"}, "citation": "Art. 3",
         "condition": {"en": "If the service is for children", "cues": {"en": ["kid*|pupil*"], "ru": ["школьник*"]}}}
      ]
    }
  }
})";

doc::PolicyDocument md(const QString &text)
{
    const auto r = doc::MarkdownImporter().import(text.toUtf8(), {u"t.md"_s, text::Language::Unknown});
    if (!r)
        qFatal("import failed");
    return r.value();
}

analysis::Taxonomy taxonomy()
{
    auto t = analysis::Taxonomy::fromJson(cues, u"test-cues.json"_s);
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    return std::move(t).value();
}

QString statuses(const analysis::DocumentAnalysis &a, const analysis::Taxonomy &t)
{
    const auto p = analysis::Profiles::fromJson(profiles, u"test-profiles.json"_s, t);
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    QStringList out;
    for (const auto &r : analysis::coverage(a, t, *p, u"all"_s))
        out << r.requirement->id.mid(2) + u'=' + analysis::requirementStatusName(r.status);
    return out.join(u' ');
}

} // namespace

class tst_Coverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicsAndRequirements_data();
    void topicsAndRequirements();
    void sectionTopicsAndEvidence();
    void similarityAddsToWeakEvidence_data();
    void similarityAddsToWeakEvidence();
    void badData_data();
    void badData();
    void userCuesExtend();
    void exactOnly_data();
    void exactOnly();
    void unlessUndoesOneMatch_data();
    void unlessUndoesOneMatch();
    void headingUnless_data();
    void headingUnless();
    void nestedCuesCountOnce_data();
    void nestedCuesCountOnce();
    void profilesKeepTheirOrder();
    void gapsFindMissingTopicsAndSections();
};

void tst_Coverage::topicsAndRequirements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("present"); // topic ids present, in taxonomy order
    QTest::addColumn<QString>("requirements");

    QTest::newRow("heading alone makes a topic present; no period → partial")
        << u"# Policy\n\n## Data retention\n\nWe think about it.\n"_s << u"retention"_s
        << u"retention=partial rights=missing children=conditional"_s;
    QTest::newRow("one strong sentence cue; period and both rights → met")
        << u"We retain logs for two years. You have the right to access and the right to erasure of your data.\n"_s
        << u"retention rights"_s << u"retention=met rights=met children=conditional"_s;
    QTest::newRow("rights without erasure → partial")
        << u"You have the right to access your data.\n"_s << u"rights"_s
        << u"retention=missing rights=partial children=conditional"_s;
    QTest::newRow("one weak cue is not enough, two different ones are")
        << u"We keep it as long as we like.\n\nWe keep it as long as we must.\n"_s << QString()
        << u"retention=missing rights=missing children=conditional"_s;
    QTest::newRow("two different weak cues")
        << u"We keep it as long as we like. We delete it after the end.\n"_s << u"retention"_s
        << u"retention=partial rights=missing children=conditional"_s;
    QTest::newRow("condition shown, topic absent → missing")
        << u"Our app is made for kids and their parents.\n"_s << QString()
        << u"retention=missing rights=missing children=missing"_s;
    QTest::newRow("a sentence wrapped over two lines is one sentence")
        << u"# Policy\n\n## Storage\n\nWe retain your account data\nfor two years after you close it.\n"_s << u"retention"_s
        << u"retention=met rights=missing children=conditional"_s;
    QTest::newRow("Cyrillic: a list item wrapped over two lines")
        << u"# Политика\n\n- Данные учётной записи мы храним\n  в течение 3 лет после её закрытия.\n"_s << u"retention"_s
        << u"retention=met rights=missing children=conditional"_s;
    QTest::newRow("contents set as headings promise retention; the draft has no such section")
        << u"# Policy\n\n## Your rights\n\n## Data retention\n\n## Children\n\n## Your rights\n\nYou have the right to access "
           u"your data.\n\n## Children\n\nWe think about them.\n"_s
        << u"rights children"_s << u"retention=missing rights=partial children=met"_s;
    QTest::newRow("Cyrillic: contents set as headings")
        << u"# Политика\n\n## Права субъекта данных\n\n## Хранение данных\n\n## Дети\n\n## Права субъекта данных\n\n"
           u"Вы имеете право на доступ к данным.\n\n## Дети\n\nМы думаем о них.\n"_s
        << u"rights children"_s << u"retention=missing rights=partial children=met"_s;
    QTest::newRow("a skeleton: titles over nothing cover nothing")
        << u"# Policy\n\n## Data retention\n\n## Your rights\n\n## Children\n"_s << QString()
        << u"retention=missing rights=missing children=conditional"_s;
    QTest::newRow("a skeleton's titles are not read as sentences either")
        << u"# Policy\n\n## We keep data for two years\n\n## Your rights\n\n## Children\n"_s << QString()
        << u"retention=missing rights=missing children=conditional"_s;
    QTest::newRow("Cyrillic: a skeleton's titles are not read as sentences either")
        << u"# Политика\n\n## Данные храним в течение года\n\n## Права субъекта данных\n\n## Дети\n"_s << QString()
        << u"retention=missing rights=missing children=conditional"_s;
    QTest::newRow("a long line among empty titles is read: a paragraph broken into titles")
        << u"# Policy\n\n## WE RETAIN YOUR ACCOUNT DATA FOR TWO YEARS AFTER YOU CLOSE YOUR ACCOUNT WITH US\n\n"
           u"## Your rights\n\n## Children\n"_s
        << u"retention"_s << u"retention=met rights=missing children=conditional"_s;
    QTest::newRow("a line of exactly ten words among empty titles is read")
        << u"# Policy\n\n## WE RETAIN YOUR DATA FOR TWO YEARS AFTER YOU LEAVE\n\n## Your rights\n\n## Children\n"_s
        << u"retention"_s << u"retention=met rights=missing children=conditional"_s;
    QTest::newRow("a single empty section keeps its title")
        << u"# Policy\n\n## Data retention\n\n## Your rights\n\nYou have the right to access your data.\n"_s
        << u"retention rights"_s << u"retention=partial rights=partial children=conditional"_s;
    QTest::newRow("Cyrillic: a skeleton with subsections")
        << u"# Политика\n\n## Хранение данных\n\n### Сроки хранения\n\n## Права субъекта данных\n"_s << QString()
        << u"retention=missing rights=missing children=conditional"_s;
    QTest::newRow("Cyrillic: 152-FZ wording")
        << u"# Политика\n\n## Права субъекта персональных данных\n\nСубъект имеет право на доступ к данным и на их удаление.\n\n"
           u"Данные хранятся в течение 3 лет. Мы не обрабатываем данные несовершеннолетних.\n"_s
        << u"retention rights children"_s << u"retention=met rights=met children=met"_s;
}

void tst_Coverage::topicsAndRequirements()
{
    QFETCH(QString, text);
    QFETCH(QString, present);
    QFETCH(QString, requirements);
    const auto t = taxonomy();
    const auto a = analysis::analyse(md(text), t);
    QStringList got;
    for (const auto &p : a.topics)
        if (p.present)
            got << p.topic;
    QCOMPARE(got.join(u' '), present);
    QCOMPARE(statuses(a, t), requirements);
}

void tst_Coverage::sectionTopicsAndEvidence()
{
    const QString text = u"# Policy\n\n## How long we keep data\n\nLogs are deleted after use.\n\n"
                         u"## Other\n\nYou have the right to delete your account.\n"_s;
    const auto document = md(text);
    const auto t = taxonomy();
    const auto a = analysis::analyse(document, t);
    const auto flat = document.flatSections();
    QCOMPARE(flat.size(), size_t(2)); // the lone H1 is the title
    QCOMPARE(a.sectionTopics[0], std::vector<int>{t.indexOf(u"retention"_s)});
    QCOMPARE(a.sectionTopics[1], std::vector<int>{t.indexOf(u"rights"_s)});
    const auto &retention = a.topics[size_t(t.indexOf(u"retention"_s))];
    QVERIFY(!retention.evidence.empty());
    QVERIFY(retention.evidence.front().heading); // the strongest first
    QCOMPARE(document.textOf(retention.evidence.front().range).trimmed(), u"## How long we keep data"_s);
    QCOMPARE(retention.evidence.front().section, 0);
}

// A section with one weak cue (0.5 × 0.8 = 0.4) is not enough for a topic; near the
// library's clauses on that topic it is (1 − 0.6 × 0.6 = 0.64). Similarity alone never is.
void tst_Coverage::similarityAddsToWeakEvidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withModel");
    QTest::addColumn<bool>("present");

    const QString weak = u"# Policy\n\n## Logs\n\nServer logs are deleted after the period ends; logs hold addresses and "
                         u"times of requests, and backups of logs are deleted on the same schedule.\n"_s;
    const QString none = u"# Policy\n\n## Logs\n\nServer logs and their backups are removed when the retention period "
                         u"ends; logs hold the addresses and times of requests.\n"_s;
    QTest::newRow("weak cue alone") << weak << false << false;
    QTest::newRow("weak cue and similarity") << weak << true << true;
    QTest::newRow("similarity alone") << none << true << false;
}

void tst_Coverage::similarityAddsToWeakEvidence()
{
    QFETCH(QString, text);
    QFETCH(bool, withModel);
    QFETCH(bool, present);
    auto t = taxonomy();
    const int retention = t.indexOf(u"retention"_s);
    if (withModel) {
        auto model = std::make_shared<analysis::SimilarityModel>();
        model->train({{retention, u"Server logs and their backups are deleted after the retention period ends."_s},
                      {retention, u"Журналы сервера и их резервные копии удаляются по истечении срока хранения."_s},
                      {t.indexOf(u"rights"_s), u"You have the right to access and erase your data."_s}});
        t.setSimilarity(model);
    }
    const auto a = analysis::analyse(md(text), t);
    QCOMPARE(a.topics[size_t(retention)].present, present);
    const auto &evidence = a.topics[size_t(retention)].evidence;
    QCOMPARE(std::any_of(evidence.begin(), evidence.end(), [](const analysis::Evidence &e) { return e.cue == u"≈ library"_s; }),
             withModel);
}

void tst_Coverage::badData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("{") << u"parse"_s;
    QTest::newRow("malformed cue, Cyrillic") << QByteArray(R"({"topics": {"x": {"headings": {"ru": ["… данные"]}}}})")
                                             << u"cue"_s;
    QTest::newRow("malformed «unless» of a sentence cue, Cyrillic")
        << QByteArray(R"({"topics": {"x": {"sentences": {"ru": [{"cue": "данные", "unless": "данные … "}]}}}})")
        << u"cue"_s;
    QTest::newRow("malformed second «unless» in a list, Cyrillic")
        << QByteArray(R"({"topics": {"x": {"sentences": {"ru": [{"cue": "данные", "unless": ["данные сайта", "| данные"]}]}}}})")
        << u"cue"_s;
    QTest::newRow("malformed «unless» of a topic, Cyrillic")
        << QByteArray(R"({"topics": {"x": {"sentences": {"ru": [{"cue": "данные"}]}, "unless": {"ru": ["данн* … "]}}}})") << u"cue"_s;
    QTest::newRow("malformed «unless» of a heading cue, Cyrillic")
        << QByteArray(R"({"topics": {"x": {"headings": {"ru": [{"cue": "контакт*", "unless": "ваш* … "}]}}}})") << u"cue"_s;
    QTest::newRow("malformed heading cue with a word limit, Cyrillic")
        << QByteArray(R"({"topics": {"x": {"headings": {"ru": [{"cue": "… изменения", "maxWords": 1}]}}}})") << u"cue"_s;
    QTest::newRow("malformed overview cue, Cyrillic")
        << QByteArray(R"({"overview": {"ru": ["настоящ* … | политик*"]}, "topics": {}})") << u"cue"_s;
    QTest::newRow("malformed definition sentence cue, Cyrillic")
        << QByteArray(R"({"sentenceKinds": {"definition": {"topics": ["scope"], "ru": ["под … "]}}, "topics": {}})") << u"cue"_s;
    QByteArray manyKinds = R"({"topics": {}, "sentenceKinds": {)";
    for (size_t k = 0; k < analysis::MaxSentenceKinds; ++k) // with the overview, one too many
        manyKinds += (k ? ", " : "") + QByteArray(R"("вид)") + QByteArray::number(qulonglong(k)) + R"(": {"ru": ["закон"]})";
    QTest::newRow("more sentence kinds than a sentence has bits for, Cyrillic") << manyKinds + "}}" << u"cue"_s;
    QTest::newRow("definitions title that is no regular expression, Cyrillic")
        << QByteArray(R"({"definitionTitles": ["(основные понятия"], "topics": {}})") << u"cue"_s;
}

void tst_Coverage::badData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const auto t = analysis::Taxonomy::fromJson(json, u"bad.json"_s);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, code);
    QVERIFY(t.error().message.contains(u"bad.json"_s));
}

// "exactOnly" in a cue file: a form a stem or a prefix would take for another word is matched
// only by an "=" alternative.
void tst_Coverage::exactOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::newRow("a prefix does not take the kept form") << u"Acme and its affiliates (collectively, Acme) sell tea.\n"_s
                                                          << false;
    QTest::newRow("a stem does not take it either") << u"Our collective agreement covers staff.\n"_s << false;
    QTest::newRow("other forms still match") << u"We collect your e-mail address.\n"_s << true;
    QTest::newRow("an exact alternative takes it") << u"The data of members, taken collectively, is kept.\n"_s << true;
    QTest::newRow("Cyrillic: «данную» is no «данн*»") << u"Вы можете изменить данную настройку.\n"_s << false;
    QTest::newRow("Cyrillic: «данные» still are") << u"Мы обрабатываем данные клиентов.\n"_s << true;
}

void tst_Coverage::exactOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    const auto t = analysis::Taxonomy::fromJson(
        R"({"exactOnly": {"en": ["Collectively", "collective"], "ru": ["данную"]},
            "topics": {"x": {"sentences": {"en": [{"cue": "collect*"}, {"cue": "collect"}, {"cue": "taken =collectively"}],
                                           "ru": [{"cue": "данн*"}]}}}})",
        u"mine.json"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->exactOnly().contains(u"collectively"_s), true);
    const auto a = analysis::analyse(md(text), *t);
    QCOMPARE(a.topics[size_t(t->indexOf(u"x"_s))].present, present);
}

// An `unless` (a cue's, or its topic's for all its cues) undoes the match it overlaps, not the
// sentence: a later match of the cue counts.
void tst_Coverage::unlessUndoesOneMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::newRow("only the excepted use") << u"Screens with a high pixel density look sharp.\n"_s << false;
    QTest::newRow("the excepted use, then a real one")
        << u"Screens with a high pixel density show the tracking pixels in our e-mails.\n"_s << true;
    QTest::newRow("Cyrillic: only the excepted use") << u"Измените данную настройку в браузере.\n"_s << false;
    QTest::newRow("Cyrillic: the excepted use, then a real one")
        << u"Измените данную настройку, и мы удалим ваши данные.\n"_s << true;
    QTest::newRow("the topic's unless undoes each of its cues") << u"Pixel art looks retro.\n"_s << false;
    QTest::newRow("the topic's unless, then a real use") << u"Pixel art shows no tracking pixels.\n"_s << true;
    QTest::newRow("Cyrillic: the topic's unless") << u"В данный момент сайт недоступен.\n"_s << false;
}

void tst_Coverage::unlessUndoesOneMatch()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    const auto t = analysis::Taxonomy::fromJson(
        R"({"topics": {"x": {"sentences": {"en": [{"cue": "pixel*", "unless": ["pixel density", "pixel ratio"]}],
                                           "ru": [{"cue": "данн*", "unless": "данн* настройк*"}]},
                             "unless": {"en": ["pixel art"], "ru": ["данн* момент*"]}}}})",
        u"mine.json"_s);
    QVERIFY(t.ok());
    QCOMPARE(analysis::analyse(md(text), *t).topics[size_t(t->indexOf(u"x"_s))].present, present);
}

// A heading cue's `unless` undoes its match in a title about something else.
void tst_Coverage::headingUnless_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("present");
    QTest::newRow("the cue's own use") << u"Contact us"_s << true;
    QTest::newRow("an excepted use") << u"Access to your contacts"_s << false;
    QTest::newRow("another excepted use") << u"To contact you"_s << false;
    QTest::newRow("an excepted use, then a real one") << u"Your contacts, and how to contact us"_s << true;
    QTest::newRow("Cyrillic: the cue's own use") << u"Контакты"_s << true;
    QTest::newRow("Cyrillic: an excepted use") << u"Доступ к вашим контактам"_s << false;
}

void tst_Coverage::headingUnless()
{
    QFETCH(QString, title);
    QFETCH(bool, present);
    const auto t = analysis::Taxonomy::fromJson(
        R"({"topics": {"x": {"headings": {"en": [{"cue": "contact*", "unless": ["your contacts", "contact* =you"]}],
                                          "ru": [{"cue": "контакт*", "unless": "ваш* контакт*"}]}}}})",
        u"mine.json"_s);
    QVERIFY(t.ok());
    const auto a = analysis::analyse(md(u"# Policy\n\n## "_s + title + u"\n\nSome text here.\n"_s), *t);
    QCOMPARE(a.topics[size_t(t->indexOf(u"x"_s))].present, present);
}

// Two weak cues (0.4 each) add up to a topic (0.64) when they read different words; when one
// reads words within the other's, in one sentence, they are one reading and count once.
void tst_Coverage::nestedCuesCountOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::newRow("one cue's words within the other's") << u"The information that we collect is sent abroad.\n"_s << false;
    QTest::newRow("the same, in two sentences of a section")
        << u"The information that we collect is sent abroad. Ask us how the information we collect is kept.\n"_s << false;
    QTest::newRow("cues on different words add up") << u"We collect it in order to improve the service.\n"_s << true;
    QTest::newRow("overlapping, neither within the other") << u"We collect it to share it.\n"_s << true;
    QTest::newRow("Cyrillic: one cue's words within the other's") << u"Информация, которую мы собираем, хранится в США.\n"_s
                                                                   << false;
    QTest::newRow("Cyrillic: cues on different words add up") << u"Мы собираем её, чтобы улучшить сервис.\n"_s << true;
}

void tst_Coverage::nestedCuesCountOnce()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    const auto t = analysis::Taxonomy::fromJson(
        R"({"topics": {"x": {"sentences": {
              "en": [{"cue": "information … we … collect", "weight": 0.5}, {"cue": "we collect", "weight": 0.5},
                     {"cue": "in order to … improve", "weight": 0.5}, {"cue": "collect … to share", "weight": 0.5}],
              "ru": [{"cue": "информаци* … мы … собира*", "weight": 0.5}, {"cue": "мы собира*", "weight": 0.5},
                     {"cue": "чтобы … улучш*", "weight": 0.5}]}}}})",
        u"mine.json"_s);
    QVERIFY(t.ok());
    QCOMPARE(analysis::analyse(md(text), *t).topics[size_t(t->indexOf(u"x"_s))].present, present);
}

void tst_Coverage::userCuesExtend()
{
    auto t = taxonomy();
    const QString text = u"Records are shredded quarterly.\n"_s;
    QVERIFY(!analysis::analyse(md(text), t).topics[size_t(t.indexOf(u"retention"_s))].present);
    const auto extra = analysis::Taxonomy::fromJson(
        R"({"topics": {"retention": {"sentences": {"en": [{"cue": "shred*"}]}},
                       "ai": {"name": {"en": "AI"}, "headings": {"en": ["artificial intelligence"]}}}})",
        u"mine.json"_s);
    QVERIFY(extra.ok());
    QVERIFY(!t.merge(*extra));
    QCOMPARE(t.topics().back().id, u"ai"_s);
    QVERIFY(analysis::analyse(md(text), t).topics[size_t(t.indexOf(u"retention"_s))].present);
    // A user's file adds overview cues: a sentence about its own document then counts for no
    // practice, in either language.
    const QString promise = u"Records are shredded quarterly, as this charter promises.\n"_s;
    const QString promiseRu = u"Данные хранятся в течение трёх лет, как обещает этот устав.\n"_s;
    QVERIFY(analysis::analyse(md(promise), t).topics[size_t(t.indexOf(u"retention"_s))].present);
    QVERIFY(analysis::analyse(md(promiseRu), t).topics[size_t(t.indexOf(u"retention"_s))].present);
    const auto overview = analysis::Taxonomy::fromJson(
        R"({"overview": {"en": ["this charter promises"], "ru": ["обещает этот устав"]}, "topics": {}})", u"mine.json"_s);
    QVERIFY(overview.ok());
    QVERIFY(!t.merge(*overview));
    QVERIFY(!analysis::analyse(md(promise), t).topics[size_t(t.indexOf(u"retention"_s))].present);
    QVERIFY(!analysis::analyse(md(promiseRu), t).topics[size_t(t.indexOf(u"retention"_s))].present);
    // And definition sentences: one then counts for scope alone.
    const QString defines = u"Shredding, in this charter, denotes destruction of records after a year.\n"_s;
    const QString definesRu = u"Хранение в этом уставе обозначает, что данные хранятся в течение трёх лет.\n"_s;
    const int retention = t.indexOf(u"retention"_s);
    const auto retained = [&](const QString &policy) { return analysis::analyse(md(policy), t).topics[size_t(retention)].present; };
    QVERIFY(retained(defines));
    QVERIFY(retained(definesRu));
    const auto definitions = analysis::Taxonomy::fromJson(
        R"({"sentenceKinds": {"definition": {"en": ["this charter =denotes"], "ru": ["этом уставе =обозначает"]}}, "topics": {}})",
        u"mine.json"_s);
    QVERIFY(definitions.ok());
    QVERIFY(!t.merge(*definitions));
    QVERIFY(!retained(defines));
    QVERIFY(!retained(definesRu));
    // A kind's topics are those of the files merged; a name that is none of them is an error.
    const auto misnamed = analysis::Taxonomy::fromJson(
        R"({"sentenceKinds": {"law": {"topics": ["rihgts"], "ru": ["по закону"]}}, "topics": {}})", u"mine.json"_s);
    QVERIFY(misnamed.ok());
    const auto error = t.merge(*misnamed);
    QVERIFY(error);
    QCOMPARE(error->code, u"cue"_s);
    QVERIFY(error->message.contains(u"rihgts"_s));
}

void tst_Coverage::profilesKeepTheirOrder()
{
    const auto t = taxonomy();
    const auto p = analysis::Profiles::fromJson(
        R"({"order": ["zeta", "alpha"], "profiles": {"alpha": {"name": {"ru": "Альфа"}, "requirements": []},
                                                    "zeta": {"requirements": []}}})",
        u"p.json"_s, t);
    QVERIFY(p.ok());
    QCOMPARE(p->all().size(), size_t(2));
    QCOMPARE(p->all()[0].id, u"zeta"_s);
    QCOMPARE(analysis::pick(p->find(u"alpha"_s)->name, u"ru_RU"_s), u"Альфа"_s);
    const auto unknownTopic = analysis::Profiles::fromJson(
        R"({"profiles": {"x": {"requirements": [{"id": "x.1", "topic": "nonsense"}]}}})", u"p.json"_s, t);
    QVERIFY(!unknownTopic.ok());
    QCOMPARE(unknownTopic.error().code, u"topic"_s);
}

void tst_Coverage::gapsFindMissingTopicsAndSections()
{
    const auto t = taxonomy();
    const auto draft = md(u"# Draft\n\n## Retention\n\nWe keep data for one year.\n"_s);
    const auto ref1 = md(u"# A\n\n## Retention\n\nWe retain data for two years.\n\n## Your rights\n\nYou have the right to access it.\n\n"
                         u"## Newsletter\n\nWe send a monthly newsletter with product news and offers to subscribers.\n"_s);
    const auto ref2 = md(u"# Б\n\n## Права субъекта персональных данных\n\nСубъект имеет право на доступ к своим данным.\n"_s);
    const auto aDraft = analysis::analyse(draft, t);
    const auto analyses = analysis::analyseAll({&ref1, &ref2}, t);
    QCOMPARE(analyses.size(), size_t(2));
    const auto g = analysis::gaps(draft, aDraft, {&ref1, &ref2}, {&analyses[0], &analyses[1]}, t);

    QCOMPARE(g.missingTopics.size(), size_t(1));
    QCOMPARE(g.missingTopics[0].topic, u"rights"_s);
    QCOMPARE(g.missingTopics[0].references, (std::vector<int>{0, 1}));
    QStringList unmatched;
    for (const auto &u : g.unmatched)
        unmatched << u.title + u'/' + QString::number(u.sharedBy);
    // Both rights sections (one per reference, in two languages) first; the retention section
    // has its counterpart in the draft.
    QCOMPARE(unmatched, (QStringList{u"Your rights/2"_s, u"Права субъекта персональных данных/2"_s, u"Newsletter/1"_s}));
    QCOMPARE(g.present[size_t(t.indexOf(u"rights"_s))], (std::vector<char>{0, 1, 1}));
}

QTEST_GUILESS_MAIN(tst_Coverage)
#include "tst_coverage.moc"
