// ImporterRegistry: which importer a file gets, how bad input is refused, and that whatever
// imports yields a document whose offsets can be trusted (ranges inside the text, sections
// nested and ordered). Fixtures are in tests/data/importer; everything else is generated
// into a QTemporaryDir.

#include "document/importer.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using cw::doc::ImporterRegistry;
using cw::doc::PolicyDocument;
using cw::doc::Section;
using cw::doc::TextRange;


namespace {


QByteArray utf16leWithBom(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return QByteArray("\xFF\xFE", 2) + QByteArray(encoder.encode(text));
}

QByteArray repeated(const QByteArray &unit, qsizetype targetSize)
{
    QByteArray out;
    out.reserve(targetSize + unit.size());
    while (out.size() < targetSize)
        out += unit;
    return out;
}

QStringList topLevelTitles(const PolicyDocument &doc)
{
    QStringList out;
    for (const Section &s : doc.sections)
        out << s.title;
    return out;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void importerForFile_data();
    void importerForFile();

    void importsFixture_data();
    void importsFixture();

    void refusesBadFile_data();
    void refusesBadFile();

    void refusesBadBytes_data();
    void refusesBadBytes();

    void importsHardFile_data();
    void importsHardFile();

    void markdownHeadingRanges_data();
    void markdownHeadingRanges();

    void lineEndingsKeepStructure_data();
    void lineEndingsKeepStructure();

    void languageOption_data();
    void languageOption();

    void closingSentenceIsNoSection_data();
    void closingSentenceIsNoSection();

    void expandFolders_data();
    void expandFolders();

private:
    ImporterRegistry m_registry = ImporterRegistry::withBuiltins();
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
};

void TestImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QCOMPARE(m_registry.forFormat(u"markdown"_s)->format(), u"markdown"_s);
    QCOMPARE(m_registry.forFormat(u"text"_s)->format(), u"text"_s);
    QCOMPARE(m_registry.forFormat(u"html"_s)->format(), u"html"_s);
}

// ---------------------------------------------------------------------------------------

void TestImporter::importerForFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");

    const QByteArray prose = "We keep your data safe.\n";
    const QByteArray html = "<!DOCTYPE html>\n<html><body><p>We keep your data safe.</p></body></html>\n";
    const QByteArray markdown = "# Privacy\n\n## Cookies\n\nWe use one cookie.\n";

    QTest::newRow("nominal: .md is Markdown") << u"policy.md"_s << prose << u"markdown"_s;
    QTest::newRow("nominal: .markdown is Markdown") << u"policy.markdown"_s << prose << u"markdown"_s;
    QTest::newRow("nominal: .MD in capitals is Markdown") << u"POLICY.MD"_s << prose << u"markdown"_s;
    QTest::newRow("nominal: .txt is text") << u"policy.txt"_s << prose << u"text"_s;
    QTest::newRow("nominal: .html is HTML") << u"policy.html"_s << prose << u"html"_s;
    QTest::newRow("nominal: .htm is HTML") << u"policy.htm"_s << prose << u"html"_s;
    QTest::newRow("nominal: Cyrillic name, .md") << u"политика.md"_s << "Мы храним данные.\n"_ba << u"markdown"_s;
    QTest::newRow("nominal: Cyrillic name, .HTML") << u"Политика.HTML"_s << "Текст.\n"_ba << u"html"_s;
    QTest::newRow("nominal: the suffix wins over HTML-looking content") << u"notes.txt"_s << html << u"text"_s;
    QTest::newRow("nominal: the suffix wins over Markdown-looking content") << u"notes.html"_s << markdown
                                                                            << u"html"_s;
    QTest::newRow("nominal: unknown suffix, HTML sniffed") << u"page.dat"_s << html << u"html"_s;
    QTest::newRow("nominal: unknown suffix, Markdown sniffed") << u"policy.dat"_s << markdown << u"markdown"_s;
    QTest::newRow("nominal: unknown suffix, Russian Markdown sniffed")
        << u"политика.bak"_s << "# Политика\n\n## Файлы cookie\n\nМы используем один файл.\n"_ba << u"markdown"_s;
    QTest::newRow("nominal: unknown suffix, prose is text") << u"policy.dat"_s << prose << u"text"_s;
    QTest::newRow("nominal: no suffix, prose is text") << u"POLICY"_s << prose << u"text"_s;
    QTest::newRow("nominal: no suffix, Russian prose is text") << u"ПОЛИТИКА"_s << "Мы храним данные.\n"_ba
                                                               << u"text"_s;
    QTest::newRow("nominal: no suffix, HTML sniffed") << u"POLICY"_s << html << u"html"_s;
    QTest::newRow("nominal: standard input, Markdown sniffed") << u"-"_s << markdown << u"markdown"_s;
    QTest::newRow("nominal: standard input, prose is text") << u"-"_s << prose << u"text"_s;
    QTest::newRow("robustness: empty name, empty head") << QString() << QByteArray() << u"text"_s;
    QTest::newRow("robustness: dotted folder, file without suffix") << u"/srv/v1.2/POLICY"_s << prose << u"text"_s;
    QTest::newRow("robustness: trailing dot") << u"policy."_s << prose << u"text"_s;
    QTest::newRow("robustness: double suffix .html.txt") << u"saved.html.txt"_s << html << u"text"_s;
}

