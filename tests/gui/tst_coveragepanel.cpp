// The Coverage dock, offscreen: requirement statuses and topics of a policy for a profile,
// evidence shown in the text on a click or Enter, switching profiles, a newer document
// superseding an older one, and the cue data missing (a message, not a crash). A small cue
// set written here stands in for resources/data/coverage/cues.json.

#include "coveragepanel.h"
#include "coveragetestdata.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "translations.h"

#include "document/importer.h"
#include "document/policydocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>
#include <QScopeGuard>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using cw::gui::CoverageModel;
using cw::gui::CoveragePanel;
using cw::gui::MainWindow;

namespace {

const QString englishPolicy = u"# Example Policy\n\n"
                              u"## Data retention\n\n"
                              u"We keep account data for two years after you close your account.\n\n"
                              u"## Your rights\n\n"
                              u"You have the right to access your data and the right to erasure.\n\n"
                              u"## Contact us\n\n"
                              u"Write to privacy@example.com with any question.\n"_s;

const QString russianPolicy = u"# Политика конфиденциальности\n\n"
                              u"## Хранение данных\n\n"
                              u"Мы храним данные в течение трёх лет после удаления учётной записи.\n\n"
                              u"## Права субъекта персональных данных\n\n"
                              u"Вы имеете право на доступ к своим данным и на их удаление.\n\n"
                              u"## Контакты\n\n"
                              u"Напишите нам: privacy@example.ru.\n"_s;

// No contact section, and the service is for kids: the conditional requirement is missing.
const QString kidsPolicy = u"# Homework Helper\n\n"
                           u"## How long we keep data\n\n"
                           u"We keep homework for one year.\n\n"
                           u"Our app is made for pupils and their parents.\n"_s;

class TestWindow : public MainWindow
{
public:
    QStringList errors;

protected:
    void reportError(const QString &, const QString &message) override { errors << message; }
};

cw::gui::CoverageDataLoader testLoader()
{
    return &cwguitest::testCoverageData;
}

// Opens a policy and waits for the import and the coverage analysis.
bool openAndAnalyse(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::documentLoaded);
    QSignalSpy analysed(window.coveragePanel(), &CoveragePanel::analysisFinished);
    QSignalSpy failed(window.coveragePanel(), &CoveragePanel::analysisFailed);
    window.openFile(path);
    return QTest::qWaitFor([&] { return !analysed.isEmpty() || !failed.isEmpty(); }, 20000) && !loaded.isEmpty()
           && !analysed.isEmpty();
}

std::shared_ptr<const cw::doc::PolicyDocument> importFile(const QString &path)
{
    auto imported = cw::doc::ImporterRegistry::withBuiltins().importFile(path);
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.error().message));
    return std::make_shared<const cw::doc::PolicyDocument>(std::move(imported).value());
}

// "id=status …" of the requirement rows, in order.
QString statuses(const QAbstractItemModel *model)
{
    QStringList out;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex row = model->index(r, 0, group);
            if (CoverageModel::Kind(row.data(CoverageModel::KindRole).toInt()) != CoverageModel::Kind::Requirement)
                continue;
            const auto status = cw::analysis::RequirementStatus(row.data(CoverageModel::StatusRole).toInt());
            out << row.data(CoverageModel::IdRole).toString() + u'=' + cw::analysis::requirementStatusName(status);
        }
    }
    return out.join(u' ');
}

QModelIndex findId(const QAbstractItemModel *model, const QString &id)
{
    const QModelIndexList hits =
        model->match(model->index(0, 0), CoverageModel::IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.constFirst();
}

// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return x > y ? x / y : y / x;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QStringList childTexts(const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < parent.model()->rowCount(parent); ++r)
        out << parent.model()->index(r, 0, parent).data().toString();
    return out;
}

} // namespace

class TestCoveragePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusesForProfile_data();
    void statusesForProfile();
    void clickShowsEvidence_data();
    void clickShowsEvidence();
    void switchingProfileChangesRows();
    void newerDocumentSupersedes();
    void cancelStopsAnalysis();
    void missingDataShowsMessage_data();
    void missingDataShowsMessage();
    void dockIsInViewMenu();
    void libraryClausesForGaps();
    void userCuesFile_data();
    void userCuesFile();
    void preferencesCuesFileReanalyses();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_tmp;
    QString m_english, m_russian, m_kids;
};

void TestCoveragePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_coveragepanel"_s);
    QVERIFY(m_tmp.isValid());
    m_english = m_tmp.filePath(u"example.en.md"_s);
    m_russian = m_tmp.filePath(u"политика.ru.md"_s);
    m_kids = m_tmp.filePath(u"kids.en.md"_s);
    QVERIFY(cwguitest::writeFile(m_english, englishPolicy));
    QVERIFY(cwguitest::writeFile(m_russian, russianPolicy));
    QVERIFY(cwguitest::writeFile(m_kids, kidsPolicy));
    const auto coverageData = cwguitest::testCoverageData();
    QVERIFY2(coverageData.ok(), coverageData.ok() ? "" : qPrintable(coverageData.error().message));
}

void TestCoveragePanel::init()
{
    QSettings().clear();
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

void TestCoveragePanel::cleanup()
{
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
    QSettings().clear();
}

void TestCoveragePanel::statusesForProfile_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file"); // english, russian, kids
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("profileName");
    QTest::addColumn<QString>("metText");
    QTest::addColumn<QStringList>("topicsFound");

    QTest::newRow("nominal: English policy, GDPR")
        << u"en"_s << u"english"_s << u"gdpr"_s
        << u"g.contact=met g.retention=met g.rights=partial g.children=conditional"_s << u"Test GDPR"_s
        << u"Met"_s << QStringList{u"Contact"_s, u"Retention"_s, u"Your rights"_s};
    QTest::newRow("nominal: English policy, 152-FZ")
        << u"en"_s << u"english"_s << u"ru152"_s << u"r.retention=met r.children=missing"_s << u"Test 152-FZ"_s
        << u"Met"_s << QStringList{u"Contact"_s, u"Retention"_s, u"Your rights"_s};
    QTest::newRow("nominal: all profiles")
        << u"en"_s << u"english"_s << u"all"_s
        << u"g.contact=met g.retention=met g.rights=partial g.children=conditional r.retention=met r.children=missing"_s
        << u"All profiles"_s << u"Met"_s << QStringList{u"Contact"_s, u"Retention"_s, u"Your rights"_s};
    QTest::newRow("Cyrillic: Russian policy, GDPR, Russian UI")
        << u"ru"_s << u"russian"_s << u"gdpr"_s
        << u"g.contact=met g.retention=met g.rights=partial g.children=conditional"_s << u"Тестовый GDPR"_s
        << u"Выполнено"_s << QStringList{u"Контакты"_s, u"Хранение"_s, u"Права"_s};
    QTest::newRow("robustness: no contact, a service for kids")
        << u"en"_s << u"kids"_s << u"gdpr"_s
        << u"g.contact=missing g.retention=met g.rights=missing g.children=missing"_s << u"Test GDPR"_s << u"Met"_s
        << QStringList{u"Retention"_s};
}

