#include "gapswindow.h"
#include "formats.h"

#include "coveragecolors.h"
#include "gapsmodel.h"
#include "policyfiles.h"
#include "settingskeys.h"

#include "document/importer.h"
#include "document/policydocument.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPromise>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

// What a run produces on the worker thread: the report, or the error that stopped it, and the
// references that could not be read (left out, not fatal).
struct GapsOutcome
{
    std::shared_ptr<const CoverageData> data;
    std::shared_ptr<const GapsReport> report;
    QStringList skipped; // one message per reference left out, naming the file
    Error error;
};

namespace {

// A section in the side-by-side panes is its own text, not its sub-sections'; a very long one
// is cut here.
constexpr qsizetype MaxSectionChars = 6000;
// Sections per document in a pane: enough to compare, not a second copy of the policy.
constexpr size_t MaxSectionsPerDocument = 8;

struct GapsJob
{
    std::shared_ptr<const doc::PolicyDocument> draft;
    QString draftPath; // imported when `draft` is null
    QStringList references;
    std::shared_ptr<const CoverageData> data;
    CoverageDataLoader loader;
    std::shared_ptr<std::atomic_bool> cancel;
};

// Runs on a pool thread: import every file, analyse every document (both on all cores), then
// find the gaps. The importers, analyse() and gaps() are pure functions of their arguments.
void runGaps(QPromise<GapsOutcome> &promise, const GapsJob &job)
{
    GapsOutcome outcome;
    const auto finishWith = [&promise, &outcome] { promise.addResult(std::move(outcome)); };
    outcome.data = job.data;
    if (!outcome.data) {
        Result<std::shared_ptr<const CoverageData>> loaded = job.loader();
        if (!loaded.ok()) {
            outcome.error = loaded.error();
            return finishWith();
        }
        outcome.data = std::move(loaded).value();
    }

    // A folder stands for the policy files in it, in name order (as for the CLI's gaps command).
    QStringList emptyFolders;
    QStringList files = formats::importers().expandFolders(job.references, &emptyFolders);
    files.removeDuplicates();
    for (const QString &folder : emptyFolders)
        outcome.skipped << GapsWindow::tr("%1: no policy files in this folder").arg(QDir::toNativeSeparators(folder));
    const bool importDraft = !job.draft;
    if (importDraft)
        files.prepend(job.draftPath);
    // One step per import and one per analysis.
    std::atomic_int done{0};
    promise.setProgressRange(0, int(files.size()) + int(files.size()) + (importDraft ? 0 : 1));
    const auto step = [&promise, &done] { promise.setProgressValue(++done); };

    const std::atomic_bool &cancel = *job.cancel;
    const std::vector<Result<doc::PolicyDocument>> imported =
        QtConcurrent::blockingMapped<std::vector<Result<doc::PolicyDocument>>>(
            files, [&cancel, &step](const QString &file) -> Result<doc::PolicyDocument> {
                if (cancel.load())
                    return Error{u"cancelled"_s, QString()};
                Result<doc::PolicyDocument> document = formats::importers().importFile(file);
                step();
                return document;
            });
    if (cancel.load())
        return finishWith();

    auto report = std::make_shared<GapsReport>();
    report->data = outcome.data;
    size_t next = 0;
    if (importDraft) {
        if (!imported[0].ok()) {
            outcome.error = imported[0].error();
            return finishWith();
        }
        report->documents.push_back(std::make_shared<const doc::PolicyDocument>(imported[0].value()));
        next = 1;
    } else {
        report->documents.push_back(job.draft);
    }
    for (; next < imported.size(); ++next) {
        if (imported[next].ok())
            report->documents.push_back(std::make_shared<const doc::PolicyDocument>(imported[next].value()));
        else
            outcome.skipped << imported[next].error().message;
    }
    if (report->documents.size() < 2) {
        outcome.error = Error{u"no-references"_s, GapsWindow::tr("None of the references could be read.")};
        return finishWith();
    }

    std::vector<const doc::PolicyDocument *> documents;
    for (const auto &d : report->documents)
        documents.push_back(d.get());
    report->analyses = analysis::analyseAll(documents, outcome.data->taxonomy, job.cancel.get(),
                                            [&step](int, int) { step(); });
    if (cancel.load())
        return finishWith();
    std::vector<const doc::PolicyDocument *> references(documents.begin() + 1, documents.end());
    std::vector<const analysis::DocumentAnalysis *> referenceAnalyses;
    for (size_t k = 1; k < report->analyses.size(); ++k)
        referenceAnalyses.push_back(&report->analyses[k]);
    report->result = analysis::gaps(*documents[0], report->analyses[0], references, referenceAnalyses,
                                    outcome.data->taxonomy);
    outcome.report = std::move(report);
    finishWith();
}

// A section as the panes show it: its title, then its own text (up to its first sub-section).
QString sectionHtml(const doc::PolicyDocument &document, const doc::Section &section)
{
    const qsizetype end = section.children.empty() ? section.range.end : section.children.front().range.start;
    QString body = document.text.mid(section.heading.end, std::max<qsizetype>(0, end - section.heading.end)).trimmed();
    if (body.size() > MaxSectionChars)
        body = body.left(MaxSectionChars - 1) + u'…';
    return u"<h4>"_s + section.title.toHtmlEscaped() + u"</h4><p style=\"white-space: pre-wrap\">"_s
           + body.toHtmlEscaped() + u"</p>"_s;
}

QString noteHtml(const QString &text)
{
    return u"<p><i>"_s + text.toHtmlEscaped() + u"</i></p>"_s;
}

// The sections of document `d` that carry topic `t`, as HTML; empty when none does.
QString topicSectionsHtml(const GapsReport &report, size_t d, int topic)
{
    const doc::PolicyDocument &document = *report.documents[d];
    const auto sections = document.flatSections();
    const auto &sectionTopics = report.analyses[d].sectionTopics;
    QString html;
    size_t shown = 0;
    for (size_t s = 0; s < sections.size() && s < sectionTopics.size() && shown < MaxSectionsPerDocument; ++s) {
        if (std::find(sectionTopics[s].begin(), sectionTopics[s].end(), topic) == sectionTopics[s].end())
            continue;
        html += sectionHtml(document, *sections[s]);
        ++shown;
    }
    return html;
}

// Paints the heat map. A selected row keeps its cells' colours (the selection shows as rules
// above and below them instead of a fill that would hide the map), and the draft's column has
// rules on both sides, so that it stands apart from the references without relying on colour.
class MatrixDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool cell = index.data(GapsMatrixModel::CellRole).isValid();
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        QStyleOptionViewItem plain(option);
        if (cell && selected) {
            // The view has filled the selected row already: an empty cell must stay empty.
            plain.state.setFlag(QStyle::State_Selected, false);
            painter->fillRect(option.rect, option.palette.base());
        }
        QStyledItemDelegate::paint(painter, plain, index);
        if (!cell)
            return;
        painter->save();
        const QRect r = option.rect;
        if (selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawLine(r.left(), r.top() + 1, r.right(), r.top() + 1);
            painter->drawLine(r.left(), r.bottom(), r.right(), r.bottom());
        }
        if (index.data(GapsMatrixModel::DocumentRole).toInt() == 0) {
            painter->setPen(QPen(option.palette.color(QPalette::WindowText), 1));
            painter->drawLine(r.topLeft(), r.bottomLeft());
            painter->drawLine(r.topRight(), r.bottomRight());
        }
        painter->restore();
    }
};

} // namespace