void TestImporter::importerForFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, head);
    QFETCH(QString, format);

    const cw::doc::Importer *importer = m_registry.forFile(fileName, head);
    QVERIFY(importer);
    QCOMPARE(importer->format(), format);
}

// ---------------------------------------------------------------------------------------

void TestImporter::importsFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("sections"); // top-level titles

    QTest::newRow("nominal: English Markdown") << u"policy_en.md"_s << u"markdown"_s << u"UTF-8"_s << u"en"_s
                                               << u"Harbourlight Privacy Notice"_s
                                               << QStringList{u"Information we collect"_s, u"How long we keep it"_s,
                                                              u"Your choices"_s};
    QTest::newRow("nominal: Russian Markdown") << u"policy_ru.md"_s << u"markdown"_s << u"UTF-8"_s << u"ru"_s
                                               << u"Политика конфиденциальности «Северный маяк»"_s
                                               << QStringList{u"1. Какие данные мы собираем"_s, u"2. Сроки хранения"_s,
                                                              u"3. Ваши права"_s};
    QTest::newRow("nominal: English text") << u"policy_en.txt"_s << u"text"_s << u"UTF-8"_s << u"en"_s
                                           << u"Privacy Policy"_s
                                           << QStringList{u"1. Who we are"_s, u"2. What we collect"_s,
                                                          u"3. Retention"_s};
    QTest::newRow("nominal: Russian text") << u"policy_ru.txt"_s << u"text"_s << u"UTF-8"_s << u"ru"_s
                                           << u"Политика обработки персональных данных"_s
                                           << QStringList{u"1. Кто мы"_s, u"2. Какие данные мы обрабатываем"_s,
                                                          u"3. Сроки хранения"_s};
    QTest::newRow("nominal: English HTML") << u"policy_en.html"_s << u"html"_s << u"UTF-8"_s << u"en"_s
                                           << u"Tidewater Maps Privacy Policy"_s
                                           << QStringList{u"Data we collect"_s, u"Cookies"_s};
    QTest::newRow("nominal: Russian HTML in windows-1251")
        << u"policy_ru_cp1251.html"_s << u"html"_s << u"windows-1251"_s << u"ru"_s
        << u"Политика конфиденциальности интернет-магазина «Тихая гавань»"_s
        << QStringList{u"Какие сведения мы получаем"_s, u"Как долго мы их храним"_s};
    QTest::newRow("nominal: unknown suffix sniffed as HTML") << u"sniffed_page.dat"_s << u"html"_s << u"UTF-8"_s
                                                             << u"en"_s << QString() << QStringList{u"Contact"_s};
    QTest::newRow("nominal: unknown suffix sniffed as Russian Markdown")
        << u"sniffed_ru.dat"_s << u"markdown"_s << u"UTF-8"_s << u"ru"_s << u"Политика"_s
        << QStringList{u"Контакты"_s};
    QTest::newRow("nominal: no suffix is text") << u"POLICY"_s << u"text"_s << u"UTF-8"_s << u"en"_s
                                                << u"Privacy Statement"_s << QStringList{u"Contacting us"_s};
}

void TestImporter::importsFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QStringList, sections);

    const QString path = QFINDTESTDATA(u"../data/importer/"_s + file);
    QVERIFY2(!path.isEmpty(), qPrintable(file));
    const auto doc = m_registry.importFile(path);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->format, format);
    QCOMPARE(doc->encoding, encoding);
    QCOMPARE(cw::text::languageCode(doc->language), language);
    QCOMPARE(doc->title, title);
    QCOMPARE(topLevelTitles(*doc), sections);
    QCOMPARE(doc->fileName, path);
    if (!title.isEmpty())
        QVERIFY(doc->textOf(doc->titleRange).contains(title));
    CW_VERIFY_INVARIANTS(*doc);
}

// ---------------------------------------------------------------------------------------

enum class Setup {
    Missing,
    Folder,
    File,
    Sparse, // a file of the given size, written sparse
};

