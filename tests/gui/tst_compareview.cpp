// The compare window, offscreen: aligned rows, next/previous change, the changed-sections
// filter, moved text linked across, the summary, options that compare again, cancelling,
// the open paths (dropping two files) and screenshots in both languages.
//
// Most tests feed the window hand-made DiffResult values through an injected compare
// function, so that they check the view and not the algorithm; the last ones run core's
// compare() on the fixtures tests/data/gui/harbor.v1/v2.{en,ru}.md.

#include "guitestutil.h"
#include "comparemodel.h"
#include "compareview.h"
#include "comparewindow.h"
#include "mainwindow.h"
#include "translations.h"

#include "diff/diff.h"
#include "document/policydocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QMutex>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using cw::diff::DiffResult;
using cw::diff::Op;
using cw::diff::OpKind;
using cw::diff::RowStatus;
using cw::diff::SectionStatus;
using cw::gui::CompareModel;
using cw::gui::CompareView;
using cw::gui::CompareWindow;

namespace {

using cwguitest::fixture;

// Builds two texts and a DiffResult over them by hand, in reading order:
//   Script s; s.row(RowStatus::Changed).eq(u"We keep "_s).del(u"30"_s).ins(u"14"_s).eq(u" days.\n\n"_s);
// Rows and sections end where the next one starts; finish() closes them.
class Script
{
public:
    Script &section(const QString &oldTitle, const QString &newTitle, SectionStatus status)
    {
        closeSection();
        cw::diff::SectionMatch match;
        match.title = {oldTitle, newTitle};
        match.present = {status != SectionStatus::Added, status != SectionStatus::Removed};
        match.status = status;
        match.range = {{{pos(0), pos(0)}, {pos(1), pos(1)}}};
        m_result.sections.push_back(match);
        m_sectionOpen = true;
        return *this;
    }
    Script &row(RowStatus status)
    {
        closeRow();
        cw::diff::Row row;
        row.status = status;
        row.range = {{{pos(0), pos(0)}, {pos(1), pos(1)}}};
        row.firstOp = int(m_result.ops.size());
        m_result.rows.push_back(row);
        m_rowOpen = true;
        return *this;
    }
    Script &eq(const QString &text) { return op(OpKind::Equal, text, text); }
    Script &ins(const QString &text) { return op(OpKind::Insert, {}, text); }
    Script &del(const QString &text) { return op(OpKind::Delete, text, {}); }
    Script &moveFrom(int id, const QString &text)
    {
        op(OpKind::Move, text, {}, cw::diff::MoveEnd::From, id);
        m_moveSource[id] = m_result.ops.back().range[cw::diff::Old];
        return *this;
    }
    Script &moveTo(int id, const QString &text)
    {
        op(OpKind::Move, {}, text, cw::diff::MoveEnd::To, id);
        m_result.ops.back().range[cw::diff::Old] = m_moveSource.value(id);
        return *this;
    }
    Script &stats(qint64 inserted, qint64 deleted, qint64 moved, qint64 unchanged, int sections)
    {
        m_result.stats = {inserted, deleted, moved, unchanged, sections};
        return *this;
    }
    DiffResult finish()
    {
        closeRow();
        closeSection();
        return m_result;
    }
    std::shared_ptr<const cw::doc::PolicyDocument> document(int side, const QString &fileName) const
    {
        auto document = std::make_shared<cw::doc::PolicyDocument>();
        document->fileName = fileName;
        document->format = u"markdown"_s;
        document->text = m_text[side];
        return document;
    }

private:
    qsizetype pos(int side) const { return m_text[side].size(); }
    Script &op(OpKind kind, const QString &oldText, const QString &newText,
               cw::diff::MoveEnd end = cw::diff::MoveEnd::None, int id = -1)
    {
        Op op;
        op.kind = kind;
        op.moveEnd = end;
        op.moveId = id;
        const std::array<QString, 2> texts{oldText, newText};
        for (int s = 0; s < 2; ++s) {
            op.range[s] = {pos(s), pos(s) + texts[s].size()};
            m_text[s] += texts[s];
        }
        m_result.ops.push_back(op);
        return *this;
    }
    void closeRow()
    {
        if (!m_rowOpen)
            return;
        auto &row = m_result.rows.back();
        row.range[0].end = pos(0);
        row.range[1].end = pos(1);
        row.lastOp = int(m_result.ops.size());
        m_rowOpen = false;
    }
    void closeSection()
    {
        if (!m_sectionOpen)
            return;
        auto &match = m_result.sections.back();
        for (int s = 0; s < 2; ++s)
            match.range[s].end = match.present[s] ? pos(s) : match.range[s].start;
        m_sectionOpen = false;
    }

