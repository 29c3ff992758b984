#pragma once

#include "diff/diff.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaType>
#include <QSortFilterProxyModel>

#include <array>
#include <memory>
#include <vector>

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

// A finished comparison: the two documents and core's result over them. Shared, immutable.
struct Comparison
{
    std::array<std::shared_ptr<const doc::PolicyDocument>, diff::SideCount> documents;
    diff::DiffResult result;
};

// A stretch of one side of a row, as the view paints it.
struct Segment
{
    enum Kind {
        Unchanged,
        Inserted, // only on the New side
        Deleted,  // only on the Old side
        Moved,    // on both sides, linked by moveId
    };
    QString text;
    Kind kind = Unchanged;
    int moveId = -1;

    bool operator==(const Segment &) const = default;
};
using Segments = QList<Segment>;

// DiffResult::rows as a two-column table: column diff::Old shows the old text of a row,
// column diff::New the new text. Row i of the model is DiffResult::rows[i], so the two
// sides of a row always stand side by side.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SegmentsRole = Qt::UserRole + 1, // Segments: the side's text cut at the ops
        RowStatusRole,                   // int(diff::RowStatus)
        SourceRowRole,                   // the row in DiffResult::rows (unchanged by filters)
        SectionRole,                     // index into DiffResult::sections, or -1
        SectionStatusRole,               // int(diff::SectionStatus), or -1 outside any section
        HeadingRole,                     // bool: the side's text of the row is a heading
        MoveIdsRole,                     // QList<int>: the moves with an end on this side
        RangeStartRole,                  // UTF-16 offsets into the side's document text
        RangeEndRole,
    };

    explicit CompareModel(QObject *parent = nullptr);
    ~CompareModel() override;

    void setComparison(std::shared_ptr<const Comparison> comparison);
    [[nodiscard]] const Comparison *comparison() const { return m_comparison.get(); }

    // The row holding the end of move `moveId` on `side`, or -1.
    [[nodiscard]] int rowOfMove(int moveId, diff::Side side) const;
    // The row whose range on `side` contains `offset` (the last row for the end), or -1.
    [[nodiscard]] int rowAt(diff::Side side, qsizetype offset) const;
    // The first row of DiffResult::sections[section], or -1.
    [[nodiscard]] int firstRowOfSection(int section) const;

    // Headers are translated: call after the UI language changed.
    void retranslate();

    [[nodiscard]] static QString rowStatusText(diff::RowStatus status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct RowInfo
    {
        std::array<Segments, diff::SideCount> segments;
        std::array<bool, diff::SideCount> heading{{false, false}};
        int section = -1;
    };
    [[nodiscard]] RowInfo describeRow(const diff::Row &row) const;
    [[nodiscard]] int sectionOf(const diff::Row &row) const;

    std::shared_ptr<const Comparison> m_comparison;
    std::vector<RowInfo> m_rows;
};

// Hides the rows of unchanged sections ("Changed sections only"): a row stays when it is
// changed itself or belongs to a section core reports as changed, added, removed or moved,
// so an edit keeps its surrounding paragraphs.
class ChangedSectionsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChangedSectionsFilter(QObject *parent = nullptr);

    void setChangedOnly(bool changedOnly);
    [[nodiscard]] bool changedOnly() const { return m_changedOnly; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_changedOnly = false;
};

// DiffResult::sections: which section became which, and how it changed.
class SectionMatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(diff::SectionStatus)
    };

    explicit SectionMatchModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void retranslate();

    [[nodiscard]] static QString statusText(diff::SectionStatus status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Comparison> m_comparison;
};

} // namespace cw::gui

Q_DECLARE_METATYPE(cw::gui::Segments)
