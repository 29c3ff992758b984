#include "comparewindow.h"
#include "documentprint.h"
#include "formats.h"

#include "comparecolors.h"
#include "compareview.h"
#include "settingskeys.h"

#include "document/importer.h"
#include "document/policydocument.h"
#include "export/docxredline.h"
#include "export/htmlredline.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

// What a job produces on the worker thread: the documents (imported there when needed) and
// core's result, or the error that stopped it.
struct CompareOutcome
{
    std::array<std::shared_ptr<const doc::PolicyDocument>, diff::SideCount> documents;
    std::optional<diff::DiffResult> result;
    Error error;
};

namespace {

// Runs on a pool thread: the importers and compare() are stateless and thread-safe.
CompareOutcome runCompare(std::array<std::shared_ptr<const doc::PolicyDocument>, diff::SideCount> documents,
                          const std::array<QString, diff::SideCount> &paths, diff::DiffOptions options,
                          const CompareFunction &compare, const std::shared_ptr<std::atomic_bool> &cancel)
{
    CompareOutcome outcome;
    for (int s = 0; s < diff::SideCount; ++s) {
        if (documents[s])
            continue;
        Result<doc::PolicyDocument> imported = formats::importers().importFile(paths[s]);
        if (!imported.ok()) {
            outcome.error = imported.error();
            outcome.documents = documents;
            return outcome;
        }
        documents[s] = std::make_shared<const doc::PolicyDocument>(std::move(imported).value());
    }
    outcome.documents = documents;
    if (cancel->load())
        return outcome;
    options.cancel = cancel.get();
    Result<diff::DiffResult> result = compare(*documents[diff::Old], *documents[diff::New], options);
    if (result.ok())
        outcome.result = std::move(result).value();
    else
        outcome.error = result.error();
    return outcome;
}

// A small square of a highlight colour, for the legend in the summary bar.
QPixmap swatch(const QColor &fill, const QColor &mark, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(fill);
    QPainter painter(&pixmap);
    painter.fillRect(0, size - 3, size, 3, mark);
    return pixmap;
}

} // namespace

