// The gaps window, offscreen: a draft against two references (English and Russian), the
// topics × documents heat map, the missing topics and unmatched sections, the sections side by
// side, sorting, references from a folder or a drop, unreadable references, Stop, and the cue
// data missing. A small cue set written here stands in for resources/data/coverage/cues.json.

#include "coveragetestdata.h"
#include "gapsmodel.h"
#include "gapswindow.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "translations.h"

#include "document/importer.h"
#include "document/policydocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using cw::gui::GapsListModel;
using cw::gui::GapsMatrixModel;
using cw::gui::GapsWindow;
using cw::gui::MainWindow;

namespace {

const QString englishDraft = u"# Draft Policy\n\n"
                             u"## How long we keep data\n\n"
                             u"We keep account data for two years.\n\n"
                             u"## Contact us\n\n"
                             u"Write to us at privacy@example.com.\n"_s;

const QString russianDraft = u"# Черновик политики\n\n"
                             u"## Хранение\n\n"
                             u"Мы храним данные в течение одного года.\n\n"
                             u"## Права субъекта персональных данных\n\n"
                             u"Вы имеете право на доступ к данным.\n"_s;

const QString alpha = u"# Alpha Privacy Policy\n\n"
                      u"## Data retention\n\n"
                      u"We retain personal data for three years after the account is closed.\n\n"
                      u"## Your rights\n\n"
                      u"You have the right to access and the right to erasure of your personal data.\n\n"
                      u"## Contact\n\n"
                      u"Write to our privacy team at privacy@alpha.example.\n\n"
                      u"## Newsletter\n\n"
                      u"We send a monthly newsletter with product news and offers to subscribers who ask for it.\n"_s;

const QString beta = u"# Политика Беты\n\n"
                     u"## Хранение данных\n\n"
                     u"Мы храним данные в течение пяти лет.\n\n"
                     u"## Права субъекта персональных данных\n\n"
                     u"Субъект имеет право на доступ к своим данным и на их удаление.\n"_s;

cw::gui::CoverageDataLoader testLoader()
{
    return &cwguitest::testCoverageData;
}

std::shared_ptr<const cw::doc::PolicyDocument> importFile(const QString &path)
{
    auto imported = cw::doc::ImporterRegistry::withBuiltins().importFile(path);
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.error().message));
    return std::make_shared<const cw::doc::PolicyDocument>(std::move(imported).value());
}

bool waitForGaps(GapsWindow &window)
{
    QSignalSpy finished(&window, &GapsWindow::gapsFinished);
    QSignalSpy failed(&window, &GapsWindow::gapsFailed);
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000) && !finished.isEmpty();
}

QChar letter(int cell)
{
    switch (GapsMatrixModel::Cell(cell)) {
    case GapsMatrixModel::Cell::Present:
        return u'P';
    case GapsMatrixModel::Cell::Gap:
        return u'G';
    case GapsMatrixModel::Cell::Absent:
        return u'A';
    }
    return u'?';
}

// "topic: P G A" per row as the view shows them (P present, G the draft's gap, A absent).
QStringList matrix(const QAbstractItemModel *model, const cw::gui::GapsReport &report)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int topic = model->index(row, 0).data(GapsMatrixModel::TopicRole).toInt();
        QString line = report.data->taxonomy.topics()[size_t(topic)].id + u':';
        for (int column = GapsMatrixModel::DraftColumn; column < model->columnCount(); ++column)
            line += u' ' + letter(model->index(row, column).data(GapsMatrixModel::CellRole).toInt());
        rows << line;
    }
    return rows;
}

QStringList childTexts(const QAbstractItemModel *model, int group, int column = 0)
{
    QStringList out;
    const QModelIndex parent = model->index(group, 0);
    for (int row = 0; row < model->rowCount(parent); ++row)
        out << model->index(row, column, parent).data().toString();
    return out;
}

} // namespace

class TestGapsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void matrixAndMissingTopics_data();
    void matrixAndMissingTopics();
    void sortingByHeader();
    void referencesFromFolderAndDrop_data();
    void referencesFromFolderAndDrop();
    void unreadableReferencesAreLeftOut_data();
    void unreadableReferencesAreLeftOut();
    void cancelStops();
    void newerRunSupersedes();
    void missingDataShowsMessage();
    void openedFromMainWindow();