void TestCoveragePanel::statusesForProfile()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    QFETCH(QString, profileName);
    QFETCH(QString, metText);
    QFETCH(QStringList, topicsFound);

    TestWindow window;
    window.setUiLanguage(language);
    window.setCoverageDataLoader(testLoader());
    CoveragePanel *panel = window.coveragePanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->setProfile(profile);
    const QString path = file == "english"_L1 ? m_english : file == "russian"_L1 ? m_russian : m_kids;
    QVERIFY(openAndAnalyse(window, path));
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(u'\n')));
    QVERIFY(!panel->isAnalysing());

    const CoverageModel *model = panel->model();
    QCOMPARE(statuses(model), expected);
    auto *combo = panel->findChild<QComboBox *>(u"coverageProfileCombo"_s);
    QCOMPARE(combo->currentText(), profileName);
    QCOMPARE(combo->currentData().toString(), profile);

    // Topics found, by name in the UI language, under their group.
    const QModelIndex found = model->index(model->rowCount() - 2, 0);
    QCOMPARE(childTexts(found), topicsFound);
    QVERIFY(found.data().toString().contains(QString::number(topicsFound.size())));

    // A met requirement: its status in words and a badge; evidence rows below it.
    const QModelIndex retention = findId(model, profile == "ru152"_L1 ? u"r.retention"_s : u"g.retention"_s);
    QVERIFY(retention.isValid());
    QCOMPARE(retention.siblingAtColumn(CoverageModel::StatusColumn).data().toString(), metText);
    QVERIFY(!retention.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(retention.data(Qt::AccessibleTextRole).toString().startsWith(metText));
    QVERIFY(model->rowCount(retention) > 0);
    QVERIFY(retention.data(CoverageModel::RangeStartRole).toLongLong() >= 0);
    QVERIFY(!retention.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!retention.data(CoverageModel::CueRole).toString().isEmpty());

    // A missing requirement says so; a conditional one shows its condition.
    const QModelIndexList rows = model->match(model->index(0, 0), CoverageModel::KindRole,
                                              int(CoverageModel::Kind::Requirement), -1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &row : rows) {
        const auto status = cw::analysis::RequirementStatus(row.data(CoverageModel::StatusRole).toInt());
        if (status == cw::analysis::RequirementStatus::Missing) {
            QVERIFY2(!childTexts(row).isEmpty(), qPrintable(row.data().toString()));
            QCOMPARE(childTexts(row).constFirst(), language == "ru"_L1 ? u"Подтверждений не найдено"_s
                                                                       : u"No evidence found"_s);
        }
        if (status == cw::analysis::RequirementStatus::Conditional) {
            QCOMPARE(childTexts(row), QStringList{language == "ru"_L1 ? u"Только если сервис для детей"_s
                                                                      : u"Only if the service is for children"_s});
            QCOMPARE(row.data(CoverageModel::RangeStartRole).toLongLong(), -1);
        }
    }
    // The line above the tree counts the statuses.
    if (language == "en"_L1) {
        const auto count = [&expected](const char *status) {
            const QString tag = u'=' + QString::fromLatin1(status);
            return expected.count(tag + u' ') + (expected.endsWith(tag) ? 1 : 0);
        };
        QCOMPARE(panel->message(), u"%1 met, %2 partial, %3 missing, %4 conditional"_s.arg(count("met"))
                                       .arg(count("partial"))
                                       .arg(count("missing"))
                                       .arg(count("conditional")));
    }
}

void TestCoveragePanel::clickShowsEvidence_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("evidenceWord"); // in the first evidence of the requirement
    QTest::newRow("nominal: English retention heading") << u"english"_s << u"g.retention"_s << u"retention"_s;
    QTest::newRow("nominal: English contact") << u"english"_s << u"g.contact"_s << u"Contact"_s;
    QTest::newRow("Cyrillic: Russian rights") << u"russian"_s << u"g.rights"_s << u"Права"_s;
}

void TestCoveragePanel::clickShowsEvidence()
{
    QFETCH(QString, file);
    QFETCH(QString, requirement);
    QFETCH(QString, evidenceWord);

    TestWindow window;
    window.setCoverageDataLoader(testLoader());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.coveragePanel()->setProfile(u"gdpr"_s);
    QVERIFY(openAndAnalyse(window, file == "english"_L1 ? m_english : m_russian));

    QTreeView *view = window.coveragePanel()->view();
    auto *text = window.findChild<QPlainTextEdit *>(u"documentText"_s);
    QVERIFY(view->isVisible());
    const QModelIndex index = findId(view->model(), requirement);
    QVERIFY(index.isValid());
    const int start = index.data(CoverageModel::RangeStartRole).toInt();
    const int end = index.data(CoverageModel::RangeEndRole).toInt();
    QVERIFY(start >= 0 && end > start);

    // A click selects the evidence in the text, highlights it and brings it into view.
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(text->textCursor().selectionStart(), start);
    QCOMPARE(text->textCursor().selectionEnd(), end);
    QCOMPARE(text->textCursor().selectedText(), window.document()->textOf({start, end}));
    QVERIFY2(text->textCursor().selectedText().contains(evidenceWord), qPrintable(text->textCursor().selectedText()));
    QCOMPARE(text->extraSelections().size(), 1);
    QCOMPARE(text->extraSelections().constFirst().cursor.selectionStart(), start);
    QVERIFY(text->viewport()->rect().intersects(text->cursorRect()));

    // An evidence row leads to its own sentence; Enter hands the focus to the text.
    text->moveCursor(QTextCursor::Start);
    const QModelIndex evidence = view->model()->index(view->model()->rowCount(index) - 1, 0, index);
    QCOMPARE(CoverageModel::Kind(evidence.data(CoverageModel::KindRole).toInt()), CoverageModel::Kind::Evidence);
    view->expand(index);
    view->setFocus();
    view->setCurrentIndex(evidence);
    QCOMPARE(text->textCursor().selectionStart(), evidence.data(CoverageModel::RangeStartRole).toInt());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QCOMPARE(text->textCursor().selectionEnd(), evidence.data(CoverageModel::RangeEndRole).toInt());

    // A row without evidence (a group) leaves the text as it is.
    text->moveCursor(QTextCursor::Start);
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(text->textCursor().position(), 0);
    QVERIFY(!text->textCursor().hasSelection());
}