    std::array<QString, 2> m_text;
    DiffResult m_result;
    QHash<int, cw::doc::TextRange> m_moveSource;
    bool m_rowOpen = false;
    bool m_sectionOpen = false;
};

// A short policy in two versions, each kind of row once. Rows (E = equal):
//  0 E heading   1 Changed   2 E heading   3 Moved (from)   4 Removed   5 E heading (equal section)
//  6 E           7 E heading 8 Added       9 Moved (to)
Script englishScript()
{
    Script t;
    t.section(u"1. Who we are"_s, u"1. Who we are"_s, SectionStatus::Changed)
        .row(RowStatus::Equal).eq(u"## 1. Who we are\n\n"_s)
        .row(RowStatus::Changed).eq(u"Harbor Notes is made by Quayside Software "_s).del(u"Ltd"_s).ins(u"Limited"_s)
        .eq(u".\n\n"_s);
    t.section(u"2. What we collect"_s, u"2. What we collect"_s, SectionStatus::Changed)
        .row(RowStatus::Equal).eq(u"## 2. What we collect\n\n"_s)
        .row(RowStatus::Moved).moveFrom(7, u"We do not read your notes, and we never show them to advertisers."_s)
        .eq(u"\n\n"_s)
        .row(RowStatus::Removed).del(u"Our website uses a single cookie to keep you signed in.\n\n"_s);
    t.section(u"3. Your choices"_s, u"3. Your choices"_s, SectionStatus::Equal)
        .row(RowStatus::Equal).eq(u"## 3. Your choices\n\n"_s)
        .row(RowStatus::Equal).eq(u"You can export your notes at any time from the Settings menu.\n\n"_s);
    t.section(u""_s, u"4. Sharing"_s, SectionStatus::Added)
        .row(RowStatus::Added).ins(u"## 4. Sharing\n\n"_s)
        .row(RowStatus::Added).ins(u"We store your notes in the European Union.\n\n"_s)
        .row(RowStatus::Moved).moveTo(7, u"We do not read your notes, and we never show them to advertisers."_s)
        .ins(u"\n"_s);
    t.stats(9, 11, 12, 30, 3);
    return t;
}

Script russianScript()
{
    Script t;
    t.section(u"1. Кто мы"_s, u"1. Кто мы"_s, SectionStatus::Changed)
        .row(RowStatus::Equal).eq(u"## 1. Кто мы\n\n"_s)
        .row(RowStatus::Changed).eq(u"Приложение Harbor Notes делает компания "_s).ins(u"ООО "_s)
        .eq(u"«Куэйсайд Софтвер»"_s).del(u" Лтд"_s).eq(u".\n\n"_s);
    t.section(u"2. Какие данные мы собираем"_s, u"2. Какие данные мы собираем"_s, SectionStatus::Changed)
        .row(RowStatus::Equal).eq(u"## 2. Какие данные мы собираем\n\n"_s)
        .row(RowStatus::Moved).moveFrom(3, u"Мы не читаем ваши заметки и никогда не показываем их рекламодателям."_s)
        .eq(u"\n\n"_s)
        .row(RowStatus::Removed).del(u"Наш сайт использует один файл cookie, чтобы вы оставались в системе.\n\n"_s);
    t.section(u"3. Ваш выбор"_s, u"3. Ваш выбор"_s, SectionStatus::Equal)
        .row(RowStatus::Equal).eq(u"## 3. Ваш выбор\n\n"_s)
        .row(RowStatus::Equal).eq(u"Вы можете в любой момент выгрузить заметки в меню «Настройки».\n\n"_s);
    t.section(u""_s, u"4. Передача данных"_s, SectionStatus::Added)
        .row(RowStatus::Added).ins(u"## 4. Передача данных\n\n"_s)
        .row(RowStatus::Added).ins(u"Мы храним заметки в Европейском союзе.\n\n"_s)
        .row(RowStatus::Moved).moveTo(3, u"Мы не читаем ваши заметки и никогда не показываем их рекламодателям."_s)
        .ins(u"\n"_s);
    t.stats(11, 10, 9, 24, 3);
    return t;
}

Script scriptFor(const QString &language)
{
    return language == "ru"_L1 ? russianScript() : englishScript();
}

// Records errors instead of showing a dialog.
class TestCompareWindow : public CompareWindow
{
public:
    using CompareWindow::CompareWindow;
    QStringList errors;

protected:
    void reportError(const QString &, const QString &message) override { errors << message; }
};

// A compare function that returns a prepared result and records how it was called.
struct FakeCompare
{
    DiffResult result;
    std::shared_ptr<std::atomic_int> calls = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<QMutex> mutex = std::make_shared<QMutex>();
    std::shared_ptr<cw::diff::DiffOptions> lastOptions = std::make_shared<cw::diff::DiffOptions>();

