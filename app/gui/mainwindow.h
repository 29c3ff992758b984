#pragma once

#include "coveragemodel.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QModelIndex;
class QPlainTextEdit;
class QProgressBar;
class QTreeView;

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

class CompareWindow;
class CoveragePanel;
class GapsWindow;
class EditorWindow;
class LibraryPanel;
class NewPolicyWizard;
class LintModel;
class OutlineModel;
struct LoadOutcome;

// The application window: a policy's outline, its text and the linter's findings.
// Everything is computed by core; this class only shows it and routes the user's actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a policy the way File > Open, the recent files, the command line and a drop do:
    // the import runs off the GUI thread, then documentLoaded() or openFailed() is emitted.
    // A later call supersedes one still running. A failure leaves the shown document as it was.
    void openFile(const QString &path);
    [[nodiscard]] bool isLoading() const;

    // The document on screen, or nullptr before the first successful open.
    [[nodiscard]] const doc::PolicyDocument *document() const;
    [[nodiscard]] QString currentFilePath() const;
    [[nodiscard]] QStringList recentFiles() const;

    // Opens a compare window on two policy files, as File > Compare…, `--compare A B` and
    // dropping two files do. The window imports and compares off the GUI thread, deletes
    // itself when closed, and closes with this window.
    CompareWindow *openCompare(const QString &oldPath, const QString &newPath);

    // File > Find Gaps Against References…: a gaps window with the policy on screen as the
    // draft, against these references (none: the window asks for them). nullptr without a
    // policy on screen. The window deletes itself when closed and closes with this window.
    GapsWindow *openGaps(const QStringList &referencePaths = {});
    // The same for a draft that is still a file (`--gaps DRAFT REF...`).
    GapsWindow *openGapsFor(const QString &draftPath, const QStringList &referencePaths);

    // Where the coverage panel and the gaps windows get the topic cues and requirement profiles
    // from: the built-in data by default, a small test set in tests.
    void setCoverageDataLoader(CoverageDataLoader loader);
    [[nodiscard]] CoveragePanel *coveragePanel() const { return m_coveragePanel; }

    // Saves the UI language ("" = system, "en", "ru") and switches to it at once, as the
    // Preferences dialog does.
    void setUiLanguage(const QString &language);

    // Saves the user's extra cue file ("" = none), as the Preferences dialog does, and
    // analyses the open policy again with it.
    void setCuesFile(const QString &path);

    // File > New Policy…: the wizard over the app's clause libraries (window-modal; it deletes
    // itself when closed). The policy it creates is opened in this window.
    NewPolicyWizard *showNewPolicyWizard();
    // Saves the clause library folders loaded after the shipped one, as the Preferences
    // dialog does, and reloads the libraries.
    void setLibraryFolders(const QStringList &folders);
    [[nodiscard]] LibraryPanel *libraryPanel() const { return m_libraryPanel; }

    // File > Open Project… and a new policy from the wizard: an editor window on the project
    // (a .cwproj, or a lone policy to edit). It deletes itself when closed and closes with this
    // window. nullptr, and a message, when the project cannot be opened.
    EditorWindow *openEditor(const QString &path);
    // After a crash: offers to open the projects whose unsaved changes are in the recovery
    // folder, and recovers them. Returns how many were opened.
    int offerCrashRecovery();

Q_SIGNALS:
    void documentLoaded(const QString &path);
    void openFailed(const QString &path, const QString &message);

protected:
    // Tells the user that something failed. Virtual so that tests can record the message
    // instead of facing a dialog.
    virtual void reportError(const QString &title, const QString &message);

    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPanes();
    void createStatusBar();
    void retranslateUi();
    void updateStatusLabels();
    void updateRecentFilesMenu();

    void showOpenDialog();
    void showCompareDialog();
    void showExportDialog();
    void showPreferences();
    void showAbout();
    void finishLoad(const QString &path, LoadOutcome outcome);
    void setBusy(bool busy, const QString &path = {});
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    void relint();

    void goToSection(const QModelIndex &index);
    void selectFinding(const QModelIndex &index);
    // Selects text[start, end) and highlights it, in view; for the coverage panel's evidence.
    void showEvidence(int start, int end, bool focusText);
    void highlightRange(qsizetype start, qsizetype end);
    // F6 / Shift+F6: the outline, the text, the coverage and the findings in turn.
    void focusPane(int step);

    std::shared_ptr<const doc::PolicyDocument> m_document;
    QString m_filePath;
    QPointer<QObject> m_pendingLoad; // the watcher of the newest import; older ones are ignored
    QString m_loadingPath;

    OutlineModel *m_outlineModel = nullptr;
    LintModel *m_lintModel = nullptr;

    QPlainTextEdit *m_text = nullptr;
    QTreeView *m_outlineView = nullptr;
    QTreeView *m_findingsView = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    CoveragePanel *m_coveragePanel = nullptr;
    QDockWidget *m_coverageDock = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    QAction *m_newPolicyAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    CoverageDataLoader m_coverageLoader; // empty: the built-in data

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_gapsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QString m_lintRulesError; // why findings are missing, when the rules could not be read
};

} // namespace cw::gui
