#pragma once

#include "text/lineindex.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace cw::doc {
struct PolicyDocument;
struct Section;
} // namespace cw::doc

namespace cw::gui {

// The section tree of a PolicyDocument as a one-column tree model. Each index points at a
// Section of the document the model shares ownership of, so an index stays valid for as
// long as the document is shown.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        HeadingStartRole = Qt::UserRole + 1, // UTF-16 offsets into PolicyDocument::text
        HeadingEndRole,
        RangeStartRole,
        RangeEndRole,
        LevelRole,
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setDocument(std::shared_ptr<const doc::PolicyDocument> document);
    [[nodiscard]] const doc::Section *section(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const doc::Section *section) const;

    // The header and tool tips are translated: call after the UI language changed.
    void retranslate();

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        const doc::Section *parent = nullptr;
        int row = 0;
    };
    void indexChildren(const doc::Section *parent);
    [[nodiscard]] int childCount(const doc::Section *parent) const;

    std::shared_ptr<const doc::PolicyDocument> m_document;
    QHash<const doc::Section *, Node> m_nodes; // parent and row of every section, for parent()
    text::LineIndex m_lines;
};

} // namespace cw::gui