void TestImporter::refusesBadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("setup");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("code");

    const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + QByteArray(4096, '\0');
    const QByteArray elf = QByteArray("\x7F" "ELF\x02\x01\x01\0", 8) + QByteArray(8, '\0')
                           + QByteArray("\x02\0\x3E\0\x01\0\0\0", 8) + QByteArray(2048, '\0');
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls += char(1 + i % 8);

    const int missing = int(Setup::Missing), folder = int(Setup::Folder), file = int(Setup::File),
              sparse = int(Setup::Sparse);
    QTest::newRow("robustness: missing file") << u"nowhere.md"_s << missing << QByteArray() << 0LL << u"unreadable"_s;
    QTest::newRow("robustness: missing file, Cyrillic name")
        << u"политика.txt"_s << missing << QByteArray() << 0LL << u"unreadable"_s;
    QTest::newRow("robustness: a folder") << u"policies"_s << folder << QByteArray() << 0LL << u"unreadable"_s;
    QTest::newRow("robustness: a folder named like a file") << u"policy.md"_s << folder << QByteArray() << 0LL
                                                           << u"unreadable"_s;
    QTest::newRow("robustness: empty file") << u"empty.txt"_s << file << QByteArray() << 0LL << u"empty"_s;
    QTest::newRow("robustness: empty Markdown") << u"empty.md"_s << file << QByteArray() << 0LL << u"empty"_s;
    QTest::newRow("robustness: whitespace only") << u"blank.txt"_s << file << " \t\r\n\n   \f\v\n"_ba << 0LL
                                                 << u"empty"_s;
    QTest::newRow("robustness: whitespace only, Cyrillic name")
        << u"пустая политика.md"_s << file << "\n\n\n      \n"_ba << 0LL << u"empty"_s;
    QTest::newRow("robustness: PNG header and zeros") << u"logo.png"_s << file << png << 0LL << u"binary"_s;
    QTest::newRow("robustness: PNG renamed to .md") << u"policy.md"_s << file << png << 0LL << u"binary"_s;
    QTest::newRow("robustness: PNG renamed to .html") << u"policy.html"_s << file << png << 0LL << u"binary"_s;
    QTest::newRow("robustness: ELF header") << u"a.out"_s << file << elf << 0LL << u"binary"_s;
    QTest::newRow("robustness: ELF renamed to .txt, Cyrillic name") << u"политика.txt"_s << file << elf << 0LL
                                                                   << u"binary"_s;
    QTest::newRow("robustness: control characters, no NUL") << u"noise.txt"_s << file << controls << 0LL
                                                            << u"binary"_s;
    QTest::newRow("robustness: 50 MB file") << u"huge.txt"_s << sparse << QByteArray() << 50LL * 1024 * 1024
                                            << u"too-large"_s;
    QTest::newRow("robustness: 50 MB file, Cyrillic name") << u"огромный.md"_s << sparse << QByteArray()
                                                           << 50LL * 1024 * 1024 << u"too-large"_s;
    QTest::newRow("robustness: one byte over the limit")
        << u"limit.txt"_s << sparse << QByteArray() << qint64(ImporterRegistry::MaxFileSize + 1) << u"too-large"_s;
}

void TestImporter::refusesBadFile()
{
    QFETCH(QString, name);
    QFETCH(int, setup);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    QFETCH(QString, code);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    switch (Setup(setup)) {
    case Setup::Missing:
        break;
    case Setup::Folder:
        QVERIFY(QDir().mkpath(path));
        break;
    case Setup::File: {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        break;
    }
    case Setup::Sparse: {
        // resize() extends without writing: the file costs no disk, and the importer must
        // refuse it from its size, not by reading 50 MB.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("Privacy policy\n") > 0);
        QVERIFY(f.resize(size));
        f.close();
        QCOMPARE(QFileInfo(path).size(), size);
        break;
    }
    }

    const auto doc = m_registry.importFile(path);
    QVERIFY2(!doc.ok(), "a bad file was imported");
    QCOMPARE(doc.error().code, code);
    const QString message = doc.error().message;
    QVERIFY2(!message.isEmpty(), "no message");
    QVERIFY2(!message.contains(u'\n'), qPrintable(u"more than one line: "_s + message));
    QVERIFY2(message.contains(path), qPrintable(u"does not name the file: "_s + message));

    // The same file through a display name: the error names what the user gave.
    cw::doc::ImportOptions options;
    options.fileName = u"shown-as-" + name;
    const auto named = m_registry.importFile(path, options);
    QVERIFY(!named.ok());
    QCOMPARE(named.error().code, code);
    QVERIFY2(named.error().message.contains(options.fileName), qPrintable(named.error().message));
}