CompareWindow::CompareWindow(QWidget *parent, CompareFunction compare)
    : QMainWindow(parent), m_compare(compare ? std::move(compare) : CompareFunction(&diff::compare))
{
    setObjectName(u"compareWindow"_s);
    setWindowFlag(Qt::Window);

    createActions();
    createWidgets();
    createMenusAndToolBar();
    retranslateUi();
    updateSummary();

    QSettings settings;
    if (!restoreGeometry(settings.value(keys::compareGeometry()).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(keys::compareState()).toByteArray());
}

CompareWindow::~CompareWindow()
{
    cancelCompare();
}

void CompareWindow::createActions()
{
    QSettings settings;

    m_nextAction = new QAction(this);
    m_nextAction->setObjectName(u"nextChangeAction"_s);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_nextAction->setIcon(QIcon::fromTheme(u"go-down"_s));
    connect(m_nextAction, &QAction::triggered, this, &CompareWindow::nextChange);
    m_previousAction = new QAction(this);
    m_previousAction->setObjectName(u"previousChangeAction"_s);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previousAction->setIcon(QIcon::fromTheme(u"go-up"_s));
    connect(m_previousAction, &QAction::triggered, this, &CompareWindow::previousChange);

    m_moveAction = new QAction(this);
    m_moveAction->setObjectName(u"moveCounterpartAction"_s);
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_moveAction, &QAction::triggered, this, &CompareWindow::goToCurrentMove);

    m_changedOnlyAction = new QAction(this);
    m_changedOnlyAction->setObjectName(u"changedSectionsOnlyAction"_s);
    m_changedOnlyAction->setCheckable(true);
    m_changedOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_changedOnlyAction, &QAction::toggled, this, &CompareWindow::setChangedSectionsOnly);

    m_swapAction = new QAction(this);
    m_swapAction->setObjectName(u"swapSidesAction"_s);
    m_swapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_swapAction->setIcon(QIcon::fromTheme(u"object-flip-horizontal"_s));
    connect(m_swapAction, &QAction::triggered, this, &CompareWindow::swapSides);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &CompareWindow::copyCurrent);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportRedlineAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(QIcon::fromTheme(u"document-export"_s));
    connect(m_exportAction, &QAction::triggered, this, &CompareWindow::exportRedline);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    m_recompareAction = new QAction(this);
    m_recompareAction->setObjectName(u"recompareAction"_s);
    m_recompareAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_recompareAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_recompareAction, &QAction::triggered, this, &CompareWindow::recompare);

    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(u"stopCompareAction"_s);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &CompareWindow::cancelCompare);

    // Options: each change compares again and is remembered for the next comparison.
    const auto optionChanged = [this] {
        saveOptions();
        recompare();
    };
    m_granularityGroup = new QActionGroup(this);
    const int granularity = settings.value(keys::compareGranularity(), int(diff::Granularity::Word)).toInt();
    const std::array<QKeyCombination, 3> granularityKeys{Qt::CTRL | Qt::Key_1, Qt::CTRL | Qt::Key_2,
                                                         Qt::CTRL | Qt::Key_3};
    const std::array<const char *, 3> granularityNames{"byWordsAction", "byCharactersAction", "bySentencesAction"};
    for (int g = 0; g < 3; ++g) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(granularityNames[size_t(g)]));
        action->setCheckable(true);
        action->setChecked(g == granularity);
        action->setShortcut(QKeySequence(granularityKeys[size_t(g)]));
        action->setData(g);
        m_granularityGroup->addAction(action);
        m_granularityActions[size_t(g)] = action;
    }
    if (!m_granularityGroup->checkedAction())
        m_granularityActions[0]->setChecked(true);
    connect(m_granularityGroup, &QActionGroup::triggered, this, optionChanged);

    const auto ignore = diff::IgnoreOptions::fromInt(settings.value(keys::compareIgnore(), 0).toInt());
    const std::array<std::pair<diff::IgnoreOption, const char *>, 6> ignoreOptions{{
        {diff::IgnoreOption::Case, "ignoreCaseAction"},
        {diff::IgnoreOption::Whitespace, "ignoreWhitespaceAction"},
        {diff::IgnoreOption::Quotes, "ignoreQuotesAction"},
        {diff::IgnoreOption::Yo, "ignoreYoAction"},
        {diff::IgnoreOption::Numbering, "ignoreNumberingAction"},
        {diff::IgnoreOption::Markup, "ignoreMarkupAction"},
    }};
    const std::array<Qt::Key, 6> ignoreKeys{Qt::Key_C, Qt::Key_W, Qt::Key_Q, Qt::Key_E, Qt::Key_N, Qt::Key_M};
    for (size_t i = 0; i < ignoreOptions.size(); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(ignoreOptions[i].second));
        action->setCheckable(true);
        action->setChecked(ignore.testFlag(ignoreOptions[i].first));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | ignoreKeys[i]));
        connect(action, &QAction::triggered, this, optionChanged);
        m_ignoreActions[i] = {ignoreOptions[i].first, action};
    }

    m_detectMovesAction = new QAction(this);
    m_detectMovesAction->setObjectName(u"detectMovesAction"_s);
    m_detectMovesAction->setCheckable(true);
    m_detectMovesAction->setChecked(settings.value(keys::compareDetectMoves(), true).toBool());
    m_detectMovesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    connect(m_detectMovesAction, &QAction::triggered, this, optionChanged);

    for (QAction *action : {m_nextAction, m_previousAction, m_moveAction, m_changedOnlyAction, m_swapAction,
                            m_copyAction, m_exportAction, m_closeAction, m_recompareAction, m_stopAction,
                            m_detectMovesAction})
        addAction(action);
}