GapsWindow::GapsWindow(QWidget *parent, CoverageDataLoader loader)
    : QMainWindow(parent), m_loader(loader ? std::move(loader) : CoverageDataLoader(&loadBuiltinCoverageData))
{
    setObjectName(u"gapsWindow"_s);
    setWindowFlag(Qt::Window);
    setAcceptDrops(true);
    m_jobs = new QThreadPool(this);
    // A superseded job stops at its next check and the new one follows it.
    m_jobs->setMaxThreadCount(1);

    createActions();
    createWidgets();
    createMenusAndToolBar();
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(keys::gapsGeometry()).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(keys::gapsState()).toByteArray());
}

GapsWindow::~GapsWindow()
{
    cancel();
}

void GapsWindow::createActions()
{
    m_addFilesAction = new QAction(this);
    m_addFilesAction->setObjectName(u"addReferenceFilesAction"_s);
    m_addFilesAction->setShortcut(QKeySequence::Open);
    m_addFilesAction->setIcon(QIcon::fromTheme(u"document-open"_s));
    connect(m_addFilesAction, &QAction::triggered, this, &GapsWindow::chooseReferenceFiles);

    m_addFolderAction = new QAction(this);
    m_addFolderAction->setObjectName(u"addReferenceFolderAction"_s);
    m_addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addFolderAction->setIcon(QIcon::fromTheme(u"folder-open"_s));
    connect(m_addFolderAction, &QAction::triggered, this, &GapsWindow::chooseReferenceFolder);

    m_clearAction = new QAction(this);
    m_clearAction->setObjectName(u"clearReferencesAction"_s);
    m_clearAction->setIcon(QIcon::fromTheme(u"edit-clear"_s));
    connect(m_clearAction, &QAction::triggered, this, &GapsWindow::clearReferences);

    m_rerunAction = new QAction(this);
    m_rerunAction->setObjectName(u"findGapsAgainAction"_s);
    m_rerunAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_rerunAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_rerunAction, &QAction::triggered, this, &GapsWindow::findGaps);

    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(u"stopGapsAction"_s);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &GapsWindow::cancel);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    for (QAction *action : {m_addFilesAction, m_addFolderAction, m_clearAction, m_rerunAction, m_stopAction,
                            m_closeAction})
        addAction(action);
}

