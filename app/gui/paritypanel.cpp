#include "paritypanel.h"

#include "paritymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw::gui {

namespace {

QTreeView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

ParityPanel::ParityPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new ParityModel(this);
    m_sectionModel = new SectionSyncModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ParityModel::KindRole);

    m_filter = new QComboBox(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_findings = makeView(m_proxy, this);
    m_sections = makeView(m_sectionModel, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_findings, QString());
    m_tabs->addTab(m_sections, QString());
    m_goTo = new QPushButton(this);
    m_confirm = new QPushButton(this);
    m_intentional = new QPushButton(this);
    m_refresh = new QPushButton(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goTo);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_intentional);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(kind.isEmpty() ? QString() : u"^"_s + QRegularExpression::escape(kind) + u"$"_s);
        updateButtons();
    });
    connect(m_findings, &QTreeView::activated, this, &ParityPanel::goToCurrent);
    connect(m_sections, &QTreeView::activated, this, &ParityPanel::goToCurrent);
    connect(m_findings->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParityPanel::updateButtons);
    connect(m_sections->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParityPanel::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ParityPanel::updateButtons);
    connect(m_goTo, &QPushButton::clicked, this, &ParityPanel::goToCurrent);
    connect(m_confirm, &QPushButton::clicked, this, &ParityPanel::confirmCurrent);
    connect(m_intentional, &QPushButton::clicked, this, &ParityPanel::markCurrentIntentional);
    connect(m_refresh, &QPushButton::clicked, this, &ParityPanel::refreshRequested);
    retranslateUi();
    updateButtons();
}

void ParityPanel::setReport(const analysis::ParityReport &report, const QString &english, const QString &russian)
{
    m_unavailable.clear();
    std::vector<ParityModel::Row> rows;
    for (const analysis::ParityIssue &i : report.issues) {
        ParityModel::Row r;
        r.issue = i;
        r.english = english.mid(i.range[analysis::En].start, i.range[analysis::En].length());
        r.russian = russian.mid(i.range[analysis::Ru].start, i.range[analysis::Ru].length());
        r.fingerprint = i.fingerprint(r.english, r.russian);
        rows.push_back(std::move(r));
    }
    m_findingCount = int(rows.size());
    m_model->setRows(std::move(rows));
    m_sectionList = report.sections;
    std::vector<analysis::SectionParity> englishSections;
    for (const analysis::SectionParity &s : report.sections)
        if (s.range[analysis::En].length() > 0)
            englishSections.push_back(s);
    m_sectionModel->setSections(std::move(englishSections));
    // Short columns fit their text; long ones share the width, the detail first.
    m_findings->resizeColumnToContents(ParityModel::KindColumn);
    const int wide = std::max(200, (m_findings->viewport()->width() - m_findings->columnWidth(ParityModel::KindColumn)) / 3);
    m_findings->setColumnWidth(ParityModel::DetailColumn, wide);
    m_findings->setColumnWidth(ParityModel::EnglishColumn, wide);
    m_sections->resizeColumnToContents(SectionSyncModel::StateColumn);
    m_sections->setColumnWidth(SectionSyncModel::EnglishColumn, std::max(200, m_sections->viewport()->width() / 3));
    m_busy = false;
    retranslateUi();
    updateButtons();
}

void ParityPanel::setUnavailable(const QString &reason)
{
    m_unavailable = reason;
    m_model->setRows({});
    m_sectionModel->setSections({});
    m_sectionList.clear();
    m_findingCount = 0;
    retranslateUi();
    updateButtons();
}

void ParityPanel::setBusy(bool busy)
{
    m_busy = busy;
    retranslateUi();
}

QString ParityPanel::summary() const
{
    return m_summary->text();
}

void ParityPanel::goToCurrent()
{
    if (m_tabs->currentWidget() == m_findings) {
        const QModelIndex index = m_proxy->mapToSource(m_findings->currentIndex());
        if (const ParityModel::Row *r = m_model->row(index.row()))
            Q_EMIT jumpRequested(r->issue.range[analysis::En], r->issue.range[analysis::Ru]);
    } else if (const analysis::SectionParity *s = m_sectionModel->section(m_sections->currentIndex().row())) {
        Q_EMIT jumpRequested(s->range[analysis::En], s->range[analysis::Ru]);
    }
}

