// The New Policy wizard, offscreen: questions that depend on others appear and vanish, each
// answer is checked as it is given, the preview follows the answers in both languages, the
// answers are kept and resumed, and Finish writes the project, which opens in the window.

#include "librarypanel.h"
#include "mainwindow.h"
#include "newpolicywizard.h"
#include "settingskeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cw::gui::NewPolicyWizard;

class TestNewPolicyWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dependentQuestions_data();
    void dependentQuestions();
    void answersChecked_data();
    void answersChecked();
    void resumeAndFinish_data();
    void resumeAndFinish();

private:
    QJsonObject sampleAnswers(const QString &templateId) const;
    std::shared_ptr<const cw::library::Library> m_library;
};

void TestNewPolicyWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ClausewrightTests"_s);
    QCoreApplication::setApplicationName(u"tst_newpolicywizard"_s);
    m_library = cw::gui::loadLibraries();
    QCOMPARE(m_library->templates().size(), size_t(4));
}

void TestNewPolicyWizard::init()
{
    QSettings().clear();
}

QJsonObject TestNewPolicyWizard::sampleAnswers(const QString &templateId) const
{
    QFile f(m_library->findTemplate(templateId)->sampleAnswers);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestNewPolicyWizard::dependentQuestions_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("dependsOn");
    QTest::addColumn<QJsonValue>("off");
    QTest::addColumn<QJsonValue>("on");

    QTest::newRow("a DPO's name when one is appointed") << u"gdpr-saas"_s << u"dpo_name"_s << u"has_dpo"_s << QJsonValue(false)
                                                        << QJsonValue(true);
    QTest::newRow("years when the period is fixed") << u"gdpr-saas"_s << u"retention_years"_s << u"retention_mode"_s
                                                    << QJsonValue(u"criteria"_s) << QJsonValue(u"fixed"_s);
    QTest::newRow("Cyrillic template: countries when data go abroad") << u"ru152-operator"_s << u"transfer_countries"_s
                                                                      << u"transfers_abroad"_s << QJsonValue(false) << QJsonValue(true);
}

void TestNewPolicyWizard::dependentQuestions()
{
    QFETCH(QString, templateId);
    QFETCH(QString, question);
    QFETCH(QString, dependsOn);
    QFETCH(QJsonValue, off);
    QFETCH(QJsonValue, on);
    NewPolicyWizard wizard(m_library);
    wizard.setTemplate(templateId);
    wizard.show();
    wizard.next();
    QVERIFY(wizard.setAnswer(dependsOn, off));
    QVERIFY(!wizard.isQuestionShown(question));
    QVERIFY(wizard.setAnswer(dependsOn, on));
    QVERIFY(wizard.isQuestionShown(question));
}

void TestNewPolicyWizard::answersChecked_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QJsonValue>("bad");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("an e-mail without @") << u"contact_email"_s << QJsonValue(u"privacy.example.com"_s) << u"e-mail"_s;
    QTest::newRow("a web address without https") << u"website"_s << QJsonValue(u"example"_s) << u"https"_s;
    QTest::newRow("Cyrillic: a company name in English only")
        << u"company_name"_s << QJsonValue(QJsonObject{{u"en"_s, u"Acme Ltd"_s}, {u"ru"_s, QString()}}) << u"ru"_s;
}

void TestNewPolicyWizard::answersChecked()
{
    QFETCH(QString, question);
    QFETCH(QJsonValue, bad);
    QFETCH(QString, mentions);
    NewPolicyWizard wizard(m_library);
    wizard.setTemplate(u"gdpr-saas"_s);
    wizard.setLanguages({u"en"_s, u"ru"_s});
    wizard.startFrom(sampleAnswers(u"gdpr-saas"_s));
    wizard.show();
    wizard.next();
    QVERIFY2(wizard.problems().isEmpty(), qPrintable(wizard.problems().join(u'\n')));
    QVERIFY(wizard.previewMarkdown(u"ru"_s).startsWith(u"# "_s));
    QVERIFY(wizard.setAnswer(question, bad));
    QCOMPARE(wizard.problems().size(), 1);
    QVERIFY2(wizard.problems().front().contains(mentions), qPrintable(wizard.problems().front()));
    // A preview the problem touches says what is missing instead of showing half a policy.
    const bool russianOnly = mentions == u"ru"_s;
    QVERIFY(!wizard.previewMarkdown(u"ru"_s).startsWith(u"# "_s));
    QCOMPARE(wizard.previewMarkdown(u"en"_s).startsWith(u"# "_s), russianOnly);
}

void TestNewPolicyWizard::resumeAndFinish_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("name");

    QTest::newRow("nominal: GDPR in English") << u"gdpr-saas"_s << QStringList{u"en"_s} << u"acme"_s;
    QTest::newRow("Cyrillic: 152-FZ in both languages, a Russian file name") << u"ru152-operator"_s
                                                                            << QStringList{u"en"_s, u"ru"_s} << u"политика"_s;
}

void TestNewPolicyWizard::resumeAndFinish()
{
    QFETCH(QString, templateId);
    QFETCH(QStringList, languages);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString project = dir.filePath(name + u".cwproj"_s);
    const QJsonObject sample = sampleAnswers(templateId);
    {
        // Answer, then close: the answers are kept.
        NewPolicyWizard wizard(m_library);
        wizard.setTemplate(templateId);
        wizard.setLanguages(languages);
        wizard.startFrom(sample);
        wizard.show();
        wizard.next();
        QVERIFY(wizard.problems().isEmpty());
        wizard.reject();
    }
    cw::gui::MainWindow window;
    window.show();
    NewPolicyWizard *wizard = window.showNewPolicyWizard();
    QCOMPARE(wizard->templateId(), templateId); // the last template and languages
    QCOMPARE(wizard->languages(), languages);
    wizard->setProjectFile(project);
    wizard->next();
    QVERIFY2(wizard->problems().isEmpty(), qPrintable(wizard->problems().join(u'\n'))); // resumed
    QSignalSpy created(wizard, &NewPolicyWizard::projectCreated);
    wizard->accept();
    QCOMPARE(created.size(), 1);
    const QStringList files = created.front().at(1).toStringList();
    QCOMPARE(files.size(), languages.size() + 1);
    QCOMPARE(QFileInfo(files.front()).fileName(), name + u".cwproj"_s);
    const QJsonObject json = QJsonDocument::fromJson([&] {
                                 QFile f(project);
                                 return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                             }())
                                 .object();
    QCOMPARE(json.value(u"template"_s).toString(), templateId);
    QCOMPARE(json.value(u"languages"_s).toArray().size(), languages.size());
    for (const QString &lang : languages)
        QVERIFY(QFileInfo::exists(dir.filePath(name + u'.' + lang + u".md"_s)));
    // The window opens the first policy.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentFilePath(), files.at(1), 30000); // and its editor opens beside it
}

QTEST_MAIN(TestNewPolicyWizard)
#include "tst_newpolicywizard.moc"
