#include "comparemodel.h"

#include "comparecolors.h"

#include "document/policydocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

namespace {

using diff::OpKind;
using diff::Side;

// Which ops show on a side: the ones whose range on that side is part of its tiling (diff.h).
bool showsOn(const diff::Op &op, Side side)
{
    switch (op.kind) {
    case OpKind::Equal:
        return true;
    case OpKind::Insert:
        return side == diff::New;
    case OpKind::Delete:
        return side == diff::Old;
    case OpKind::Move:
        return op.moveEnd == (side == diff::Old ? diff::MoveEnd::From : diff::MoveEnd::To);
    }
    return false;
}

Segment::Kind segmentKind(OpKind kind)
{
    switch (kind) {
    case OpKind::Equal:
        return Segment::Unchanged;
    case OpKind::Insert:
        return Segment::Inserted;
    case OpKind::Delete:
        return Segment::Deleted;
    case OpKind::Move:
        return Segment::Moved;
    }
    return Segment::Unchanged;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// A row runs from one shared paragraph break to the next, so its text starts or ends with
// the blank lines between paragraphs; the table's row borders show those already.
void trimLineBreaks(Segments &segments)
{
    while (!segments.isEmpty()) {
        QString &text = segments.first().text;
        qsizetype n = 0;
        while (n < text.size() && isLineBreak(text.at(n)))
            ++n;
        text.remove(0, n);
        if (!text.isEmpty())
            break;
        segments.removeFirst();
    }
    while (!segments.isEmpty()) {
        QString &text = segments.last().text;
        qsizetype n = text.size();
        while (n > 0 && text.at(n - 1).isSpace())
            --n;
        text.truncate(n);
        if (!text.isEmpty())
            break;
        segments.removeLast();
    }
}

QString displayName(const doc::PolicyDocument *document)
{
    if (!document)
        return {};
    if (!document->fileName.isEmpty())
        return QFileInfo(document->fileName).fileName();
    return document->title;
}

} // namespace

// --- CompareModel ---------------------------------------------------------------------------

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

CompareModel::~CompareModel() = default;

void CompareModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_rows.clear();
    if (m_comparison) {
        m_rows.reserve(m_comparison->result.rows.size());
        for (const diff::Row &row : m_comparison->result.rows)
            m_rows.push_back(describeRow(row));
    }
    endResetModel();
}

CompareModel::RowInfo CompareModel::describeRow(const diff::Row &row) const
{
    RowInfo info;
    const diff::DiffResult &result = m_comparison->result;
    const int firstOp = std::clamp(row.firstOp, 0, int(result.ops.size()));
    const int lastOp = std::clamp(row.lastOp, firstOp, int(result.ops.size()));

    for (int s = 0; s < diff::SideCount; ++s) {
        const auto side = Side(s);
        const doc::PolicyDocument *document = m_comparison->documents[s].get();
        if (!document)
            continue;
        const QString &text = document->text;
        const qsizetype rowEnd = std::clamp<qsizetype>(row.range[s].end, 0, text.size());
        qsizetype cursor = std::clamp<qsizetype>(row.range[s].start, 0, rowEnd);
        const qsizetype rowStart = cursor;
        Segments &segments = info.segments[s];
        // Text between ops (there should be none: ops tile the texts) is shown unchanged
        // rather than lost.
        const auto addGap = [&](qsizetype until) {
            if (until > cursor)
                segments.append({text.mid(cursor, until - cursor), Segment::Unchanged, -1});
        };
        for (int i = firstOp; i < lastOp; ++i) {
            const diff::Op &op = result.ops[size_t(i)];
            if (!showsOn(op, side))
                continue;
            const qsizetype start = std::clamp<qsizetype>(op.range[s].start, cursor, rowEnd);
            const qsizetype end = std::clamp<qsizetype>(op.range[s].end, start, rowEnd);
            if (end == start)
                continue;
            addGap(start);
            segments.append({text.mid(start, end - start), segmentKind(op.kind),
                             op.kind == OpKind::Move ? op.moveId : -1});
            cursor = end;
        }
        addGap(rowEnd);
        trimLineBreaks(segments);

        // A heading row: a heading block starts where the row's text does.
        qsizetype firstVisible = rowStart;
        while (firstVisible < rowEnd && isLineBreak(text.at(firstVisible)))
            ++firstVisible;
        const auto &blocks = document->blocks;
        const auto block = std::lower_bound(blocks.cbegin(), blocks.cend(), firstVisible,
                                            [](const doc::Block &b, qsizetype offset) {
                                                return b.range.start < offset;
                                            });
        info.heading[s] = !segments.isEmpty() && block != blocks.cend() && block->range.start == firstVisible
                          && block->kind == doc::BlockKind::Heading;
    }
    info.section = sectionOf(row);
    return info;
}