    cw::gui::CompareFunction function() const
    {
        return [result = result, calls = calls, mutex = mutex, lastOptions = lastOptions](
                   const cw::doc::PolicyDocument &, const cw::doc::PolicyDocument &,
                   const cw::diff::DiffOptions &options) -> cw::Result<DiffResult> {
            ++*calls;
            QMutexLocker lock(mutex.get());
            *lastOptions = options;
            lastOptions->cancel = nullptr;
            return result;
        };
    }
    cw::diff::DiffOptions options() const
    {
        QMutexLocker lock(mutex.get());
        return *lastOptions;
    }
};

bool waitForComparison(CompareWindow &window)
{
    QSignalSpy finished(&window, &CompareWindow::comparisonFinished);
    QSignalSpy failed(&window, &CompareWindow::compareFailed);
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000) && !finished.isEmpty();
}

// Shows a window comparing the script's two texts through a fake compare.
bool showScript(TestCompareWindow &window, const Script &script)
{
    QSignalSpy finished(&window, &CompareWindow::comparisonFinished);
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.setDocuments(script.document(0, u"old.md"_s), script.document(1, u"new.md"_s));
    return finished.wait(20000) || !finished.isEmpty();
}

CompareView *viewOf(const CompareWindow &window)
{
    return window.findChild<CompareView *>(u"compareView"_s);
}

QString labelText(const CompareWindow &window, const char *name)
{
    return window.findChild<QLabel *>(QString::fromLatin1(name))->text();
}

QAction *actionOf(const CompareWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

int sourceRow(const QModelIndex &index)
{
    return index.data(CompareModel::SourceRowRole).toInt();
}

// Trimmed text of a range, as the view shows it (no blank lines at either end).
QString shownText(const QString &text, const cw::doc::TextRange &range)
{
    QString shown = text.mid(range.start, range.length());
    while (shown.startsWith(u'\n'))
        shown.remove(0, 1);
    while (!shown.isEmpty() && shown.back().isSpace())
        shown.chop(1);
    return shown;
}

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsAreAligned_data();
    void rowsAreAligned();
    void f7MovesToNextChange_data();
    void f7MovesToNextChange();
    void filterHidesUnchangedSections_data();
    void filterHidesUnchangedSections();
    void movedTextLinksToCounterpart_data();
    void movedTextLinksToCounterpart();
    void summaryShowsCounts_data();
    void summaryShowsCounts();
    void optionsCompareAgain();
    void cancelStopsComparison();
    void sectionListJumpsToSection();
    void coreCompareOfFixtures_data();
    void coreCompareOfFixtures();
    void ignoringYoHidesTheChange();
    void missingFileIsReported();
    void droppingTwoFilesOpensCompare();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_tmp;
};

void TestCompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_compareview"_s);
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(fixture(u"harbor.v1.en.md"_s)), "fixture missing");
}

void TestCompareView::init()
{
    QSettings().clear();
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

void TestCompareView::cleanup()
{
    cw::i18n::installTranslators(*QCoreApplication::instance(), u"en"_s);
    QSettings().clear();
}

void TestCompareView::rowsAreAligned_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nominal: English versions") << u"en"_s;
    QTest::newRow("nominal: Russian versions (Cyrillic)") << u"ru"_s;
}

// One table row per DiffResult row; both sides of a row share its top and its height, and
// show exactly that row's text of their document.
void TestCompareView::rowsAreAligned()
{
    QFETCH(QString, language);
    const Script script = scriptFor(language);
    FakeCompare fake{scriptFor(language).finish()};
    const DiffResult result = fake.result;
    TestCompareWindow window(nullptr, fake.function());
    CompareView *view = viewOf(window);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showScript(window, script));
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(u'\n')));

    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), int(result.rows.size()));
    QCOMPARE(model->columnCount(), 2);
    const auto oldDoc = script.document(0, {});
    const auto newDoc = script.document(1, {});
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex left = model->index(row, cw::diff::Old);
        const QModelIndex right = model->index(row, cw::diff::New);
        QCOMPARE(left.data().toString(), shownText(oldDoc->text, result.rows[size_t(row)].range[0]));
        QCOMPARE(right.data().toString(), shownText(newDoc->text, result.rows[size_t(row)].range[1]));
        const QRect l = view->visualRect(left);
        const QRect r = view->visualRect(right);
        QCOMPARE(l.top(), r.top());
        QCOMPARE(l.height(), r.height());
        QVERIFY(l.right() < r.left());
        // Tall enough for the text at this width.
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = l;
        QVERIFY(view->compareDelegate()->sizeHint(option, left).height() <= l.height() + 1);
    }
    // Both columns are the same width, and word wrap leaves no horizontal scrolling.
    QVERIFY(qAbs(view->columnWidth(0) - view->columnWidth(1)) <= 1);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // The header names the files.
    QVERIFY(model->headerData(0, Qt::Horizontal).toString().contains(u"old.md"_s));
    QVERIFY(model->headerData(1, Qt::Horizontal).toString().contains(u"new.md"_s));
}

void TestCompareView::f7MovesToNextChange_data()
{
    rowsAreAligned_data();
}

void TestCompareView::f7MovesToNextChange()
{
    QFETCH(QString, language);
    FakeCompare fake{scriptFor(language).finish()};
    TestCompareWindow window(nullptr, fake.function());
    QVERIFY(showScript(window, scriptFor(language)));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CompareView *view = viewOf(window);
    view->setFocus();

    QList<int> changed;
    for (size_t i = 0; i < fake.result.rows.size(); ++i) {
        if (fake.result.rows[i].status != RowStatus::Equal)
            changed << int(i);
    }
    QCOMPARE(changed, (QList<int>{1, 3, 4, 7, 8, 9}));
    for (int expected : std::as_const(changed)) {
        QTest::keyClick(&window, Qt::Key_F7);
        QCOMPARE(view->currentIndex().row(), expected);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
    }
    // An added row puts the cursor on the side that has text.
    QCOMPARE(view->currentIndex().column(), int(cw::diff::New));
    QTest::keyClick(&window, Qt::Key_F7); // nothing further: stays
    QCOMPARE(view->currentIndex().row(), changed.last());
    QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), changed.at(changed.size() - 2));
    QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
    QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 4);
    QCOMPARE(view->currentIndex().column(), int(cw::diff::Old)); // removed: the old side
}

void TestCompareView::filterHidesUnchangedSections_data()
{
    rowsAreAligned_data();
}