void GapsWindow::createWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Errors and the references left out: above everything, in words, never a dialog.
    m_messageLabel = new QLabel(central);
    m_messageLabel->setObjectName(u"gapsMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setContentsMargins(10, 6, 10, 6);
    m_messageLabel->setAutoFillBackground(true);
    m_messageLabel->setBackgroundRole(QPalette::AlternateBase);
    m_messageLabel->setVisible(false);
    layout->addWidget(m_messageLabel);

    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pages, 1);

    // Before the first result: what to do.
    auto *intro = new QWidget(m_pages);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addStretch(1);
    m_introLabel = new QLabel(intro);
    m_introLabel->setObjectName(u"gapsIntro"_s);
    m_introLabel->setWordWrap(true);
    m_introLabel->setAlignment(Qt::AlignCenter);
    m_introLabel->setMaximumWidth(560);
    introLayout->addWidget(m_introLabel, 0, Qt::AlignHCenter);
    auto *introButtons = new QHBoxLayout;
    introButtons->addStretch(1);
    m_introFilesButton = new QToolButton(intro);
    m_introFilesButton->setDefaultAction(m_addFilesAction);
    m_introFilesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_introFolderButton = new QToolButton(intro);
    m_introFolderButton->setDefaultAction(m_addFolderAction);
    m_introFolderButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    introButtons->addWidget(m_introFilesButton);
    introButtons->addWidget(m_introFolderButton);
    introButtons->addStretch(1);
    introLayout->addLayout(introButtons);
    introLayout->addStretch(2);
    m_pages->addWidget(intro);

    // The results: the heat map and the list of gaps above, the sections side by side below.
    const auto titled = [](QWidget *parentWidget, QLabel *&title, QWidget *body, QWidget *extra = nullptr) {
        auto *box = new QWidget(parentWidget);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(6, 6, 6, 0);
        boxLayout->setSpacing(4);
        auto *header = new QHBoxLayout;
        title = new QLabel(box);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        header->addWidget(title);
        header->addStretch(1);
        if (extra)
            header->addWidget(extra);
        boxLayout->addLayout(header);
        boxLayout->addWidget(body, 1);
        return box;
    };

    m_mainSplitter = new QSplitter(Qt::Vertical, m_pages);
    m_mainSplitter->setObjectName(u"gapsMainSplitter"_s);
    auto *top = new QSplitter(Qt::Horizontal, m_mainSplitter);

    m_matrixModel = new GapsMatrixModel(this);
    m_matrixProxy = new QSortFilterProxyModel(this);
    m_matrixProxy->setSourceModel(m_matrixModel);
    m_matrixProxy->setSortRole(GapsMatrixModel::SortRole);
    m_matrixProxy->setSortLocaleAware(true);
    m_matrixView = new QTableView;
    m_matrixView->setObjectName(u"gapsMatrixView"_s);
    m_matrixView->setModel(m_matrixProxy);
    m_matrixView->setItemDelegate(new MatrixDelegate(m_matrixView));
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(false);
    m_matrixView->verticalHeader()->setVisible(false);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 8);
    m_matrixView->horizontalHeader()->setHighlightSections(false);
    // Source order (the taxonomy's) until a header is clicked.
    m_matrixView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_matrixView->setSortingEnabled(true);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTopic(current.data(GapsMatrixModel::TopicRole).toInt());
            });
    // A click on the current row shows its topic again (after an unmatched section was shown).
    connect(m_matrixView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showTopic(index.data(GapsMatrixModel::TopicRole).toInt()); });
    m_legend = new QLabel;
    m_legend->setObjectName(u"gapsLegend"_s);
    top->addWidget(titled(top, m_matrixTitle, m_matrixView, m_legend));

    m_listModel = new GapsListModel(this);
    m_listView = new QTreeView;
    m_listView->setObjectName(u"gapsListView"_s);
    m_listView->setModel(m_listModel);
    m_listView->setUniformRowHeights(true);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->header()->setSectionResizeMode(GapsListModel::CountColumn, QHeaderView::ResizeToContents);
    m_listView->setColumnWidth(GapsListModel::TitleColumn, 240);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { listItemSelected(current); });
    connect(m_listView, &QTreeView::clicked, this, &GapsWindow::listItemSelected);
    top->addWidget(titled(top, m_listTitle, m_listView));
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({780, 480});
    m_mainSplitter->addWidget(top);

    auto *panes = new QSplitter(Qt::Horizontal, m_mainSplitter);
    const auto makePane = [](const QString &name) {
        auto *pane = new QTextBrowser;
        pane->setObjectName(name);
        pane->setOpenLinks(false);
        pane->setAcceptDrops(false); // a dropped file is a reference, not text
        pane->document()->setDocumentMargin(8);
        return pane;
    };
    m_draftPane = makePane(u"gapsDraftPane"_s);
    m_referencePane = makePane(u"gapsReferencePane"_s);
    panes->addWidget(titled(panes, m_draftTitle, m_draftPane));
    panes->addWidget(titled(panes, m_referenceTitle, m_referencePane));
    m_mainSplitter->addWidget(panes);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_pages->addWidget(m_mainSplitter);
    setCentralWidget(central);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"gapsProgress"_s);
    m_busyBar->setMaximumWidth(160);
    m_busyLabel = new QLabel(this);
    m_stopButton = new QToolButton(this);
    m_stopButton->setObjectName(u"gapsStopButton"_s);
    m_stopButton->setDefaultAction(m_stopAction);
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stopButton->setAutoRaise(true);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"gapsSummary"_s);
    statusBar()->addWidget(m_busyBar);
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addWidget(m_stopButton);
    statusBar()->addPermanentWidget(m_summaryLabel);
    setBusy(false);
}

void GapsWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"gapsFileMenu"_s);
    m_fileMenu->addAction(m_addFilesAction);
    m_fileMenu->addAction(m_addFolderAction);
    m_fileMenu->addAction(m_clearAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_rerunAction);
    m_fileMenu->addAction(m_stopAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"gapsToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_addFilesAction);
    m_toolBar->addAction(m_addFolderAction);
    m_toolBar->addAction(m_clearAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_rerunAction);
}

void GapsWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_toolBar->setWindowTitle(tr("Gaps"));
    m_addFilesAction->setText(tr("Add &Reference Files…"));
    m_addFilesAction->setIconText(tr("Add Files…"));
    m_addFilesAction->setToolTip(tr("Add policies to compare the draft against"));
    m_addFolderAction->setText(tr("Add Reference &Folder…"));
    m_addFolderAction->setIconText(tr("Add Folder…"));
    m_addFolderAction->setToolTip(tr("Add every policy in a folder"));
    m_clearAction->setText(tr("&Clear References"));
    m_clearAction->setIconText(tr("Clear"));
    m_rerunAction->setText(tr("Find Gaps &Again"));
    m_rerunAction->setIconText(tr("Again"));
    m_stopAction->setText(tr("S&top"));
    m_closeAction->setText(tr("&Close"));

    m_introLabel->setText(tr("Find what reference policies cover and this draft does not: topics it lacks and "
                             "sections with no counterpart. Add reference policies (files, or a folder of "
                             "them), or drop them here."));
    m_matrixTitle->setText(tr("Topics × documents"));
    m_listTitle->setText(tr("Gaps"));
    m_matrixView->setToolTip(tr("Click a column header to sort by it; pick a topic to see its sections below"));

    const CoverageColors colors = CoverageColors::forPalette(palette());
    const auto swatch = [](const QColor &colour, const QString &glyph, const QString &text) {
        return u"<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>&nbsp;%3"_s.arg(
            colour.name(), glyph, text.toHtmlEscaped());
    };
    m_legend->setText(swatch(colors.draftPresent, u"✓"_s, tr("the draft covers it")) + u"&nbsp;&nbsp; "_s
                      + swatch(colors.draftGap, u"✗"_s, tr("the draft lacks it")) + u"&nbsp;&nbsp; "_s
                      + swatch(colors.referencePresent, u"●"_s, tr("a reference covers it")));

    m_matrixModel->retranslate();
    m_listModel->retranslate();
    updateTitle();
    updateSummary();
    if (m_shownUnmatched >= 0)
        showUnmatched(m_shownUnmatched);
    else if (m_shownTopic >= 0)
        showTopic(m_shownTopic);
    else {
        m_draftTitle->setText(tr("Draft"));
        m_referenceTitle->setText(tr("References"));
    }
    if (isRunning())
        setBusy(true);
}

