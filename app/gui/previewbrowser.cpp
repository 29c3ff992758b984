#include "previewbrowser.h"

#include "document/markdownhtml.h"

#include <QDesktopServices>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

PreviewBrowser::PreviewBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (opensExternally(url))
            QDesktopServices::openUrl(url);
    });
}

void PreviewBrowser::setMarkdown(const QString &markdown)
{
    const int scroll = verticalScrollBar()->value();
    setHtml(doc::markdownToHtml(markdown));
    verticalScrollBar()->setValue(scroll);
}

bool PreviewBrowser::opensExternally(const QUrl &url)
{
    return url.scheme() == u"https"_s || url.scheme() == u"http"_s || url.scheme() == u"mailto"_s;
}

QVariant PreviewBrowser::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace cw::gui
