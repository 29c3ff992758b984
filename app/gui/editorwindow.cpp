#include "editorwindow.h"

#include "librarypanel.h"
#include "paritypanel.h"
#include "markdownhighlighter.h"
#include "policyedit.h"
#include "policyfiles.h"
#include "previewbrowser.h"
#include "settingskeys.h"

#include "library/assembly.h"
#include "diff/diff.h"
#include "diff/merge.h"
#include "analysis/lint.h"
#include "analysis/parity.h"
#include "analysis/taxonomy.h"
#include "document/importer.h"
#include "text/segmenter.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QFontDatabase>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTextBlock>
#include <QTabWidget>
#include <QTreeWidget>
#include <QFutureWatcher>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

namespace {

QString languageName(const QString &code)
{
    return code == u"ru"_s ? EditorWindow::tr("Russian") : EditorWindow::tr("English");
}

// Replaces a pane's whole text as one edit, so that one undo brings the old text back.
void replaceText(QPlainTextEdit *pane, const QString &text)
{
    QTextCursor all(pane->document());
    all.select(QTextCursor::Document);
    all.insertText(text);
}

bool isMarker(const QTextBlock &b)
{
    return PolicyEdit::markerOf(b.text(), nullptr, nullptr);
}

bool isHeading(const QTextBlock &b)
{
    return b.text().startsWith(u'#');
}

// What "the paragraph under the cursor" is: inside a clause (below its marker, before the next
// marker or heading), the whole clause with its marker, so that replacing it leaves nothing
// of the old one; elsewhere the run of non-blank lines the cursor is in. Null on a blank line.
QTextCursor paragraphAt(QTextCursor cursor)
{
    const QTextBlock here = cursor.block();
    if (here.text().trimmed().isEmpty() || isHeading(here))
        return {};
    QTextBlock first = here, last = here;
    for (QTextBlock b = here; b.isValid() && !isHeading(b); b = b.previous())
        if (isMarker(b)) {
            first = b;
            break;
        }
    if (isMarker(first)) {
        for (QTextBlock b = first.next(); b.isValid() && !isMarker(b) && !isHeading(b); b = b.next())
            if (!b.text().trimmed().isEmpty())
                last = b;
    } else {
        while (first.previous().isValid() && !first.previous().text().trimmed().isEmpty())
            first = first.previous();
        while (last.next().isValid() && !last.next().text().trimmed().isEmpty())
            last = last.next();
    }
    QTextCursor c(cursor.document());
    c.setPosition(first.position());
    c.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    return c;
}

} // namespace

EditorWindow::EditorWindow(std::shared_ptr<const library::Library> library, QWidget *parent)
    : QMainWindow(parent), m_libraries(std::move(library))
{
    setObjectName(u"editorWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_central = new QWidget(this);
    setCentralWidget(m_central);

    m_library = new LibraryPanel(this);
    m_library->setInsertionEnabled(true);
    if (m_libraries)
        m_library->setLibrary(m_libraries);
    connect(m_library, &LibraryPanel::insertRequested, this, [this](const QString &id, bool replace) { insertClause(id, replace); });
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(u"editorLibraryDock"_s);
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    resizeDocks({m_libraryDock}, {440}, Qt::Horizontal);

    m_parity = new ParityPanel(this);
    m_parity->setObjectName(u"parityPanel"_s);
    m_parityDock = new QDockWidget(this);
    m_parityDock->setObjectName(u"editorParityDock"_s);
    m_parityDock->setWidget(m_parity);
    addDockWidget(Qt::BottomDockWidgetArea, m_parityDock);
    connect(m_parity, &ParityPanel::jumpRequested, this, &EditorWindow::showRanges);
    connect(m_parity, &ParityPanel::refreshRequested, this, &EditorWindow::startParity);
    connect(m_parityDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_parityPending)
            startParity();
    });
    connect(m_parity, &ParityPanel::confirmRequested, this, [this](const QString &key, const QString &hash) {
        if (m_project.readOnly)
            return;
        m_project.sync.insert(key, hash);
        m_projectChanged = true;
        updateTitle();
        startParity();
    });
    connect(m_parity, &ParityPanel::intentionalRequested, this, [this](const QString &fingerprint) {
        if (m_project.readOnly || m_project.intentional.contains(fingerprint))
            return;
        m_project.intentional << fingerprint;
        m_projectChanged = true;
        updateTitle();
        startParity();
    });

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    // A few seconds of idle typing (Preferences).
    m_autosave->setInterval(1000 * std::clamp(QSettings().value(keys::autosaveSeconds(), 3).toInt(), 1, 120));
    connect(m_autosave, &QTimer::timeout, this, &EditorWindow::autosave);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Saving elsewhere may replace the file (a rename), which drops it from the watcher.
        QTimer::singleShot(200, this, &EditorWindow::checkExternalChanges);
    });

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &EditorWindow::refreshPreviews);
    m_previewAction = new QAction(this);
    m_previewAction->setObjectName(u"previewAction"_s);
    m_previewAction->setCheckable(true);
    m_previewAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_previewAction, &QAction::toggled, this, &EditorWindow::setPreviewVisible);

    m_syncAction = new QAction(this);
    m_syncAction->setObjectName(u"scrollSyncAction"_s);
    m_syncAction->setCheckable(true);
    m_syncAction->setChecked(true);

    m_spellingAction = new QAction(this);
    m_spellingAction->setObjectName(u"spellingAction"_s);
    m_spellingAction->setCheckable(true);
    m_spellingAction->setChecked(true);
    m_spellingAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_spellingAction, &QAction::toggled, this, &EditorWindow::setSpellingEnabled);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_replaceEdit->parentWidget()->setVisible(false);
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    m_replaceTextAction = new QAction(this);
    m_replaceTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_replaceTextAction, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_replaceEdit->parentWidget()->setVisible(true);
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(u"projectUndoAction"_s);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    connect(m_undoAction, &QAction::triggered, this, &EditorWindow::undoInProject);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(u"projectRedoAction"_s);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y));
    connect(m_redoAction, &QAction::triggered, this, &EditorWindow::redoInProject);
    m_goToAction = new QAction(this);
    m_goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToAction, &QAction::triggered, this, [this] {
        const QStringList list = sections();
        if (list.isEmpty())
            return;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Go to Section"), tr("Section:"), list, 0, false, &ok);
        if (ok)
            goToSection(int(list.indexOf(chosen)));
    });
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoom(+1); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoom(-1); });
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { zoom(-m_zoom); });
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(500);
    connect(m_countTimer, &QTimer::timeout, this, [this] {
        m_wordCount->setText(wordCountText());
        refreshOutlines();
        startAnalysis();
    });
    m_outlineTabs = new QTabWidget(this);
    m_outlineDock = new QDockWidget(this);
    m_outlineDock->setObjectName(u"editorOutlineDock"_s);
    m_outlineDock->setWidget(m_outlineTabs);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    resizeDocks({m_outlineDock}, {220}, Qt::Horizontal);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &EditorWindow::save);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"editorExportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &EditorWindow::exportPane);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    m_insertAction = new QAction(this);
    m_insertAction->setObjectName(u"insertClauseAction"_s);
    m_insertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_insertAction, &QAction::triggered, this, [this] { insertClause(m_library->selectedClause(), false); });
    m_replaceAction = new QAction(this);
    m_replaceAction->setObjectName(u"replaceParagraphAction"_s);
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_replaceAction, &QAction::triggered, this, [this] { insertClause(m_library->selectedClause(), true); });

    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(u"editorFileMenu"_s);
    file->addAction(m_saveAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(u"editorEditMenu"_s);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_replaceTextAction);
    edit->addAction(m_goToAction);
    QMenu *insert = menuBar()->addMenu(QString());
    insert->setObjectName(u"editorInsertMenu"_s);
    insert->addAction(m_insertAction);
    insert->addAction(m_replaceAction);
    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(u"editorViewMenu"_s);
    view->addAction(m_previewAction);
    view->addAction(m_syncAction);
    view->addAction(m_spellingAction);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addAction(m_outlineDock->toggleViewAction());
    view->addAction(m_libraryDock->toggleViewAction());
    view->addAction(m_parityDock->toggleViewAction());
    // Walking the parity findings: F4 / Shift+F4, as a translator walks a CAT tool's QA list.
    m_nextFindingAction = new QAction(this);
    m_nextFindingAction->setObjectName(u"nextFindingAction"_s);
    m_nextFindingAction->setShortcut(QKeySequence(Qt::Key_F4));
    connect(m_nextFindingAction, &QAction::triggered, this, [this] {
        m_parityDock->show();
        m_parity->step(+1);
    });
    m_previousFindingAction = new QAction(this);
    m_previousFindingAction->setObjectName(u"previousFindingAction"_s);
    m_previousFindingAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4));
    connect(m_previousFindingAction, &QAction::triggered, this, [this] {
        m_parityDock->show();
        m_parity->step(-1);
    });
    view->addAction(m_nextFindingAction);
    view->addAction(m_previousFindingAction);
    m_outlineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_libraryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_parityDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    m_findings = new QLabel(this);
    m_findings->setObjectName(u"findingsCount"_s);
    statusBar()->addPermanentWidget(m_findings);
    m_wordCount = new QLabel(this);
    m_wordCount->setObjectName(u"wordCount"_s);
    m_wordCount->setContentsMargins(16, 0, 0, 0);
    statusBar()->addPermanentWidget(m_wordCount);
    buildFindBar();
    retranslateUi();
    resize(1280, 820);
}