void GapsWindow::updateTitle()
{
    QString name;
    if (m_draft)
        name = GapsMatrixModel::documentName(*m_draft);
    else if (!m_draftPath.isEmpty())
        name = QFileInfo(m_draftPath).fileName();
    setWindowTitle(name.isEmpty() ? tr("Gaps") : tr("%1 — Gaps").arg(name));
}

void GapsWindow::updateSummary()
{
    if (!m_report) {
        m_summaryLabel->clear();
        return;
    }
    m_summaryLabel->setText(tr("Missing topics: %1 · Unmatched sections: %2 · References: %3")
                                .arg(m_report->result.missingTopics.size())
                                .arg(m_report->result.unmatched.size())
                                .arg(m_report->documents.size() - 1));
}

void GapsWindow::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_stopButton->setVisible(busy);
    m_stopAction->setEnabled(busy);
    if (busy)
        m_busyLabel->setText(tr("Reading and analysing the policies…"));
    else
        m_busyBar->reset();
}

void GapsWindow::setMessage(const QString &message)
{
    m_message = message;
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void GapsWindow::setDraft(std::shared_ptr<const doc::PolicyDocument> draft)
{
    m_draft = std::move(draft);
    m_draftPath.clear();
    updateTitle();
    if (!m_references.isEmpty())
        start();
}

void GapsWindow::setDraftFile(const QString &path)
{
    m_draft.reset();
    m_draftPath = path;
    updateTitle();
    if (!m_references.isEmpty())
        start();
}

void GapsWindow::addReferences(const QStringList &paths)
{
    QStringList added = m_references;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!added.contains(absolute))
            added << absolute;
    }
    setReferences(added);
}

