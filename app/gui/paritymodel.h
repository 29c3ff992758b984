#pragma once

#include "analysis/parity.h"

#include <QAbstractTableModel>

#include <vector>

namespace cw::gui {

// The parity checker's findings as a table: kind, section, the English and the Russian text,
// what differs. Rows follow the core's order (by place in the English text).
class ParityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        DetailColumn,
        EnglishColumn,
        RussianColumn,
        ColumnCount,
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // the stable id ("number-mismatch")
        FingerprintRole,
        SectionKeyRole,
    };

    struct Row
    {
        analysis::ParityIssue issue;
        QString english, russian; // the text of each range (or what stands around an empty one)
        QString fingerprint;
    };

    explicit ParityModel(QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    [[nodiscard]] const Row *row(int index) const;
    void retranslate();

    // The translated name of a kind.
    [[nodiscard]] static QString kindName(analysis::ParityIssueKind kind);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

// The sections of the English text with their Russian counterparts and where their
// translation stands: never translated, not yet confirmed, stale, confirmed.
class SectionSyncModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        EnglishColumn,
        RussianColumn,
        ColumnCount,
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        HashRole,
        StateRole, // the stable id ("stale")
    };

    explicit SectionSyncModel(QObject *parent = nullptr);

    void setSections(std::vector<analysis::SectionParity> sections);
    [[nodiscard]] const analysis::SectionParity *section(int index) const;
    void retranslate();
    [[nodiscard]] static QString stateName(analysis::SyncState state);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<analysis::SectionParity> m_sections;
};

} // namespace cw::gui
