// The project editor, offscreen: a project opens with a pane per language, typing (Cyrillic
// too) and undo work, saving writes the policies and reopening shows them; a clause from the
// library goes in at the cursor or replaces a paragraph, with its marker and the project's
// answers, as one undo step; a project from a newer version is read-only.

#include "editorwindow.h"
#include "librarypanel.h"
#include "paritymodel.h"
#include "paritypanel.h"
#include "previewbrowser.h"
#include "policyedit.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "theme.h"
#include "translations.h"

#include "document/project.h"
#include "library/assembly.h"

#include <QAction>
#include <QDir>
#include <QApplication>
#include <QAbstractButton>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>
#include <QTreeView>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cw::gui::EditorWindow;

class TestEditorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typeUndoSaveReopen_data();
    void typeUndoSaveReopen();
    void insertClause_data();
    void insertClause();
    void replaceParagraph();
    void readOnlyProject();
    void fromMainWindow();
    void preview();
    void spelling();
    void findAndReplace_data();
    void findAndReplace();
    void goToZoomAndCount();
    void outlineAndBadges();
    void preferences();
    void undoAcrossProject();
    void backgroundAnalysis();
    void parityPanel_data();
    void parityPanel();
    void externalMerge();
    void externalChange_data();
    void externalChange();
    void scrollSync_data();
    void scrollSync();
    void autosaveAndRecover_data();
    void autosaveAndRecover();
    void killedMidEdit();
    void crashRecoveryOfferedAtStart();
    void screenshots_data();
    void screenshots();

private:
    QString makeProject(const QTemporaryDir &dir, const QString &name);
    std::shared_ptr<const cw::library::Library> m_library;
};

namespace {

// Types text key by key as a keyboard would, Cyrillic included (QTest::keyClicks knows only
// ASCII keys): a key event carrying each character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace

void TestEditorWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_editorwindow"_s);
    m_library = cw::gui::loadLibraries();
}

// A two-language project assembled from nothing: a heading and a paragraph in each language.
QString TestEditorWindow::makeProject(const QTemporaryDir &dir, const QString &name)
{
    cw::doc::Project p = cw::doc::newProject(dir.filePath(name + u".cwproj"_s), {u"en"_s, u"ru"_s});
    p.templateId = u"gdpr-saas"_s;
    p.answers = QJsonObject{{u"company_name"_s, QJsonObject{{u"en"_s, u"Acme Ltd"_s}, {u"ru"_s, u"ООО «Акме»"_s}}},
                            {u"company_address"_s, QJsonObject{{u"en"_s, u"1 Main St"_s}, {u"ru"_s, u"ул. Главная, 1"_s}}},
                            {u"contact_email"_s, u"privacy@acme.example"_s}};
    const auto saved = cw::doc::saveProject(p, {{u"en"_s, u"# Policy\n\n## Who we are\n\nOld paragraph.\n"_s},
                                                {u"ru"_s, u"# Политика\n\n## Кто мы\n\nСтарый абзац.\n"_s}});
    return saved ? p.path : QString();
}

void TestEditorWindow::typeUndoSaveReopen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::newRow("nominal: English") << u"en"_s << u"New words."_s;
    QTest::newRow("Cyrillic: Russian") << u"ru"_s << u"Новые слова ёжика."_s;
}

void TestEditorWindow::typeUndoSaveReopen()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QTemporaryDir dir;
    const QString project = makeProject(dir, u"acme"_s);
    QVERIFY(!project.isEmpty());
    auto *editor = new EditorWindow(m_library);
    QVERIFY(editor->openProject(project).ok());
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QPlainTextEdit *pane = editor->pane(language);
    QVERIFY(pane && editor->pane(language == u"en"_s ? u"ru"_s : u"en"_s));
    const QString before = pane->toPlainText();
    pane->setFocus();
    pane->moveCursor(QTextCursor::End);
    typeText(pane, typed);
    QVERIFY(pane->toPlainText().endsWith(typed));
    QVERIFY(editor->isModified());
    QVERIFY(editor->windowTitle().startsWith(u"acme.cwproj"_s));
    pane->undo();
    QCOMPARE(pane->toPlainText(), before);
    pane->redo();
    QVERIFY(pane->toPlainText().endsWith(typed));
    QTest::keySequence(editor, QKeySequence::Save);
    QVERIFY(!editor->isModified());
    QFile saved(QFileInfo(project).absoluteDir().filePath(u"acme."_s + language + u".md"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(saved.readAll()).endsWith(typed));
    delete editor;

    EditorWindow reopened(m_library);
    QVERIFY(reopened.openProject(project).ok());
    QVERIFY(reopened.pane(language)->toPlainText().endsWith(typed));
    QVERIFY(!reopened.isModified());
}

void TestEditorWindow::insertClause_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // the filled-in answer must be in the inserted text
    QTest::newRow("nominal: English, filled with the answers") << u"en"_s << u"Acme Ltd"_s;
    QTest::newRow("Cyrillic: Russian, filled with the answers") << u"ru"_s << u"ООО «Акме»"_s;
}

