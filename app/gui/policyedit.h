#pragma once

#include <QPlainTextEdit>

#include <functional>

namespace cw::gui {

// An editor pane for a policy: a plain-text editor with a narrow gutter that shows a badge
// beside each clause marker (<!-- clause id@edition -->); hovering the badge says which clause
// and edition it is (the text comes from describeMarker, which the editor window sets).
class PolicyEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PolicyEdit(QWidget *parent = nullptr);

    // id and edition of the marker → the tool tip ("retention.criteria, edition 2 — ...").
    using Describer = std::function<QString(const QString &id, int edition)>;
    void setMarkerDescriber(Describer describer) { m_describe = std::move(describer); }

    // The marker on a block, if any: id and edition.
    [[nodiscard]] static bool markerOf(const QString &line, QString *id, int *edition);
    // The tool tip for the badge at a point of the gutter (empty when there is none).
    [[nodiscard]] QString badgeToolTipAt(int y) const;
    [[nodiscard]] int gutterWidth() const;
    [[nodiscard]] QWidget *gutter() const { return m_gutter; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class MarkerGutter;
    void paintGutter(QPaintEvent *event);

    QWidget *m_gutter = nullptr;
    Describer m_describe;
};

} // namespace cw::gui
