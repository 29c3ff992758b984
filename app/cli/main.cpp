#include "cli.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// The CLI reports on stderr in its own words, one line per problem (CLI.md). Qt's own chatter
// (a missing XDG_RUNTIME_DIR, font fallbacks when a PDF is laid out) is not for its readers;
// critical and fatal messages still come through.
void quietQt(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietQt);
    // `export` and a PDF redline lay text out in pages, which takes Qt GUI; headless unless
    // told otherwise, so that they run on a server as the other commands do.
    bool layout = argc > 1 && qstrcmp(argv[1], "export") == 0;
    for (int i = 2; i + 1 < argc && !layout; ++i) // compare --format pdf
        layout = qstrcmp(argv[i], "--format") == 0 && qstrcmp(argv[i + 1], "pdf") == 0;
    for (int i = 2; i < argc && !layout; ++i)
        layout = qstrcmp(argv[i], "--format=pdf") == 0;
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
