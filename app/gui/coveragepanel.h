#pragma once

#include "coveragemodel.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QTimer;
class QTreeView;

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

struct CoverageOutcome;

// The Coverage dock of the main window: which legal requirements of a profile (GDPR, 152-FZ,
// CCPA/CPRA or all) the policy on screen meets, and which topics it covers, each with the
// sentences that show it. Core analyses the document off the GUI thread; the panel only shows
// the result. When the cue data cannot be loaded, the panel says why instead of a tree.
class CoveragePanel : public QWidget
{
    Q_OBJECT

public:
    // An empty loader reads the built-in data (loadBuiltinCoverageData()).
    explicit CoveragePanel(QWidget *parent = nullptr, CoverageDataLoader loader = {});
    ~CoveragePanel() override;

    // Replaces where the taxonomy and profiles come from; what was loaded is forgotten and the
    // document on screen is analysed again.
    void setDataLoader(CoverageDataLoader loader);

    // Analyses the document after a short pause, so that quick successive calls cost one
    // analysis; a newer document cancels and supersedes the analysis of an older one. What the
    // panel showed of the older document is cleared at once. nullptr leaves the panel empty.
    void setDocument(std::shared_ptr<const doc::PolicyDocument> document);
    // Stops the pending or running analysis.
    void cancel();
    [[nodiscard]] bool isAnalysing() const;

    // "all" or a profile id ("gdpr", "ru152", "ccpa"); remembered for the next session.
    void setProfile(const QString &profile);
    [[nodiscard]] QString profile() const;

    [[nodiscard]] CoverageModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // The line above the tree: the counts, "Analysing…", or why there is no coverage.
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void analysisFinished();
    void analysisFailed(const QString &message);
    // The user picked a row that has evidence: show text[start, end) of the document.
    // `activated` (Enter, double click): the text should take the focus too.
    void evidenceSelected(int start, int end, bool activated);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void finish(CoverageOutcome outcome);
    void retranslateUi();
    void fillProfiles();
    void updateMessage();
    void showEvidence(const QModelIndex &index, bool activated);
    void spanDetailRows(const QModelIndex &parent);

    CoverageDataLoader m_loader;
    std::shared_ptr<const CoverageData> m_data; // loaded by the first analysis, then reused
    std::shared_ptr<const doc::PolicyDocument> m_document;
    QString m_profile;
    QString m_error;                 // why the last analysis failed
    QPointer<QObject> m_pending;     // the watcher of the newest analysis; older ones are ignored
    std::shared_ptr<std::atomic_bool> m_cancel;

    QTimer *m_debounce = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTreeView *m_view = nullptr;
    CoverageModel *m_model = nullptr;
};

} // namespace cw::gui
