#include "document/plaintextimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw::doc;

namespace {

PolicyDocument importText(const QString &text)
{
    const auto r = PlainTextImporter().import(text.toUtf8(), {u"t.txt"_s, cw::text::Language::Unknown});
    if (!r)
        qFatal("import failed: %s", qPrintable(r.error().message));
    return r.value();
}

// "level:title" for every section, depth-first.
QStringList flat(const PolicyDocument &doc)
{
    QStringList out;
    for (const Section *s : doc.flatSections())
        out << QString::number(s->level) + u':' + s->title;
    return out;
}

} // namespace

class tst_PlainTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void rangesCutHeadings();
    void listItemsAndParagraphs();
};

void tst_PlainTextImporter::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("sections");

    QTest::newRow("nominal: ALL-CAPS headings, page chrome above the title")
        << u"Acme Partner\nHome  Products  Blog\n\nPRIVACY POLICY\n\nAcme Ltd explains here how it handles your data.\n\n"
           "INFORMATION WE COLLECT\n\nWe collect your name and e-mail address when you register.\n\n"
           "Information you give us:\n\nThe details you type into forms on the site.\n\n"
           "HOW LONG WE KEEP IT\n\nWe keep account data for five years after the account is closed.\n"_s
        << u"PRIVACY POLICY"_s
        << QStringList{u"1:INFORMATION WE COLLECT"_s, u"2:Information you give us"_s, u"1:HOW LONG WE KEEP IT"_s};

    QTest::newRow("nominal: Cyrillic numbered headings with run-in subheadings, title over three lines")
        << u"ПОЛОЖЕНИЕ\n\nоб обработке персональных данных\nклиентов магазина «Ромашка»\n\n"
           "Настоящее положение определяет порядок обработки персональных данных клиентов.\n\n"
           "1. Общие положения.\n\nОператор обрабатывает данные в соответствии с законом.\n\n"
           "2. Права субъекта персональных данных.\n\nСубъект вправе требовать следующего.\n\n"
           "Доступ к данным.\n\nСубъект вправе получить сведения об обработке своих данных.\n\n"
           "Уточнение.\n\nСубъект вправе требовать уточнения неполных или неточных данных.\n\n"
           "3. Сроки хранения.\n\nДанные хранятся не дольше, чем этого требуют цели обработки.\n"_s
        << u"ПОЛОЖЕНИЕ об обработке персональных данных клиентов магазина «Ромашка»"_s
        << QStringList{u"1:1. Общие положения."_s, u"1:2. Права субъекта персональных данных."_s,
                       u"2:Доступ к данным."_s, u"2:Уточнение."_s, u"1:3. Сроки хранения."_s};

    QTest::newRow("nominal: question headings over title lines and labels, no blank lines")
        << u"Privacy Policy\nWhat do we collect?\nWe collect data in two ways, described below.\n"
           "Data You Give Us\nAccount Details:\nWhen you sign up we ask for your name and e-mail address.\n"
           "Data Collected Automatically\nOur servers record your IP address and browser type.\n"
           "How do we protect it?\nWe encrypt data in transit and at rest.\n"_s
        << u"Privacy Policy"_s
        << QStringList{u"1:What do we collect?"_s, u"2:Data You Give Us"_s, u"3:Account Details"_s,
                       u"2:Data Collected Automatically"_s, u"1:How do we protect it?"_s};

    QTest::newRow("nominal: items after a lead-in that begin alike are a list, not headings")
        << u"Privacy Notice\nUse of Data\nWe may use the information we collect in the following ways:\n"
           "To run your account\nTo answer your questions\nTo improve the service\n"
           "Sharing of Data\nWe do not sell your data to anyone.\n"_s
        << u"Privacy Notice"_s << QStringList{u"1:Use of Data"_s, u"1:Sharing of Data"_s};

    QTest::newRow("nominal: heading glued to the previous sentence is split off")
        << u"Privacy Policy\n\nCookies\n\nWe use cookies to keep you signed in to the service.Your Rights and Choices\n\n"
           "You may ask us for a copy of your data at any time.\n"_s
        << u"Privacy Policy"_s << QStringList{u"1:Cookies"_s, u"1:Your Rights and Choices"_s};

    QTest::newRow("nominal: glued copy of the next heading stays text")
        << u"Privacy Policy\n\nCookies\n\nWe use cookies to keep you signed in to the service.Your Rights and Choices\n\n"
           "Your Rights and Choices\n\nYou may ask us for a copy of your data at any time.\n"_s
        << u"Privacy Policy"_s << QStringList{u"1:Cookies"_s, u"1:Your Rights and Choices"_s};

    QTest::newRow("nominal: Cyrillic ALL-CAPS headings")
        << u"ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ\n\nНастоящая политика описывает обработку данных.\n\n"
           "ОБЩИЕ ПОЛОЖЕНИЯ\n\nОператор — ООО «Ромашка».\n\nЦЕЛИ ОБРАБОТКИ\n\nМы обрабатываем данные для исполнения договора.\n"_s
        << u"ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ"_s << QStringList{u"1:ОБЩИЕ ПОЛОЖЕНИЯ"_s, u"1:ЦЕЛИ ОБРАБОТКИ"_s};

    QTest::newRow("nominal: a style found only after the last numbered section is top level")
        << u"ПОЛИТИКА\n\n1. Общие положения.\n\nОператор обрабатывает данные в соответствии с законом.\n\n"
           "Права субъекта.\n\nСубъект вправе получить сведения об обработке своих данных.\n\n"
           "Отзыв согласия.\n\nСогласие можно отозвать, направив оператору письменное заявление.\n\n"
           "Коротко.\n\nДа.\n\n"
           "2. Заключительные положения.\n\nПолитика вступает в силу со дня её утверждения оператором.\n\n"
           "Контакты оператора:\n\nООО «Ромашка», Москва.\n"_s
        << u"ПОЛИТИКА"_s
        << QStringList{u"1:1. Общие положения."_s, u"2:Права субъекта."_s, u"2:Отзыв согласия."_s,
                       u"1:2. Заключительные положения."_s, u"1:Контакты оператора"_s};

    QTest::newRow("nominal: one question heading does not swallow the title lines after it")
        << u"Privacy Policy\n\nWhat do we collect?\n\nWe collect your name.\n\nBilling Information\n\n"
           "We keep invoices.\n\nDevice Information\n\nWe log your browser type.\n"_s
        << u"Privacy Policy"_s
        << QStringList{u"1:What do we collect?"_s, u"1:Billing Information"_s, u"1:Device Information"_s};

    QTest::newRow("robustness: sentence fragments, labels with values and bullets are not headings")
        << u"Privacy Policy\n\nLast updated: 5 May 2025\n\nData We Collect\n\nWe collect:\n\nName, surname;\n"
           "E-mail address,\n- Phone Number\nContact us at help@example.com\n\nThank you.\n"_s
        << u"Privacy Policy"_s << QStringList{u"1:Data We Collect"_s};

    QTest::newRow("robustness: hard-wrapped prose does not break into headings")
        << u"Privacy Policy\n\nData Retention\n\nWe keep the data you give us for as long as your account\n"
           "remains open and Delete It\nwithin thirty days after you close it.\n"_s
        << u"Privacy Policy"_s << QStringList{u"1:Data Retention"_s};

    QTest::newRow("robustness: lower-case menu line is chrome, not a heading")
        << u"Privacy Policy\n\nThis policy explains what we do with personal data of our customers and visitors.\n\n"
           "terms of use cookies gdpr\n\nGeneral Provisions\n\nThe policy applies to all our services.\n"_s
        << u"Privacy Policy"_s << QStringList{u"1:General Provisions"_s};

    QTest::newRow("nominal: Cyrillic contents with page numbers are not headings")
        << u"ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ\n\nСодержание\n\n1. Общие положения .......... 1\n2. Цели обработки 2\n"
           "3. Сроки хранения\t4\n\n1. Общие положения\n\nОператор обрабатывает данные в соответствии с законом.\n\n"
           "2. Цели обработки\n\nМы обрабатываем данные для исполнения договора.\n\n3. Сроки хранения\n\n"
           "Данные хранятся три года после закрытия учётной записи.\n"_s
        << u"ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ"_s
        << QStringList{u"1:Содержание"_s, u"1:1. Общие положения"_s, u"1:2. Цели обработки"_s, u"1:3. Сроки хранения"_s};
    QTest::newRow("nominal: contents without page numbers, then the first section")
        << u"Privacy Policy\n\nInformation We Collect\n\nHow We Use Information\n\nYour Choices\n\n"
           "Information We Collect\n\nWe collect the name and e-mail address you give us.\n\nHow We Use Information\n\n"
           "We use them to run your account.\n\nYour Choices\n\nYou may close the account at any time.\n"_s
        << u"Privacy Policy"_s
        << QStringList{u"1:Information We Collect"_s, u"1:How We Use Information"_s, u"1:Your Choices"_s};
    QTest::newRow("Cyrillic: a table read as lines is rows, not sections")
        << u"Политика\n\n4. Для чего мы используем данные\n\nЦель Правовое основание\n\n"
           "Ведение учётной записи Исполнение договора\n\nОбеспечение безопасности Законные интересы\n\n"
           "Рассылка новостей Согласие\n\n5. Как долго мы храним данные\n\nМы храним данные три года.\n"_s
        << u"Политика"_s
        << QStringList{u"1:4. Для чего мы используем данные"_s, u"1:5. Как долго мы храним данные"_s};
    QTest::newRow("robustness: one line") << u"Привет"_s << QString() << QStringList{};
}

