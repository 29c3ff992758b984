// The HTML redline: a page that is safe (every text escaped, nothing fetched, nothing run),
// marks insertions, deletions and moves with the right text, and keeps Russian intact, in
// both the inline and the side-by-side layout. The DiffResults are built by hand from a list of
// edits, so these tests do not depend on the differ.

#include "testutil.h"

#include "export/htmlredline.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cw;
using diff::MoveEnd;
using doc::PolicyDocument;
using doc::TextRange;
using diff::OpKind;
using diff::Side;
using exporting::HtmlRedlineOptions;
using exporting::RedlineMode;

namespace {

// One edit of a hand-made comparison; Row closes a side-by-side row at this point.
struct Edit
{
    enum Kind { Equal, Insert, Delete, MoveFrom, MoveTo, Row } kind;
    QString text;
    int moveId = -1;
};
using Edits = QList<Edit>;

Edit eq(const QString &t) { return {Edit::Equal, t}; }
Edit ins(const QString &t) { return {Edit::Insert, t}; }
Edit del(const QString &t) { return {Edit::Delete, t}; }
Edit from(int id, const QString &t) { return {Edit::MoveFrom, t, id}; }
Edit to(int id, const QString &t) { return {Edit::MoveTo, t, id}; }
Edit row() { return {Edit::Row, {}}; }

struct Comparison
{
    PolicyDocument oldDoc;
    PolicyDocument newDoc;
    diff::DiffResult result;
};

qint64 wordCount(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    qint64 n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

// OLD is the Equal, Delete and MoveFrom texts in order, NEW the Equal, Insert and MoveTo texts:
// the ops then tile both texts as diff.h requires.
Comparison build(const Edits &edits, text::Language language = text::Language::English)
{
    Comparison c;
    c.oldDoc.fileName = u"old.md"_s;
    c.newDoc.fileName = u"new.md"_s;
    c.oldDoc.format = c.newDoc.format = u"markdown"_s;
    c.oldDoc.language = c.newDoc.language = language;
    std::array<qsizetype, diff::SideCount> rowStart{{0, 0}};
    int rowFirstOp = 0;
    auto closeRow = [&] {
        const std::array<qsizetype, diff::SideCount> end{{c.oldDoc.text.size(), c.newDoc.text.size()}};
        if (end == rowStart)
            return;
        diff::Row r;
        r.range = {{TextRange{rowStart[Side::Old], end[Side::Old]}, TextRange{rowStart[Side::New], end[Side::New]}}};
        r.firstOp = rowFirstOp;
        r.lastOp = int(c.result.ops.size());
        bool changed = false, moved = false;
        for (int i = r.firstOp; i < r.lastOp; ++i) {
            changed = changed || c.result.ops[size_t(i)].kind != OpKind::Equal;
            moved = moved || c.result.ops[size_t(i)].kind == OpKind::Move;
        }
        r.status = moved                                 ? diff::RowStatus::Moved
                   : !changed                            ? diff::RowStatus::Equal
                   : r.range[Side::Old].length() == 0    ? diff::RowStatus::Added
                   : r.range[Side::New].length() == 0    ? diff::RowStatus::Removed
                                                         : diff::RowStatus::Changed;
        c.result.rows.push_back(r);
        rowStart = end;
        rowFirstOp = r.lastOp;
    };
    for (const Edit &e : edits) {
        if (e.kind == Edit::Row) {
            closeRow();
            continue;
        }
        diff::Op op;
        const qsizetype o = c.oldDoc.text.size(), n = c.newDoc.text.size();
        const bool inOld = e.kind == Edit::Equal || e.kind == Edit::Delete || e.kind == Edit::MoveFrom;
        const bool inNew = e.kind == Edit::Equal || e.kind == Edit::Insert || e.kind == Edit::MoveTo;
        op.range = {{TextRange{o, inOld ? o + e.text.size() : o}, TextRange{n, inNew ? n + e.text.size() : n}}};
        if (inOld)
            c.oldDoc.text += e.text;
        if (inNew)
            c.newDoc.text += e.text;
        const qint64 words = wordCount(e.text);
        switch (e.kind) {
        case Edit::Equal: op.kind = OpKind::Equal; c.result.stats.unchangedWords += words; break;
        case Edit::Insert: op.kind = OpKind::Insert; c.result.stats.insertedWords += words; break;
        case Edit::Delete: op.kind = OpKind::Delete; c.result.stats.deletedWords += words; break;
        case Edit::MoveFrom:
        case Edit::MoveTo:
            op.kind = OpKind::Move;
            op.moveEnd = e.kind == Edit::MoveFrom ? MoveEnd::From : MoveEnd::To;
            op.moveId = e.moveId;
            if (e.kind == Edit::MoveTo)
                c.result.stats.movedWords += words;
            break;
        case Edit::Row: break;
        }
        c.result.ops.push_back(op);
    }
    closeRow();
    // A Move-To's Old range is where its text came from (its Move-From's).
    for (diff::Op &op : c.result.ops) {
        if (op.kind != OpKind::Move || op.moveEnd != MoveEnd::To)
            continue;
        for (const diff::Op &f : c.result.ops) {
            if (f.kind == OpKind::Move && f.moveEnd == MoveEnd::From && f.moveId == op.moveId)
                op.range[Side::Old] = f.range[Side::Old];
        }
    }
    return c;
}

QString render(const Comparison &c, RedlineMode mode, const QString &title = {})
{
    HtmlRedlineOptions options;
    options.mode = mode;
    options.title = title;
    return exporting::htmlRedline(c.oldDoc, c.newDoc, c.result, options);
}

// What every page must satisfy: a complete UTF-8 HTML document that loads nothing and runs
// nothing, balanced change markup, unique ids and no link to an id that is missing.
QString pageViolation(const QString &html)
{
    if (!html.startsWith(u"<!DOCTYPE html>"_s) || !html.trimmed().endsWith(u"</html>"_s))
        return u"not a complete HTML document"_s;
    if (!html.contains(u"<meta charset=\"utf-8\">"_s))
        return u"no UTF-8 charset declaration"_s;
    // Policy text is escaped, so every '<' left starts real markup: check the tags, and the style sheet.
    static const QRegularExpression tagPattern(u"<[^>]*>"_s);
    QString tags;
    for (auto it = tagPattern.globalMatch(html); it.hasNext();)
        tags += it.next().captured() + u'\n';
    static const QRegularExpression script(u"<script|\\bon[a-z]+\\s*=|javascript:"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = script.match(tags); m.hasMatch())
        return u"script-like markup: "_s + m.captured();
    static const QRegularExpression resource(
        u"\\bsrc\\s*=|<link\\b|<img\\b|<iframe\\b|<object\\b|<embed\\b|href\\s*=\\s*\"(?!#)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = resource.match(tags); m.hasMatch())
        return u"external resource or link: "_s + m.captured();
    const qsizetype styleStart = html.indexOf(u"<style>"_s);
    const qsizetype styleEnd = html.indexOf(u"</style>"_s);
    if (styleStart < 0 || styleEnd < styleStart)
        return u"no embedded style sheet"_s;
    const QString css = html.mid(styleStart, styleEnd - styleStart);
    if (css.contains(u"url("_s) || css.contains(u"@import"_s) || css.contains(u"http"_s))
        return u"the style sheet refers to an external resource"_s;
    for (const QString &tag : {u"ins"_s, u"del"_s, u"span"_s, u"tr"_s, u"td"_s, u"a"_s}) {
        const qsizetype open = html.count(QRegularExpression(u"<"_s + tag + u"[ >]"_s));
        const qsizetype close = html.count(u"</"_s + tag + u'>');
        if (open != close)
            return u"<%1> opened %2 times, closed %3 times"_s.arg(tag).arg(open).arg(close);
    }
    static const QRegularExpression id(u"\\bid=\"([^\"]*)\""_s);
    QSet<QString> ids;
    for (auto it = id.globalMatch(html); it.hasNext();) {
        const QString value = it.next().captured(1);
        if (ids.contains(value))
            return u"duplicate id "_s + value;
        ids.insert(value);
    }
    static const QRegularExpression href(u"\\bhref=\"#([^\"]*)\""_s);
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!ids.contains(target))
            return u"link to a missing id #"_s + target;
    }
    return {};
}

#define CW_VERIFY_PAGE(html)                                                                                 \
    do {                                                                                                     \
        const QString violation_ = pageViolation(html);                                                      \
        QVERIFY2(violation_.isEmpty(), qPrintable(violation_));                                              \
    } while (false)

// The <tr> elements of the side-by-side table.
QStringList tableRows(const QString &html)
{
    QStringList rows;
    static const QRegularExpression tr(u"<tr class=\"(row-[a-z]+)\">(.*?)</tr>"_s,
                                       QRegularExpression::DotMatchesEverythingOption);
    for (auto it = tr.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        rows << m.captured(1) + u' ' + m.captured(2);
    }
    return rows;
}

} // namespace

