#include "analysis/cuepattern.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;
using analysis::CuePattern;
using analysis::WordAnalyser;

class tst_CuePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void matchAtReaching_data();
    void matchAtReaching();
    void malformed_data();
    void malformed();
    void indexFindsEveryMatchingPattern();
};

void tst_CuePattern::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("matched"); // the matched words, or empty for no match

    QTest::newRow("stems: inflected forms match")
        << u"retain … for … year"_s << u"We retained your data for up to three years."_s << u"retained … years"_s;
    QTest::newRow("adjacent slots need adjacent words") << u"do not track"_s << u"Do not ever track me"_s << QString();
    QTest::newRow("adjacent slots across punctuation") << u"do not track"_s << u"“Do Not Track” signals"_s
                                                       << u"Do … Track"_s;
    QTest::newRow("gap of eight words is allowed")
        << u"keep … days"_s << u"keep one two three four five six seven eight days"_s << u"keep … days"_s;
    QTest::newRow("gap of nine words is not") << u"keep … days"_s << u"keep one two three four five six seven eight nine days"_s
                                             << QString();
    QTest::newRow("alternatives") << u"sell|rent|trade … personal"_s << u"We never rent personal data."_s
                                  << u"rent … personal"_s;
    QTest::newRow("prefix") << u"cookie*"_s << u"Cookies and pixels"_s << u"Cookies"_s;
    QTest::newRow("Cyrillic: prefix and stem, case and ё")
        << u"хран* … в течение"_s << u"Персональные данные ХРАНЯТСЯ не более 3 лет, в течение срока"_s
        << u"ХРАНЯТСЯ … течение"_s;
    QTest::newRow("Cyrillic: ё folds to е") << u"учёт* … ведёт*"_s << u"Учет персональных данных ведется"_s
                                            << u"Учет … ведется"_s;
    QTest::newRow("Cyrillic: stem of a form in the pattern")
        << u"персональные данные"_s << u"обработка персональных данных"_s << u"персональных … данных"_s;
    QTest::newRow("Cyrillic: an exact form is not its stem's other forms")
        << u"указанн* =вами"_s << u"Сведения, указанные вам в письме, и сведения, указанные вами."_s << u"указанные … вами"_s;
    QTest::newRow("Cyrillic: an exact form does not match another form") << u"в =целях"_s << u"Сайт в целом работает."_s
                                                                       << QString();
    QTest::newRow("an exact word first, case folded") << u"=data|=info … kept"_s << u"DATA is kept"_s << u"DATA … kept"_s;
    QTest::newRow("no match at all") << u"children"_s << u"Детей не касается."_s << QString();
}

void tst_CuePattern::match()
{
    QFETCH(QString, pattern);
    QFETCH(QString, sentence);
    QFETCH(QString, matched);
    WordAnalyser analyser;
    const auto p = CuePattern::compile(pattern, analyser);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    const auto words = analyser.words(sentence, {0, sentence.size()}, text::Language::Unknown);
    size_t first = 0, last = 0;
    const bool ok = p->match(words, &first, &last);
    QCOMPARE(ok, !matched.isEmpty());
    if (ok) {
        const QString got = first == last ? sentence.mid(words[first].range.start, words[first].range.length())
                                          : sentence.mid(words[first].range.start, words[first].range.length()) + u" … "_s
                                                + sentence.mid(words[last].range.start, words[last].range.length());
        QCOMPARE(got, matched);
    }
}

// Whether some match from a word ends at or after another: an `unless` overlaps a later match
// of its cue when a longer path of its gaps reaches it, not only its shortest match.
void tst_CuePattern::matchAtReaching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("reach"); // the index of the word the match must end at or after
    QTest::addColumn<bool>("reaches");
    QTest::newRow("the shortest match ends before, a longer one reaches")
        << u"please … name"_s << u"Please give your first name, last name"_s << 6 << true;
    QTest::newRow("the shortest match is enough") << u"please … name"_s << u"Please give your name"_s << 3 << true;
    QTest::newRow("no path reaches that far") << u"please … name"_s << u"Please give your first name and address"_s << 6
                                              << false;
    QTest::newRow("adjacent slots do not stretch") << u"please give"_s << u"Please give your name"_s << 2 << false;
    QTest::newRow("Cyrillic: a longer path reaches the second noun")
        << u"запрос* … удалени*"_s << u"Запрос на удаление данных и удаление копий"_s << 5 << true;
    QTest::newRow("Cyrillic: nothing after the last noun") << u"запрос* … удалени*"_s
                                                           << u"Запрос на удаление данных и удаление копий"_s << 6 << false;
}

void tst_CuePattern::matchAtReaching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, sentence);
    QFETCH(int, reach);
    QFETCH(bool, reaches);
    WordAnalyser analyser;
    const auto p = CuePattern::compile(pattern, analyser);
    QVERIFY(p.ok());
    const auto words = analyser.words(sentence, {0, sentence.size()}, text::Language::Unknown);
    QCOMPARE(p->matchAtReaching(words, 0, size_t(reach)), reaches);
}

void tst_CuePattern::malformed_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty") << QString();
    QTest::newRow("only a gap") << u"…"_s;
    QTest::newRow("leading gap") << u"… data"_s;
    QTest::newRow("trailing gap") << u"data …"_s;
    QTest::newRow("two gaps") << u"a … … b"_s;
    QTest::newRow("empty alternative") << u"a||b"_s;
    QTest::newRow("bare star, Cyrillic context") << u"данные *"_s;
    QTest::newRow("bare equals sign") << u"данные ="_s;
    QTest::newRow("an exact word cannot be a prefix") << u"=данн*"_s;
}

void tst_CuePattern::malformed()
{
    QFETCH(QString, pattern);
    WordAnalyser analyser;
    const auto p = CuePattern::compile(pattern, analyser);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, u"cue"_s);
}

void tst_CuePattern::indexFindsEveryMatchingPattern()
{
    WordAnalyser analyser;
    analysis::CueIndex index;
    const QStringList patterns{u"retain … year"_s, u"хран*"_s, u"cookie*"_s, u"year*"_s, u"never"_s};
    for (qsizetype k = 0; k < patterns.size(); ++k)
        index.add(*CuePattern::compile(patterns[k], analyser), int(k));
    const QString sentence = u"We retain logs for a year; cookies хранятся too."_s;
    const auto words = analyser.words(sentence, {0, sentence.size()}, text::Language::Unknown);
    QList<int> keys;
    for (const auto &m : index.matches(words))
        keys << m.key;
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, (QList<int>{0, 1, 2, 3}));
}

QTEST_GUILESS_MAIN(tst_CuePattern)
#include "tst_cuepattern.moc"