private:
    QTemporaryDir m_tmp;
    QString m_alpha, m_beta, m_englishDraft, m_russianDraft, m_folder;
};

void TestGapsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_gapswindow"_s);
    QVERIFY(m_tmp.isValid());
    m_folder = m_tmp.filePath(u"образцы"_s);
    QVERIFY(QDir().mkpath(m_folder));
    m_alpha = m_folder + u"/alpha.en.md"_s;
    m_beta = m_folder + u"/бета.ru.md"_s;
    m_englishDraft = m_tmp.filePath(u"draft.en.md"_s);
    m_russianDraft = m_tmp.filePath(u"черновик.ru.md"_s);
    QVERIFY(cwguitest::writeFile(m_alpha, alpha));
    QVERIFY(cwguitest::writeFile(m_beta, beta));
    QVERIFY(cwguitest::writeFile(m_englishDraft, englishDraft));
    QVERIFY(cwguitest::writeFile(m_russianDraft, russianDraft));
    QVERIFY(cwguitest::writeFile(m_folder + u"/notes.bin"_s, u"not a policy"_s)); // not a policy suffix
}

void TestGapsWindow::init()
{
    QSettings().clear();
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

void TestGapsWindow::cleanup()
{
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
    QSettings().clear();
}

void TestGapsWindow::matrixAndMissingTopics_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("draft"); // "en" or "ru"
    QTest::addColumn<QStringList>("expectedMatrix");
    QTest::addColumn<QStringList>("missingTopics");
    QTest::addColumn<QStringList>("missingCounts");
    QTest::addColumn<QString>("draftHeader");
    QTest::addColumn<QString>("draftPaneContains");
    QTest::addColumn<QStringList>("referencePaneContains");

    QTest::newRow("nominal: English draft lacks rights, English UI")
        << u"en"_s << u"en"_s
        << QStringList{u"contact: P P A"_s, u"retention: P P P"_s, u"rights: G P P"_s, u"children: A A A"_s}
        << QStringList{u"Your rights"_s} << QStringList{u"in 2 references"_s} << u"Draft\ndraft.en.md"_s
        << u"The draft has nothing on this topic."_s
        << QStringList{u"alpha.en.md"_s, u"Your rights"_s, u"бета.ru.md"_s, u"Права субъекта персональных данных"_s};
    QTest::newRow("Cyrillic: Russian draft lacks contact, Russian UI")
        << u"ru"_s << u"ru"_s
        << QStringList{u"contact: G P A"_s, u"retention: P P P"_s, u"rights: P P P"_s, u"children: A A A"_s}
        << QStringList{u"Контакты"_s} << QStringList{u"в 1 образце"_s} << u"Черновик\nчерновик.ru.md"_s
        << u"В черновике нет ничего на эту тему."_s << QStringList{u"alpha.en.md"_s, u"Contact"_s};
}

