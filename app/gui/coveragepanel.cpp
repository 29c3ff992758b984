#include "coveragepanel.h"

#include "settingskeys.h"

#include "document/policydocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

// What an analysis produces on the worker thread. `data` is what the job loaded or was given,
// so that the panel loads it once; `report` is null on failure or cancel.
struct CoverageOutcome
{
    std::shared_ptr<const CoverageData> data;
    std::shared_ptr<const CoverageReport> report;
    Error error;
};

namespace {

// Long enough to fold a burst of documents (a quick succession of opens) into one analysis,
// short enough not to be noticed.
constexpr int DebounceMs = 150;

// Runs on a pool thread: analyse() and coverage() are pure functions of their arguments.
CoverageOutcome analyseCoverage(std::shared_ptr<const doc::PolicyDocument> document,
                                std::shared_ptr<const CoverageData> data, const CoverageDataLoader &loader,
                                const std::shared_ptr<std::atomic_bool> &cancel)
{
    CoverageOutcome outcome;
    if (!data) {
        Result<std::shared_ptr<const CoverageData>> loaded = loader();
        if (!loaded.ok()) {
            outcome.error = loaded.error();
            return outcome;
        }
        data = std::move(loaded).value();
    }
    outcome.data = data;
    if (cancel->load())
        return outcome;
    auto report = std::make_shared<CoverageReport>();
    report->data = data;
    report->document = document;
    report->analysis = analysis::analyse(*document, data->taxonomy, cancel.get());
    if (cancel->load())
        return outcome;
    // Every profile at once: switching the profile then only filters, on the GUI thread.
    report->requirements = analysis::coverage(report->analysis, data->taxonomy, data->profiles, u"all"_s);
    outcome.report = std::move(report);
    return outcome;
}

} // namespace

CoveragePanel::CoveragePanel(QWidget *parent, CoverageDataLoader loader)
    : QWidget(parent), m_loader(loader ? std::move(loader) : CoverageDataLoader(&loadBuiltinCoverageData))
{
    setObjectName(u"coveragePanel"_s);
    m_profile = QSettings().value(keys::coverageProfile(), u"all"_s).toString();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CoveragePanel::start);

    m_profileLabel = new QLabel(this);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"coverageProfileCombo"_s);
    // Profile names are long ("152-FZ “On Personal Data” (Art. 18.1, …)"): the dock stays narrow
    // and the tool tip has the whole name.
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(16);
    m_profileLabel->setBuddy(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { setProfile(m_profileCombo->itemData(index).toString()); });

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"coverageMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new CoverageModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"coverageView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // The title takes what the status and a glimpse of the citation leave (the tool tip has
    // the whole citation); the dock is often narrow.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CoverageModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CoverageModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CoverageModel::CitationColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(CoverageModel::CitationColumn, 110);
    // As in the outline: moving through the rows shows each piece of evidence; a click on the
    // current row shows it again; Enter also hands the focus to the text.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEvidence(current, false); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) { showEvidence(index, false); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { showEvidence(index, true); });
    // Sentences and notes are long and have nothing in the other columns: give them the width.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { spanDetailRows({}); });

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileLabel);
    profileRow->addWidget(m_profileCombo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(profileRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_view, 1);

    fillProfiles();
    retranslateUi();
}

CoveragePanel::~CoveragePanel()
{
    cancel();
}

void CoveragePanel::setDataLoader(CoverageDataLoader loader)
{
    m_loader = loader ? std::move(loader) : CoverageDataLoader(&loadBuiltinCoverageData);
    m_data.reset();
    fillProfiles();
    setDocument(m_document);
}

void CoveragePanel::setDocument(std::shared_ptr<const doc::PolicyDocument> document)
{
    cancel();
    m_document = std::move(document);
    m_error.clear();
    // The old report's ranges point into the old text: never let a click use them on the new one.
    m_model->setReport(nullptr, m_profile);
    if (m_document)
        m_debounce->start();
    updateMessage();
}

void CoveragePanel::cancel()
{
    m_debounce->stop();
    if (m_cancel)
        m_cancel->store(true);
    if (m_pending) {
        m_pending->deleteLater(); // its result, if it still comes, has nobody to go to
        m_pending = nullptr;
    }
    updateMessage();
}

bool CoveragePanel::isAnalysing() const
{
    return m_debounce->isActive() || !m_pending.isNull();
}

void CoveragePanel::start()
{
    if (!m_document)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<CoverageOutcome>(this);
    m_pending = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_pending != watcher)
            return; // superseded or cancelled
        m_pending = nullptr;
        finish(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(&analyseCoverage, m_document, m_data, m_loader, m_cancel));
    updateMessage();
}

