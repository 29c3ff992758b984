// The application window, offscreen: opening a policy, the outline, the findings, errors,
// switching the UI language at run time, and screenshots of the window in both languages.

#include "guitestutil.h"
#include "lintmodel.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "preferencesdialog.h"
#include "translations.h"

#include "diff/diff.h"
#include "document/importer.h"
#include "document/policydocument.h"
#include "export/docxredline.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using cw::gui::LintModel;
using cw::gui::MainWindow;
using cw::gui::OutlineModel;

namespace {

// Records errors instead of showing a dialog that nobody would close.
class TestWindow : public MainWindow
{
public:
    QStringList errors;

protected:
    void reportError(const QString &, const QString &message) override { errors << message; }
};

using cwguitest::fixture;

// Opens through the same entry point as File > Open and waits for the import to finish.
bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::documentLoaded);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openFile(path);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000)
           && !loaded.isEmpty();
}

QStringList titlesOf(const std::vector<cw::doc::Section> &sections)
{
    QStringList titles;
    for (const auto &section : sections) {
        titles << section.title;
        titles << titlesOf(section.children);
    }
    return titles;
}

QStringList titlesOf(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList titles;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        titles << index.data().toString();
        titles << titlesOf(model, index);
    }
    return titles;
}

QModelIndex findTitle(const QAbstractItemModel *model, const QString &title)
{
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.constFirst();
}

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
}

// Menu titles and action texts a user reads, without the recent files (file names) and
// the language names (which are deliberately untranslated).
QStringList menuTexts(const MainWindow &window)
{
    QStringList texts;
    const auto menus = window.menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        if (menu->title().isEmpty()) // QMenuBar's own overflow menu
            continue;
        texts << menu->title();
        if (menu->objectName() == "recentMenu"_L1)
            continue;
        const auto actions = menu->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator() && !action->menu())
                texts << action->text();
        }
    }
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void models_data();
    void models();
    void outlineShowsSections_data();
    void outlineShowsSections();
    void clickingSectionMovesCursor();
    void findingsAreListedAndSelectText();
    void statusBarDescribesDocument();
    void opensWordOpenDocumentAndPdf_data();
    void opensWordOpenDocumentAndPdf();
    void trackedChangesAreCounted();
    void errorsKeepPreviousDocument_data();
    void errorsKeepPreviousDocument();
    void dropOpensFile();
    void laterOpenSupersedesEarlier();
    void geometryIsRestored();
    void recentFilesRemembered();
    void f6MovesFocusBetweenPanes();
    void languageSwitchesLive();
    void preferencesDialogSwitchesLanguage();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_tmp;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(fixture(u"lantern.en.md"_s)), "fixture missing");
}

void TestMainWindow::init()
{
    QSettings().clear();
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

void TestMainWindow::cleanup()
{
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
    QSettings().clear();
}

void TestMainWindow::models_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("nominal: English policy") << u"lantern.en.md"_s;
    QTest::newRow("nominal: Russian policy (Cyrillic)") << u"lantern.ru.md"_s;
}

// The models obey the QAbstractItemModel contract over a real document.
void TestMainWindow::models()
{
    QFETCH(QString, file);
    TestWindow window;
    auto *outline = window.findChild<QTreeView *>(u"outlineView"_s)->model();
    auto *findings = window.findChild<QTreeView *>(u"findingsView"_s)->model();
    QAbstractItemModelTester outlineTester(outline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndWait(window, fixture(file)));
    QVERIFY(outline->rowCount() > 0);
}

void TestMainWindow::outlineShowsSections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expectedTitles");
    QTest::newRow("nominal: English headings, nested")
        << u"lantern.en.md"_s
        << QStringList{u"1. Who we are"_s, u"2. What we collect"_s, u"2.1 Account details"_s,
                       u"2.2 Notes you write"_s, u"4. Your choices"_s};
    QTest::newRow("nominal: Russian headings, nested (Cyrillic)")
        << u"lantern.ru.md"_s
        << QStringList{u"1. Кто мы"_s, u"2. Какие данные мы собираем"_s,
                       u"2.1 Данные учётной записи"_s, u"4. Ваш выбор"_s};
}

