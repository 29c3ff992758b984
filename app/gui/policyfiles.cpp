#include "policyfiles.h"
#include "formats.h"

#include "document/importer.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cw::gui {

QString policyFileFilter()
{
    QStringList patterns;
    for (const QString &suffix : formats::importers().suffixes())
        patterns << u"*."_s + suffix;
    return QCoreApplication::translate("PolicyFiles", "Policies (%1)").arg(patterns.join(u' ')) + u";;"_s
           + QCoreApplication::translate("PolicyFiles", "All files (*)");
}

QStringList localPathsOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace cw::gui
