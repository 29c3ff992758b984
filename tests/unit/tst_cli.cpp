// clausewright-cli as scripts see it (CLI.md): the JSON contract of `outline` and `lint`,
// offsets that index the text whose SHA-256 the report carries, exit statuses 0/1/2/3 with
// one line on stderr for bad input, and -o that never leaves a partial or clobbered file.
// The binary is $CW_CLI (set by ctest), else the one in this build tree.

#include "testutil.h"
#include "text/encoding.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return u"exit %1, stderr: %2"_s.arg(exitCode).arg(QString::fromUtf8(err).trimmed());
    }
};

QString cliPath()
{
    const QString env = qEnvironmentVariable("CW_CLI");
    return env.isEmpty() ? QStringLiteral(CW_BINARY_DIR "/app/cli/clausewright-cli") : env;
}

CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &workingDir = {})
{
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(arguments);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start();
    CliRun r;
    if (!p.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(CW_TESTS_DIR "/data/cli")).absoluteFilePath(name);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isOffset(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The sections of an outline, depth-first, checked against the contract on the way: every
// field present with its type, levels counting the depth, children inside their parent and
// siblings in order, offsets within [from, to]. Returns the first problem, or nothing.
// Recursive: section trees are at most 16 levels deep (policydocument.cpp, MaxLevel).
QString checkSections(const QJsonArray &sections, int level, qint64 from, qint64 to, QStringList &titles)
{
    qint64 previousEnd = from;
    for (const QJsonValue &v : sections) {
        const QJsonObject s = v.toObject();
        const QString title = s.value(u"title"_s).toString();
        if (!s.value(u"title"_s).isString() || title.isEmpty())
            return u"a section without a title"_s;
        if (s.value(u"level"_s).toInt() != level)
            return u"“%1” has level %2 at depth %3"_s.arg(title).arg(s.value(u"level"_s).toInt()).arg(level);
        if (!isOffset(s.value(u"start"_s)) || !isOffset(s.value(u"end"_s)))
            return u"“%1” has no integral start/end"_s.arg(title);
        const qint64 start = qint64(s.value(u"start"_s).toDouble());
        const qint64 end = qint64(s.value(u"end"_s).toDouble());
        if (start > end || start < from || end > to)
            return u"“%1” [%2, %3) is outside [%4, %5)"_s.arg(title).arg(start).arg(end).arg(from).arg(to);
        if (start < previousEnd)
            return u"“%1” overlaps its previous sibling"_s.arg(title);
        previousEnd = end;
        if (!s.value(u"children"_s).isArray())
            return u"“%1” has no children array"_s.arg(title);
        titles << QString::number(level) + u' ' + title;
        if (QString problem = checkSections(s.value(u"children"_s).toArray(), level + 1, start, end, titles);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

// All sections depth-first as (title, start, end).
struct FlatSection { QString title; int level; qint64 start; qint64 end; };
void flatten(const QJsonArray &sections, std::vector<FlatSection> &out)
{
    for (const QJsonValue &v : sections) {
        const QJsonObject s = v.toObject();
        out.push_back({s.value(u"title"_s).toString(), s.value(u"level"_s).toInt(),
                       qint64(s.value(u"start"_s).toDouble()), qint64(s.value(u"end"_s).toDouble())});
        flatten(s.value(u"children"_s).toArray(), out);
    }
}

QJsonObject parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject()) {
        *error = u"not a JSON object: %1: %2"_s.arg(e.errorString(), QString::fromUtf8(json.left(200)));
        return {};
    }
    return d.object();
}

// The imported text every offset of a report refers to, from `outline --with-text`.
QString importedText(const QString &file, const QStringList &extra = {})
{
    const CliRun r = runCli(QStringList{u"outline"_s, file, u"--format"_s, u"json"_s, u"--with-text"_s} + extra);
    return QJsonDocument::fromJson(r.out).object().value(u"text"_s).toString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void outlineJson_data();
    void outlineJson();

    void outlineText_data();
    void outlineText();

    void outlineHtmlEscapes_data();
    void outlineHtmlEscapes();

    void lintJson_data();
    void lintJson();

    void failOn_data();
    void failOn();

    void badUsage_data();
    void badUsage();

    void badInput_data();
    void badInput();

    void outputFile_data();
    void outputFile();

    void standardInput_data();
    void standardInput();

    void badStandardInput_data();
    void badStandardInput();

    void languageOption_data();
    void languageOption();

    void lintRulesFile();
    void compareJson_data();
    void compareJson();
    void compareFormats_data();
    void compareFormats();
    void redlineReadsBack_data();
    void redlineReadsBack();
    void exportFormats_data();
    void exportFormats();
    void coverageJson_data();
    void coverageJson();
    void coverageUsageAndExit();
    void gapsJson();
    void libraryJson();
    void libraryCheckFindsErrors();
    void assembleTemplates_data();
    void assembleTemplates();
    void assembleErrors();
    void libraryUpdates();
    void parityJson_data();
    void parityJson();
    void parityProject();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + u" is not an executable; set CW_CLI"_s));
    QVERIFY(m_dir.isValid());
    const CliRun help = runCli({u"--help"_s});
    QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
}

// ---------------------------------------------------------------------------------------

void TestCli::outlineJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("sections"); // "level title", depth-first
    QTest::addColumn<bool>("textIsSource");     // Markdown and plain text: the text is the file

    QTest::newRow("nominal: English Markdown with emoji before the offsets")
        << u"outline_en.md"_s << u"markdown"_s << u"en"_s << u"UTF-8"_s
        << QStringList{u"1 What we record"_s, u"2 Reading groups"_s, u"1 How long we keep it 🗓️"_s, u"1 Questions"_s}
        << true;
    QTest::newRow("nominal: Russian plain text")
        << u"outline_ru.txt"_s << u"text"_s << u"ru"_s << u"UTF-8"_s
        << QStringList{u"1 1. Что мы записываем"_s, u"1 2. Сколько мы храним сведения"_s, u"1 3. Вопросы"_s} << true;
    QTest::newRow("nominal: Russian HTML")
        << u"outline_ru.html"_s << u"html"_s << u"ru"_s << u"UTF-8"_s
        << QStringList{u"1 Какие сведения мы получаем"_s, u"2 Фотографии с турниров"_s, u"1 Кому мы их передаём"_s}
        << false;
    QTest::newRow("nominal: Russian Markdown with a title")
        << u"clean_ru.md"_s << u"markdown"_s << u"ru"_s << u"UTF-8"_s
        << QStringList{u"1 Какие сведения мы храним"_s, u"1 Как с нами связаться"_s} << true;
}

void TestCli::outlineJson()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QString, encoding);
    QFETCH(QStringList, sections);
    QFETCH(bool, textIsSource);

    const QString path = fixture(file);
    const CliRun plain = runCli({u"outline"_s, path, u"--format"_s, u"json"_s});
    QVERIFY2(plain.finished && plain.exitCode == 0, qPrintable(plain.describe()));
    QVERIFY2(plain.err.isEmpty(), plain.err.constData());
    QString error;
    const QJsonObject o = parseObject(plain.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(o.value(u"file"_s).toString(), path);
    QCOMPARE(o.value(u"format"_s).toString(), format);
    QCOMPARE(o.value(u"language"_s).toString(), language);
    QCOMPARE(o.value(u"encoding"_s).toString(), encoding);
    const QString sha = o.value(u"text_sha256"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(sha).hasMatch(), qPrintable(sha));
    QVERIFY(!o.contains(u"text"_s));
    QVERIFY(o.value(u"sections"_s).isArray());

    // --with-text adds the text the offsets index, and changes nothing else.
    const CliRun withText = runCli({u"outline"_s, path, u"--format"_s, u"json"_s, u"--with-text"_s});
    QVERIFY2(withText.finished && withText.exitCode == 0, qPrintable(withText.describe()));
    QJsonObject w = parseObject(withText.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(w.value(u"text"_s).isString());
    const QString text = w.take(u"text"_s).toString();
    QCOMPARE(w, o);
    QCOMPARE(sha256Hex(text), sha);
    if (textIsSource)
        QCOMPARE(text, QString::fromUtf8(cwtest::readAll(path)));

    QStringList titles;
    const QString problem = checkSections(o.value(u"sections"_s).toArray(), 1, 0, text.size(), titles);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(titles, sections);
    std::vector<FlatSection> flat;
    flatten(o.value(u"sections"_s).toArray(), flat);
    for (const FlatSection &s : flat) {
        // Offsets are UTF-16 units: the section's text begins with its heading.
        const QString body = text.mid(s.start, s.end - s.start);
        QVERIFY2(body.left(s.title.size() + 8).contains(s.title),
                 qPrintable(u"“%1” is not at the start of [%2, %3): “%4”"_s.arg(s.title).arg(s.start).arg(s.end)
                                .arg(body.left(60))));
    }
}

// ---------------------------------------------------------------------------------------

void TestCli::outlineText_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("nominal: English Markdown") << u"outline_en.md"_s;
    QTest::newRow("nominal: Russian plain text") << u"outline_ru.txt"_s;
    QTest::newRow("nominal: Russian HTML") << u"outline_ru.html"_s;
}