Q_DECLARE_METATYPE(Edits)
Q_DECLARE_METATYPE(RedlineMode)

class tst_HtmlRedline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void markup_data();
    void markup();
    void sideBySideRows_data();
    void sideBySideRows();
    void summary();
    void robustness_data();
    void robustness();
};

void tst_HtmlRedline::escaping_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<RedlineMode>("mode");
    QTest::addColumn<QStringList>("mustContain");

    const Edits script{eq(u"# Policy\n\nWe "_s), ins(u"<script>alert('x')</script>"_s), eq(u" care.\n"_s),
                       del(u"<img src=x onerror=alert(1)>"_s)};
    const QStringList escapedScript{u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"_s,
                                    u"&lt;img src=x onerror=alert(1)&gt;"_s};
    QTest::newRow("nominal: <script> inserted, inline") << script << RedlineMode::Inline << escapedScript;
    QTest::newRow("nominal: <script> inserted, side by side") << script << RedlineMode::SideBySide << escapedScript;
    QTest::newRow("nominal: ampersands and quotes in equal text")
        << Edits{eq(u"Fish & \"Chips\" <b>Ltd</b>\n"_s)} << RedlineMode::SideBySide
        << QStringList{u"Fish &amp; &quot;Chips&quot; &lt;b&gt;Ltd&lt;/b&gt;"_s};
    QTest::newRow("nominal: Cyrillic with markup, inline")
        << Edits{eq(u"Оператор «Ромашка» "_s), ins(u"<iframe src=\"https://злой.рф\">"_s), eq(u" обрабатывает данные.\n"_s)}
        << RedlineMode::Inline
        << QStringList{u"Оператор «Ромашка» "_s, u"&lt;iframe src=&quot;https://злой.рф&quot;&gt;"_s};
    QTest::newRow("robustness: control characters become U+FFFD")
        << Edits{eq(u"a\u0001b"_s), ins(u"c\u0000d"_s)} << RedlineMode::Inline << QStringList{u"a\uFFFDb"_s};
    QTest::newRow("robustness: URL in the text stays text")
        << Edits{eq(u"See https://example.com/privacy for more.\n"_s)} << RedlineMode::SideBySide
        << QStringList{u"See https://example.com/privacy for more."_s};
}

