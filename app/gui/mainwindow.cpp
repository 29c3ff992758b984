#include "mainwindow.h"
#include "formats.h"

#include "comparefilesdialog.h"
#include "comparewindow.h"
#include "coveragepanel.h"
#include "editorwindow.h"
#include "theme.h"
#include "librarypanel.h"
#include "newpolicywizard.h"
#include "gapswindow.h"
#include "lintmodel.h"
#include "outlinemodel.h"
#include "preferencesdialog.h"
#include "policyfiles.h"
#include "settingskeys.h"
#include "translations.h"

#include "analysis/lint.h"
#include "document/importer.h"
#include "document/policydocument.h"

#include <QAction>
#include <QCollator>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSaveFile>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

// What an import produces on the worker thread. Default-constructible and copyable, as
// QFuture wants; lint runs there too so that a large policy never stalls the window.
struct LoadOutcome
{
    std::optional<doc::PolicyDocument> document;
    Error error;
    std::vector<analysis::LintIssue> issues;
    QString lintRulesError;
};

namespace {

constexpr int MaxRecentFiles = 10;

struct LintOutcome
{
    std::vector<analysis::LintIssue> issues;
    QString rulesError;
};

LintOutcome lintDocument(const doc::PolicyDocument &document)
{
    const Result<analysis::LintRules> rules = analysis::LintRules::builtin();
    if (!rules.ok())
        return {{}, rules.error().message};
    return {analysis::lint(document, rules.value()), {}};
}

// Runs on a pool thread: core's importers and linter are stateless and thread-safe.
LoadOutcome loadPolicy(const QString &path)
{
    LoadOutcome outcome;
    Result<doc::PolicyDocument> imported = formats::importers().importFile(path);
    if (!imported.ok()) {
        outcome.error = imported.error();
        return outcome;
    }
    outcome.document = std::move(imported).value();
    LintOutcome linted = lintDocument(*outcome.document);
    outcome.issues = std::move(linted.issues);
    outcome.lintRulesError = std::move(linted.rulesError);
    return outcome;
}

QString formatName(const QString &format)
{
    if (format == "markdown"_L1)
        return MainWindow::tr("Markdown");
    if (format == "text"_L1)
        return MainWindow::tr("Plain text");
    if (format == "html"_L1)
        return MainWindow::tr("HTML");
    if (format == "docx"_L1)
        return MainWindow::tr("Word document");
    if (format == "odt"_L1)
        return MainWindow::tr("OpenDocument text");
    if (format == "pdf"_L1)
        return MainWindow::tr("PDF");
    return format;
}

QString languageName(text::Language language)
{
    switch (language) {
    case text::Language::English:
        return MainWindow::tr("English");
    case text::Language::Russian:
        return MainWindow::tr("Russian");
    case text::Language::Unknown:
        break;
    }
    return MainWindow::tr("Language unknown");
}

// The local files of a drop: one to open, or two to compare; nothing for anything else.
QStringList localFilesOf(const QMimeData *mime)
{
    QStringList paths = localPathsOf(mime);
    if (paths.size() > 2)
        return {};
    // Two dropped files come in the order they were selected in; versions are usually named
    // so that the older sorts first ("policy-2023.md", "policy-2024.md", "v9", "v10").
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(paths.begin(), paths.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(QFileInfo(a).fileName(), QFileInfo(b).fileName()) < 0;
    });
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    createActions();
    createPanes();
    createMenus();
    createStatusBar();
    retranslateUi();
    updateRecentFilesMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(keys::windowGeometry()).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(keys::windowState()).toByteArray());
}

MainWindow::~MainWindow() = default;

