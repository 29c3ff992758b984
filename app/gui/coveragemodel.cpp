#include "coveragemodel.h"

#include "librarypanel.h"

#include "coveragecolors.h"

#include "common/resources.h"
#include "settingskeys.h"
#include "document/policydocument.h"

#include <QApplication>
#include <QSettings>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

namespace {

// Evidence rows under one requirement or topic: enough to see where and how, not a concordance.
constexpr size_t MaxEvidenceRows = 5;
// Evidence in a tool tip or a row is a sentence; a runaway "sentence" (a table, a list without
// full stops) is cut here.
constexpr qsizetype MaxEvidenceChars = 400;

QString elided(const QString &text)
{
    return text.size() <= MaxEvidenceChars ? text : QString(text.left(MaxEvidenceChars - 1) + u'…');
}

void paintBadge(QPainter &painter, Badge badge, const QRectF &box, const CoverageColors &colors,
                const QPalette &palette)
{
    const qreal size = box.width();
    const qreal stroke = std::max<qreal>(1.0, size / 9);
    const QRectF disc = box.adjusted(stroke, stroke, -stroke, -stroke);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto inkPen = [&](const QColor &color) {
        return QPen(color, stroke * 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    };
    switch (badge) {
    case Badge::Met:
    case Badge::Found: {
        // A filled disc with a tick.
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.met);
        painter.drawEllipse(disc);
        QPainterPath tick;
        tick.moveTo(box.left() + size * 0.28, box.top() + size * 0.52);
        tick.lineTo(box.left() + size * 0.44, box.top() + size * 0.68);
        tick.lineTo(box.left() + size * 0.73, box.top() + size * 0.34);
        painter.setPen(inkPen(colors.badgeInk));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case Badge::Partial:
        // A ring, half filled.
        painter.setPen(QPen(colors.partial, stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.partial);
        painter.drawPie(disc, 90 * 16, 180 * 16);
        break;
    case Badge::Missing: {
        // A filled disc with a cross.
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.missing);
        painter.drawEllipse(disc);
        const qreal a = size * 0.34;
        const qreal b = size * 0.66;
        painter.setPen(inkPen(colors.badgeInk));
        painter.drawLine(QPointF(box.left() + a, box.top() + a), QPointF(box.left() + b, box.top() + b));
        painter.drawLine(QPointF(box.left() + b, box.top() + a), QPointF(box.left() + a, box.top() + b));
        break;
    }
    case Badge::Conditional: {
        // A dashed ring around a dot: it may or may not apply.
        QPen pen(colors.conditional, stroke);
        pen.setDashPattern({2.0, 1.5});
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.conditional);
        const qreal r = size * 0.14;
        painter.drawEllipse(box.center(), r, r);
        break;
    }
    case Badge::NotFound:
        // An empty ring in the colour of secondary text.
        painter.setPen(QPen(palette.color(QPalette::PlaceholderText), stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc);
        break;
    }
}

} // namespace

Result<std::shared_ptr<const CoverageData>> loadBuiltinCoverageData()
{
    // The user's own cues (Preferences), as `clausewright-cli coverage --cues FILE` reads them.
    auto taxonomy = analysis::Taxonomy::builtin(QSettings().value(keys::coverageCuesFile()).toString());
    if (!taxonomy.ok())
        return taxonomy.error();
    auto profiles = analysis::Profiles::builtin(taxonomy.value());
    if (!profiles.ok())
        return profiles.error();
    // The clause libraries teach the similarity model and offer clauses for what is missing.
    std::shared_ptr<const library::Library> libraries = loadLibraries();
    taxonomy->setSimilarity(libraries->similarityModel(*taxonomy));
    return std::shared_ptr<const CoverageData>(
        std::make_shared<CoverageData>(CoverageData{std::move(taxonomy).value(), std::move(profiles).value(), std::move(libraries)}));
}

CoverageModel::CoverageModel(QObject *parent) : QAbstractItemModel(parent) {}

CoverageModel::~CoverageModel() = default;

QString CoverageModel::uiLanguage()
{
    //: The code of the language of this translation (en, ru): topic and requirement names are
    //: shown in it.
    return tr("en");
}

QString CoverageModel::statusText(analysis::RequirementStatus status)
{
    switch (status) {
    case analysis::RequirementStatus::Met:
        return tr("Met");
    case analysis::RequirementStatus::Partial:
        return tr("Partial");
    case analysis::RequirementStatus::Missing:
        return tr("Missing");
    case analysis::RequirementStatus::Conditional:
        return tr("Conditional");
    }
    return {};
}

QIcon CoverageModel::badge(Badge kind, const QPalette &palette)
{
    const CoverageColors colors = CoverageColors::forPalette(palette);
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintBadge(painter, kind, QRectF(0, 0, size, size), colors, palette);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon CoverageModel::cachedBadge(Badge kind) const
{
    // Drawn once per palette: a switch to a dark theme draws them again.
    const QPalette palette = QApplication::palette();
    const QRgb key = palette.color(QPalette::Base).rgb() ^ palette.color(QPalette::PlaceholderText).rgb();
    if (key != m_badgesKey || m_badges.empty()) {
        m_badges.clear();
        for (const Badge b :
             {Badge::Met, Badge::Partial, Badge::Missing, Badge::Conditional, Badge::Found, Badge::NotFound})
            m_badges.push_back(badge(b, palette));
        m_badgesKey = key;
    }
    return m_badges[size_t(kind)];
}

void CoverageModel::setReport(std::shared_ptr<const CoverageReport> report, const QString &profile)
{
    beginResetModel();
    m_report = std::move(report);
    m_profile = profile;
    rebuild();
    endResetModel();
}

void CoverageModel::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    beginResetModel();
    m_profile = profile;
    rebuild();
    endResetModel();
}

void CoverageModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Every row's text may change (statuses, and names picked by language): repaint them all.
    std::vector<QModelIndex> parents{QModelIndex()};
    while (!parents.empty()) {
        const QModelIndex parentIndex = parents.back();
        parents.pop_back();
        const int rows = rowCount(parentIndex);
        if (rows == 0)
            continue;
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(rows - 1, ColumnCount - 1, parentIndex));
        for (int row = 0; row < rows; ++row)
            parents.push_back(index(row, 0, parentIndex));
    }
}

