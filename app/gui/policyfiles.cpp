#include "policyfiles.h"

#include "document/importer.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cw::gui {

QString policyFileFilter()
{
    QStringList patterns;
    for (const QString &suffix : doc::ImporterRegistry::withBuiltins().suffixes())
        patterns << u"*."_s + suffix;
    return QCoreApplication::translate("PolicyFiles", "Policies (%1)").arg(patterns.join(u' ')) + u";;"_s
           + QCoreApplication::translate("PolicyFiles", "All files (*)");
}

} // namespace cw::gui
