#include "outlinemodel.h"

#include "document/policydocument.h"

namespace cw::gui {

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setDocument(std::shared_ptr<const doc::PolicyDocument> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_nodes.clear();
    m_lines = m_document ? text::LineIndex(m_document->text) : text::LineIndex();
    if (m_document)
        indexChildren(nullptr);
    endResetModel();
}

// Iterative walk: a pathological file may nest headings deeply.
void OutlineModel::indexChildren(const doc::Section *root)
{
    std::vector<const doc::Section *> pending{root};
    while (!pending.empty()) {
        const doc::Section *parent = pending.back();
        pending.pop_back();
        const auto &children = parent ? parent->children : m_document->sections;
        for (std::size_t row = 0; row < children.size(); ++row) {
            m_nodes.insert(&children[row], Node{parent, int(row)});
            pending.push_back(&children[row]);
        }
    }
}

const doc::Section *OutlineModel::section(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const doc::Section *>(index.constInternalPointer());
}

QModelIndex OutlineModel::indexOf(const doc::Section *section) const
{
    const auto it = m_nodes.constFind(section);
    if (it == m_nodes.cend())
        return {};
    return createIndex(it->row, 0, section);
}

void OutlineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    // Untitled sections and tool tips are translated text too; no index moves.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

int OutlineModel::childCount(const doc::Section *parent) const
{
    if (!m_document)
        return 0;
    return int(parent ? parent->children.size() : m_document->sections.size());
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const doc::Section *parentSection = section(parent);
    if (row >= childCount(parentSection))
        return {};
    const auto &children = parentSection ? parentSection->children : m_document->sections;
    return createIndex(row, 0, &children[std::size_t(row)]);
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const doc::Section *childSection = section(child);
    if (!childSection)
        return {};
    const doc::Section *parentSection = m_nodes.value(childSection).parent;
    return parentSection ? indexOf(parentSection) : QModelIndex();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return childCount(section(parent));
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    const doc::Section *s = section(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s->title.isEmpty() ? tr("(untitled)") : s->title;
    case Qt::ToolTipRole: {
        const int first = m_lines.lineAt(s->range.start);
        // The range ends at the next heading: its last line is the one before that offset.
        const int last = std::max(first, m_lines.lineAt(std::max<qsizetype>(s->range.end - 1, 0)));
        return tr("%1\nLines %2–%3").arg(data(index, Qt::DisplayRole).toString()).arg(first).arg(last);
    }
    case HeadingStartRole:
        return s->heading.start;
    case HeadingEndRole:
        return s->heading.end;
    case RangeStartRole:
        return s->range.start;
    case RangeEndRole:
        return s->range.end;
    case LevelRole:
        return s->level;
    default:
        return {};
    }
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Section");
    return {};
}

} // namespace cw::gui
