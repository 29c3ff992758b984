#pragma once

#include "text/lineindex.h"

#include "analysis/lint.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cw::gui {

// The linter's findings as a table: line, kind, what to do. Rows follow the core's order
// (by position in the text).
class LintModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        KindColumn,
        DetailColumn,
        ColumnCount,
    };
    enum Role {
        RangeStartRole = Qt::UserRole + 1, // UTF-16 offsets into PolicyDocument::text
        RangeEndRole,
        KindRole, // the stable kind ("placeholder"), not its translated name
    };

    explicit LintModel(QObject *parent = nullptr);

    // `text` is the document text the ranges point into (for line numbers).
    void setIssues(std::vector<analysis::LintIssue> issues, const QString &text);
    void clear();
    [[nodiscard]] const analysis::LintIssue *issue(int row) const;

    // Kind names and headers are translated: call after the UI language changed.
    void retranslate();

    // The translated name of a kind; unknown kinds (newer core) show as they are.
    [[nodiscard]] static QString kindName(const QString &kind);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<analysis::LintIssue> m_issues;
    text::LineIndex m_lines;
};

} // namespace cw::gui
