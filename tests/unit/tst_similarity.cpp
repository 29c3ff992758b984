#include "analysis/similarity.h"
#include "text/language.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cw::analysis::SimilarityModel;

class tst_Similarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nearest_data();
    void nearest();
    void untrained();

private:
    SimilarityModel m_model;
};

// Topic 0: retention, topic 1: cookies; one English and one Russian example each, with a tag
// that must not count.
void tst_Similarity::initTestCase()
{
    m_model.train({
        {0, u"We keep personal data for {{retention_years}} years after the account is closed, then delete or anonymise them."_s},
        {0, u"Мы храним персональные данные в течение срока, необходимого для целей обработки, а затем уничтожаем их."_s},
        {1, u"We use cookies and similar technologies such as pixels and local storage; you can refuse them in the browser settings."_s},
        {1, u"Мы используем файлы cookie и аналогичные технологии; вы можете отключить их в настройках браузера."_s},
    });
    QCOMPARE(m_model.exampleCount(), qsizetype(4));
    QVERIFY(!m_model.isEmpty());
}

void tst_Similarity::nearest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("topic");
    QTest::addColumn<double>("atLeast");

    QTest::newRow("nominal: retention in other words") << u"Account data are kept for two years and deleted when the period ends."_s << 0 << 0.2;
    QTest::newRow("nominal: cookies") << u"Our site sets cookies; the browser settings let you block cookies."_s << 1 << 0.3;
    QTest::newRow("Cyrillic: retention") << u"Персональные данные хранятся не дольше, чем требуют цели обработки, после чего уничтожаются."_s << 0 << 0.3;
    QTest::newRow("Cyrillic: cookies") << u"Сайт использует файлы cookie; их можно отключить в настройках браузера."_s << 1 << 0.3;
    QTest::newRow("unrelated: no known word") << u"Zebra quantum xylophone."_s << -1 << 0.0;
}

void tst_Similarity::nearest()
{
    QFETCH(QString, text);
    QFETCH(int, topic);
    QFETCH(double, atLeast);
    cw::analysis::WordAnalyser analyser;
    const auto match = m_model.nearest(analyser.words(text, {0, text.size()}, cw::text::Language::Unknown));
    QCOMPARE(match.topic, topic);
    QVERIFY2(match.cosine >= atLeast, qPrintable(QString::number(match.cosine)));
    QVERIFY(match.cosine <= 1.0 + 1e-9);
}

void tst_Similarity::untrained()
{
    SimilarityModel empty;
    QVERIFY(empty.isEmpty());
    cw::analysis::WordAnalyser analyser;
    const QString text = u"We keep data."_s;
    QCOMPARE(empty.nearest(analyser.words(text, {0, text.size()}, cw::text::Language::English)).topic, -1);
}

QTEST_GUILESS_MAIN(tst_Similarity)
#include "tst_similarity.moc"