void GapsWindow::setReferences(const QStringList &paths)
{
    m_references = paths;
    if (m_references.isEmpty()) {
        clearReferences();
        return;
    }
    start();
}

void GapsWindow::clearReferences()
{
    cancel();
    m_references.clear();
    m_report.reset();
    m_shownTopic = -1;
    m_shownUnmatched = -1;
    m_matrixModel->setReport(nullptr);
    m_listModel->setReport(nullptr);
    m_draftPane->clear();
    m_referencePane->clear();
    setMessage({});
    updateSummary();
    m_pages->setCurrentIndex(0);
}

void GapsWindow::findGaps()
{
    if (!m_references.isEmpty())
        start();
}

void GapsWindow::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_pending) {
        m_pending->deleteLater(); // its result, if it still comes, has nobody to go to
        m_pending = nullptr;
        statusBar()->showMessage(tr("Stopped"), 4000);
    }
    setBusy(false);
}

bool GapsWindow::isRunning() const
{
    return !m_pending.isNull();
}

const GapsReport *GapsWindow::report() const
{
    return m_report.get();
}

void GapsWindow::start()
{
    if (!m_draft && m_draftPath.isEmpty())
        return; // nothing to compare yet
    if (m_cancel)
        m_cancel->store(true); // the run going on now is superseded
    if (m_pending)
        QObject::disconnect(m_pending, nullptr, m_busyBar, nullptr); // its progress is not this run's
    m_cancel = std::make_shared<std::atomic_bool>(false);

    GapsJob job{m_draft, m_draftPath, m_references, m_data, m_loader, m_cancel};
    auto *watcher = new QFutureWatcher<GapsOutcome>(this);
    m_pending = watcher;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_busyBar, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_busyBar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_pending != watcher)
            return;
        m_pending = nullptr;
        setBusy(false);
        finish(watcher->future().takeResult());
    });
    setBusy(true);
    statusBar()->clearMessage();
    watcher->setFuture(QtConcurrent::run(m_jobs, &runGaps, job));
}

