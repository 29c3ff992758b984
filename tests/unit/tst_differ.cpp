#include "diff/diff.h"
#include "document/markdownimporter.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;
using diff::New;
using diff::Old;

namespace cw::diff {
inline char *toString(const Op &op)
{
    return QTest::toString(opKindName(op.kind) + u' ' + cwtest::describe(op.range[Old]) + u' '
                           + cwtest::describe(op.range[New]));
}
} // namespace cw::diff

namespace {

doc::PolicyDocument md(const QString &text)
{
    const auto r = doc::MarkdownImporter().import(text.toUtf8(), {u"t.md"_s, text::Language::Unknown});
    if (!r)
        qFatal("import failed");
    return r.value();
}

// The edit script as a person reads it: "=text" "-deleted" "+inserted" "<moved away" ">moved here".
QStringList readable(const doc::PolicyDocument &a, const doc::PolicyDocument &b, const diff::DiffResult &r)
{
    QStringList out;
    for (const diff::Op &op : r.ops) {
        switch (op.kind) {
        case diff::OpKind::Equal: out << u'=' + b.textOf(op.range[New]); break;
        case diff::OpKind::Insert: out << u'+' + b.textOf(op.range[New]); break;
        case diff::OpKind::Delete: out << u'-' + a.textOf(op.range[Old]); break;
        case diff::OpKind::Move:
            out << (op.moveEnd == diff::MoveEnd::From ? u'<' + a.textOf(op.range[Old]) : u'>' + b.textOf(op.range[New]));
            break;
        }
    }
    return out;
}

diff::DiffResult run(const doc::PolicyDocument &a, const doc::PolicyDocument &b, const diff::DiffOptions &o = {})
{
    const auto r = diff::compare(a, b, o);
    if (!r)
        qFatal("compare failed");
    const auto applied = diff::applyOps(a.text, b.text, r->ops);
    if (!applied || (o.ignore == diff::IgnoreOptions() && *applied != b.text))
        qFatal("ops do not rebuild NEW");
    return r.value();
}

const QString movedParagraph = u"Мы храним резервные копии в двух центрах обработки данных на территории Российской Федерации."_s;

} // namespace

class tst_Differ : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordEdits_data();
    void wordEdits();
    void moveDetected();
    void moveDisabled();
    void ignoreOptions_data();
    void ignoreOptions();
    void sections();
    void rowsAndStats();
    void deletedSectionHasItsOwnRow();
    void granularity_data();
    void granularity();
    void foldingChangesNothing_data();
    void foldingChangesNothing();
    void cancelled();
    void applyOpsRejectsBadScripts();
};

void tst_Differ::wordEdits_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: one word replaced")
        << u"We keep data for 5 years.\n"_s << u"We keep data for 7 years.\n"_s
        << QStringList{u"=We keep data for "_s, u"-5"_s, u"+7"_s, u"= years.\n"_s};
    QTest::newRow("nominal: Cyrillic words inserted")
        << u"Мы храним данные.\n"_s << u"Мы бережно храним данные.\n"_s
        << QStringList{u"=Мы "_s, u"+бережно "_s, u"=храним данные.\n"_s};
    QTest::newRow("nominal: choppy edits read as one replacement")
        << u"The quick brown fox jumps.\n"_s << u"A slow red fox jumps.\n"_s
        << QStringList{u"-The quick brown"_s, u"+A slow red"_s, u"= fox jumps.\n"_s};
    QTest::newRow("nominal: paragraphs edited in place are compared one by one")
        << u"Data is kept for five years.\n\nBackups are kept for ten years.\n"_s
        << u"Data is kept for ten years.\n\nBackups are kept for five years.\n"_s
        << QStringList{u"=Data is kept for "_s, u"-five"_s, u"+ten"_s, u"= years.\n\n"_s, u"=Backups are kept for "_s, u"-ten"_s,
                       u"+five"_s, u"= years.\n"_s};
    QTest::newRow("nominal: Cyrillic paragraphs edited in place")
        << u"Срок хранения данных — пять лет.\n\nРезервные копии хранятся десять лет.\n"_s
        << u"Срок хранения данных — десять лет.\n\nРезервные копии хранятся пять лет.\n"_s
        << QStringList{u"=Срок хранения данных — "_s, u"-пять"_s, u"+десять"_s, u"= лет.\n\n"_s, u"=Резервные копии хранятся "_s,
                       u"-десять"_s, u"+пять"_s, u"= лет.\n"_s};
    QTest::newRow("robustness: identical") << u"Same text.\n"_s << u"Same text.\n"_s << QStringList{u"=Same text.\n"_s};
    QTest::newRow("robustness: everything new") << QString() << u"Новый текст"_s << QStringList{u"+Новый текст"_s};
}