void TestMainWindow::outlineShowsSections()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expectedTitles);
    TestWindow window;
    QVERIFY(openAndWait(window, fixture(file)));
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(u'\n')));

    const auto *view = window.findChild<QTreeView *>(u"outlineView"_s);
    QVERIFY(view);
    const QStringList shown = titlesOf(view->model());
    // The tree is exactly core's section tree, in order …
    QCOMPARE(shown, titlesOf(window.document()->sections));
    // … and that tree has the headings a reader sees in the file.
    for (const QString &title : expectedTitles)
        QVERIFY2(shown.contains(title), qPrintable(title + u" not in "_s + shown.join(u" | "_s)));

    // Subsections hang under their section.
    const QModelIndex child = findTitle(view->model(), expectedTitles.at(2));
    QVERIFY(child.isValid());
    QCOMPARE(child.parent().data().toString(), expectedTitles.at(1));
    QVERIFY(view->isExpanded(child.parent()));
}

void TestMainWindow::clickingSectionMovesCursor()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, fixture(u"lantern.en.md"_s)));

    auto *view = window.findChild<QTreeView *>(u"outlineView"_s);
    auto *text = window.findChild<QPlainTextEdit *>(u"documentText"_s);
    const QStringList targets{u"3. How long we keep it"_s, u"2.2 Notes you write"_s, u"1. Who we are"_s};
    for (const QString &title : targets) {
        const QModelIndex index = findTitle(view->model(), title);
        QVERIFY2(index.isValid(), qPrintable(title));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        const int headingStart = index.data(OutlineModel::HeadingStartRole).toInt();
        QCOMPARE(text->textCursor().position(), headingStart);
        // The cursor sits on the heading line the user clicked.
        QVERIFY2(text->textCursor().block().text().contains(title.section(u' ', 1)),
                 qPrintable(text->textCursor().block().text()));
        // … which is highlighted and in view.
        QCOMPARE(text->extraSelections().size(), 1);
        QCOMPARE(text->extraSelections().constFirst().cursor.selectionStart(), headingStart);
        QVERIFY(text->viewport()->rect().intersects(text->cursorRect()));
    }
}

void TestMainWindow::findingsAreListedAndSelectText()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, fixture(u"lantern.en.md"_s)));

    auto *view = window.findChild<QTreeView *>(u"findingsView"_s);
    auto *text = window.findChild<QPlainTextEdit *>(u"documentText"_s);
    const QAbstractItemModel *model = view->model();
    QVERIFY2(model->rowCount() > 0, "the fixture has a {{company}} placeholder, the linter found nothing");

    // The placeholder is listed under its kind, translated for people.
    int placeholderRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LintModel::KindRole).toString() == "placeholder"_L1)
            placeholderRow = row;
    }
    QVERIFY2(placeholderRow >= 0, "no placeholder finding for {{company}}");
    const QModelIndex kind = model->index(placeholderRow, LintModel::KindColumn);
    QCOMPARE(kind.data().toString(), u"Placeholder"_s);
    QVERIFY(!model->index(placeholderRow, LintModel::DetailColumn).data().toString().isEmpty());
    QCOMPARE(model->index(placeholderRow, LintModel::LineColumn).data().toInt(), 5);

    // Clicking it selects its range in the text.
    view->scrollTo(kind);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(kind).center());
    const int start = kind.data(LintModel::RangeStartRole).toInt();
    const int end = kind.data(LintModel::RangeEndRole).toInt();
    QCOMPARE(text->textCursor().selectionStart(), start);
    QCOMPARE(text->textCursor().selectionEnd(), end);
    QVERIFY(text->textCursor().selectedText().contains(u"company"_s));
}