void TestCoveragePanel::switchingProfileChangesRows()
{
    TestWindow window;
    window.setCoverageDataLoader(testLoader());
    QVERIFY(openAndAnalyse(window, m_russian));
    CoveragePanel *panel = window.coveragePanel();
    auto *combo = panel->findChild<QComboBox *>(u"coverageProfileCombo"_s);
    // GDPR, 152-FZ, then All.
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), u"gdpr"_s);
    QCOMPARE(combo->itemData(1).toString(), u"ru152"_s);
    QCOMPARE(combo->itemData(2).toString(), u"all"_s);
    QCOMPARE(panel->profile(), u"all"_s); // the default

    // As the user does it: pick an entry in the combo.
    Q_EMIT combo->activated(1);
    QCOMPARE(panel->profile(), u"ru152"_s);
    QCOMPARE(statuses(panel->model()), u"r.retention=met r.children=missing"_s);
    QCOMPARE(panel->model()->index(0, 0).data().toString(), u"Test 152-FZ"_s);
    QCOMPARE(panel->model()->index(0, CoverageModel::StatusColumn).data().toString(), u"1/2"_s);
    QVERIFY(panel->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"1 of 2 requirements met"_s));
    Q_EMIT combo->activated(0);
    QCOMPARE(statuses(panel->model()), u"g.contact=met g.retention=met g.rights=partial g.children=conditional"_s);

    // Remembered for the next window; a profile the data lacks falls back to all.
    QCOMPARE(QSettings().value(u"coverage/profile"_s).toString(), u"gdpr"_s);
    {
        TestWindow second;
        second.setCoverageDataLoader(testLoader());
        QCOMPARE(second.coveragePanel()->profile(), u"gdpr"_s);
    }
    panel->setProfile(u"ccpa"_s);
    QCOMPARE(panel->profile(), u"all"_s);
    QCOMPARE(combo->currentData().toString(), u"all"_s);
}

void TestCoveragePanel::newerDocumentSupersedes()
{
    CoveragePanel panel(nullptr, testLoader());
    QSignalSpy finished(&panel, &CoveragePanel::analysisFinished);
    const auto english = importFile(m_english);
    const auto russian = importFile(m_russian);
    panel.setDocument(english);
    QVERIFY(panel.isAnalysing());
    panel.setDocument(russian);
    QVERIFY(finished.wait(20000));
    QTest::qWait(300); // the superseded analysis must not report late either
    QCOMPARE(finished.size(), 1);
    QCOMPARE(panel.model()->report()->document, russian);

    // Analysing again later (after the debounce) works and replaces the report.
    panel.setDocument(english);
    QVERIFY(!panel.model()->report()); // never the old ranges over the new text
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.model()->report()->document, english);
}

void TestCoveragePanel::cancelStopsAnalysis()
{
    // A loader that waits, so that the analysis is certainly running when it is cancelled.
    auto release = std::make_shared<std::atomic_bool>(false);
    CoveragePanel panel(nullptr, [release] {
        for (int k = 0; k < 1000 && !release->load(); ++k)
            QThread::msleep(10);
        return cwguitest::testCoverageData();
    });
    QSignalSpy finished(&panel, &CoveragePanel::analysisFinished);
    QSignalSpy failed(&panel, &CoveragePanel::analysisFailed);
    panel.setDocument(importFile(m_english));
    QVERIFY(panel.isAnalysing());
    QTest::qWait(250); // past the debounce: the job runs
    panel.cancel();
    QVERIFY(!panel.isAnalysing());
    release->store(true);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!panel.model()->report());
}