void tst_Differ::wordEdits()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QStringList, expected);
    const auto a = md(oldText), b = md(newText);
    QCOMPARE(readable(a, b, run(a, b)), expected);
}

void tst_Differ::moveDetected()
{
    const QString intro = u"# Политика\n\nВводный абзац о том, кто мы и зачем нужна эта политика.\n\n"_s;
    const QString middle = u"Средний абзац описывает цели обработки и правовые основания для неё.\n\n"_s;
    const auto a = md(intro + movedParagraph + u"\n\n"_s + middle);
    const auto b = md(intro + middle + movedParagraph + u"\n"_s);
    const auto r = run(a, b);
    int from = 0, to = 0;
    for (const diff::Op &op : r.ops) {
        if (op.kind != diff::OpKind::Move)
            continue;
        (op.moveEnd == diff::MoveEnd::From ? from : to)++;
        QCOMPARE(a.textOf(op.range[Old]).trimmed().isEmpty(), false);
    }
    QVERIFY(from >= 1);
    QCOMPARE(from, to);
    QVERIFY(r.stats.movedWords >= 10);
    QCOMPARE(r.stats.deletedWords, 0);
    QCOMPARE(r.stats.insertedWords, 0);
}

void tst_Differ::moveDisabled()
{
    const QString a0 = u"# P\n\n"_s + movedParagraph + u"\n\nOther paragraph with enough words to be itself.\n"_s;
    const QString b0 = u"# P\n\nOther paragraph with enough words to be itself.\n\n"_s + movedParagraph + u"\n"_s;
    diff::DiffOptions o;
    o.detectMoves = false;
    const auto r = run(md(a0), md(b0), o);
    QVERIFY(std::none_of(r.ops.begin(), r.ops.end(), [](const diff::Op &op) { return op.kind == diff::OpKind::Move; }));
    QVERIFY(r.stats.deletedWords > 0);
}

void tst_Differ::ignoreOptions_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("ignore");
    QTest::addColumn<bool>("equal");

    using IO = diff::IgnoreOption;
    QTest::newRow("nominal: case") << u"Personal Data is kept.\n"_s << u"personal data is kept.\n"_s << int(IO::Case) << true;
    QTest::newRow("nominal: ё/е") << u"Её учётная запись.\n"_s << u"Ее учетная запись.\n"_s << int(IO::Yo) << true;
    QTest::newRow("nominal: quotes") << u"The «Service» and “Site”.\n"_s << u"The \"Service\" and \"Site\".\n"_s
                                     << int(IO::Quotes) << true;
    QTest::newRow("nominal: whitespace") << u"We  keep\tdata.\n"_s << u"We keep data.\n"_s << int(IO::Whitespace) << true;
    QTest::newRow("nominal: renumbering") << u"3. Хранение данных\n"_s << u"4. Хранение данных\n"_s
                                          << int(IO::Numbering) << true;
    QTest::newRow("nominal: markup") << u"We **never** sell data.\n"_s << u"We never sell data.\n"_s << int(IO::Markup)
                                     << true;
    QTest::newRow("robustness: ignoring case does not hide a changed word")
        << u"We keep data.\n"_s << u"We sell data.\n"_s << int(IO::Case | IO::Quotes | IO::Whitespace) << false;
    QTest::newRow("robustness: renumbering does not hide a changed figure in the text")
        << u"1. Мы храним данные 3 года.\n"_s << u"2. Мы храним данные 5 лет.\n"_s << int(IO::Numbering) << false;
    QTest::newRow("robustness: without the option the difference shows") << u"Personal Data\n"_s << u"personal data\n"_s
                                                                          << 0 << false;
}

void tst_Differ::ignoreOptions()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, ignore);
    QFETCH(bool, equal);
    diff::DiffOptions o;
    o.ignore = diff::IgnoreOptions::fromInt(ignore);
    const auto r = run(md(oldText), md(newText), o);
    const bool allEqual = std::all_of(r.ops.begin(), r.ops.end(), [](const diff::Op &op) { return op.kind == diff::OpKind::Equal; });
    QCOMPARE(allEqual, equal);
    // The ops still tile both texts.
    QVERIFY(diff::applyOps(oldText, newText, r.ops).ok());
}

