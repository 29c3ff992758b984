#pragma once

#include "analysis/parity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace cw::gui {

class ParityModel;
class SectionSyncModel;

// The Parity dock of the bilingual editor: the checker's findings (filtered by kind) and the
// English sections with the state of their translation. Activating a row asks the editor to
// show both texts there; "Confirm Section" records that the Russian says what the English
// says now (the project's sync hash), "Intentional" that a finding is a wanted difference.
// Both are kept in the project. The panel shows; the editor runs the checker.
class ParityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParityPanel(QWidget *parent = nullptr);

    // A report on the texts as they were when it was made (ranges point into them).
    void setReport(const analysis::ParityReport &report, const QString &english, const QString &russian);
    // Nothing to check (a project of one language): says so.
    void setUnavailable(const QString &reason);
    void setBusy(bool busy);

    [[nodiscard]] QTreeView *findingsView() const { return m_findings; }
    [[nodiscard]] QTreeView *sectionsView() const { return m_sections; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_filter; }
    [[nodiscard]] QString summary() const;

    // What the buttons do, for the editor's actions and for tests.
    void goToCurrent();
    void confirmCurrent();
    void markCurrentIntentional();
    // Selects and shows the next (delta 1) or previous (-1) finding of those listed, wrapping;
    // false when there is none.
    bool step(int delta);

Q_SIGNALS:
    void jumpRequested(cw::doc::TextRange english, cw::doc::TextRange russian);
    void confirmRequested(const QString &sectionKey, const QString &sourceHash);
    void intentionalRequested(const QString &fingerprint);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    ParityModel *m_model = nullptr;
    SectionSyncModel *m_sectionModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_findings = nullptr;
    QTreeView *m_sections = nullptr;
    QPushButton *m_goTo = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_intentional = nullptr;
    QPushButton *m_refresh = nullptr;
    std::vector<analysis::SectionParity> m_sectionList;
    int m_findingCount = 0;
    QString m_unavailable;
    bool m_busy = false;
};

} // namespace cw::gui
