#include "librarypanel.h"

#include "coveragemodel.h"
#include "settingskeys.h"

#include "document/policydocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

namespace {

constexpr int ClauseIdRole = Qt::UserRole + 1;

QString jurisdictionName(const QString &id)
{
    if (id == u"gdpr"_s)
        return LibraryPanel::tr("GDPR");
    if (id == u"ru152"_s)
        return LibraryPanel::tr("152-FZ");
    if (id == u"ccpa"_s)
        return LibraryPanel::tr("CCPA/CPRA");
    return id;
}

} // namespace

std::shared_ptr<const library::Library> loadLibraries()
{
    const QStringList folders = QSettings().value(keys::libraryFolders()).toStringList();
    return std::make_shared<const library::Library>(library::Library::load(QStringList{library::Library::shippedFolder()} + folders));
}

LibraryPanel::LibraryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"libraryPanel"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::rebuild);

    m_jurisdictionLabel = new QLabel(this);
    m_jurisdiction = new QComboBox(this);
    m_jurisdiction->setObjectName(u"libraryJurisdiction"_s);
    m_jurisdictionLabel->setBuddy(m_jurisdiction);
    connect(m_jurisdiction, &QComboBox::activated, this, &LibraryPanel::rebuild);

    m_model = new QStandardItemModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"libraryView"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPanel::showClause);

    m_message = new QLabel(this);
    m_message->setObjectName(u"libraryMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_details = new QLabel(this);
    m_details->setObjectName(u"libraryDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto makePreview = [this](const QString &name) {
        auto *b = new QTextBrowser(this);
        b->setObjectName(name);
        b->setOpenLinks(false); // nothing is fetched; clauses have no business linking out
        return b;
    };
    m_en = makePreview(u"libraryPreviewEn"_s);
    m_ru = makePreview(u"libraryPreviewRu"_s);
    m_copyEn = new QPushButton(this);
    m_copyRu = new QPushButton(this);
    m_copyEn->setEnabled(false);
    m_copyRu->setEnabled(false);
    connect(m_copyEn, &QPushButton::clicked, this, [this] { copyClause(u"en"_s); });
    connect(m_copyRu, &QPushButton::clicked, this, [this] { copyClause(u"ru"_s); });

    m_insert = new QPushButton(this);
    m_insert->setObjectName(u"libraryInsert"_s);
    m_replace = new QPushButton(this);
    m_replace->setObjectName(u"libraryReplace"_s);
    for (QPushButton *b : {m_insert, m_replace}) {
        b->setEnabled(false);
        b->hide();
    }
    connect(m_insert, &QPushButton::clicked, this, [this] { Q_EMIT insertRequested(selectedClause(), false); });
    connect(m_replace, &QPushButton::clicked, this, [this] { Q_EMIT insertRequested(selectedClause(), true); });
    // Enter on a clause inserts it, where inserting is possible.
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_insert->isVisible() && !selectedClause().isEmpty())
            Q_EMIT insertRequested(selectedClause(), false);
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_jurisdictionLabel);
    filterRow->addWidget(m_jurisdiction);

    auto *previews = new QWidget(this);
    auto *previewGrid = new QHBoxLayout(previews);
    previewGrid->setContentsMargins(0, 0, 0, 0);
    for (auto [browser, button] : {std::pair{m_en, m_copyEn}, std::pair{m_ru, m_copyRu}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(browser, 1);
        column->addWidget(button);
        previewGrid->addLayout(column);
    }
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_details);
    bottomLayout->addWidget(previews, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);

    auto *insertRow = new QHBoxLayout;
    insertRow->addWidget(m_insert);
    insertRow->addWidget(m_replace);
    insertRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(insertRow);
    retranslateUi();
}

LibraryPanel::~LibraryPanel() = default;

void LibraryPanel::setLibrary(std::shared_ptr<const library::Library> library)
{
    m_library = std::move(library);
    const qsizetype errors = m_library ? std::count_if(m_library->diagnostics().begin(), m_library->diagnostics().end(),
                                                       [](const library::Diagnostic &d) { return d.severity == library::Diagnostic::Error; })
                                       : 0;
    const qsizetype replaced = m_library ? qsizetype(m_library->diagnostics().size()) - errors : 0;
    QStringList lines;
    if (errors > 0)
        lines << tr("%n clause file(s) could not be read; clausewright-cli library check lists why.", nullptr, int(errors));
    // A team's or one's own clause replacing a shipped one is said, not hidden.
    if (replaced > 0)
        lines << tr("%n clause(s) or template(s) of your libraries replace earlier ones with the same id.", nullptr, int(replaced));
    m_message->setText(lines.join(u'\n'));
    m_message->setVisible(!lines.isEmpty());
    rebuild();
}

void LibraryPanel::showEvent(QShowEvent *event)
{
    if (!m_library)
        setLibrary(loadLibraries());
    QWidget::showEvent(event);
}

void LibraryPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void LibraryPanel::setInsertionEnabled(bool enabled)
{
    m_insert->setVisible(enabled);
    m_replace->setVisible(enabled);
}

QTextBrowser *LibraryPanel::preview(const QString &language) const
{
    return language == u"ru"_s ? m_ru : m_en;
}