int CoverageModel::addNode(Node n)
{
    const int k = int(m_nodes.size());
    std::vector<int> &siblings = n.parent < 0 ? m_topLevel : m_nodes[size_t(n.parent)].children;
    n.row = int(siblings.size());
    siblings.push_back(k);
    m_nodes.push_back(std::move(n));
    return k;
}

void CoverageModel::addEvidence(int parentNode, const std::vector<analysis::Evidence> &evidence)
{
    // Core lists a sentence once per cue that fired; a reader wants each sentence once.
    std::vector<doc::TextRange> shown;
    for (const analysis::Evidence &e : evidence) {
        if (shown.size() >= MaxEvidenceRows)
            break;
        if (std::find(shown.begin(), shown.end(), e.range) != shown.end())
            continue;
        shown.push_back(e.range);
        Node row;
        row.kind = Kind::Evidence;
        row.parent = parentNode;
        row.evidence = &e;
        addNode(row);
    }
}

void CoverageModel::rebuild()
{
    m_nodes.clear();
    m_topLevel.clear();
    if (!m_report)
        return;
    const CoverageData &coverageData = *m_report->data;

    for (const analysis::Profile &profile : coverageData.profiles.all()) { // in the data's order
        const analysis::Profile *p = &profile;
        if (m_profile != "all"_L1 && p->id != m_profile)
            continue;
        Node groupNode;
        groupNode.group = Group::Profile;
        groupNode.profile = p;
        const int groupIndex = addNode(groupNode);
        for (const analysis::RequirementResult &r : m_report->requirements) {
            if (r.profile != p->id)
                continue;
            Node requirementNode;
            requirementNode.kind = Kind::Requirement;
            requirementNode.parent = groupIndex;
            requirementNode.requirement = &r;
            const int k = addNode(requirementNode);
            Node note;
            note.kind = Kind::Note;
            note.parent = k;
            // What would fill a gap comes first: the library's clauses for it.
            const bool gap = r.status == analysis::RequirementStatus::Missing || r.status == analysis::RequirementStatus::Partial;
            if (gap && coverageData.library && !coverageData.library->clausesSatisfying(r.requirement->id).empty()) {
                note.note = Note::LibraryClauses;
                addNode(note);
            }
            switch (r.status) {
            case analysis::RequirementStatus::Met:
            case analysis::RequirementStatus::Partial:
                addEvidence(k, r.evidence);
                break;
            case analysis::RequirementStatus::Missing:
                note.note = Note::NoEvidence;
                addNode(note);
                // A conditional requirement is missing when the text shows its case; core puts
                // that sentence last (coverage.h).
                if (r.requirement->conditional && !r.evidence.empty()) {
                    note.note = Note::Condition;
                    addNode(note);
                    Node row;
                    row.kind = Kind::Evidence;
                    row.parent = k;
                    row.evidence = &r.evidence.back();
                    row.conditionEvidence = true;
                    addNode(row);
                }
                break;
            case analysis::RequirementStatus::Conditional:
                note.note = Note::Condition;
                addNode(note);
                break;
            }
        }
    }

    Node found;
    found.group = Group::TopicsFound;
    const int foundIndex = addNode(found);
    Node notFound;
    notFound.group = Group::TopicsNotFound;
    const int notFoundIndex = addNode(notFound);
    const auto &topics = m_report->analysis.topics;
    for (size_t t = 0; t < topics.size(); ++t) {
        Node topicNode;
        topicNode.kind = Kind::Topic;
        topicNode.topic = int(t);
        topicNode.parent = topics[t].present ? foundIndex : notFoundIndex;
        const int k = addNode(topicNode);
        if (topics[t].present)
            addEvidence(k, topics[t].evidence);
    }
}