// The text outline says what the JSON says: the title, then one line per section, indented
// two spaces a level, with its [start-end].
void TestCli::outlineText()
{
    QFETCH(QString, file);

    const QString path = fixture(file);
    const CliRun json = runCli({u"outline"_s, path, u"--format"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QString expected;
    if (const QString title = o.value(u"title"_s).toString(); !title.isEmpty())
        expected += title + u"\n\n"_s;
    std::vector<FlatSection> flat;
    flatten(o.value(u"sections"_s).toArray(), flat);
    QVERIFY(!flat.empty());
    for (const FlatSection &s : flat)
        expected += QString(2 * (s.level - 1), u' ') + s.title + u"  [%1-%2]\n"_s.arg(s.start).arg(s.end);

    const CliRun text = runCli({u"outline"_s, path});
    QVERIFY2(text.finished && text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.err.isEmpty());
    QCOMPARE(QString::fromUtf8(text.out), expected);
    // --format text is the default.
    QCOMPARE(runCli({u"outline"_s, path, u"--format"_s, u"text"_s}).out, text.out);
}

// ---------------------------------------------------------------------------------------

void TestCli::outlineHtmlEscapes_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("escaped");

    // Backslash escapes make the angle brackets text, so they reach the titles.
    QTest::newRow("robustness: markup in a heading")
        << "# Notice \\<script>alert(1)\\</script>\n\n## Cookies & \\<b>trackers\\</b>\n\nText.\n\n## Other\n\nMore.\n"_ba
        << u"Cookies &amp; &lt;b&gt;trackers&lt;/b&gt;"_s;
    QTest::newRow("robustness: markup in a Russian heading")
        << "# Политика \\<img src=x onerror=alert(1)>\n\n## Раздел «А» & \\<i>Б\\</i>\n\nТекст.\n\n## Другой\n\nЕщё.\n"_ba
        << u"Раздел «А» &amp; &lt;i&gt;Б&lt;/i&gt;"_s;
}

void TestCli::outlineHtmlEscapes()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, escaped);

    const QString path = m_dir.filePath(u"escape.md"_s);
    QVERIFY(writeFile(path, markdown));
    const CliRun r = runCli({u"outline"_s, path, u"--format"_s, u"html"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString html = QString::fromUtf8(r.out);
    QVERIFY2(html.contains(escaped), qPrintable(html));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<b>"_s) && !html.contains(u"<i>"_s));
}

// ---------------------------------------------------------------------------------------

using Findings = QMap<QString, QString>; // kind -> the flagged text

void TestCli::lintJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<Findings>("findings");

    QTest::newRow("nominal: one of each kind, English")
        << u"lint_en.txt"_s << u"en"_s
        << Findings{{u"placeholder"_s, u"{{company}}"_s},
                    {u"mixed-script"_s, u"L\u0435gal"_s}, // a Cyrillic “е”
                    {u"mojibake"_s, u"â€™"_s},
                    {u"empty-contact"_s, u"contact us at"_s},
                    {u"empty-date"_s, u"Last updated"_s}};
    QTest::newRow("nominal: one of each kind, Russian")
        << u"lint_ru.txt"_s << u"ru"_s
        << Findings{{u"placeholder"_s, u"[название компании]"_s},
                    {u"mixed-script"_s, u"п\u0065рсональных"_s}, // a Latin “e”
                    {u"mojibake"_s, u"вЂ”"_s},
                    {u"empty-contact"_s, u"по адресу"_s},
                    {u"empty-date"_s, u"Дата последнего обновления"_s}};
    QTest::newRow("nominal: clean English") << u"clean_en.txt"_s << u"en"_s << Findings{};
    QTest::newRow("nominal: clean Russian Markdown") << u"clean_ru.md"_s << u"ru"_s << Findings{};
}

void TestCli::lintJson()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(Findings, findings);

    const QString path = fixture(file);
    const CliRun r = runCli({u"lint"_s, path, u"--format"_s, u"json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    QString error;
    const QJsonObject o = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(u"file"_s).toString(), path);
    QCOMPARE(o.value(u"language"_s).toString(), language);

    const QString text = importedText(path);
    QVERIFY(!text.isEmpty());
    QCOMPARE(o.value(u"text_sha256"_s).toString(), sha256Hex(text));

    QVERIFY(o.value(u"issues"_s).isArray());
    Findings found;
    QStringList problems;
    qint64 previousStart = 0;
    for (const QJsonValue &v : o.value(u"issues"_s).toArray()) {
        const QJsonObject i = v.toObject();
        const QString kind = i.value(u"kind"_s).toString();
        QVERIFY2(isOffset(i.value(u"start"_s)) && isOffset(i.value(u"end"_s)), qPrintable(kind));
        const qint64 start = qint64(i.value(u"start"_s).toDouble());
        const qint64 end = qint64(i.value(u"end"_s).toDouble());
        QVERIFY2(start < end && end <= text.size(), qPrintable(u"%1 [%2, %3)"_s.arg(kind).arg(start).arg(end)));
        QVERIFY2(start >= previousStart, "issues are not sorted by offset");
        previousStart = start;
        QVERIFY2(!i.value(u"detail"_s).toString().isEmpty(), qPrintable(kind));
        QVERIFY(!i.value(u"detail"_s).toString().contains(u'\n'));
        const QString flagged = text.mid(start, end - start);
        if (i.contains(u"text"_s))
            QCOMPARE(i.value(u"text"_s).toString(), flagged);
        // line and column (1-based, UTF-16) agree with the offset.
        const QString before = text.left(start);
        QCOMPARE(i.value(u"line"_s).toInt(), int(before.count(u'\n')) + 1);
        QCOMPARE(i.value(u"column"_s).toInt(), int(start - (before.lastIndexOf(u'\n') + 1)) + 1);
        if (found.contains(kind))
            problems << u"%1 found twice (“%2” and “%3”)"_s.arg(kind, found.value(kind), flagged);
        found.insert(kind, flagged);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(found, findings);
}

// ---------------------------------------------------------------------------------------

void TestCli::failOn_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "lint FILE"
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("nominal: issues without --fail-on") << QStringList{} << u"lint_en.txt"_s << 0;
    QTest::newRow("nominal: issues with --fail-on any") << QStringList{u"--fail-on"_s, u"any"_s} << u"lint_en.txt"_s
                                                        << 1;
    QTest::newRow("nominal: Russian issues with --fail-on any") << QStringList{u"--fail-on"_s, u"any"_s}
                                                                << u"lint_ru.txt"_s << 1;
    QTest::newRow("nominal: --fail-on=any, JSON") << QStringList{u"--fail-on=any"_s, u"--format"_s, u"json"_s}
                                                  << u"lint_ru.txt"_s << 1;
    QTest::newRow("nominal: --fail-on a kind present") << QStringList{u"--fail-on"_s, u"mojibake"_s}
                                                       << u"lint_en.txt"_s << 1;
    QTest::newRow("nominal: --fail-on a list with one kind present")
        << QStringList{u"--fail-on"_s, u"no-such-kind,empty-date"_s} << u"lint_en.txt"_s << 1;
    QTest::newRow("nominal: --fail-on a kind absent") << QStringList{u"--fail-on"_s, u"no-such-kind"_s}
                                                      << u"lint_en.txt"_s << 0;
    QTest::newRow("nominal: clean file with --fail-on any") << QStringList{u"--fail-on"_s, u"any"_s}
                                                            << u"clean_en.txt"_s << 0;
    QTest::newRow("nominal: clean Russian file with --fail-on any") << QStringList{u"--fail-on"_s, u"any"_s}
                                                                    << u"clean_ru.md"_s << 0;
}

void TestCli::failOn()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(int, exitCode);

    const CliRun r = runCli(QStringList{u"lint"_s, fixture(file)} + arguments);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // The report is written whatever the status.
    if (file.startsWith(u"lint"_s))
        QVERIFY(!r.out.isEmpty());
}

// ---------------------------------------------------------------------------------------

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention"); // stderr mentions it (empty: anything)

    const QString file = fixture(u"clean_en.txt"_s);
    QTest::newRow("robustness: no command") << QStringList{} << u"Usage"_s;
    QTest::newRow("robustness: unknown command") << QStringList{u"frobnicate"_s, file} << u"frobnicate"_s;
    QTest::newRow("robustness: unknown command in Russian") << QStringList{u"проверить"_s, file} << u"проверить"_s;
    QTest::newRow("robustness: unknown --format") << QStringList{u"outline"_s, file, u"--format"_s, u"xml"_s}
                                                  << u"xml"_s;
    QTest::newRow("robustness: unknown --format for lint") << QStringList{u"lint"_s, file, u"--format=yaml"_s}
                                                           << u"yaml"_s;
    QTest::newRow("robustness: --format without a value") << QStringList{u"outline"_s, file, u"--format"_s}
                                                          << u"format"_s;
    QTest::newRow("robustness: outline without a file") << QStringList{u"outline"_s} << QString();
    QTest::newRow("robustness: lint without a file") << QStringList{u"lint"_s, u"--format"_s, u"json"_s} << QString();
    QTest::newRow("robustness: two files") << QStringList{u"outline"_s, file, file} << QString();
    QTest::newRow("robustness: unknown option") << QStringList{u"outline"_s, file, u"--frobnicate"_s}
                                                << u"frobnicate"_s;
    QTest::newRow("robustness: unknown --lang") << QStringList{u"outline"_s, file, u"--lang"_s, u"xx"_s} << u"xx"_s;
    QTest::newRow("robustness: --lang in Russian") << QStringList{u"lint"_s, file, u"--lang"_s, u"русский"_s}
                                                   << u"русский"_s;
    QTest::newRow("robustness: compare with one file") << QStringList{u"compare"_s, file} << u"compare"_s;
    QTest::newRow("robustness: library without an action") << QStringList{u"library"_s} << u"Usage"_s;
    QTest::newRow("robustness: library show without an id") << QStringList{u"library"_s, u"show"_s} << u"Usage"_s;
    QTest::newRow("robustness: assemble without answers") << QStringList{u"assemble"_s, u"gdpr-saas"_s} << u"--answers"_s;
    QTest::newRow("robustness: assemble in an unknown language")
        << QStringList{u"assemble"_s, u"gdpr-saas"_s, u"--answers"_s, file, u"--lang"_s, u"немецкий"_s} << u"немецкий"_s;
    QTest::newRow("robustness: assemble both without a project file")
        << QStringList{u"assemble"_s, u"gdpr-saas"_s, u"--answers"_s, file, u"--lang"_s, u"both"_s} << u"cwproj"_s;
    QTest::newRow("robustness: unknown --granularity")
        << QStringList{u"compare"_s, file, file, u"--granularity"_s, u"абзац"_s} << u"абзац"_s;
    QTest::newRow("robustness: unknown --ignore value")
        << QStringList{u"compare"_s, file, file, u"--ignore"_s, u"case,colour"_s} << u"colour"_s;
    QTest::newRow("robustness: docx to standard output") << QStringList{u"compare"_s, file, file, u"--format"_s, u"docx"_s}
                                                         << u"-o"_s;
    QTest::newRow("robustness: docx for outline") << QStringList{u"outline"_s, file, u"--format"_s, u"docx"_s}
                                                  << u"compare"_s;
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);

    const CliRun r = runCli(arguments);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
    if (!mention.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(mention), r.err.constData());
}