EditorWindow::~EditorWindow() = default;

Result<bool> EditorWindow::openProject(const QString &path)
{
    auto project = doc::openProject(path);
    if (!project)
        return project.error();
    std::map<QString, QString> texts;
    for (const QString &language : project->languages) {
        QFile f(project->filePath(language));
        if (f.exists() && !f.open(QIODevice::ReadOnly))
            return Error{u"unreadable"_s, tr("%1: cannot read: %2").arg(f.fileName(), f.errorString())};
        texts[language] = f.isOpen() ? QString::fromUtf8(f.readAll()) : QString();
    }
    m_project = std::move(*project);
    m_onDisk.clear();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    for (const QString &language : m_project.languages) {
        m_onDisk[language] = texts[language].toUtf8();
        if (QFileInfo::exists(m_project.filePath(language)))
            m_watcher->addPath(m_project.filePath(language));
    }
    // One pane per language, side by side.
    delete m_central->layout();
    for (auto &[language, pane] : m_panes)
        delete pane->parentWidget();
    m_panes.clear();
    m_paneLabels.clear();
    m_previews.clear();
    m_highlighters.clear();
    m_spellers.clear();
    m_outlineTabs->clear();
    for (auto &[language, tree] : m_outlines)
        delete tree;
    m_outlines.clear();
    m_undoOrder.clear();
    m_redoOrder.clear();
    m_anchors.clear();
    m_projectChanged = false;
    QStringList noDictionary;
    m_lastPane = nullptr;
    auto *splitter = new QSplitter(Qt::Horizontal, m_central);
    for (const QString &language : m_project.languages) {
        auto *column = new QWidget(splitter);
        auto *label = new QLabel(column);
        auto *pane = new PolicyEdit(column);
        pane->setObjectName(u"editor_"_s + language);
        pane->setMarkerDescriber([this](const QString &id, int edition) { return describeMarker(id, edition); });
        pane->setPlainText(texts[language]);
        pane->document()->setModified(false);
        pane->setReadOnly(m_project.readOnly);
        pane->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        pane->installEventFilter(this);
        auto *highlighter = new MarkdownHighlighter(pane->document());
        m_highlighters[language] = highlighter;
        pane->setFont(editorFont());
        const QString dictionaries = QSettings().value(keys::dictionaryFolder()).toString();
        if (auto checker = text::SpellChecker::open(text::languageFromCode(language),
                                                    dictionaries.isEmpty() ? QStringList() : QStringList{dictionaries})) {
            for (const QString &w : m_project.words)
                (*checker)->addWord(w);
            m_spellers[language] = *checker;
            if (m_spellingAction->isChecked())
                highlighter->setSpellChecker(*checker);
        } else {
            noDictionary << checker.error().message;
        }
        pane->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(pane, &QWidget::customContextMenuRequested, this,
                [this, pane, language](const QPoint &at) { showPaneMenu(pane, language, at); });
        connect(pane->document(), &QTextDocument::modificationChanged, this, &EditorWindow::updateTitle);
        connect(pane->document(), &QTextDocument::contentsChanged, m_autosave, qOverload<>(&QTimer::start));
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, language] { syncScroll(language); });
        connect(pane->document(), &QTextDocument::contentsChanged, this, [this, language] { m_anchors.erase(language); });
        connect(pane->document(), &QTextDocument::contentsChanged, m_countTimer, qOverload<>(&QTimer::start));
        connect(pane->document(), &QTextDocument::undoCommandAdded, this, [this, pane] {
            if (m_undoing)
                return;
            m_undoOrder.push_back(pane);
            m_redoOrder.clear();
        });
        if (m_zoom != 0)
            pane->zoomIn(m_zoom);
        auto *preview = new PreviewBrowser(column);
        preview->setObjectName(u"preview_"_s + language);
        preview->setVisible(m_previewAction->isChecked());
        connect(pane->document(), &QTextDocument::contentsChanged, this, [this] {
            if (m_previewAction->isChecked())
                m_previewTimer->start();
        });
        auto *split = new QSplitter(Qt::Vertical, column);
        split->addWidget(pane);
        split->addWidget(preview);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(split, 1);
        m_previews[language] = preview;
        auto *tree = new QTreeWidget(m_outlineTabs);
        tree->setObjectName(u"outline_"_s + language);
        tree->setHeaderHidden(true);
        connect(tree, &QTreeWidget::itemActivated, this, [this, pane, tree](QTreeWidgetItem *item) {
            m_lastPane = pane;
            goToSection(item->data(0, Qt::UserRole).toInt());
            Q_UNUSED(tree);
        });
        connect(tree, &QTreeWidget::itemClicked, tree, &QTreeWidget::itemActivated);
        m_outlineTabs->addTab(tree, languageName(language));
        m_outlines[language] = tree;
        splitter->addWidget(column);
        m_panes[language] = pane;
        m_paneLabels[language] = label;
        if (!m_lastPane)
            m_lastPane = pane;
    }
    auto *layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findBar);
    m_wordCount->setText(wordCountText());
    refreshOutlines();
    // The Parity dock shows where there are two languages to compare (View, Alt+5, still opens it).
    m_parityDock->setVisible(m_panes.count(u"en"_s) && m_panes.count(u"ru"_s));
    startAnalysis();
    m_saveAction->setEnabled(!m_project.readOnly);
    m_insertAction->setEnabled(!m_project.readOnly);
    m_replaceAction->setEnabled(!m_project.readOnly);
    if (m_project.readOnly)
        showMessage(m_project.readOnlyReason);
    else if (!noDictionary.isEmpty())
        showMessage(noDictionary.join(u' '));
    retranslateUi();
    offerRecovery();
    return true;
}

