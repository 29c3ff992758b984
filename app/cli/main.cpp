#include "cli.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // `export` lays text out in pages (PDF, ODT), which takes Qt GUI; headless unless told
    // otherwise, so that it runs on a server as the other commands do.
    const bool layout = argc > 1 && qstrcmp(argv[1], "export") == 0;
    if (layout && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(layout ? new QGuiApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("clausewright-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Clausewright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION));
    // Messages follow the system's language; reports (JSON field names, kinds) never change.
    cw::i18n::installTranslators(app, QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = cw::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