// ---------------------------------------------------------------------------------------

// How the input is made bad.
enum class Bad {
    Missing,
    Empty,
    Whitespace,
    Png,
    Elf,
    Folder,
};

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("bad");

    QTest::newRow("robustness: outline, missing file") << u"outline"_s << u"missing.md"_s << int(Bad::Missing);
    QTest::newRow("robustness: lint, missing file") << u"lint"_s << u"missing.txt"_s << int(Bad::Missing);
    QTest::newRow("robustness: outline, missing file, Cyrillic name") << u"outline"_s << u"нет такой политики.txt"_s
                                                                      << int(Bad::Missing);
    QTest::newRow("robustness: outline, empty file") << u"outline"_s << u"empty.txt"_s << int(Bad::Empty);
    QTest::newRow("robustness: lint, empty Markdown, Cyrillic name") << u"lint"_s << u"пустая.md"_s
                                                                     << int(Bad::Empty);
    QTest::newRow("robustness: lint, whitespace only") << u"lint"_s << u"blank.html"_s << int(Bad::Whitespace);
    QTest::newRow("robustness: outline, PNG") << u"outline"_s << u"logo.png"_s << int(Bad::Png);
    QTest::newRow("robustness: lint, PNG named .txt") << u"lint"_s << u"policy.txt"_s << int(Bad::Png);
    QTest::newRow("robustness: outline, ELF named .md") << u"outline"_s << u"политика.md"_s << int(Bad::Elf);
    QTest::newRow("robustness: outline, a folder") << u"outline"_s << u"policies"_s << int(Bad::Folder);
}

void TestCli::badInput()
{
    QFETCH(QString, command);
    QFETCH(QString, name);
    QFETCH(int, bad);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    switch (Bad(bad)) {
    case Bad::Missing:
        break;
    case Bad::Empty:
        QVERIFY(writeFile(path, {}));
        break;
    case Bad::Whitespace:
        QVERIFY(writeFile(path, " \n\t\r\n\n  "));
        break;
    case Bad::Png:
        QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + QByteArray(1024, '\0')));
        break;
    case Bad::Elf:
        QVERIFY(writeFile(path, QByteArray("\x7F" "ELF\x02\x01\x01\0", 8) + QByteArray(1024, '\0')));
        break;
    case Bad::Folder:
        QVERIFY(QDir().mkpath(path));
        break;
    }

    for (const QString &format : {u"text"_s, u"json"_s}) {
        const CliRun r = runCli({command, path, u"--format"_s, format});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1 && err.size() > 1,
                 qPrintable(u"not exactly one line: “%1”"_s.arg(err)));
        QVERIFY2(err.contains(path), qPrintable(u"does not name the file: "_s + err));
    }
}

// ---------------------------------------------------------------------------------------

void TestCli::outputFile_data()
{
    QTest::addColumn<QStringList>("arguments"); // IN and OUT stand for the paths
    QTest::addColumn<QString>("input");         // fixture name, or "missing", "empty", "binary"
    QTest::addColumn<QString>("output");        // the name of OUT in a fresh folder
    QTest::addColumn<bool>("preexisting");      // OUT exists before the run
    QTest::addColumn<int>("exitCode");

    const QStringList outlineJson{u"outline"_s, u"IN"_s, u"--format"_s, u"json"_s, u"-o"_s, u"OUT"_s};
    const QStringList lintText{u"lint"_s, u"IN"_s, u"--output"_s, u"OUT"_s};
    const QStringList lintFailing{u"lint"_s, u"IN"_s, u"--fail-on"_s, u"any"_s, u"--format"_s, u"json"_s,
                                  u"-o"_s, u"OUT"_s};

    QTest::newRow("nominal: JSON into a new file") << outlineJson << u"outline_en.md"_s << u"outline.json"_s << false
                                                   << 0;
    QTest::newRow("nominal: replaces an existing file") << outlineJson << u"outline_ru.txt"_s << u"outline.json"_s
                                                        << true << 0;
    QTest::newRow("nominal: Cyrillic output name") << lintText << u"lint_ru.txt"_s << u"отчёт.txt"_s << false << 0;
    QTest::newRow("nominal: written even when --fail-on fails") << lintFailing << u"lint_en.txt"_s
                                                                << u"lint.json"_s << false << 1;
    QTest::newRow("robustness: missing input, no file created") << outlineJson << u"missing"_s << u"out.json"_s
                                                                << false << 3;
    QTest::newRow("robustness: missing input, existing file untouched") << outlineJson << u"missing"_s
                                                                        << u"out.json"_s << true << 3;
    QTest::newRow("robustness: empty input, existing file untouched") << lintText << u"empty"_s << u"отчёт.txt"_s
                                                                      << true << 3;
    QTest::newRow("robustness: binary input, no file created") << lintFailing << u"binary"_s << u"lint.json"_s
                                                               << false << 3;
    QTest::newRow("robustness: bad usage, existing file untouched")
        << QStringList{u"outline"_s, u"IN"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"OUT"_s} << u"outline_en.md"_s
        << u"out.pdf"_s << true << 2;
    QTest::newRow("robustness: output into a missing folder") << outlineJson << u"outline_en.md"_s
                                                              << u"no/such/folder/out.json"_s << false << 3;
}

void TestCli::outputFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(bool, preexisting);
    QFETCH(int, exitCode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString in = fixture(input);
    if (input == u"missing"_s) {
        in = dir.filePath(u"missing.md"_s);
    } else if (input == u"empty"_s) {
        in = dir.filePath(u"empty.txt"_s);
        QVERIFY(writeFile(in, {}));
    } else if (input == u"binary"_s) {
        in = dir.filePath(u"binary.txt"_s);
        QVERIFY(writeFile(in, QByteArray(512, '\0')));
    }
    const QString out = dir.filePath(output);
    const QByteArray previous = "previous report, must survive a failed run\n";
    if (preexisting)
        QVERIFY(writeFile(out, previous));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    QStringList args = arguments;
    args.replaceInStrings(QRegularExpression(u"^IN$"_s), in);
    args.replaceInStrings(QRegularExpression(u"^OUT$"_s), out);
    const CliRun r = runCli(args);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.isEmpty(), "-o given, yet something went to stdout");

    if (exitCode <= 1) {
        QVERIFY(r.err.isEmpty());
        // The file holds exactly what stdout would have.
        QStringList toStdout = arguments;
        const qsizetype o = std::max(toStdout.indexOf(u"-o"_s), toStdout.indexOf(u"--output"_s));
        toStdout.remove(o, 2);
        toStdout.replaceInStrings(QRegularExpression(u"^IN$"_s), in);
        const CliRun reference = runCli(toStdout);
        QVERIFY(!reference.out.isEmpty());
        QCOMPARE(cwtest::readAll(out), reference.out);
    } else {
        QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
        QCOMPARE(QString::fromUtf8(r.err).trimmed().count(u'\n'), 0);
        if (preexisting)
            QCOMPARE(cwtest::readAll(out), previous);
        else
            QVERIFY2(!QFileInfo::exists(out), "a failed run left an output file");
    }
    // No temporary file left beside OUT.
    QStringList after = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QStringList expected = before;
    if (exitCode <= 1 && !preexisting)
        expected << QFileInfo(output).fileName();
    expected.sort();
    after.sort();
    QCOMPARE(after, expected);
}

// ---------------------------------------------------------------------------------------

void TestCli::standardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("sections"); // "level title"

    const QByteArray ru = "Политика конфиденциальности кофейни «Зерно»\n\n"
                          "1. Какие сведения мы получаем\n\n"
                          "Имя и номер телефона, если вы заказываете кофе заранее через сайт или по телефону.\n\n"
                          "2. Как долго мы их храним\n\n"
                          "Один месяц после заказа, затем сведения удаляются без возможности восстановления.\n";
    const QStringList ruSections{u"1 1. Какие сведения мы получаем"_s, u"1 2. Как долго мы их храним"_s};
    QTest::newRow("nominal: Russian text") << ru << QStringList{} << u"text"_s << u"ru"_s << u"UTF-8"_s << ruSections;
    QTest::newRow("nominal: Russian text in windows-1251")
        << cw::text::encode(QString::fromUtf8(ru), u"windows-1251"_s) << QStringList{} << u"text"_s << u"ru"_s
        << u"windows-1251"_s << ruSections;
    QTest::newRow("nominal: Russian Markdown sniffed")
        << "# Политика\n\n## Сведения\n\nИмя и телефон.\n\n## Сроки\n\nОдин месяц.\n"_ba << QStringList{}
        << u"markdown"_s << u"ru"_s << u"UTF-8"_s << QStringList{u"1 Сведения"_s, u"1 Сроки"_s};
    QTest::newRow("nominal: English HTML sniffed")
        << "<!DOCTYPE html><html><body><h2>Cookies</h2><p>One cookie keeps you signed in.</p></body></html>"_ba
        << QStringList{} << u"html"_s << u"en"_s << u"UTF-8"_s << QStringList{u"1 Cookies"_s};
    QTest::newRow("nominal: Russian text declared English") << ru << QStringList{u"--lang"_s, u"en"_s} << u"text"_s
                                                            << u"en"_s << u"UTF-8"_s << ruSections;
}

