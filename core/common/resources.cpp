#include "common/resources.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace cw {

QStringList userDataDirs(const QStringList &extra)
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("CLAUSEWRIGHT_DATA_DIRS");
    for (const QString &d : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        dirs << d;
    dirs << extra;
    return dirs;
}

Result<QByteArray> readBuiltinData(const QString &relativePath)
{
    QFile file(u":/clausewright/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"missing-data"_s,
                     Tr::tr("Built-in data file %1 is missing: %2").arg(relativePath, file.errorString())};
    return file.readAll();
}

} // namespace cw
