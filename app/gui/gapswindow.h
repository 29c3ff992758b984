#pragma once

#include "coveragemodel.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QThreadPool;
class QToolBar;
class QToolButton;
class QTreeView;

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

class GapsListModel;
class GapsMatrixModel;
struct GapsOutcome;
struct GapsReport;

// File > Find Gaps Against References…: what reference policies cover and a draft does not.
// Shows the topics × documents heat map, the missing topics and the reference sections with no
// counterpart, and, for the topic or section picked, the draft's and the references' sections
// side by side. Import and analysis run off the GUI thread with progress and Stop; a new run
// (more references, another draft) cancels the one running.
class GapsWindow : public QMainWindow
{
    Q_OBJECT

public:
    // An empty loader reads the built-in cue data (loadBuiltinCoverageData()).
    explicit GapsWindow(QWidget *parent = nullptr, CoverageDataLoader loader = {});
    ~GapsWindow() override;

    // The draft: a document already imported (the policy on screen), or a file imported with
    // the references. Either starts a run when there are references.
    void setDraft(std::shared_ptr<const doc::PolicyDocument> draft);
    void setDraftFile(const QString &path);

    // Reference files or folders (a folder stands for the policy files in it, not its
    // sub-folders). Adding or replacing them starts a run.
    void addReferences(const QStringList &paths);
    void setReferences(const QStringList &paths);
    void clearReferences();
    [[nodiscard]] QStringList references() const { return m_references; }

    // Runs again with the draft and references as they are (F5).
    void findGaps();
    // Stops the run, if any; what is shown stays.
    void cancel();
    [[nodiscard]] bool isRunning() const;

    // The analysis on screen, or nullptr before the first run finished.
    [[nodiscard]] const GapsReport *report() const;
    // Selects a topic's row in the matrix (a taxonomy index): the panes below show its sections.
    void selectTopic(int topic);

    // The file dialogs of File > Add Reference Files… and Add Reference Folder….
    void chooseReferenceFiles();
    void chooseReferenceFolder();

Q_SIGNALS:
    void gapsFinished();
    void gapsFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void createMenusAndToolBar();
    void retranslateUi();
    void updateTitle();
    void updateSummary();
    void setBusy(bool busy);
    void setMessage(const QString &message);
    void start();
    void finish(GapsOutcome outcome);
    void showTopic(int topic);
    void showUnmatched(int unmatched);
    void listItemSelected(const QModelIndex &index);
    [[nodiscard]] int selectedTopic() const;

    CoverageDataLoader m_loader;
    std::shared_ptr<const CoverageData> m_data; // loaded by the first run, then reused
    std::shared_ptr<const doc::PolicyDocument> m_draft;
    QString m_draftPath; // when the draft is still to be imported
    QStringList m_references;
    std::shared_ptr<const GapsReport> m_report;
    QString m_message; // an error or the references left out, above the results
    int m_shownTopic = -1;     // what the side-by-side panes show: a topic (taxonomy index) …
    int m_shownUnmatched = -1; // … or an unmatched section (index into GapsResult::unmatched)
    QPointer<QObject> m_pending; // the watcher of the newest run; older ones are ignored
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Runs the jobs, one at a time. Not the global pool: a job waits there for its imports and
    // analyses (QtConcurrent maps on the global pool), which could then find every thread taken
    // by jobs like it, each waiting for the others (a deadlock on a two-core machine).
    QThreadPool *m_jobs = nullptr;

    GapsMatrixModel *m_matrixModel = nullptr;
    QSortFilterProxyModel *m_matrixProxy = nullptr;
    GapsListModel *m_listModel = nullptr;

    QLabel *m_messageLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_introLabel = nullptr;
    QToolButton *m_introFilesButton = nullptr;
    QToolButton *m_introFolderButton = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QLabel *m_matrixTitle = nullptr;
    QLabel *m_legend = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_listTitle = nullptr;
    QTreeView *m_listView = nullptr;
    QLabel *m_draftTitle = nullptr;
    QTextBrowser *m_draftPane = nullptr;
    QLabel *m_referenceTitle = nullptr;
    QTextBrowser *m_referencePane = nullptr;

    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_stopButton = nullptr;
    QLabel *m_summaryLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_addFilesAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_rerunAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace cw::gui