bool ParityPanel::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    m_tabs->setCurrentWidget(m_findings);
    const QModelIndex current = m_findings->currentIndex();
    const int row = current.isValid() ? (current.row() + delta + rows) % rows : (delta > 0 ? 0 : rows - 1);
    const QModelIndex next = m_proxy->index(row, 0);
    m_findings->setCurrentIndex(next);
    m_findings->selectionModel()->select(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    goToCurrent();
    return true;
}

void ParityPanel::confirmCurrent()
{
    // The sections of the selected findings, or the selected sections.
    QStringList keys;
    if (m_tabs->currentWidget() == m_findings) {
        for (const QModelIndex &index : m_findings->selectionModel()->selectedRows())
            keys << index.data(ParityModel::SectionKeyRole).toString();
    } else {
        for (const QModelIndex &index : m_sections->selectionModel()->selectedRows())
            keys << index.data(SectionSyncModel::KeyRole).toString();
    }
    keys.removeDuplicates();
    for (const QString &key : keys)
        for (const analysis::SectionParity &s : m_sectionList)
            if (s.key == key && s.range[analysis::Ru].length() > 0)
                Q_EMIT confirmRequested(s.key, s.sourceHash);
}

void ParityPanel::markCurrentIntentional()
{
    if (m_tabs->currentWidget() != m_findings)
        return;
    QStringList prints;
    for (const QModelIndex &index : m_findings->selectionModel()->selectedRows())
        prints << index.data(ParityModel::FingerprintRole).toString();
    for (const QString &p : prints)
        Q_EMIT intentionalRequested(p);
}

void ParityPanel::updateButtons()
{
    const bool onFindings = m_tabs->currentWidget() == m_findings;
    const QTreeView *view = onFindings ? m_findings : m_sections;
    const bool any = view->selectionModel()->hasSelection();
    m_goTo->setEnabled(view->currentIndex().isValid());
    m_confirm->setEnabled(any);
    m_intentional->setEnabled(any && onFindings);
}

void ParityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParityPanel::retranslateUi()
{
    const QString current = m_filter->currentData().toString();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("All findings"), QString());
    for (int k = 0; k <= int(analysis::ParityIssueKind::LengthRatio); ++k) {
        const auto kind = analysis::ParityIssueKind(k);
        m_filter->addItem(ParityModel::kindName(kind), analysis::parityIssueKindId(kind));
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
    m_filter->blockSignals(false);
    m_filter->setToolTip(tr("Show findings of one kind"));

    m_tabs->setTabText(0, tr("Findings"));
    m_tabs->setTabText(1, tr("Sections"));
    m_goTo->setText(tr("&Show"));
    m_goTo->setToolTip(tr("Show the selected finding in both texts (Enter)"));
    m_confirm->setText(tr("&Confirm Section"));
    m_confirm->setToolTip(tr("Record that the Russian section says what the English one says now; it is reported again "
                             "when the English changes"));
    m_intentional->setText(tr("&Intentional"));
    m_intentional->setToolTip(tr("Mark the selected findings as intended differences; they are no longer reported"));
    m_refresh->setText(tr("Check &Again"));

    if (!m_unavailable.isEmpty()) {
        m_summary->setText(m_unavailable);
        return;
    }
    const analysis::SyncCounts counts = analysis::countSyncStates(m_sectionList);
    QString text = tr("%n finding(s)", nullptr, m_findingCount) + u" · "_s
                   + tr("sections: %1 confirmed, %2 stale, %3 never translated, %4 not confirmed")
                         .arg(counts.confirmed)
                         .arg(counts.stale)
                         .arg(counts.neverTranslated)
                         .arg(counts.unconfirmed);
    if (m_busy)
        text += u" · "_s + tr("checking…");
    m_summary->setText(text);
}

} // namespace cw::gui