void TestMainWindow::statusBarDescribesDocument()
{
    TestWindow window;
    QVERIFY(openAndWait(window, fixture(u"lantern.ru.md"_s)));
    const auto label = [&](const char *name) {
        return window.findChild<QLabel *>(QString::fromLatin1(name))->text();
    };
    QCOMPARE(label("formatLabel"), u"Markdown"_s);
    QCOMPARE(label("encodingLabel"), u"UTF-8"_s);
    QCOMPARE(label("languageLabel"), u"Russian"_s);
    const auto count = window.document()->flatSections().size();
    QCOMPARE(label("sectionsLabel"), u"%1 sections"_s.arg(count));
    QVERIFY(window.windowFilePath().endsWith(u"lantern.ru.md"_s));
}

// A policy in Word, OpenDocument or PDF opens like any other, says what it was read from, and
// can then be exported (File > Export As…, Ctrl+Shift+E).
void TestMainWindow::opensWordOpenDocumentAndPdf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("Cyrillic: Word") << u"sample-policy.ru.docx"_s << u"Word document"_s;
    QTest::newRow("Cyrillic: OpenDocument") << u"sample-policy.ru.odt"_s << u"OpenDocument text"_s;
    QTest::newRow("English: PDF") << u"sample-policy.en.pdf"_s << u"PDF"_s;
}

void TestMainWindow::opensWordOpenDocumentAndPdf()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    TestWindow window;
    auto *exportAction = window.findChild<QAction *>(u"exportAction"_s);
    QVERIFY(exportAction);
    QVERIFY(!exportAction->isEnabled());
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(openAndWait(window, QString::fromUtf8(CW_TESTS_DIR) + u"/data/importer/"_s + file));
    QCOMPARE(window.findChild<QLabel *>(u"formatLabel"_s)->text(), format);
    QCOMPARE(window.document()->sections.size(), size_t(7));
    QVERIFY(exportAction->isEnabled());
}

// A Word file that still tracks changes is shown accepted, and the status bar says how many
// changes are not accepted yet.
void TestMainWindow::trackedChangesAreCounted()
{
    const auto registry = cw::doc::ImporterRegistry::withBuiltins();
    const auto oldDoc = registry.importBytes(u"# Политика\n\nМы храним данные пять лет.\n"_s.toUtf8(),
                                             {u"old.md"_s, cw::text::Language::Unknown});
    const auto newDoc = registry.importBytes(u"# Политика\n\nМы храним данные три года.\n"_s.toUtf8(),
                                             {u"new.md"_s, cw::text::Language::Unknown});
    QVERIFY(oldDoc && newDoc);
    const auto docx = cw::exporting::docxRedline(*oldDoc, *newDoc, *cw::diff::compare(*oldDoc, *newDoc));
    QVERIFY(docx);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"redline.docx"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*docx) == docx->size());
    file.close();
    TestWindow window;
    QVERIFY(openAndWait(window, path));
    QVERIFY(!window.document()->text.contains(u"пять"_s));
    const int changes = window.document()->trackedChanges;
    QVERIFY(changes > 0);
    QCOMPARE(window.findChild<QLabel *>(u"formatLabel"_s)->text(),
             u"Word document, %1 tracked changes shown accepted"_s.arg(changes));
}

void TestMainWindow::errorsKeepPreviousDocument_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // null: do not create the file

    QByteArray binary("PK\x03\x04", 4);
    for (int i = 0; i < 2048; ++i)
        binary.append(char(i % 7 == 0 ? 0 : i % 251));
    QTest::newRow("robustness: binary file") << u"archive.md"_s << binary;
    QTest::newRow("robustness: missing file") << u"gone.md"_s << QByteArray();
    QTest::newRow("robustness: empty file") << u"empty.md"_s << QByteArray("");
    QTest::newRow("robustness: missing file, Cyrillic name") << u"политика.md"_s << QByteArray();
}