void TestEditorWindow::insertClause()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"проект"_s)).ok());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPlainTextEdit *pane = editor.pane(language);
    pane->setFocus();
    QTRY_VERIFY(pane->hasFocus());
    // Cursor in the middle of the heading line: the clause goes after it, as its own paragraph.
    QTextCursor c = pane->textCursor();
    c.setPosition(pane->toPlainText().indexOf(u"## "_s) + 4);
    pane->setTextCursor(c);
    const QString before = pane->toPlainText();
    QVERIFY(editor.libraryPanel()->selectClause(u"controller.identity"_s));
    editor.findChild<QAction *>(u"insertClauseAction"_s)->trigger();
    const QString after = pane->toPlainText();
    const qsizetype marker = after.indexOf(u"<!-- clause controller.identity@"_s);
    QVERIFY2(marker > 0, qPrintable(after));
    QVERIFY(after.mid(marker).contains(expected));
    QVERIFY(!after.contains(u"{{"_s));
    QVERIFY(after.mid(marker - 2, 2) == u"\n\n"_s); // a paragraph of its own
    QVERIFY(after.startsWith(before.left(before.indexOf(u"\n\n"_s, before.indexOf(u"## "_s)))));
    QVERIFY(editor.lastMessage().contains(u"controller.identity"_s));
    pane->undo(); // one step
    QCOMPARE(pane->toPlainText(), before);
}

void TestEditorWindow::replaceParagraph()
{
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPlainTextEdit *pane = editor.pane(u"ru"_s);
    pane->setFocus();
    QTRY_VERIFY(pane->hasFocus());
    QTextCursor c = pane->textCursor();
    c.setPosition(pane->toPlainText().indexOf(u"Старый"_s) + 3);
    pane->setTextCursor(c);
    QVERIFY(editor.insertClause(u"third-party-links.disclaimer"_s, true));
    const QString text = pane->toPlainText();
    QVERIFY(!text.contains(u"Старый абзац"_s));
    QVERIFY(text.contains(u"## Кто мы\n\n<!-- clause third-party-links.disclaimer@"_s));
    // Replacing it again takes its marker with it: one marker, the clause once.
    QVERIFY(editor.insertClause(u"third-party-links.disclaimer"_s, true));
    QCOMPARE(pane->toPlainText().count(u"<!-- clause third-party-links.disclaimer@"_s), 1);
    // On a blank line there is no paragraph to replace.
    c.setPosition(pane->toPlainText().indexOf(u"\n\n"_s) + 1);
    pane->setTextCursor(c);
    QVERIFY(!editor.insertClause(u"third-party-links.disclaimer"_s, true));
    QVERIFY(!editor.insertClause(u"no.such-clause"_s, false));
}

void TestEditorWindow::readOnlyProject()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"future.cwproj"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "clausewright-project", "version": 99, "languages": ["ru"], "files": {"ru": "future.ru.md"}})");
    f.close();
    QFile ru(dir.filePath(u"future.ru.md"_s));
    QVERIFY(ru.open(QIODevice::WriteOnly));
    ru.write("# Будущее\n");
    ru.close();
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(f.fileName()).ok());
    QVERIFY(editor.pane(u"ru"_s)->isReadOnly());
    QVERIFY(!editor.findChild<QAction *>(u"saveAction"_s)->isEnabled());
    QVERIFY(editor.lastMessage().contains(u"newer"_s));
    QVERIFY(!editor.insertClause(u"third-party-links.disclaimer"_s));
}

void TestEditorWindow::fromMainWindow()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir, u"acme"_s);
    cw::gui::MainWindow window;
    window.show();
    EditorWindow *editor = window.openEditor(project);
    QVERIFY(editor);
    QCOMPARE(editor->project().templateId, u"gdpr-saas"_s);
    QVERIFY(!window.openEditor(dir.filePath(u"missing.cwproj"_s)));
    editor->close(); // nothing changed: no question asked
}

