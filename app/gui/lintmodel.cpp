#include "lintmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

LintModel::LintModel(QObject *parent) : QAbstractTableModel(parent) {}

void LintModel::setIssues(std::vector<analysis::LintIssue> issues, const QString &text)
{
    beginResetModel();
    m_issues = std::move(issues);
    m_lines = text::LineIndex(text);
    endResetModel();
}

void LintModel::clear()
{
    beginResetModel();
    m_issues.clear();
    m_lines = text::LineIndex();
    endResetModel();
}

const analysis::LintIssue *LintModel::issue(int row) const
{
    if (row < 0 || std::size_t(row) >= m_issues.size())
        return nullptr;
    return &m_issues[std::size_t(row)];
}

void LintModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_issues.empty())
        Q_EMIT dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn), {Qt::DisplayRole});
}

QString LintModel::kindName(const QString &kind)
{
    // The kinds are the CLI contract (lint.h); these are their names for people.
    if (kind == "placeholder"_L1)
        return tr("Placeholder");
    if (kind == "mixed-script"_L1)
        return tr("Mixed alphabets");
    if (kind == "mojibake"_L1)
        return tr("Garbled characters");
    if (kind == "empty-contact"_L1)
        return tr("Missing contact");
    if (kind == "empty-date"_L1)
        return tr("Missing date");
    return kind;
}

int LintModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int LintModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LintModel::data(const QModelIndex &index, int role) const
{
    const analysis::LintIssue *i = index.isValid() ? issue(index.row()) : nullptr;
    if (!i)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return m_lines.lineAt(i->range.start);
        case KindColumn:
            return kindName(i->kind);
        case DetailColumn:
            return i->detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return i->detail;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RangeStartRole:
        return i->range.start;
    case RangeEndRole:
        return i->range.end;
    case KindRole:
        return i->kind;
    default:
        return {};
    }
}

QVariant LintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("Kind");
    case DetailColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace cw::gui
