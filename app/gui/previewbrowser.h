#pragma once

#include <QTextBrowser>

namespace cw::gui {

// The rendered policy: HTML from core's markdownToHtml (safe mode). Nothing is loaded, local or
// remote (images and style sheets stay empty); a link opens in the system browser on click.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget *parent = nullptr);
    void setMarkdown(const QString &markdown); // hides QTextBrowser's own Markdown reader

    // Whether a click on `url` leaves for the system browser or mail client.
    [[nodiscard]] static bool opensExternally(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace cw::gui