void TestCli::standardInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, extra);
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QString, encoding);
    QFETCH(QStringList, sections);

    const CliRun r = runCli(QStringList{u"outline"_s, u"-"_s, u"--format"_s, u"json"_s, u"--with-text"_s} + extra,
                            input);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(u"format"_s).toString(), format);
    QCOMPARE(o.value(u"language"_s).toString(), language);
    QCOMPARE(o.value(u"encoding"_s).toString(), encoding);
    const QString text = o.value(u"text"_s).toString();
    QCOMPARE(o.value(u"text_sha256"_s).toString(), sha256Hex(text));
    if (format != u"html"_s && encoding == u"UTF-8"_s)
        QCOMPARE(text, QString::fromUtf8(input));
    QStringList titles;
    const QString problem = checkSections(o.value(u"sections"_s).toArray(), 1, 0, text.size(), titles);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!sections.isEmpty())
        QCOMPARE(titles, sections);

    // lint reads standard input the same way.
    const CliRun lint = runCli(QStringList{u"lint"_s, u"-"_s, u"--format"_s, u"json"_s} + extra, input);
    QVERIFY2(lint.finished && lint.exitCode == 0, qPrintable(lint.describe()));
    QCOMPARE(QJsonDocument::fromJson(lint.out).object().value(u"text_sha256"_s).toString(), sha256Hex(text));
}

// Bad input on standard input: status 3 and one line that calls it "standard input", as
// importer.cpp's displayName() does, not "-".
void TestCli::badStandardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("knownBug");

    QTest::newRow("robustness: nothing") << QByteArray() << QString();
    QTest::newRow("robustness: blank lines") << "\n \r\n\t\n"_ba << QString();
    QTest::newRow("robustness: NUL bytes in Russian text") << "Политика"_ba + QByteArray(3, '\0') + "конфиденциальности"_ba
                                                           << QString();
    QTest::newRow("robustness: HTML page with no text") << "<!DOCTYPE html><html><body><script>x()</script></body></html>"_ba
                                                        << QString();
}

void TestCli::badStandardInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, knownBug);

    const CliRun r = runCli({u"outline"_s, u"-"_s, u"--format"_s, u"json"_s}, input);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QVERIFY2(err.startsWith(u"standard input"_s), qPrintable(err));
}

// ---------------------------------------------------------------------------------------

void TestCli::languageOption_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lang");
    QTest::addColumn<QString>("language");

    QTest::newRow("nominal: English detected") << u"clean_en.txt"_s << QStringList{} << u"en"_s;
    QTest::newRow("nominal: Russian detected") << u"clean_ru.md"_s << QStringList{} << u"ru"_s;
    QTest::newRow("nominal: --lang auto") << u"clean_ru.md"_s << QStringList{u"--lang"_s, u"auto"_s} << u"ru"_s;
    QTest::newRow("nominal: --lang ru overrides English") << u"clean_en.txt"_s << QStringList{u"--lang"_s, u"ru"_s}
                                                          << u"ru"_s;
    QTest::newRow("nominal: --lang en overrides Russian") << u"clean_ru.md"_s << QStringList{u"--lang=en"_s}
                                                          << u"en"_s;
    QTest::newRow("nominal: --lang RU in capitals") << u"clean_en.txt"_s << QStringList{u"--lang"_s, u"RU"_s}
                                                    << u"ru"_s;
}

void TestCli::languageOption()
{
    QFETCH(QString, file);
    QFETCH(QStringList, lang);
    QFETCH(QString, language);

    for (const QString &command : {u"outline"_s, u"lint"_s}) {
        const CliRun r = runCli(QStringList{command, fixture(file), u"--format"_s, u"json"_s} + lang);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"language"_s).toString(), language);
    }
}

// A user's rules file extends the built-in lint rules; a broken one is bad input.
void TestCli::lintRulesFile()
{
    QTemporaryDir dir;
    const QString policy = dir.filePath(u"policy.md"_s), rules = dir.filePath(u"rules.json"_s),
                  broken = dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(policy, u"# Политика\n\n<<Компания>> обрабатывает данные.\n"_s.toUtf8()));
    QVERIFY(writeFile(rules, R"({"placeholders": ["<<[^>]+>>"]})"));
    QVERIFY(writeFile(broken, "{not json"));

    const CliRun without = runCli({u"lint"_s, policy, u"--fail-on"_s, u"placeholder"_s});
    QCOMPARE(without.exitCode, 0);
    const CliRun with = runCli({u"lint"_s, policy, u"--rules"_s, rules, u"--fail-on"_s, u"placeholder"_s});
    QCOMPARE(with.exitCode, 1);
    QVERIFY2(QString::fromUtf8(with.out).contains(u"<<Компания>>"_s), with.out.constData());
    const CliRun bad = runCli({u"lint"_s, policy, u"--rules"_s, broken});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY2(QString::fromUtf8(bad.err).contains(u"broken.json"_s), bad.err.constData());
}

// ---------------------------------------------------------------------------------------
// compare

void TestCli::compareJson_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("opsSeen"); // op kinds that must occur, comma-separated

    const QString para = u"We keep backups in two data centres in the European Union for thirty days.\n\n"_s;
    QTest::newRow("nominal: word edit")
        << u"# P\n\n## Retention\n\nWe keep data for 5 years.\n"_s << u"# P\n\n## Retention\n\nWe keep data for 7 years.\n"_s
        << QStringList{} << u"equal,insert,delete"_s;
    QTest::newRow("nominal: Russian paragraph moved")
        << u"# П\n\nМы храним резервные копии в двух центрах обработки данных на территории России.\n\nВторой абзац остаётся на месте и не меняется.\n"_s
        << u"# П\n\nВторой абзац остаётся на месте и не меняется.\n\nМы храним резервные копии в двух центрах обработки данных на территории России.\n"_s
        << QStringList{} << u"equal,move"_s;
    QTest::newRow("nominal: --no-moves shows delete and insert")
        << u"# P\n\n"_s + para + u"Second paragraph stays where it is.\n"_s
        << u"# P\n\nSecond paragraph stays where it is.\n\n"_s + para << QStringList{u"--no-moves"_s}
        << u"insert,delete"_s;
    QTest::newRow("nominal: --ignore case makes it equal")
        << u"Personal Data\n"_s << u"personal data\n"_s << QStringList{u"--ignore"_s, u"case"_s} << u"equal"_s;
}

void TestCli::compareJson()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QStringList, extra);
    QFETCH(QString, opsSeen);
    QTemporaryDir dir;
    const QString a = dir.filePath(u"old.md"_s), b = dir.filePath(u"new.md"_s);
    QVERIFY(writeFile(a, oldText.toUtf8()) && writeFile(b, newText.toUtf8()));
    const CliRun r = runCli(QStringList{u"compare"_s, a, b, u"--format"_s, u"json"_s} + extra);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(u"old"_s).toString(), a);
    QCOMPARE(o.value(u"new"_s).toString(), b);
    QCOMPARE(o.value(u"old_text_sha256"_s).toString(), sha256Hex(oldText));
    QCOMPARE(o.value(u"new_text_sha256"_s).toString(), sha256Hex(newText));
    for (const QString &key : {u"inserted_words"_s, u"deleted_words"_s, u"moved_words"_s, u"unchanged_words"_s})
        QVERIFY2(o.value(u"stats"_s).toObject().value(key).isDouble(), qPrintable(key));

    // Applying the ops to OLD gives NEW (CLI.md), checked from the JSON alone.
    QString rebuilt;
    QSet<QString> kinds;
    qint64 posOld = 0, posNew = 0;
    for (const QJsonValue &v : o.value(u"ops"_s).toArray()) {
        const QJsonObject op = v.toObject();
        const QString kind = op.value(u"op"_s).toString();
        kinds.insert(kind);
        const QJsonArray ro = op.value(u"old"_s).toArray(), rn = op.value(u"new"_s).toArray();
        const qint64 os = ro[0].toInteger(), oe = ro[1].toInteger(), ns = rn[0].toInteger(), ne = rn[1].toInteger();
        const QString move = op.value(u"move"_s).toString();
        if (kind == u"equal"_s || kind == u"delete"_s || move == u"from"_s) {
            QCOMPARE(os, posOld);
            posOld = oe;
        }
        if (kind == u"equal"_s || kind == u"insert"_s || move == u"to"_s) {
            QCOMPARE(ns, posNew);
            posNew = ne;
        }
        if (kind == u"equal"_s || move == u"to"_s)
            rebuilt += oldText.mid(os, oe - os);
        else if (kind == u"insert"_s)
            rebuilt += newText.mid(ns, ne - ns);
    }
    if (extra.isEmpty() || extra.first() != u"--ignore"_s)
        QCOMPARE(rebuilt, newText);
    for (const QString &k : opsSeen.split(u','))
        QVERIFY2(kinds.contains(k), qPrintable(k));
}

void TestCli::compareFormats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::addColumn<QByteArray>("contains");
    QTest::addColumn<bool>("toFile");

    QTest::newRow("nominal: text redline") << QStringList{} << QByteArray() << QByteArray("{+семь+}") << false;
    QTest::newRow("nominal: text redline by sentence") << QStringList{u"--granularity"_s, u"sentence"_s} << QByteArray()
                                                       << QByteArray("{+Мы храним данные семь лет.+}") << false;
    QTest::newRow("nominal: HTML side by side") << QStringList{u"--format"_s, u"html"_s} << QByteArray("<!DOCTYPE html>")
                                                << QByteArray("семь") << false;
    QTest::newRow("nominal: HTML inline") << QStringList{u"--format"_s, u"html"_s, u"--html-mode"_s, u"inline"_s}
                                          << QByteArray("<!DOCTYPE html>") << QByteArray("<ins") << false;
    QTest::newRow("nominal: DOCX with tracked changes") << QStringList{u"--format"_s, u"docx"_s}
                                                        << QByteArray("PK") << QByteArray() << true;
    QTest::newRow("nominal: PDF, changes inline") << QStringList{u"--format"_s, u"pdf"_s} << QByteArray("%PDF-")
                                                  << QByteArray() << true;
}

