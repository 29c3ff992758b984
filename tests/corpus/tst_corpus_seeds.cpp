// The project's seed policies (../shared/corpus/seeds): the structure recovered from each must
// be what a reader sees (tests/data/seeds/expected_outlines.json, written by reading the seeds),
// whatever encoding the file arrives in; lint must find the known defects.
#include "analysis/lint.h"
#include "document/importer.h"
#include "text/encoding.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

struct Heading
{
    int level;
    QString title;
};

QString norm(const QString &title)
{
    QString t = title.simplified();
    while (t.endsWith(u':'))
        t.chop(1);
    return t.trimmed();
}

void flatten(const QJsonArray &sections, int level, QList<Heading> &out)
{
    for (const QJsonValue &v : sections) {
        out << Heading{level, norm(v[u"title"_s].toString())};
        flatten(v[u"children"_s].toArray(), level + 1, out);
    }
}

QStringList titles(const QList<Heading> &hs, bool topOnly)
{
    QStringList out;
    for (const Heading &h : hs)
        if (!topOnly || h.level == 1)
            out << h.title;
    return out;
}

QList<Heading> headingsOf(const doc::PolicyDocument &d)
{
    QList<Heading> out;
    for (const doc::Section *s : d.flatSections())
        out << Heading{s->level, norm(s->title)};
    return out;
}

QJsonObject expectations()
{
    return QJsonDocument::fromJson(cwtest::readAll(QString::fromUtf8(CW_TESTS_DIR) + u"/data/seeds/expected_outlines.json"_s))
        .object();
}

doc::PolicyDocument importSeed(const QByteArray &bytes, const QString &name)
{
    const auto r = doc::ImporterRegistry::withBuiltins().importBytes(bytes, {name, text::Language::Unknown});
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return r.value();
}

// The text as it survives an 8-bit Cyrillic code page: characters the page lacks become "?".
QString representable(const QString &text, const QString &encoding)
{
    static const QString cp1251Extra = u"“”‘’„–—…«»№•\u00A0©®°±µ¶·§™‰‹›"_s;
    QString out = text;
    for (QChar &c : out) {
        const ushort u = c.unicode();
        const bool cyr = (u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451;
        const bool ok = u < 0x80 || cyr || (encoding == u"windows-1251"_s && (cp1251Extra.contains(c) || (u >= 0x0400 && u <= 0x045F)));
        if (!ok)
            c = u'?';
    }
    return out;
}

} // namespace

class tst_CorpusSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outline_data();
    void outline();
    void reencoded_data();
    void reencoded();
    void lintFindsKnownDefects_data();
    void lintFindsKnownDefects();
};

void tst_CorpusSeeds::outline_data()
{
    QTest::addColumn<QString>("file");
    const QJsonObject exp = expectations();
    QVERIFY2(!exp.isEmpty(), "tests/data/seeds/expected_outlines.json is missing or invalid");
    for (auto it = exp.begin(); it != exp.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void tst_CorpusSeeds::outline()
{
    CW_REQUIRE_CORPUS(corpus);
    QFETCH(QString, file);
    const QJsonObject e = expectations().value(file).toObject();
    const doc::PolicyDocument d = importSeed(cwtest::readAll(corpus + u"/seeds/"_s + file), file);

    QCOMPARE(d.title, e[u"title"_s].toString());

    QList<Heading> want;
    flatten(e[u"sections"_s].toArray(), 1, want);
    const QList<Heading> got = headingsOf(d);
    // Every heading a reader sees, and nothing else, in order.
    QCOMPARE(titles(got, false), titles(want, false));

    // The top level, and with it the whole hierarchy as the typography shows it.
    // ("semantic_sections", where present, records a reading that needs the meaning of the
    // sentences: not asserted here.)
    QCOMPARE(titles(got, true), titles(want, true));
    QStringList gotLevels, wantLevels;
    for (const Heading &h : got)
        gotLevels << QString::number(h.level) + u' ' + h.title;
    for (const Heading &h : want)
        wantLevels << QString::number(h.level) + u' ' + h.title;
    QCOMPARE(gotLevels, wantLevels);

    // Lines that look like headings to a naive reader but are list items or sentences.
    const QStringList headingTitles = titles(got, false);
    for (const QJsonValue &v : e[u"list_items_not_headings"_s].toArray())
        QVERIFY2(!headingTitles.contains(norm(v.toString())), qPrintable(v.toString()));

    // Every range lies inside the text and nests, and each heading range holds its title's first word.
    CW_VERIFY_INVARIANTS(d);
    for (const doc::Section *s : d.flatSections())
        QVERIFY2(d.textOf(s->heading).simplified().startsWith(s->title.section(u' ', 0, 0)), qPrintable(s->title));
}

void tst_CorpusSeeds::reencoded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    const QJsonObject exp = expectations();
    for (auto it = exp.begin(); it != exp.end(); ++it)
        for (const QString &enc : {u"windows-1251"_s, u"UTF-16LE"_s, u"UTF-16BE"_s})
            QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(enc)) << it.key() << enc;
    QTest::newRow("001 (Russian) KOI8-R") << u"001_4be82ead2e78d97a.txt"_s << u"KOI8-R"_s;
}

