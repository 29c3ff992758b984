#pragma once

#include "coveragemodel.h"

#include "analysis/gaps.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

// A finished gaps analysis: the draft and its references, core's analysis of each, and the
// gaps between them. Shared, immutable.
struct GapsReport
{
    std::shared_ptr<const CoverageData> data;
    std::vector<std::shared_ptr<const doc::PolicyDocument>> documents; // [0] the draft, then the references
    std::vector<analysis::DocumentAnalysis> analyses;                  // in the same order
    analysis::GapsResult result;
};

// The topics × documents matrix as a heat map: a row per topic (taxonomy order), then
// columns for the topic, how many references cover it, the draft, and each reference.
//
//   Topic          In references   Draft   ref-a   ref-b
//   Retention            2           ✓       ●       ●
//   Your rights          2           ✗       ●       ●      ← a gap: the draft lacks it
//   Cookies              0
//
// SortRole orders every column (use it in a QSortFilterProxyModel).
class GapsMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TopicColumn,
        ReferencesColumn,
        DraftColumn, // document 0; reference k is column DraftColumn + 1 + k
    };
    enum class Cell {
        Absent,
        Gap,     // the draft lacks a topic some reference covers
        Present,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        TopicRole,    // int: the row's taxonomy index
        CellRole,     // int(Cell), in document columns
        DocumentRole, // int: index into GapsReport::documents, in document columns
    };

    explicit GapsMatrixModel(QObject *parent = nullptr);
    ~GapsMatrixModel() override;

    void setReport(std::shared_ptr<const GapsReport> report);
    [[nodiscard]] const GapsReport *report() const { return m_report.get(); }
    // How many references cover topic `t`.
    [[nodiscard]] int referenceCount(int topic) const;

    // Names and headers are translated: call after the UI language changed.
    void retranslate();

    // A document as the views name it: its file name without the folder.
    [[nodiscard]] static QString documentName(const doc::PolicyDocument &document);
    // A topic's name in the UI language (its id when the data has no name).
    [[nodiscard]] static QString topicName(const CoverageData &data, int topic);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] Cell cell(int topic, int document) const;

    std::shared_ptr<const GapsReport> m_report;
};

// What the references have and the draft lacks, as a two-group tree:
//   Topics the draft lacks (2)
//     Your rights                 in 2 references   a.md, b.md
//   Reference sections with no counterpart in the draft (3)
//     Your rights                 in 2 references   a.md
// Missing topics come most widely covered first; unmatched sections in core's ranking.
class GapsListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        CountColumn,
        WhereColumn,
        ColumnCount,
    };
    enum class Kind {
        Group,
        MissingTopic,
        UnmatchedSection,
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        TopicRole,                   // missing topics: the taxonomy index
        UnmatchedRole,               // unmatched sections: the index into GapsResult::unmatched
    };

    explicit GapsListModel(QObject *parent = nullptr);
    ~GapsListModel() override;

    void setReport(std::shared_ptr<const GapsReport> report);
    void retranslate();

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    enum Group {
        MissingTopicsGroup,
        UnmatchedGroup,
        GroupCount,
    };
    // internalId: 0 for the group rows, 1 + group for the rows under a group.
    [[nodiscard]] QVariant groupData(int group, int column, int role) const;
    [[nodiscard]] QVariant missingTopicData(int row, int column, int role) const;
    [[nodiscard]] QVariant unmatchedData(int row, int column, int role) const;

    std::shared_ptr<const GapsReport> m_report;
    std::vector<int> m_missingOrder; // indices into result.missingTopics, most references first
};

} // namespace cw::gui
