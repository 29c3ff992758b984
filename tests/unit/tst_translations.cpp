// Every translatable string in core/ and app/ has a finished Russian translation in
// translations/clausewright_ru.ts (STYLE.md, "Translations"). lupdate extracts the strings
// the code has now, so a tr() added without a translation fails here, not in a user's window.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation: the same source may need two translations
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per numerus form; one entry otherwise

    [[nodiscard]] QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    [[nodiscard]] QString display() const
    {
        return u"[%1] \"%2\"%3"_s.arg(context, source, comment.isEmpty() ? QString() : u" (" + comment + u')');
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile parseTs(const QByteArray &xml)
{
    TsFile ts;
    QXmlStreamReader reader(xml);
    QString context;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == "TS"_L1) {
            ts.language = reader.attributes().value("language"_L1).toString();
        } else if (reader.name() == "context"_L1) {
            context.clear();
        } else if (reader.name() == "name"_L1) {
            context = reader.readElementText();
        } else if (reader.name() == "message"_L1) {
            Message message;
            message.context = context;
            message.numerus = reader.attributes().value("numerus"_L1) == "yes"_L1;
            while (reader.readNextStartElement()) {
                if (reader.name() == "source"_L1) {
                    message.source = reader.readElementText();
                } else if (reader.name() == "comment"_L1) {
                    message.comment = reader.readElementText();
                } else if (reader.name() == "translation"_L1) {
                    message.type = reader.attributes().value("type"_L1).toString();
                    if (message.numerus) {
                        while (reader.readNextStartElement()) {
                            if (reader.name() == "numerusform"_L1)
                                message.translations << reader.readElementText();
                            else
                                reader.skipCurrentElement();
                        }
                    } else {
                        message.translations << reader.readElementText();
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
            ts.messages << message;
        }
    }
    if (reader.hasError())
        ts.error = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
    return ts;
}

// Markers that must survive translation: %1…%99 and %n; an '&' mnemonic when the source has one.
QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression marker(u"%(?:\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(u"&(?!&)\\S"_s);
    return text.contains(mnemonic);
}

// What is wrong with one Russian entry, or an empty string.
QString problemOf(const Message &message)
{
    if (message.type == "unfinished"_L1)
        return u"unfinished"_s;
    if (message.type == "vanished"_L1 || message.type == "obsolete"_L1)
        return u"obsolete entry left in the file"_s;
    // Russian has three plural forms (1 файл, 2 файла, 5 файлов).
    if (message.numerus && message.translations.size() != 3)
        return u"needs 3 plural forms, has %1"_s.arg(message.translations.size());
    if (message.translations.isEmpty())
        return u"no translation"_s;
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty())
            return u"empty translation"_s;
        QStringList expected = placeholdersOf(message.source);
        if (message.numerus) // a form may spell out the count ("одна секция"); %1… must stay
            expected.removeAll(u"%n"_s);
        const QStringList got = placeholdersOf(translation);
        for (const QString &placeholder : std::as_const(expected)) {
            if (!got.contains(placeholder))
                return u"“%1” lost %2"_s.arg(translation, placeholder);
        }
        if (hasMnemonic(message.source) && !hasMnemonic(translation))
            return u"“%1” lost the & mnemonic"_s.arg(translation);
    }
    return {};
}

QString lupdatePath()
{
    const QString name = u"lupdate"_s;
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::BinariesPath),
                           QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)};
    QString found = QStandardPaths::findExecutable(name, dirs);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(u"lupdate6"_s);
    return found;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sourceDir()
{
    return QString::fromUtf8(CW_SOURCE_DIR);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checker_data();
    void checker();
    void russianFileIsComplete();
    void englishPluralsAreComplete();
    void everyStringInTheCodeIsTranslated();
    void knownTranslations_data();
    void knownTranslations();

private:
    TsFile m_russian;
};

void TestTranslations::initTestCase()
{
    const QString path = sourceDir() + u"/translations/clausewright_ru.ts"_s;
    const QByteArray xml = readFile(path);
    QVERIFY2(!xml.isEmpty(), qPrintable(path + u" is missing or empty"_s));
    m_russian = parseTs(xml);
    QVERIFY2(m_russian.error.isEmpty(), qPrintable(m_russian.error));
    QVERIFY2(m_russian.language.startsWith(u"ru"_s), qPrintable(m_russian.language));
    QVERIFY(!m_russian.messages.isEmpty());
}

// The English file holds only the plural forms ("%n section(s)" → "%n section", "%n sections"):
// one left unfinished shows "(s)" in the English UI.
void TestTranslations::englishPluralsAreComplete()
{
    const TsFile english = parseTs(readFile(sourceDir() + u"/translations/clausewright_en.ts"_s));
    QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
    int plurals = 0;
    for (const Message &m : english.messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2
                     && std::none_of(m.translations.begin(), m.translations.end(), [](const QString &f) { return f.isEmpty(); }),
                 qPrintable(m.source));
    }
    QVERIFY(plurals > 10);
}