void CompareWindow::createWidgets()
{
    m_model = new CompareModel(this);
    m_filter = new ChangedSectionsFilter(this);
    m_filter->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The summary bar: what changed, in numbers, doubling as the legend of the colours.
    auto *summary = new QWidget(central);
    summary->setObjectName(u"summaryBar"_s);
    summary->setAutoFillBackground(true);
    summary->setBackgroundRole(QPalette::AlternateBase);
    auto *summaryLayout = new QHBoxLayout(summary);
    summaryLayout->setContentsMargins(10, 5, 10, 5);
    summaryLayout->setSpacing(6);
    const CompareColors colors = CompareColors::forPalette(palette());
    const int swatchSize = fontMetrics().height() - 2;
    const auto addCount = [&](const QString &name, const QColor &fill, const QColor &mark) {
        if (fill.isValid()) {
            auto *legend = new QLabel(summary);
            legend->setPixmap(swatch(fill, mark, swatchSize));
            summaryLayout->addWidget(legend);
        }
        auto *label = new QLabel(summary);
        label->setObjectName(name);
        summaryLayout->addWidget(label);
        summaryLayout->addSpacing(12);
        return label;
    };
    m_insertedLabel = addCount(u"insertedLabel"_s, colors.insertedBackground, colors.insertedMark);
    m_deletedLabel = addCount(u"deletedLabel"_s, colors.deletedBackground, colors.deletedMark);
    m_movedLabel = addCount(u"movedLabel"_s, colors.movedBackground, colors.movedMark);
    m_sectionsLabel = addCount(u"sectionsChangedLabel"_s, {}, {});
    m_unchangedLabel = addCount(u"unchangedLabel"_s, {}, {});
    m_unchangedLabel->setForegroundRole(QPalette::PlaceholderText);
    summaryLayout->addStretch(1);
    layout->addWidget(summary);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_view = new CompareView(central);
    m_view->setObjectName(u"compareView"_s);
    m_view->setModel(m_filter);
    connect(m_view, &CompareView::moveLinkActivated, this,
            [this](int moveId, int side) { goToMoveCounterpart(moveId, diff::Side(side)); });
    m_changeMap = new ChangeMap(m_view, central);
    row->addWidget(m_view, 1);
    row->addWidget(m_changeMap);
    layout->addLayout(row, 1);
    setCentralWidget(central);

    m_sectionModel = new SectionMatchModel(this);
    m_sectionView = new QTreeView(this);
    m_sectionView->setObjectName(u"sectionMatchView"_s);
    m_sectionView->setModel(m_sectionModel);
    m_sectionView->setRootIsDecorated(false);
    m_sectionView->setUniformRowHeights(true);
    m_sectionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectionView->header()->setStretchLastSection(false);
    m_sectionView->header()->setSectionResizeMode(SectionMatchModel::TitleColumn, QHeaderView::Stretch);
    m_sectionView->header()->setSectionResizeMode(SectionMatchModel::StatusColumn, QHeaderView::ResizeToContents);
    connect(m_sectionView, &QTreeView::clicked, this, &CompareWindow::goToSection);
    connect(m_sectionView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        goToSection(index);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    m_sectionDock = new QDockWidget(this);
    m_sectionDock->setObjectName(u"sectionMatchDock"_s);
    m_sectionDock->setWidget(m_sectionView);
    m_sectionDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_sectionDock);
    resizeDocks({m_sectionDock}, {300}, Qt::Horizontal);
    m_sectionDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0); // core reports no progress; the bar shows that it is working
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyLabel = new QLabel(this);
    m_stopButton = new QToolButton(this);
    m_stopButton->setDefaultAction(m_stopAction);
    m_stopButton->setAutoRaise(true);
    statusBar()->addWidget(m_busyBar);
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addWidget(m_stopButton);
    setBusy(false);

    m_changedOnlyAction->setChecked(QSettings().value(keys::compareChangedOnly(), false).toBool());
}

void CompareWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"compareFileMenu"_s);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"compareViewMenu"_s);
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addAction(m_moveAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_changedOnlyAction);
    m_viewMenu->addAction(m_sectionDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_copyAction);

    m_compareMenu = menuBar()->addMenu(QString());
    m_compareMenu->setObjectName(u"compareMenu"_s);
    m_granularityMenu = m_compareMenu->addMenu(QString());
    m_granularityMenu->addActions(m_granularityGroup->actions());
    m_ignoreMenu = m_compareMenu->addMenu(QString());
    m_ignoreMenu->setObjectName(u"ignoreMenu"_s);
    for (const IgnoreAction &ignore : m_ignoreActions)
        m_ignoreMenu->addAction(ignore.action);
    m_compareMenu->addAction(m_detectMovesAction);
    m_compareMenu->addSeparator();
    m_compareMenu->addAction(m_swapAction);
    m_compareMenu->addAction(m_recompareAction);
    m_compareMenu->addAction(m_stopAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"compareToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_previousAction);
    m_toolBar->addAction(m_nextAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_changedOnlyAction);
    m_toolBar->addSeparator();
    m_granularityButton = new QToolButton(m_toolBar);
    m_granularityButton->setMenu(m_granularityMenu);
    m_granularityButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(m_granularityButton);
    m_ignoreButton = new QToolButton(m_toolBar);
    m_ignoreButton->setObjectName(u"ignoreButton"_s);
    m_ignoreButton->setMenu(m_ignoreMenu);
    m_ignoreButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(m_ignoreButton);
    m_toolBar->addAction(m_detectMovesAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_swapAction);
    m_toolBar->addAction(m_exportAction);
    connect(m_granularityGroup, &QActionGroup::triggered, this, &CompareWindow::retranslateUi);
}

void CompareWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_compareMenu->setTitle(tr("&Compare"));
    m_granularityMenu->setTitle(tr("Compare &By"));
    m_ignoreMenu->setTitle(tr("&Ignore"));
    m_toolBar->setWindowTitle(tr("Compare"));

    m_nextAction->setText(tr("&Next Change"));
    m_nextAction->setToolTip(tr("Next change (%1)").arg(m_nextAction->shortcut().toString(QKeySequence::NativeText)));
    m_previousAction->setText(tr("&Previous Change"));
    m_previousAction->setToolTip(
        tr("Previous change (%1)").arg(m_previousAction->shortcut().toString(QKeySequence::NativeText)));
    m_moveAction->setText(tr("&Go to Other End of Move"));
    m_moveAction->setStatusTip(tr("Show where the moved text in the current row came from or went to"));
    m_changedOnlyAction->setText(tr("&Changed Sections Only"));
    m_changedOnlyAction->setToolTip(tr("Hide the sections in which nothing changed (%1)")
                                        .arg(m_changedOnlyAction->shortcut().toString(QKeySequence::NativeText)));
    m_swapAction->setText(tr("&Swap Sides"));
    m_swapAction->setToolTip(tr("Compare the other way round: the new version becomes the old one"));
    m_copyAction->setText(tr("&Copy Row Text"));
    m_exportAction->setText(tr("&Export Redline…"));
    m_exportAction->setToolTip(tr("Save the comparison as an HTML page or a Word document with tracked changes"));
    m_closeAction->setText(tr("&Close"));
    m_recompareAction->setText(tr("Compare &Again"));
    m_stopAction->setText(tr("S&top Comparing"));
    m_detectMovesAction->setText(tr("Detect &Moved Text"));
    m_detectMovesAction->setToolTip(tr("Show text that moved as moved, not as deleted and inserted again"));
    // Shorter texts for the toolbar buttons, so that the toolbar fits in Russian too.
    m_nextAction->setIconText(tr("Next"));
    m_previousAction->setIconText(tr("Previous"));
    m_changedOnlyAction->setIconText(tr("Changed Only"));
    m_swapAction->setIconText(tr("Swap"));
    m_detectMovesAction->setIconText(tr("Moves"));
    m_exportAction->setIconText(tr("Export…"));
    m_sectionDock->setWindowTitle(tr("Sections"));
    m_sectionDock->toggleViewAction()->setText(tr("S&ections"));

    const std::array<QString, 3> granularityNames{tr("&Words"), tr("&Characters"), tr("&Sentences")};
    for (size_t g = 0; g < granularityNames.size(); ++g)
        m_granularityActions[g]->setText(granularityNames[g]);
    const std::array<QString, 3> granularityButtonTexts{tr("Compare by Words"), tr("Compare by Characters"),
                                                        tr("Compare by Sentences")};
    const QAction *checked = m_granularityGroup->checkedAction();
    m_granularityButton->setText(granularityButtonTexts[size_t(checked ? checked->data().toInt() : 0) % 3]);
    m_granularityButton->setToolTip(tr("Compare word by word, character by character or sentence by sentence"));

    for (const IgnoreAction &ignore : m_ignoreActions) {
        switch (ignore.option) {
        case diff::IgnoreOption::Case:
            ignore.action->setText(tr("Ignore &Case"));
            break;
        case diff::IgnoreOption::Whitespace:
            ignore.action->setText(tr("Ignore &Whitespace"));
            break;
        case diff::IgnoreOption::Quotes:
            ignore.action->setText(tr("Ignore &Quote Style"));
            break;
        case diff::IgnoreOption::Yo:
            ignore.action->setText(tr("Treat Ё as &Е"));
            break;
        case diff::IgnoreOption::Numbering:
            ignore.action->setText(tr("Ignore &Numbering"));
            break;
        case diff::IgnoreOption::Markup:
            ignore.action->setText(tr("Ignore &Markup"));
            break;
        }
    }
    updateSummary(); // sets the Ignore button's text, which counts the options on

    m_model->retranslate();
    m_sectionModel->retranslate();
    updateTitle();
    if (isComparing())
        setBusy(true);
}

