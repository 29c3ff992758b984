#include "policyedit.h"

#include "document/policydocument.h"

#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

class MarkerGutter : public QWidget
{
public:
    explicit MarkerGutter(PolicyEdit *edit) : QWidget(edit), m_edit(edit) { setMouseTracking(true); }
    QSize sizeHint() const override { return {m_edit->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_edit->paintGutter(event); }
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(e);
            const QString tip = m_edit->badgeToolTipAt(help->pos().y());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(e);
    }

private:
    PolicyEdit *m_edit;
};

PolicyEdit::PolicyEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    m_gutter = new MarkerGutter(this);
    m_gutter->setObjectName(u"markerGutter"_s);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
}

int PolicyEdit::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(u"@99"_s) + 10;
}

bool PolicyEdit::markerOf(const QString &line, QString *id, int *edition)
{
    // core's reading of markers, so that the editor and the importer never disagree
    const std::vector<doc::ClauseMarker> markers = doc::findClauseMarkers(line);
    if (markers.empty() || !QStringView(line).first(markers.front().range.start).trimmed().isEmpty())
        return false;
    if (id)
        *id = markers.front().id;
    if (edition)
        *edition = markers.front().edition;
    return true;
}

QString PolicyEdit::badgeToolTipAt(int y) const
{
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > y)
            break;
        QString id;
        int edition = 0;
        if (y <= box.bottom() && markerOf(block.text(), &id, &edition))
            return m_describe ? m_describe(id, edition) : tr("Clause %1, edition %2").arg(id).arg(edition);
    }
    return {};
}

void PolicyEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void PolicyEdit::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setRenderHint(QPainter::Antialiasing);
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > event->rect().bottom())
            break;
        int edition = 0;
        if (!block.isVisible() || !markerOf(block.text(), nullptr, &edition))
            continue;
        const QRectF badge(2, box.top() + 1, m_gutter->width() - 4, fontMetrics().height() - 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(badge, 4, 4);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, u"@"_s + QString::number(edition));
    }
}

} // namespace cw::gui
