#include "policyfiles.h"

#include "formats.h"
#include "settingskeys.h"

#include "document/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QMimeData>
#include <QSettings>
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

QString exportPolicyDialog(QWidget *parent, const doc::PolicyDocument &document)
{
    // One filter per format, in formats::exportSuffixes() order.
    const QStringList filters{
        QCoreApplication::translate("PolicyFiles", "Word document (*.docx)"),
        QCoreApplication::translate("PolicyFiles", "OpenDocument text (*.odt)"),
        QCoreApplication::translate("PolicyFiles", "PDF (*.pdf)"),
        QCoreApplication::translate("PolicyFiles", "HTML page (*.html)"),
        QCoreApplication::translate("PolicyFiles", "Markdown (*.md)"),
    };
    const QStringList suffixes = formats::exportSuffixes();
    QSettings settings;
    const QFileInfo source(document.fileName);
    const QString suggested = QDir(settings.value(keys::lastDirectory(), source.absolutePath()).toString())
                                  .filePath(source.completeBaseName() + u".docx"_s);
    QString filter = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("PolicyFiles", "Export Policy"),
                                                suggested, filters.join(u";;"_s), &filter);
    if (path.isEmpty())
        return {};
    QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes.contains(suffix)) { // no suffix typed: the chosen filter's
        suffix = suffixes.value(std::max<qsizetype>(0, filters.indexOf(filter)));
        path += u'.' + suffix;
    }
    settings.setValue(keys::lastDirectory(), QFileInfo(path).absolutePath());
    const Result<QByteArray> bytes = formats::exportDocument(document, suffix);
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        const QString why = bytes ? QCoreApplication::translate("PolicyFiles", "%1: cannot write: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())
                                  : bytes.error().message;
        QMessageBox::warning(parent, QCoreApplication::translate("PolicyFiles", "Cannot Export Policy"), why);
        return {};
    }
    return path;
}

} // namespace cw::gui