QFont EditorWindow::editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString saved = QSettings().value(keys::editorFont()).toString();
    if (!saved.isEmpty())
        font.fromString(saved);
    return font;
}

QString EditorWindow::recoveryFolder()
{
    // $CLAUSEWRIGHT_RECOVERY_DIR for a portable set-up or a test that crashes the app on purpose.
    const QString env = qEnvironmentVariable("CLAUSEWRIGHT_RECOVERY_DIR");
    return env.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"recovery"_s)
                         : env;
}

void EditorWindow::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

int EditorWindow::autosaveInterval() const
{
    return m_autosave->interval();
}

QString EditorWindow::projectKey() const
{
    return m_project.path.isEmpty() ? m_project.filePath(m_project.languages.value(0)) : m_project.path;
}

void EditorWindow::autosave()
{
    if (m_project.readOnly || m_panes.empty() || !isModified())
        return;
    doc::RecoverySnapshot snapshot{projectKey(), QDateTime::currentDateTime(), {}};
    for (const auto &[language, pane] : m_panes)
        snapshot.texts[language] = pane->toPlainText();
    if (const auto written = m_recovery.write(snapshot); !written)
        showMessage(written.error().message);
}

void EditorWindow::offerRecovery()
{
    const std::optional<doc::RecoverySnapshot> snapshot = m_recovery.find(projectKey());
    if (!snapshot || m_project.readOnly)
        return;
    // What the snapshot changes against the saved files, in words (core's diff).
    QStringList changes;
    for (const auto &[language, text] : snapshot->texts) {
        QPlainTextEdit *pane = this->pane(language);
        if (!pane || pane->toPlainText() == text)
            continue;
        const auto &registry = doc::ImporterRegistry::withBuiltins();
        const auto saved = registry.importBytes(pane->toPlainText().toUtf8(), {u"saved.md"_s});
        const auto recovered = registry.importBytes(text.toUtf8(), {u"recovered.md"_s});
        const auto d = saved && recovered ? diff::compare(*saved, *recovered) : Result<diff::DiffResult>(Error{});
        changes << (d ? tr("%1: %2 words added, %3 removed").arg(languageName(language)).arg(d->stats.insertedWords).arg(d->stats.deletedWords)
                      : languageName(language));
    }
    if (changes.isEmpty()) {
        m_recovery.discard(projectKey());
        return;
    }
    bool recover = m_recoveryPolicy == Recovery::Recover;
    if (m_recoveryPolicy == Recovery::Ask)
        recover = QMessageBox::question(this, tr("Recover Unsaved Changes"),
                                        tr("Clausewright closed on %1 without saving changes to this project:\n\n%2\n\n"
                                           "Recover them? They can then be saved, or undone.")
                                            .arg(QLocale().toString(snapshot->time, QLocale::ShortFormat), changes.join(u'\n')),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                  == QMessageBox::Yes;
    if (!recover) {
        m_recovery.discard(projectKey());
        return;
    }
    for (const auto &[language, text] : snapshot->texts)
        if (QPlainTextEdit *pane = this->pane(language); pane && pane->toPlainText() != text) {
            replaceText(pane, text); // undo returns to the saved text
        }
    showMessage(tr("Recovered unsaved changes from %1").arg(QLocale().toString(snapshot->time, QLocale::ShortFormat)));
}

PreviewBrowser *EditorWindow::preview(const QString &language) const
{
    const auto it = m_previews.find(language);
    return it == m_previews.end() ? nullptr : it->second;
}

void EditorWindow::setPreviewVisible(bool visible)
{
    if (m_previewAction->isChecked() != visible) {
        m_previewAction->setChecked(visible); // comes back here through toggled()
        return;
    }
    for (const auto &[language, preview] : m_previews)
        preview->setVisible(visible);
    if (visible)
        refreshPreviews();
}

void EditorWindow::refreshPreviews()
{
    if (!m_previewAction->isChecked())
        return;
    // A policy of a few hundred pages is rendered around the cursor only (its top-level
    // section), so that a pause in typing never costs more than a moment.
    constexpr qsizetype WholeUpTo = 150'000;
    for (const auto &[language, preview] : m_previews) {
        const QPlainTextEdit *pane = m_panes.at(language);
        const QString text = pane->toPlainText();
        if (text.size() <= WholeUpTo) {
            preview->setMarkdown(text);
            continue;
        }
        static const QRegularExpression topHeading(u"^#{1,2}\\s"_s, QRegularExpression::MultilineOption);
        const qsizetype cursor = pane->textCursor().position();
        qsizetype start = 0;
        for (auto it = topHeading.globalMatch(text); it.hasNext();) {
            const qsizetype at = it.next().capturedStart();
            if (at > cursor)
                break;
            start = at;
        }
        const auto next = topHeading.match(text, start + 1);
        const qsizetype end = std::min(next.hasMatch() ? next.capturedStart() : text.size(), start + WholeUpTo);
        preview->setMarkdown(text.mid(start, end - start));
    }
}

void EditorWindow::checkExternalChanges()
{
    if (m_asking)
        return;
    for (const auto &[language, pane] : m_panes) {
        const QString path = m_project.filePath(language);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // removed or being replaced: nothing to offer yet
        if (!m_watcher->files().contains(path))
            m_watcher->addPath(path);
        const QByteArray bytes = f.readAll();
        if (bytes == m_onDisk[language])
            continue; // our own save, or a touch
        const QByteArray previous = std::exchange(m_onDisk[language], bytes);
        const bool edited = pane->document()->isModified();
        External action = m_externalPolicy;
        if (action == External::Ask) {
            m_asking = true;
            const QString name = QFileInfo(path).fileName();
            QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                            edited ? tr("%1 was changed by another program, and it has unsaved changes here.").arg(name)
                                   : tr("%1 was changed by another program. Load the version on disk?").arg(name),
                            QMessageBox::NoButton, this);
            QPushButton *merge = edited ? box.addButton(tr("&Merge Both"), QMessageBox::AcceptRole) : nullptr;
            QPushButton *load = box.addButton(tr("&Load from Disk"), edited ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
            box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
            box.setDefaultButton(merge ? merge : load);
            box.exec();
            action = box.clickedButton() == merge && merge ? External::Merge : box.clickedButton() == load ? External::Reload : External::Keep;
            m_asking = false;
        }
        if (action == External::Keep) {
            // Kept: the text here now differs from the file.
            pane->document()->setModified(true);
            continue;
        }
        if (action == External::Merge && edited) {
            const diff::MergeResult merged = diff::mergeThreeWay(QString::fromUtf8(previous), pane->toPlainText(),
                                                                 QString::fromUtf8(bytes), tr("here"), tr("on disk"));
            replaceText(pane, merged.text); // undo returns to the text as it was here
            pane->document()->setModified(true);
            showMessage(merged.conflicts == 0
                            ? tr("Merged the changes on disk into %1").arg(QFileInfo(path).fileName())
                            : tr("Merged the changes on disk into %1: %n conflict(s) marked <<<<<<<", nullptr, merged.conflicts)
                                  .arg(QFileInfo(path).fileName()));
            continue;
        }
        replaceText(pane, QString::fromUtf8(bytes)); // undo returns to the text as it was here
        pane->document()->setModified(false);
        showMessage(tr("Reloaded %1 after it changed on disk").arg(QFileInfo(path).fileName()));
    }
}

namespace {

// A pattern as the find bar means it: literal text unless `regex`.
QRegularExpression patternOf(const QString &pattern, bool regex, bool matchCase)
{
    // \w and \b know Cyrillic letters only with Unicode properties on.
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!matchCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(regex ? pattern : QRegularExpression::escape(pattern), options);
}

int countMatches(const QRegularExpression &re, const QString &text)
{
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

bool EditorWindow::undoInProject()
{
    return stepInProject(m_undoOrder, m_redoOrder, true);
}

bool EditorWindow::redoInProject()
{
    return stepInProject(m_redoOrder, m_undoOrder, false);
}

// Undoes (or redoes) the newest edit of `from` in its pane and files it in `to`. Edits a pane
// already undid or redid on its own (Ctrl+Z inside it) are skipped.
bool EditorWindow::stepInProject(std::vector<QPlainTextEdit *> &from, std::vector<QPlainTextEdit *> &to, bool undo)
{
    auto available = [undo](QPlainTextEdit *pane) {
        return undo ? pane->document()->isUndoAvailable() : pane->document()->isRedoAvailable();
    };
    while (!from.empty() && !available(from.back()))
        from.pop_back();
    if (from.empty())
        return false;
    QPlainTextEdit *pane = from.back();
    from.pop_back();
    m_undoing = true;
    if (undo)
        pane->undo();
    else
        pane->redo();
    m_undoing = false;
    to.push_back(pane);
    m_lastPane = pane;
    return true;
}

void EditorWindow::startParity()
{
    const auto en = m_panes.find(u"en"_s), ru = m_panes.find(u"ru"_s);
    if (en == m_panes.end() || ru == m_panes.end()) {
        m_parity->setUnavailable(tr("Parity compares the English and Russian texts of a project; this one has only one language."));
        return;
    }
    // A closed dock costs nothing: the check runs when it opens again.
    if (m_parityDock->isHidden()) {
        m_parityPending = true;
        return;
    }
    m_parityPending = false;
    // Copies go to a pool thread, with the project's confirmed sections and intended
    // differences; a newer check supersedes this one.
    const int generation = ++m_parityGeneration;
    const QString english = en->second->toPlainText(), russian = ru->second->toPlainText();
    analysis::ParityOptions options;
    for (auto it = m_project.sync.begin(); it != m_project.sync.end(); ++it)
        options.sync.insert(it.key(), it.value().toString());
    for (const QString &f : m_project.intentional)
        options.intentional.insert(f);
    m_parity->setBusy(true);
    auto *watcher = new QFutureWatcher<analysis::ParityReport>(this);
    connect(watcher, &QFutureWatcher<analysis::ParityReport>::finished, this, [this, watcher, generation, english, russian] {
        watcher->deleteLater();
        if (generation != m_parityGeneration)
            return;
        m_parity->setReport(watcher->result(), english, russian);
        Q_EMIT parityFinished();
    });
    watcher->setFuture(QtConcurrent::run([english, russian, options] {
        static const auto rules = analysis::ParityRules::builtin();
        static const auto taxonomy = analysis::Taxonomy::builtin();
        if (!rules)
            return analysis::ParityReport();
        analysis::ParityOptions withTopics = options;
        if (taxonomy)
            withTopics.taxonomy = &*taxonomy; // the topics of each section help pair sections
        auto import = [](const QString &text, const QString &language) {
            doc::ImportOptions o;
            o.fileName = u"policy."_s + language + u".md"_s;
            o.language = text::languageFromCode(language);
            return doc::ImporterRegistry::withBuiltins().importBytes(text.toUtf8(), o);
        };
        const auto e = import(english, u"en"_s), r = import(russian, u"ru"_s);
        if (!e || !r)
            return analysis::ParityReport();
        return analysis::checkParity(*e, *r, *rules, withTopics);
    }));
}

void EditorWindow::showRanges(doc::TextRange english, doc::TextRange russian)
{
    // Both panes select their side; scrolling one must not drag the other elsewhere.
    const bool syncing = m_syncing;
    m_syncing = true;
    for (const auto &[language, range] : {std::pair{u"en"_s, english}, std::pair{u"ru"_s, russian}}) {
        QPlainTextEdit *p = pane(language);
        if (!p)
            continue;
        const int size = p->document()->characterCount() - 1;
        QTextCursor c(p->document());
        c.setPosition(int(std::clamp<qsizetype>(range.start, 0, size)));
        c.setPosition(int(std::clamp<qsizetype>(range.end, 0, size)), QTextCursor::KeepAnchor);
        p->setTextCursor(c);
        p->centerCursor();
    }
    m_syncing = syncing;
}

void EditorWindow::startAnalysis()
{
    // Copies of the texts go to a pool thread; the answer is dropped if newer text came since.
    const int generation = ++m_analysisGeneration;
    std::vector<std::pair<QString, QString>> texts;
    for (const auto &[language, pane] : m_panes)
        texts.emplace_back(language, pane->toPlainText());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_analysisGeneration)
            return;
        m_findingsText = watcher->result();
        m_findings->setText(m_findingsText);
        Q_EMIT analysisFinished();
    });
    startParity();
    watcher->setFuture(QtConcurrent::run([texts] {
        static const auto rules = analysis::LintRules::builtin();
        QStringList parts;
        for (const auto &[language, text] : texts) {
            doc::ImportOptions options;
            options.fileName = u"policy."_s + language + u".md"_s;
            options.language = text::languageFromCode(language);
            const auto document = doc::ImporterRegistry::withBuiltins().importBytes(text.toUtf8(), options);
            const qsizetype n = document && rules ? qsizetype(analysis::lint(*document, *rules).size()) : 0;
            parts << EditorWindow::tr("%1: %n finding(s)", nullptr, int(n)).arg(language.toUpper());
        }
        return parts.join(u"  ·  "_s);
    }));
}

