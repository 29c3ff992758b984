#include "document/recovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cw::doc::RecoverySnapshot;
using cw::doc::RecoveryStore;

class tst_Recovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void allOldestFirstAndJunkIgnored();
};

void tst_Recovery::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("nominal") << u"acme.cwproj"_s << u"# Policy\n\nUnsaved."_s;
    QTest::newRow("Cyrillic: name and text") << u"политика.ru.md"_s << u"# Политика\n\nНе сохранено: ё, «кавычки»."_s;
    QTest::newRow("empty text") << u"empty.cwproj"_s << QString();
}

void tst_Recovery::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(u"recovery/nested"_s)); // created when needed
    const QString project = dir.filePath(name);
    QVERIFY(!store.find(project));
    const QDateTime time = QDateTime::currentDateTime();
    QVERIFY(store.write({project, time, {{u"en"_s, u"English"_s}, {u"ru"_s, text}}}).ok());
    const auto found = store.find(project);
    QVERIFY(found.has_value());
    QCOMPARE(found->projectPath, QFileInfo(project).absoluteFilePath());
    QCOMPARE(found->texts.at(u"ru"_s), text);
    QCOMPARE(found->time.toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
    // A newer snapshot replaces the older one.
    QVERIFY(store.write({project, time, {{u"ru"_s, u"later"_s}}}).ok());
    QCOMPARE(store.find(project)->texts.at(u"ru"_s), u"later"_s);
    QCOMPARE(store.all().size(), size_t(1));
    store.discard(project);
    QVERIFY(!store.find(project));
    QVERIFY(store.all().empty());
}

void tst_Recovery::allOldestFirstAndJunkIgnored()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(store.write({dir.filePath(u"b.cwproj"_s), now, {{u"en"_s, u"b"_s}}}).ok());
    QVERIFY(store.write({dir.filePath(u"а.cwproj"_s), now.addSecs(-60), {{u"ru"_s, u"а"_s}}}).ok());
    QFile junk(dir.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{not json");
    junk.close();
    const auto all = store.all();
    QCOMPARE(all.size(), size_t(2));
    QVERIFY(all[0].projectPath.endsWith(u"а.cwproj"_s));
    QVERIFY(all[1].projectPath.endsWith(u"b.cwproj"_s));
}

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