// "Changed sections only" hides the rows of the unchanged section 3 and nothing else; the
// equal heading rows of changed sections stay as context.
void TestCompareView::filterHidesUnchangedSections()
{
    QFETCH(QString, language);
    FakeCompare fake{scriptFor(language).finish()};
    TestCompareWindow window(nullptr, fake.function());
    QVERIFY(showScript(window, scriptFor(language)));
    CompareView *view = viewOf(window);
    const QAbstractItemModel *model = view->model();
    const int all = model->rowCount();

    QAction *filter = actionOf(window, "changedSectionsOnlyAction");
    QCOMPARE(filter->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    filter->trigger();
    QVERIFY(filter->isChecked());
    QCOMPARE(model->rowCount(), all - 2);
    QSet<int> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(sourceRow(model->index(row, 0)));
    QVERIFY(!shown.contains(5) && !shown.contains(6));
    for (size_t i = 0; i < fake.result.rows.size(); ++i) {
        if (fake.result.rows[i].status != RowStatus::Equal)
            QVERIFY2(shown.contains(int(i)), qPrintable(u"changed row %1 hidden"_s.arg(i)));
    }
    QVERIFY(shown.contains(0) && shown.contains(2)); // context in changed sections
    // Rows keep their alignment and their own heights after filtering.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(view->visualRect(model->index(row, 0)).top(), view->visualRect(model->index(row, 1)).top());
    QVERIFY(QSettings().value(u"compare/changedSectionsOnly"_s).toBool());

    filter->trigger();
    QCOMPARE(model->rowCount(), all);
}

void TestCompareView::movedTextLinksToCounterpart_data()
{
    rowsAreAligned_data();
}

// Clicking the moved text on one side shows its other place; Ctrl+J goes back.
void TestCompareView::movedTextLinksToCounterpart()
{
    QFETCH(QString, language);
    FakeCompare fake{scriptFor(language).finish()};
    TestCompareWindow window(nullptr, fake.function());
    QVERIFY(showScript(window, scriptFor(language)));
    CompareView *view = viewOf(window);
    const QAbstractItemModel *model = view->model();

    const QModelIndex from = model->index(3, cw::diff::Old);
    const auto move = std::find_if(fake.result.ops.cbegin(), fake.result.ops.cend(),
                                   [](const Op &op) { return op.kind == OpKind::Move; });
    QCOMPARE(from.data(CompareModel::MoveIdsRole).value<QList<int>>(), QList<int>{move->moveId});
    view->scrollTo(from);
    // The moved text fills the row, starting with the link glyph at its top left.
    const QPoint onLink = view->visualRect(from).topLeft() + QPoint(20, 10);
    QSignalSpy linked(view, &CompareView::moveLinkActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(linked.size(), 1);
    QCOMPARE(view->currentIndex().row(), 9);
    QCOMPARE(view->currentIndex().column(), int(cw::diff::New));
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));

    // Ctrl+J from there: back to where it came from.
    actionOf(window, "moveCounterpartAction")->trigger();
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(view->currentIndex().column(), int(cw::diff::Old));

    // Clicking plain text is no link.
    const QModelIndex plain = model->index(1, cw::diff::Old);
    view->scrollTo(plain);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(plain).topLeft() + QPoint(30, 10));
    QCOMPARE(linked.size(), 1);
    QCOMPARE(view->currentIndex(), plain);
}

void TestCompareView::summaryShowsCounts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // inserted, deleted, moved, sections
    QTest::newRow("nominal: English UI")
        << u"en"_s << QStringList{u"9 words inserted"_s, u"11 words deleted"_s, u"12 words moved"_s,
                                  u"3 sections changed"_s};
    // Russian plurals: 11 → "слов", 9 → "слов", 3 → "раздела".
    QTest::newRow("nominal: Russian UI (Cyrillic, plural forms)")
        << u"ru"_s << QStringList{u"Вставлено 11 слов"_s, u"Удалено 10 слов"_s, u"Перемещено 9 слов"_s,
                                  u"Изменено 3 раздела"_s};
}