// Errors of importBytes(), which has no file to look at: the front ends' in-memory path.
void TestImporter::refusesBadBytes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    QTest::newRow("robustness: nothing") << u"a.txt"_s << QByteArray() << u"empty"_s;
    QTest::newRow("robustness: line breaks only, Cyrillic name") << u"пусто.md"_s << "\r\n\r\n"_ba << u"empty"_s;
    QTest::newRow("robustness: NUL bytes") << u"a.md"_s << QByteArray(64, '\0') << u"binary"_s;
    QTest::newRow("robustness: one byte over the limit")
        << u"big.txt"_s << QByteArray(ImporterRegistry::MaxFileSize + 1, 'a') << u"too-large"_s;
    QTest::newRow("robustness: HTML page of scripts only")
        << u"page.html"_s << "<html><head><script>var a = 1;</script></head><body><nav>Меню</nav></body></html>"_ba
        << u"empty"_s;
}

void TestImporter::refusesBadBytes()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);

    cw::doc::ImportOptions options;
    options.fileName = fileName;
    const auto doc = m_registry.importBytes(bytes, options);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, code);
    QVERIFY2(doc.error().message.contains(fileName), qPrintable(doc.error().message));
    QVERIFY(!doc.error().message.contains(u'\n'));
}

// ---------------------------------------------------------------------------------------

