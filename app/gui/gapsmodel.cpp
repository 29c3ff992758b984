#include "gapsmodel.h"

#include "coveragecolors.h"

#include "document/policydocument.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

// ---- GapsMatrixModel ----

GapsMatrixModel::GapsMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

GapsMatrixModel::~GapsMatrixModel() = default;

void GapsMatrixModel::setReport(std::shared_ptr<const GapsReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void GapsMatrixModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

QString GapsMatrixModel::documentName(const doc::PolicyDocument &document)
{
    return QFileInfo(document.fileName).fileName();
}

QString GapsMatrixModel::topicName(const CoverageData &coverageData, int topic)
{
    const auto &topics = coverageData.taxonomy.topics();
    if (topic < 0 || size_t(topic) >= topics.size())
        return {};
    const QString name = analysis::pick(topics[size_t(topic)].name, CoverageModel::uiLanguage());
    return name.isEmpty() ? topics[size_t(topic)].id : name;
}

int GapsMatrixModel::referenceCount(int topic) const
{
    if (!m_report || topic < 0 || size_t(topic) >= m_report->result.present.size())
        return 0;
    const std::vector<char> &row = m_report->result.present[size_t(topic)];
    return int(std::count_if(row.begin() + std::min<qsizetype>(1, qsizetype(row.size())), row.end(),
                             [](char v) { return v != 0; }));
}

GapsMatrixModel::Cell GapsMatrixModel::cell(int topic, int document) const
{
    const std::vector<char> &row = m_report->result.present[size_t(topic)];
    if (size_t(document) < row.size() && row[size_t(document)])
        return Cell::Present;
    return document == 0 && referenceCount(topic) > 0 ? Cell::Gap : Cell::Absent;
}

int GapsMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->result.present.size());
}

int GapsMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : DraftColumn + int(m_report->documents.size());
}

QVariant GapsMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int topic = index.row();
    const int column = index.column();
    const int references = int(m_report->documents.size()) - 1;
    const int covering = referenceCount(topic);
    if (role == TopicRole)
        return topic;

    if (column == TopicColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return topicName(*m_report->data, topic);
        case Qt::ToolTipRole:
            return m_report->data->taxonomy.topics()[size_t(topic)].id;
        case Qt::FontRole: {
            if (cell(topic, 0) != Cell::Gap)
                return {};
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (column == ReferencesColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return covering;
        case Qt::ToolTipRole:
            return tr("Covered by %1 of %2 references").arg(covering).arg(references);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    }

    const int document = column - DraftColumn;
    const Cell state = cell(topic, document);
    const CoverageColors colors = CoverageColors::forPalette(QApplication::palette());
    switch (role) {
    case Qt::DisplayRole:
        // A glyph as well as a colour: the map reads without colour too.
        switch (state) {
        case Cell::Present:
            return document == 0 ? u"✓"_s : u"●"_s;
        case Cell::Gap:
            return u"✗"_s;
        case Cell::Absent:
            return QString();
        }
        return {};
    case SortRole:
    case CellRole:
        return int(state);
    case DocumentRole:
        return document;
    case Qt::BackgroundRole:
        switch (state) {
        case Cell::Present:
            return document == 0 ? colors.draftPresent : colors.referencePresent;
        case Cell::Gap:
            return colors.draftGap;
        case Cell::Absent:
            return document == 0 ? QVariant(colors.draftColumn) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const QString name = topicName(*m_report->data, topic);
        const QString file = documentName(*m_report->documents[size_t(document)]);
        switch (state) {
        case Cell::Present:
            return tr("%1 covers “%2”").arg(file, name);
        case Cell::Gap:
            return tr("The draft lacks “%1”, which %2 of %3 references cover")
                .arg(name)
                .arg(covering)
                .arg(references);
        case Cell::Absent:
            return tr("%1 does not cover “%2”").arg(file, name);
        }
        return {};
    }
    case Qt::AccessibleTextRole:
        switch (state) {
        case Cell::Present:
            return tr("covered");
        case Cell::Gap:
            return tr("missing from the draft");
        case Cell::Absent:
            return tr("not covered");
        }
        return {};
    default:
        return {};
    }
}

QVariant GapsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int document = section - DraftColumn;
    const bool isDocument = m_report && document >= 0 && size_t(document) < m_report->documents.size();
    switch (role) {
    case Qt::DisplayRole:
        if (section == TopicColumn)
            return tr("Topic");
        if (section == ReferencesColumn)
            return tr("In references");
        if (!isDocument)
            return {};
        if (document == 0)
            return QString(tr("Draft") + u'\n' + documentName(*m_report->documents[0]));
        return documentName(*m_report->documents[size_t(document)]);
    case Qt::ToolTipRole:
        if (section == ReferencesColumn)
            return tr("How many references cover the topic; click to sort by it");
        if (!isDocument)
            return {};
        return QDir::toNativeSeparators(m_report->documents[size_t(document)]->fileName);
    case Qt::FontRole: {
        if (section != DraftColumn)
            return {};
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::InitialSortOrderRole:
        // The first click on a count or a document shows the most covered topics first.
        return int(section == TopicColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

// ---- GapsListModel ----

GapsListModel::GapsListModel(QObject *parent) : QAbstractItemModel(parent) {}

GapsListModel::~GapsListModel() = default;

void GapsListModel::setReport(std::shared_ptr<const GapsReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_missingOrder.clear();
    if (m_report) {
        const auto &missing = m_report->result.missingTopics;
        for (size_t k = 0; k < missing.size(); ++k)
            m_missingOrder.push_back(int(k));
        // Most widely covered first; taxonomy order among equals.
        std::stable_sort(m_missingOrder.begin(), m_missingOrder.end(), [&missing](int a, int b) {
            return missing[size_t(a)].references.size() > missing[size_t(b)].references.size();
        });
    }
    endResetModel();
}

void GapsListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int group = 0; group < rowCount(); ++group) {
        Q_EMIT dataChanged(index(group, 0), index(group, ColumnCount - 1));
        const QModelIndex parentIndex = index(group, 0);
        const int rows = rowCount(parentIndex);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(rows - 1, ColumnCount - 1, parentIndex));
    }
}

QModelIndex GapsListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || row >= rowCount(parent) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(parent.isValid() ? 1 + parent.row() : 0));
}