void CompareWindow::updateTitle()
{
    const auto name = [this](int side) {
        if (m_documents[side] && !m_documents[side]->fileName.isEmpty())
            return QFileInfo(m_documents[side]->fileName).fileName();
        return QFileInfo(m_paths[side]).fileName();
    };
    const QString oldName = name(diff::Old);
    const QString newName = name(diff::New);
    setWindowTitle(oldName.isEmpty() && newName.isEmpty() ? tr("Compare")
                                                          : tr("%1 → %2 — Compare").arg(oldName, newName));
}

void CompareWindow::updateSummary()
{
    int ignored = 0;
    for (const IgnoreAction &ignore : m_ignoreActions)
        ignored += ignore.action->isChecked() ? 1 : 0;
    m_ignoreButton->setText(ignored == 0 ? tr("Ignore") : tr("Ignore (%1)").arg(ignored));
    m_ignoreButton->setToolTip(tr("Differences to ignore: case, whitespace, quote style, ё/е, numbering, markup"));

    const diff::DiffStats stats = m_comparison ? m_comparison->result.stats : diff::DiffStats{};
    const bool has = bool(m_comparison);
    m_insertedLabel->setText(tr("%n word(s) inserted", nullptr, int(stats.insertedWords)));
    m_deletedLabel->setText(tr("%n word(s) deleted", nullptr, int(stats.deletedWords)));
    m_movedLabel->setText(tr("%n word(s) moved", nullptr, int(stats.movedWords)));
    m_sectionsLabel->setText(tr("%n section(s) changed", nullptr, stats.sectionsChanged));
    m_unchangedLabel->setText(tr("%n word(s) unchanged", nullptr, int(stats.unchangedWords)));
    m_insertedLabel->setToolTip(tr("Inserted text is underlined on a green ground"));
    m_deletedLabel->setToolTip(tr("Deleted text is struck through on a red ground"));
    m_movedLabel->setToolTip(tr("Moved text is violet and marked ⇄; click it to see its other place"));
    for (QLabel *label : {m_insertedLabel, m_deletedLabel, m_movedLabel, m_sectionsLabel, m_unchangedLabel})
        label->setEnabled(has);
}

void CompareWindow::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_stopButton->setVisible(busy);
    m_stopAction->setEnabled(busy);
    if (busy)
        m_busyLabel->setText(m_comparison ? tr("Comparing again…") : tr("Comparing…"));
}

diff::DiffOptions CompareWindow::options() const
{
    diff::DiffOptions options;
    const QAction *checked = m_granularityGroup->checkedAction();
    options.granularity = diff::Granularity(checked ? checked->data().toInt() : 0);
    for (const IgnoreAction &ignore : m_ignoreActions)
        options.ignore.setFlag(ignore.option, ignore.action->isChecked());
    options.detectMoves = m_detectMovesAction->isChecked();
    return options;
}

void CompareWindow::saveOptions() const
{
    const diff::DiffOptions current = options();
    QSettings settings;
    settings.setValue(keys::compareGranularity(), int(current.granularity));
    settings.setValue(keys::compareIgnore(), int(current.ignore.toInt()));
    settings.setValue(keys::compareDetectMoves(), current.detectMoves);
}

const Comparison *CompareWindow::comparison() const
{
    return m_comparison.get();
}

bool CompareWindow::isComparing() const
{
    return !m_pending.isNull();
}

void CompareWindow::openFiles(const QString &oldPath, const QString &newPath)
{
    m_documents = {};
    start({oldPath, newPath});
}