// F8 shows each language rendered under its pane (cmark-gfm, safe), following the typing.
void TestEditorWindow::preview()
{
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    cw::gui::PreviewBrowser *ru = editor.preview(u"ru"_s);
    QVERIFY(ru && !ru->isVisible());
    QTest::keyClick(&editor, Qt::Key_F8);
    QVERIFY(ru->isVisible());
    QVERIFY(ru->toHtml().contains(u"Кто мы"_s));
    QVERIFY(!ru->toPlainText().contains(u"##"_s)); // rendered, not the source
    QPlainTextEdit *pane = editor.pane(u"ru"_s);
    pane->moveCursor(QTextCursor::End);
    pane->insertPlainText(u"\n| Цель | Срок |\n|---|---|\n| Учёт | 5 лет |\n<script>x</script>\n"_s);
    QTRY_VERIFY(ru->toPlainText().contains(u"5 лет"_s));
    QVERIFY(!ru->toPlainText().contains(u"|---|"_s)); // a table
    QVERIFY(!ru->toHtml().contains(u"<script"_s));
    QVERIFY(cw::gui::PreviewBrowser::opensExternally(QUrl(u"https://example.org"_s)));
    QVERIFY(!cw::gui::PreviewBrowser::opensExternally(QUrl(u"file:///etc/passwd"_s)));
    QTest::keyClick(&editor, Qt::Key_F8);
    QVERIFY(!ru->isVisible());

    // A very long text: only the top-level section around the cursor is rendered.
    QString longText = u"# Политика\n\n"_s;
    for (int k = 1; k <= 400; ++k)
        longText += u"## Раздел %1\n\n"_s.arg(k) + QString(u"Текст раздела %1. "_s.arg(k)).repeated(25) + u"\n\n"_s;
    QVERIFY(longText.size() > 150'000);
    pane->setPlainText(longText);
    QTextCursor c(pane->document());
    c.setPosition(int(longText.indexOf(u"## Раздел 200\n"_s)) + 5);
    pane->setTextCursor(c);
    editor.setPreviewVisible(true);
    QVERIFY(ru->toPlainText().contains(u"Раздел 200"_s));
    QVERIFY(!ru->toPlainText().contains(u"Раздел 199"_s));
    QVERIFY(!ru->toPlainText().contains(u"Раздел 201"_s));
    pane->document()->setModified(false);
}

// Misspelled words are underlined in both languages, with suggestions; a word added to the
// project's list is saved in the project and accepted when it is opened again.
void TestEditorWindow::spelling()
{
    QTemporaryDir dir;
    cw::doc::Project p = cw::doc::newProject(dir.filePath(u"acme.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, {{u"en"_s, u"# Policy\n\n## Localisation of data\n\nWe keep personal data for retension.\n"_s},
                                     {u"ru"_s, u"# Политика\n\nКварцмост хранит персональых данные. <!-- clause x.y@1 -->\n"_s}})
                .ok());
    auto *editor = new EditorWindow(m_library);
    QVERIFY(editor->openProject(p.path).ok());
    if (!editor->spellingSuggestions(u"ru"_s, u"персональых"_s).contains(u"персональных"_s))
        QSKIP("no Russian dictionary here (./test.sh installs hunspell-ru)");
    const QString ru = editor->pane(u"ru"_s)->toPlainText();
    const QString en = editor->pane(u"en"_s)->toPlainText();
    QVERIFY(editor->isFlagged(u"ru"_s, ru.indexOf(u"персональых"_s) + 2));
    QVERIFY(editor->isFlagged(u"en"_s, en.indexOf(u"retension"_s)));
    QVERIFY(!editor->isFlagged(u"ru"_s, ru.indexOf(u"данные"_s)));
    QVERIFY(!editor->isFlagged(u"en"_s, en.indexOf(u"Localisation"_s))); // British spelling (en_GB beside en_US)
    QVERIFY(editor->spellingSuggestions(u"en"_s, u"retension"_s).contains(u"retention"_s));
    // The highlighter draws it.
    const QTextBlock block = editor->pane(u"ru"_s)->document()->findBlock(int(ru.indexOf(u"персональых"_s)));
    const auto formats = block.layout()->formats();
    QVERIFY(std::any_of(formats.begin(), formats.end(), [](const QTextLayout::FormatRange &r) {
        return r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    }));
    // The company's name goes to the project's words.
    QVERIFY(editor->isFlagged(u"ru"_s, ru.indexOf(u"Кварцмост"_s)));
    editor->addProjectWord(u"Кварцмост"_s);
    QVERIFY(!editor->isFlagged(u"ru"_s, ru.indexOf(u"Кварцмост"_s)));
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());
    delete editor;
    const auto reopened = cw::doc::openProject(p.path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->words, QStringList{u"Кварцмост"_s});
    EditorWindow again(m_library);
    QVERIFY(again.openProject(p.path).ok());
    QVERIFY(!again.isFlagged(u"ru"_s, ru.indexOf(u"Кварцмост"_s)));
    // View > Check Spelling (F7) turns it off.
    QAction *spellingAction = again.findChild<QAction *>(u"spellingAction"_s);
    QCOMPARE(spellingAction->shortcut(), QKeySequence(Qt::Key_F7));
    spellingAction->trigger();
    QVERIFY(!again.isFlagged(u"ru"_s, ru.indexOf(u"персональых"_s) + 2));
}

void TestEditorWindow::findAndReplace_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected"); // a piece of the text after replacing all

    QTest::newRow("nominal: plain text, any case") << u"en"_s << u"OLD"_s << false << false << u"new"_s << 1 << u"new paragraph"_s;
    QTest::newRow("plain text keeps regex characters literal") << u"en"_s << u"Policy."_s << false << false << u"X"_s << 0 << u"# Policy"_s;
    QTest::newRow("match case") << u"en"_s << u"old"_s << false << true << u"new"_s << 0 << u"Old paragraph"_s;
    QTest::newRow("Cyrillic: a regular expression with a group") << u"ru"_s << u"(\\w+) абзац"_s << true << false << u"абзац \\1"_s
                                                                << 1 << u"абзац Старый"_s;
}

void TestEditorWindow::findAndReplace()
{
    QFETCH(QString, language);
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, matchCase);
    QFETCH(QString, replacement);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPlainTextEdit *pane = editor.pane(language);
    pane->setFocus();
    QTRY_VERIFY(pane->hasFocus());
    const QString before = pane->toPlainText();
    QCOMPARE(editor.find(pattern, regex, matchCase), count > 0);
    if (count > 0)
        QVERIFY(pane->textCursor().hasSelection());
    QCOMPARE(editor.replaceAll(pattern, replacement, regex, matchCase), count);
    QVERIFY2(pane->toPlainText().contains(expected), qPrintable(pane->toPlainText()));
    if (count > 0) {
        pane->undo(); // one step
        QCOMPARE(pane->toPlainText(), before);
    }
    // The bar: Ctrl+H shows it with the replace row.
    QTest::keySequence(&editor, QKeySequence(Qt::CTRL | Qt::Key_H));
    QVERIFY(editor.findChild<QWidget *>(u"findBar"_s)->isVisible());
    QVERIFY(editor.findChild<QLineEdit *>(u"replaceEdit"_s)->isVisible());
}