// The checker itself, on small inputs, so that the real checks cannot pass vacuously.
void TestTranslations::checker_data()
{
    QTest::addColumn<QByteArray>("ts");
    QTest::addColumn<bool>("ok");
    const auto ts = [](const char *message) -> QByteArray {
        return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"ru_RU\">"
                          "<context><name>C</name>")
               + message + "</context></TS>";
    };
    QTest::newRow("nominal: finished, Cyrillic")
        << ts("<message><source>&amp;Open…</source><translation>&amp;Открыть…</translation></message>") << true;
    QTest::newRow("nominal: three plural forms")
        << ts("<message numerus=\"yes\"><source>%n section(s)</source><translation>"
              "<numerusform>%n раздел</numerusform><numerusform>%n раздела</numerusform>"
              "<numerusform>%n разделов</numerusform></translation></message>")
        << true;
    QTest::newRow("robustness: unfinished")
        << ts("<message><source>Open</source><translation type=\"unfinished\">Открыть</translation></message>")
        << false;
    QTest::newRow("robustness: empty translation")
        << ts("<message><source>Open</source><translation></translation></message>") << false;
    QTest::newRow("robustness: one plural form empty")
        << ts("<message numerus=\"yes\"><source>%n file(s)</source><translation>"
              "<numerusform>%n файл</numerusform><numerusform></numerusform>"
              "<numerusform>%n файлов</numerusform></translation></message>")
        << false;
    QTest::newRow("robustness: placeholder lost")
        << ts("<message><source>Opening %1…</source><translation>Открытие…</translation></message>") << false;
    QTest::newRow("robustness: mnemonic lost")
        << ts("<message><source>&amp;File</source><translation>Файл</translation></message>") << false;
    QTest::newRow("robustness: vanished entry")
        << ts("<message><source>Old</source><translation type=\"vanished\">Старое</translation></message>")
        << false;
}

void TestTranslations::checker()
{
    QFETCH(QByteArray, ts);
    QFETCH(bool, ok);
    const TsFile file = parseTs(ts);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(file.messages.size(), 1);
    QCOMPARE(problemOf(file.messages.constFirst()).isEmpty(), ok);
}

void TestTranslations::russianFileIsComplete()
{
    const QByteArray xml = readFile(sourceDir() + u"/translations/clausewright_ru.ts"_s);
    QVERIFY2(!xml.contains("type=\"unfinished\""), "clausewright_ru.ts has unfinished entries");
    QStringList problems;
    for (const Message &message : std::as_const(m_russian.messages)) {
        const QString problem = problemOf(message);
        if (!problem.isEmpty())
            problems << message.display() + u": "_s + problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestTranslations::everyStringInTheCodeIsTranslated()
{
    const QString lupdate = lupdatePath();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found (install qt6-l10n-tools); cannot extract the strings of the code");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString extractedPath = tmp.filePath(u"extracted_ru.ts"_s);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {sourceDir() + u"/core"_s, sourceDir() + u"/app"_s, u"-locations"_s,
                            u"none"_s, u"-no-obsolete"_s, u"-target-language"_s, u"ru"_s,
                            u"-ts"_s, extractedPath});
    QVERIFY2(process.waitForFinished(120000), qPrintable(lupdate + u" did not finish"_s));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    const TsFile extracted = parseTs(readFile(extractedPath));
    QVERIFY2(extracted.error.isEmpty(), qPrintable(extracted.error));
    // The window alone has dozens of strings: far fewer means lupdate looked in the wrong place.
    QVERIFY2(extracted.messages.size() >= 30,
             qPrintable(u"lupdate found only %1 strings:\n"_s.arg(extracted.messages.size()) + output));

    QHash<QString, const Message *> russian;
    for (const Message &message : std::as_const(m_russian.messages))
        russian.insert(message.key(), &message);

    QStringList missing;
    for (const Message &message : std::as_const(extracted.messages)) {
        const Message *translated = russian.value(message.key());
        if (!translated) {
            missing << message.display() + u": not in clausewright_ru.ts"_s;
            continue;
        }
        const QString problem = problemOf(*translated);
        if (!problem.isEmpty())
            missing << message.display() + u": "_s + problem;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"\nRun `cmake --build <build> --target update_translations` and translate:\n"_s
                        + missing.join(u'\n')));
}

// A few entries whose wording matters, so that a mangled file (wrong context after a class
// was renamed, a translation pasted into the wrong entry) is caught by name.
void TestTranslations::knownTranslations_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: File menu (Cyrillic)") << u"cw::gui::MainWindow"_s << u"&File"_s << u"&Файл"_s;
    QTest::newRow("nominal: Open… keeps the ellipsis") << u"cw::gui::MainWindow"_s << u"&Open…"_s << u"&Открыть…"_s;
    QTest::newRow("nominal: outline dock") << u"cw::gui::MainWindow"_s << u"Outline"_s << u"Структура"_s;
    QTest::newRow("nominal: findings dock") << u"cw::gui::MainWindow"_s << u"Findings"_s << u"Замечания"_s;
    QTest::newRow("nominal: preferences") << u"cw::gui::PreferencesDialog"_s << u"Preferences"_s << u"Параметры"_s;
}

void TestTranslations::knownTranslations()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const auto it = std::find_if(m_russian.messages.cbegin(), m_russian.messages.cend(), [&](const Message &m) {
        return m.context == context && m.source == source;
    });
    QVERIFY2(it != m_russian.messages.cend(), qPrintable(source + u" not in "_s + context));
    QCOMPARE(it->translations.value(0), expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
