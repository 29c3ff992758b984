#pragma once

#include "document/project.h"
#include "document/recovery.h"
#include "library/library.h"
#include "text/spelling.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QAction;
class QDockWidget;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QTabWidget;
class QTreeWidget;
class QFileSystemWatcher;

namespace cw::gui {

class LibraryPanel;
class ParityPanel;
class PreviewBrowser;
class MarkdownHighlighter;

// A project open for editing: one pane per language side by side, Markdown highlighting,
// undo, atomic saving of the project and its policies (core's saveProject), and the Library
// dock, whose clauses go in at the cursor or replace the paragraph under it, each with its
// marker, filled in with the project's answers. A project written by a newer version opens
// read-only. Closing with unsaved changes asks first.
class EditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit EditorWindow(std::shared_ptr<const library::Library> library, QWidget *parent = nullptr);
    ~EditorWindow() override;

    // Opens a project file (.cwproj) or a lone policy; on failure returns the error and
    // keeps what was open.
    [[nodiscard]] Result<bool> openProject(const QString &path);
    [[nodiscard]] const doc::Project &project() const { return m_project; }

    // The pane of a language ("en", "ru"), or nullptr.
    [[nodiscard]] QPlainTextEdit *pane(const QString &language) const;
    // The rendered preview under a language's pane (View > Preview, F8), or nullptr.
    [[nodiscard]] PreviewBrowser *preview(const QString &language) const;
    void setPreviewVisible(bool visible);
    // Spelling (Hunspell en_US / ru_RU), underlined as you type; View > Check Spelling (F7).
    // Right-clicking a flagged word offers suggestions and adding it to the project's words.
    void setSpellingEnabled(bool on);
    [[nodiscard]] QStringList spellingSuggestions(const QString &language, const QString &word) const;
    // Adds a word to the project's word list (saved in the project file with the next save).
    void addProjectWord(const QString &word);
    // Whether the word at a position of a pane is flagged.
    [[nodiscard]] bool isFlagged(const QString &language, qsizetype position) const;

    // Find and replace in the pane last used (Ctrl+F, Ctrl+H): plain or regular expression,
    // case-sensitive or not. find() selects the next match (wrapping), or the previous one
    // with `backwards`; replaceAll() is one undo step and returns how many were replaced.
    bool find(const QString &pattern, bool regex, bool matchCase, bool backwards = false);
    int replaceAll(const QString &pattern, const QString &replacement, bool regex, bool matchCase);
    // Undo and redo across the project (Edit > Undo in Project, Ctrl+Alt+Z; Redo, Ctrl+Alt+Y):
    // the last edit of either language, in the order they were made, wherever the cursor is.
    bool undoInProject();
    bool redoInProject();

    // Go to Section (Ctrl+G): the headings of the pane last used, and moving to one.
    [[nodiscard]] QStringList sections() const;
    bool goToSection(int index);
    // The Outline dock: one tree of headings per language (nested by level); activating one
    // goes to that section in its pane.
    [[nodiscard]] QTreeWidget *outline(const QString &language) const;
    // The linter's findings per language (unfilled placeholders, mixed alphabets, …), worked
    // out on a pool thread half a second after typing stops and shown in the status bar.
    [[nodiscard]] QString findingsText() const { return m_findingsText; }
    // The word counts shown in the status bar, per language.
    [[nodiscard]] QString wordCountText() const;

    // Scrolling one pane brings the others to the same clause (by its marker) or else the
    // same section (by heading order). View > Synchronised Scrolling; on by default.
    void setScrollSync(bool on);
    // Scrolls the panes after `language`'s, as its scroll bar moving does.
    void syncScroll(const QString &language);
    [[nodiscard]] bool isModified() const;
    // Saves every pane; false (and a message) when it cannot.
    bool save();
    // File > Export As…: the policy of the pane last typed in, as DOCX, ODT, PDF, HTML or Markdown.
    void exportPane();

    // Puts the clause, in the language of the pane last used, at its cursor (as a paragraph of
    // its own) or in place of the paragraph under the cursor (a whole clause, marker included,
    // when the cursor is in one).
    // One undo step. Returns false when there is no such clause or no pane.
    bool insertClause(const QString &clauseId, bool replaceParagraph = false);

    [[nodiscard]] LibraryPanel *libraryPanel() const { return m_library; }
    // The Parity dock (Alt+5): the English and Russian texts checked against each other after
    // each pause in typing, on a pool thread; a finding shows both texts at its place.
    [[nodiscard]] ParityPanel *parityPanel() const { return m_parity; }
    // Checks parity now (what a pause in typing does).
    void startParity();
    // Selects a range in each language's pane and brings both into view.
    void showRanges(doc::TextRange english, doc::TextRange russian);