void CoveragePanel::finish(CoverageOutcome outcome)
{
    if (outcome.data && outcome.data != m_data) {
        m_data = outcome.data;
        fillProfiles();
    }
    if (!outcome.report) {
        m_error = outcome.error.message;
        m_model->setReport(nullptr, m_profile);
        updateMessage();
        Q_EMIT analysisFailed(m_error);
        return;
    }
    m_error.clear();
    m_model->setReport(outcome.report, m_profile);
    m_view->expandToDepth(0);
    updateMessage();
    Q_EMIT analysisFinished();
}

void CoveragePanel::setProfile(const QString &profile)
{
    // A profile the data does not have (a setting from a newer version) falls back to all.
    const bool known = profile == "all"_L1 || (m_data && m_data->profiles.find(profile));
    m_profile = known || !m_data ? profile : u"all"_s;
    QSettings().setValue(keys::coverageProfile(), m_profile);
    const int comboIndex = m_profileCombo->findData(m_profile);
    if (comboIndex >= 0)
        m_profileCombo->setCurrentIndex(comboIndex);
    m_model->setProfile(m_profile);
    m_view->expandToDepth(0);
    updateMessage();
}

QString CoveragePanel::profile() const
{
    return m_profile;
}

QString CoveragePanel::message() const
{
    return m_messageLabel->text();
}

void CoveragePanel::fillProfiles()
{
    // Names come from the data, in the UI language; "All" goes last.
    const QString language = CoverageModel::uiLanguage();
    m_profileCombo->clear();
    if (m_data) {
        for (const analysis::Profile &profile : m_data->profiles.all()) { // in the data's order
            const analysis::Profile *p = &profile;
            const QString name = analysis::pick(p->name, language);
            m_profileCombo->addItem(name.isEmpty() ? p->id : name, p->id);
            m_profileCombo->setItemData(m_profileCombo->count() - 1, name, Qt::ToolTipRole);
        }
        if (m_profile != "all"_L1 && !m_data->profiles.find(m_profile))
            m_profile = u"all"_s;
    }
    m_profileCombo->addItem(tr("All profiles"), u"all"_s);
    m_profileCombo->setEnabled(bool(m_data));
    const int comboIndex = m_profileCombo->findData(m_profile);
    m_profileCombo->setCurrentIndex(comboIndex >= 0 ? comboIndex : m_profileCombo->count() - 1);
    if (m_model->profile() != m_profile) {
        m_model->setProfile(m_profile);
        m_view->expandToDepth(0);
    }
}

void CoveragePanel::updateMessage()
{
    const CoverageReport *report = m_model->report();
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("Coverage is not available: %1").arg(m_error);
    } else if (!m_document) {
        text = tr("Open a policy to see which topics and legal requirements it covers.");
    } else if (isAnalysing() || !report) {
        text = tr("Analysing the policy…");
    } else {
        int counts[4] = {0, 0, 0, 0}; // by RequirementStatus
        for (const analysis::RequirementResult &r : report->requirements)
            if (m_profile == "all"_L1 || r.profile == m_profile)
                ++counts[int(r.status)];
        using S = analysis::RequirementStatus;
        text = tr("%1 met, %2 partial, %3 missing, %4 conditional")
                   .arg(counts[int(S::Met)])
                   .arg(counts[int(S::Partial)])
                   .arg(counts[int(S::Missing)])
                   .arg(counts[int(S::Conditional)]);
    }
    m_messageLabel->setText(text);
    // Without a report the tree would only be an empty box under the message.
    m_view->setVisible(report != nullptr);
}

void CoveragePanel::showEvidence(const QModelIndex &index, bool activated)
{
    if (!index.isValid())
        return;
    const qlonglong start = index.data(CoverageModel::RangeStartRole).toLongLong();
    const qlonglong end = index.data(CoverageModel::RangeEndRole).toLongLong();
    if (start < 0)
        return;
    Q_EMIT evidenceSelected(int(start), int(end), activated);
}

void CoveragePanel::spanDetailRows(const QModelIndex &parent)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const auto kind = CoverageModel::Kind(index.data(CoverageModel::KindRole).toInt());
        if (kind == CoverageModel::Kind::Evidence || kind == CoverageModel::Kind::Note)
            m_view->setFirstColumnSpanned(row, parent, true);
        else
            spanDetailRows(index);
    }
}

void CoveragePanel::retranslateUi()
{
    m_profileLabel->setText(tr("&Profile:"));
    m_profileCombo->setToolTip(tr("The law whose requirements are checked"));
    fillProfiles();
    m_model->retranslate();
    updateMessage();
}

void CoveragePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cw::gui