QTreeWidget *EditorWindow::outline(const QString &language) const
{
    const auto it = m_outlines.find(language);
    return it == m_outlines.end() ? nullptr : it->second;
}

void EditorWindow::refreshOutlines()
{
    for (const auto &[language, tree] : m_outlines) {
        tree->clear();
        std::vector<QTreeWidgetItem *> parents; // the last item of each level
        int index = 0;
        for (QTextBlock b = m_panes.at(language)->document()->begin(); b.isValid(); b = b.next()) {
            const QString line = b.text();
            if (!line.startsWith(u'#'))
                continue;
            const int level = int(line.indexOf(QRegularExpression(u"[^#]"_s)));
            const QString title = line.mid(level).trimmed();
            while (!parents.empty() && int(parents.size()) >= level)
                parents.pop_back();
            auto *item = parents.empty() ? new QTreeWidgetItem(tree) : new QTreeWidgetItem(parents.back());
            item->setText(0, title);
            item->setData(0, Qt::UserRole, index++);
            while (int(parents.size()) < level - 1)
                parents.push_back(item); // a skipped level nests under this one
            parents.push_back(item);
        }
        tree->expandAll();
    }
}

QString EditorWindow::describeMarker(const QString &id, int edition) const
{
    const library::Clause *c = m_libraries ? m_libraries->clause(id) : nullptr;
    if (!c)
        return tr("Clause %1, edition %2 (not in the loaded libraries)").arg(id).arg(edition);
    QString tip = tr("Clause %1, edition %2 — topic: %3").arg(id).arg(edition).arg(c->topic);
    if (c->edition > edition)
        tip += u'\n' + tr("The library has edition %1 (clausewright-cli library updates shows what changed)").arg(c->edition);
    return tip;
}