void TestEditorWindow::goToZoomAndCount()
{
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPlainTextEdit *ru = editor.pane(u"ru"_s);
    ru->setFocus();
    QTRY_VERIFY(ru->hasFocus());
    QCOMPARE(editor.sections(), (QStringList{u"# Политика"_s, u"## Кто мы"_s}));
    QVERIFY(editor.goToSection(1));
    QCOMPARE(ru->textCursor().block().text(), u"## Кто мы"_s);
    QVERIFY(!editor.goToSection(5));
    const qreal size = ru->font().pointSizeF();
    QTest::keySequence(&editor, QKeySequence::ZoomIn);
    QVERIFY(ru->font().pointSizeF() > size);
    QVERIFY(editor.pane(u"en"_s)->font().pointSizeF() > size);
    QTest::keySequence(&editor, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(ru->font().pointSizeF(), size);
    QVERIFY2(editor.wordCountText().startsWith(u"EN: 6 word"_s) && editor.wordCountText().contains(u"RU: 5 word"_s),
             qPrintable(editor.wordCountText()));
}

// The Outline dock nests each language's headings and goes to one on a click; the gutter
// badge of a clause marker names the clause and says when the library has a newer edition.
void TestEditorWindow::outlineAndBadges()
{
    QTemporaryDir dir;
    cw::doc::Project p = cw::doc::newProject(dir.filePath(u"acme.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, {{u"en"_s, u"# Policy\n\n## Retention\n\n<!-- clause retention.criteria@0 -->\nWe keep data.\n"_s},
                                     {u"ru"_s, u"# Политика\n\n## Хранение\n\n### Сроки\n\nТекст.\n"_s}})
                .ok());
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(p.path).ok());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTreeWidget *ru = editor.outline(u"ru"_s);
    QVERIFY(ru);
    QCOMPARE(ru->topLevelItemCount(), 1);
    QCOMPARE(ru->topLevelItem(0)->text(0), u"Политика"_s);
    QTreeWidgetItem *storage = ru->topLevelItem(0)->child(0);
    QCOMPARE(storage->text(0), u"Хранение"_s);
    QCOMPARE(storage->child(0)->text(0), u"Сроки"_s);
    Q_EMIT ru->itemActivated(storage->child(0), 0);
    QCOMPARE(editor.pane(u"ru"_s)->textCursor().block().text(), u"### Сроки"_s);
    // Typing a heading shows up in the outline after a pause.
    QPlainTextEdit *ruPane = editor.pane(u"ru"_s);
    ruPane->moveCursor(QTextCursor::End);
    ruPane->insertPlainText(u"\n## Права\n"_s);
    QTRY_COMPARE(ru->topLevelItem(0)->childCount(), 2);

    auto *en = qobject_cast<cw::gui::PolicyEdit *>(editor.pane(u"en"_s));
    QVERIFY(en);
    const QTextBlock marker = en->document()->find(u"<!-- clause"_s).block();
    QTextCursor at(marker);
    const QString tip = en->badgeToolTipAt(en->cursorRect(at).center().y());
    QVERIFY2(tip.contains(u"retention.criteria"_s) && tip.contains(u"edition 1"_s), qPrintable(tip));
    QVERIFY(en->badgeToolTipAt(en->cursorRect(QTextCursor(en->document()->firstBlock())).center().y()).isEmpty());
    QVERIFY(cw::gui::PolicyEdit::markerOf(u"<!-- clause dpo.appointed@3 -->"_s, nullptr, nullptr));
    QVERIFY(!cw::gui::PolicyEdit::markerOf(u"<!-- a comment -->"_s, nullptr, nullptr));
}