const CoverageModel::Node *CoverageModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

int CoverageModel::metCount(const Node &group) const
{
    int met = 0;
    for (const int child : group.children)
        met += m_nodes[size_t(child)].requirement->status == analysis::RequirementStatus::Met ? 1 : 0;
    return met;
}

const analysis::Evidence *CoverageModel::target(const Node &n) const
{
    switch (n.kind) {
    case Kind::Evidence:
        return n.evidence;
    case Kind::Requirement:
    case Kind::Topic:
        // The first evidence row under it, if any.
        for (const int child : n.children)
            if (m_nodes[size_t(child)].kind == Kind::Evidence)
                return m_nodes[size_t(child)].evidence;
        return nullptr;
    case Kind::Group:
    case Kind::Note:
        break;
    }
    return nullptr;
}

QString CoverageModel::evidenceText(const analysis::Evidence &e) const
{
    const doc::PolicyDocument &document = *m_report->document;
    if (e.heading && e.section >= 0) {
        const auto sections = document.flatSections();
        if (size_t(e.section) < sections.size())
            return tr("Heading: %1").arg(sections[size_t(e.section)]->title);
    }
    return elided(document.textOf(e.range).simplified());
}

QVariant CoverageModel::display(const Node &n, int column) const
{
    const QString language = uiLanguage();
    const auto &topics = m_report->data->taxonomy.topics();
    switch (n.kind) {
    case Kind::Group:
        if (column == StatusColumn && n.group == Group::Profile) {
            // Short, so that the column stays as narrow as the statuses under it; the tool tip
            // says it in words.
            return u"%1/%2"_s.arg(metCount(n)).arg(n.children.size());
        }
        if (column != TitleColumn)
            return {};
        switch (n.group) {
        case Group::Profile:
            return analysis::pick(n.profile->name, language);
        case Group::TopicsFound:
            return tr("Topics found (%1)").arg(n.children.size());
        case Group::TopicsNotFound:
            return tr("Topics not found (%1)").arg(n.children.size());
        }
        return {};
    case Kind::Requirement: {
        const analysis::Requirement &r = *n.requirement->requirement;
        switch (column) {
        case TitleColumn: {
            const QString title = analysis::pick(r.title, language);
            return title.isEmpty() ? r.id : title;
        }
        case StatusColumn:
            return statusText(n.requirement->status);
        case CitationColumn:
            return r.citation;
        default:
            return {};
        }
    }
    case Kind::Topic: {
        const analysis::Topic &topic = topics[size_t(n.topic)];
        if (column == TitleColumn) {
            const QString name = analysis::pick(topic.name, language);
            return name.isEmpty() ? topic.id : name;
        }
        if (column == StatusColumn)
            return m_report->analysis.topics[size_t(n.topic)].present ? tr("Found") : tr("Not found");
        return {};
    }
    case Kind::Evidence:
        return column == TitleColumn ? QVariant(evidenceText(*n.evidence)) : QVariant();
    case Kind::Note:
        if (column != TitleColumn)
            return {};
        if (n.note == Note::NoEvidence)
            return tr("No evidence found");
        if (n.note == Note::LibraryClauses)
            return tr("Library: %1").arg(libraryClauses(n).join(u", "_s));
        return analysis::pick(m_nodes[size_t(n.parent)].requirement->requirement->condition, language);
    }
    return {};
}