void EditorWindow::buildFindBar()
{
    m_findBar = new QWidget(m_central);
    m_findBar->setObjectName(u"findBar"_s);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(u"findEdit"_s);
    m_regexBox = new QCheckBox(m_findBar);
    m_caseBox = new QCheckBox(m_findBar);
    m_findStatus = new QLabel(m_findBar);
    auto *next = new QPushButton(m_findBar);
    auto *previous = new QPushButton(m_findBar);
    auto *close = new QPushButton(m_findBar);
    next->setObjectName(u"findNext"_s);
    previous->setObjectName(u"findPrevious"_s);
    close->setObjectName(u"findClose"_s);
    auto *replaceRow = new QWidget(m_findBar);
    m_replaceEdit = new QLineEdit(replaceRow);
    m_replaceEdit->setObjectName(u"replaceEdit"_s);
    auto *replaceOne = new QPushButton(replaceRow);
    auto *replaceAllButton = new QPushButton(replaceRow);
    replaceOne->setObjectName(u"replaceOne"_s);
    replaceAllButton->setObjectName(u"replaceAll"_s);
    auto findNext = [this](bool backwards) {
        if (!find(m_findEdit->text(), m_regexBox->isChecked(), m_caseBox->isChecked(), backwards))
            m_findStatus->setText(tr("Not found"));
    };
    connect(m_findEdit, &QLineEdit::returnPressed, this, [findNext] { findNext(false); });
    connect(next, &QPushButton::clicked, this, [findNext] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [findNext] { findNext(true); });
    connect(close, &QPushButton::clicked, m_findBar, &QWidget::hide);
    connect(replaceOne, &QPushButton::clicked, this, [this, findNext] {
        // Replaces the current match (the selection, when it is one) and moves to the next.
        if (m_lastPane && m_lastPane->textCursor().hasSelection() && !m_project.readOnly) {
            QTextCursor c = m_lastPane->textCursor();
            QString replacement = m_replaceEdit->text();
            if (m_regexBox->isChecked()) {
                replacement = c.selectedText().replace(patternOf(m_findEdit->text(), true, m_caseBox->isChecked()), replacement);
            }
            c.insertText(replacement);
        }
        findNext(false);
    });
    connect(replaceAllButton, &QPushButton::clicked, this, [this] {
        const int n = replaceAll(m_findEdit->text(), m_replaceEdit->text(), m_regexBox->isChecked(), m_caseBox->isChecked());
        m_findStatus->setText(tr("%n replaced", nullptr, n));
    });
    auto *replaceLayout = new QHBoxLayout(replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replaceEdit, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceAllButton);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_regexBox);
    findRow->addWidget(m_caseBox);
    findRow->addWidget(m_findStatus);
    findRow->addWidget(close);
    auto *layout = new QVBoxLayout(m_findBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(findRow);
    layout->addWidget(replaceRow);
    m_findBar->hide();
}