void tst_Differ::sections()
{
    const QString s1 = u"## Data we collect\n\nWe collect your name, e-mail address and phone number when you sign up.\n\n"_s;
    const QString s2 = u"## Retention\n\nWe keep account data while the account is open and delete it within thirty days.\n\n"_s;
    const QString s3 = u"## Your rights\n\nYou may ask for access, correction or erasure of your data at any time.\n\n"_s;
    const QString s3renamed = u"## Your choices and rights\n\nYou may ask for access, correction or erasure of your data at any time.\n\n"_s;
    const QString s4 = u"## Cookies\n\nWe use only the cookies needed to keep you signed in.\n\n"_s;
    const QString s5 = u"## Права субъекта\n\nСубъект вправе получить сведения об обработке своих персональных данных.\n\n"_s;
    // Old: 1 2 3 5; new: 2 1 3' 4 — 1 moved (or 2), 3 renamed, 4 added, 5 removed.
    const auto a = md(u"# P\n\n"_s + s1 + s2 + s3 + s5);
    const auto b = md(u"# P\n\n"_s + s2 + s1 + s3renamed + s4);
    const auto r = run(a, b);
    QStringList got;
    for (const diff::SectionMatch &m : r.sections)
        got << diff::sectionStatusName(m.status) + u':' + (m.present[Old] ? m.title[Old] : u"-"_s) + u'>'
                   + (m.present[New] ? m.title[New] : u"-"_s);
    // Which of the two swapped sections "moved" is the edit script's choice; one of them did.
    const QStringList swapA{u"equal:Retention>Retention"_s, u"moved:Data we collect>Data we collect"_s};
    const QStringList swapB{u"moved:Retention>Retention"_s, u"equal:Data we collect>Data we collect"_s};
    QVERIFY2(got.mid(0, 2) == swapA || got.mid(0, 2) == swapB, qPrintable(got.join(u" | "_s)));
    QCOMPARE(got.mid(2), (QStringList{u"changed:Your rights>Your choices and rights"_s,
                                      u"removed:Права субъекта>-"_s, u"added:->Cookies"_s}));
    QCOMPARE(r.stats.sectionsChanged, 4);
}

void tst_Differ::rowsAndStats()
{
    const auto a = md(u"First paragraph stays.\n\nSecond paragraph has an old word.\n\nThird stays too.\n"_s);
    const auto b = md(u"First paragraph stays.\n\nSecond paragraph has a new word.\n\nThird stays too.\n"_s);
    const auto r = run(a, b);
    QStringList rows;
    for (const diff::Row &row : r.rows)
        rows << diff::rowStatusName(row.status) + u':' + a.textOf(row.range[Old]).trimmed();
    QCOMPARE(rows, (QStringList{u"equal:First paragraph stays."_s, u"changed:Second paragraph has an old word."_s,
                                u"equal:Third stays too."_s}));
    QCOMPARE(r.stats.insertedWords, 2);
    QCOMPARE(r.stats.deletedWords, 2);
    QCOMPARE(r.stats.unchangedWords, 10);
}

void tst_Differ::deletedSectionHasItsOwnRow()
{
    const auto a = md(u"# П\n\n## 1. Цели\n\nТекст о целях.\n\n## 2. Файлы cookie\n\nТекст о cookie.\n\n## 3. Права\n\nТекст о правах.\n"_s);
    const auto b = md(u"# П\n\n## 1. Цели\n\nТекст о целях.\n\n## 3. Права\n\nТекст о правах.\n"_s);
    const auto r = run(a, b);
    QStringList removed;
    for (const diff::Row &row : r.rows)
        if (row.status == diff::RowStatus::Removed)
            removed << a.textOf(row.range[Old]);
    QCOMPARE(removed, QStringList{u"## 2. Файлы cookie\n\nТекст о cookie.\n\n"_s});
}

void tst_Differ::granularity_data()
{
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nominal: char") << int(diff::Granularity::Char)
                                   << QStringList{u"=Срок хранения — "_s, u"-5"_s, u"+7"_s, u"= лет. Далее.\n"_s};
    QTest::newRow("nominal: sentence") << int(diff::Granularity::Sentence)
                                       << QStringList{u"-Срок хранения — 5 лет."_s, u"+Срок хранения — 7 лет."_s,
                                                      u"= Далее.\n"_s};
}

void tst_Differ::granularity()
{
    QFETCH(int, granularity);
    QFETCH(QStringList, expected);
    diff::DiffOptions o;
    o.granularity = diff::Granularity(granularity);
    const auto a = md(u"Срок хранения — 5 лет. Далее.\n"_s), b = md(u"Срок хранения — 7 лет. Далее.\n"_s);
    QCOMPARE(readable(a, b, run(a, b, o)), expected);
}