void TestCoveragePanel::missingDataShowsMessage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("robustness: cues.json missing")
        << u"en"_s << u"Built-in data file coverage/cues.json is missing: No such file or directory"_s
        << u"Coverage is not available"_s;
    QTest::newRow("robustness: cues.json missing, Russian UI (Cyrillic)")
        << u"ru"_s << u"Отсутствует встроенный файл данных coverage/cues.json"_s << u"Покрытие недоступно"_s;
}

void TestCoveragePanel::missingDataShowsMessage()
{
    QFETCH(QString, language);
    QFETCH(QString, message);
    QFETCH(QString, prefix);

    TestWindow window;
    window.setUiLanguage(language);
    window.setCoverageDataLoader([message]() -> cw::Result<std::shared_ptr<const cw::gui::CoverageData>> {
        return cw::Error{u"missing-data"_s, message};
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CoveragePanel *panel = window.coveragePanel();
    QSignalSpy failed(panel, &CoveragePanel::analysisFailed);
    QSignalSpy loaded(&window, &MainWindow::documentLoaded);
    window.openFile(m_english);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.constFirst().constFirst().toString(), message);
    // Said in the panel, calmly: no dialog, the document open as usual.
    QVERIFY(window.errors.isEmpty());
    QCOMPARE(loaded.size(), 1);
    QVERIFY2(panel->message().startsWith(prefix), qPrintable(panel->message()));
    QVERIFY(panel->message().contains(message));
    QVERIFY(panel->findChild<QLabel *>(u"coverageMessage"_s)->isVisible());
    QVERIFY(!panel->view()->isVisible());
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(!panel->findChild<QComboBox *>(u"coverageProfileCombo"_s)->isEnabled());

    // F6 passes over the empty panel instead of getting stuck on it.
    auto *text = window.findChild<QPlainTextEdit *>(u"documentText"_s);
    text->setFocus();
    QTest::keyClick(&window, Qt::Key_F6);
    QTRY_VERIFY(QApplication::focusWidget() != text);

    // The data comes back (a user's cue file fixed): the panel recovers.
    QSignalSpy finished(panel, &CoveragePanel::analysisFinished);
    window.setCoverageDataLoader(testLoader());
    QVERIFY(finished.wait(20000));
    QVERIFY(panel->view()->isVisible() || !window.isVisible());
    QVERIFY(panel->model()->rowCount() > 0);
}

void TestCoveragePanel::dockIsInViewMenu()
{
    TestWindow window;
    auto *dock = window.findChild<QDockWidget *>(u"coverageDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), u"Coverage"_s);
    auto *viewMenu = window.findChild<QMenu *>(u"viewMenu"_s);
    QVERIFY(viewMenu->actions().contains(dock->toggleViewAction()));
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_3));
    window.setUiLanguage(u"ru"_s);
    QTRY_COMPARE(dock->windowTitle(), u"Покрытие"_s);
}

// With the built-in data, a missing or partial requirement lists the library clauses that
// meet it; a met one does not.
void TestCoveragePanel::libraryClausesForGaps()
{
    CoveragePanel panel; // the built-in cues, profiles and clause library
    QSignalSpy finished(&panel, &CoveragePanel::analysisFinished);
    panel.setDocument(importFile(m_english));
    QVERIFY(finished.wait(20000));
    const QAbstractItemModel *model = panel.model();
    const QModelIndex complaint = findId(model, u"gdpr.13.2.d"_s);
    QVERIFY(complaint.isValid());
    QCOMPARE(cw::analysis::RequirementStatus(complaint.data(CoverageModel::StatusRole).toInt()),
             cw::analysis::RequirementStatus::Missing);
    QStringList notes;
    for (int r = 0; r < model->rowCount(complaint); ++r)
        notes << model->index(r, 0, complaint).data().toString();
    QVERIFY2(notes.contains(u"Library: complaint.gdpr"_s), qPrintable(notes.join(u" | "_s)));
    int met = 0, metWithLibrary = 0;
    for (const QModelIndex &row : model->match(model->index(0, 0), CoverageModel::KindRole, int(CoverageModel::Kind::Requirement), -1,
                                               Qt::MatchExactly | Qt::MatchRecursive)) {
        if (cw::analysis::RequirementStatus(row.data(CoverageModel::StatusRole).toInt()) != cw::analysis::RequirementStatus::Met)
            continue;
        ++met;
        for (int r = 0; r < model->rowCount(row); ++r)
            metWithLibrary += model->index(r, 0, row).data().toString().startsWith(u"Library:"_s);
    }
    QVERIFY(met > 0);
    QCOMPARE(metWithLibrary, 0);
}