void TestCli::compareFormats()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, startsWith);
    QFETCH(QByteArray, contains);
    QFETCH(bool, toFile);
    QTemporaryDir dir;
    const QString a = dir.filePath(u"old.md"_s), b = dir.filePath(u"new.md"_s), out = dir.filePath(u"out"_s);
    QVERIFY(writeFile(a, u"# Политика\n\nМы храним данные пять лет.\n"_s.toUtf8())
            && writeFile(b, u"# Политика\n\nМы храним данные семь лет.\n"_s.toUtf8()));
    QStringList args{u"compare"_s, a, b};
    args += options;
    if (toFile)
        args << u"-o"_s << out;
    const CliRun r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QByteArray data = r.out;
    if (toFile) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        data = f.readAll();
    }
    QVERIFY2(data.startsWith(startsWith), data.left(60).constData());
    QVERIFY2(data.contains(contains), data.left(200).constData());
    if (toFile) {
        // DOCX and PDF go to a file only.
        const CliRun toStdout = runCli(QStringList{u"compare"_s, a, b} + options);
        QCOMPARE(toStdout.exitCode, 2);
    }
}

// The .docx a compare writes opens again: outline reads it in the accepted view, says on
// standard error that it still tracks changes, and counts them in the JSON.
void TestCli::redlineReadsBack_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("section");
    QTest::newRow("nominal: English") << u"# Policy\n\n## Retention\n\nWe keep data five years.\n"_s
                                      << u"# Policy\n\n## Retention\n\nWe keep data seven years.\n"_s << u"Retention"_s;
    QTest::newRow("nominal: Cyrillic") << u"# Политика\n\n## Хранение\n\nМы храним данные пять лет.\n"_s
                                       << u"# Политика\n\n## Сроки хранения\n\nМы храним данные семь лет.\n"_s
                                       << u"Сроки хранения"_s;
}

void TestCli::redlineReadsBack()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, section);
    QTemporaryDir dir;
    const QString a = dir.filePath(u"old.md"_s), b = dir.filePath(u"new.md"_s), docx = dir.filePath(u"redline.docx"_s);
    QVERIFY(writeFile(a, oldText.toUtf8()) && writeFile(b, newText.toUtf8()));
    const CliRun written = runCli({u"compare"_s, a, b, u"--format"_s, u"docx"_s, u"-o"_s, docx});
    QVERIFY2(written.finished && written.exitCode == 0, qPrintable(written.describe()));
    const CliRun r = runCli({u"outline"_s, u"--format"_s, u"json"_s, u"--with-text"_s, docx});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("tracked change"), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"format"_s).toString(), u"docx"_s);
    QVERIFY(o.value(u"tracked_changes"_s).toInt() > 0);
    QCOMPARE(o.value(u"sections"_s).toArray().at(0).toObject().value(u"title"_s).toString(), section);
    QVERIFY(!o.value(u"text"_s).toString().contains(u"пять"_s));
    QVERIFY(!o.value(u"text"_s).toString().contains(u"five"_s));
}

// `export`: each format by --to or by the suffix of -o; the binary ones only to a file.
void TestCli::exportFormats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("outName"); // empty: standard output
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("nominal: Markdown to standard output") << QStringList{u"--to"_s, u"md"_s} << QString() << 0
                                                          << QByteArray("# Политика");
    QTest::newRow("nominal: HTML") << QStringList{u"--to"_s, u"html"_s} << u"out.html"_s << 0 << QByteArray("<!DOCTYPE html>");
    QTest::newRow("nominal: DOCX by the suffix of -o") << QStringList{} << u"out.docx"_s << 0 << QByteArray("PK");
    QTest::newRow("nominal: ODT") << QStringList{u"--to"_s, u"odt"_s} << u"out.odt"_s << 0 << QByteArray("PK");
    QTest::newRow("nominal: PDF") << QStringList{u"--to"_s, u"pdf"_s} << u"out.pdf"_s << 0 << QByteArray("%PDF-");
    QTest::newRow("bad usage: PDF to standard output") << QStringList{u"--to"_s, u"pdf"_s} << QString() << 2 << QByteArray();
    QTest::newRow("bad usage: an unknown format") << QStringList{u"--to"_s, u"rtf"_s} << u"out.rtf"_s << 2 << QByteArray();
}

void TestCli::exportFormats()
{
    QFETCH(QStringList, options);
    QFETCH(QString, outName);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, startsWith);
    QTemporaryDir dir;
    const QString in = dir.filePath(u"policy.md"_s);
    QVERIFY(writeFile(in, u"# Политика\n\n## 1. Оператор\n\nООО «Пример».\n\n- пункт;\n- пункт.\n"_s.toUtf8()));
    QStringList args{u"export"_s, in};
    args += options;
    if (!outName.isEmpty())
        args << u"-o"_s << dir.filePath(outName);
    const CliRun r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe()));
    if (exitCode != 0)
        return;
    QByteArray data = r.out;
    if (!outName.isEmpty()) {
        QFile f(dir.filePath(outName));
        QVERIFY(f.open(QIODevice::ReadOnly));
        data = f.readAll();
    }
    QVERIFY2(data.startsWith(startsWith), data.left(40).constData());
}

// ---------------------------------------------------------------------------------------
// coverage and gaps (the shipped cues; their accuracy is measured by ./test.sh --eval)

void TestCli::coverageJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("present");      // topics that must be found
    QTest::addColumn<QStringList>("absent");       // topics that must not
    QTest::addColumn<QString>("metRequirement");   // one requirement id that must be met

    QTest::newRow("nominal: English policy, GDPR")
        << u"# Privacy policy\n\n## Data retention\n\nWe retain account data for two years after you close your "
           u"account.\n\n## Your rights\n\nYou have the right to access, rectify and erase your personal data.\n\n"
           u"## Contact us\n\nWrite to privacy@example.com.\n"_s
        << u"gdpr"_s << QStringList{u"retention"_s, u"rights"_s, u"contact"_s} << QStringList{u"children"_s, u"localization"_s}
        << u"gdpr.13.2.a"_s;
    QTest::newRow("Cyrillic: 152-FZ policy, ru152")
        << u"# Политика в отношении обработки персональных данных\n\n## Сроки обработки и хранения\n\n"
           u"Персональные данные хранятся в течение трех лет с момента их получения.\n\n"
           u"## Права субъекта персональных данных\n\nСубъект вправе требовать уточнения, блокирования или "
           u"уничтожения своих персональных данных.\n\n## Локализация\n\nЗапись и хранение персональных данных "
           u"граждан Российской Федерации осуществляются с использованием баз данных, находящихся на территории "
           u"Российской Федерации.\n"_s
        << u"ru152"_s << QStringList{u"retention"_s, u"rights"_s, u"localization"_s} << QStringList{u"dnt"_s, u"children"_s}
        << u"ru152.localization"_s;
    // A draft's contents name sections it lacks, and its "Who we are" names no one: neither
    // covers the topic.
    QTest::newRow("contents naming a missing section, a heading over no controller")
        << u"# Privacy policy\n\n- Who we are\n- Data retention\n- Cookies\n- Children\n\n## Who we are\n\n"
           u"We care about your privacy.\n\n## Data retention\n\nWe retain account data for two years after you "
           u"close your account.\n"_s
        << u"gdpr"_s << QStringList{u"retention"_s} << QStringList{u"cookies"_s, u"children"_s, u"controller"_s}
        << u"gdpr.13.2.a"_s;
    QTest::newRow("Cyrillic: contents naming a missing section, a heading over no operator")
        << u"# Политика\n\n- Сведения об операторе\n- Локализация\n- Файлы cookie\n\n## Сведения об операторе\n\n"
           u"Оператор обрабатывает данные бережно.\n\n## Локализация\n\nЗапись и хранение персональных данных "
           u"граждан Российской Федерации осуществляются с использованием баз данных, находящихся на территории "
           u"Российской Федерации.\n"_s
        << u"ru152"_s << QStringList{u"localization"_s} << QStringList{u"cookies"_s, u"controller"_s}
        << u"ru152.localization"_s;
    // An introduction that promises recipients names none, and "Corporate Changes" is no
    // change to the policy: neither covers its topic.
    QTest::newRow("an introduction promising recipients, a heading on corporate changes")
        << u"# Privacy policy\n\nThis Privacy Policy explains what information we collect and with whom we share it "
           u"with third parties.\n\n## Corporate Changes\n\nOur group may take a new name.\n\n## Data retention\n\n"
           u"We retain account data for two years after you close your account.\n"_s
        << u"gdpr"_s << QStringList{u"retention"_s} << QStringList{u"recipients"_s, u"changes"_s} << u"gdpr.13.2.a"_s;
    QTest::newRow("Cyrillic: an introduction promising recipients, a heading on changing one's data")
        << u"# Политика\n\nНастоящая Политика определяет, каким третьим лицам мы передаём персональные данные.\n\n"
           u"## Порядок изменения персональных данных\n\nНапишите нам письмо.\n\n## Локализация\n\nЗапись и хранение "
           u"персональных данных граждан Российской Федерации осуществляются с использованием баз данных, "
           u"находящихся на территории Российской Федерации.\n"_s
        << u"ru152"_s << QStringList{u"localization"_s} << QStringList{u"recipients"_s, u"changes"_s}
        << u"ru152.localization"_s;
}