void TestMainWindow::errorsKeepPreviousDocument()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_tmp.filePath(fileName);
    QFile::remove(path);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    TestWindow window;
    QVERIFY(openAndWait(window, fixture(u"lantern.en.md"_s)));
    const QString textBefore = window.findChild<QPlainTextEdit *>(u"documentText"_s)->toPlainText();
    const int sectionsBefore = window.findChild<QTreeView *>(u"outlineView"_s)->model()->rowCount();
    const QString pathBefore = window.currentFilePath();

    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openFile(path);
    QVERIFY(failed.wait(20000));
    QCOMPARE(window.errors.size(), 1);
    // Core's message reaches the user, and it names the file.
    QCOMPARE(window.errors.constFirst(), failed.constFirst().at(1).toString());
    QVERIFY2(window.errors.constFirst().contains(fileName), qPrintable(window.errors.constFirst()));

    QCOMPARE(window.findChild<QPlainTextEdit *>(u"documentText"_s)->toPlainText(), textBefore);
    QCOMPARE(window.findChild<QTreeView *>(u"outlineView"_s)->model()->rowCount(), sectionsBefore);
    QCOMPARE(window.currentFilePath(), pathBefore);
    QVERIFY(!window.isLoading());
    QVERIFY(!window.recentFiles().contains(path));
}

void TestMainWindow::dropOpensFile()
{
    TestWindow window;
    QSignalSpy loaded(&window, &MainWindow::documentLoaded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(u"lantern.ru.md"_s))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(loaded.wait(20000));
    QVERIFY(window.currentFilePath().endsWith(u"lantern.ru.md"_s));

    // Text or several files are not a policy to open.
    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent enterText(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enterText.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enterText);
    QVERIFY(!enterText.isAccepted());
}

// The window stays usable while core imports: a second open while the first still runs wins.
void TestMainWindow::laterOpenSupersedesEarlier()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::documentLoaded);
    window.openFile(fixture(u"lantern.en.md"_s));
    QVERIFY(window.isLoading());
    window.openFile(fixture(u"lantern.ru.md"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 20000);
    QTest::qWait(50); // an ignored earlier result must not arrive late either
    QCOMPARE(loaded.size(), 1);
    QVERIFY(window.currentFilePath().endsWith(u"lantern.ru.md"_s));
    QCOMPARE(window.document()->language, cw::text::Language::Russian);
}

void TestMainWindow::geometryIsRestored()
{
    {
        TestWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.findChild<QDockWidget *>(u"findingsDock"_s)->hide();
        QTRY_COMPARE(window.size(), QSize(900, 640));
        window.close();
    }
    TestWindow window;
    QCOMPARE(window.size(), QSize(900, 640));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QDockWidget *>(u"findingsDock"_s)->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(u"outlineDock"_s)->isVisible());
}

void TestMainWindow::recentFilesRemembered()
{
    {
        TestWindow window;
        QVERIFY(openAndWait(window, fixture(u"lantern.en.md"_s)));
        QVERIFY(openAndWait(window, fixture(u"lantern.ru.md"_s)));
    }
    TestWindow window; // a new session reads them back
    const QStringList recent = window.recentFiles();
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.at(0).endsWith(u"lantern.ru.md"_s)); // newest first
    const auto *menu = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu->isEnabled());
    QVERIFY(menu->actions().constFirst()->text().contains(u"lantern.ru.md"_s));

    // The entry opens the file.
    QSignalSpy loaded(&window, &MainWindow::documentLoaded);
    menu->actions().at(1)->trigger();
    QVERIFY(loaded.wait(20000));
    QVERIFY(window.currentFilePath().endsWith(u"lantern.en.md"_s));
}

void TestMainWindow::f6MovesFocusBetweenPanes()
{
    TestWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *outline = window.findChild<QTreeView *>(u"outlineView"_s);
    auto *text = window.findChild<QPlainTextEdit *>(u"documentText"_s);
    auto *findings = window.findChild<QTreeView *>(u"findingsView"_s);

    outline->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), outline);
    QTest::keyClick(&window, Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QTest::keyClick(&window, Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), findings);
    QTest::keyClick(&window, Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), outline);
    QTest::keyClick(&window, Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), findings);
}