void tst_HtmlRedline::escaping()
{
    QFETCH(Edits, edits);
    QFETCH(RedlineMode, mode);
    QFETCH(QStringList, mustContain);
    Comparison c = build(edits);
    c.oldDoc.fileName = u"<b>old</b>.md"_s;
    c.newDoc.title = u"Title </title><script>x()</script>"_s;
    const QString html = render(c, mode, u"Review <em>draft</em> & \"final\""_s);
    CW_VERIFY_PAGE(html);
    for (const QString &s : mustContain)
        QVERIFY2(html.contains(s), qPrintable(u"missing: "_s + s));
    QVERIFY(html.contains(u"<title>Review &lt;em&gt;draft&lt;/em&gt; &amp; &quot;final&quot;</title>"_s));
    QVERIFY(html.contains(u"&lt;b&gt;old&lt;/b&gt;.md"_s));
    QVERIFY(html.contains(u"Title &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;"_s));
}

void tst_HtmlRedline::markup_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<text::Language>("language");
    QTest::addColumn<QStringList>("mustContain");

    const Edits english{eq(u"# Privacy\n\nWe keep data for "_s), del(u"five"_s), ins(u"three"_s),
                        eq(u" years.\n\n"_s), from(3, u"Contact us at privacy@example.com.\n\n"_s),
                        eq(u"We use cookies.\n\n"_s), to(3, u"Contact us at privacy@example.com.\n\n"_s),
                        ins(u"New paragraph.\n"_s)};
    const QStringList englishMarks{
        u"<del>five</del>"_s, u"<ins>three</ins>"_s,
        u"<span class=\"move move-from\" id=\"move-3-from\"><a class=\"move-badge\" href=\"#move-3-to\""_s,
        u"<span class=\"move move-to\" id=\"move-3-to\"><a class=\"move-badge\" href=\"#move-3-from\""_s,
        u"<del>Contact us at privacy@example.com.\n\n</del>"_s,
        u"<ins>Contact us at privacy@example.com.\n\n</ins>"_s,
        u"<ins>New paragraph.\n</ins>"_s,
        u"We use cookies.\n\n"_s, // equal text plain, its line breaks kept
    };
    QTest::newRow("nominal: insert, delete, move") << english << text::Language::English << englishMarks;

    const Edits russian{eq(u"# Политика\n\nМы храним данные "_s), del(u"пять"_s), ins(u"три"_s), eq(u" года.\n\n"_s),
                        to(7, u"Пишите нам: privacy@пример.рф.\n\n"_s), eq(u"Файлы cookie ёмкие.\n\n"_s),
                        from(7, u"Пишите нам: privacy@пример.рф.\n\n"_s)};
    QTest::newRow("nominal: Cyrillic insert, delete, move (To before From)")
        << russian << text::Language::Russian
        << QStringList{u"<del>пять</del>"_s, u"<ins>три</ins>"_s, u"id=\"move-7-from\""_s, u"id=\"move-7-to\""_s,
                       u"href=\"#move-7-to\""_s, u"Пишите нам: privacy@пример.рф."_s, u"Файлы cookie ёмкие.\n\n"_s,
                       u"lang=\"ru\""_s};

    QTest::newRow("nominal: deleted paragraph break shows a pilcrow")
        << Edits{eq(u"First line."_s), del(u"\n\n"_s), ins(u" "_s), eq(u"Second line.\n"_s)} << text::Language::English
        << QStringList{u"<del><span class=\"pilcrow\"></span>\n\n</del>"_s,
                       u"<ins> </ins>"_s};
}