void TestGapsWindow::matrixAndMissingTopics()
{
    QFETCH(QString, language);
    QFETCH(QString, draft);
    QFETCH(QStringList, expectedMatrix);
    QFETCH(QStringList, missingTopics);
    QFETCH(QStringList, missingCounts);
    QFETCH(QString, draftHeader);
    QFETCH(QString, draftPaneContains);
    QFETCH(QStringList, referencePaneContains);

    cw::i18n::installTranslators(*QCoreApplication::instance(), language);
    GapsWindow window(nullptr, testLoader());
    auto *matrixView = window.findChild<QTableView *>(u"gapsMatrixView"_s);
    auto *listView = window.findChild<QTreeView *>(u"gapsListView"_s);
    QAbstractItemModelTester matrixTester(matrixView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(listView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.setDraftFile(draft == "en"_L1 ? m_englishDraft : m_russianDraft);
    QVERIFY(!window.isRunning()); // no references yet: nothing to run
    window.addReferences({m_alpha, m_beta});
    QVERIFY(window.isRunning());
    QVERIFY(window.findChild<QProgressBar *>(u"gapsProgress"_s)->isVisible());
    QVERIFY(waitForGaps(window));
    QVERIFY(!window.isRunning());
    QVERIFY(!window.findChild<QProgressBar *>(u"gapsProgress"_s)->isVisible());
    QVERIFY(window.findChild<QLabel *>(u"gapsMessage"_s)->isHidden());
    const cw::gui::GapsReport *report = window.report();
    QVERIFY(report);
    QCOMPARE(report->documents.size(), size_t(3));

    // The heat map: a row per topic, the draft first, then the references as added.
    const QAbstractItemModel *model = matrixView->model();
    QCOMPARE(matrix(model, *report), expectedMatrix);
    QCOMPARE(model->headerData(GapsMatrixModel::DraftColumn, Qt::Horizontal).toString(), draftHeader);
    QCOMPARE(model->headerData(GapsMatrixModel::DraftColumn + 1, Qt::Horizontal).toString(), u"alpha.en.md"_s);
    QCOMPARE(model->headerData(GapsMatrixModel::DraftColumn + 2, Qt::Horizontal).toString(), u"бета.ru.md"_s);
    // Colour and a glyph: a gap reads without colour too.
    const QModelIndexList gaps = model->match(model->index(0, GapsMatrixModel::DraftColumn), GapsMatrixModel::CellRole,
                                              int(GapsMatrixModel::Cell::Gap));
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.constFirst().data().toString(), u"✗"_s);
    QVERIFY(gaps.constFirst().data(Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(gaps.constFirst().siblingAtColumn(GapsMatrixModel::ReferencesColumn).data().toInt(),
             missingCounts.constFirst().contains(u'2') ? 2 : 1);
    QCOMPARE(gaps.constFirst().siblingAtColumn(GapsMatrixModel::TopicColumn).data().toString(),
             missingTopics.constFirst());

    // The list: missing topics with "in N references", then the unmatched reference sections.
    const QAbstractItemModel *list = listView->model();
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(childTexts(list, 0), missingTopics);
    QCOMPARE(childTexts(list, 0, GapsListModel::CountColumn), missingCounts);
    QVERIFY2(childTexts(list, 1).contains(u"Newsletter"_s), qPrintable(childTexts(list, 1).join(u" | "_s)));
    for (const QString &count : childTexts(list, 1, GapsListModel::CountColumn))
        QVERIFY(!count.isEmpty());

    // The first gap is shown side by side at once: the draft has nothing, the references do.
    QCOMPARE(matrixView->currentIndex().data(GapsMatrixModel::TopicRole).toInt(),
             report->data->taxonomy.indexOf(report->result.missingTopics.front().topic));
    const QString draftText = window.findChild<QTextBrowser *>(u"gapsDraftPane"_s)->toPlainText();
    const QString referenceText = window.findChild<QTextBrowser *>(u"gapsReferencePane"_s)->toPlainText();
    QVERIFY2(draftText.contains(draftPaneContains), qPrintable(draftText));
    for (const QString &expected : referencePaneContains)
        QVERIFY2(referenceText.contains(expected), qPrintable(expected + u" not in: "_s + referenceText));

    // Picking a topic both have shows the sections of each side.
    const int retention = report->data->taxonomy.indexOf(u"retention"_s);
    window.selectTopic(retention);
    QVERIFY(window.findChild<QTextBrowser *>(u"gapsDraftPane"_s)->toPlainText().contains(
        draft == "en"_L1 ? u"two years"_s : u"одного года"_s));
    QVERIFY(window.findChild<QTextBrowser *>(u"gapsReferencePane"_s)->toPlainText().contains(u"пяти лет"_s));

    // An unmatched section: the reference's text, and the draft's closest section or a note.
    const QModelIndex newsletter = list->match(list->index(0, 0, list->index(1, 0)), Qt::DisplayRole,
                                               u"Newsletter"_s).value(0);
    QVERIFY(newsletter.isValid());
    listView->setCurrentIndex(newsletter);
    QVERIFY(window.findChild<QTextBrowser *>(u"gapsReferencePane"_s)->toPlainText().contains(u"monthly newsletter"_s));

    const QImage image = window.grab().toImage();
    const QString png = cwguitest::screenshotPath(m_tmp, u"gaps-"_s + language + u".png"_s);
    QVERIFY2(image.save(png), qPrintable(png));
    const int colours = cwguitest::distinctColours(image);
    QVERIFY2(colours > 20, qPrintable(u"only %1 colours"_s.arg(colours)));
}

void TestGapsWindow::sortingByHeader()
{
    GapsWindow window(nullptr, testLoader());
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setDraftFile(m_englishDraft);
    window.addReferences({m_alpha, m_beta});
    QVERIFY(waitForGaps(window));

    auto *view = window.findChild<QTableView *>(u"gapsMatrixView"_s);
    const QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    const auto clickHeader = [&](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const auto column = [&](int c, int role) {
        QList<int> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, c).data(role).toInt();
        return values;
    };

    // Until a header is clicked: the taxonomy's order.
    QCOMPARE(column(0, GapsMatrixModel::TopicRole), (QList<int>{0, 1, 2, 3}));
    // "How many references cover it": most first on the first click, fewest on the second.
    clickHeader(GapsMatrixModel::ReferencesColumn);
    QCOMPARE(column(GapsMatrixModel::ReferencesColumn, Qt::DisplayRole), (QList<int>{2, 2, 1, 0}));
    clickHeader(GapsMatrixModel::ReferencesColumn);
    QCOMPARE(column(GapsMatrixModel::ReferencesColumn, Qt::DisplayRole), (QList<int>{0, 1, 2, 2}));
    // The draft column: what it covers, then its gaps, then what nobody covers.
    clickHeader(GapsMatrixModel::DraftColumn);
    using Cell = GapsMatrixModel::Cell;
    QCOMPARE(column(GapsMatrixModel::DraftColumn, GapsMatrixModel::CellRole),
             (QList<int>{int(Cell::Present), int(Cell::Present), int(Cell::Gap), int(Cell::Absent)}));
    // Selecting a sorted row still shows its own topic.
    view->setCurrentIndex(model->index(2, 0));
    QVERIFY(window.findChild<QTextBrowser *>(u"gapsReferencePane"_s)->toPlainText().contains(u"Your rights"_s));
}

void TestGapsWindow::referencesFromFolderAndDrop_data()
{
    QTest::addColumn<bool>("drop");
    QTest::newRow("nominal: a folder of references (Cyrillic name)") << false;
    QTest::newRow("nominal: a folder dropped on the window (Cyrillic name)") << true;
}

void TestGapsWindow::referencesFromFolderAndDrop()
{
    QFETCH(bool, drop);
    GapsWindow window(nullptr, testLoader());
    window.setDraft(importFile(m_englishDraft));
    if (drop) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_folder)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropEvent);
    } else {
        window.addReferences({m_folder});
    }
    QVERIFY(waitForGaps(window));
    // The folder's two policies, in name order; the .bin file is not one.
    QCOMPARE(window.report()->documents.size(), size_t(3));
    QCOMPARE(QFileInfo(window.report()->documents[1]->fileName).fileName(), u"alpha.en.md"_s);
    QCOMPARE(QFileInfo(window.report()->documents[2]->fileName).fileName(), u"бета.ru.md"_s);
    QCOMPARE(window.references(), QStringList{QFileInfo(m_folder).absoluteFilePath()});

    // Text is not a reference.
    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent enterText(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enterText.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enterText);
    QVERIFY(!enterText.isAccepted());
}