bool EditorWindow::find(const QString &pattern, bool regex, bool matchCase, bool backwards)
{
    QPlainTextEdit *pane = m_lastPane;
    const QRegularExpression re = patternOf(pattern, regex, matchCase);
    if (!pane || pattern.isEmpty() || !re.isValid()) {
        if (!re.isValid())
            m_findStatus->setText(tr("Invalid pattern: %1").arg(re.errorString()));
        return false;
    }
    QTextDocument::FindFlags flags;
    if (matchCase) // QTextDocument::find does not read the expression's case option
        flags |= QTextDocument::FindCaseSensitively;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = pane->document()->find(re, pane->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(pane->document());
        if (backwards)
            from.movePosition(QTextCursor::End);
        found = pane->document()->find(re, from, flags);
    }
    if (found.isNull())
        return false;
    pane->setTextCursor(found);
    m_findStatus->setText(tr("%n match(es)", nullptr, countMatches(re, pane->toPlainText())));
    return true;
}

int EditorWindow::replaceAll(const QString &pattern, const QString &replacement, bool regex, bool matchCase)
{
    QPlainTextEdit *pane = m_lastPane;
    const QRegularExpression re = patternOf(pattern, regex, matchCase);
    if (!pane || pattern.isEmpty() || !re.isValid() || m_project.readOnly)
        return 0;
    const QString before = pane->toPlainText();
    const int count = countMatches(re, before);
    if (count == 0)
        return 0;
    QString after = before;
    after.replace(re, regex ? replacement : QString(replacement).replace(u'\\', u"\\\\"_s));
    replaceText(pane, after); // one undo step
    return count;
}

QStringList EditorWindow::sections() const
{
    QStringList out;
    if (!m_lastPane)
        return out;
    for (QTextBlock b = m_lastPane->document()->begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(u'#'))
            out << b.text();
    return out;
}

bool EditorWindow::goToSection(int index)
{
    if (!m_lastPane || index < 0)
        return false;
    int k = 0;
    for (QTextBlock b = m_lastPane->document()->begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(u'#') && k++ == index) {
            QTextCursor c(b);
            m_lastPane->setTextCursor(c);
            m_lastPane->verticalScrollBar()->setValue(b.firstLineNumber());
            m_lastPane->setFocus();
            return true;
        }
    return false;
}

void EditorWindow::zoom(int steps)
{
    m_zoom += steps;
    for (const auto &[language, pane] : m_panes) {
        if (steps > 0)
            pane->zoomIn(steps);
        else
            pane->zoomOut(-steps);
    }
}

QString EditorWindow::wordCountText() const
{
    QStringList parts;
    for (const auto &[language, pane] : m_panes)
        parts << tr("%1: %n word(s)", nullptr, int(text::wordCount(pane->toPlainText(), text::languageFromCode(language))))
                     .arg(language.toUpper());
    return parts.join(u"  ·  "_s);
}

void EditorWindow::setSpellingEnabled(bool on)
{
    if (m_spellingAction->isChecked() != on) {
        m_spellingAction->setChecked(on); // comes back here through toggled()
        return;
    }
    for (const auto &[language, highlighter] : m_highlighters) {
        const auto it = m_spellers.find(language);
        highlighter->setSpellChecker(on && it != m_spellers.end() ? it->second : nullptr);
    }
}

QStringList EditorWindow::spellingSuggestions(const QString &language, const QString &word) const
{
    const auto it = m_spellers.find(language);
    return it == m_spellers.end() ? QStringList() : it->second->suggestions(word);
}

void EditorWindow::addProjectWord(const QString &word)
{
    if (word.isEmpty() || m_project.words.contains(word))
        return;
    m_project.words << word;
    m_projectChanged = !m_project.path.isEmpty(); // a lone policy has no project file to keep it in
    for (const auto &[language, checker] : m_spellers)
        checker->addWord(word);
    for (const auto &[language, highlighter] : m_highlighters)
        highlighter->rehighlight();
    updateTitle();
    showMessage(tr("“%1” added to the project's words").arg(word));
}

bool EditorWindow::isFlagged(const QString &language, qsizetype position) const
{
    const QPlainTextEdit *p = pane(language);
    const auto it = m_spellers.find(language);
    if (!p || it == m_spellers.end() || !m_spellingAction->isChecked())
        return false;
    const QTextBlock block = p->document()->findBlock(int(position));
    const qsizetype inBlock = position - block.position();
    for (const auto &[start, end] : it->second->misspelled(block.text()))
        if (inBlock >= start && inBlock < end)
            return true;
    return false;
}