void tst_CorpusSeeds::reencoded()
{
    CW_REQUIRE_CORPUS(corpus);
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QString original = QString::fromUtf8(cwtest::readAll(corpus + u"/seeds/"_s + file));
    if (!encoding.startsWith(u"UTF"_s))
        original = representable(original, encoding);
    const doc::PolicyDocument reference = importSeed(original.toUtf8(), file);

    QByteArray bytes = text::encode(original, encoding);
    if (encoding.startsWith(u"UTF-16"_s)) // with a BOM, as editors write it
        bytes.prepend(encoding == u"UTF-16LE"_s ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2));
    const doc::PolicyDocument d = importSeed(bytes, file);
    // An English text in windows-1251 uses only the bytes that windows-1252 maps the same way
    // (curly quotes, dashes), so either name is right for it; with Cyrillic only one is.
    static const QRegularExpression cyrillic(u"[а-яА-ЯёЁ]"_s);
    const bool ambiguous = file.startsWith(u"000"_s) && encoding == u"windows-1251"_s;
    if (original.contains(cyrillic) || encoding.startsWith(u"UTF"_s)) {
        if (ambiguous)
            QEXPECT_FAIL("", "one Cyrillic letter in an English text: windows-1252 (“Îffline”) is as likely", Continue);
        QCOMPARE(d.encoding, encoding);
    }
    if (ambiguous)
        QEXPECT_FAIL("", "the same letter decodes as “Î”", Continue);
    QCOMPARE(d.text, reference.text);
    QCOMPARE(d.title, reference.title);
    QCOMPARE(titles(headingsOf(d), false), titles(headingsOf(reference), false));
    QCOMPARE(d.sections, reference.sections);
}

void tst_CorpusSeeds::lintFindsKnownDefects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("flagged");

    QTest::newRow("000 mixed-script ОfflineCRM") << u"000_04225f4a86031772.txt"_s << u"mixed-script"_s << u"ОfflineCRM"_s;
    QTest::newRow("001 mixed-script Kontakтах") << u"001_4be82ead2e78d97a.txt"_s << u"mixed-script"_s << u"Kontakтах"_s;
    QTest::newRow("003 mojibake") << u"003_8f0fc2800cc0b1e2.txt"_s << u"mojibake"_s << u"â€™"_s;
    QTest::newRow("004 empty e-mail") << u"004_153a4c03345c1147.txt"_s << u"empty-contact"_s
                                      << u"notify us immediately at"_s;
    QTest::newRow("004 empty date") << u"004_153a4c03345c1147.txt"_s << u"empty-date"_s << u"Last updated"_s;
}

void tst_CorpusSeeds::lintFindsKnownDefects()
{
    CW_REQUIRE_CORPUS(corpus);
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, flagged);
    const doc::PolicyDocument d = importSeed(cwtest::readAll(corpus + u"/seeds/"_s + file), file);
    const auto rules = analysis::LintRules::builtin();
    QVERIFY(rules.ok());
    QStringList found;
    for (const auto &i : analysis::lint(d, *rules))
        if (i.kind == kind)
            found << d.textOf(i.range);
    QVERIFY2(found.contains(flagged), qPrintable(found.join(u" | "_s)));
}

QTEST_GUILESS_MAIN(tst_CorpusSeeds)
#include "tst_corpus_seeds.moc"