void TestCompareView::summaryShowsCounts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    cw::i18n::installTranslators(*QCoreApplication::instance(), language);
    FakeCompare fake{scriptFor(language).finish()};
    TestCompareWindow window(nullptr, fake.function());
    QVERIFY(showScript(window, scriptFor(language)));
    QCOMPARE(labelText(window, "insertedLabel"), expected.at(0));
    QCOMPARE(labelText(window, "deletedLabel"), expected.at(1));
    QCOMPARE(labelText(window, "movedLabel"), expected.at(2));
    QCOMPARE(labelText(window, "sectionsChangedLabel"), expected.at(3));
    if (language == "ru"_L1) {
        QVERIFY(hasCyrillic(actionOf(window, "nextChangeAction")->text()));
        QVERIFY(hasCyrillic(actionOf(window, "changedSectionsOnlyAction")->text()));
    }
}

// Every option is a toggle that compares again, with that option, and is remembered.
void TestCompareView::optionsCompareAgain()
{
    FakeCompare fake{englishScript().finish()};
    TestCompareWindow window(nullptr, fake.function());
    QVERIFY(showScript(window, englishScript()));
    QCOMPARE(fake.calls->load(), 1);
    QCOMPARE(fake.options().ignore, cw::diff::IgnoreOptions());
    QCOMPARE(fake.options().granularity, cw::diff::Granularity::Word);
    QVERIFY(fake.options().detectMoves);

    const std::array<std::pair<const char *, cw::diff::IgnoreOption>, 6> toggles{{
        {"ignoreCaseAction", cw::diff::IgnoreOption::Case},
        {"ignoreWhitespaceAction", cw::diff::IgnoreOption::Whitespace},
        {"ignoreQuotesAction", cw::diff::IgnoreOption::Quotes},
        {"ignoreYoAction", cw::diff::IgnoreOption::Yo},
        {"ignoreNumberingAction", cw::diff::IgnoreOption::Numbering},
        {"ignoreMarkupAction", cw::diff::IgnoreOption::Markup},
    }};
    cw::diff::IgnoreOptions expected;
    int calls = 1;
    for (const auto &[name, option] : toggles) {
        QAction *action = actionOf(window, name);
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
        action->trigger();
        expected |= option;
        QVERIFY(waitForComparison(window));
        QCOMPARE(fake.calls->load(), ++calls);
        QCOMPARE(fake.options().ignore, expected);
    }
    actionOf(window, "byCharactersAction")->trigger();
    QVERIFY(waitForComparison(window));
    QCOMPARE(fake.options().granularity, cw::diff::Granularity::Char);
    actionOf(window, "detectMovesAction")->trigger();
    QVERIFY(waitForComparison(window));
    QVERIFY(!fake.options().detectMoves);
    QCOMPARE(fake.calls->load(), calls + 2);

    // A new window starts with the options chosen last.
    TestCompareWindow next(nullptr, fake.function());
    QCOMPARE(next.options().ignore, expected);
    QCOMPARE(next.options().granularity, cw::diff::Granularity::Char);
    QVERIFY(!next.options().detectMoves);
}