QStringList CoverageModel::libraryClauses(const Node &n) const
{
    QStringList ids;
    if (m_report && m_report->data->library && n.parent >= 0)
        for (const library::Clause *c : m_report->data->library->clausesSatisfying(m_nodes[size_t(n.parent)].requirement->requirement->id))
            ids << c->id;
    return ids;
}

QString CoverageModel::toolTip(const Node &n) const
{
    const QString language = uiLanguage();
    // Rich text, so that a sentence with "<" in it is escaped rather than taken for markup.
    const auto quoted = [](const QString &text) {
        return tr("“%1”").arg(elided(text.simplified())).toHtmlEscaped();
    };
    const auto evidenceLines = [&](const analysis::Evidence &e) -> QString {
        return quoted(m_report->document->textOf(e.range)) + u"<br>"_s
               + tr("Cue: %1").arg(u"<code>"_s + e.cue.toHtmlEscaped() + u"</code>"_s);
    };
    const analysis::Evidence *first = target(n);
    switch (n.kind) {
    case Kind::Group:
        if (n.group == Group::Profile)
            return display(n, TitleColumn).toString().toHtmlEscaped() + u"<br>"_s
                   + tr("%1 of %2 requirements met").arg(metCount(n)).arg(n.children.size()).toHtmlEscaped();
        return display(n, TitleColumn).toString().toHtmlEscaped();
    case Kind::Requirement: {
        const analysis::RequirementResult &result = *n.requirement;
        const analysis::Requirement &r = *result.requirement;
        QString tip = u"<p><b>"_s + display(n, TitleColumn).toString().toHtmlEscaped() + u"</b><br>"_s
                      + r.citation.toHtmlEscaped() + u"</p><p>"_s;
        switch (result.status) {
        case analysis::RequirementStatus::Met:
            tip += tr("Met: the policy covers this requirement.").toHtmlEscaped();
            break;
        case analysis::RequirementStatus::Partial:
            tip += tr("Partial: the topic is covered, but not every point the law asks for.").toHtmlEscaped();
            break;
        case analysis::RequirementStatus::Missing:
            tip += tr("Missing: no evidence found.").toHtmlEscaped();
            if (r.conditional && !result.evidence.empty())
                tip += u"</p><p>"_s + analysis::pick(r.condition, language).toHtmlEscaped() + u". "_s
                       + tr("The text suggests that it applies:").toHtmlEscaped() + u"<br>"_s
                       + evidenceLines(result.evidence.back());
            break;
        case analysis::RequirementStatus::Conditional:
            tip += tr("Conditional: %1.").arg(analysis::pick(r.condition, language)).toHtmlEscaped() + u' '
                   + tr("Nothing in the text shows that this case applies.").toHtmlEscaped();
            break;
        }
        tip += u"</p>"_s;
        if (first)
            tip += u"<p>"_s + tr("Evidence:").toHtmlEscaped() + u"<br>"_s + evidenceLines(*first) + u"</p>"_s;
        return tip;
    }
    case Kind::Topic: {
        QString tip = u"<p><b>"_s + display(n, TitleColumn).toString().toHtmlEscaped() + u"</b></p>"_s;
        if (first)
            tip += u"<p>"_s + tr("Evidence:").toHtmlEscaped() + u"<br>"_s + evidenceLines(*first) + u"</p>"_s;
        else
            tip += u"<p>"_s + tr("No evidence found").toHtmlEscaped() + u"</p>"_s;
        return tip;
    }
    case Kind::Evidence: {
        QString tip;
        if (n.conditionEvidence)
            tip += tr("The text suggests that the requirement applies:").toHtmlEscaped() + u"<br>"_s;
        else if (n.evidence->heading)
            tip += tr("Found in a heading:").toHtmlEscaped() + u"<br>"_s;
        return u"<p>"_s + tip + evidenceLines(*n.evidence) + u"</p>"_s;
    }
    case Kind::Note:
        if (n.note == Note::NoEvidence)
            return tr("Nothing in the text covers this requirement.").toHtmlEscaped();
        if (n.note == Note::LibraryClauses)
            return tr("Clauses of the library that meet this requirement (View > Library)").toHtmlEscaped();
        return display(n, TitleColumn).toString().toHtmlEscaped();
    }
    return {};
}