void EditorWindow::showPaneMenu(QPlainTextEdit *pane, const QString &language, const QPoint &at)
{
    std::unique_ptr<QMenu> menu(pane->createStandardContextMenu(at));
    QTextCursor cursor = pane->cursorForPosition(at);
    if (isFlagged(language, cursor.position()) && !m_project.readOnly) {
        cursor.select(QTextCursor::WordUnderCursor);
        // QTextCursor's word stops at an apostrophe or hyphen; the checker's word does not.
        const QTextBlock block = cursor.block();
        const qsizetype inBlock = pane->cursorForPosition(at).position() - block.position();
        for (const auto &[start, end] : m_spellers.at(language)->misspelled(block.text()))
            if (inBlock >= start && inBlock < end) {
                cursor.setPosition(block.position() + int(start));
                cursor.setPosition(block.position() + int(end), QTextCursor::KeepAnchor);
            }
        const QString word = cursor.selectedText();
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = spellingSuggestions(language, word);
        for (const QString &s : suggestions) {
            auto *a = new QAction(s, menu.get());
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            connect(a, &QAction::triggered, pane, [pane, cursor, s]() mutable {
                cursor.insertText(s);
                pane->setTextCursor(cursor);
            });
            menu->insertAction(first, a);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("(no suggestions)"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto *add = new QAction(tr("Add “%1” to the Project's Words").arg(word), menu.get());
        connect(add, &QAction::triggered, this, [this, word] { addProjectWord(word); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(pane->viewport()->mapToGlobal(at));
}

void EditorWindow::setScrollSync(bool on)
{
    m_syncAction->setChecked(on);
}

namespace {

// Where a pane's text can be matched with another's: each clause marker ("clause:ID") and each
// heading by its order ("heading:N"), with their block numbers.
std::vector<std::pair<int, QString>> anchorsOf(const QTextDocument *document)
{
    std::vector<std::pair<int, QString>> out;
    int headings = 0;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text().trimmed();
        if (text.startsWith(u'#'))
            out.emplace_back(b.blockNumber(), u"heading:"_s + QString::number(++headings));
        else if (QString id; PolicyEdit::markerOf(text, &id, nullptr))
            out.emplace_back(b.blockNumber(), u"clause:"_s + id);
    }
    return out;
}

} // namespace

const std::vector<std::pair<int, QString>> &EditorWindow::anchors(const QString &language)
{
    auto it = m_anchors.find(language);
    if (it == m_anchors.end())
        it = m_anchors.emplace(language, anchorsOf(m_panes.at(language)->document())).first;
    return it->second;
}

void EditorWindow::syncScroll(const QString &language)
{
    if (m_syncing || !m_syncAction->isChecked())
        return;
    QPlainTextEdit *source = pane(language);
    if (!source)
        return;
    const int top = source->cursorForPosition(QPoint(0, 0)).blockNumber();
    const auto &sourceAnchors = anchors(language);
    m_syncing = true;
    for (const auto &[other, target] : m_panes) {
        if (other == language)
            continue;
        const auto &targetAnchors = anchors(other);
        // The nearest anchor above the top line that the other pane has too.
        int targetBlock = 0, offset = top;
        for (auto it = sourceAnchors.rbegin(); it != sourceAnchors.rend(); ++it) {
            if (it->first > top)
                continue;
            const auto match = std::find_if(targetAnchors.begin(), targetAnchors.end(), [&](const auto &a) { return a.second == it->second; });
            if (match != targetAnchors.end()) {
                targetBlock = match->first;
                offset = top - it->first;
                break;
            }
        }
        const QTextBlock block = target->document()->findBlockByNumber(
            std::min(targetBlock + offset, target->document()->blockCount() - 1));
        target->verticalScrollBar()->setValue(block.firstLineNumber());
    }
    m_syncing = false;
}

QPlainTextEdit *EditorWindow::pane(const QString &language) const
{
    const auto it = m_panes.find(language);
    return it == m_panes.end() ? nullptr : it->second;
}

bool EditorWindow::isModified() const
{
    return m_projectChanged
           || std::any_of(m_panes.begin(), m_panes.end(), [](const auto &p) { return p.second->document()->isModified(); });
}

bool EditorWindow::save()
{
    std::map<QString, QString> texts;
    for (const auto &[language, pane] : m_panes)
        texts[language] = pane->toPlainText();
    const auto written = doc::saveProject(m_project, texts);
    if (!written) {
        showMessage(written.error().message);
        QMessageBox::warning(this, tr("Cannot Save"), written.error().message);
        return false;
    }
    for (const auto &[language, pane] : m_panes) {
        pane->document()->setModified(false);
        m_onDisk[language] = texts[language].toUtf8();
        if (!m_watcher->files().contains(m_project.filePath(language)))
            m_watcher->addPath(m_project.filePath(language));
    }
    m_projectChanged = false;
    updateTitle();
    m_autosave->stop();
    m_recovery.discard(projectKey());
    showMessage(tr("Saved %1").arg(QFileInfo(m_project.path.isEmpty() ? written->constFirst() : m_project.path).fileName()));
    return true;
}

bool EditorWindow::insertClause(const QString &clauseId, bool replaceParagraph)
{
    const library::Clause *clause = m_libraries ? m_libraries->clause(clauseId) : nullptr;
    QPlainTextEdit *target = m_lastPane;
    if (!clause || !target || m_project.readOnly)
        return false;
    const QString language = [&] {
        for (const auto &[l, p] : m_panes)
            if (p == target)
                return l;
        return QString();
    }();
    // Filled in with the project's answers; where one is missing, the clause goes in with its
    // {{tags}} for the writer to complete (the linter flags them) and the status bar says which.
    const library::PolicyTemplate *policy = m_libraries->findTemplate(m_project.templateId);
    const QJsonObject answers = policy ? library::effectiveAnswers(*policy, m_project.answers) : m_project.answers;
    QString text;
    bool placeholders = false;
    if (auto rendered = library::renderClause(*clause, policy, answers, language)) {
        text = rendered->trimmed();
    } else {
        const library::Clause::Body *body = clause->body(language);
        if (!body)
            return false;
        text = body->text.source().trimmed();
        placeholders = true;
        showMessage(tr("Inserted with placeholders: %1").arg(rendered.error().message));
    }
    const QString block = doc::clauseMarkerText(clause->id, clause->edition) + u'\n' + text;

    QTextCursor cursor = target->textCursor();
    cursor.beginEditBlock();
    if (replaceParagraph) {
        QTextCursor paragraph = paragraphAt(cursor);
        if (paragraph.isNull()) {
            cursor.endEditBlock();
            showMessage(tr("The cursor is not in a paragraph."));
            return false;
        }
        paragraph.insertText(block);
        cursor = paragraph;
    } else {
        // A paragraph of its own: blank lines around it, whatever the cursor was in.
        if (cursor.positionInBlock() > 0) {
            cursor.movePosition(QTextCursor::EndOfBlock);
            cursor.insertText(u"\n\n"_s);
        } else if (cursor.block().previous().isValid() && !cursor.block().previous().text().trimmed().isEmpty()) {
            cursor.insertText(u"\n"_s);
        }
        cursor.insertText(block + u"\n"_s);
        if (!cursor.block().text().trimmed().isEmpty())
            cursor.insertText(u"\n"_s);
    }
    cursor.endEditBlock();
    target->setTextCursor(cursor);
    target->setFocus();
    if (!placeholders)
        showMessage(tr("Inserted %1 (edition %2)").arg(clause->id).arg(clause->edition));
    return true;
}

void EditorWindow::updateTitle()
{
    const QString name = m_project.path.isEmpty() ? QFileInfo(m_project.filePath(m_project.languages.value(0))).fileName()
                                                  : QFileInfo(m_project.path).fileName();
    setWindowTitle(name + u"[*]"_s + (m_project.readOnly ? tr(" (read-only)") : QString()) + u" — Clausewright"_s);
    setWindowModified(isModified());
}

void EditorWindow::showMessage(const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, 8000);
}

bool EditorWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        for (const auto &[language, pane] : m_panes)
            if (pane == watched)
                m_lastPane = pane;
    return QMainWindow::eventFilter(watched, event);
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    if (isModified() && !m_project.readOnly) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"), tr("Save the changes before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    // Closed on purpose: nothing to recover next time.
    m_autosave->stop();
    m_recovery.discard(projectKey());
    event->accept();
}

void EditorWindow::exportPane()
{
    // The pane last typed in, else the first language's.
    QString language = m_project.languages.value(0);
    for (const QString &l : std::as_const(m_project.languages))
        if (pane(l) == m_lastPane)
            language = l;
    QPlainTextEdit *edit = pane(language);
    if (!edit)
        return;
    doc::ImportOptions options;
    options.fileName = m_project.filePath(language);
    options.language = text::languageFromCode(language);
    const auto document = doc::ImporterRegistry::withBuiltins().importBytes(edit->toPlainText().toUtf8(), options);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot Export Policy"), document.error().message);
        return;
    }
    const QString path = exportPolicyDialog(this, *document);
    if (!path.isEmpty())
        showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void EditorWindow::retranslateUi()
{
    m_saveAction->setText(tr("&Save"));
    m_closeAction->setText(tr("&Close"));
    m_exportAction->setText(tr("&Export As…"));
    m_exportAction->setStatusTip(tr("Write the policy of the pane you are in as a Word document, OpenDocument text, PDF, "
                                    "HTML page or Markdown"));
    m_insertAction->setText(tr("&Insert Clause at Cursor"));
    m_replaceAction->setText(tr("&Replace Paragraph with Clause"));
    m_previewAction->setText(tr("&Preview"));
    m_syncAction->setText(tr("&Synchronised Scrolling"));
    m_spellingAction->setText(tr("Check &Spelling"));
    m_undoAction->setText(tr("&Undo in Project"));
    m_undoAction->setStatusTip(tr("Undo the last edit of either language, wherever the cursor is"));
    m_redoAction->setText(tr("Re&do in Project"));
    m_findAction->setText(tr("&Find…"));
    m_replaceTextAction->setText(tr("&Replace…"));
    m_goToAction->setText(tr("&Go to Section…"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_findEdit->setPlaceholderText(tr("Find"));
    m_replaceEdit->setPlaceholderText(tr("Replace with"));
    m_regexBox->setText(tr("Regular e&xpression"));
    m_caseBox->setText(tr("&Match case"));
    for (QPushButton *b : m_findBar->findChildren<QPushButton *>()) {
        const QString name = b->objectName();
        if (name == u"findNext"_s)
            b->setText(tr("&Next"));
        else if (name == u"findPrevious"_s)
            b->setText(tr("Pre&vious"));
        else if (name == u"findClose"_s)
            b->setText(tr("Close"));
        else if (name == u"replaceOne"_s)
            b->setText(tr("Re&place"));
        else if (name == u"replaceAll"_s)
            b->setText(tr("Replace &All"));
    }
    m_spellingAction->setStatusTip(tr("Underline misspelled words (English and Russian dictionaries)"));
    m_syncAction->setStatusTip(tr("Scrolling one language brings the other to the same clause or section"));
    m_previewAction->setStatusTip(tr("Show each language rendered under its text"));
    m_libraryDock->setWindowTitle(tr("Library"));
    m_parityDock->setWindowTitle(tr("Parity"));
    m_nextFindingAction->setText(tr("&Next Parity Finding"));
    m_previousFindingAction->setText(tr("Pre&vious Parity Finding"));
    m_nextFindingAction->setStatusTip(tr("Show the next difference between the English and Russian texts in both panes"));
    m_previousFindingAction->setStatusTip(tr("Show the previous difference between the English and Russian texts in both panes"));
    m_outlineDock->setWindowTitle(tr("Outline"));
    for (int i = 0; i < m_outlineTabs->count(); ++i)
        for (const auto &[language, tree] : m_outlines)
            if (m_outlineTabs->widget(i) == tree)
                m_outlineTabs->setTabText(i, languageName(language));
    const auto menus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu *m : menus) {
        if (m->objectName() == u"editorFileMenu"_s)
            m->setTitle(tr("&File"));
        else if (m->objectName() == u"editorEditMenu"_s)
            m->setTitle(tr("&Edit"));
        else if (m->objectName() == u"editorInsertMenu"_s)
            m->setTitle(tr("&Insert"));
        else if (m->objectName() == u"editorViewMenu"_s)
            m->setTitle(tr("&View"));
    }
    for (const auto &[language, label] : m_paneLabels)
        label->setText(languageName(language) + u" — "_s + QFileInfo(m_project.filePath(language)).fileName());
    updateTitle();
}

void EditorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace cw::gui