// What Preferences set reaches the editors opened afterwards; the dark theme darkens the
// palette and "follow the system" restores it.
void TestEditorWindow::preferences()
{
    QSettings settings;
    QFont font(u"DejaVu Serif"_s, 15);
    settings.setValue(cw::gui::keys::editorFont(), font.toString());
    settings.setValue(cw::gui::keys::autosaveSeconds(), 7);
    QTemporaryDir dictionaries; // empty: the system's dictionaries are still found after it
    settings.setValue(cw::gui::keys::dictionaryFolder(), dictionaries.path());
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    QCOMPARE(editor.autosaveInterval(), 7000);
    QCOMPARE(editor.pane(u"ru"_s)->font().pointSize(), 15);
    QCOMPARE(EditorWindow::editorFont().family(), font.family());
    for (const QString &key : {cw::gui::keys::editorFont(), cw::gui::keys::autosaveSeconds(), cw::gui::keys::dictionaryFolder()})
        settings.remove(key);

    const QColor before = QApplication::palette().color(QPalette::Window);
    cw::gui::applyTheme(u"dark"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    cw::gui::applyTheme(u"light"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    cw::gui::applyTheme(QString());
    QCOMPARE(QApplication::palette().color(QPalette::Window), before);
}

// Edits in English, then Russian, then English again come undone in the reverse order,
// whichever pane has the cursor, and come back with redo.
void TestEditorWindow::undoAcrossProject()
{
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    QPlainTextEdit *en = editor.pane(u"en"_s);
    QPlainTextEdit *ru = editor.pane(u"ru"_s);
    const QString en0 = en->toPlainText(), ru0 = ru->toPlainText();
    en->moveCursor(QTextCursor::End);
    en->insertPlainText(u" one"_s);
    const QString en1 = en->toPlainText();
    ru->moveCursor(QTextCursor::End);
    ru->insertPlainText(u" два"_s);
    en->moveCursor(QTextCursor::Start); // elsewhere: Qt would merge it with " one"
    en->insertPlainText(u"Three "_s);
    QVERIFY(editor.undoInProject());
    QCOMPARE(en->toPlainText(), en1);
    QVERIFY(editor.undoInProject());
    QCOMPARE(ru->toPlainText(), ru0);
    QVERIFY(editor.undoInProject());
    QCOMPARE(en->toPlainText(), en0);
    QVERIFY(!editor.undoInProject());
    QVERIFY(editor.redoInProject());
    QVERIFY(editor.redoInProject());
    QVERIFY(ru->toPlainText().endsWith(u" два"_s));
    QCOMPARE(en->toPlainText(), en1);
    QCOMPARE(editor.findChild<QAction *>(u"projectUndoAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
}

// Edits here and a colleague's on disk, on different lines, both survive a merge; the same
// line changed on both sides is kept twice between conflict marks.
// The linter runs off the GUI thread after a pause and its counts reach the status bar; a
// placeholder typed in Russian shows up there.
void TestEditorWindow::backgroundAnalysis()
{
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    QSignalSpy finished(&editor, &EditorWindow::analysisFinished);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    QVERIFY(finished.wait(20000));
    QVERIFY2(editor.findingsText().contains(u"RU: 0 finding"_s), qPrintable(editor.findingsText()));
    editor.pane(u"ru"_s)->moveCursor(QTextCursor::End);
    editor.pane(u"ru"_s)->insertPlainText(u"\nОператор — {{company_name}}.\n"_s);
    QVERIFY(finished.wait(20000));
    QVERIFY2(editor.findingsText().contains(u"RU: 1 finding"_s), qPrintable(editor.findingsText()));
    QVERIFY(editor.findingsText().contains(u"EN: 0 finding"_s));
}

// The Parity dock: findings after a pause, a finding shows both texts at its place,
// confirming a section and marking a finding intentional are kept in the project.
void TestEditorWindow::parityPanel_data()
{
    QTest::addColumn<QString>("russian");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("enSelected");
    QTest::addColumn<QString>("ruSelected");
    QTest::newRow("Cyrillic: a number changed")
        << u"# Политика\n\n## Сроки\n\nМы храним данные 5 лет.\n"_s << u"number-mismatch"_s << u"3 years"_s << u"5 лет"_s;
    QTest::newRow("Cyrillic: a sentence left in English")
        << u"# Политика\n\n## Сроки\n\nWe keep your data for 3 years and then delete it.\n"_s << u"untranslated"_s
        << u"We keep your data"_s << u"We keep your data"_s;
}

void TestEditorWindow::parityPanel()
{
    QFETCH(QString, russian);
    QFETCH(QString, kind);
    QFETCH(QString, enSelected);
    QFETCH(QString, ruSelected);
    QTemporaryDir dir;
    cw::doc::Project p = cw::doc::newProject(dir.filePath(u"сроки.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, {{u"en"_s, u"# Policy\n\n## Retention\n\nWe keep your data for 3 years and then delete it.\n"_s},
                                     {u"ru"_s, russian}}));
    EditorWindow editor(m_library);
    QSignalSpy finished(&editor, &EditorWindow::parityFinished);
    QVERIFY(editor.openProject(p.path).ok());
    QVERIFY(finished.wait(20000));
    cw::gui::ParityPanel *panel = editor.parityPanel();
    QVERIFY(!panel->parentWidget()->isHidden()); // the dock: shown for a project of two languages
    QTreeView *view = panel->findingsView();
    QCOMPARE(view->model()->rowCount(), 1);
    const QModelIndex first = view->model()->index(0, 0);
    QCOMPARE(first.data(cw::gui::ParityModel::KindRole).toString(), kind);
    QVERIFY2(panel->summary().contains(u"1"_s), qPrintable(panel->summary()));

    // Showing the finding selects it in both panes (F4 walks the findings from the first).
    QAction *next = editor.findChild<QAction *>(u"nextFindingAction"_s);
    QVERIFY(next);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F4));
    next->trigger();
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY2(editor.pane(u"en"_s)->textCursor().selectedText().contains(enSelected),
             qPrintable(editor.pane(u"en"_s)->textCursor().selectedText()));
    QVERIFY2(editor.pane(u"ru"_s)->textCursor().selectedText().contains(ruSelected),
             qPrintable(editor.pane(u"ru"_s)->textCursor().selectedText()));

    // The filter by kind hides the others.
    panel->kindFilter()->setCurrentIndex(panel->kindFilter()->findData(u"date-mismatch"_s));
    QCOMPARE(view->model()->rowCount(), 0);
    panel->kindFilter()->setCurrentIndex(panel->kindFilter()->findData(kind));
    QCOMPARE(view->model()->rowCount(), 1);

    // Confirming the section records the English text's hash in the project.
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    panel->confirmCurrent();
    QVERIFY(finished.wait(20000));
    QCOMPARE(editor.project().sync.size(), 1);
    QVERIFY(editor.isModified());

    // Marking it intentional drops it from the list, and from the next checks.
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    panel->markCurrentIntentional();
    QVERIFY(finished.wait(20000));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(editor.project().intentional.size(), 1);

    // Both are saved with the project, and the Sections tab says the section is confirmed.
    QVERIFY(editor.save());
    const auto reopened = cw::doc::openProject(p.path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->sync.size(), 1);
    QCOMPARE(reopened->intentional, editor.project().intentional);
    QTreeView *sections = panel->sectionsView();
    bool confirmed = false;
    for (int r = 0; r < sections->model()->rowCount(); ++r)
        confirmed = confirmed || sections->model()->index(r, 0).data(cw::gui::SectionSyncModel::StateRole) == u"confirmed"_s;
    QVERIFY(confirmed);

    // Editing the English section makes it stale.
    editor.pane(u"en"_s)->moveCursor(QTextCursor::End);
    editor.pane(u"en"_s)->insertPlainText(u"Backups go after 30 days.\n"_s);
    editor.startParity();
    QVERIFY(finished.wait(20000));
    bool stale = false;
    QString states;
    for (int r = 0; r < sections->model()->rowCount(); ++r) {
        states += sections->model()->index(r, 0).data(cw::gui::SectionSyncModel::StateRole).toString() + u' ';
        stale = stale || sections->model()->index(r, 0).data(cw::gui::SectionSyncModel::StateRole) == u"stale"_s;
    }
    QVERIFY2(stale, qPrintable(states + QString::fromUtf8(QJsonDocument(editor.project().sync).toJson())));

    // A closed dock checks nothing; opening it brings the findings up to date.
    QDockWidget *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
    QVERIFY(dock);
    dock->hide();
    finished.clear();
    editor.pane(u"en"_s)->insertPlainText(u"Logs go after 90 days.\n"_s);
    editor.startParity();
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    dock->show();
    QVERIFY(finished.count() > 0 || finished.wait(20000));

    // A lone policy has nothing to compare: the dock stays out of the way, and says why if opened.
    EditorWindow lone(m_library);
    QVERIFY(lone.openProject(dir.filePath(u"сроки.en.md"_s)).ok());
    QVERIFY(lone.parityPanel()->parentWidget()->isHidden());
    QVERIFY(!lone.parityPanel()->summary().isEmpty());
}

void TestEditorWindow::externalMerge()
{
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    editor.setExternalChangePolicy(EditorWindow::External::Merge);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    QPlainTextEdit *ru = editor.pane(u"ru"_s);
    // Here: a new first line of the title; on disk: the paragraph rewritten.
    QTextCursor c(ru->document());
    c.movePosition(QTextCursor::End);
    c.insertText(u"\nНовый абзац переводчика.\n"_s);
    QFile f(dir.filePath(u"acme.ru.md"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Политика\n\n## Кто мы\n\nАбзац, изменённый коллегой.\n");
    f.close();
    editor.checkExternalChanges();
    const QString merged = ru->toPlainText();
    QVERIFY2(merged.contains(u"Абзац, изменённый коллегой."_s) && merged.contains(u"Новый абзац переводчика."_s), qPrintable(merged));
    QVERIFY(!merged.contains(u"<<<<<<<"_s));
    QVERIFY(editor.isModified());
    ru->undo(); // one step back to the text as it was here
    QVERIFY(ru->toPlainText().contains(u"Старый абзац."_s));
    QVERIFY(ru->toPlainText().contains(u"Новый абзац переводчика."_s));
    ru->redo();
    // Both change the same line: conflict marks.
    QTextCursor line = ru->document()->find(u"Абзац, изменённый коллегой."_s);
    line.insertText(u"Абзац, изменённый здесь."_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Политика\n\n## Кто мы\n\nАбзац, изменённый коллегой ещё раз.\n");
    f.close();
    editor.checkExternalChanges();
    QVERIFY2(ru->toPlainText().contains(u"<<<<<<< "_s) && ru->toPlainText().contains(u"ещё раз"_s)
                 && ru->toPlainText().contains(u"изменённый здесь"_s),
             qPrintable(ru->toPlainText()));
    QVERIFY(editor.lastMessage().contains(u"1"_s));
}

void TestEditorWindow::externalChange_data()
{
    QTest::addColumn<bool>("reload");
    QTest::newRow("nominal: reloaded") << true;
    QTest::newRow("kept") << false;
}

// Another program rewrites the Russian policy: the watcher notices, and the editor reloads it
// (one undoable edit) or keeps its text; its own saves are not taken for changes.
void TestEditorWindow::externalChange()
{
    QFETCH(bool, reload);
    QTemporaryDir dir;
    EditorWindow editor(m_library);
    editor.setExternalChangePolicy(reload ? EditorWindow::External::Reload : EditorWindow::External::Keep);
    QVERIFY(editor.openProject(makeProject(dir, u"acme"_s)).ok());
    QPlainTextEdit *ru = editor.pane(u"ru"_s);
    const QString before = ru->toPlainText();
    QVERIFY(editor.save()); // our own write
    editor.checkExternalChanges();
    QCOMPARE(ru->toPlainText(), before);
    QVERIFY(!editor.isModified());

    QFile f(dir.filePath(u"acme.ru.md"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Политика\n\nИзменено другой программой.\n");
    f.close();
    if (reload) {
        QTRY_VERIFY(ru->toPlainText().contains(u"другой программой"_s)); // through the watcher
        QVERIFY(!editor.isModified());
        QVERIFY(editor.lastMessage().contains(u"acme.ru.md"_s));
        ru->undo();
        QCOMPARE(ru->toPlainText(), before);
    } else {
        QTRY_VERIFY(editor.isModified()); // the text here differs from the file now
        QCOMPARE(ru->toPlainText(), before);
    }
}

void TestEditorWindow::scrollSync_data()
{
    QTest::addColumn<bool>("extraRussianSection"); // shifts the heading order by one
    QTest::addColumn<QString>("expected");        // what the Russian pane's top line must be
    QTest::newRow("nominal: by heading order") << false << u"## Раздел 12"_s;
    QTest::newRow("Cyrillic: by clause marker when the order differs") << true << u"<!-- clause retention.criteria@1 -->"_s;
}

// Scrolling the English pane to a section brings the Russian pane to the same one, though the
// Russian sections are longer, and to the same clause when the section order differs.
void TestEditorWindow::scrollSync()
{
    QFETCH(bool, extraRussianSection);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString en = u"# Policy\n\n"_s, ru = u"# Политика\n\n"_s;
    if (extraRussianSection)
        ru += u"## Дополнительный раздел\n\nТекст.\n\n"_s;
    for (int k = 1; k <= 20; ++k) {
        en += u"## Section %1\n\n"_s.arg(k);
        ru += u"## Раздел %1\n\n"_s.arg(k);
        if (k == 12) {
            en += u"<!-- clause retention.criteria@1 -->\nWe keep data.\n\n"_s;
            ru += u"<!-- clause retention.criteria@1 -->\nМы храним данные.\n\n"_s;
        }
        for (int line = 0; line < 4; ++line)
            en += u"Line %1 of section %2.\n\n"_s.arg(line).arg(k);
        for (int line = 0; line < 9; ++line)
            ru += u"Строка %1 раздела %2.\n\n"_s.arg(line).arg(k);
    }
    cw::doc::Project p = cw::doc::newProject(dir.filePath(u"long.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, {{u"en"_s, en}, {u"ru"_s, ru}}).ok());
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(p.path).ok());
    editor.resize(1200, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPlainTextEdit *enPane = editor.pane(u"en"_s);
    QPlainTextEdit *ruPane = editor.pane(u"ru"_s);
    const QString anchor = extraRussianSection ? u"<!-- clause retention.criteria@1 -->"_s : u"## Section 12"_s;
    const QTextBlock target = enPane->document()->find(anchor).block();
    QVERIFY(target.isValid());
    enPane->verticalScrollBar()->setValue(target.firstLineNumber());
    QTRY_COMPARE(enPane->cursorForPosition(QPoint(0, 0)).block().text(), anchor);
    QCOMPARE(ruPane->cursorForPosition(QPoint(0, 0)).block().text(), expected);
    // After an edit that moves every Russian line down, the alignment is worked out again.
    QTextCursor(ruPane->document()).insertText(u"\n\n\n\n\n\n"_s);
    enPane->verticalScrollBar()->setValue(0);
    enPane->verticalScrollBar()->setValue(target.firstLineNumber());
    QTRY_COMPARE(enPane->cursorForPosition(QPoint(0, 0)).block().text(), anchor);
    QCOMPARE(ruPane->cursorForPosition(QPoint(0, 0)).block().text(), expected);
    // Off: the other pane stays.
    editor.setScrollSync(false);
    const int ruValue = ruPane->verticalScrollBar()->value();
    enPane->verticalScrollBar()->setValue(0);
    QCOMPARE(ruPane->verticalScrollBar()->value(), ruValue);
}

void TestEditorWindow::autosaveAndRecover_data()
{
    QTest::addColumn<bool>("recover");
    QTest::newRow("nominal: recovered") << true;
    QTest::newRow("discarded") << false;
}

// Typing is kept in the recovery folder after an idle pause, never in the policy files; an
// editor that goes away without closing (as in a crash) leaves it, and the next opening
// offers it back, as one undo step over the saved text.
void TestEditorWindow::autosaveAndRecover()
{
    QFETCH(bool, recover);
    QTemporaryDir dir;
    const QString project = makeProject(dir, u"acme"_s);
    const QString savedRu = QString::fromUtf8([&] {
        QFile f(dir.filePath(u"acme.ru.md"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    const QString typed = u" Несохранённые изменения."_s;
    {
        auto *editor = new EditorWindow(m_library);
        QVERIFY(editor->openProject(project).ok());
        editor->setAutosaveInterval(20);
        QPlainTextEdit *pane = editor->pane(u"ru"_s);
        pane->moveCursor(QTextCursor::End);
        pane->insertPlainText(typed);
        cw::doc::RecoveryStore store(EditorWindow::recoveryFolder());
        QTRY_VERIFY(store.find(project).has_value());
        QVERIFY(store.find(project)->texts.at(u"ru"_s).endsWith(typed));
        delete editor; // no closeEvent: like a crash, the snapshot stays
    }
    QFile ru(dir.filePath(u"acme.ru.md"_s));
    QVERIFY(ru.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(ru.readAll()), savedRu); // autosave never touches the policy

    EditorWindow editor(m_library);
    editor.setRecoveryPolicy(recover ? EditorWindow::Recovery::Recover : EditorWindow::Recovery::Discard);
    QVERIFY(editor.openProject(project).ok());
    QCOMPARE(editor.pane(u"ru"_s)->toPlainText().endsWith(typed), recover);
    QCOMPARE(editor.isModified(), recover);
    cw::doc::RecoveryStore store(EditorWindow::recoveryFolder());
    if (recover) {
        QVERIFY(editor.lastMessage().contains(u"Recovered"_s));
        editor.pane(u"ru"_s)->undo();
        QCOMPARE(editor.pane(u"ru"_s)->toPlainText(), savedRu);
        editor.pane(u"ru"_s)->redo();
        QVERIFY(editor.save());
    }
    QVERIFY(!store.find(project).has_value()); // saved, or discarded: nothing left to offer
}

// The real thing: the app, typing in a project, is killed (SIGKILL) once its snapshot is
// written; the next opening recovers every character.
void TestEditorWindow::killedMidEdit()
{
#ifdef Q_OS_WIN
    QSKIP("QProcess::kill is TerminateProcess on Windows: still a hard kill, but the test is written for POSIX");
#endif
    QTemporaryDir dir;
    const QString project = makeProject(dir, u"проект"_s);
    const QString recovery = dir.filePath(u"recovery"_s);
    const QString typed = u" Текст, который не успели сохранить."_s;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAUSEWRIGHT_RECOVERY_DIR"_s, recovery);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CW_BINARY_DIR "/app/gui/clausewright"), {u"--edit"_s, project, u"--type"_s, typed});
    QVERIFY(app.waitForStarted(20000));
    cw::doc::RecoveryStore store(recovery);
    QTRY_VERIFY_WITH_TIMEOUT(store.find(project).has_value(), 30000); // the autosave after 3 s
    app.kill();
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    qputenv("CLAUSEWRIGHT_RECOVERY_DIR", recovery.toUtf8());
    EditorWindow editor(m_library);
    qunsetenv("CLAUSEWRIGHT_RECOVERY_DIR");
    editor.setRecoveryPolicy(EditorWindow::Recovery::Recover);
    QVERIFY(editor.openProject(project).ok());
    QVERIFY2(editor.pane(u"en"_s)->toPlainText().endsWith(typed), qPrintable(editor.pane(u"en"_s)->toPlainText()));
    QVERIFY(editor.isModified());
}

// At start-up the main window offers the projects left with unsaved changes; accepting opens
// each in an editor with its changes recovered.
void TestEditorWindow::crashRecoveryOfferedAtStart()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir, u"acme"_s);
    const QString recovery = dir.filePath(u"recovery"_s);
    qputenv("CLAUSEWRIGHT_RECOVERY_DIR", recovery.toUtf8());
    const auto cleanup = qScopeGuard([] { qunsetenv("CLAUSEWRIGHT_RECOVERY_DIR"); });
    cw::doc::RecoveryStore store(recovery);
    QVERIFY(store.write({project, QDateTime::currentDateTime(), {{u"ru"_s, u"# Политика\n\nНе сохранено.\n"_s}}}).ok());
    cw::gui::MainWindow window;
    window.show();
    // The question is modal: answer it when it shows.
    QTimer::singleShot(0, &window, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box && box->text().contains(u"acme.cwproj"_s));
        box->button(QMessageBox::Yes)->click();
    });
    QCOMPARE(window.offerCrashRecovery(), 1);
    EditorWindow *editor = window.findChild<EditorWindow *>();
    QVERIFY(editor);
    QCOMPARE(editor->pane(u"ru"_s)->toPlainText(), u"# Политика\n\nНе сохранено.\n"_s);
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());
    QVERIFY(!store.find(project).has_value());
}

void TestEditorWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nominal: English UI") << u"en"_s;
    QTest::newRow("nominal: Russian UI (Cyrillic)") << u"ru"_s;
}

// A project assembled from the 152-FZ template, in both UI languages; $CW_SCREENSHOT_DIR keeps
// the PNGs for a look.
void TestEditorWindow::screenshots()
{
    QFETCH(QString, language);
    cw::i18n::installTranslators(*QCoreApplication::instance(), language);
    QTemporaryDir dir;
    const cw::library::PolicyTemplate *t = m_library->findTemplate(u"ru152-operator"_s);
    QVERIFY(t);
    QFile answersFile(t->sampleAnswers);
    QVERIFY(answersFile.open(QIODevice::ReadOnly));
    const auto answers = cw::library::readAnswers(answersFile.readAll(), t->sampleAnswers);
    QVERIFY(answers.ok());
    cw::doc::Project p = cw::doc::newProject(dir.filePath(u"operator.cwproj"_s), {u"en"_s, u"ru"_s});
    p.templateId = t->id;
    p.answers = *answers;
    std::map<QString, QString> texts;
    for (const QString &l : p.languages)
        texts[l] = *cw::library::assemble(*m_library, *t, *answers, l);
    QVERIFY(cw::doc::saveProject(p, texts).ok());
    EditorWindow editor(m_library);
    QVERIFY(editor.openProject(p.path).ok());
    editor.resize(1400, 820);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.libraryPanel()->selectClause(u"localization.ru152"_s));
    editor.setPreviewVisible(true);
    QTest::qWait(200); // the highlighter's and the preview's first paint
    const QImage image = editor.grab().toImage();
    QVERIFY(image.save(cwguitest::screenshotPath(dir, u"editor-"_s + language + u".png"_s)));
    QVERIFY(cwguitest::distinctColours(image) > 20);

    // The Parity dock on the same project with two defects put in the Russian text: a period
    // changed, and a paragraph left in English (the assembled texts match line by line).
    QStringList en = texts[u"en"_s].split(u'\n'), ru = texts[u"ru"_s].split(u'\n');
    QCOMPARE(en.size(), ru.size());
    for (qsizetype i = 0, done = 0; i < ru.size() && done < 2; ++i) {
        if (done == 0 && ru[i].contains(u"30 дней"_s)) {
            ru[i] = en[i];
            ++done;
        } else if (done == 1 && ru[i].contains(u"10 рабочих дней"_s)) {
            ru[i].replace(u"10 рабочих дней"_s, u"15 рабочих дней"_s);
            ++done;
        }
    }
    texts[u"ru"_s] = ru.join(u'\n');
    // A project of its own: the first editor watches the first one's files.
    p = cw::doc::newProject(dir.filePath(u"parity.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, texts).ok());
    EditorWindow parity(m_library);
    parity.setRecoveryPolicy(EditorWindow::Recovery::Discard);
    QSignalSpy checked(&parity, &EditorWindow::parityFinished);
    QVERIFY(parity.openProject(p.path).ok());
    parity.resize(1400, 900);
    parity.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parity));
    QVERIFY(checked.wait(20000));
    QTreeView *findings = parity.parityPanel()->findingsView();
    QVERIFY(findings->model()->rowCount() >= 2);
    findings->setCurrentIndex(findings->model()->index(findings->model()->rowCount() - 1, 0));
    parity.parityPanel()->goToCurrent();
    QTest::qWait(200);
    const QImage parityImage = parity.grab().toImage();
    QVERIFY(parityImage.save(cwguitest::screenshotPath(dir, u"parity-"_s + language + u".png"_s)));
    QVERIFY(cwguitest::distinctColours(parityImage) > 20);
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