void TestGapsWindow::unreadableReferencesAreLeftOut_data()
{
    QTest::addColumn<QString>("badName");
    QTest::newRow("robustness: a missing file") << u"gone.md"_s;
    QTest::newRow("robustness: a missing file, Cyrillic name") << u"пропавший.md"_s;
}

void TestGapsWindow::unreadableReferencesAreLeftOut()
{
    QFETCH(QString, badName);
    GapsWindow window(nullptr, testLoader());
    window.setDraft(importFile(m_englishDraft));
    window.addReferences({m_tmp.filePath(badName), m_alpha});
    QVERIFY(waitForGaps(window));
    QCOMPARE(window.report()->documents.size(), size_t(2));
    auto *message = window.findChild<QLabel *>(u"gapsMessage"_s);
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(badName), qPrintable(message->text()));

    // Only unreadable references: nothing to compare, said in the window.
    QSignalSpy failed(&window, &GapsWindow::gapsFailed);
    window.setReferences({m_tmp.filePath(badName)});
    QVERIFY(failed.wait(20000));
    QVERIFY(message->text().contains(u"None of the references could be read."_s));
    QVERIFY(message->text().contains(badName));
}

void TestGapsWindow::cancelStops()
{
    // A loader that waits, so that the run is certainly going when Stop is pressed.
    auto release = std::make_shared<std::atomic_bool>(false);
    GapsWindow window(nullptr, [release] {
        for (int k = 0; k < 1000 && !release->load(); ++k)
            QThread::msleep(10);
        return cwguitest::testCoverageData();
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &GapsWindow::gapsFinished);
    QSignalSpy failed(&window, &GapsWindow::gapsFailed);
    window.setDraft(importFile(m_englishDraft));
    window.addReferences({m_alpha, m_beta});
    QVERIFY(window.isRunning());
    auto *stop = window.findChild<QAction *>(u"stopGapsAction"_s);
    QVERIFY(stop->isEnabled());
    stop->trigger();
    QVERIFY(!window.isRunning());
    QVERIFY(!stop->isEnabled());
    QVERIFY(!window.findChild<QProgressBar *>(u"gapsProgress"_s)->isVisible());
    release->store(true);
    QTest::qWait(300); // the stopped run must not report late
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!window.report());

    // F5 runs again.
    window.findChild<QAction *>(u"findGapsAgainAction"_s)->trigger();
    QVERIFY(finished.wait(20000));
    QVERIFY(window.report());
}