void TestImporter::importsHardFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");    // empty: any
    QTest::addColumn<QString>("mustContain"); // empty: nothing in particular
    QTest::addColumn<QString>("knownBug");    // non-empty: the row shows a known bug (QEXPECT_FAIL)

    auto row = [](const char *name, const QString &fileName, const QByteArray &bytes, const QString &format,
                  const QString &encoding, const QString &mustContain, const QString &knownBug = {}) {
        QTest::newRow(name) << fileName << bytes << format << encoding << mustContain << knownBug;
    };

    // Invalid UTF-8 is text with a few bad bytes, not a reason to refuse the file.
    row("robustness: invalid UTF-8, English", u"broken.txt"_s,
        "Privacy \xC3 policy\n\nWe keep \xFF\xFE your data \x80 safe.\n"_ba, u"text"_s, {}, u"your data"_s);
    row("robustness: invalid UTF-8, Russian", u"сломано.txt"_s,
        "Политика конфиденциальности\n\nМы храним ваши \xFF данные бережно и не передаём их третьим лицам "
        "без вашего согласия. Срок хранения составляет три года.\xD0"_ba,
        u"text"_s, u"UTF-8"_s, u"бережно и не передаём"_s);
    row("robustness: mostly invalid UTF-8, Russian", u"мусор.txt"_s,
        "Политика \xFF конфиденциальности\n\nМы храним \xC0\xAF ваши данные \xED\xA0\x80 бережно.\xD0"_ba, u"text"_s,
        {}, {});
    row("robustness: invalid UTF-8 in Markdown, Russian", u"сломано.md"_s,
        "# Политика\n\n## Сроки \xFF хранения\n\nТри года, затем удаление без возможности восстановления \xE2\x82.\n"_ba,
        u"markdown"_s, u"UTF-8"_s, u"Три года"_s);
    row("robustness: invalid UTF-8 in HTML", u"broken.html"_s,
        "<h2>Cookies \xFF</h2><p>We use \xC3\x28 one cookie.</p>"_ba, u"html"_s, {}, u"one cookie"_s);

    // One 5 MB line without a line break.
    const QByteArray enLine = repeated("We keep your data only as long as we need it ", 5 * 1024 * 1024);
    const QByteArray ruLine = repeated("Мы храним ваши данные не дольше, чем нужно ", 5 * 1024 * 1024);
    row("robustness: one 5 MB line, English", u"line.txt"_s, enLine, u"text"_s, u"UTF-8"_s, u"as long as"_s);
    row("robustness: one 5 MB line, Russian", u"строка.txt"_s, ruLine, u"text"_s, u"UTF-8"_s, u"не дольше"_s);
    row("robustness: one 5 MB line, Russian Markdown", u"строка.md"_s, ruLine, u"markdown"_s, u"UTF-8"_s,
        u"не дольше"_s);
    row("robustness: one 5 MB line, English HTML", u"line.html"_s, "<p>" + enLine, u"html"_s, u"UTF-8"_s,
        u"as long as"_s);

    // Deep nesting: the classic way to exhaust a recursive parser's stack.
    row("robustness: 5,000 nested lists on one line", u"deep.md"_s, repeated("- ", 2 * 5000) + "deepest item\n",
        u"markdown"_s, {}, u"deepest item"_s);
    QByteArray indented = "# Deep lists\n\n";
    for (int level = 0; level < 5000; ++level)
        indented += QByteArray(2 * level, ' ') + "- item " + QByteArray::number(level) + '\n';
    row("robustness: 5,000 levels of indented list items", u"indented.md"_s, indented, u"markdown"_s, {},
        u"item 4999"_s);
    row("robustness: 100,000 nested blockquotes", u"quotes.md"_s,
        repeated(">", 100000) + " Цитата в самой глубине\n", u"markdown"_s, {}, u"Цитата в самой глубине"_s);
    QByteArray quoteLines;
    for (int level = 1; level <= 3000; ++level)
        quoteLines += QByteArray(level, '>') + " line\n";
    row("robustness: 3,000 lines of ever deeper blockquotes", u"quotes2.md"_s, quoteLines, u"markdown"_s, {},
        u"line"_s);

    // libxml2 stops at a nesting depth of 256 unless told XML_PARSE_HUGE, and then drops the
    // rest of the page, not just the deep part: these rows keep that from coming back.
    row("robustness: <div> 100,000 deep", u"divs.html"_s,
        repeated("<div>", 5 * 100000) + "Deep text" + repeated("</div>", 6 * 100000), u"html"_s, {}, u"Deep text"_s,
        QString());
    row("robustness: unclosed <div> 100,000 deep, Russian", u"дивы.html"_s,
        "<p>Начало</p>" + repeated("<div>", 5 * 100000) + "Глубокий текст", u"html"_s, {}, u"Глубокий текст"_s,
        QString());
    QByteArray lists = "<h2>Lists</h2>";
    for (int i = 0; i < 10000; ++i)
        lists += "<ul><li>";
    lists += "Innermost item";
    for (int i = 0; i < 10000; ++i)
        lists += "</li></ul>";
    row("robustness: <ul><li> 10,000 deep", u"lists.html"_s, lists, u"html"_s, {}, u"Innermost item"_s, QString());
    row("robustness: text after 300 nested <div>s survives", u"after.html"_s,
        "<h2>Before</h2><p>Start.</p>" + repeated("<div>", 5 * 300) + "Deep." + repeated("</div>", 6 * 300)
            + "<h2>After</h2><p>The rest of the policy.</p>",
        u"html"_s, {}, u"The rest of the policy."_s, QString());
    row("robustness: text after 200 nested <div>s survives, Russian", u"после.html"_s,
        "<h2>До</h2><p>Начало.</p>" + repeated("<div>", 5 * 200) + "Глубоко." + repeated("</div>", 6 * 200)
            + "<h2>После</h2><p>Остальная часть политики.</p>",
        u"html"_s, {}, u"Остальная часть политики."_s);

    QByteArray headings;
    for (int i = 0; i < 20000; ++i)
        headings += "<h" + QByteArray::number(1 + i % 6) + ">Раздел " + QByteArray::number(i) + "</h"
                    + QByteArray::number(1 + i % 6) + "><p>Текст.</p>";
    row("robustness: 20,000 headings cycling h1-h6", u"headings.html"_s, headings, u"html"_s, {}, u"Раздел 19999"_s);
    QByteArray atx;
    for (int i = 0; i < 20000; ++i)
        atx += QByteArray(1 + i % 6, '#') + " Heading " + QByteArray::number(i) + "\n\nBody.\n\n";
    row("robustness: 20,000 ATX headings cycling levels", u"headings.md"_s, atx, u"markdown"_s, {},
        u"Heading 19999"_s);

    // Encodings and line breaks.
    row("nominal: UTF-8 with BOM, Russian", u"bom.txt"_s,
        "\xEF\xBB\xBFПолитика\n\n1. Общие положения\n\nМы храним данные.\n"_ba, u"text"_s, u"UTF-8"_s,
        u"Общие положения"_s);
    row("nominal: UTF-8 with BOM, Markdown", u"bom.md"_s,
        "\xEF\xBB\xBF# Notice\n\n## Scope\n\nThis notice covers the app.\n"_ba, u"markdown"_s, u"UTF-8"_s,
        u"covers the app"_s);
    row("nominal: UTF-16LE with BOM, Russian text", u"utf16.txt"_s,
        utf16leWithBom(u"Политика конфиденциальности\r\n\r\n1. Какие данные мы храним\r\n\r\nТолько имя и адрес.\r\n"_s),
        u"text"_s, u"UTF-16LE"_s, u"Только имя и адрес."_s);
    row("nominal: UTF-16LE with BOM, Russian Markdown", u"utf16.md"_s,
        utf16leWithBom(u"# Политика\n\n## Файлы cookie\n\nОдин файл на неделю.\n"_s), u"markdown"_s, u"UTF-16LE"_s,
        u"Один файл"_s);
    row("nominal: UTF-16LE with BOM, Russian HTML", u"utf16.html"_s,
        utf16leWithBom(u"<h2>Контакты</h2><p>Пишите нам письмом.</p>"_s), u"html"_s, u"UTF-16LE"_s, u"Пишите нам"_s);
    row("nominal: CRLF text", u"crlf.txt"_s, "Privacy Policy\r\n\r\n1. Scope\r\n\r\nThis covers the shop.\r\n"_ba,
        u"text"_s, u"UTF-8"_s, u"covers the shop"_s);
    row("nominal: lone CR text, Russian", u"cr.txt"_s, "Политика\r\r1. Область\r\rЭто касается магазина.\r"_ba,
        u"text"_s, u"UTF-8"_s, u"касается магазина"_s);
    row("nominal: CRLF Markdown", u"crlf.md"_s, "# Notice\r\n\r\n## Scope\r\n\r\nThe shop.\r\n"_ba, u"markdown"_s,
        u"UTF-8"_s, u"The shop."_s);
    row("nominal: lone CR Markdown, Russian", u"cr.md"_s, "# Политика\r\r## Область\r\rМагазин.\r"_ba,
        u"markdown"_s, u"UTF-8"_s, u"Магазин."_s);
    row("nominal: CRLF HTML", u"crlf.html"_s, "<h2>Scope</h2>\r\n<p>The\r\nshop.</p>\r\n"_ba, u"html"_s, u"UTF-8"_s,
        u"The shop."_s);
    row("robustness: emoji and combining marks, Russian Markdown", u"emoji.md"_s,
        "# 🔒 Политика\n\n## Й́ данные 👍🏽\n\nТекст 😀😀.\n"_ba, u"markdown"_s, u"UTF-8"_s, u"Текст"_s);
}