void CompareWindow::setDocuments(std::shared_ptr<const doc::PolicyDocument> oldDocument,
                                 std::shared_ptr<const doc::PolicyDocument> newDocument)
{
    m_documents = {std::move(oldDocument), std::move(newDocument)};
    m_paths = {m_documents[diff::Old]->fileName, m_documents[diff::New]->fileName};
    start(m_paths);
}

void CompareWindow::recompare()
{
    if (m_paths[diff::Old].isEmpty() && !m_documents[diff::Old])
        return; // nothing to compare yet
    start(m_paths);
}

void CompareWindow::cancelCompare()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_pending) {
        m_pending->deleteLater(); // its result, if it still comes, has nobody to go to
        m_pending = nullptr;
    }
    setBusy(false);
}

void CompareWindow::start(std::array<QString, diff::SideCount> paths)
{
    if (m_cancel)
        m_cancel->store(true); // the job running now is superseded
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_paths = std::move(paths);
    updateTitle();

    auto *watcher = new QFutureWatcher<CompareOutcome>(this);
    m_pending = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_pending != watcher)
            return;
        m_pending = nullptr;
        setBusy(false);
        finish(watcher->future().takeResult());
    });
    setBusy(true);
    watcher->setFuture(QtConcurrent::run(&runCompare, m_documents, m_paths, options(), m_compare, m_cancel));
}

void CompareWindow::finish(CompareOutcome outcome)
{
    for (int s = 0; s < diff::SideCount; ++s) {
        if (outcome.documents[s])
            m_documents[s] = outcome.documents[s];
    }
    updateTitle();
    if (!outcome.result) {
        if (outcome.error.code == "cancelled"_L1) {
            statusBar()->showMessage(tr("Comparison stopped"), 4000);
            return;
        }
        Q_EMIT compareFailed(outcome.error.message);
        reportError(tr("Cannot Compare"), outcome.error.message);
        return;
    }

    // Keep the reader's place: the text at the top of the view stays at the top.
    qsizetype anchorOffset = -1;
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (top.isValid() && m_comparison)
        anchorOffset = top.sibling(top.row(), diff::New).data(CompareModel::RangeStartRole).toLongLong();
    const int currentColumn = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : int(diff::New);

    auto comparison = std::make_shared<Comparison>();
    comparison->documents = m_documents;
    comparison->result = std::move(*outcome.result);
    m_comparison = comparison;
    m_model->setComparison(m_comparison);
    m_sectionModel->setComparison(m_comparison);
    updateSummary();

    if (anchorOffset >= 0) {
        const QModelIndex index = proxyIndex(m_model->rowAt(diff::New, anchorOffset), currentColumn);
        if (index.isValid())
            m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
    Q_EMIT comparisonFinished();
}

QModelIndex CompareWindow::proxyIndex(int sourceRow, int column)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return {};
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, column));
    if (!index.isValid() && m_filter->changedOnly()) {
        // The row is in an unchanged section the filter hides: show everything again.
        m_changedOnlyAction->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(sourceRow, column));
    }
    return index;
}

void CompareWindow::nextChange()
{
    stepChange(+1);
}

void CompareWindow::previousChange()
{
    stepChange(-1);
}

void CompareWindow::stepChange(int step)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() : (step > 0 ? -1 : rows);
    for (row += step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = m_filter->index(row, 0);
        const auto status = diff::RowStatus(index.data(CompareModel::RowStatusRole).toInt());
        if (status == diff::RowStatus::Equal)
            continue;
        // The side that has text: an added row has none on the old side.
        int column = current.isValid() ? current.column() : int(diff::New);
        if (status == diff::RowStatus::Added)
            column = diff::New;
        else if (status == diff::RowStatus::Removed)
            column = diff::Old;
        m_view->showIndex(m_filter->index(row, column));
        statusBar()->clearMessage();
        return;
    }
    statusBar()->showMessage(step > 0 ? tr("No more changes below") : tr("No more changes above"), 3000);
}

void CompareWindow::goToMoveCounterpart(int moveId, diff::Side from)
{
    const diff::Side to = from == diff::Old ? diff::New : diff::Old;
    const QModelIndex index = proxyIndex(m_model->rowOfMove(moveId, to), to);
    if (!index.isValid())
        return;
    m_view->showIndex(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void CompareWindow::goToCurrentMove()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QList<int> ids = current.data(CompareModel::MoveIdsRole).value<QList<int>>();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("No moved text in this row"), 3000);
        return;
    }
    goToMoveCounterpart(ids.constFirst(), diff::Side(current.column()));
}

