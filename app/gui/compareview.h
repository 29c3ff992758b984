#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QWidget>

#include <memory>

class QTextDocument;

namespace cw::gui {

// Paints one side of a compare row as wrapped rich text: inserted words on a green ground
// and underlined, deleted words on a red ground and struck through, moved text violet with a
// link glyph; a change bar at the cell's left edge; a hatched filler where a side is empty.
class CompareDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CompareDelegate(QObject *parent = nullptr);
    ~CompareDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The link under `pos` (viewport coordinates) in the cell `cell`: "move:<id>", or empty.
    [[nodiscard]] QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QPoint &pos) const;
    // Forget the laid-out rows: after the model, the palette or the font changed.
    void clearCache();

private:
    [[nodiscard]] QTextDocument *document(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    [[nodiscard]] static QRect textRect(const QRect &cell);

    mutable QHash<quint64, std::shared_ptr<QTextDocument>> m_documents; // by source row and side
};

// The two sides of a comparison as one table, so that a row has one height on both sides
// and both sides scroll together. Keeps row heights fitted to the wrapped text.
class CompareView : public QTableView
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    [[nodiscard]] CompareDelegate *compareDelegate() const { return m_delegate; }

    // Fits every row to its taller side at the current column widths.
    void updateRowHeights();
    // Scrolls so that `index` stands near the top, and makes it current.
    void showIndex(const QModelIndex &index);

Q_SIGNALS:
    // The user clicked moved text; `side` is the column clicked.
    void moveLinkActivated(int moveId, int side);

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] QString anchorAt(const QPoint &pos, QModelIndex *index = nullptr) const;

    CompareDelegate *m_delegate = nullptr;
    QTimer m_relayout; // coalesces width changes into one height update
    QString m_pressedAnchor;
};

// A narrow strip beside the compare view: where the changes are in the whole comparison
// (old side on the left half, new side on the right), and which part is in view. A click
// or drag scrolls there.
class ChangeMap : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeMap(CompareView *view, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void scrollTo(int y);

    CompareView *m_view = nullptr;
};

} // namespace cw::gui