void TestImporter::importsHardFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, mustContain);
    QFETCH(QString, knownBug);

    const QString path = write(fileName, bytes);
    QVERIFY(!path.isEmpty());
    const auto doc = m_registry.importFile(path);
    const QString problem = !doc.ok() ? doc.error().code + u": "_s + doc.error().message
                            : !doc->text.contains(mustContain) ? u"the text lacks “%1”"_s.arg(mustContain)
                                                               : QString();
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QFile::remove(path);
    if (!doc.ok())
        return;
    QCOMPARE(doc->format, format);
    if (!encoding.isEmpty())
        QCOMPARE(doc->encoding, encoding);
    QVERIFY(!doc->text.startsWith(QChar(0xFEFF)));
    CW_VERIFY_INVARIANTS(*doc);
}

// ---------------------------------------------------------------------------------------

// Markdown offsets come from cmark's byte columns: each section's heading range must cover
// exactly the heading line as written, whatever the characters before it.
void TestImporter::markdownHeadingRanges_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("headings"); // textOf(heading) of every section, depth-first
    QTest::addColumn<QString>("knownBug");

    QTest::newRow("nominal: ASCII") << "# Title\n\n## One\n\nText.\n\n### One.A\n\n## Two\n"_ba
                                    << QStringList{u"## One"_s, u"### One.A"_s, u"## Two"_s} << QString();
    QTest::newRow("nominal: Russian") << "# Политика\n\n## Сбор данных\n\nТекст.\n\n## Хранение\n"_ba
                                      << QStringList{u"## Сбор данных"_s, u"## Хранение"_s} << QString();
    QTest::newRow("nominal: setext headings") << "Part one\n========\n\nText.\n\nPart two\n========\n"_ba
                                              << QStringList{u"Part one\n========"_s, u"Part two\n========"_s} << QString();
    QTest::newRow("nominal: setext heading followed by text, Russian")
        << "Текст.\n\nКонтакты\n--------\n\nПишите письмом.\n"_ba << QStringList{u"Контакты\n--------"_s} << QString();
    QTest::newRow("nominal: setext heading at the end, Russian") << "Текст.\n\nКонтакты\n--------\n"_ba
                                                                << QStringList{u"Контакты\n--------"_s} << QString();
    QTest::newRow("nominal: setext heading at the very end, no line break") << "Text.\n\nContacts\n--------"_ba
                                                               << QStringList{u"Contacts\n--------"_s} << QString();
    QTest::newRow("robustness: astral characters before the heading")
        << "# 🔒🔒\n\nText 😀 with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\n\n## Данные 👍\n\n## Next\n"_ba
        << QStringList{u"## Данные 👍"_s, u"## Next"_s} << QString();
    QTest::newRow("robustness: CRLF") << "# Title\r\n\r\n## Один\r\n\r\nText.\r\n\r\n## Два\r\n"_ba
                                      << QStringList{u"## Один"_s, u"## Два"_s} << QString();
    QTest::newRow("robustness: lone CR") << "# Title\r\r## Один\r\rText.\r\r## Два\r"_ba
                                         << QStringList{u"## Один"_s, u"## Два"_s} << QString();
    QTest::newRow("robustness: BOM") << "\xEF\xBB\xBF# Title\n\n## Первый\n\n## Второй\n"_ba
                                     << QStringList{u"## Первый"_s, u"## Второй"_s} << QString();
    QTest::newRow("robustness: indentation and closing hashes (not part of the range)")
        << "# T\n\n   ## Сроки ##\n\nText.\n\n## Last\n"_ba << QStringList{u"## Сроки"_s, u"## Last"_s} << QString();
    QTest::newRow("robustness: invalid byte before a heading")
        << "# T\n\nBad \xFF byte.\n\n## После ошибки\n"_ba << QStringList{u"## После ошибки"_s} << QString();
    QTest::newRow("robustness: headings inside a list and a quote are sections too")
        << "- ## В списке\n\n> ## In a quote\n"_ba << QStringList{u"## В списке"_s, u"## In a quote"_s} << QString();
}