void tst_PlainTextImporter::structure()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QStringList, sections);
    const PolicyDocument doc = importText(text);
    QCOMPARE(doc.title, title);
    QCOMPARE(flat(doc), sections);
    QCOMPARE(doc.text, text);
}

void tst_PlainTextImporter::rangesCutHeadings()
{
    const QString text = u"Политика\n\n1. Сбор данных.\n\nМы собираем имя.\n\n2. Хранение.\n\nДанные хранятся 3 года.\n"_s;
    const PolicyDocument doc = importText(text);
    QCOMPARE(doc.sections.size(), size_t(2));
    QCOMPARE(doc.textOf(doc.sections[0].heading), u"1. Сбор данных."_s);
    QCOMPARE(doc.textOf(doc.sections[1].heading), u"2. Хранение."_s);
    QCOMPARE(doc.sections[0].range.end, doc.sections[1].range.start);
    QCOMPARE(doc.sections[1].range.end, text.size());
    QCOMPARE(doc.language, cw::text::Language::Russian);
    QCOMPARE(doc.sections[0].heading.start, text.indexOf(u"1. Сбор"_s));
}

void tst_PlainTextImporter::listItemsAndParagraphs()
{
    const QString text = u"Privacy Policy\n\nGeneral\n\n  1. This policy applies to the site and the app, and to nothing else.\n"
                         "    1. nested item one;\n  2. Second item of the list, also a full sentence.\n\n"
                         "A paragraph that is wrapped\nover two lines.\n"_s;
    const PolicyDocument doc = importText(text);
    QStringList kinds;
    for (const Block &b : doc.blocks) {
        const QString t = doc.textOf(b.range);
        switch (b.kind) {
        case BlockKind::Heading: kinds << u"H%1:"_s.arg(b.level) + t; break;
        case BlockKind::ListItem: kinds << u"L%1:"_s.arg(b.level) + t.left(12); break;
        case BlockKind::Paragraph: kinds << u"P:"_s + t; break;
        default: kinds << u"?"_s; break;
        }
    }
    QCOMPARE(kinds, (QStringList{u"H0:Privacy Policy"_s, u"H1:General"_s, u"L1:1. This poli"_s, u"L2:1. nested it"_s,
                                 u"L1:2. Second it"_s, u"P:A paragraph that is wrapped\nover two lines."_s}));
}

QTEST_GUILESS_MAIN(tst_PlainTextImporter)
#include "tst_plaintextimporter.moc"
