#include "document/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cw::doc::Project;

class tst_Project : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void lonePolicy_data();
    void lonePolicy();
    void versions_data();
    void versions();
    void malformed_data();
    void malformed();
    void allOrNothing();
};

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void tst_Project::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("languages");
    QTest::newRow("nominal: both languages") << u"acme"_s << QStringList{u"en"_s, u"ru"_s};
    QTest::newRow("Cyrillic: a Russian name, Russian only") << u"политика"_s << QStringList{u"ru"_s};
}

void tst_Project::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QStringList, languages);
    QTemporaryDir dir;
    Project p = cw::doc::newProject(dir.filePath(name + u".cwproj"_s), languages);
    p.templateId = u"gdpr-saas"_s;
    p.answers = QJsonObject{{u"company_name"_s, u"ООО «Акме»"_s}};
    p.sync = QJsonObject{{u"retention"_s, u"abc"_s}};
    p.words = QStringList{u"Кварцмост"_s, u"Quorvane"_s};
    std::map<QString, QString> texts;
    for (const QString &l : languages)
        texts[l] = u"# "_s + l + u" текст\n"_s;
    const auto written = cw::doc::saveProject(p, texts);
    QVERIFY(written.ok());
    QCOMPARE(written->size(), languages.size() + 1);
    for (const QString &l : languages)
        QCOMPARE(QString::fromUtf8(read(dir.filePath(name + u'.' + l + u".md"_s))), texts[l]);

    const auto opened = cw::doc::openProject(dir.filePath(name + u".cwproj"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->languages, languages);
    QCOMPARE(opened->templateId, u"gdpr-saas"_s);
    QCOMPARE(opened->answers, p.answers);
    QCOMPARE(opened->sync, p.sync);
    QCOMPARE(opened->words, p.words);
    QVERIFY(!opened->readOnly);
    QCOMPARE(opened->filePath(languages.front()), QFileInfo(dir.filePath(name + u'.' + languages.front() + u".md"_s)).absoluteFilePath());
    // The project file names its policies relative to itself, so the folder can move.
    QCOMPARE(QJsonDocument::fromJson(read(dir.filePath(name + u".cwproj"_s))).object().value(u"files"_s).toObject()
                 .value(languages.front()).toString(),
             name + u'.' + languages.front() + u".md"_s);
}

void tst_Project::lonePolicy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("English by name") << u"acme.en.md"_s << u"en"_s;
    QTest::newRow("Cyrillic: Russian by name") << u"политика.ru.md"_s << u"ru"_s;
    QTest::newRow("no language in the name: the fallback") << u"policy.md"_s << u"ru"_s;
}

void tst_Project::lonePolicy()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(file), "# x\n"));
    const auto p = cw::doc::openProject(dir.filePath(file), u"ru"_s);
    QVERIFY(p.ok());
    QVERIFY(p->path.isEmpty());
    QCOMPARE(p->languages, QStringList{language});
    QCOMPARE(p->filePath(language), QFileInfo(dir.filePath(file)).absoluteFilePath());
    // Saving a lone policy writes only its text.
    const auto written = cw::doc::saveProject(*p, {{language, u"# y\n"_s}});
    QVERIFY(written.ok());
    QCOMPARE(written->size(), 1);
    QCOMPARE(read(dir.filePath(file)), QByteArray("# y\n"));
}

void tst_Project::versions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readOnly");
    const QByteArray files = R"("languages": ["ru"], "files": {"ru": "p.ru.md"})";
    QTest::newRow("current version") << QByteArray(R"({"format": "clausewright-project", "version": 1, )" + files + "}") << false;
    QTest::newRow("before the version field: migrated") << QByteArray(R"({"format": "clausewright-project", )" + files + "}") << false;
    QTest::newRow("a newer version: read-only") << QByteArray(R"({"format": "clausewright-project", "version": 7, "future": 1, )" + files + "}")
                                                << true;
}

void tst_Project::versions()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.cwproj"_s);
    QVERIFY(write(path, json));
    QVERIFY(write(dir.filePath(u"p.ru.md"_s), "# Политика\n"));
    const auto p = cw::doc::openProject(path);
    QVERIFY(p.ok());
    QCOMPARE(p->readOnly, readOnly);
    QCOMPARE(p->languages, QStringList{u"ru"_s});
    const auto saved = cw::doc::saveProject(*p, {{u"ru"_s, u"# Новая\n"_s}});
    QCOMPARE(saved.ok(), !readOnly);
    if (readOnly) {
        QCOMPARE(saved.error().code, u"read-only"_s);
        QVERIFY(saved.error().message.contains(u"newer"_s));
        QCOMPARE(read(path), json); // untouched
        QCOMPARE(read(dir.filePath(u"p.ru.md"_s)), QByteArray("# Политика\n"));
    } else {
        QCOMPARE(QJsonDocument::fromJson(read(path)).object().value(u"version"_s).toInt(), Project::CurrentVersion);
    }
}

void tst_Project::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{nope") << u"not a Clausewright project"_s;
    QTest::newRow("another format") << QByteArray(R"({"format": "something-else"})") << u"not a Clausewright project"_s;
    QTest::newRow("Cyrillic: a language without a file") << QByteArray(R"({"format": "clausewright-project", "version": 1, "languages": ["ru"], "files": {}})")
                                                        << u"“ru”"_s;
}

void tst_Project::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.cwproj"_s);
    QVERIFY(write(path, json));
    const auto p = cw::doc::openProject(path);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, u"parse"_s);
    QVERIFY2(p.error().message.contains(mentions) && p.error().message.contains(u"bad.cwproj"_s), qPrintable(p.error().message));
}

// A policy that cannot be written leaves the other files as they were.
void tst_Project::allOrNothing()
{
    QTemporaryDir dir;
    Project p = cw::doc::newProject(dir.filePath(u"acme.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, {{u"en"_s, u"old en"_s}, {u"ru"_s, u"old ru"_s}}).ok());
    p.files[u"ru"_s] = dir.filePath(u"missing-folder/acme.ru.md"_s);
    const auto saved = cw::doc::saveProject(p, {{u"en"_s, u"new en"_s}, {u"ru"_s, u"new ru"_s}});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, u"write"_s);
    QCOMPARE(read(dir.filePath(u"acme.en.md"_s)), QByteArray("old en"));
    QVERIFY(!QJsonDocument::fromJson(read(dir.filePath(u"acme.cwproj"_s))).object().value(u"files"_s).toObject()
                 .value(u"ru"_s).toString().contains(u"missing-folder"_s));
}

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
