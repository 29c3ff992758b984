#include "common/zip.h"

#include "common/tr.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace cw {

Result<std::map<QString, QByteArray>> zipParts(const QByteArray &bytes, const QStringList &only)
{
    const auto failed = [](const QString &why) {
        return Error{u"zip"_s, Tr::tr("Not a readable zip package: %1").arg(why)};
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return failed(Tr::tr("zip error %1").arg(zip.getZipError()));
    std::map<QString, QByteArray> parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return failed(Tr::tr("zip error %1").arg(zip.getZipError()));
        if (!only.isEmpty() && !only.contains(info.name))
            continue;
        if (qint64(info.uncompressedSize) > MaxZipPart)
            return failed(Tr::tr("%1 is larger than 64 MiB").arg(info.name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return failed(Tr::tr("cannot open %1 (zip error %2)").arg(info.name).arg(file.getZipError()));
        // The size in the header may lie: read at most one byte past the limit.
        QByteArray data = file.read(MaxZipPart + 1);
        file.close();
        if (data.size() > MaxZipPart)
            return failed(Tr::tr("%1 is larger than 64 MiB").arg(info.name));
        if (file.getZipError() != 0)
            return failed(Tr::tr("%1 is damaged (zip error %2)").arg(info.name).arg(file.getZipError()));
        parts[info.name] = std::move(data);
    }
    if (zip.getZipError() != 0)
        return failed(Tr::tr("zip error %1").arg(zip.getZipError()));
    return parts;
}

Result<QByteArray> writeZip(const std::vector<std::pair<QString, QByteArray>> &parts, const QDateTime &when)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto failed = [](int code) {
        return Error{u"zip"_s, Tr::tr("Cannot write the zip package (zip error %1).").arg(code)};
    };
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return failed(zip.getZipError());
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = when.toLocalTime();
        // ODF wants its "mimetype" first and stored, so that the type shows at a fixed offset.
        const int method = name == u"mimetype"_s ? 0 : Z_DEFLATED;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method) || file.write(bytes) != bytes.size())
            return failed(file.getZipError());
        file.close();
        if (file.getZipError() != 0)
            return failed(file.getZipError());
    }
    zip.close();
    if (zip.getZipError() != 0)
        return failed(zip.getZipError());
    return buffer.data();
}

} // namespace cw