// Esc stops a comparison that takes long; core sees the flag and returns "cancelled".
void TestCompareView::cancelStopsComparison()
{
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    auto started = std::make_shared<std::atomic_bool>(false);
    const DiffResult result = englishScript().finish();
    auto slow = [sawCancel, started, result](const cw::doc::PolicyDocument &, const cw::doc::PolicyDocument &,
                                             const cw::diff::DiffOptions &options) -> cw::Result<DiffResult> {
        started->store(true);
        for (int i = 0; i < 2000; ++i) {
            if (options.cancel && options.cancel->load()) {
                sawCancel->store(true);
                return cw::Error{u"cancelled"_s, u"cancelled"_s};
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return result;
    };
    TestCompareWindow window(nullptr, slow);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Script script = englishScript();
    window.setDocuments(script.document(0, u"old.md"_s), script.document(1, u"new.md"_s));
    QVERIFY(window.isComparing());
    QAction *stop = actionOf(window, "stopCompareAction");
    QVERIFY(stop->isEnabled());
    // On a loaded machine the worker may not have begun yet; a task cancelled before it
    // starts never runs, and then there is no flag for it to see.
    QTRY_VERIFY_WITH_TIMEOUT(started->load(), 10000);
    QCOMPARE(stop->shortcut(), QKeySequence(Qt::Key_Escape));
    stop->trigger();
    QVERIFY(!window.isComparing());
    QVERIFY(!stop->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(sawCancel->load(), 5000);
    QVERIFY(window.errors.isEmpty());
    QVERIFY(!window.comparison());
}

void TestCompareView::sectionListJumpsToSection()
{
    FakeCompare fake{englishScript().finish()};
    TestCompareWindow window(nullptr, fake.function());
    QVERIFY(showScript(window, englishScript()));
    auto *sections = window.findChild<QTreeView *>(u"sectionMatchView"_s);
    QAbstractItemModelTester tester(sections->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sections->model()->rowCount(), 4);
    QCOMPARE(sections->model()->index(3, 0).data().toString(), u"4. Sharing"_s);
    QCOMPARE(sections->model()->index(3, 1).data().toString(), u"Added"_s);
    QCOMPARE(sections->model()->index(2, 1).data().toString(), u"Unchanged"_s);

    const QModelIndex added = sections->model()->index(3, 0);
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, sections->visualRect(added).center());
    CompareView *view = viewOf(window);
    QCOMPARE(view->currentIndex().row(), 7);
    QCOMPARE(view->currentIndex().column(), int(cw::diff::New));

    // A section the filter hides: jumping there shows all rows again.
    actionOf(window, "changedSectionsOnlyAction")->trigger();
    const QModelIndex equal = sections->model()->index(2, 0);
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, sections->visualRect(equal).center());
    QVERIFY(!actionOf(window, "changedSectionsOnlyAction")->isChecked());
    QCOMPARE(sourceRow(view->currentIndex()), 5);
}

void TestCompareView::coreCompareOfFixtures_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nominal: English versions") << u"en"_s;
    QTest::newRow("nominal: Russian versions (Cyrillic)") << u"ru"_s;
}

// core's compare() on the fixtures: what the window shows is what core returned.
void TestCompareView::coreCompareOfFixtures()
{
    QFETCH(QString, language);
    TestCompareWindow window;
    window.resize(1100, 700);
    window.show();
    window.openFiles(fixture(u"harbor.v1.%1.md"_s.arg(language)), fixture(u"harbor.v2.%1.md"_s.arg(language)));
    QVERIFY(waitForComparison(window));
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(u'\n')));
    const cw::gui::Comparison *comparison = window.comparison();
    QVERIFY(comparison);
    const DiffResult &result = comparison->result;
    CompareView *view = viewOf(window);
    QCOMPARE(view->model()->rowCount(), int(result.rows.size()));
    QVERIFY(result.stats.insertedWords > 0);
    QVERIFY(result.stats.deletedWords > 0);
    QVERIFY2(result.stats.movedWords > 0, "the Sharing paragraph moved between sections");
    QVERIFY(window.windowTitle().contains(u"harbor.v1.%1.md"_s.arg(language)));
    QVERIFY(labelText(window, "insertedLabel").contains(QString::number(result.stats.insertedWords)));

    // Some row on the old side links to its counterpart on the new side.
    int movedRow = -1;
    for (int row = 0; row < view->model()->rowCount() && movedRow < 0; ++row) {
        if (!view->model()->index(row, 0).data(CompareModel::MoveIdsRole).value<QList<int>>().isEmpty())
            movedRow = row;
    }
    QVERIFY(movedRow >= 0);
    const int moveId = view->model()->index(movedRow, 0).data(CompareModel::MoveIdsRole).value<QList<int>>().first();
    window.goToMoveCounterpart(moveId, cw::diff::Old);
    QCOMPARE(view->currentIndex().column(), int(cw::diff::New));
    QVERIFY(view->currentIndex().data(CompareModel::MoveIdsRole).value<QList<int>>().contains(moveId));
    QVERIFY(view->currentIndex().row() > movedRow);
}