void GapsWindow::finish(GapsOutcome outcome)
{
    if (outcome.data)
        m_data = outcome.data;
    QString message;
    if (!outcome.skipped.isEmpty())
        message = tr("Some references could not be read and were left out:") + u'\n' + outcome.skipped.join(u'\n');
    if (!outcome.report) {
        const QString error = outcome.error.message;
        setMessage(message.isEmpty() ? error : error + u'\n' + message);
        Q_EMIT gapsFailed(error);
        return;
    }
    setMessage(message);

    // Keep the reader's topic across runs (more references, the same question).
    const int keepTopic = selectedTopic();
    m_report = outcome.report;
    if (!m_draft)
        m_draft = m_report->documents[0]; // imported this time: the next run reuses it
    m_draftPath.clear();
    m_shownTopic = -1;
    m_shownUnmatched = -1;
    m_draftPane->clear();
    m_referencePane->clear();
    m_matrixModel->setReport(m_report);
    m_listModel->setReport(m_report);
    // Narrow columns, so that many references fit: a long topic or file name is elided (its
    // tool tip has it whole), and the map stays a map.
    // The topic names take the room the documents leave, within reason.
    m_pages->setCurrentIndex(1);
    m_matrixView->resizeColumnsToContents();
    int documentsWidth = 0;
    for (int column = GapsMatrixModel::ReferencesColumn; column < m_matrixModel->columnCount(); ++column) {
        if (column >= GapsMatrixModel::DraftColumn)
            m_matrixView->setColumnWidth(column, std::clamp(m_matrixView->columnWidth(column), 64, 130));
        documentsWidth += m_matrixView->columnWidth(column);
    }
    const int room = m_matrixView->viewport()->width() - documentsWidth - 2;
    const int topicWidth = m_matrixView->columnWidth(GapsMatrixModel::TopicColumn);
    m_matrixView->setColumnWidth(GapsMatrixModel::TopicColumn, std::clamp(topicWidth, 160, std::max(220, room)));
    m_listView->expandAll();
    for (int group = 0; group < m_listModel->rowCount(); ++group)
        m_listView->setFirstColumnSpanned(group, QModelIndex(), true);
    updateTitle();
    updateSummary();

    // Show something side by side at once: the topic looked at before, else the first gap.
    int topic = keepTopic;
    if (topic < 0) {
        const QModelIndex firstGap = m_listModel->index(0, 0, m_listModel->index(0, 0));
        if (GapsListModel::Kind(firstGap.data(GapsListModel::KindRole).toInt()) == GapsListModel::Kind::MissingTopic)
            topic = firstGap.data(GapsListModel::TopicRole).toInt();
    }
    if (topic < 0 && m_matrixModel->rowCount() > 0)
        topic = 0;
    if (topic >= 0)
        selectTopic(topic);
    Q_EMIT gapsFinished();
}

int GapsWindow::selectedTopic() const
{
    const QModelIndex current = m_matrixView->currentIndex();
    return current.isValid() ? current.data(GapsMatrixModel::TopicRole).toInt() : -1;
}

void GapsWindow::selectTopic(int topic)
{
    for (int row = 0; row < m_matrixProxy->rowCount(); ++row) {
        const QModelIndex index = m_matrixProxy->index(row, GapsMatrixModel::TopicColumn);
        if (index.data(GapsMatrixModel::TopicRole).toInt() != topic)
            continue;
        m_matrixView->setCurrentIndex(index);
        m_matrixView->scrollTo(index);
        showTopic(topic); // also when the row was current already
        return;
    }
}

void GapsWindow::listItemSelected(const QModelIndex &index)
{
    switch (GapsListModel::Kind(index.data(GapsListModel::KindRole).toInt())) {
    case GapsListModel::Kind::MissingTopic:
        selectTopic(index.data(GapsListModel::TopicRole).toInt());
        break;
    case GapsListModel::Kind::UnmatchedSection:
        showUnmatched(index.data(GapsListModel::UnmatchedRole).toInt());
        break;
    case GapsListModel::Kind::Group:
        break;
    }
}