    // Autosave: after this many milliseconds without typing, the panes go to the recovery
    // folder (not to the policy files); saving or closing on purpose removes the snapshot.
    void setAutosaveInterval(int ms);
    [[nodiscard]] int autosaveInterval() const;
    // What openProject() does when it finds a snapshot that differs from the saved files: ask
    // (showing what differs), or in tests and after the start-up prompt, recover or discard.
    enum class Recovery { Ask, Recover, Discard };
    void setRecoveryPolicy(Recovery policy) { m_recoveryPolicy = policy; }
    // What happens when a policy file changes on disk while open (another program, a git
    // pull): ask, or in tests reload, keep the text here, or merge both (a three-way merge by
    // lines against the version last read; where both changed the same lines, both are kept
    // between conflict marks).
    enum class External { Ask, Reload, Keep, Merge };
    void setExternalChangePolicy(External policy) { m_externalPolicy = policy; }
    // Checks the files now (what the file watcher's signal does).
    void checkExternalChanges();
    // The pane font from the settings (Preferences), else the system's fixed-width font.
    [[nodiscard]] static QFont editorFont();
    // The recovery folder: <app data>/recovery unless given.
    [[nodiscard]] static QString recoveryFolder();
    // Writes the snapshot now (what the autosave timer does).
    void autosave();
    // The last message shown in the status bar (for tests).
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void analysisFinished();
    void parityFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void buildFindBar();
    void refreshOutlines();
    void startAnalysis();
    bool stepInProject(std::vector<QPlainTextEdit *> &from, std::vector<QPlainTextEdit *> &to, bool undo);
    [[nodiscard]] QString describeMarker(const QString &id, int edition) const;
    void zoom(int steps);
    void showPaneMenu(QPlainTextEdit *pane, const QString &language, const QPoint &at);

private:
    void updateTitle();
    void refreshPreviews();
    // Offers the snapshot found for the project, if its texts differ from the saved ones.
    void offerRecovery();
    // The path snapshots are filed under: the project file, or the lone policy.
    [[nodiscard]] QString projectKey() const;
    void showMessage(const QString &message);
    void retranslateUi();

    std::shared_ptr<const library::Library> m_libraries;
    doc::Project m_project;
    std::map<QString, QPlainTextEdit *> m_panes;
    std::map<QString, QLabel *> m_paneLabels;
    std::map<QString, PreviewBrowser *> m_previews;
    QTimer *m_previewTimer = nullptr; // the preview follows typing after a pause
    QAction *m_previewAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_spellingAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceTextAction = nullptr;
    QAction *m_goToAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    std::vector<QPlainTextEdit *> m_undoOrder; // the pane of each undoable edit, oldest first
    std::vector<QPlainTextEdit *> m_redoOrder;
    bool m_undoing = false;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    int m_zoom = 0;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLineEdit *m_replaceEdit = nullptr;
    QCheckBox *m_regexBox = nullptr;
    QCheckBox *m_caseBox = nullptr;
    QLabel *m_findStatus = nullptr;
    QLabel *m_wordCount = nullptr;
    QTimer *m_countTimer = nullptr;
    QLabel *m_findings = nullptr;
    QString m_findingsText;
    int m_analysisGeneration = 0; // a newer analysis supersedes a running one
    QDockWidget *m_outlineDock = nullptr;
    QTabWidget *m_outlineTabs = nullptr;
    std::map<QString, QTreeWidget *> m_outlines;
    std::map<QString, MarkdownHighlighter *> m_highlighters;
    std::map<QString, std::shared_ptr<text::SpellChecker>> m_spellers;
    bool m_projectChanged = false; // the project file itself (its word list) needs saving
    bool m_syncing = false;
    // Per language: the clause markers and headings scrolling aligns on (block, key), worked
    // out again only after the text changed, not on every scroll step.
    std::map<QString, std::vector<std::pair<int, QString>>> m_anchors;
    [[nodiscard]] const std::vector<std::pair<int, QString>> &anchors(const QString &language);
    QPlainTextEdit *m_lastPane = nullptr;
    QWidget *m_central = nullptr;
    LibraryPanel *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    ParityPanel *m_parity = nullptr;
    QDockWidget *m_parityDock = nullptr;
    int m_parityGeneration = 0;
    bool m_parityPending = false; // text changed while the dock was closed
    doc::RecoveryStore m_recovery{recoveryFolder()};
    QTimer *m_autosave = nullptr;
    Recovery m_recoveryPolicy = Recovery::Ask;
    External m_externalPolicy = External::Ask;
    QFileSystemWatcher *m_watcher = nullptr;
    std::map<QString, QByteArray> m_onDisk; // language → the file's bytes as last read or written
    bool m_asking = false;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_insertAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_nextFindingAction = nullptr;
    QAction *m_previousFindingAction = nullptr;
    QString m_lastMessage;
};

} // namespace cw::gui