void TestCli::coverageJson()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(QString, metRequirement);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"policy.md"_s);
    QVERIFY(writeFile(path, text.toUtf8()));
    const CliRun r = runCli({u"coverage"_s, path, u"--profile"_s, profile, u"--format"_s, u"json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"profile"_s).toString(), profile);
    QCOMPARE(o.value(u"text_sha256"_s).toString().size(), 64);
    // Every topic id appears, present or not (CLI.md).
    const QJsonArray topics = o.value(u"topics"_s).toArray();
    QCOMPARE(topics.size(), 27);
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &t : topics)
        byId.insert(t.toObject().value(u"id"_s).toString(), t.toObject());
    for (const QString &id : present) {
        QVERIFY2(byId.value(id).value(u"present"_s).toBool(), qPrintable(id));
        const QJsonArray evidence = byId.value(id).value(u"evidence"_s).toArray();
        QVERIFY(!evidence.isEmpty());
        const QJsonObject e = evidence.first().toObject();
        // Offsets are UTF-16 offsets into the imported text: for Markdown, the file itself.
        QCOMPARE(text.mid(e.value(u"start"_s).toInt(), e.value(u"end"_s).toInt() - e.value(u"start"_s).toInt()).simplified(),
                 e.value(u"text"_s).toString());
    }
    for (const QString &id : absent)
        QVERIFY2(!byId.value(id).value(u"present"_s).toBool(), qPrintable(id));
    bool found = false;
    for (const QJsonValue &v : o.value(u"requirements"_s).toArray()) {
        const QJsonObject req = v.toObject();
        QCOMPARE(req.value(u"profile"_s).toString(), profile);
        QVERIFY(QStringList({u"met"_s, u"partial"_s, u"missing"_s, u"conditional"_s}).contains(req.value(u"status"_s).toString()));
        if (req.value(u"id"_s).toString() == metRequirement) {
            found = true;
            QCOMPARE(req.value(u"status"_s).toString(), u"met"_s);
        }
    }
    QVERIFY(found);

    // outline gives each section the topics its own text carries.
    const CliRun outline = runCli({u"outline"_s, path, u"--format"_s, u"json"_s});
    QStringList sectionTopics;
    for (const QJsonValue &section : QJsonDocument::fromJson(outline.out).object().value(u"sections"_s).toArray())
        for (const QJsonValue &t : section.toObject().value(u"topics"_s).toArray())
            sectionTopics << t.toString();
    for (const QString &id : present)
        QVERIFY2(sectionTopics.contains(id), qPrintable(id + u" not in "_s + sectionTopics.join(u',')));
}

void TestCli::coverageUsageAndExit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"policy.md"_s);
    QVERIFY(writeFile(path, "# Policy\n\nWe use cookies.\n"));
    QCOMPARE(runCli({u"coverage"_s, path, u"--profile"_s, u"hipaa"_s}).exitCode, 2);
    QCOMPARE(runCli({u"coverage"_s, dir.filePath(u"nothing.md"_s)}).exitCode, 3);
    // A policy that says almost nothing misses requirements: --fail-on makes that exit 1.
    QCOMPARE(runCli({u"coverage"_s, path, u"--profile"_s, u"gdpr"_s}).exitCode, 0);
    QCOMPARE(runCli({u"coverage"_s, path, u"--profile"_s, u"gdpr"_s, u"--fail-on"_s, u"missing"_s}).exitCode, 1);
    const CliRun text = runCli({u"coverage"_s, path, u"--profile"_s, u"gdpr"_s});
    QVERIFY2(QString::fromUtf8(text.out).contains(u"[x] "_s), text.out.constData());
    const CliRun html = runCli({u"coverage"_s, path, u"--format"_s, u"html"_s});
    QVERIFY(html.out.startsWith("<!DOCTYPE html>"));

    // --cues adds a user's topics and wording; a malformed file is bad input naming it.
    const QString cues = dir.filePath(u"мои-признаки.json"_s), broken = dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(cues, R"({"topics": {"ai-use": {"name": {"en": "AI use"},
                                "sentences": {"en": [{"cue": "cookie*"}]}}}})"));
    QVERIFY(writeFile(broken, "{"));
    const CliRun extended = runCli({u"coverage"_s, path, u"--cues"_s, cues, u"--format"_s, u"json"_s});
    QCOMPARE(extended.exitCode, 0);
    const QJsonArray topics = QJsonDocument::fromJson(extended.out).object().value(u"topics"_s).toArray();
    QCOMPARE(topics.size(), 28);
    QCOMPARE(topics.last().toObject().value(u"id"_s).toString(), u"ai-use"_s);
    QVERIFY(topics.last().toObject().value(u"present"_s).toBool());
    // A user's file may keep a word form from its stem and prefix ("exactOnly"), give a cue
    // several exceptions ("unless" as a list), a heading cue one, and a topic one for all its
    // sentence cues.
    const QString pixels = dir.filePath(u"pixels.json"_s), screens = dir.filePath(u"screens.md"_s),
                  mail = dir.filePath(u"mail.md"_s), art = dir.filePath(u"art.md"_s);
    QVERIFY(writeFile(pixels, R"({"exactOnly": {"en": ["pixelated"]},
                                  "topics": {"pixels": {"name": {"en": "Tracking pixels"},
                                  "headings": {"en": [{"cue": "pixel*", "unless": "pixel art"}]},
                                  "sentences": {"en": [{"cue": "pixel*", "unless": ["pixel density", "pixel ratio"]}]},
                                  "unless": {"en": ["pixel art"]}}}})"));
    QVERIFY(writeFile(art, "# Policy\n\n## Pixel art\n\nOur pixel art gallery opens in May.\n"));
    QVERIFY(writeFile(screens, "# Policy\n\nImages look pixelated on screens with a high pixel density.\n\n"
                               "Set the pixel ratio in the display settings.\n"));
    QVERIFY(writeFile(mail, "# Policy\n\nOur e-mails carry tracking pixels.\n"));
    // Whether `coverage FILE [--cues CUES]` exits 0 and reports the topic present.
    const auto topicPresent = [&](const QString &file, const QString &topic, const QString &cueFile = {}) {
        QStringList args{u"coverage"_s, file, u"--format"_s, u"json"_s};
        if (!cueFile.isEmpty())
            args << u"--cues"_s << cueFile;
        const CliRun run = runCli(args);
        for (const QJsonValue &t : QJsonDocument::fromJson(run.out).object().value(u"topics"_s).toArray())
            if (t.toObject().value(u"id"_s).toString() == topic)
                return run.exitCode == 0 && t.toObject().value(u"present"_s).toBool();
        return false;
    };
    const auto pixelsPresent = [&](const QString &file) { return topicPresent(file, u"pixels"_s, pixels); };
    QVERIFY(!pixelsPresent(screens));
    QVERIFY(!pixelsPresent(art));
    QVERIFY(pixelsPresent(mail));
    // A skeleton (titles over nothing) covers nothing; the same title over text does.
    const QString skeleton = dir.filePath(u"skeleton.md"_s), filled = dir.filePath(u"filled.md"_s);
    QVERIFY(writeFile(skeleton, "# Policy\n\n## How long we keep your data\n\n## Your rights\n\n## Contact us\n"));
    QVERIFY(writeFile(filled, "# Policy\n\n## How long we keep your data\n\nUntil you close your account.\n\n"
                              "## Your rights\n\n## Contact us\n"));
    QVERIFY(!topicPresent(skeleton, u"retention"_s));
    QVERIFY(topicPresent(filled, u"retention"_s));
    // A user's file adds a sentence kind: its sentences count only for the topics it names; a
    // kind naming no topic of the files merged is bad input.
    const QString quotes = dir.filePath(u"цитаты.json"_s), quoted = dir.filePath(u"quoted.md"_s),
                  misnamed = dir.filePath(u"misnamed.json"_s);
    QVERIFY(writeFile(quotes, R"({"sentenceKinds": {"quote": {"topics": ["scope"], "ru": ["=цитата из закона"]}}})"));
    QVERIFY(writeFile(misnamed, R"({"sentenceKinds": {"quote": {"topics": ["retentoin"], "ru": ["=цитата"]}}})"));
    QVERIFY(writeFile(quoted, u"# Политика\n\nЦитата из закона: данные хранятся в течение трёх лет.\n"_s.toUtf8()));
    QVERIFY(topicPresent(quoted, u"retention"_s));
    QVERIFY(!topicPresent(quoted, u"retention"_s, quotes));
    const CliRun misnamedRun = runCli({u"coverage"_s, quoted, u"--cues"_s, misnamed});
    QCOMPARE(misnamedRun.exitCode, 3);
    QVERIFY2(QString::fromUtf8(misnamedRun.err).contains(u"retentoin"_s), misnamedRun.err.constData());
    const CliRun bad = runCli({u"gaps"_s, path, path, u"--cues"_s, broken});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY2(QString::fromUtf8(bad.err).contains(u"broken.json"_s), bad.err.constData());
}