void tst_HtmlRedline::markup()
{
    QFETCH(Edits, edits);
    QFETCH(text::Language, language);
    QFETCH(QStringList, mustContain);
    const Comparison c = build(edits, language);
    for (RedlineMode mode : {RedlineMode::Inline, RedlineMode::SideBySide}) {
        const QString html = render(c, mode);
        CW_VERIFY_PAGE(html);
        QVERIFY(html.contains(u"white-space: pre-wrap"_s));
        for (const QString &s : mustContain)
            QVERIFY2(html.contains(s), qPrintable(u"missing in mode %1: "_s.arg(int(mode)) + s));
        QCOMPARE(html.contains(u"<body class=\"inline\">"_s), mode == RedlineMode::Inline);
        QCOMPARE(html.contains(u"<table class=\"redline\">"_s), mode == RedlineMode::SideBySide);
    }
}

void tst_HtmlRedline::sideBySideRows_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QStringList>("expected"); // per row: "class|old cell contains|new cell contains"

    QTest::newRow("nominal: equal, changed, added, removed rows")
        << Edits{eq(u"# Title\n\n"_s), row(), eq(u"We keep data "_s), del(u"forever"_s), ins(u"briefly"_s),
                 eq(u".\n\n"_s), row(), ins(u"A new clause.\n\n"_s), row(), del(u"An old clause.\n\n"_s), row(),
                 eq(u"The end.\n"_s)}
        << QStringList{u"row-equal|# Title|# Title"_s, u"row-changed|<del>forever</del>|<ins>briefly</ins>"_s,
                       u"row-added||<ins>A new clause."_s, u"row-removed|<del>An old clause."_s + u"|"_s,
                       u"row-equal|The end.|The end."_s};
    QTest::newRow("nominal: Cyrillic moved row")
        << Edits{from(1, u"Срок хранения — три года.\n\n"_s), row(), eq(u"Цели обработки.\n\n"_s), row(),
                 to(1, u"Срок хранения — три года.\n\n"_s)}
        << QStringList{u"row-moved|id=\"move-1-from\"|"_s, u"row-equal|Цели обработки.|Цели обработки."_s,
                       u"row-moved||id=\"move-1-to\""_s};
}