void CompareWindow::setChangedSectionsOnly(bool changedOnly)
{
    m_changedOnlyAction->setChecked(changedOnly);
    m_filter->setChangedOnly(changedOnly);
    QSettings().setValue(keys::compareChangedOnly(), changedOnly);
    m_view->updateRowHeights();
}

void CompareWindow::goToSection(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int sourceRow = m_model->firstRowOfSection(index.row());
    const auto status = diff::SectionStatus(index.data(SectionMatchModel::StatusRole).toInt());
    const QModelIndex target = proxyIndex(sourceRow, status == diff::SectionStatus::Removed ? diff::Old : diff::New);
    if (target.isValid())
        m_view->showIndex(target);
}

void CompareWindow::swapSides()
{
    if (!m_documents[diff::Old] || !m_documents[diff::New])
        return;
    std::swap(m_documents[diff::Old], m_documents[diff::New]);
    std::swap(m_paths[diff::Old], m_paths[diff::New]);
    start(m_paths);
}

void CompareWindow::copyCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data().toString());
}

void CompareWindow::exportRedline()
{
    if (!m_comparison)
        return;
    const QString htmlSideBySide = tr("HTML page, side by side (*.html)");
    const QString htmlInline = tr("HTML page, changes inline (*.html)");
    const QString docx = tr("Word document with tracked changes (*.docx)");
    const QString pdf = tr("PDF, changes inline (*.pdf)");
    QSettings settings;
    const QString directory = settings.value(keys::lastDirectory(), QDir::homePath()).toString();
    const QString base = QFileInfo(m_documents[diff::New]->fileName).completeBaseName();
    QString filter = htmlSideBySide;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Redline"),
                                                QDir(directory).filePath(base + u"-redline.html"_s),
                                                htmlSideBySide + u";;"_s + htmlInline + u";;"_s + docx + u";;"_s + pdf,
                                                &filter);
    if (path.isEmpty())
        return;
    const bool isDocx = filter == docx || path.endsWith(u".docx"_s, Qt::CaseInsensitive);
    const bool isPdf = !isDocx && (filter == pdf || path.endsWith(u".pdf"_s, Qt::CaseInsensitive));
    if (isDocx && !path.endsWith(u".docx"_s, Qt::CaseInsensitive))
        path += u".docx"_s;
    else if (isPdf && !path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    else if (!isDocx && !isPdf && !path.endsWith(u".html"_s, Qt::CaseInsensitive)
             && !path.endsWith(u".htm"_s, Qt::CaseInsensitive))
        path += u".html"_s;
    settings.setValue(keys::lastDirectory(), QFileInfo(path).absolutePath());

    const doc::PolicyDocument &oldDoc = *m_comparison->documents[diff::Old];
    const doc::PolicyDocument &newDoc = *m_comparison->documents[diff::New];
    QByteArray bytes;
    if (isDocx) {
        Result<QByteArray> written = exporting::docxRedline(oldDoc, newDoc, m_comparison->result);
        if (!written.ok()) {
            reportError(tr("Cannot Export Redline"), written.error().message);
            return;
        }
        bytes = std::move(written).value();
    } else {
        exporting::HtmlRedlineOptions options;
        options.mode = filter == htmlInline || isPdf ? exporting::RedlineMode::Inline : exporting::RedlineMode::SideBySide;
        //: The code of the language of this translation (en, ru), written into exported pages.
        options.uiLanguage = tr("en");
        const QString html = exporting::htmlRedline(oldDoc, newDoc, m_comparison->result, options);
        if (isPdf) {
            Result<QByteArray> written = formats::redlinePdf(html, QFileInfo(path).completeBaseName());
            if (!written.ok()) {
                reportError(tr("Cannot Export Redline"), written.error().message);
                return;
            }
            bytes = std::move(written).value();
        } else {
            bytes = html.toUtf8();
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        reportError(tr("Cannot Export Redline"),
                    tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void CompareWindow::reportError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    cancelCompare();
    QSettings settings;
    settings.setValue(keys::compareGeometry(), saveGeometry());
    settings.setValue(keys::compareState(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cw::gui