NewPolicyWizard *MainWindow::showNewPolicyWizard()
{
    if (!m_libraryPanel->library())
        m_libraryPanel->setLibrary(loadLibraries());
    auto *wizard = new NewPolicyWizard(m_libraryPanel->library(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &NewPolicyWizard::projectCreated, this, [this](const QString &project, const QStringList &files) {
        // The project file comes first, then the policy in each language: show the first, and
        // open the project for editing.
        if (files.size() > 1)
            openFile(files.at(1));
        openEditor(project);
    });
    wizard->show();
    return wizard;
}

EditorWindow *MainWindow::openEditor(const QString &path)
{
    if (!m_libraryPanel->library())
        m_libraryPanel->setLibrary(loadLibraries());
    auto *editor = new EditorWindow(m_libraryPanel->library(), this);
    editor->setWindowFlag(Qt::Window);
    const auto opened = editor->openProject(path);
    if (!opened) {
        delete editor;
        reportError(tr("Cannot Open Project"), opened.error().message);
        return nullptr;
    }
    editor->show();
    return editor;
}

int MainWindow::offerCrashRecovery()
{
    const std::vector<doc::RecoverySnapshot> snapshots = doc::RecoveryStore(EditorWindow::recoveryFolder()).all();
    if (snapshots.empty())
        return 0;
    QStringList names;
    for (const doc::RecoverySnapshot &s : snapshots)
        names << QDir::toNativeSeparators(s.projectPath);
    if (QMessageBox::question(this, tr("Recover Unsaved Changes"),
                              tr("Clausewright closed without saving changes to:\n\n%1\n\nOpen them to recover the changes?")
                                  .arg(names.join(u'\n')),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return 0;
    int opened = 0;
    for (const doc::RecoverySnapshot &s : snapshots) {
        auto *editor = new EditorWindow(m_libraryPanel->library() ? m_libraryPanel->library() : loadLibraries(), this);
        editor->setWindowFlag(Qt::Window);
        editor->setRecoveryPolicy(EditorWindow::Recovery::Recover);
        if (editor->openProject(s.projectPath)) {
            editor->show();
            ++opened;
        } else {
            delete editor; // the project is gone; its snapshot stays for a later look
        }
    }
    return opened;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(u"openAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(QIcon::fromTheme(u"document-open"_s));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_newPolicyAction = new QAction(this);
    m_newPolicyAction->setObjectName(u"newPolicyAction"_s);
    m_newPolicyAction->setShortcut(QKeySequence::New);
    m_newPolicyAction->setIcon(QIcon::fromTheme(u"document-new"_s));
    connect(m_newPolicyAction, &QAction::triggered, this, [this] { showNewPolicyWizard(); });

    m_openProjectAction = new QAction(this);
    m_openProjectAction->setObjectName(u"openProjectAction"_s);
    m_openProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openProjectAction, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Project"), settings.value(keys::lastDirectory(), QDir::homePath()).toString(),
            tr("Clausewright projects (*.cwproj);;Markdown policies (*.md *.markdown)"));
        if (path.isEmpty())
            return;
        settings.setValue(keys::lastDirectory(), QFileInfo(path).absolutePath());
        openEditor(path);
    });

    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(u"compareAction"_s);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::showCompareDialog);

    m_gapsAction = new QAction(this);
    m_gapsAction->setObjectName(u"findGapsAction"_s);
    m_gapsAction->setEnabled(false); // the policy on screen is the draft: none yet
    connect(m_gapsAction, &QAction::triggered, this, [this] { openGaps(); });

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setEnabled(false); // nothing to export yet
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, &MainWindow::clearRecentFiles);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    // Spelled out: QKeySequence::Quit is empty on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_selectAllAction = new QAction(this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    // Spelled out: QKeySequence::Preferences is empty outside macOS and KDE.
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_nextPaneAction = new QAction(this);
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { focusPane(+1); });
    m_previousPaneAction = new QAction(this);
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { focusPane(-1); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createPanes()
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"documentText"_s);
    m_text->setReadOnly(true);
    // Read-only for now, but the cursor still shows where a section or finding starts.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // A dropped file should open, not land in the text as a URL.
    m_text->setAcceptDrops(false);
    m_text->viewport()->setAcceptDrops(false);
    m_text->document()->setDocumentMargin(12);
    setCentralWidget(m_text);
    connect(m_copyAction, &QAction::triggered, m_text, &QPlainTextEdit::copy);
    connect(m_selectAllAction, &QAction::triggered, m_text, &QPlainTextEdit::selectAll);
    connect(m_text, &QPlainTextEdit::copyAvailable, m_copyAction, &QAction::setEnabled);
    m_copyAction->setEnabled(false);

    m_outlineModel = new OutlineModel(this);
    m_outlineView = new QTreeView;
    m_outlineView->setObjectName(u"outlineView"_s);
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { goToSection(current); });
    // A click on the row that is already current changes nothing, but should still jump.
    connect(m_outlineView, &QTreeView::clicked, this, &MainWindow::goToSection);
    connect(m_outlineView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        goToSection(index);
        m_text->setFocus(Qt::OtherFocusReason);
    });

    m_outlineDock = new QDockWidget(this);
    m_outlineDock->setObjectName(u"outlineDock"_s);
    m_outlineDock->setWidget(m_outlineView);
    m_outlineDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);

    m_lintModel = new LintModel(this);
    m_findingsView = new QTreeView;
    m_findingsView->setObjectName(u"findingsView"_s);
    m_findingsView->setModel(m_lintModel);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->header()->setStretchLastSection(true);
    m_findingsView->header()->setSectionResizeMode(LintModel::LineColumn, QHeaderView::ResizeToContents);
    m_findingsView->header()->setSectionResizeMode(LintModel::KindColumn, QHeaderView::ResizeToContents);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { selectFinding(current); });
    connect(m_findingsView, &QTreeView::clicked, this, &MainWindow::selectFinding);
    connect(m_findingsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        selectFinding(index);
        m_text->setFocus(Qt::OtherFocusReason);
    });

    m_findingsDock = new QDockWidget(this);
    m_findingsDock->setObjectName(u"findingsDock"_s);
    m_findingsDock->setWidget(m_findingsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    m_coveragePanel = new CoveragePanel(this);
    connect(m_coveragePanel, &CoveragePanel::evidenceSelected, this, &MainWindow::showEvidence);
    m_coverageDock = new QDockWidget(this);
    m_coverageDock->setObjectName(u"coverageDock"_s);
    m_coverageDock->setWidget(m_coveragePanel);
    m_coverageDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_coverageDock);

    m_libraryPanel = new LibraryPanel(this);
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(u"libraryDock"_s);
    m_libraryDock->setWidget(m_libraryPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_coverageDock, m_libraryDock);
    m_coverageDock->raise();

    resizeDocks({m_outlineDock, m_coverageDock}, {250, 430}, Qt::Horizontal);
    resizeDocks({m_findingsDock}, {170}, Qt::Vertical);

    m_outlineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_findingsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_coverageDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_libraryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_newPolicyAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openProjectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_fileMenu->addAction(m_compareAction);
    m_fileMenu->addAction(m_gapsAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_outlineDock->toggleViewAction());
    m_viewMenu->addAction(m_findingsDock->toggleViewAction());
    m_viewMenu->addAction(m_coverageDock->toggleViewAction());
    m_viewMenu->addAction(m_libraryDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextPaneAction);
    m_viewMenu->addAction(m_previousPaneAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0); // no percentage to report: an import is one call into core
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->setVisible(false);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setVisible(false);
    statusBar()->addWidget(m_busyBar);
    statusBar()->addWidget(m_busyLabel);

    const auto addField = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_formatLabel = addField(u"formatLabel"_s);
    m_encodingLabel = addField(u"encodingLabel"_s);
    m_languageLabel = addField(u"languageLabel"_s);
    m_sectionsLabel = addField(u"sectionsLabel"_s);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newPolicyAction->setText(tr("&New Policy…"));
    m_newPolicyAction->setStatusTip(tr("Draft a policy from a template by answering its questionnaire"));
    m_openProjectAction->setText(tr("Open &Project for Editing…"));
    m_openProjectAction->setStatusTip(tr("Edit a project's English and Russian policies side by side, with the clause library"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open a privacy policy (Word, OpenDocument, PDF, Markdown, plain text, HTML)"));
    m_compareAction->setText(tr("Co&mpare…"));
    m_compareAction->setStatusTip(tr("Compare two versions of a policy side by side"));
    m_gapsAction->setText(tr("Find &Gaps Against References…"));
    m_gapsAction->setStatusTip(tr("Find the topics and sections other policies have and this one lacks"));
    m_exportAction->setText(tr("&Export As…"));
    m_exportAction->setStatusTip(tr("Write the policy as a Word document, OpenDocument text, PDF, HTML page or Markdown"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_quitAction->setText(tr("&Quit"));
    m_copyAction->setText(tr("&Copy"));
    m_selectAllAction->setText(tr("Select &All"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_nextPaneAction->setText(tr("&Next Pane"));
    m_previousPaneAction->setText(tr("Pre&vious Pane"));
    m_aboutAction->setText(tr("&About Clausewright"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_outlineDock->setWindowTitle(tr("Outline"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_coverageDock->setWindowTitle(tr("Coverage"));
    m_libraryDock->setWindowTitle(tr("Library"));
    m_text->setPlaceholderText(
        tr("Open a policy with File > Open (%1) or drop a file here. "
           "Drop two files, or use File > Compare (%2), to compare two versions.")
            .arg(m_openAction->shortcut().toString(QKeySequence::NativeText),
                 m_compareAction->shortcut().toString(QKeySequence::NativeText)));

    m_formatLabel->setToolTip(tr("File format"));
    m_encodingLabel->setToolTip(tr("Encoding the file was read in"));
    m_languageLabel->setToolTip(tr("Language of the policy"));
    m_sectionsLabel->setToolTip(tr("Sections in the outline"));

    m_outlineModel->retranslate();
    m_lintModel->retranslate();
    updateStatusLabels();
    if (m_pendingLoad)
        setBusy(true, m_loadingPath);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Findings carry translated details: ask core again in the new language.
        relint();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showExportDialog()
{
    if (!m_document)
        return;
    const QString path = exportPolicyDialog(this, *m_document);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::updateStatusLabels()
{
    const bool hasDocument = bool(m_document);
    for (QLabel *label : {m_formatLabel, m_encodingLabel, m_languageLabel, m_sectionsLabel})
        label->setVisible(hasDocument);
    if (!hasDocument)
        return;
    QString format = formatName(m_document->format);
    if (m_document->trackedChanges > 0)
        format = tr("%1, %n tracked change(s) shown accepted", nullptr, m_document->trackedChanges).arg(format);
    m_formatLabel->setText(format);
    m_encodingLabel->setText(m_document->encoding);
    m_languageLabel->setText(languageName(m_document->language));
    m_sectionsLabel->setText(tr("%n section(s)", nullptr, int(m_document->flatSections().size())));
}

void MainWindow::openFile(const QString &path)
{
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    m_pendingLoad = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (m_pendingLoad != watcher)
            return; // superseded by a later openFile()
        m_pendingLoad = nullptr;
        setBusy(false);
        finishLoad(path, watcher->future().takeResult());
    });
    setBusy(true, path);
    watcher->setFuture(QtConcurrent::run(&loadPolicy, path));
}

bool MainWindow::isLoading() const
{
    return !m_pendingLoad.isNull();
}

const doc::PolicyDocument *MainWindow::document() const
{
    return m_document.get();
}

QString MainWindow::currentFilePath() const
{
    return m_filePath;
}

void MainWindow::setBusy(bool busy, const QString &path)
{
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_loadingPath = path;
    if (busy)
        m_busyLabel->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::finishLoad(const QString &path, LoadOutcome outcome)
{
    if (!outcome.document) {
        Q_EMIT openFailed(path, outcome.error.message);
        reportError(tr("Cannot Open Policy"), outcome.error.message);
        return;
    }

    m_document = std::make_shared<const doc::PolicyDocument>(std::move(*outcome.document));
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_lintRulesError = outcome.lintRulesError;

    m_text->setExtraSelections({});
    m_text->setPlainText(m_document->text);
    m_outlineModel->setDocument(m_document);
    m_outlineView->expandAll();
    m_lintModel->setIssues(std::move(outcome.issues), m_document->text);
    m_coveragePanel->setDocument(m_document);
    m_gapsAction->setEnabled(true);
    m_exportAction->setEnabled(true);

    setWindowFilePath(m_filePath);
    updateStatusLabels();
    addRecentFile(m_filePath);
    if (!m_lintRulesError.isEmpty())
        statusBar()->showMessage(m_lintRulesError);
    Q_EMIT documentLoaded(path);
}

void MainWindow::relint()
{
    if (!m_document)
        return;
    LintOutcome linted = lintDocument(*m_document);
    m_lintRulesError = linted.rulesError;
    m_lintModel->setIssues(std::move(linted.issues), m_document->text);
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    // Window-modal and non-blocking: no nested event loop while an import may finish.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString directory = settings.value(keys::lastDirectory(), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Policy"), directory, policyFileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(keys::lastDirectory(), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::showCompareDialog()
{
    auto *dialog = new CompareFilesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The policy on screen is usually the old version the user wants to check a new one against.
    if (!m_filePath.isEmpty())
        dialog->setOldPath(m_filePath);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openCompare(dialog->oldPath(), dialog->newPath()); });
    dialog->open();
}

GapsWindow *MainWindow::openGaps(const QStringList &referencePaths)
{
    if (!m_document)
        return nullptr;
    auto *window = new GapsWindow(this, m_coverageLoader);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setDraft(m_document);
    window->show();
    if (!referencePaths.isEmpty())
        window->addReferences(referencePaths);
    return window;
}

GapsWindow *MainWindow::openGapsFor(const QString &draftPath, const QStringList &referencePaths)
{
    auto *window = new GapsWindow(this, m_coverageLoader);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setDraftFile(QFileInfo(draftPath).absoluteFilePath());
    window->show();
    window->addReferences(referencePaths);
    return window;
}

void MainWindow::setCoverageDataLoader(CoverageDataLoader loader)
{
    m_coverageLoader = loader;
    m_coveragePanel->setDataLoader(std::move(loader));
}

CompareWindow *MainWindow::openCompare(const QString &oldPath, const QString &newPath)
{
    auto *window = new CompareWindow(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->openFiles(QFileInfo(oldPath).absoluteFilePath(), QFileInfo(newPath).absoluteFilePath());
    return window;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUiLanguage(QSettings().value(keys::uiLanguage()).toString());
    dialog->setCuesFile(QSettings().value(keys::coverageCuesFile()).toString());
    dialog->setLibraryFolders(QSettings().value(keys::libraryFolders()).toStringList());
    dialog->setEditorFont(EditorWindow::editorFont());
    dialog->setAutosaveSeconds(QSettings().value(keys::autosaveSeconds(), 3).toInt());
    dialog->setDictionaryFolder(QSettings().value(keys::dictionaryFolder()).toString());
    dialog->setTheme(QSettings().value(keys::theme()).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setUiLanguage(dialog->uiLanguage());
        setCuesFile(dialog->cuesFile());
        setLibraryFolders(dialog->libraryFolders());
        // The editor's settings apply to the projects opened from now on; the theme at once.
        QSettings settings;
        settings.setValue(keys::editorFont(), dialog->editorFont().toString());
        settings.setValue(keys::autosaveSeconds(), dialog->autosaveSeconds());
        settings.setValue(keys::dictionaryFolder(), dialog->dictionaryFolder());
        settings.setValue(keys::theme(), dialog->theme());
        applyTheme(dialog->theme());
    });
    dialog->open();
}

void MainWindow::setCuesFile(const QString &path)
{
    QSettings settings;
    if (settings.value(keys::coverageCuesFile()).toString() == path)
        return;
    settings.setValue(keys::coverageCuesFile(), path);
    m_coveragePanel->setDataLoader(m_coverageLoader); // reload the cues, analyse again
}

void MainWindow::setLibraryFolders(const QStringList &folders)
{
    QSettings settings;
    if (settings.value(keys::libraryFolders()).toStringList() == folders)
        return;
    settings.setValue(keys::libraryFolders(), folders);
    m_libraryPanel->setLibrary(loadLibraries());
}

void MainWindow::setUiLanguage(const QString &language)
{
    QSettings().setValue(keys::uiLanguage(), language);
    i18n::installTranslators(*QCoreApplication::instance(), language);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Clausewright"),
                       tr("<h3>Clausewright %1</h3>"
                          "<p>Write and compare privacy policies, and keep their English and Russian texts in sync.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(keys::recentFiles()).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(keys::recentFiles(), files);
    updateRecentFilesMenu();
}

void MainWindow::clearRecentFiles()
{
    QSettings().remove(keys::recentFiles());
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    // Only the numbered entries are rebuilt; "Clear Menu" is a member action.
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 policy.md": the digit is the mnemonic; '&' in a file name must not be one.
        QString name = QFileInfo(path).fileName();
        name.replace(u"&"_s, u"&&"_s);
        auto *action = m_recentMenu->addAction(i < 9 ? u"&%1 %2"_s.arg(i + 1).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::goToSection(const QModelIndex &index)
{
    const doc::Section *section = m_outlineModel->section(index);
    if (!section || !m_document)
        return;
    QTextDocument *textDocument = m_text->document();
    const qsizetype start = std::min<qsizetype>(section->heading.start, textDocument->characterCount() - 1);

    // Show the heading at the top of the view: scrolling to the end first makes the
    // following ensureCursorVisible() stop as soon as the heading's line is in view.
    m_text->moveCursor(QTextCursor::End);
    QTextCursor cursor(textDocument);
    cursor.setPosition(int(start));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    highlightRange(section->heading.start, section->heading.end);
}

void MainWindow::highlightRange(qsizetype start, qsizetype end)
{
    QTextDocument *textDocument = m_text->document();
    const qsizetype last = textDocument->characterCount() - 1;
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(textDocument);
    selection.cursor.setPosition(int(std::clamp<qsizetype>(start, 0, last)));
    selection.cursor.setPosition(int(std::clamp<qsizetype>(end, 0, last)), QTextCursor::KeepAnchor);
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(60);
    selection.format.setBackground(color);
    m_text->setExtraSelections({selection});
}

void MainWindow::showEvidence(int start, int end, bool focusText)
{
    if (!m_document)
        return;
    // Selected, so that it can be copied; highlighted, so that it stays visible when the focus
    // stays in the coverage panel and the selection turns pale.
    const int last = m_text->document()->characterCount() - 1;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::clamp(start, 0, last));
    cursor.setPosition(std::clamp(end, 0, last), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    highlightRange(start, end);
    if (focusText)
        m_text->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectFinding(const QModelIndex &index)
{
    if (!index.isValid() || !m_document)
        return;
    const int last = m_text->document()->characterCount() - 1;
    const int start = std::min(index.data(LintModel::RangeStartRole).toInt(), last);
    const int end = std::min(index.data(LintModel::RangeEndRole).toInt(), last);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void MainWindow::focusPane(int step)
{
    QList<QWidget *> panes;
    if (m_outlineDock->isVisible())
        panes << m_outlineView;
    panes << m_text;
    // The coverage tree only once there is one: before, the panel shows a message.
    if (m_coverageDock->isVisible() && m_coveragePanel->view()->isVisible())
        panes << m_coveragePanel->view();
    if (m_findingsDock->isVisible())
        panes << m_findingsView;

    const QWidget *focused = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focused && (focused == panes.at(i) || panes.at(i)->isAncestorOf(focused)))
            current = i;
    }
    const qsizetype count = panes.size();
    const qsizetype next = current < 0 ? (step > 0 ? 0 : count - 1) : ((current + step) % count + count) % count;
    panes.at(next)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(keys::windowGeometry(), saveGeometry());
    settings.setValue(keys::windowState(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFilesOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFilesOf(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (paths.size() == 2)
        openCompare(paths.at(0), paths.at(1));
    else
        openFile(paths.constFirst());
}

} // namespace cw::gui