// The innermost section match holding the row; when the two sides disagree, the one that
// changed, so that "changed sections only" never hides a row of a changed section.
int CompareModel::sectionOf(const diff::Row &row) const
{
    const auto &sections = m_comparison->result.sections;
    int best = -1;
    for (int s = 0; s < diff::SideCount; ++s) {
        const doc::TextRange &range = row.range[s];
        if (range.length() == 0)
            continue;
        int found = -1;
        for (size_t i = 0; i < sections.size(); ++i) {
            const diff::SectionMatch &match = sections[i];
            if (!match.present[s] || !match.range[s].contains(range.start))
                continue;
            if (found < 0 || match.range[s].length() < sections[size_t(found)].range[s].length())
                found = int(i);
        }
        if (found < 0)
            continue;
        if (best < 0 || (sections[size_t(best)].status == diff::SectionStatus::Equal
                         && sections[size_t(found)].status != diff::SectionStatus::Equal))
            best = found;
    }
    return best;
}

int CompareModel::rowOfMove(int moveId, Side side) const
{
    if (!m_comparison || moveId < 0)
        return -1;
    const diff::DiffResult &result = m_comparison->result;
    const diff::MoveEnd end = side == diff::Old ? diff::MoveEnd::From : diff::MoveEnd::To;
    for (size_t r = 0; r < result.rows.size(); ++r) {
        const diff::Row &row = result.rows[r];
        for (int i = std::max(0, row.firstOp); i < std::min(row.lastOp, int(result.ops.size())); ++i) {
            const diff::Op &op = result.ops[size_t(i)];
            if (op.kind == OpKind::Move && op.moveId == moveId && op.moveEnd == end)
                return int(r);
        }
    }
    return -1;
}

int CompareModel::rowAt(Side side, qsizetype offset) const
{
    if (!m_comparison)
        return -1;
    const auto &rows = m_comparison->result.rows;
    int last = -1;
    for (size_t r = 0; r < rows.size(); ++r) {
        const doc::TextRange &range = rows[r].range[side];
        if (range.length() == 0)
            continue;
        if (range.contains(offset))
            return int(r);
        if (range.start > offset)
            break;
        last = int(r);
    }
    return last;
}

int CompareModel::firstRowOfSection(int section) const
{
    if (!m_comparison || section < 0 || size_t(section) >= m_comparison->result.sections.size())
        return -1;
    const diff::SectionMatch &match = m_comparison->result.sections[size_t(section)];
    const Side side = match.present[diff::New] ? diff::New : diff::Old;
    if (!match.present[side])
        return -1;
    return rowAt(side, match.range[side].start);
}

void CompareModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, diff::SideCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, diff::SideCount - 1), {Qt::AccessibleTextRole});
}

