// The Library dock, offscreen: clauses by topic, search in both languages, the jurisdiction
// filter, the preview of both texts, copying a clause with its marker, a user's library
// replacing a shipped clause, and the dock in the main window's View menu.

#include "guitestutil.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using cw::gui::LibraryPanel;

class TestLibraryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void jurisdictionFilter();
    void previewAndCopy();
    void userLibraryReplacesClause();
    void dockInMainWindow();
    void screenshots_data();
    void screenshots();
};

void TestLibraryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_librarypanel"_s);
    QSettings().clear();
}

void TestLibraryPanel::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // a clause that must be listed
    QTest::addColumn<QString>("absent");   // one that must not

    QTest::newRow("nominal: an English word, by stem") << u"erased"_s << u"rights.gdpr"_s << u"cookies.none"_s;
    QTest::newRow("Cyrillic: a Russian word") << u"трансграничная"_s << u"transfers.ru152-cross-border"_s << u"children.not-directed"_s;
    QTest::newRow("by id") << u"localization.ru152"_s << u"localization.ru152"_s << u"cookies.none"_s;
    QTest::newRow("nothing found") << u"qwertyzzz"_s << QString() << u"retention.criteria"_s;
}

void TestLibraryPanel::search()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    LibraryPanel panel;
    panel.setLibrary(cw::gui::loadLibraries());
    const qsizetype all = panel.listedClauses().size();
    QVERIFY(all >= 27);
    panel.findChild<QLineEdit *>(u"librarySearch"_s)->setText(query); // as typed
    const QStringList listed = panel.listedClauses();
    QVERIFY(listed.size() < all);
    if (!expected.isEmpty())
        QVERIFY2(listed.contains(expected), qPrintable(listed.join(u", "_s)));
    else
        QVERIFY(listed.isEmpty());
    QVERIFY(!listed.contains(absent));
    panel.setSearchText(QString());
    QCOMPARE(panel.listedClauses().size(), all);
}

void TestLibraryPanel::jurisdictionFilter()
{
    LibraryPanel panel;
    panel.setLibrary(cw::gui::loadLibraries());
    auto *combo = panel.findChild<QComboBox *>(u"libraryJurisdiction"_s);
    combo->setCurrentIndex(combo->findData(u"ccpa"_s));
    Q_EMIT combo->activated(combo->currentIndex());
    const QStringList ccpa = panel.listedClauses();
    QVERIFY(ccpa.contains(u"rights.ccpa"_s));
    QVERIFY(!ccpa.contains(u"localization.ru152"_s));
    for (const QString &id : ccpa)
        QVERIFY2(panel.library()->clause(id)->jurisdictions.contains(u"ccpa"_s), qPrintable(id));
}

void TestLibraryPanel::previewAndCopy()
{
    LibraryPanel panel;
    panel.setLibrary(cw::gui::loadLibraries());
    QVERIFY(panel.selectClause(u"localization.ru152"_s));
    QVERIFY(panel.preview(u"ru"_s)->toPlainText().contains(u"Российской Федерации"_s));
    QVERIFY(!panel.preview(u"en"_s)->toPlainText().isEmpty());
    QVERIFY(panel.findChild<QLabel *>(u"libraryDetails"_s)->text().contains(u"ru152.localization"_s));
    const QString copied = panel.clauseWithMarker(u"ru"_s);
    QVERIFY(copied.startsWith(u"<!-- clause localization.ru152@"_s));
    const auto buttons = panel.findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == u"Copy Russian"_s)
            b->click();
    QCOMPARE(QApplication::clipboard()->text(), copied);
}

void TestLibraryPanel::userLibraryReplacesClause()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"clauses"_s));
    QFile f(dir.filePath(u"clauses/mine.md"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\nid: third-party-links.disclaimer\ntopic: third-party-links\nedition: 7\njurisdictions: [gdpr]\n---\n"
            "::: en\nOur own words about links.\n:::\n::: ru\nНаши слова о ссылках.\n:::\n");
    f.close();
    QSettings().setValue(cw::gui::keys::libraryFolders(), QStringList{dir.path()});
    LibraryPanel panel;
    panel.setLibrary(cw::gui::loadLibraries());
    QSettings().remove(cw::gui::keys::libraryFolders());
    QVERIFY(panel.selectClause(u"third-party-links.disclaimer"_s));
    QCOMPARE(panel.library()->clause(u"third-party-links.disclaimer"_s)->edition, 7);
    QVERIFY(panel.preview(u"ru"_s)->toPlainText().contains(u"Наши слова"_s));
    QVERIFY(panel.findChild<QLabel *>(u"libraryMessage"_s)->text().contains(u"replace"_s));
}

void TestLibraryPanel::dockInMainWindow()
{
    cw::gui::MainWindow window;
    window.show();
    auto *dock = window.findChild<QDockWidget *>(u"libraryDock"_s);
    QVERIFY(dock);
    auto *viewMenu = window.findChild<QMenu *>(u"viewMenu"_s);
    QVERIFY(viewMenu->actions().contains(dock->toggleViewAction()));
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_4));
    dock->raise();
    QTRY_VERIFY(window.libraryPanel()->library()); // loaded when first shown
    QVERIFY(!window.libraryPanel()->listedClauses().isEmpty());
}

void TestLibraryPanel::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nominal: English UI") << u"en"_s;
    QTest::newRow("nominal: Russian UI (Cyrillic)") << u"ru"_s;
}

// The dock with a clause selected, in each UI language; $CW_SCREENSHOT_DIR keeps the PNGs.
void TestLibraryPanel::screenshots()
{
    QFETCH(QString, language);
    cw::i18n::installTranslators(*QCoreApplication::instance(), language);
    LibraryPanel panel;
    panel.resize(900, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.library());
    QVERIFY(panel.selectClause(u"retention.ru152-destruction"_s));
    const QImage image = panel.grab().toImage();
    QTemporaryDir dir;
    QVERIFY(image.save(cwguitest::screenshotPath(dir, u"library-"_s + language + u".png"_s)));
    QVERIFY(cwguitest::distinctColours(image) > 20);
    // The topic names follow the UI language.
    const QString firstTopic = panel.view()->model()->index(0, 0).data().toString();
    QCOMPARE(firstTopic.front().unicode() >= 0x0400 && firstTopic.front().unicode() <= 0x04FF, language == u"ru"_s);
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