// ё/е in the Russian fixtures ("Ещё" → "Еще"): shown as a change, and not with the option on.
void TestCompareView::ignoringYoHidesTheChange()
{
    TestCompareWindow window;
    window.openFiles(fixture(u"harbor.v1.ru.md"_s), fixture(u"harbor.v2.ru.md"_s));
    QVERIFY(waitForComparison(window));
    const auto deletedText = [&window] {
        QString deleted;
        const DiffResult &result = window.comparison()->result;
        const QString &text = window.comparison()->documents[0]->text;
        for (const Op &op : result.ops) {
            if (op.kind == OpKind::Delete)
                deleted += text.mid(op.range[0].start, op.range[0].length()) + u'|';
        }
        return deleted;
    };
    QVERIFY2(deletedText().contains(u"Ещё"_s), qPrintable(deletedText()));
    actionOf(window, "ignoreYoAction")->trigger();
    QVERIFY(waitForComparison(window));
    QVERIFY(window.options().ignore.testFlag(cw::diff::IgnoreOption::Yo));
    QVERIFY2(!deletedText().contains(u"Ещё"_s), qPrintable(deletedText()));
}

void TestCompareView::missingFileIsReported()
{
    TestCompareWindow window;
    QSignalSpy failed(&window, &CompareWindow::compareFailed);
    window.openFiles(fixture(u"harbor.v1.en.md"_s), m_tmp.filePath(u"нет-такого.md"_s));
    QVERIFY(failed.wait(20000));
    QCOMPARE(window.errors.size(), 1);
    QVERIFY2(window.errors.constFirst().contains(u"нет-такого.md"_s), qPrintable(window.errors.constFirst()));
    QVERIFY(!window.comparison());
    QVERIFY(!window.isComparing());
}

// Two files dropped on the main window at once open a compare window, older name first.
void TestCompareView::droppingTwoFilesOpensCompare()
{
    cw::gui::MainWindow main;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(u"harbor.v2.en.md"_s)), QUrl::fromLocalFile(fixture(u"harbor.v1.en.md"_s))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&main, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&main, &drop);
    auto *compare = main.findChild<CompareWindow *>();
    QVERIFY(compare);
    QVERIFY(waitForComparison(*compare));
    QVERIFY(compare->comparison()->documents[0]->fileName.endsWith(u"harbor.v1.en.md"_s));
    QVERIFY(compare->comparison()->documents[1]->fileName.endsWith(u"harbor.v2.en.md"_s));
    QVERIFY(compare->isWindow());
    // File > Compare… is there, with its shortcut.
    auto *action = main.findChild<QAction *>(u"compareAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
}

void TestCompareView::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("menuTitle");
    QTest::newRow("nominal: English UI, English versions") << u"en"_s << u"&Compare"_s;
    QTest::newRow("nominal: Russian UI, Russian versions (Cyrillic)") << u"ru"_s << u"&Сравнение"_s;
}

// The window as a user sees it; $CW_SCREENSHOT_DIR keeps the PNGs for a look.
void TestCompareView::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, menuTitle);
    cw::i18n::installTranslators(*QCoreApplication::instance(), language);
    TestCompareWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFiles(fixture(u"harbor.v1.%1.md"_s.arg(language)), fixture(u"harbor.v2.%1.md"_s.arg(language)));
    QVERIFY(waitForComparison(window));
    QCOMPARE(window.findChild<QMenu *>(u"compareMenu"_s)->title(), menuTitle);
    actionOf(window, "nextChangeAction")->trigger();
    QTest::qWait(50);

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    const QString png = cwguitest::screenshotPath(m_tmp, u"compare-"_s + language + u".png"_s);
    QVERIFY2(image.save(png), qPrintable(png));
    qInfo("screenshot: %s", qPrintable(png));

    // Not blank: text, highlights and frames give many colours.
    const int colours = cwguitest::distinctColours(image);
    QVERIFY2(colours > 40, qPrintable(u"only %1 colours"_s.arg(colours)));
    // The toolbar fits: no action is pushed into the overflow menu.
    const auto *toolBar = window.findChild<QToolBar *>(u"compareToolBar"_s);
    QVERIFY(toolBar->sizeHint().width() <= window.width());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
