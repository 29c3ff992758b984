#include "paritymodel.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace cw::gui {

namespace {

QString shortened(const QString &text)
{
    const QString s = text.simplified();
    return s.size() > 120 ? s.left(119) + u'…' : s;
}

} // namespace

ParityModel::ParityModel(QObject *parent) : QAbstractTableModel(parent) {}

void ParityModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ParityModel::Row *ParityModel::row(int index) const
{
    return index >= 0 && index < int(m_rows.size()) ? &m_rows[size_t(index)] : nullptr;
}

void ParityModel::retranslate()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ParityModel::kindName(analysis::ParityIssueKind kind)
{
    using K = analysis::ParityIssueKind;
    switch (kind) {
    case K::MissingInRu: return tr("Missing in Russian");
    case K::MissingInEn: return tr("Missing in English");
    case K::NumberMismatch: return tr("Number");
    case K::DateMismatch: return tr("Date");
    case K::EmailMismatch: return tr("E-mail");
    case K::UrlMismatch: return tr("Link");
    case K::PhoneMismatch: return tr("Phone");
    case K::Untranslated: return tr("Untranslated");
    case K::TermMismatch: return tr("Term");
    case K::Stale: return tr("Stale");
    case K::SectionMoved: return tr("Section moved");
    case K::LengthRatio: return tr("Length");
    }
    return analysis::parityIssueKindId(kind);
}

int ParityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParityModel::data(const QModelIndex &index, int role) const
{
    const Row *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindName(r->issue.kind);
        case EnglishColumn: return shortened(r->english);
        case RussianColumn: return shortened(r->russian);
        case DetailColumn: return r->issue.detail;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EnglishColumn: return r->english;
        case RussianColumn: return r->russian;
        default: return r->issue.detail;
        }
    case KindRole: return analysis::parityIssueKindId(r->issue.kind);
    case FingerprintRole: return r->fingerprint;
    case SectionKeyRole: return r->issue.sectionKey;
    }
    return {};
}

QVariant ParityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Finding");
    case EnglishColumn: return tr("English");
    case RussianColumn: return tr("Russian");
    case DetailColumn: return tr("What differs");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

SectionSyncModel::SectionSyncModel(QObject *parent) : QAbstractTableModel(parent) {}

void SectionSyncModel::setSections(std::vector<analysis::SectionParity> sections)
{
    beginResetModel();
    m_sections = std::move(sections);
    endResetModel();
}

const analysis::SectionParity *SectionSyncModel::section(int index) const
{
    return index >= 0 && index < int(m_sections.size()) ? &m_sections[size_t(index)] : nullptr;
}

void SectionSyncModel::retranslate()
{
    if (!m_sections.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString SectionSyncModel::stateName(analysis::SyncState state)
{
    switch (state) {
    case analysis::SyncState::NeverTranslated: return tr("Never translated");
    case analysis::SyncState::Unconfirmed: return tr("Not confirmed");
    case analysis::SyncState::Stale: return tr("Stale");
    case analysis::SyncState::Confirmed: return tr("Confirmed");
    }
    return {};
}

int SectionSyncModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

int SectionSyncModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionSyncModel::data(const QModelIndex &index, int role) const
{
    const analysis::SectionParity *s = section(index.row());
    if (!s)
        return {};
    auto title = [&](int side) {
        if (s->range[side].length() == 0)
            return QString();
        return s->title[side].isEmpty() ? tr("(opening text)") : s->title[side].simplified();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateName(s->state);
        case EnglishColumn: return title(analysis::En);
        case RussianColumn: return title(analysis::Ru);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && (s->state == analysis::SyncState::Stale || s->state == analysis::SyncState::NeverTranslated))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        break;
    case KeyRole: return s->key;
    case HashRole: return s->sourceHash;
    case StateRole: return analysis::syncStateId(s->state);
    }
    return {};
}

QVariant SectionSyncModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("Translation");
    case EnglishColumn: return tr("English section");
    case RussianColumn: return tr("Russian section");
    }
    return {};
}

} // namespace cw::gui
