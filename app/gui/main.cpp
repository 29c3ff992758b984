#include "comparewindow.h"
#include "coveragepanel.h"
#include "gapswindow.h"
#include "editorwindow.h"
#include "mainwindow.h"
#include "newpolicywizard.h"
#include "settingskeys.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Clausewright"_s);
    QApplication::setApplicationName(u"Clausewright"_s);
    QApplication::setApplicationDisplayName(u"Clausewright"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(CW_VERSION));

    // Before the parser, so that --help speaks the user's language.
    cw::i18n::installTranslators(app, QSettings().value(cw::gui::keys::uiLanguage()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Main", "Write and compare privacy policies, and keep their English and Russian texts in sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("Main", "file"),
                                 QCoreApplication::translate("Main", "The policy to open."));
    const QCommandLineOption languageOption(
        u"ui-language"_s,
        QCoreApplication::translate("Main", "Use this interface language for this session: en or ru."),
        QCoreApplication::translate("Main", "language"));
    parser.addOption(languageOption);
    const QCommandLineOption compareOption(
        u"compare"_s,
        QCoreApplication::translate("Main", "Compare two versions of a policy: --compare OLD NEW."));
    parser.addOption(compareOption);
    const QCommandLineOption gapsOption(
        u"gaps"_s, QCoreApplication::translate(
                       "Main", "Find what reference policies cover and a draft lacks: --gaps DRAFT REF... (a "
                               "folder stands for the policies in it)."));
    parser.addOption(gapsOption);
    const QCommandLineOption editOption(
        u"edit"_s, QCoreApplication::translate("Main", "Open a project (.cwproj) or a policy in the editor."), u"file"_s);
    parser.addOption(editOption);
    // For the crash-recovery test: types this text into the editor's first pane.
    QCommandLineOption typeOption(u"type"_s, QString(), u"text"_s);
    typeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(typeOption);
    const QCommandLineOption newPolicyOption(
        u"new-policy"_s, QCoreApplication::translate("Main", "Open the New Policy wizard at startup."));
    parser.addOption(newPolicyOption);
    const QCommandLineOption answersOption(
        u"answers"_s,
        QCoreApplication::translate("Main", "With --new-policy: start from the answers in this file (JSON)."),
        u"file"_s);
    parser.addOption(answersOption);
    // For the README and for looking at the window in CI: grab the window once the file is
    // shown, write a PNG and quit.
    QCommandLineOption screenshotOption(u"screenshot"_s, QString(), u"png"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    parser.process(app);

    if (parser.isSet(languageOption))
        cw::i18n::installTranslators(app, parser.value(languageOption));

    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/clausewright/icons/clausewright-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    cw::gui::applyTheme(QSettings().value(cw::gui::keys::theme()).toString());
    cw::gui::MainWindow window;
    const QString screenshot = parser.value(screenshotOption);
    const QStringList files = parser.positionalArguments();

    if (parser.isSet(compareOption)) {
        if (files.size() != 2) {
            // QCommandLineParser::showMessageAndExit() exists only from Qt 6.9.
            qCritical("%s", qPrintable(QCoreApplication::translate("Main", "--compare needs two files: OLD NEW.")));
            return 2;
        }
        cw::gui::CompareWindow *compare = window.openCompare(files.at(0), files.at(1));
        // The main window stays hidden, and a window with a parent does not end the application
        // when it closes: closing this one (it deletes itself) must.
        QObject::connect(compare, &QObject::destroyed, &app, &QCoreApplication::quit);
        if (!screenshot.isEmpty()) {
            compare->resize(1280, 820);
            const auto grabAndQuit = [compare, screenshot] {
                QTimer::singleShot(300, compare, [compare, screenshot] {
                    const bool saved = compare->grab().save(screenshot, "PNG");
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            };
            QObject::connect(compare, &cw::gui::CompareWindow::comparisonFinished, compare, grabAndQuit);
            QObject::connect(compare, &cw::gui::CompareWindow::compareFailed, compare, grabAndQuit);
        }
        return app.exec();
    }

    if (parser.isSet(gapsOption)) {
        if (files.size() < 2) {
            qCritical("%s", qPrintable(QCoreApplication::translate(
                                "Main", "--gaps needs a draft and at least one reference: DRAFT REF...")));
            return 2;
        }
        cw::gui::GapsWindow *gaps = window.openGapsFor(files.at(0), files.mid(1));
        QObject::connect(gaps, &QObject::destroyed, &app, &QCoreApplication::quit); // as for --compare
        if (!screenshot.isEmpty()) {
            gaps->resize(1280, 820);
            const auto grabAndQuit = [gaps, screenshot] {
                QTimer::singleShot(300, gaps, [gaps, screenshot] {
                    const bool saved = gaps->grab().save(screenshot, "PNG");
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            };
            QObject::connect(gaps, &cw::gui::GapsWindow::gapsFinished, gaps, grabAndQuit);
            QObject::connect(gaps, &cw::gui::GapsWindow::gapsFailed, gaps, grabAndQuit);
        }
        return app.exec();
    }

    if (parser.isSet(editOption)) {
        cw::gui::EditorWindow *editor = window.openEditor(QFileInfo(parser.value(editOption)).absoluteFilePath());
        if (!editor)
            return 3;
        QObject::connect(editor, &QObject::destroyed, &app, &QCoreApplication::quit);
        if (parser.isSet(typeOption) && editor->project().languages.size() > 0) {
            QPlainTextEdit *pane = editor->pane(editor->project().languages.constFirst());
            pane->moveCursor(QTextCursor::End);
            pane->insertPlainText(parser.value(typeOption));
        }
        return app.exec();
    }

    if (parser.isSet(newPolicyOption)) {
        window.show();
        cw::gui::NewPolicyWizard *wizard = window.showNewPolicyWizard();
        if (parser.isSet(answersOption)) {
            QFile f(parser.value(answersOption));
            const QJsonDocument answers = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
            if (!answers.isObject()) {
                qCritical("%s", qPrintable(QCoreApplication::translate("Main", "%1: not a JSON file of answers.").arg(f.fileName())));
                return 3;
            }
            wizard->startFrom(answers.object());
            wizard->next(); // to the questionnaire
        }
        if (!screenshot.isEmpty()) {
            wizard->resize(1200, 780);
            QTimer::singleShot(800, wizard, [wizard, screenshot] {
                QCoreApplication::exit(wizard->grab().save(screenshot, "PNG") ? 0 : 1);
            });
        }
        return app.exec();
    }

    if (!screenshot.isEmpty()) {
        window.resize(1100, 720);
        const auto grabAndQuit = [&window, screenshot] {
            // Give the outline and the status bar one round of layout and painting.
            QTimer::singleShot(300, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        // A loaded policy is shown once its coverage is (or cannot be) analysed too.
        QObject::connect(window.coveragePanel(), &cw::gui::CoveragePanel::analysisFinished, &window, grabAndQuit);
        QObject::connect(window.coveragePanel(), &cw::gui::CoveragePanel::analysisFailed, &window, grabAndQuit);
        QObject::connect(&window, &cw::gui::MainWindow::openFailed, &window, grabAndQuit);
        if (files.isEmpty())
            grabAndQuit();
    }
    window.show();
    if (screenshot.isEmpty())
        QTimer::singleShot(0, &window, [&window] { window.offerCrashRecovery(); });

    if (!files.isEmpty()) {
        // A project (double-clicked in a file manager: the .desktop file's %f) opens in the
        // editor; a policy in the main window.
        const QString path = QFileInfo(files.constFirst()).absoluteFilePath();
        if (path.endsWith(QStringLiteral(".cwproj"), Qt::CaseInsensitive))
            window.openEditor(path);
        else
            window.openFile(path);
    }

    return app.exec();
}