void LibraryPanel::rebuild()
{
    const QString keep = selectedClause();
    m_model->clear();
    if (!m_library)
        return;
    const QString jurisdiction = m_jurisdiction->currentData().toString();
    // Topics in taxonomy order, each with its clauses in id order.
    if (m_topics.isEmpty())
        // The taxonomy alone: the coverage data would load the libraries a second time and
        // train the similarity model, for topic names.
        if (const auto taxonomy = analysis::Taxonomy::builtin(); taxonomy.ok()) {
            const auto &topics = taxonomy->topics();
            for (size_t t = 0; t < topics.size(); ++t)
                m_topics.insert(topics[t].id, {int(t), topics[t].name});
        }
    std::map<int, QStandardItem *> topics;
    for (const library::Clause *c : m_library->search(m_search->text())) {
        if (!jurisdiction.isEmpty() && !c->jurisdictions.contains(jurisdiction))
            continue;
        const auto known = m_topics.constFind(c->topic);
        QStandardItem *&topic = topics[known == m_topics.cend() ? 1000 : known->first];
        if (!topic) {
            topic = new QStandardItem(known == m_topics.cend() ? c->topic : analysis::pick(known->second, CoverageModel::uiLanguage()));
            topic->setToolTip(c->topic);
        }
        QStringList names;
        for (const QString &j : c->jurisdictions)
            names << jurisdictionName(j);
        auto *item = new QStandardItem(c->id + u"  @"_s + QString::number(c->edition));
        item->setData(c->id, ClauseIdRole);
        item->setToolTip(names.join(u", "_s));
        topic->appendRow(item);
    }
    for (auto &[order, item] : topics)
        m_model->appendRow(item);
    m_view->expandAll();
    if (!keep.isEmpty())
        selectClause(keep);
    showClause();
}

QStringList LibraryPanel::listedClauses() const
{
    QStringList ids;
    for (int t = 0; t < m_model->rowCount(); ++t)
        for (int c = 0; c < m_model->item(t)->rowCount(); ++c)
            ids << m_model->item(t)->child(c)->data(ClauseIdRole).toString();
    return ids;
}

bool LibraryPanel::selectClause(const QString &id)
{
    for (int t = 0; t < m_model->rowCount(); ++t)
        for (int c = 0; c < m_model->item(t)->rowCount(); ++c)
            if (m_model->item(t)->child(c)->data(ClauseIdRole).toString() == id) {
                m_view->setCurrentIndex(m_model->item(t)->child(c)->index());
                return true;
            }
    return false;
}

QString LibraryPanel::selectedClause() const
{
    return m_view->currentIndex().data(ClauseIdRole).toString();
}

QString LibraryPanel::clauseWithMarker(const QString &language) const
{
    const library::Clause *c = m_library ? m_library->clause(selectedClause()) : nullptr;
    const library::Clause::Body *body = c ? c->body(language) : nullptr;
    if (!body)
        return {};
    return doc::clauseMarkerText(c->id, c->edition) + u'\n' + body->text.source() + u'\n';
}

void LibraryPanel::showClause()
{
    const library::Clause *c = m_library ? m_library->clause(selectedClause()) : nullptr;
    m_insert->setEnabled(c != nullptr);
    m_replace->setEnabled(c != nullptr);
    m_copyEn->setEnabled(c && c->body(u"en"_s));
    m_copyRu->setEnabled(c && c->body(u"ru"_s));
    if (!c) {
        m_details->setText(m_library && m_library->clauses().empty() ? tr("The library has no clauses.") : tr("Select a clause to see its text."));
        m_en->clear();
        m_ru->clear();
        return;
    }
    QStringList names;
    for (const QString &j : c->jurisdictions)
        names << jurisdictionName(j);
    QStringList lines{tr("%1, edition %2 — %3").arg(c->id).arg(c->edition).arg(names.join(u", "_s))};
    if (!c->satisfies.isEmpty())
        lines << tr("Meets requirements: %1").arg(c->satisfies.join(u", "_s));
    if (!c->when.isEmpty())
        lines << tr("Used when: %1").arg(c->when.source());
    if (!c->notes.isEmpty())
        lines << tr("Notes: %1").arg(c->notes);
    for (const library::Clause::Change &h : c->history)
        lines << tr("Edition %1 (%2): %3").arg(h.edition).arg(h.date, h.note);
    m_details->setText(lines.join(u'\n'));
    for (auto [browser, language] : {std::pair{m_en, u"en"_s}, std::pair{m_ru, u"ru"_s}}) {
        const library::Clause::Body *b = c->body(language);
        browser->setMarkdown(b ? b->text.source() : QString());
    }
}

void LibraryPanel::copyClause(const QString &language)
{
    const QString text = clauseWithMarker(language);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LibraryPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search clauses in English or Russian"));
    m_jurisdictionLabel->setText(tr("&Law:"));
    const QString current = m_jurisdiction->currentData().toString();
    m_jurisdiction->clear();
    m_jurisdiction->addItem(tr("All"), QString());
    for (const QString &j : {u"gdpr"_s, u"ru152"_s, u"ccpa"_s})
        m_jurisdiction->addItem(jurisdictionName(j), j);
    m_jurisdiction->setCurrentIndex(std::max(0, m_jurisdiction->findData(current)));
    m_copyEn->setText(tr("Copy English"));
    m_copyRu->setText(tr("Copy Russian"));
    m_insert->setText(tr("&Insert at Cursor"));
    m_insert->setToolTip(tr("Put the clause, filled in with the project's answers, at the cursor of the pane in its language"));
    m_replace->setText(tr("Re&place Paragraph"));
    m_replace->setToolTip(tr("Put the clause in place of the paragraph under the cursor"));
    for (QPushButton *b : {m_copyEn, m_copyRu})
        b->setToolTip(tr("Copies the clause with its source marker, the comment <!-- clause id@edition --> before it, which "
                         "records where the text came from so that Clausewright can offer newer editions later"));
    m_en->setToolTip(tr("English text; {{name}} marks an answer of the questionnaire"));
    m_ru->setToolTip(tr("Russian text; {{name}} marks an answer of the questionnaire"));
    rebuild();
}

void LibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cw::gui