// Lines both texts share are compared whole, and so are the common ends of a line edited in
// place (DiffOptions::foldSharedLines): the result must be exactly that of word by word.
void tst_Differ::foldingChangesNothing_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("ignore");

    const QString para1 = u"We keep your account data for as long as your account is open and for thirty days after."_s;
    const QString para2 = u"You may ask us for a copy of the personal data we hold about you at any time, free of charge."_s;
    const QString ru = u"Оператор хранит персональные данные не дольше, чем этого требуют цели их обработки, "
                       u"если иной срок не установлен федеральным законом."_s;
    QTest::newRow("one word edited in a long line")
        << u"# Policy\n\n"_s + para1 + u"\n\n"_s + para2 + u"\n"_s
        << u"# Policy\n\n"_s + QString(para1).replace(u"thirty"_s, u"sixty"_s) + u"\n\n"_s + para2 + u"\n"_s << 0;
    QTest::newRow("Cyrillic: two edits in one line, a line added")
        << u"## Сроки\n\n"_s + ru + u"\n"_s
        << u"## Сроки хранения\n\n"_s + QString(ru).replace(u"не дольше"_s, u"не более"_s).replace(u"федеральным"_s, u"иным федеральным"_s)
               + u"\n\nНовый абзац.\n"_s << 0;
    QTest::newRow("a shared line repeated, a paragraph moved")
        << para1 + u"\n\n"_s + para2 + u"\n\n"_s + para1 + u"\n\n"_s + ru + u"\n"_s
        << para2 + u"\n\n"_s + para1 + u"\n\n"_s + ru + u"\n\n"_s + para1 + u" Extra words here.\n"_s << 0;
    QTest::newRow("markup ignored: heading marks change, text kept")
        << u"# Title\n\n"_s + para1 + u"\n\n**Note:** "_s + para2 + u"\n"_s
        << u"## Title\n\n"_s + para1 + u"\n\n_Note:_ "_s + para2 + u"\n"_s << int(diff::IgnoreOption::Markup);
    QTest::newRow("case and numbering ignored")
        << u"1. "_s + para1 + u"\n2. "_s + para2 + u"\n"_s
        << u"2. "_s + para1.toUpper() + u"\n3. "_s + para2 + u" Changed.\n"_s
        << int(diff::IgnoreOption::Case | diff::IgnoreOption::Numbering);
    QTest::newRow("paragraphs edited in place one for one")
        << para1 + u"\n\n"_s + para2 + u"\n\n"_s + ru + u"\n"_s
        << QString(para1).replace(u"thirty"_s, u"sixty"_s).replace(u"account data"_s, u"data"_s) + u"\n\n"_s
               + QString(para2).replace(u"free of charge"_s, u"for free"_s).replace(u"copy"_s, u"full copy"_s) + u"\n\n"_s
               + QString(ru).replace(u"цели"_s, u"цели и сроки"_s).replace(u"иной"_s, u"другой"_s) + u"\n"_s << 0;
    QTest::newRow("a paragraph edited, another one rewritten, one added")
        << para1 + u"\n\n"_s + para2 + u"\n\nend\n"_s
        << QString(para1).replace(u"thirty"_s, u"sixty"_s) + u"\n\nSomething else entirely, "_s + ru + u"\n\nA new one.\n\nend\n"_s
        << 0;
    QTest::newRow("double spaces and a line break inside the edit")
        << u"Intro line that stays the same.  "_s + para1 + u"\n"_s
        << u"Intro line that stays the same.  New words.  "_s + para1 + u"\n"_s << 0;
}

void tst_Differ::foldingChangesNothing()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, ignore);
    const doc::PolicyDocument a = md(oldText), b = md(newText);
    diff::DiffOptions o;
    o.ignore = diff::IgnoreOptions::fromInt(ignore);
    const diff::DiffResult folded = run(a, b, o);
    o.foldSharedLines = false;
    const diff::DiffResult wordByWord = run(a, b, o);
    QCOMPARE(readable(a, b, folded), readable(a, b, wordByWord));
    QCOMPARE(folded.ops, wordByWord.ops);
    QCOMPARE(folded.stats, wordByWord.stats);
    QCOMPARE(folded.sections, wordByWord.sections);
    QCOMPARE(folded.rows, wordByWord.rows);
}

void tst_Differ::cancelled()
{
    std::atomic_bool stop{true};
    diff::DiffOptions o;
    o.cancel = &stop;
    const auto r = diff::compare(md(u"a b c\n"_s), md(u"a x c\n"_s), o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"cancelled"_s);
}

void tst_Differ::applyOpsRejectsBadScripts()
{
    const std::vector<diff::Op> gap{{diff::OpKind::Equal, {doc::TextRange{0, 2}, doc::TextRange{0, 2}}}};
    QVERIFY(!diff::applyOps(u"abc"_s, u"abc"_s, gap).ok());
    const std::vector<diff::Op> orphanMove{
        {diff::OpKind::Move, {doc::TextRange{0, 3}, doc::TextRange{0, 3}}, diff::MoveEnd::To, 7}};
    QVERIFY(!diff::applyOps(u"абв"_s, u"абв"_s, orphanMove).ok());
}

QTEST_GUILESS_MAIN(tst_Differ)
#include "tst_differ.moc"