QString CompareModel::rowStatusText(diff::RowStatus status)
{
    switch (status) {
    case diff::RowStatus::Equal:
        return tr("Unchanged");
    case diff::RowStatus::Changed:
        return tr("Changed");
    case diff::RowStatus::Added:
        return tr("Added");
    case diff::RowStatus::Removed:
        return tr("Removed");
    case diff::RowStatus::Moved:
        return tr("Moved");
    }
    return {};
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : diff::SideCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_comparison)
        return {};
    const int side = index.column();
    const RowInfo &info = m_rows[size_t(index.row())];
    const diff::Row &row = m_comparison->result.rows[size_t(index.row())];
    const auto plainText = [&] {
        QString text;
        for (const Segment &segment : info.segments[side])
            text += segment.text;
        return text;
    };

    switch (role) {
    case Qt::DisplayRole:
        return plainText();
    case Qt::AccessibleTextRole:
        return QString(rowStatusText(row.status) + u": "_s + plainText());
    case SegmentsRole:
        return QVariant::fromValue(info.segments[side]);
    case RowStatusRole:
        return int(row.status);
    case SourceRowRole:
        return index.row();
    case SectionRole:
        return info.section;
    case SectionStatusRole:
        return info.section < 0 ? -1 : int(m_comparison->result.sections[size_t(info.section)].status);
    case HeadingRole:
        return info.heading[side];
    case MoveIdsRole: {
        QList<int> ids;
        for (const Segment &segment : info.segments[side]) {
            if (segment.kind == Segment::Moved && !ids.contains(segment.moveId))
                ids << segment.moveId;
        }
        return QVariant::fromValue(ids);
    }
    case RangeStartRole:
        return qint64(row.range[side].start);
    case RangeEndRole:
        return qint64(row.range[side].end);
    default:
        break;
    }
    return {};
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= diff::SideCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const doc::PolicyDocument *document = m_comparison ? m_comparison->documents[section].get() : nullptr;
    if (role == Qt::DisplayRole) {
        const QString name = displayName(document);
        if (section == diff::Old)
            return name.isEmpty() ? tr("Old version") : tr("Old: %1").arg(name);
        return name.isEmpty() ? tr("New version") : tr("New: %1").arg(name);
    }
    if (role == Qt::ToolTipRole && document)
        return document->fileName;
    return {};
}

// --- ChangedSectionsFilter ------------------------------------------------------------------

ChangedSectionsFilter::ChangedSectionsFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void ChangedSectionsFilter::setChangedOnly(bool changedOnly)
{
    if (m_changedOnly == changedOnly)
        return;
    m_changedOnly = changedOnly;
    invalidateFilter();
}

bool ChangedSectionsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_changedOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(CompareModel::RowStatusRole).toInt() != int(diff::RowStatus::Equal))
        return true;
    const int sectionStatus = index.data(CompareModel::SectionStatusRole).toInt();
    return sectionStatus >= 0 && sectionStatus != int(diff::SectionStatus::Equal);
}

// --- SectionMatchModel ----------------------------------------------------------------------

SectionMatchModel::SectionMatchModel(QObject *parent) : QAbstractTableModel(parent) {}

void SectionMatchModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

void SectionMatchModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SectionMatchModel::statusText(diff::SectionStatus status)
{
    switch (status) {
    case diff::SectionStatus::Equal:
        return tr("Unchanged");
    case diff::SectionStatus::Changed:
        return tr("Changed");
    case diff::SectionStatus::Added:
        return tr("Added");
    case diff::SectionStatus::Removed:
        return tr("Removed");
    case diff::SectionStatus::Moved:
        return tr("Moved");
    }
    return {};
}

int SectionMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->result.sections.size());
}

int SectionMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const diff::SectionMatch &match = m_comparison->result.sections[size_t(index.row())];
    const QString &oldTitle = match.title[diff::Old];
    const QString &newTitle = match.title[diff::New];

    if (role == StatusRole)
        return int(match.status);
    if (index.column() == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (!match.present[diff::Old])
                return newTitle;
            if (!match.present[diff::New] || oldTitle == newTitle)
                return oldTitle;
            return QString(oldTitle + u" → "_s + newTitle);
        case Qt::ToolTipRole:
            if (match.present[diff::Old] && match.present[diff::New])
                return tr("%1\n→ %2\n%3% of its words are found in the other version")
                    .arg(oldTitle, newTitle)
                    .arg(qRound(match.similarity * 100));
            return match.present[diff::Old] ? oldTitle : newTitle;
        case Qt::FontRole: {
            if (match.status == diff::SectionStatus::Equal)
                return {};
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return statusText(match.status);
    case Qt::DecorationRole: {
        const CompareColors colors = CompareColors::forPalette(QApplication::palette());
        switch (match.status) {
        case diff::SectionStatus::Equal:
            return {};
        case diff::SectionStatus::Changed:
            return colors.changedMark;
        case diff::SectionStatus::Added:
            return colors.insertedMark;
        case diff::SectionStatus::Removed:
            return colors.deletedMark;
        case diff::SectionStatus::Moved:
            return colors.movedMark;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant SectionMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Section");
    case StatusColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace cw::gui