void GapsWindow::showTopic(int topic)
{
    if (!m_report || topic < 0 || size_t(topic) >= m_report->data->taxonomy.topics().size())
        return;
    m_shownTopic = topic;
    m_shownUnmatched = -1;
    const QString name = GapsMatrixModel::topicName(*m_report->data, topic);
    const GapsReport &report = *m_report;

    m_draftTitle->setText(tr("Draft: sections on “%1”").arg(name));
    QString draftHtml = topicSectionsHtml(report, 0, topic);
    if (draftHtml.isEmpty()) {
        const analysis::TopicPresence &presence = report.analyses[0].topics[size_t(topic)];
        if (presence.present && !presence.evidence.empty()) {
            // Covered, but across sections none of which is about it: show where.
            draftHtml = noteHtml(tr("No section of the draft is about this topic; it is mentioned here:"));
            for (size_t k = 0; k < presence.evidence.size() && k < 3; ++k) {
                const QString sentence = report.documents[0]->textOf(presence.evidence[k].range).simplified();
                draftHtml += u"<p>"_s + sentence.toHtmlEscaped() + u"</p>"_s;
            }
        } else {
            draftHtml = noteHtml(tr("The draft has nothing on this topic."));
        }
    }
    m_draftPane->setHtml(draftHtml);

    m_referenceTitle->setText(tr("References: sections on “%1”").arg(name));
    QString referenceHtml;
    for (size_t d = 1; d < report.documents.size(); ++d) {
        const QString sections = topicSectionsHtml(report, d, topic);
        if (sections.isEmpty())
            continue;
        referenceHtml += u"<h3>"_s + GapsMatrixModel::documentName(*report.documents[d]).toHtmlEscaped() + u"</h3>"_s
                         + sections;
    }
    m_referencePane->setHtml(referenceHtml.isEmpty() ? noteHtml(tr("No reference has a section on this topic."))
                                                     : referenceHtml);
}

void GapsWindow::showUnmatched(int unmatched)
{
    if (!m_report || unmatched < 0 || size_t(unmatched) >= m_report->result.unmatched.size())
        return;
    m_shownUnmatched = unmatched;
    m_shownTopic = -1;
    const analysis::UnmatchedSection &u = m_report->result.unmatched[size_t(unmatched)];
    const doc::PolicyDocument &reference = *m_report->documents[size_t(u.reference) + 1];
    const doc::PolicyDocument &draft = *m_report->documents[0];

    m_referenceTitle->setText(tr("Reference: “%1”").arg(u.title));
    const auto referenceSections = reference.flatSections();
    QString referenceHtml = u"<h3>"_s + GapsMatrixModel::documentName(reference).toHtmlEscaped() + u"</h3>"_s;
    if (u.section >= 0 && size_t(u.section) < referenceSections.size())
        referenceHtml += sectionHtml(reference, *referenceSections[size_t(u.section)]);
    referenceHtml += noteHtml(tr("Sections on this subject in %n reference(s) have no counterpart in the draft.",
                                 nullptr, u.sharedBy));
    m_referencePane->setHtml(referenceHtml);

    const auto draftSections = draft.flatSections();
    if (u.bestDraftSection >= 0 && size_t(u.bestDraftSection) < draftSections.size()) {
        m_draftTitle->setText(tr("Draft: the closest section (%1% alike)").arg(qRound(u.similarity * 100)));
        m_draftPane->setHtml(sectionHtml(draft, *draftSections[size_t(u.bestDraftSection)]));
    } else {
        m_draftTitle->setText(tr("Draft"));
        m_draftPane->setHtml(noteHtml(tr("The draft has no section like this one.")));
    }
}

void GapsWindow::chooseReferenceFiles()
{
    QSettings settings;
    const QString directory = settings.value(keys::lastDirectory(), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Reference Policies"), directory, policyFileFilter());
    if (paths.isEmpty())
        return;
    settings.setValue(keys::lastDirectory(), QFileInfo(paths.constFirst()).absolutePath());
    addReferences(paths);
}

void GapsWindow::chooseReferenceFolder()
{
    QSettings settings;
    const QString directory = settings.value(keys::lastDirectory(), QDir::homePath()).toString();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Add a Folder of Reference Policies"), directory);
    if (path.isEmpty())
        return;
    settings.setValue(keys::lastDirectory(), path);
    addReferences({path});
}

void GapsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void GapsWindow::closeEvent(QCloseEvent *event)
{
    cancel();
    QSettings settings;
    settings.setValue(keys::gapsGeometry(), saveGeometry());
    settings.setValue(keys::gapsState(), saveState());
    QMainWindow::closeEvent(event);
}

void GapsWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPathsOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void GapsWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPathsOf(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addReferences(paths);
}

} // namespace cw::gui