QModelIndex GapsListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GapsListModel::rowCount(const QModelIndex &parent) const
{
    if (!m_report)
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return parent.row() == MissingTopicsGroup ? int(m_missingOrder.size())
                                              : int(m_report->result.unmatched.size());
}

int GapsListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GapsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    if (int(index.internalId()) - 1 == MissingTopicsGroup)
        return missingTopicData(index.row(), index.column(), role);
    return unmatchedData(index.row(), index.column(), role);
}

QVariant GapsListModel::groupData(int group, int column, int role) const
{
    switch (role) {
    case KindRole:
        return int(Kind::Group);
    case Qt::DisplayRole:
        if (column != TitleColumn)
            return {};
        if (group == MissingTopicsGroup)
            return tr("Topics the draft lacks (%1)").arg(m_missingOrder.size());
        return tr("Reference sections with no counterpart in the draft (%1)").arg(m_report->result.unmatched.size());
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant GapsListModel::missingTopicData(int row, int column, int role) const
{
    const analysis::MissingTopic &m = m_report->result.missingTopics[size_t(m_missingOrder[size_t(row)])];
    const int topic = m_report->data->taxonomy.indexOf(m.topic);
    QStringList files;
    for (const int r : m.references)
        files << GapsMatrixModel::documentName(*m_report->documents[size_t(r) + 1]);
    switch (role) {
    case KindRole:
        return int(Kind::MissingTopic);
    case TopicRole:
        return topic;
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return GapsMatrixModel::topicName(*m_report->data, topic);
        case CountColumn:
            return tr("in %n reference(s)", nullptr, int(m.references.size()));
        case WhereColumn:
            return files.join(u", "_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("The draft does not cover “%1”; these references do: %2")
            .arg(GapsMatrixModel::topicName(*m_report->data, topic), files.join(u", "_s));
    default:
        return {};
    }
}

QVariant GapsListModel::unmatchedData(int row, int column, int role) const
{
    const analysis::UnmatchedSection &u = m_report->result.unmatched[size_t(row)];
    const doc::PolicyDocument &reference = *m_report->documents[size_t(u.reference) + 1];
    switch (role) {
    case KindRole:
        return int(Kind::UnmatchedSection);
    case UnmatchedRole:
        return row;
    case TopicRole:
        return u.topics.empty() ? -1 : u.topics.front();
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return u.title;
        case CountColumn:
            return tr("in %n reference(s)", nullptr, u.sharedBy);
        case WhereColumn:
            return GapsMatrixModel::documentName(reference);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList topics;
        for (const int t : u.topics)
            topics << GapsMatrixModel::topicName(*m_report->data, t);
        QString tip = tr("“%1” in %2").arg(u.title, GapsMatrixModel::documentName(reference));
        if (!topics.isEmpty())
            tip += u'\n' + tr("Topics: %1").arg(topics.join(u", "_s));
        const auto draftSections = m_report->documents[0]->flatSections();
        if (u.bestDraftSection >= 0 && size_t(u.bestDraftSection) < draftSections.size())
            tip += u'\n'
                   + tr("Closest draft section: “%1” (%2% alike)")
                         .arg(draftSections[size_t(u.bestDraftSection)]->title)
                         .arg(qRound(u.similarity * 100));
        else
            tip += u'\n' + tr("The draft has no section like it");
        return tip;
    }
    default:
        return {};
    }
}

QVariant GapsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Gap");
    case CountColumn:
        return tr("How widely");
    case WhereColumn:
        return tr("References");
    default:
        return {};
    }
}

} // namespace cw::gui