void tst_HtmlRedline::sideBySideRows()
{
    QFETCH(Edits, edits);
    QFETCH(QStringList, expected);
    const Comparison c = build(edits, text::Language::Russian);
    const QString html = render(c, RedlineMode::SideBySide);
    CW_VERIFY_PAGE(html);
    const QStringList rows = tableRows(html);
    QCOMPARE(rows.size(), expected.size());
    static const QRegularExpression cell(u"<td class=\"text (old|new)\"[^>]*>(.*?)</td>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList want = expected[i].split(u'|');
        QVERIFY2(rows[i].startsWith(want[0] + u' '), qPrintable(rows[i]));
        QStringList cells;
        for (auto it = cell.globalMatch(rows[i]); it.hasNext();)
            cells << it.next().captured(2);
        QCOMPARE(cells.size(), 2);
        for (int side = 0; side < 2; ++side) {
            const QString &want1 = want[side + 1];
            if (want1.isEmpty())
                QVERIFY2(cells[side].trimmed().isEmpty(), qPrintable(u"row %1 side %2: "_s.arg(i).arg(side) + cells[side]));
            else
                QVERIFY2(cells[side].contains(want1), qPrintable(u"row %1 side %2: "_s.arg(i).arg(side) + cells[side]));
        }
        // Inserted text has no place in OLD's column, deleted text none in NEW's.
        QVERIFY2(!cells[0].contains(u"<ins"_s), qPrintable(cells[0]));
        QVERIFY2(!cells[1].contains(u"<del"_s), qPrintable(cells[1]));
        if (want[0] == u"row-equal"_s)
            QVERIFY2(!rows[i].contains(u"<ins"_s) && !rows[i].contains(u"<del"_s), qPrintable(rows[i]));
    }
}

