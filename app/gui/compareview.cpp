#include "compareview.h"

#include "comparecolors.h"
#include "comparemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

namespace {

constexpr int ChangeBarWidth = 4;
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 5;
constexpr int MinimumTextWidth = 40;

// Before moved text: the link a reader can follow to the other version.
const QString MoveGlyph = u"\u21C4\u00A0"_s; // ⇄ and a no-break space

const QString MoveScheme = u"move:"_s;

diff::RowStatus statusOf(const QModelIndex &index)
{
    return diff::RowStatus(index.data(CompareModel::RowStatusRole).toInt());
}

// The colour of a row's change bar on one side; invalid where the side shows no change.
QColor changeBarColor(const CompareColors &colors, diff::RowStatus status, bool empty)
{
    if (empty)
        return {};
    switch (status) {
    case diff::RowStatus::Equal:
        return {};
    case diff::RowStatus::Changed:
        return colors.changedMark;
    case diff::RowStatus::Added:
        return colors.insertedMark;
    case diff::RowStatus::Removed:
        return colors.deletedMark;
    case diff::RowStatus::Moved:
        return colors.movedMark;
    }
    return {};
}

void buildDocument(QTextDocument &document, const Segments &segments, bool heading, const QFont &font,
                   const CompareColors &colors)
{
    document.clear();
    document.setDocumentMargin(0);
    QFont base = font;
    if (heading) {
        base.setBold(true);
        base.setPointSizeF(base.pointSizeF() * 1.1);
    }
    document.setDefaultFont(base);
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);

    QTextCursor cursor(&document);
    int previousMove = -1;
    for (const Segment &segment : segments) {
        QTextCharFormat format;
        switch (segment.kind) {
        case Segment::Unchanged:
            break;
        case Segment::Inserted:
            format.setBackground(colors.insertedBackground);
            format.setFontUnderline(true);
            format.setUnderlineColor(colors.insertedMark);
            break;
        case Segment::Deleted:
            format.setBackground(colors.deletedBackground);
            format.setFontStrikeOut(true);
            break;
        case Segment::Moved:
            format.setBackground(colors.movedBackground);
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(colors.movedMark);
            format.setAnchor(true);
            format.setAnchorHref(MoveScheme + QString::number(segment.moveId));
            if (segment.moveId != previousMove) { // one glyph for a move cut by small edits
                QTextCharFormat glyph = format;
                glyph.setForeground(colors.movedMark);
                glyph.setFontWeight(QFont::Bold);
                cursor.insertText(MoveGlyph, glyph);
            }
            break;
        }
        cursor.insertText(segment.text, format);
        if (segment.kind == Segment::Moved)
            previousMove = segment.moveId;
    }
}

} // namespace

// --- CompareDelegate ------------------------------------------------------------------------

CompareDelegate::CompareDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

CompareDelegate::~CompareDelegate() = default;

void CompareDelegate::clearCache()
{
    m_documents.clear();
}

QRect CompareDelegate::textRect(const QRect &cell)
{
    return cell.adjusted(ChangeBarWidth + HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
}

QTextDocument *CompareDelegate::document(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const quint64 key = (quint64(index.data(CompareModel::SourceRowRole).toInt()) << 1) | quint64(index.column() & 1);
    std::shared_ptr<QTextDocument> &document = m_documents[key];
    if (!document) {
        document = std::make_shared<QTextDocument>();
        buildDocument(*document, index.data(CompareModel::SegmentsRole).value<Segments>(),
                      index.data(CompareModel::HeadingRole).toBool(), option.font,
                      CompareColors::forPalette(option.palette));
    }
    // Unchanged width: the layout is reused.
    document->setTextWidth(std::max(MinimumTextWidth, textRect(option.rect).width()));
    return document.get();
}

QSize CompareDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QTextDocument *doc = document(opt, index);
    const int height = qCeil(doc->size().height()) + 2 * VerticalPadding;
    return {option.rect.width(), std::max(height, opt.fontMetrics.height() + 2 * VerticalPadding)};
}

void CompareDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const CompareColors colors = CompareColors::forPalette(opt.palette);
    const diff::RowStatus status = statusOf(index);
    const bool empty = index.data(CompareModel::SegmentsRole).value<Segments>().isEmpty();
    const QRect cell = opt.rect;

    painter->save();
    painter->fillRect(cell, opt.palette.base());
    if (empty && status != diff::RowStatus::Equal) // where the other side's text would stand
        painter->fillRect(cell, QBrush(colors.filler, Qt::BDiagPattern));
    if (opt.state & QStyle::State_Selected) {
        QColor tint = opt.palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        painter->fillRect(cell, tint);
    }
    const QColor bar = changeBarColor(colors, status, empty);
    if (bar.isValid())
        painter->fillRect(QRect(cell.left(), cell.top(), ChangeBarWidth, cell.height()), bar);

    QTextDocument *doc = document(opt, index);
    const QRect text = textRect(cell);
    painter->translate(text.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Text));
    context.clip = QRectF(0, 0, text.width(), cell.height());
    painter->setClipRect(context.clip);
    doc->documentLayout()->draw(painter, context);
    painter->restore();

    if (opt.state & QStyle::State_HasFocus) {
        painter->save();
        QPen pen(opt.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

QString CompareDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &pos) const
{
    const QTextDocument *doc = document(option, index);
    const QPoint local = pos - textRect(option.rect).topLeft();
    return doc->documentLayout()->anchorAt(local);
}

// --- CompareView ----------------------------------------------------------------------------

CompareView::CompareView(QWidget *parent) : QTableView(parent)
{
    m_delegate = new CompareDelegate(this);
    setItemDelegate(m_delegate);
    setWordWrap(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // word wrap is always on
    setShowGrid(true);
    setGridStyle(Qt::SolidLine);
    setMouseTracking(true);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setTextElideMode(Qt::ElideMiddle);

    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, this, &CompareView::updateRowHeights);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { m_relayout.start(); });
}