void TestMainWindow::languageSwitchesLive()
{
    TestWindow window;
    QVERIFY(openAndWait(window, fixture(u"lantern.en.md"_s)));
    auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
    auto *outlineDock = window.findChild<QDockWidget *>(u"outlineDock"_s);
    QCOMPARE(fileMenu->title(), u"&File"_s);

    window.setUiLanguage(u"ru"_s);
    QTRY_COMPARE(fileMenu->title(), u"&Файл"_s);
    QCOMPARE(window.findChild<QMenu *>(u"editMenu"_s)->title(), u"&Правка"_s);
    QCOMPARE(outlineDock->windowTitle(), u"Структура"_s);
    QCOMPARE(window.findChild<QLabel *>(u"languageLabel"_s)->text(), u"Английский"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ru"_s);
    // Nothing a user reads in the menus stayed English.
    const QStringList texts = menuTexts(window);
    for (const QString &text : texts)
        QVERIFY2(hasCyrillic(text), qPrintable(u"not translated: "_s + text));
    // The findings' kinds follow too.
    const auto *findings = window.findChild<QTreeView *>(u"findingsView"_s)->model();
    QVERIFY(findings->rowCount() > 0);
    QVERIFY(hasCyrillic(findings->headerData(LintModel::KindColumn, Qt::Horizontal).toString()));

    window.setUiLanguage(u"en"_s);
    QTRY_COMPARE(fileMenu->title(), u"&File"_s);
    QCOMPARE(outlineDock->windowTitle(), u"Outline"_s);
}

void TestMainWindow::preferencesDialogSwitchesLanguage()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    cw::gui::PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<cw::gui::PreferencesDialog *>()) != nullptr);
    auto *combo = dialog->findChild<QComboBox *>(u"uiLanguageCombo"_s);
    QCOMPARE(combo->currentData().toString(), QString()); // default: the system's language
    combo->setCurrentIndex(combo->findText(u"Русский"_s));
    dialog->accept();

    auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
    QTRY_COMPARE(fileMenu->title(), u"&Файл"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ru"_s);
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fileMenuTitle");
    QTest::newRow("nominal: English UI, English policy") << u"en"_s << u"lantern.en.md"_s << u"&File"_s;
    QTest::newRow("nominal: Russian UI, Russian policy (Cyrillic)") << u"ru"_s << u"lantern.ru.md"_s << u"&Файл"_s;
}

// Grabs the window as a user would see it; $CW_SCREENSHOT_DIR keeps the PNGs for a look.
void TestMainWindow::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, fileMenuTitle);

    TestWindow window;
    window.setUiLanguage(language);
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, fixture(file)));
    QTRY_COMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), fileMenuTitle);
    auto *view = window.findChild<QTreeView *>(u"outlineView"_s);
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::qWait(50);

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * image.devicePixelRatio());

    const QString png = cwguitest::screenshotPath(m_tmp, u"mainwindow-"_s + language + u".png"_s);
    QVERIFY2(image.save(png), qPrintable(png));
    qInfo("screenshot: %s", qPrintable(png));

    // Not blank: text and frames give many colours; a blank or single-colour grab has few.
    const int colours = cwguitest::distinctColours(image);
    QVERIFY2(colours > 20, qPrintable(u"only %1 colours"_s.arg(colours)));
    // The text pane shows the document, not the placeholder.
    QVERIFY(!window.findChild<QPlainTextEdit *>(u"documentText"_s)->toPlainText().isEmpty());

    // The preferences dialog, whose labels are the longest in Russian.
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    cw::gui::PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<cw::gui::PreferencesDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QImage dialogImage = dialog->grab().toImage();
    QVERIFY(dialogImage.save(cwguitest::screenshotPath(m_tmp, u"preferences-"_s + language + u".png"_s)));
    QVERIFY(dialog->sizeHint().width() <= dialog->width());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