void TestCli::gapsJson()
{
    QTemporaryDir dir;
    const QString draft = dir.filePath(u"draft.md"_s), refs = dir.filePath(u"refs"_s);
    QVERIFY(QDir().mkpath(refs));
    QVERIFY(writeFile(draft, "# Draft\n\n## Cookies\n\nWe use cookies to remember your settings.\n"));
    QVERIFY(writeFile(refs + u"/a.md"_s, "# A\n\n## Cookies\n\nWe use cookies.\n\n## Data retention\n\n"
                                          "We retain your data for one year.\n"));
    QVERIFY(writeFile(refs + u"/b.ru.md"_s, u"# Б\n\n## Сроки хранения\n\nДанные хранятся в течение одного года.\n"_s.toUtf8()));
    const QString empty = dir.filePath(u"пусто"_s);
    QVERIFY(QDir().mkpath(empty));
    const CliRun none = runCli({u"gaps"_s, draft, refs, empty});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(QString::fromUtf8(none.err).contains(u"пусто"_s), none.err.constData());
    const CliRun r = runCli({u"gaps"_s, draft, refs, u"--format"_s, u"json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"references"_s).toArray().size(), 2); // the folder's two policies
    bool retentionMissing = false;
    for (const QJsonValue &m : o.value(u"missing_topics"_s).toArray())
        if (m.toObject().value(u"topic"_s).toString() == u"retention"_s) {
            retentionMissing = true;
            QCOMPARE(m.toObject().value(u"in"_s).toArray().size(), 2);
            // The library's clauses on the topic, to fill the gap.
            QVERIFY(m.toObject().value(u"library_clauses"_s).toArray().contains(u"retention.criteria"_s));
        }
    QVERIFY(retentionMissing);
    const QJsonArray unmatched = o.value(u"unmatched_sections"_s).toArray();
    QVERIFY(!unmatched.isEmpty());
    QCOMPARE(unmatched.first().toObject().value(u"shared_by"_s).toInt(), 2);
    const QJsonObject matrix = o.value(u"matrix"_s).toObject();
    QCOMPARE(matrix.value(u"documents"_s).toArray().size(), 3);
    QCOMPARE(matrix.value(u"present"_s).toArray().size(), matrix.value(u"topics"_s).toArray().size());
    QCOMPARE(runCli({u"gaps"_s, draft, refs, u"--fail-on"_s, u"missing"_s}).exitCode, 1);
    QCOMPARE(runCli({u"gaps"_s, draft}).exitCode, 2);
    QCOMPARE(runCli({u"gaps"_s, draft, dir.filePath(u"none.md"_s)}).exitCode, 3);
}

// `parity EN RU`: alignment and findings with offsets into each text, exit statuses, --fail-on.
void TestCli::parityJson_data()
{
    QTest::addColumn<QString>("russian");
    QTest::addColumn<QString>("kind"); // the one finding expected; empty for none

    const QString ru = u"# Политика\n\nДействует с 1 марта 2026 г.\n\n## Сроки хранения\n\n"
                       "Мы храним данные 3 года. Пишите на privacy@acme.example.\n"_s;
    QTest::newRow("Cyrillic: a faithful translation") << ru << QString();
    QTest::newRow("Cyrillic: a number changed") << QString(ru).replace(u"3 года"_s, u"5 лет"_s) << u"number-mismatch"_s;
    QTest::newRow("Cyrillic: an e-mail changed") << QString(ru).replace(u"privacy@"_s, u"info@"_s) << u"email-mismatch"_s;
    QTest::newRow("Cyrillic: a section dropped") << ru.left(ru.indexOf(u"## "_s)) << u"missing-in-ru"_s;
}

void TestCli::parityJson()
{
    QFETCH(QString, russian);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString en = dir.filePath(u"p.en.md"_s), ru = dir.filePath(u"p.ru.md"_s);
    const QByteArray english = "# Policy\n\nEffective March 1, 2026.\n\n## Retention\n\n"
                               "We keep data for 3 years. Write to privacy@acme.example.\n";
    QVERIFY(writeFile(en, english));
    QVERIFY(writeFile(ru, russian.toUtf8()));
    const CliRun r = runCli({u"parity"_s, en, ru, u"--format"_s, u"json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"en"_s).toString(), en);
    QCOMPARE(o.value(u"ru"_s).toString(), ru);
    QCOMPARE(o.value(u"en_sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(QString::fromUtf8(english).toUtf8(), QCryptographicHash::Sha256).toHex()));
    const QJsonArray alignment = o.value(u"alignment"_s).toArray();
    QVERIFY(!alignment.isEmpty());
    for (const QJsonValue &a : alignment) {
        const QJsonObject x = a.toObject();
        QVERIFY(x.value(u"kind"_s).toString() == u"section"_s || x.value(u"kind"_s).toString() == u"sentence"_s);
        QCOMPARE(x.value(u"en"_s).toArray().size(), 2);
        QVERIFY(x.value(u"en"_s).toArray().at(1).toInt() <= english.size());
        QVERIFY(x.value(u"ru"_s).toArray().at(1).toInt() <= russian.size());
    }
    const QJsonArray issues = o.value(u"issues"_s).toArray();
    QCOMPARE(issues.size(), kind.isEmpty() ? 0 : 1);
    if (!kind.isEmpty()) {
        const QJsonObject i = issues.first().toObject();
        QCOMPARE(i.value(u"kind"_s).toString(), kind);
        QVERIFY(!i.value(u"detail"_s).toString().isEmpty());
        QVERIFY(!i.value(u"fingerprint"_s).toString().isEmpty());
        QCOMPARE(runCli({u"parity"_s, en, ru, u"--fail-on"_s, kind}).exitCode, 1);
        QCOMPARE(runCli({u"parity"_s, en, ru, u"--fail-on"_s, u"any"_s}).exitCode, 1);
        QCOMPARE(runCli({u"parity"_s, en, ru, u"--fail-on"_s, u"untranslated"_s}).exitCode, 0);
        // The text report names the finding; the HTML report is a page.
        QVERIFY(runCli({u"parity"_s, en, ru}).out.contains(kind.toUtf8()));
        QVERIFY(runCli({u"parity"_s, en, ru, u"--format"_s, u"html"_s}).out.contains("<table>"));
    }
    QCOMPARE(o.value(u"sections"_s).toArray().size(), 2);
    // Without topics, the same findings on so short a text.
    const CliRun plain = runCli({u"parity"_s, en, ru, u"--no-topics"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(plain.out).object().value(u"issues"_s).toArray().size(), issues.size());
    QCOMPARE(runCli({u"parity"_s, en}).exitCode, 2);
    QCOMPARE(runCli({u"parity"_s, en, ru, u"--fail-on"_s, u"nonsense"_s}).exitCode, 2);
    QCOMPARE(runCli({u"parity"_s, en, dir.filePath(u"нет.md"_s)}).exitCode, 3);
}

// `parity PROJECT.cwproj`: the project's confirmed sections say which are stale.
void TestCli::parityProject()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"p.en.md"_s), "# Policy\n\n## Retention\n\nWe keep data for 3 years.\n"));
    QVERIFY(writeFile(dir.filePath(u"p.ru.md"_s), u"# Политика\n\n## Сроки\n\nМы храним данные 3 года.\n"_s.toUtf8()));
    const QString project = dir.filePath(u"p.cwproj"_s);
    QVERIFY(writeFile(project, R"({"format":"clausewright-project","version":1,"languages":["en","ru"],
                                  "files":{"en":"p.en.md","ru":"p.ru.md"},"sync":{}})"));
    const CliRun first = runCli({u"parity"_s, project, u"--format"_s, u"json"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QJsonObject sync;
    for (const QJsonValue &s : QJsonDocument::fromJson(first.out).object().value(u"sections"_s).toArray()) {
        QCOMPARE(s.toObject().value(u"state"_s).toString(), u"unconfirmed"_s);
        sync.insert(s.toObject().value(u"key"_s).toString(), s.toObject().value(u"source_hash"_s));
    }
    QJsonObject p{{u"format"_s, u"clausewright-project"_s}, {u"version"_s, 1}, {u"languages"_s, QJsonArray{u"en"_s, u"ru"_s}},
                  {u"files"_s, QJsonObject{{u"en"_s, u"p.en.md"_s}, {u"ru"_s, u"p.ru.md"_s}}}, {u"sync"_s, sync}};
    QVERIFY(writeFile(project, QJsonDocument(p).toJson()));
    for (const QJsonValue &s : QJsonDocument::fromJson(runCli({u"parity"_s, project, u"--format"_s, u"json"_s}).out)
                                   .object().value(u"sections"_s).toArray())
        QCOMPARE(s.toObject().value(u"state"_s).toString(), u"confirmed"_s);
    QVERIFY(writeFile(dir.filePath(u"p.en.md"_s), "# Policy\n\n## Retention\n\nWe keep data for 5 years.\n"));
    const CliRun stale = runCli({u"parity"_s, project, u"--format"_s, u"json"_s, u"--fail-on"_s, u"stale"_s});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY(stale.out.contains("\"stale\""));
}

// `library list`, `library templates`, `library show` and `library check` on the shipped library.
void TestCli::libraryJson()
{
    const CliRun list = runCli({u"library"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray clauses = QJsonDocument::fromJson(list.out).object().value(u"clauses"_s).toArray();
    QVERIFY(clauses.size() >= 27);
    for (const QJsonValue &c : clauses) {
        const QJsonObject o = c.toObject();
        for (const char *field : {"id", "topic", "edition", "languages", "jurisdictions"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        QCOMPARE(o.value(u"languages"_s).toArray(), (QJsonArray{u"en"_s, u"ru"_s}));
    }
    const CliRun templates = runCli({u"library"_s, u"templates"_s, u"--format"_s, u"json"_s});
    QVERIFY2(templates.finished && templates.exitCode == 0, qPrintable(templates.describe()));
    const QJsonArray list2 = QJsonDocument::fromJson(templates.out).object().value(u"templates"_s).toArray();
    QCOMPARE(list2.size(), 4);
    for (const QJsonValue &t : list2)
        QVERIFY(!t.toObject().value(u"sample_answers"_s).toString().isEmpty());

    const QString first = clauses.first().toObject().value(u"id"_s).toString();
    const CliRun show = runCli({u"library"_s, u"show"_s, first, u"--format"_s, u"json"_s});
    QVERIFY2(show.finished && show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject bodies = QJsonDocument::fromJson(show.out).object().value(u"bodies"_s).toObject();
    QVERIFY(!bodies.value(u"ru"_s).toString().isEmpty());
    const CliRun unknown = runCli({u"library"_s, u"show"_s, u"нет.такого"_s});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.err.contains("нет.такого"));

    const CliRun check = runCli({u"library"_s, u"check"_s, u"--fail-on"_s, u"error"_s});
    QVERIFY2(check.finished && check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(check.out.contains("0 errors"), check.out.constData());

    // coverage and gaps name the clauses that would fill what is missing.
    const CliRun coverage = runCli({u"coverage"_s, fixture(u"clean_en.txt"_s), u"--profile"_s, u"gdpr"_s, u"--format"_s, u"json"_s});
    QVERIFY2(coverage.finished && coverage.exitCode == 0, qPrintable(coverage.describe()));
    int withClauses = 0;
    for (const QJsonValue &r : QJsonDocument::fromJson(coverage.out).object().value(u"requirements"_s).toArray()) {
        const QJsonObject o = r.toObject();
        const bool gap = o.value(u"status"_s) == u"missing"_s || o.value(u"status"_s) == u"partial"_s;
        QVERIFY2(gap || !o.contains(u"library_clauses"_s), qPrintable(o.value(u"id"_s).toString()));
        if (o.value(u"id"_s) == u"gdpr.13.2.d"_s && gap)
            QCOMPARE(o.value(u"library_clauses"_s).toArray(), QJsonArray{u"complaint.gdpr"_s});
        withClauses += o.contains(u"library_clauses"_s);
    }
    QVERIFY(withClauses > 0);
}

// A broken clause in a user's library: file:line errors, status 1 with --fail-on error.
void TestCli::libraryCheckFindsErrors()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"clauses"_s));
    QFile f(dir.filePath(u"clauses/broken.md"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\nid: retention.broken\ntopic: хранение\nedition: 1\njurisdictions: [gdpr]\n---\n::: en\n{{#if x}}\n:::\n");
    f.close();
    const CliRun r = runCli({u"library"_s, u"check"_s, dir.path(), u"--fail-on"_s, u"error"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(u"errors"_s).toInt() >= 3);
    QStringList found;
    for (const QJsonValue &d : o.value(u"diagnostics"_s).toArray())
        found << d.toObject().value(u"file"_s).toString().section(u'/', -1) + u':' + QString::number(d.toObject().value(u"line"_s).toInt())
                     + u' ' + d.toObject().value(u"message"_s).toString();
    const QString all = found.join(u'\n');
    QVERIFY2(all.contains(u"broken.md:8 “{{#if}}” is not closed"_s), qPrintable(all));
    QVERIFY2(all.contains(u"broken.md:3 unknown topic “хранение”"_s), qPrintable(all));
    QVERIFY2(all.contains(u"no “::: ru” body"_s), qPrintable(all));
    // Without --fail-on the report is the same and the status 0.
    QCOMPARE(runCli({u"library"_s, u"check"_s, dir.path()}).exitCode, 0);
}

void TestCli::assembleTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const QString &id : {u"gdpr-saas"_s, u"ru152-operator"_s, u"ccpa-us"_s, u"international"_s})
        for (const QString &language : {u"en"_s, u"ru"_s})
            QTest::newRow(qPrintable(id + u' ' + language + (language == u"ru"_s ? u" (Cyrillic)"_s : QString()))) << id << language;
}

// Every shipped template assembles with its sample answers, and coverage of the result under
// the template's profile finds every requirement met, or conditional where the answers say
// it does not apply.
void TestCli::assembleTemplates()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const CliRun templates = runCli({u"library"_s, u"templates"_s, u"--format"_s, u"json"_s});
    QString answers, profile;
    for (const QJsonValue &t : QJsonDocument::fromJson(templates.out).object().value(u"templates"_s).toArray())
        if (t.toObject().value(u"id"_s).toString() == id) {
            answers = t.toObject().value(u"sample_answers"_s).toString();
            profile = t.toObject().value(u"profile"_s).toString();
        }
    QVERIFY2(!answers.isEmpty(), qPrintable(id));
    // Sample answers inside the program are copied out to a real file.
    const QString answersFile = m_dir.filePath(id + u".answers.json"_s);
    QFile::remove(answersFile);
    QVERIFY(QFile::copy(answers, answersFile));
    const QString out = m_dir.filePath(id + u'.' + language + u".md"_s);
    const CliRun assembled = runCli({u"assemble"_s, id, u"--answers"_s, answersFile, u"--lang"_s, language, u"-o"_s, out});
    QVERIFY2(assembled.finished && assembled.exitCode == 0, qPrintable(assembled.describe()));
    const QString text = QString::fromUtf8(cwtest::readAll(out));
    QVERIFY(text.contains(u"<!-- clause "_s));
    QVERIFY2(!text.contains(u"{{"_s), "a tag left in the policy");

    const CliRun coverage = runCli({u"coverage"_s, out, u"--profile"_s, profile, u"--lang"_s, language, u"--format"_s, u"json"_s});
    QVERIFY2(coverage.finished && coverage.exitCode == 0, qPrintable(coverage.describe()));
    QStringList notMet;
    for (const QJsonValue &r : QJsonDocument::fromJson(coverage.out).object().value(u"requirements"_s).toArray()) {
        const QString status = r.toObject().value(u"status"_s).toString();
        if (status != u"met"_s && status != u"conditional"_s)
            notMet << r.toObject().value(u"id"_s).toString() + u' ' + status;
    }
    QVERIFY2(notMet.isEmpty(), qPrintable(notMet.join(u", "_s)));

    // Our own translations agree: with the Russian row (the English one runs first, or is
    // assembled here when the row runs alone), parity finds nothing.
    if (language == u"ru"_s) {
        const QString en = m_dir.filePath(id + u".en.md"_s);
        if (!QFileInfo::exists(en))
            QCOMPARE(runCli({u"assemble"_s, id, u"--answers"_s, answersFile, u"--lang"_s, u"en"_s, u"-o"_s, en}).exitCode, 0);
        const CliRun parity = runCli({u"parity"_s, en, out, u"--fail-on"_s, u"any"_s});
        QVERIFY2(parity.finished && parity.exitCode == 0, parity.out.constData());
    }
}

void TestCli::assembleErrors()
{
    // Answers missing: status 3, the questions named, nothing written.
    const QString answers = m_dir.filePath(u"partial.json"_s);
    QFile f(answers);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"template": "gdpr-saas", "answers": {"company_name": {"en": "Acme Ltd", "ru": "ООО «Акме»"}}})");
    f.close();
    const QString out = m_dir.filePath(u"never.md"_s);
    const CliRun r = runCli({u"assemble"_s, u"gdpr-saas"_s, u"--answers"_s, answers, u"-o"_s, out});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("effective_date") && r.err.contains("not answered"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    const CliRun unknown = runCli({u"assemble"_s, u"шаблон"_s, u"--answers"_s, answers});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.err.contains("шаблон"));
}

// --lang both writes a project, and `library updates` finds nothing to update in it; with a
// newer edition of one of its clauses in a user's library it finds that one and applies it.
void TestCli::libraryUpdates()
{
    const CliRun templates = runCli({u"library"_s, u"templates"_s, u"--format"_s, u"json"_s});
    QString answers;
    for (const QJsonValue &t : QJsonDocument::fromJson(templates.out).object().value(u"templates"_s).toArray())
        if (t.toObject().value(u"id"_s).toString() == u"gdpr-saas"_s)
            answers = t.toObject().value(u"sample_answers"_s).toString();
    const QString answersFile = m_dir.filePath(u"updates.answers.json"_s);
    QFile::remove(answersFile);
    QVERIFY(QFile::copy(answers, answersFile));
    QTemporaryDir projectDir;
    const QString project = projectDir.filePath(u"acme.cwproj"_s);
    const CliRun both = runCli({u"assemble"_s, u"gdpr-saas"_s, u"--answers"_s, answersFile, u"--lang"_s, u"both"_s, u"-o"_s, project});
    QVERIFY2(both.finished && both.exitCode == 0, qPrintable(both.describe()));
    const QJsonObject projectJson = QJsonDocument::fromJson(cwtest::readAll(project)).object();
    QCOMPARE(projectJson.value(u"template"_s).toString(), u"gdpr-saas"_s);
    QCOMPARE(projectJson.value(u"files"_s).toObject().value(u"ru"_s).toString(), u"acme.ru.md"_s);
    const QString ru = projectDir.filePath(u"acme.ru.md"_s);
    QVERIFY(QFileInfo::exists(ru) && QFileInfo::exists(projectDir.filePath(u"acme.en.md"_s)));

    const CliRun none = runCli({u"library"_s, u"updates"_s, ru, u"--answers"_s, project, u"--format"_s, u"json"_s});
    QVERIFY2(none.finished && none.exitCode == 0, qPrintable(none.describe()));
    QCOMPARE(QJsonDocument::fromJson(none.out).object().value(u"updates"_s).toArray().size(), 0);

    // A team library with a newer edition of the first clause of the Russian text.
    const QString text = QString::fromUtf8(cwtest::readAll(ru));
    const qsizetype at = text.indexOf(u"<!-- clause "_s) + 12;
    const QString id = text.mid(at, text.indexOf(u'@', at) - at);
    const CliRun show = runCli({u"library"_s, u"show"_s, id, u"--format"_s, u"json"_s});
    const QString file = QJsonDocument::fromJson(show.out).object().value(u"file"_s).toString();
    QString clause = QString::fromUtf8(cwtest::readAll(file));
    clause.replace(QRegularExpression(u"\nedition: *\\d+"_s), u"\nedition: 99"_s);
    clause.replace(u"::: ru\n"_s, u"::: ru\nНовый первый абзац.\n\n"_s);
    QTemporaryDir team;
    QFile out(team.filePath(u"newer.md"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(clause.toUtf8());
    out.close();
    const CliRun found = runCli({u"library"_s, u"updates"_s, ru, u"--answers"_s, project, u"--library"_s, team.path()});
    QVERIFY2(found.finished && found.exitCode == 0, qPrintable(found.describe()));
    QVERIFY2(found.out.contains(QByteArray(id.toUtf8() + ": edition 1 in the text, 99 in the library")), found.out.constData());
    QVERIFY2(found.out.contains("{+Новый первый абзац."), found.out.constData());
    const CliRun applied = runCli({u"library"_s, u"updates"_s, ru, u"--answers"_s, project, u"--library"_s, team.path(), u"--apply"_s});
    QVERIFY2(applied.finished && applied.exitCode == 0, qPrintable(applied.describe()));
    const QString updated = QString::fromUtf8(cwtest::readAll(ru));
    QVERIFY(updated.contains(u"<!-- clause "_s + id + u"@99 -->\nНовый первый абзац."_s));
    QCOMPARE(updated.size() - text.size(), qsizetype(QString(u"Новый первый абзац.\n\n"_s).size() + 1));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