QModelIndex CoverageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> *siblings = &m_topLevel;
    if (parent.isValid()) {
        const Node *p = node(parent);
        if (!p || parent.column() != 0)
            return {};
        siblings = &p->children;
    }
    if (size_t(row) >= siblings->size())
        return {};
    return createIndex(row, column, quintptr((*siblings)[size_t(row)]));
}

QModelIndex CoverageModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    const Node *n = node(parent);
    return n && parent.column() == 0 ? int(n->children.size()) : 0;
}

int CoverageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !m_report)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*n, column);
    case Qt::ToolTipRole:
        return toolTip(*n);
    case Qt::AccessibleTextRole:
        // A screen reader hears the status with the title, not a badge it cannot see.
        if (column == TitleColumn && (n->kind == Kind::Requirement || n->kind == Kind::Topic))
            return QString(display(*n, StatusColumn).toString() + u": "_s + display(*n, TitleColumn).toString());
        return {};
    case Qt::DecorationRole: {
        if (column != TitleColumn)
            return {};
        if (n->kind == Kind::Topic)
            return cachedBadge(m_report->analysis.topics[size_t(n->topic)].present ? Badge::Found : Badge::NotFound);
        if (n->kind != Kind::Requirement)
            return {};
        switch (n->requirement->status) {
        case analysis::RequirementStatus::Met:
            return cachedBadge(Badge::Met);
        case analysis::RequirementStatus::Partial:
            return cachedBadge(Badge::Partial);
        case analysis::RequirementStatus::Missing:
            return cachedBadge(Badge::Missing);
        case analysis::RequirementStatus::Conditional:
            return cachedBadge(Badge::Conditional);
        }
        return {};
    }
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (n->kind == Kind::Note || (n->kind == Kind::Topic && column == StatusColumn
                                      && !m_report->analysis.topics[size_t(n->topic)].present))
            return palette.color(QPalette::PlaceholderText);
        if (n->kind != Kind::Requirement || column != StatusColumn)
            return {};
        const CoverageColors colors = CoverageColors::forPalette(palette);
        switch (n->requirement->status) {
        case analysis::RequirementStatus::Met:
            return colors.met;
        case analysis::RequirementStatus::Partial:
            return colors.partial;
        case analysis::RequirementStatus::Missing:
            return colors.missing;
        case analysis::RequirementStatus::Conditional:
            return colors.conditional;
        }
        return {};
    }
    case Qt::FontRole: {
        if (n->kind != Kind::Group && n->kind != Kind::Note)
            return {};
        QFont font = QApplication::font();
        font.setBold(n->kind == Kind::Group);
        font.setItalic(n->kind == Kind::Note);
        return font;
    }
    case KindRole:
        return int(n->kind);
    case StatusRole:
        if (n->kind == Kind::Requirement)
            return int(n->requirement->status);
        if (n->kind == Kind::Topic)
            return m_report->analysis.topics[size_t(n->topic)].present;
        return {};
    case IdRole:
        switch (n->kind) {
        case Kind::Group:
            return n->profile ? n->profile->id : QString();
        case Kind::Requirement:
            return n->requirement->requirement->id;
        case Kind::Topic:
            return m_report->data->taxonomy.topics()[size_t(n->topic)].id;
        case Kind::Evidence:
        case Kind::Note:
            break;
        }
        return {};
    case RangeStartRole:
    case RangeEndRole:
    case CueRole: {
        const analysis::Evidence *e = target(*n);
        if (role == CueRole)
            return e ? e->cue : QString();
        if (!e)
            return qlonglong(-1);
        return qlonglong(role == RangeStartRole ? e->range.start : e->range.end);
    }
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Requirement");
    case StatusColumn:
        return tr("Status");
    case CitationColumn:
        return tr("Citation");
    default:
        return {};
    }
}

} // namespace cw::gui