void TestImporter::markdownHeadingRanges()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, headings);
    QFETCH(QString, knownBug);

    cw::doc::ImportOptions options;
    options.fileName = u"ranges.md"_s;
    const auto doc = m_registry.importBytes(markdown, options);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->format, u"markdown"_s);
    CW_VERIFY_INVARIANTS(*doc);
    QStringList actual;
    for (const Section *s : doc->flatSections())
        actual << doc->textOf(s->heading);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QCOMPARE(actual, headings);
}

// The same policy with \n, \r\n and \r: the same sections with the same titles.
void TestImporter::lineEndingsKeepStructure_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("lf");

    QTest::newRow("nominal: English text") << u"a.txt"_s
                                           << "Privacy Policy\n\n1. Scope\n\nThe shop.\n\n2. Contact\n\nBy post.\n"_ba;
    QTest::newRow("nominal: Russian text")
        << u"a.txt"_s << "Политика\n\n1. Область\n\nМагазин и склад.\n\n2. Контакты\n\nПисьмом по почте.\n"_ba;
    QTest::newRow("nominal: Russian Markdown")
        << u"a.md"_s << "# Политика\n\n## Область\n\nМагазин.\n\n### Склад\n\nТоже.\n\n## Контакты\n\nПочта.\n"_ba;
}

void TestImporter::lineEndingsKeepStructure()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, lf);

    auto outline = [&](const QByteArray &bytes) {
        cw::doc::ImportOptions options;
        options.fileName = fileName;
        const auto doc = m_registry.importBytes(bytes, options);
        QStringList out;
        if (!doc.ok())
            return QStringList{u"error: "_s + doc.error().message};
        if (const QString v = cwtest::invariantViolation(*doc); !v.isEmpty())
            return QStringList{u"invariant: "_s + v};
        out << u"title: "_s + doc->title;
        for (const Section *s : doc->flatSections())
            out << QString::number(s->level) + u' ' + s->title;
        return out;
    };
    const QStringList expected = outline(lf);
    QVERIFY(expected.size() > 1);
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    QCOMPARE(outline(crlf), expected);
    QCOMPARE(outline(cr), expected);
}

// ---------------------------------------------------------------------------------------

void TestImporter::languageOption_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("option");
    QTest::addColumn<QString>("language");

    const QByteArray en = "We keep your name and address for as long as the account is open.\n";
    const QByteArray ru = "Мы храним ваше имя и адрес, пока учётная запись открыта.\n";
    const int unknown = int(cw::text::Language::Unknown), english = int(cw::text::Language::English),
              russian = int(cw::text::Language::Russian);
    QTest::newRow("nominal: English detected") << en << unknown << u"en"_s;
    QTest::newRow("nominal: Russian detected") << ru << unknown << u"ru"_s;
    QTest::newRow("nominal: English text declared Russian") << en << russian << u"ru"_s;
    QTest::newRow("nominal: Russian text declared English") << ru << english << u"en"_s;
}

void TestImporter::languageOption()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, option);
    QFETCH(QString, language);

    cw::doc::ImportOptions options;
    options.fileName = u"lang.txt"_s;
    options.language = cw::text::Language(option);
    const auto doc = m_registry.importBytes(bytes, options);
    QVERIFY(doc.ok());
    QCOMPARE(cw::text::languageCode(doc->language), language);
}