void tst_HtmlRedline::summary()
{
    Comparison c = build({eq(u"Мы храним "_s), del(u"персональные данные"_s), ins(u"сведения"_s), eq(u" три года.\n"_s)},
                         text::Language::Russian);
    c.result.stats.sectionsChanged = 1;
    diff::SectionMatch changed;
    changed.title = {{u"Хранение <данных>"_s, u"Сроки хранения"_s}};
    changed.present = {{true, true}};
    changed.status = diff::SectionStatus::Changed;
    diff::SectionMatch added;
    added.title = {{QString(), u"Cookies & трекинг"_s}};
    added.present = {{false, true}};
    added.status = diff::SectionStatus::Added;
    diff::SectionMatch same;
    same.title = {{u"Unchanged title"_s, u"Unchanged title"_s}};
    same.present = {{true, true}};
    c.result.sections = {changed, added, same};

    const QString html = render(c, RedlineMode::Inline);
    CW_VERIFY_PAGE(html);
    QVERIFY(html.contains(u"<li class=\"ins\"><span class=\"n\">1</span>"_s));
    QVERIFY(html.contains(u"<li class=\"del\"><span class=\"n\">2</span>"_s));
    QVERIFY(html.contains(u"<li class=\"move\"><span class=\"n\">0</span>"_s));
    QVERIFY(html.contains(u"<li class=\"sections\"><span class=\"n\">1</span>"_s));
    QVERIFY(html.contains(u"<del lang=\"ru\">Хранение &lt;данных&gt;</del> → <ins lang=\"ru\">Сроки хранения</ins>"_s));
    QVERIFY(html.contains(u"Cookies &amp; трекинг"_s));
    QVERIFY2(!html.contains(u"Unchanged title"_s), "equal sections are not listed");
    QVERIFY(!html.contains(u"class=\"nochange\""_s));

    const QString same2 = render(build({eq(u"Без изменений.\n"_s)}, text::Language::Russian), RedlineMode::SideBySide);
    CW_VERIFY_PAGE(same2);
    QVERIFY(same2.contains(u"class=\"nochange\""_s));
}

void tst_HtmlRedline::robustness_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<bool>("breakRanges");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("robustness: empty documents") << Edits{} << false << QStringList{};
    QTest::newRow("robustness: move without its other end is a plain delete")
        << Edits{eq(u"Keep. "_s), from(9, u"Lost half."_s)} << false << QStringList{u"<del>Lost half.</del>"_s};
    QTest::newRow("robustness: Cyrillic move-to without its from is a plain insert")
        << Edits{eq(u"Осталось. "_s), to(4, u"Половина."_s)} << false << QStringList{u"<ins>Половина.</ins>"_s};
    QTest::newRow("robustness: ranges past the end of the text are clipped")
        << Edits{eq(u"Short text.\n"_s), ins(u"Added."_s)} << true << QStringList{u"Short text."_s};
    QTest::newRow("robustness: a move split over two ops anchors once")
        << Edits{from(2, u"Part one "_s), from(2, u"part two.\n\n"_s), eq(u"Middle.\n\n"_s), to(2, u"Part one "_s),
                 to(2, u"part two.\n\n"_s)}
        << false << QStringList{u"id=\"move-2-from\""_s, u"id=\"move-2-to\""_s};
}

void tst_HtmlRedline::robustness()
{
    QFETCH(Edits, edits);
    QFETCH(bool, breakRanges);
    QFETCH(QStringList, mustContain);
    Comparison c = build(edits);
    if (breakRanges) {
        for (diff::Op &op : c.result.ops)
            op.range[Side::New].end += 1000;
        for (diff::Row &r : c.result.rows) {
            r.range[Side::Old].end += 1000;
            r.lastOp += 5;
        }
    }
    for (RedlineMode mode : {RedlineMode::Inline, RedlineMode::SideBySide}) {
        const QString html = render(c, mode);
        CW_VERIFY_PAGE(html);
        for (const QString &s : mustContain)
            QVERIFY2(html.contains(s), qPrintable(u"missing: "_s + s));
    }
    // Without rows (a hand-made result) the side-by-side view still shows both texts whole.
    c.result.rows.clear();
    const QString html = render(c, RedlineMode::SideBySide);
    CW_VERIFY_PAGE(html);
    for (const QString &s : mustContain)
        QVERIFY2(html.contains(s), qPrintable(u"missing without rows: "_s + s));
}

QTEST_GUILESS_MAIN(tst_HtmlRedline)
#include "tst_htmlredline.moc"
