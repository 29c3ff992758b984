#pragma once

#include "comparemodel.h"

#include "common/result.h"
#include "diff/diff.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;
class QToolButton;
class QTreeView;

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

class ChangeMap;
class CompareView;
struct CompareOutcome;

// core's entry point, or a stand-in for it in tests: cw::diff::compare by default.
using CompareFunction = std::function<Result<diff::DiffResult>(
    const doc::PolicyDocument &, const doc::PolicyDocument &, const diff::DiffOptions &)>;

// Two versions of a policy side by side: aligned rows, word changes highlighted, moved text
// linked across, a map of the changes, the sections matched, and the counts of what changed.
// Imports and comparisons run off the GUI thread; a new request cancels the one running.
class CompareWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit CompareWindow(QWidget *parent = nullptr, CompareFunction compare = {});
    ~CompareWindow() override;

    // Imports both files and compares them; comparisonFinished() or compareFailed() follows.
    void openFiles(const QString &oldPath, const QString &newPath);
    // Compares two documents already imported.
    void setDocuments(std::shared_ptr<const doc::PolicyDocument> oldDocument,
                      std::shared_ptr<const doc::PolicyDocument> newDocument);
    // Runs the comparison again with the options now chosen (toolbar, Compare menu).
    void recompare();
    // Stops the comparison running, if any; what is shown stays.
    void cancelCompare();

    [[nodiscard]] bool isComparing() const;
    [[nodiscard]] diff::DiffOptions options() const;
    // The comparison on screen, or nullptr before the first one finished.
    [[nodiscard]] const Comparison *comparison() const;

    // F7 / Shift+F7: the next or previous changed row after the current one.
    void nextChange();
    void previousChange();
    // Shows the other end of a move: its row on the side opposite `from`.
    void goToMoveCounterpart(int moveId, diff::Side from);
    void setChangedSectionsOnly(bool changedOnly);

    // File > Export Redline…: waits for core's redline writers (core/export, HTML and DOCX
    // with tracked changes); the action stays disabled until they are wired here.
    void exportRedline();

Q_SIGNALS:
    void comparisonFinished();
    void compareFailed(const QString &message);

protected:
    // Tells the user that something failed; virtual so that tests can record it instead.
    virtual void reportError(const QString &title, const QString &message);

    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void createMenusAndToolBar();
    void retranslateUi();
    void updateSummary();
    void updateTitle();
    void setBusy(bool busy);
    void saveOptions() const;
    void start(std::array<QString, diff::SideCount> paths);
    void finish(CompareOutcome outcome);
    void stepChange(int step);
    void goToSection(const QModelIndex &index);
    void goToCurrentMove();
    void swapSides();
    void copyCurrent();
    [[nodiscard]] QModelIndex proxyIndex(int sourceRow, int column);

    CompareFunction m_compare;
    std::array<QString, diff::SideCount> m_paths;
    std::array<std::shared_ptr<const doc::PolicyDocument>, diff::SideCount> m_documents;
    std::shared_ptr<const Comparison> m_comparison;
    QPointer<QObject> m_pending; // the watcher of the newest job; older ones are ignored
    std::shared_ptr<std::atomic_bool> m_cancel;

    CompareModel *m_model = nullptr;
    ChangedSectionsFilter *m_filter = nullptr;
    SectionMatchModel *m_sectionModel = nullptr;
    CompareView *m_view = nullptr;
    ChangeMap *m_changeMap = nullptr;
    QTreeView *m_sectionView = nullptr;
    QDockWidget *m_sectionDock = nullptr;
    QToolBar *m_toolBar = nullptr;

    QLabel *m_insertedLabel = nullptr;
    QLabel *m_deletedLabel = nullptr;
    QLabel *m_movedLabel = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QLabel *m_unchangedLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_stopButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_compareMenu = nullptr;
    QMenu *m_granularityMenu = nullptr;
    QMenu *m_ignoreMenu = nullptr;
    QToolButton *m_granularityButton = nullptr;
    QToolButton *m_ignoreButton = nullptr;

    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_changedOnlyAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_recompareAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_detectMovesAction = nullptr;
    QActionGroup *m_granularityGroup = nullptr;
    std::array<QAction *, 3> m_granularityActions{}; // Word, Char, Sentence
    struct IgnoreAction
    {
        diff::IgnoreOption option;
        QAction *action = nullptr;
    };
    std::array<IgnoreAction, 6> m_ignoreActions{};
};

} // namespace cw::gui