// ---------------------------------------------------------------------------------------

// Plain-text recovery takes a short isolated line ending in a period for a Russian-style
// run-in heading ("Исправление.") when a body follows it. The last line of a file has no body.
void TestImporter::closingSentenceIsNoSection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QString>("knownBug");

    const QByteArray en = "Privacy Policy\n\n1. Scope\n\nThis notice covers the online shop and the mobile app we run."
                          "\n\nThank you for reading.";
    const QByteArray ru = "Политика\n\n1. Область\n\nПолитика касается интернет-магазина и мобильного приложения.\n\n"
                          "Спасибо за внимание.";
    const QByteArray ruRunIn = "Политика\n\nИсправление.\n\nВы можете исправить свои данные в личном кабинете в любое "
                               "время.\n\nУдаление.\n\nВы можете удалить учётную запись через настройки профиля.\n\n"
                               "Спасибо.";
    const QByteArray enRunIn = "Privacy\n\nCorrection.\n\nYou can correct your details in your account at any time."
                               "\n\nDeletion.\n\nYou can delete your account from the profile settings.\n\nThanks.";
    const QStringList ruSections{u"Исправление."_s, u"Удаление."_s};
    const QStringList enSections{u"Correction."_s, u"Deletion."_s};
    QTest::newRow("nominal: English, no final newline") << en << QStringList{u"1. Scope"_s} << QString();
    QTest::newRow("nominal: Russian, no final newline") << ru << QStringList{u"1. Область"_s} << QString();
    QTest::newRow("nominal: English, final newline") << en + '\n' << QStringList{u"1. Scope"_s} << QString();
    QTest::newRow("nominal: Russian, final newline") << ru + '\n' << QStringList{u"1. Область"_s} << QString();
    QTest::newRow("nominal: Russian run-in headings, no final newline") << ruRunIn << ruSections << QString();
    QTest::newRow("nominal: Russian run-in headings, final newline") << ruRunIn + '\n' << ruSections << QString();
    QTest::newRow("nominal: English run-in headings, no final newline") << enRunIn << enSections << QString();
    QTest::newRow("nominal: English run-in headings, final newline") << enRunIn + '\n' << enSections << QString();
}

void TestImporter::closingSentenceIsNoSection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, sections);
    QFETCH(QString, knownBug);

    cw::doc::ImportOptions options;
    options.fileName = u"closing.txt"_s;
    const auto doc = m_registry.importBytes(bytes, options);
    QVERIFY(doc.ok());
    CW_VERIFY_INVARIANTS(*doc);
    QStringList titles;
    for (const Section *s : doc->flatSections())
        titles << s->title;
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QCOMPARE(titles, sections);
}

// A folder stands for its policy files (known suffixes, not sub-folders) in name order; a file
// for itself, whatever its suffix; a folder without any is reported.
void TestImporter::expandFolders_data()
{
    QTest::addColumn<QStringList>("files");   // created under a fresh folder
    QTest::addColumn<QStringList>("paths");   // given, relative to it
    QTest::addColumn<QStringList>("expected"); // returned, relative to it
    QTest::addColumn<QStringList>("empty");    // reported, relative to it

    QTest::newRow("nominal: a folder in name order, a file kept as given")
        << QStringList{u"refs/b.md"_s, u"refs/a.txt"_s, u"refs/notes.xyz"_s, u"refs/sub/c.md"_s, u"draft.rtf"_s}
        << QStringList{u"draft.rtf"_s, u"refs"_s} << QStringList{u"draft.rtf"_s, u"refs/a.txt"_s, u"refs/b.md"_s}
        << QStringList{};
    QTest::newRow("nominal: Cyrillic names, upper-case suffix")
        << QStringList{u"образцы/политика.MD"_s, u"образцы/согласие.html"_s} << QStringList{u"образцы"_s}
        << QStringList{u"образцы/политика.MD"_s, u"образцы/согласие.html"_s} << QStringList{};
    QTest::newRow("robustness: a folder without policies is reported, the rest kept")
        << QStringList{u"empty/readme.xyz"_s, u"one.md"_s} << QStringList{u"empty"_s, u"one.md"_s}
        << QStringList{u"one.md"_s} << QStringList{u"empty"_s};
}

void TestImporter::expandFolders()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, paths);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, empty);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : files) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(f)).absolutePath()));
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# T\n");
    }
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path());
    QStringList emptyFolders;
    const QStringList got = m_registry.expandFolders(paths, &emptyFolders);
    QDir::setCurrent(before);
    QCOMPARE(got, expected);
    QCOMPARE(emptyFolders, empty);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
