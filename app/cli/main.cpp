#include "cli.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