void TestCoveragePanel::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("nominal: light palette, English UI") << u"en"_s << false;
    QTest::newRow("nominal: dark palette, Russian UI, Russian policy (Cyrillic)") << u"ru"_s << true;
}

// The statuses read in light and dark palettes; $CW_SCREENSHOT_DIR keeps the PNGs for a look.
void TestCoveragePanel::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    const QPalette before = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });

    TestWindow window;
    window.setUiLanguage(language);
    window.setCoverageDataLoader(testLoader());
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndAnalyse(window, language == "ru"_L1 ? m_russian : m_english));
    QTreeView *view = window.coveragePanel()->view();
    view->expandAll();
    QTest::qWait(50);

    // Every status's text stands out from the ground it is drawn on (WCAG: 3:1 for UI text).
    const QModelIndexList rows = view->model()->match(view->model()->index(0, 0), CoverageModel::KindRole,
                                                      int(CoverageModel::Kind::Requirement), -1,
                                                      Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!rows.isEmpty());
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const QModelIndex &row : rows) {
        const QColor ink = row.siblingAtColumn(CoverageModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(ink.isValid());
        QVERIFY2(contrast(ink, base) >= 3.0,
                 qPrintable(u"%1 on %2: %3"_s.arg(ink.name(), base.name()).arg(contrast(ink, base))));
    }

    const QImage image = window.grab().toImage();
    const QString png = cwguitest::screenshotPath(m_tmp, u"coverage-"_s + language + (dark ? u"-dark"_s : u""_s) + u".png"_s);
    QVERIFY2(image.save(png), qPrintable(png));
    qInfo("screenshot: %s", qPrintable(png));
    const int colours = cwguitest::distinctColours(image);
    QVERIFY2(colours > 20, qPrintable(u"only %1 colours"_s.arg(colours)));
}

// The user's cue file from the settings extends the built-in cues; a bad one is an error
// naming the file.
void TestCoveragePanel::userCuesFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("json"); // empty: the file does not exist
    QTest::addColumn<bool>("ok");

    QTest::newRow("nominal: a new topic") << u"mine.json"_s
        << QByteArray(R"({"topics": {"ai-use": {"name": {"en": "AI use", "ru": "Использование ИИ"},
                         "headings": {"en": ["artificial intelligence"], "ru": ["искусственн* интеллект*"]}}}})")
        << true;
    QTest::newRow("Cyrillic path, malformed cue") << u"мои-подсказки.json"_s
                                                  << QByteArray(R"({"topics": {"x": {"headings": {"ru": ["… данные"]}}}})")
                                                  << false;
    QTest::newRow("missing file") << u"nowhere.json"_s << QByteArray() << false;
}

void TestCoveragePanel::userCuesFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const QString path = m_tmp.filePath(fileName);
    if (!json.isEmpty())
        QVERIFY(cwguitest::writeFile(path, QString::fromUtf8(json)));
    QSettings().setValue(cw::gui::keys::coverageCuesFile(), path);
    const auto data = cw::gui::loadBuiltinCoverageData();
    QCOMPARE(data.ok(), ok);
    if (ok)
        QCOMPARE(data.value()->taxonomy.topics().back().id, u"ai-use"_s);
    else
        QVERIFY2(data.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(data.error().message));
}

void TestCoveragePanel::preferencesCuesFileReanalyses()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndAnalyse(window, m_english));
    const QString path = m_tmp.filePath(u"broken.json"_s);
    QVERIFY(cwguitest::writeFile(path, u"{"_s));
    QSignalSpy failed(window.coveragePanel(), &CoveragePanel::analysisFailed);
    window.setCuesFile(path);
    QCOMPARE(QSettings().value(cw::gui::keys::coverageCuesFile()).toString(), path);
    QVERIFY(failed.wait(20000));
    QVERIFY2(window.coveragePanel()->message().contains(u"broken.json"_s), qPrintable(window.coveragePanel()->message()));
    QSignalSpy analysed(window.coveragePanel(), &CoveragePanel::analysisFinished);
    window.setCuesFile(QString());
    QVERIFY(analysed.wait(20000));
}

QTEST_MAIN(TestCoveragePanel)
#include "tst_coveragepanel.moc"