void TestGapsWindow::newerRunSupersedes()
{
    GapsWindow window(nullptr, testLoader());
    QSignalSpy finished(&window, &GapsWindow::gapsFinished);
    window.setDraft(importFile(m_englishDraft));
    window.addReferences({m_alpha});
    window.addReferences({m_beta});
    QVERIFY(finished.wait(20000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(window.report()->documents.size(), size_t(3));

    window.clearReferences();
    QVERIFY(!window.report());
    QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), 0);
}

void TestGapsWindow::missingDataShowsMessage()
{
    const QString error = u"Built-in data file coverage/cues.json is missing: No such file or directory"_s;
    GapsWindow window(nullptr, [error]() -> cw::Result<std::shared_ptr<const cw::gui::CoverageData>> {
        return cw::Error{u"missing-data"_s, error};
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(&window, &GapsWindow::gapsFailed);
    window.setDraft(importFile(m_englishDraft));
    window.addReferences({m_alpha, m_beta});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.constFirst().constFirst().toString(), error);
    auto *message = window.findChild<QLabel *>(u"gapsMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), error);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), 0); // still asking for references
    QVERIFY(!window.isRunning());
}

void TestGapsWindow::openedFromMainWindow()
{
    MainWindow main;
    main.setCoverageDataLoader(testLoader());
    auto *action = main.findChild<QAction *>(u"findGapsAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no draft yet
    QCOMPARE(main.openGaps(), nullptr);
    QSignalSpy loaded(&main, &MainWindow::documentLoaded);
    main.openFile(m_russianDraft);
    QVERIFY(loaded.wait(20000));
    QVERIFY(action->isEnabled());

    GapsWindow *window = main.openGaps({m_alpha, m_beta});
    QVERIFY(window);
    QVERIFY(waitForGaps(*window));
    // The policy on screen is the draft, as it is, not read again.
    QCOMPARE(window->report()->documents[0].get(), main.document());
    QVERIFY(window->windowTitle().contains(u"черновик.ru.md"_s));
    window->close(); // deletes itself
}

QTEST_MAIN(TestGapsWindow)
#include "tst_gapswindow.moc"