void CompareView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QTableView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_delegate->clearCache(); });
    connect(newModel, &QAbstractItemModel::modelReset, this, &CompareView::updateRowHeights);
    connect(newModel, &QAbstractItemModel::layoutChanged, this, &CompareView::updateRowHeights);
    connect(newModel, &QAbstractItemModel::rowsInserted, this, &CompareView::updateRowHeights);
    updateRowHeights();
}

void CompareView::updateRowHeights()
{
    if (!model())
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row) {
        int height = 0;
        for (int column = 0; column < model()->columnCount(); ++column) {
            // The width paint() gets: the grid takes a pixel of each cell.
            const int width = columnWidth(column) - (showGrid() ? 1 : 0);
            option.rect = QRect(0, 0, std::max(width, 2 * MinimumTextWidth), 0);
            height = std::max(height, m_delegate->sizeHint(option, model()->index(row, column)).height());
        }
        setRowHeight(row, height);
    }
}

void CompareView::showIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    // A little of the row before stays in view, so the reader sees where the change sits.
    const int y = rowViewportPosition(index.row()) + verticalScrollBar()->value();
    verticalScrollBar()->setValue(std::max(0, y - fontMetrics().height() * 2));
}

QString CompareView::anchorAt(const QPoint &pos, QModelIndex *hit) const
{
    const QModelIndex index = indexAt(pos);
    if (hit)
        *hit = index;
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->anchorAt(option, index, pos);
}

bool CompareView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QModelIndex index;
        const QString anchor = anchorAt(help->pos(), &index);
        if (anchor.startsWith(MoveScheme)) {
            QToolTip::showText(help->globalPos(),
                               index.column() == diff::Old
                                   ? tr("Moved text: click to see where it stands in the new version")
                                   : tr("Moved text: click to see where it stood in the old version"),
                               viewport());
            return true;
        }
        if (index.isValid()) {
            QToolTip::showText(help->globalPos(), CompareModel::rowStatusText(statusOf(index)), viewport());
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

void CompareView::mouseMoveEvent(QMouseEvent *event)
{
    const bool onLink = anchorAt(event->position().toPoint()).startsWith(MoveScheme);
    viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QTableView::mouseMoveEvent(event);
}

void CompareView::mousePressEvent(QMouseEvent *event)
{
    m_pressedAnchor = event->button() == Qt::LeftButton ? anchorAt(event->position().toPoint()) : QString();
    QTableView::mousePressEvent(event);
}

void CompareView::mouseReleaseEvent(QMouseEvent *event)
{
    QModelIndex index;
    const QString anchor = anchorAt(event->position().toPoint(), &index);
    const QString pressed = std::exchange(m_pressedAnchor, QString());
    QTableView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && anchor == pressed && anchor.startsWith(MoveScheme)) {
        bool ok = false;
        const int moveId = anchor.mid(MoveScheme.size()).toInt(&ok);
        if (ok)
            Q_EMIT moveLinkActivated(moveId, index.column());
    }
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->clearCache();
        m_relayout.start();
    }
    QTableView::changeEvent(event);
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_relayout.start();
}

// --- ChangeMap ------------------------------------------------------------------------------

ChangeMap::ChangeMap(CompareView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(u"changeMap"_s);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    const auto repaint = [this] { update(); };
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    connect(view->verticalHeader(), &QHeaderView::sectionResized, this, repaint);
}

QSize ChangeMap::sizeHint() const
{
    return {16, 100};
}

void ChangeMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(104));
    const QAbstractItemModel *model = m_view->model();
    const QHeaderView *header = m_view->verticalHeader();
    const int total = header->length();
    if (!model || total <= 0)
        return;
    const CompareColors colors = CompareColors::forPalette(palette());
    const double scale = double(height()) / total;
    const int half = width() / 2;

    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const auto status = diff::RowStatus(index.data(CompareModel::RowStatusRole).toInt());
        if (status == diff::RowStatus::Equal)
            continue;
        const int y = int(header->sectionPosition(row) * scale);
        const int h = std::max(2, int(header->sectionSize(row) * scale));
        switch (status) {
        case diff::RowStatus::Equal:
            break;
        case diff::RowStatus::Added:
            painter.fillRect(QRect(half, y, width() - half, h), colors.insertedMark);
            break;
        case diff::RowStatus::Removed:
            painter.fillRect(QRect(0, y, half, h), colors.deletedMark);
            break;
        case diff::RowStatus::Changed:
            painter.fillRect(QRect(0, y, width(), h), colors.changedMark);
            break;
        case diff::RowStatus::Moved:
            painter.fillRect(QRect(0, y, width(), h), colors.movedMark);
            break;
        }
    }

    // The part in view.
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int top = int(bar->value() * scale);
    const int visible = std::max(4, int(m_view->viewport()->height() * scale));
    QColor frame = palette().color(QPalette::Text);
    frame.setAlpha(40);
    painter.fillRect(QRect(0, top, width(), visible), frame);
    frame.setAlpha(140);
    painter.setPen(frame);
    painter.drawRect(QRect(0, top, width() - 1, visible - 1));
}

void ChangeMap::scrollTo(int y)
{
    const int total = m_view->verticalHeader()->length();
    if (height() <= 0 || total <= 0)
        return;
    const int target = int(double(y) / height() * total) - m_view->viewport()->height() / 2;
    m_view->verticalScrollBar()->setValue(target);
}

void ChangeMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        scrollTo(event->position().toPoint().y());
}

void ChangeMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position().toPoint().y());
}

} // namespace cw::gui
