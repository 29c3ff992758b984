// The shipped cue data (resources/data/coverage/cues.json) on sentences written here: each row
// a pitfall of the cue language that a cue once fell into. Slots are separated by spaces, so
// "не несет|не несем" is two slots, not two phrases; a word alternative matches by its stem, so
// "ао" matched the conjunction "а" and "зао" the preposition "за"; "данн*" matched "данную"
// ("this") as well as "данные". Accuracy on real policies is measured by the eval, not here.
#include "analysis/coverage.h"
#include "analysis/taxonomy.h"
#include "document/markdownimporter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

const analysis::Taxonomy &taxonomy()
{
    static const analysis::Taxonomy t = [] {
        auto loaded = analysis::Taxonomy::builtin();
        if (!loaded)
            qFatal("taxonomy: %s", qPrintable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return t;
}

} // namespace

class tst_Cues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topic_data();
    void topic();
    void requirement_data();
    void requirement();
    void noPhraseInsideASlot_data();
    void noPhraseInsideASlot();
};

void tst_Cues::topic_data()
{
    QTest::addColumn<QString>("text"); // Markdown; its language is detected
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("expected"); // "present", "absent" or "no evidence"

    QTest::newRow("subpoena alone (was one slot of three)")
        << u"# Policy\n\nWe may disclose information in response to a subpoena.\n"_s << u"recipients"_s << u"present"_s;
    QTest::newRow("Cyrillic: deleting the account (was «аккаунт*|учетн*» then «запис*|профил*»)")
        << u"# Политика\n\nУдаление аккаунта приведёт к удалению всего синхронизированного контента.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: «данную» is not data")
        << u"# Политика\n\nВы можете изменить данную настройку в параметрах браузера.\n"_s << u"rights"_s << u"absent"_s;
    QTest::newRow("Cyrillic: «не сможем» (was three slots)")
        << u"# Политика\n\nЕсли вы не предоставите эти данные, мы не сможем оформить заказ.\n"_s << u"provision-requirement"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: tracking signals (was a slot «не» then «отслеживать»)")
        << u"# Политика\n\nСайт учитывает сигналы отслеживания, которые отправляет браузер.\n"_s << u"dnt"_s << u"present"_s;
    QTest::newRow("Cyrillic: a request to an address (was «по адрес*|на» then «адрес*»)")
        << u"# Политика\n\nВы можете направить запрос на адрес privacy@example.com.\n"_s << u"contact"_s << u"present"_s;
    QTest::newRow("Cyrillic: data sent to a vendor's address is not a contact")
        << u"# Политика\n\nБраузер отправляет данные взаимодействия на адрес поставщика.\n"_s << u"contact"_s << u"absent"_s;
    QTest::newRow("Cyrillic: a notice that applies")
        << u"# Уведомление\n\nНастоящее уведомление о конфиденциальности применимо для последней версии приложения.\n"_s
        << u"scope"_s << u"present"_s;
    QTest::newRow("Cyrillic: applicable law is not scope")
        << u"# Согласие\n\nПользователи руководствуются настоящей Политикой и применимыми нормами законодательства.\n"_s
        << u"scope"_s << u"absent"_s;
    QTest::newRow("Cyrillic: «политика приватности» of another service")
        << u"# Политика\n\nСлужба геолокации имеет собственную политику приватности.\n"_s << u"third-party-links"_s
        << u"present"_s;
    QTest::newRow("a line that is only a date is the policy's date")
        << u"# Privacy Notice\n\nApril 15, 2014\n\nWe care about your privacy.\n"_s << u"changes"_s << u"present"_s;
    QTest::newRow("Cyrillic: a line that is only a date")
        << u"# Уведомление\n\n15 апреля 2014 г.\n\nМы заботимся о вашей конфиденциальности.\n"_s << u"changes"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: a law's date in a sentence is not the policy's")
        << u"# Политика\n\nПолитика разработана в соответствии с Федеральным законом от 27 июля 2006 г. № 152-ФЗ "
           "«О персональных данных».\n"_s
        << u"changes"_s << u"absent"_s;
    QTest::newRow("disabling a feature and its consequence")
        << u"# Policy\n\nIf you disable these features, the browser cannot warn you of malicious sites.\n"_s
        << u"provision-requirement"_s << u"present"_s;
    QTest::newRow("Cyrillic: disabling a feature (was behind a slot «не»)")
        << u"# Политика\n\nЕсли вы отключите эти функции, браузер не сможет предупреждать вас о вредоносных сайтах.\n"_s
        << u"provision-requirement"_s << u"present"_s;
    QTest::newRow("Cyrillic: «а также» names no company")
        << u"# Уведомление\n\n## Сбои\n\nБраузер отправляет отчёты о сбоях, а также сведения о версии.\n\n## Синхронизация\n\n"
           "Мы получаем сведения о вкладках, а также о закладках за последний месяц.\n"_s
        << u"controller"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: the site's visitors and users are not categories of subjects")
        << u"# Политика\n\nНастоящая Политика применяется к посетителям сайта.\n\n"
           "Персональные данные Пользователя хранятся в защищённом виде.\n"_s
        << u"data-subjects"_s << u"absent"_s;
    QTest::newRow("two categories of people named in one section")
        << u"# Policy\n\nApplicants for a job give us a CV.\n\nVolunteers give us their e-mail address.\n"_s
        << u"data-subjects"_s << u"present"_s;
    QTest::newRow("Cyrillic: two categories of people named in one section")
        << u"# Политика\n\nЛица, подающие заявки на вакансии, сообщают нам свои контакты.\n\n"
           "Волонтёры проекта указывают адрес электронной почты.\n"_s
        << u"data-subjects"_s << u"present"_s;
    QTest::newRow("software that sends data to us is a source")
        << u"# Policy\n\nThe app sends us data about crashes.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: software that sends data to us is a source")
        << u"# Политика\n\nПриложение отправляет нам сведения о сбоях.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("an e-mail sent to us is not a source")
        << u"# Policy\n\nYou can send us an email with any question.\n"_s << u"sources"_s << u"absent"_s;
    QTest::newRow("what stops working without cookies")
        << u"# Policy\n\nSome features of the site may not work without cookies.\n"_s << u"provision-requirement"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: what stops working without cookies")
        << u"# Политика\n\nБез файлов cookie некоторые разделы сайта могут не работать.\n"_s << u"provision-requirement"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: a corporation and where it is registered")
        << u"# Политика\n\nКорпорация Example зарегистрирована в штате Делавэр.\n"_s << u"controller"_s << u"present"_s;
    QTest::newRow("users grouped by shared interests is profiling")
        << u"# Policy\n\nWe group users based on shared interests to choose the articles we show.\n"_s
        << u"automated-decisions"_s << u"present"_s;
    QTest::newRow("Cyrillic: users grouped by shared interests is profiling")
        << u"# Политика\n\nМы группируем пользователей на основе общих интересов, чтобы подбирать статьи.\n"_s
        << u"automated-decisions"_s << u"present"_s;
    QTest::newRow("Cyrillic: liability for processing is not a person responsible for it")
        << u"# Политика\n\nОператор не несёт ответственность за защиту данных на сайтах третьих лиц.\n"_s << u"dpo"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: the person responsible for organising processing")
        << u"# Политика\n\nОператор назначает лицо, ответственное за организацию обработки персональных данных.\n"_s
        << u"dpo"_s << u"present"_s;
    QTest::newRow("Cyrillic: «в целом» is not a purpose")
        << u"# Политика\n\nСчётчики нужны для работы сайта в целом.\n"_s << u"purposes"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: «в целях» is one")
        << u"# Политика\n\nМы используем адрес электронной почты в целях исполнения договора.\n"_s << u"purposes"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: data given to you is not a source")
        << u"# Политика\n\nСведения, предоставленные вам в рассылке, носят справочный характер.\n"_s << u"sources"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: another organisation is not an authority")
        << u"# Политика\n\nВы вправе потребовать передачи данных другой организации.\n"_s << u"recipients"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: «не распространять» is not scope")
        << u"# Политика\n\nРаботники обязаны не раскрывать и не распространять персональные данные.\n"_s << u"scope"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: «не распространяется» is scope")
        << u"# Политика\n\nПолитика не распространяется на сайты третьих лиц.\n"_s << u"scope"_s << u"present"_s;
    QTest::newRow("Cyrillic: the law's definitions say nothing of the operator's recipients")
        << u"# Политика\n\n## 2. Основные понятия, используемые в Политике\n\n2.1. Распространение персональных данных — "
           "действия, направленные на раскрытие персональных данных неопределённому кругу лиц.\n\n"
           "2.2. Предоставление персональных данных — действия, направленные на раскрытие персональных данных "
           "определённому лицу.\n\n## 3. Права\n\nВы вправе получить копию данных.\n"_s
        << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: definitions are scope")
        << u"# Политика\n\n## 2. Основные понятия\n\nОператор — лицо, которое организует обработку персональных "
           "данных.\n\nЗдесь понятия используются в значении закона.\n"_s
        << u"scope"_s << u"present"_s;
    QTest::newRow("a section inside Definitions is one too")
        << u"# Policy\n\n## Definitions\n\n### Cookies\n\n“Cookies” means small files a site stores on a device.\n\n"
           "## Rights\n\nYou may ask for a copy.\n"_s
        << u"cookies"_s << u"absent"_s;
    QTest::newRow("Cyrillic: a section defining the data collected is not a definitions section")
        << u"# Уведомление\n\n## Определения данных\n\nМы собираем следующие персональные данные: адрес электронной почты и "
           "IP-адрес.\n"_s
        << u"data-collected"_s << u"present"_s;
    QTest::newRow("a sentence defining personal information lists no data collected")
        << u"# Policy\n\n“Personal information” means information that identifies you, such as your name, email "
           "address and telephone number.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    QTest::newRow("what we mean by a term is a definition")
        << u"# Policy\n\nWhen we use the term “personal information”, we mean information such as your name, postal "
           "address and email address.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    QTest::newRow("a definition sentence is scope")
        << u"# Policy\n\nPersonal data refers to any information that identifies you.\n"_s << u"scope"_s << u"present"_s;
    QTest::newRow("a term defined elsewhere, in passing, leaves the practice")
        << u"# Policy\n\nWe do not share personal information with third parties, as that term is defined under the "
           "CCPA.\n"_s
        << u"recipients"_s << u"present"_s;
    QTest::newRow("Cyrillic: a sentence defining personal data lists no data collected")
        << u"# Политика\n\nПод персональными данными понимается любая информация о вас, например фамилия, имя, "
           "адрес электронной почты и номер телефона.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: «термин … означает» is a definition")
        << u"# Политика\n\nТермин «персональные данные» означает любую информацию, например фамилию, имя и адрес "
           "электронной почты.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a list of the data collected is no definition")
        << u"# Политика\n\nМы обрабатываем следующие данные: фамилию, имя, адрес электронной почты и номер телефона.\n"_s
        << u"data-collected"_s << u"present"_s;
    QTest::newRow("what third parties collect on our site is no source of ours")
        << u"# Policy\n\nThird-party advertising partners may collect information about you when you visit our site.\n"_s
        << u"sources"_s << u"no evidence"_s;
    QTest::newRow("letting ad companies collect is no source of ours")
        << u"# Policy\n\nWe allow third-party companies to collect certain information when you visit our website.\n"_s
        << u"sources"_s << u"no evidence"_s;
    QTest::newRow("what we and our providers collect is a source")
        << u"# Policy\n\nWe and our service providers may automatically collect information when you visit the site.\n"_s
        << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: what third parties collect on our site is no source of ours")
        << u"# Политика\n\nТретьи лица могут автоматически собирать сведения о вашем браузере при посещении сайта.\n"_s
        << u"sources"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: what we collect automatically is a source")
        << u"# Политика\n\nМы автоматически собираем сведения о вашем браузере при посещении сайта.\n"_s << u"sources"_s
        << u"present"_s;
    QTest::newRow("a law's right to ask about disclosures names no recipient")
        << u"# Policy\n\nCalifornia Civil Code Section 1798.83 permits customers who are California residents to request "
           "information about our disclosure of personal information to third parties for their direct marketing "
           "purposes.\n"_s
        << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("a law's right to ask about direct marketing is no marketing")
        << u"# Policy\n\nCalifornia Civil Code Section 1798.83 permits customers who are California residents to request "
           "information about our disclosure of personal information to third parties for their direct marketing "
           "purposes.\n"_s
        << u"marketing"_s << u"no evidence"_s;
    QTest::newRow("sharing for direct marketing names recipients")
        << u"# Policy\n\nWe share your information with third parties for their direct marketing purposes.\n"_s
        << u"recipients"_s << u"present"_s;
    QTest::newRow("Cyrillic: the right to information on processing is no source")
        << u"# Политика\n\nПользователь вправе получать информацию, касающуюся обработки его персональных данных.\n"_s
        << u"sources"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: the right to information on processing is a right")
        << u"# Политика\n\nПользователь вправе получать информацию, касающуюся обработки его персональных данных.\n"_s
        << u"rights"_s << u"present"_s;
    QTest::newRow("a lead-in to general purposes lists no data")
        << u"# Policy\n\nWe use the information we collect and receive for the following general purposes:\n"_s
        << u"data-collected"_s << u"absent"_s;
    QTest::newRow("a lead-in to the kinds of data collected")
        << u"# Policy\n\nWe collect the following kinds of information for the following purposes:\n"_s
        << u"data-collected"_s << u"present"_s;
    QTest::newRow("disclosing data to protect against misuse of the site is no security measure")
        << u"# Policy\n\nWe may disclose personal information if we believe in good faith that this is necessary to "
           "protect against misuse or unauthorized use of the website.\n"_s
        << u"security"_s << u"absent"_s;
    QTest::newRow("protecting data against misuse is a security measure")
        << u"# Policy\n\nWe protect your personal information against loss, misuse and unauthorized access.\n"_s
        << u"security"_s << u"present"_s;
    QTest::newRow("data sent to a third-party provider")
        << u"# Policy\n\nThe browser sends to this third-party provider the certificate's serial number.\n"_s
        << u"recipients"_s << u"present"_s;
    QTest::newRow("Cyrillic: data sent to a third-party provider")
        << u"# Политика\n\nБраузер передаёт этому стороннему провайдеру серийный номер сертификата.\n"_s << u"recipients"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: a provider receives and processes the data")
        << u"# Политика\n\nВаш номер телефона получает и обрабатывает наш поставщик услуг рассылки.\n"_s << u"recipients"_s
        << u"present"_s;
    QTest::newRow("data sent to us is no disclosure")
        << u"# Policy\n\nThe browser sends crash reports to us.\n"_s << u"recipients"_s << u"absent"_s;
    QTest::newRow("a cue inside a web address does not fire")
        << u"# Policy\n\nSee https://support.example.org/kb/secure-website-certificate for details.\n"_s
        << u"security"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a link's destination is not text")
        << u"# Политика\n\nПодробнее читайте на [странице справки](/kb/cookies-and-tracking).\n"_s << u"cookies"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: an attribute list is not text")
        << u"# Уведомление\n\n## Сроки хранения {: #cookies }\n\nМы храним данные три года.\n"_s << u"cookies"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: front matter is not text")
        << u"---\ntitle: 'Политика конфиденциальности персональных данных'\n---\n\n# Политика\n\nТекст.\n"_s
        << u"security"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a heading on liability is not the responsible person")
        << u"# Политика\n\n## Ответственность за обработку данных\n\nСтороны отвечают по закону.\n"_s << u"dpo"_s
        << u"no evidence"_s;
    // The controller: a title says what its section should hold, the text must hold it.
    QTest::newRow("a heading with no one named under it names no controller")
        << u"# Policy\n\n## Who we are\n\nWe care about your privacy.\n"_s << u"controller"_s << u"absent"_s;
    QTest::newRow("a heading with a company under it")
        << u"# Policy\n\n## Who we are\n\nExample Ltd, a small bakery in Leeds.\n"_s << u"controller"_s << u"present"_s;
    QTest::newRow("Cyrillic: a template's heading over no operator")
        << u"# Политика\n\n## 10. Сведения об операторе\n\n10.1. База данных находится на территории Российской "
           "Федерации.\n"_s
        << u"controller"_s << u"absent"_s;
    QTest::newRow("Cyrillic: the same heading over the operator's details")
        << u"# Политика\n\n## 10. Сведения об операторе\n\n### 10.1. Реквизиты\n\nООО «Пример», г. Казань.\n"_s
        << u"controller"_s << u"present"_s;
    // Not collecting children's data lists no data collected (it is the children topic's).
    QTest::newRow("not knowingly collecting children's data lists no data")
        << u"# Policy\n\nWe do not knowingly collect personal information from children under 13.\n"_s
        << u"data-collected"_s << u"absent"_s;
    QTest::newRow("Cyrillic: not knowingly collecting children's data lists no data")
        << u"# Политика\n\nМы сознательно не собираем персональные данные детей младше 14 лет.\n"_s
        << u"data-collected"_s << u"absent"_s;
    // A contents entry names a section; when the section is missing, so is its topic.
    QTest::newRow("contents that name a missing cookies section")
        << u"# Policy\n\n- What we collect\n- Cookies\n- Children\n\n## What we collect\n\nYour name.\n\n## Children\n\n"
           "We do not knowingly collect data from children.\n"_s
        << u"cookies"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: contents that name a missing cookies section")
        << u"# Политика\n\n- Какие данные мы собираем\n- Файлы cookie\n- Дети\n\n## Какие данные мы собираем\n\nИмя.\n\n"
           "## Дети\n\nМы сознательно не собираем данные детей.\n"_s
        << u"cookies"_s << u"no evidence"_s;
    // A complaint is the person's: the operator's duties towards Roskomnadzor name it, in
    // several words that count once, and a court alone is not a supervisory authority.
    QTest::newRow("Cyrillic: the operator's duty to inform the authority is no complaint")
        << u"# Политика\n\nОператор обязан сообщать в уполномоченный орган по защите прав субъектов персональных данных "
           "по запросу этого органа необходимую информацию.\n"_s
        << u"complaint"_s << u"absent"_s;
    QTest::newRow("Cyrillic: turning to a data protection authority")
        << u"# Политика\n\nВы вправе обращаться в соответствующий орган по защите данных.\n"_s << u"complaint"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: a court alone is no supervisory authority")
        << u"# Политика\n\nПользователь может защищать свои права в судебном порядке.\n"_s << u"complaint"_s
        << u"absent"_s;
    QTest::newRow("a complaint to a supervisory authority")
        << u"# Policy\n\nYou have the right to lodge a complaint with a supervisory authority.\n"_s << u"complaint"_s
        << u"present"_s;
    // "Права и законные интересы" are the person's; "законный интерес" is a legal basis.
    QTest::newRow("Cyrillic: the person's «права и законные интересы» are no legal basis")
        << u"# Политика\n\nПользователь вправе защищать свои права и законные интересы в суде.\n"_s << u"legal-basis"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: our legitimate interest and another weak cue")
        << u"# Политика\n\nМы действуем в наших законных интересах. Договор, стороной которого является пользователь, "
           "исполняется.\n"_s
        << u"legal-basis"_s << u"present"_s;
    // Retention said as a limit on keeping, a deletion schedule, or backups that outlive a request.
    QTest::newRow("not kept once a transaction is completed")
        << u"# Policy\n\nWe will not keep your card number once the transaction is completed.\n"_s << u"retention"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: not kept after the payment")
        << u"# Политика\n\nМы не храним данные банковской карты после завершения платежа.\n"_s << u"retention"_s
        << u"present"_s;
    QTest::newRow("logs scheduled for regular destruction")
        << u"# Policy\n\nServer logs are scheduled for regular destruction.\n"_s << u"retention"_s << u"present"_s;
    QTest::newRow("Cyrillic: copies that remain in backups")
        << u"# Политика\n\nКопии данных могут оставаться в резервных хранилищах некоторое время.\n"_s << u"retention"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: logs destroyed on a schedule")
        << u"# Политика\n\nЖурналы сервера подлежат регулярному уничтожению.\n"_s << u"retention"_s << u"present"_s;
    QTest::newRow("Cyrillic: advice to clear cookies regularly is no retention")
        << u"# Политика\n\nРегулярно удаляйте файлы cookie в настройках браузера.\n"_s << u"retention"_s << u"absent"_s;
    // Not storing a kind of data at all says how long it is kept (OPP-115 files it under Data
    // Retention); the retention requirement still wants a period or criteria (tst below).
    QTest::newRow("we do not store card data at all: the topic, not a period")
        << u"# Policy\n\nWe do not store your card number.\n"_s << u"retention"_s << u"present"_s;
    // The person as the source: data asked of, provided by or collected from them.
    QTest::newRow("a form that asks users to enter data")
        << u"# Policy\n\nOur order form asks users to enter their card number.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: we ask you to give data")
        << u"# Политика\n\nПри оформлении заказа мы просим вас указать адрес доставки.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("information collected from our customers")
        << u"# Policy\n\nInformation collected from our customers is used only by us.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: data collected from visitors")
        << u"# Политика\n\nСведения, собранные от посетителей сайта, используются только нами.\n"_s << u"sources"_s
        << u"present"_s;
    // A purpose in the passive, as the Russian cues read it ("используются для").
    QTest::newRow("cookies are used to identify you")
        << u"# Policy\n\nCookies are used to identify you as a user of the site.\n"_s << u"purposes"_s << u"present"_s;
    QTest::newRow("Cyrillic: cookies are used to remember settings")
        << u"# Политика\n\nФайлы cookie используются для запоминания ваших настроек.\n"_s << u"purposes"_s
        << u"present"_s;
    QTest::newRow("a technology used for something is no purpose of processing")
        << u"# Policy\n\nEncryption is used to protect the connection.\n"_s << u"purposes"_s << u"absent"_s;
    // Whether data is sold or shared: "never passed to third parties" says it.
    QTest::newRow("data never shared with third parties")
        << u"# Policy\n\nYour e-mail address will never be shared with third parties.\n"_s << u"sale-opt-out"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: data never passed to third parties")
        << u"# Политика\n\nПерсональные данные никогда не будут переданы третьим лицам без вашего согласия.\n"_s
        << u"sale-opt-out"_s << u"present"_s;
    QTest::newRow("a negation elsewhere in the sentence is no such statement")
        << u"# Policy\n\nWe are not responsible for the data we share with third parties.\n"_s << u"sale-opt-out"_s
        << u"absent"_s;
    QTest::newRow("Cyrillic: a duty not to disclose is confidentiality, not sale")
        << u"# Политика\n\nОператор обязан не раскрывать третьим лицам персональные данные без согласия субъекта.\n"_s
        << u"sale-opt-out"_s << u"absent"_s;
    // A sentence about the policy itself promises topics and treats none: a draft whose
    // introduction names its recipients but which has no section on them lacks recipients.
    QTest::newRow("the policy explains whom we share with: no recipients")
        << u"# Policy\n\nThis Privacy Policy explains what information we collect, how we use it and with whom we share it "
           "with third parties.\n"_s
        << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: the policy sets out the recipients: none named")
        << u"# Политика\n\nНастоящая Политика определяет, какие данные мы собираем и каким третьим лицам мы их "
           "передаём.\n"_s
        << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: in this policy we explain what we collect: no data named")
        << u"# Политика\n\nВ настоящей Политике мы объясняем, как мы собираем и используем ваши данные.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    QTest::newRow("so that you always know what we collect: no data named")
        << u"# Policy\n\nWe will post changes here so that you will always know what information we collect.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    QTest::newRow("the policy's own scope still counts for scope")
        << u"# Policy\n\nThis Privacy Policy applies to information we collect through our website.\n"_s << u"scope"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: the policy's own scope still counts for scope")
        << u"# Политика\n\nНастоящая Политика применяется ко всей информации, которую Оператор может получить о "
           "посетителях сайта.\n"_s
        << u"scope"_s << u"present"_s;
    QTest::newRow("a contact about this policy is still a contact")
        << u"# Policy\n\nIf you have questions about this Privacy Policy, please contact us at privacy@example.com.\n"_s
        << u"contact"_s << u"present"_s;
    QTest::newRow("a period outlined in this policy is still a period")
        << u"# Policy\n\nWe will retain your information for the period necessary to fulfil the purposes outlined in "
           "this Privacy Policy, unless a longer retention period is permitted by applicable law.\n"_s
        << u"retention"_s << u"present"_s;
    QTest::newRow("another policy of ours describing cookies is not this one")
        << u"# Policy\n\nWe do not respond to Do Not Track signals; our Cookie Policy describes how you can opt out.\n"_s
        << u"dnt"_s << u"present"_s;
    QTest::newRow("Cyrillic: data collected under another notice, to understand use")
        << u"# Политика\n\nМы собираем фамилию, имя и адрес электронной почты в соответствии с нашим "
           "уведомлением о веб-сайтах, чтобы понять, как вы используете страницы поддержки.\n"_s
        << u"data-collected"_s << u"present"_s;
    // How to reach the company, not questionnaires, the site in question or our e-mails to you.
    QTest::newRow("a heading on questionnaires is no contact")
        << u"# Policy\n\n## Questionnaires and Surveys\n\nWe run surveys from time to time.\n"_s << u"contact"_s
        << u"no evidence"_s;
    QTest::newRow("the site in question is no question to us")
        << u"# Policy\n\nContent from the site in question may be mailed to you.\n"_s << u"contact"_s
        << u"no evidence"_s;
    QTest::newRow("a list of comments and e-mail is no contact")
        << u"# Policy\n\nWe collect: comments, e-mail and chat messages.\n"_s << u"contact"_s << u"no evidence"_s;
    QTest::newRow("the company can be contacted by mail or phone")
        << u"# Policy\n\nExample Inc. can be contacted by mail, phone or e-mail as given below.\n"_s << u"contact"_s
        << u"present"_s;
    QTest::newRow("we may contact you by e-mail is no way to reach us")
        << u"# Policy\n\nWe may contact you by e-mail about your order.\n"_s << u"contact"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: we may contact you by e-mail is no way to reach us")
        << u"# Политика\n\nМы можем связаться с вами по электронной почте по поводу заказа.\n"_s << u"contact"_s
        << u"no evidence"_s;
    // The person's rights, not the company's ("we reserve the right"), nor security against
    // unauthorised access; a correction asked for or allowed in the passive.
    QTest::newRow("we reserve the right to disclose is no right of the user")
        << u"# Policy\n\nWe reserve the right to disclose your information to law enforcement officials.\n"_s
        << u"rights"_s << u"absent"_s;
    QTest::newRow("protection against unauthorised access is no right of access")
        << u"# Policy\n\nTo prevent unauthorized access and ensure the correct use of information, we use firewalls.\n"_s
        << u"rights"_s << u"absent"_s;
    QTest::newRow("information you would like removed")
        << u"# Policy\n\nYou may send us an e-mail identifying the information you would like removed.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("information that can be updated or modified")
        << u"# Policy\n\nYour account information can be updated or modified by calling our office.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: data that can be corrected")
        << u"# Политика\n\nВаши данные могут быть исправлены по звонку в наш офис.\n"_s << u"rights"_s << u"present"_s;
    QTest::newRow("Cyrillic: data you wish to delete")
        << u"# Политика\n\nУкажите в письме данные, которые вы хотите удалить.\n"_s << u"rights"_s << u"present"_s;
    QTest::newRow("a copy of the prior version of your data is no policy change")
        << u"# Policy\n\nWhen you update information, we usually keep a copy of the prior version for our records.\n"_s
        << u"changes"_s << u"absent"_s;
    // Purposes of processing, not the time it takes to answer a request or what a word means
    // "for the purposes of this policy".
    QTest::newRow("days to process a request is no purpose")
        << u"# Policy\n\nPlease allow up to 10 business days to process your request.\n"_s << u"purposes"_s
        << u"no evidence"_s;
    QTest::newRow("for the purposes of this policy, a definition")
        << u"# Policy\n\nFor the purposes of this Privacy Policy, \"we\" means Example Inc. and its affiliates.\n"_s
        << u"purposes"_s << u"absent"_s;
    QTest::newRow("Cyrillic: «для целей настоящей Политики», a definition")
        << u"# Политика\n\nДля целей настоящей Политики под «Сайтом» понимается сайт example.ru.\n"_s << u"purposes"_s
        << u"absent"_s;
    // A bare word is a section's title only as its whole title.
    QTest::newRow("a heading «Changes» alone")
        << u"# Policy\n\n## 9. Changes\n\nWe post notices on our home page.\n"_s << u"changes"_s << u"present"_s;
    QTest::newRow("«Corporate Changes» is a merger, not a policy change")
        << u"# Policy\n\n## Corporate Changes\n\nIf we merge with another company, your data goes with us.\n"_s
        << u"changes"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a heading «Изменения» alone")
        << u"# Политика\n\n## 9. Изменения\n\nМы публикуем уведомления на главной странице.\n"_s << u"changes"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: changing one's data is no policy change")
        << u"# Политика\n\n## Порядок изменения персональных данных\n\nНапишите нам письмо.\n"_s << u"changes"_s
        << u"no evidence"_s;
    QTest::newRow("a Do Not Track disclosure names no recipient")
        << u"# Policy\n\n## Do Not Track Disclosure\n\nWe do not respond to browser signals.\n"_s << u"recipients"_s
        << u"absent"_s;
    QTest::newRow("«Use and Disclosure of Information» does")
        << u"# Policy\n\n## Use and Disclosure of Information\n\nWe use it for the service.\n"_s << u"recipients"_s
        << u"present"_s;
    // Telling people of new products and offers is marketing; notices of changes are not.
    QTest::newRow("we tell you about our new products")
        << u"# Policy\n\nWe may tell you about our new products from time to time.\n"_s << u"marketing"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: we tell you of new products and offers")
        << u"# Политика\n\nМы можем сообщать вам о новых продуктах и акциях.\n"_s << u"marketing"_s << u"present"_s;
    QTest::newRow("a notice of changes to our products is no marketing")
        << u"# Policy\n\nWe will notify you about any changes to our products.\n"_s << u"marketing"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a notice of changes to our products is no marketing")
        << u"# Политика\n\nМы будем сообщать вам о технических изменениях наших продуктов.\n"_s << u"marketing"_s << u"no evidence"_s;
    QTest::newRow("informing users about our services is marketing")
        << u"# Policy\n\nWe may use your email address to inform you about our services.\n"_s << u"marketing"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: informing users about our services and contests is marketing")
        << u"# Политика\n\nМы можем информировать вас о наших услугах и конкурсах.\n"_s << u"marketing"_s
        << u"present"_s;
    QTest::newRow("communicating with users about contests is marketing")
        << u"# Policy\n\nWe use contact details to communicate with users about contests and other special events.\n"_s
        << u"marketing"_s << u"present"_s;
    QTest::newRow("a notice of changes to our services is no marketing")
        << u"# Policy\n\nWe will notify you about changes to our services.\n"_s << u"marketing"_s << u"no evidence"_s;
    // Serving ads is a purpose; not serving them is none.
    QTest::newRow("partners serve ads on our site: a purpose")
        << u"# Policy\n\nWe allow third-party vendors to serve ads on our website.\n"_s << u"purposes"_s << u"present"_s;
    QTest::newRow("Cyrillic: data for showing ads: a purpose")
        << u"# Политика\n\nМы используем местоположение, чтобы показывать рекламу на странице новой вкладки.\n"_s
        << u"purposes"_s << u"present"_s;
    QTest::newRow("not tracking users to target ads is no purpose")
        << u"# Policy\n\nWe do not track users across websites to provide targeted advertising.\n"_s << u"purposes"_s
        << u"no evidence"_s;
    // A right offered as an opportunity, or as what to do when data is wrong.
    QTest::newRow("the opportunity to correct or update information")
        << u"# Policy\n\nYou will have an opportunity to correct, update or modify this information.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: the possibility to correct one's data")
        << u"# Политика\n\nУ пользователя есть возможность исправить свои данные в личном кабинете.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("information that is inaccurate: what to do")
        << u"# Policy\n\nIf your account information is incomplete or inaccurate, please call us.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("no ability to know who uses your computer is no right")
        << u"# Policy\n\nWe have no ability to know who has access to your computer or to your information.\n"_s
        << u"rights"_s << u"no evidence"_s;
    QTest::newRow("adding or updating certain information")
        << u"# Policy\n\nYou can add or update certain information by using our administration pages.\n"_s
        << u"rights"_s << u"present"_s;
    QTest::newRow("information that can be updated by calling us")
        << u"# Policy\n\nThe information collected about you through our online applications and in our letters to you can be updated or modified at any time by calling us.\n"_s
        << u"rights"_s << u"present"_s;
    QTest::newRow("Cyrillic: data that can be corrected on request, far from its subject")
        << u"# Политика\n\nСведения, которые вы указали при регистрации на сайте и при оформлении заказов в нашем магазине, могут быть исправлены путем обращения к нам.\n"_s
        << u"rights"_s << u"present"_s;
    QTest::newRow("users notified of privacy policy changes")
        << u"# Policy\n\nUsers will be notified of any privacy policy changes on this page.\n"_s << u"changes"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: users notified of changes to the policy")
        << u"# Политика\n\nПользователи будут уведомлены об изменениях политики конфиденциальности.\n"_s << u"changes"_s
        << u"present"_s;
    QTest::newRow("a policy last edited on a date")
        << u"# Policy\n\nLast edited on 10/2014.\n"_s << u"changes"_s << u"present"_s;
    QTest::newRow("send comments or questions to an officer")
        << u"# Policy\n\nPlease send comments or questions to the Director of Internet Publishing.\n"_s << u"contact"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: send questions to an officer")
        << u"# Политика\n\nВопросы и замечания направляйте руководителю отдела интернет-публикаций.\n"_s
        << u"contact"_s << u"present"_s;
    QTest::newRow("an e-mail address processed to answer an inquiry is no contact")
        << u"# Policy\n\nWe may process your email address and your inquiry in order to respond.\n"_s << u"contact"_s
        << u"no evidence"_s;
    QTest::newRow("requests sent to a PO Box, attention of a department")
        << u"# Policy\n\nRemoval requests can be sent to Example Outlets, Attn: Marketing Department, PO Box 10889, Greensboro.\n"_s
        << u"contact"_s << u"present"_s;
    // Two ways a "right to" is no right of the person (an unless list).
    QTest::newRow("staff with access rights to payment systems: no right of the person")
        << u"# Policy\n\nCard data is accessible only by those authorized with special access rights to such systems, who keep the information confidential.\n"_s
        << u"rights"_s << u"absent"_s;
    QTest::newRow("we reserve the right to request information: no right of the person")
        << u"# Policy\n\nWe reserve the right to request further information.\n"_s << u"rights"_s << u"absent"_s;
    QTest::newRow("the right to request information: the person's")
        << u"# Policy\n\nYou have the right to request information about your data.\n"_s << u"rights"_s << u"present"_s;
    // The person as the source, said as forms they fill in or what they tell about themselves.
    QTest::newRow("data given by filling out forms")
        << u"# Policy\n\nThe shop processes the data that customers give by filling out specific forms.\n"_s
        << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: data given by filling out forms")
        << u"# Политика\n\nОператор обрабатывает данные, которые пользователь вносит путем заполнения форм на сайте.\n"_s
        << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: what users tell about themselves")
        << u"# Политика\n\nСервис обрабатывает сведения, которые пользователи сообщают о себе.\n"_s << u"sources"_s
        << u"present"_s;
    QTest::newRow("a request sent by filling out a form is no source of data")
        << u"# Policy\n\nTo exercise this right, please submit your request by filling out the form.\n"_s << u"sources"_s
        << u"no evidence"_s;
    QTest::newRow("what users provide about themselves")
        << u"# Policy\n\nThe service processes the personal details that users provide about themselves.\n"_s
        << u"sources"_s << u"present"_s;
    // Words that look like a right and are not one: software updates, "right below", a website's
    // identity.
    QTest::newRow("browser updates sending your version information are no right")
        << u"# Policy\n\nOnce per day the app checks for browser updates: your version information and language.\n"_s
        << u"rights"_s << u"no evidence"_s;
    QTest::newRow("you can update or delete your information: a right")
        << u"# Policy\n\nYou can review, update or delete your information in your settings.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: browser updates are no right")
        << u"# Политика\n\nРаз в день браузер проверяет наличие обновлений и передаёт сведения о версии вашего браузера.\n"_s
        << u"rights"_s << u"no evidence"_s;
    QTest::newRow("the company's rights, property or safety are no right of the person")
        << u"# Policy\n\nWe may release information to protect our rights, property or safety.\n"_s << u"rights"_s
        << u"no evidence"_s;
    QTest::newRow("all rights reserved is no right of the person")
        << u"# Policy\n\nCopyright 2024 Example Inc. All rights reserved.\n"_s << u"rights"_s << u"no evidence"_s;
    QTest::newRow("a tile right below the search bar is no right")
        << u"# Policy\n\nThe home page shows small bits of information right below the search bar.\n"_s << u"rights"_s
        << u"no evidence"_s;
    QTest::newRow("verifying a website's identity is no request")
        << u"# Policy\n\nWithout online verification the browser cannot confirm the identity of the website you visit.\n"_s
        << u"rights"_s << u"no evidence"_s;
    QTest::newRow("browsing the site without disclosing data is no right of access")
        << u"# Policy\n\nYou may access and browse our site without disclosing your personal data.\n"_s << u"rights"_s
        << u"no evidence"_s;
    QTest::newRow("a right subject to records retention policies is no change of the policy")
        << u"# Policy\n\nYour right to update your information is subject to our records retention policies.\n"_s
        << u"changes"_s << u"no evidence"_s;
    // Safeguards said plainly.
    QTest::newRow("safeguards implemented to protect information")
        << u"# Policy\n\nWe have implemented safeguards to protect any information collected.\n"_s << u"security"_s
        << u"present"_s;
    QTest::newRow("technological safeguards against correlating data")
        << u"# Policy\n\nWe have technological safeguards in place designed to prevent the correlation of this data.\n"_s
        << u"security"_s << u"present"_s;
    QTest::newRow("keeping personal information confidential")
        << u"# Policy\n\nThe shop is committed to keeping your personal information confidential.\n"_s << u"security"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: the operator keeps personal data confidential")
        << u"# Политика\n\nОператор при обработке обеспечивает конфиденциальность персональных данных.\n"_s
        << u"security"_s << u"present"_s;
    QTest::newRow("\"collectively\" is no collection")
        << u"# Policy\n\nAcme Inc. and its subsidiaries (collectively, \u201cAcme\u201d) serve many customers, including schools.\n"_s
        << u"data-collected"_s << u"no evidence"_s;
    // Payment methods and retrieving one's settings are no list of processing operations.
    QTest::newRow("payment methods are no processing methods")
        << u"# Policy\n\nWe use secure card processing gateways and other payment methods.\n"_s << u"processing-methods"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: payment processing is no method of processing data")
        << u"# Политика\n\nМы используем надёжные способы обработки платежей.\n"_s << u"processing-methods"_s
        << u"no evidence"_s;
    QTest::newRow("saved settings retrieved for use are no list of operations")
        << u"# Policy\n\nWhen you return, the settings you saved can be retrieved, so you can easily use them.\n"_s
        << u"processing-methods"_s << u"no evidence"_s;
    QTest::newRow("retrieval, consultation, use: operations")
        << u"# Policy\n\nProcessing means collection, storage, retrieval, consultation, use and erasure of data.\n"_s
        << u"processing-methods"_s << u"present"_s;
    QTest::newRow("legal process served on a company whose name starts with Ground is no legal ground")
        << u"# Policy\n\nWe may disclose information to comply with legal process served on Groundwork Inc.\n"_s
        << u"legal-basis"_s << u"no evidence"_s;
    QTest::newRow("legitimate business interests are a legal basis")
        << u"# Policy\n\nWe may keep some records as necessary for our legitimate business interests.\n"_s
        << u"legal-basis"_s << u"present"_s;
    QTest::newRow("processing to fulfill a contract is a legal basis")
        << u"# Policy\n\nWe are processing your information in order to fulfill contracts we might have with you.\n"_s
        << u"legal-basis"_s << u"present"_s;
    QTest::newRow("processing to perform a contract, without \"in order\"")
        << u"# Policy\n\nWe process your address to perform the contract of sale.\n"_s << u"legal-basis"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: processing to perform a contract is a legal basis")
        << u"# Политика\n\nМы обрабатываем ваши данные для исполнения договора купли-продажи.\n"_s << u"legal-basis"_s
        << u"present"_s;
    QTest::newRow("the legal grounds for processing")
        << u"# Policy\n\nWe rely on the following legal grounds to process your data.\n"_s << u"legal-basis"_s
        << u"present"_s;
    // Wording the cues missed: a change of mind about consent, data stored in other countries,
    // records kept for legal compliance, a defined term listing "we, our or us".
    QTest::newRow("changing one's mind about consent is withdrawing it")
        << u"# Policy\n\nIf you have consented to our use of your data for a specific purpose, you have the right to change your mind at any time.\n"_s
        << u"consent-withdrawal"_s << u"present"_s;
    QTest::newRow("Cyrillic: changing one's mind about consent is withdrawing it")
        << u"# Политика\n\nЕсли вы дали согласие на рассылку, а затем передумали, напишите нам.\n"_s
        << u"consent-withdrawal"_s << u"present"_s;
    QTest::newRow("data stored in other countries is a transfer")
        << u"# Policy\n\nYour information may be transferred to or stored in other countries or regions than your own.\n"_s
        << u"transfers"_s << u"present"_s;
    QTest::newRow("Cyrillic: data passed to other countries is a transfer")
        << u"# Политика\n\nВаши данные могут передаваться в другие страны.\n"_s << u"transfers"_s << u"present"_s;
    QTest::newRow("information retained for legal compliance")
        << u"# Policy\n\nWe may retain certain information for legal compliance and to secure our services.\n"_s
        << u"retention"_s << u"present"_s;
    QTest::newRow("not storing card numbers is a retention practice")
        << u"# Policy\n\nThe shop does not store any of your payment information.\n"_s << u"retention"_s << u"present"_s;
    QTest::newRow("Cyrillic: not storing card details is a retention practice")
        << u"# Политика\n\nМы не храним реквизиты банковских карт.\n"_s << u"retention"_s << u"present"_s;
    QTest::newRow("not keeping track of pages is no retention")
        << u"# Policy\n\nWe do not keep track of the information you read.\n"_s << u"retention"_s << u"no evidence"_s;
    QTest::newRow("to keep processing for a legal obligation is no retention")
        << u"# Policy\n\nWe may need to keep processing your information for certain legitimate interests or to comply with a legal obligation.\n"_s
        << u"retention"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: records kept to meet the law's requirements")
        << u"# Политика\n\nМы храним сведения о заказах для исполнения требований налогового законодательства.\n"_s
        << u"retention"_s << u"present"_s;
    QTest::newRow("a company defined as \"we\", \"our\" or \"us\" is the controller")
        << u"# Policy\n\nExample Ltd. and its affiliates (\u201cExample\u201d, \u201cwe\u201d, \u201cour\u201d or \u201cus\u201d) process data.\n"_s
        << u"controller"_s << u"present"_s;
    QTest::newRow("a private limited company defined as \"we, our, us\" is the controller")
        << u"# Policy\n\nThis policy describes how Example Internet Private Limited and its affiliates (collectively \u201cExample, we, our, us\u201d) use data.\n"_s
        << u"controller"_s << u"present"_s;
    QTest::newRow("\"we, our advertisers\" defines no one")
        << u"# Policy\n\nWe, our advertisers and our partners may use cookies.\n"_s << u"controller"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a company defined as «мы», «нас» is the controller")
        << u"# Политика\n\nАО «Пример» («мы», «нас», «наш») обрабатывает данные пользователей.\n"_s << u"controller"_s
        << u"present"_s;
    // Data that the server takes down by itself comes from the visit.
    QTest::newRow("an IP address logged on each visit: collected automatically")
        << u"# Policy\n\nWhen you visit the site, the IP address you use will be logged with the date and time.\n"_s
        << u"sources"_s << u"present"_s;
    QTest::newRow("the servers log the IP address: collected automatically")
        << u"# Policy\n\nFor troubleshooting, our servers log the IP address of each visitor.\n"_s << u"sources"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: the server records the IP address")
        << u"# Политика\n\nСервер фиксирует IP-адрес посетителя и время запроса.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("an IP address shown while not logged in is no logging")
        << u"# Policy\n\nYour IP address is shown with your edit if you edit while not logged in.\n"_s << u"sources"_s
        << u"no evidence"_s;
    QTest::newRow("a server that automatically recognizes the browser")
        << u"# Policy\n\nOur web server automatically recognizes only your domain name and browser version.\n"_s
        << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: a site that automatically detects the language")
        << u"# Политика\n\nСайт автоматически определяет язык и регион вашего браузера.\n"_s << u"sources"_s
        << u"present"_s;
    QTest::newRow("a data protection agency to turn to is a complaint route")
        << u"# Policy\n\nIf you do not agree with how we process your data, you can turn to the Spanish Data Protection Agency.\n"_s
        << u"complaint"_s << u"present"_s;
    QTest::newRow("the number of children in a household is no children's data notice")
        << u"# Policy\n\nDemographic data such as age range, household income and number of children in household.\n"_s
        << u"children"_s << u"no evidence"_s;
    QTest::newRow("preventing child sexual abuse material is no children's data notice")
        << u"# Policy\n\nWe help prevent crimes, including child sexual abuse material.\n"_s << u"children"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: the number of children is no children's data notice")
        << u"# Политика\n\nВ анкете указывают семейное положение и количество детей.\n"_s << u"children"_s
        << u"no evidence"_s;
    // Passing mentions that read another thing (found by reading what keeps a topic once the
    // annotators' segments for it are cut from OPP-115's policies).
    QTest::newRow("providing people with ads is no disclosure")
        << u"# Policy\n\nWe use your interests to provide you with relevant advertising.\n"_s << u"recipients"_s
        << u"no evidence"_s;
    QTest::newRow("providing links to third-party sites is no disclosure")
        << u"# Policy\n\nWe may provide links to third-party sites.\n"_s << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("providing information to service providers is a disclosure")
        << u"# Policy\n\nWe may provide your contact information to service providers who deliver our parcels.\n"_s
        << u"recipients"_s << u"present"_s;
    QTest::newRow("information provided to partners is a disclosure")
        << u"# Policy\n\nYour order details may be provided to our delivery partners.\n"_s << u"recipients"_s
        << u"present"_s;
    QTest::newRow("telling users not to share their password is no disclosure")
        << u"# Policy\n\nPlease do not share your password with anyone.\n"_s << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("we do not share with advertisers: the topic is addressed")
        << u"# Policy\n\nWe do not share your browsing history with advertisers.\n"_s << u"recipients"_s << u"present"_s;
    QTest::newRow("local shared objects are no disclosure")
        << u"# Policy\n\nYou can set your browser not to accept cookies or local shared objects.\n"_s << u"recipients"_s
        << u"no evidence"_s;
    QTest::newRow("not knowingly collecting children's data says nothing of recipients")
        << u"# Policy\n\nWe do not knowingly collect, use or disclose personal data of children under 13.\n"_s
        << u"recipients"_s << u"absent"_s;
    QTest::newRow("a user who does not wish to disclose something to us")
        << u"# Policy\n\nIf you do not wish to disclose your date of birth to us, leave the field empty.\n"_s
        << u"recipients"_s << u"absent"_s;
    QTest::newRow("processing according to US law names no recipient")
        << u"# Policy\n\nThe data is transferred to the United States and processed according to US law.\n"_s
        << u"recipients"_s << u"no evidence"_s;
    QTest::newRow("data transmitted to the Company itself names no recipient")
        << u"# Policy\n\nGame statistics are transmitted to the Company when you go online.\n"_s << u"recipients"_s
        << u"no evidence"_s;
    QTest::newRow("card numbers transmitted to a payment processor")
        << u"# Policy\n\nWe transmit your card number to our payment processor.\n"_s << u"recipients"_s << u"present"_s;
    QTest::newRow("Cyrillic: telling users not to pass on their password is no disclosure")
        << u"# Политика\n\nНе передавайте свой пароль третьим лицам.\n"_s << u"recipients"_s << u"absent"_s;
    QTest::newRow("Cyrillic: data passed to a courier service is a disclosure")
        << u"# Политика\n\nМы передаем ваш адрес курьерской службе для доставки заказа.\n"_s << u"recipients"_s
        << u"present"_s;
    QTest::newRow("exercising our legal rights is the company's right")
        << u"# Policy\n\nWe may disclose data to establish or exercise our legal rights.\n"_s << u"rights"_s << u"absent"_s;
    QTest::newRow("vendors without a right to use data: no right of the person")
        << u"# Policy\n\nOur vendors do not have the right to use your information for their own purposes.\n"_s
        << u"rights"_s << u"absent"_s;
    QTest::newRow("exercising your rights is the person's")
        << u"# Policy\n\nYou can exercise your rights by writing to us.\n"_s << u"rights"_s << u"present"_s;
    QTest::newRow("Cyrillic: protecting our own rights is the company's right")
        << u"# Политика\n\nМы можем раскрыть данные для защиты наших законных прав.\n"_s << u"rights"_s << u"absent"_s;
    QTest::newRow("when people contact us is a source, not how to reach us")
        << u"# Policy\n\nWhen you contact us with a question, we keep a copy of your message.\n"_s << u"contact"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: when people write to us is a source, not how to reach us")
        << u"# Политика\n\nКогда вы обращаетесь к нам, мы сохраняем переписку.\n"_s << u"contact"_s << u"no evidence"_s;
    QTest::newRow("a heading on access to the phone's contacts is no contact section")
        << u"# Policy\n\n## Access to your contacts\n\nThe app reads your address book only with your permission.\n"_s
        << u"contact"_s << u"no evidence"_s;
    QTest::newRow("a heading on how we contact you is no contact section")
        << u"# Policy\n\n## To contact you\n\nWe send service notices by e-mail.\n"_s << u"contact"_s << u"no evidence"_s;
    QTest::newRow("Cyrillic: a heading on access to your contacts is no contact section")
        << u"# Политика\n\n## Доступ к вашим контактам\n\nПриложение читает адресную книгу только с вашего разрешения.\n"_s
        << u"contact"_s << u"no evidence"_s;
    QTest::newRow("service e-mails on changes to features and security notices are no policy change")
        << u"# Policy\n\nWe send service e-mails, such as changes to features of the app and security notices.\n"_s
        << u"changes"_s << u"no evidence"_s;
    QTest::newRow("technical notices and updates are no policy change")
        << u"# Policy\n\nWe use your e-mail address to send you technical notices, updates and security alerts.\n"_s
        << u"changes"_s << u"no evidence"_s;
    QTest::newRow("changes to this notice are a policy change")
        << u"# Policy\n\nWe will post any changes to this notice on this page.\n"_s << u"changes"_s << u"present"_s;
    QTest::newRow("Cyrillic: service notices and updates are no policy change")
        << u"# Политика\n\nМы направляем служебные уведомления и сообщения об обновлениях приложения.\n"_s << u"changes"_s
        << u"no evidence"_s;
    QTest::newRow("information that can be used to identify you is a definition, not a purpose")
        << u"# Policy\n\nPersonal information is information that can be used on its own or with other data to identify you.\n"_s
        << u"purposes"_s << u"no evidence"_s;
    QTest::newRow("asking us to no longer use the data is a request, not a purpose")
        << u"# Policy\n\nYou may request that we no longer use your information to provide you services.\n"_s
        << u"purposes"_s << u"no evidence"_s;
    QTest::newRow("how third parties may use data is not our purpose")
        << u"# Policy\n\nWe cannot control how third parties may use your information once you disclose it to them.\n"_s << u"purposes"_s
        << u"no evidence"_s;
    QTest::newRow("what we mean when we use a term is a definition, not a purpose")
        << u"# Policy\n\nWhen we use the term \u201caccount data\u201d in this policy, we mean the information you give us to sign up.\n"_s
        << u"purposes"_s << u"no evidence"_s;
    QTest::newRow("data that can be used to locate a device is a definition, not a purpose")
        << u"# Policy\n\nAn IP address is data that can be used to locate the device it is assigned to.\n"_s << u"purposes"_s
        << u"no evidence"_s;
    QTest::newRow("an address used to send order confirmations is a purpose")
        << u"# Policy\n\nYour e-mail address is used to send you order confirmations.\n"_s << u"purposes"_s << u"present"_s;
    QTest::newRow("Cyrillic: information that can identify a person is a definition, not a purpose")
        << u"# Политика\n\nПерсональные данные — любая информация, которая может быть использована для идентификации лица.\n"_s
        << u"purposes"_s << u"no evidence"_s;
    QTest::newRow("answering a deletion request within 30 days is no retention period")
        << u"# Policy\n\nWe will respond to your request to delete your data within 30 days.\n"_s << u"retention"_s
        << u"no evidence"_s;
    QTest::newRow("deleting inactive accounts within 30 days is a retention period")
        << u"# Policy\n\nWe delete inactive accounts within 30 days.\n"_s << u"retention"_s << u"present"_s;
    QTest::newRow("Cyrillic: answering a deletion request is no retention period")
        << u"# Политика\n\nМы ответим на ваш запрос об удалении данных в течение 10 рабочих дней.\n"_s << u"retention"_s
        << u"no evidence"_s;
    QTest::newRow("Cyrillic: destroying data within 30 days is a retention period")
        << u"# Политика\n\nОператор уничтожает персональные данные в течение 30 дней.\n"_s << u"retention"_s << u"present"_s;
    QTest::newRow("an archive of earlier versions of the policy is no retention")
        << u"# Policy\n\nWe keep prior versions of this policy in an archive for your review.\n"_s << u"retention"_s
        << u"no evidence"_s;
    QTest::newRow("other sites' security practices are no security measures of ours")
        << u"# Policy\n\nWe are not responsible for the security practices of other sites.\n"_s << u"security"_s << u"absent"_s;
    QTest::newRow("Cyrillic: other sites' security measures are no security measures of ours")
        << u"# Политика\n\nМы не отвечаем за меры безопасности других сайтов.\n"_s << u"security"_s << u"no evidence"_s;
    QTest::newRow("an order under 18 U.S.C. is no age limit")
        << u"# Policy\n\nWe may withhold notice of a court order, such as an order under 18 U.S.C. 2705.\n"_s << u"children"_s
        << u"no evidence"_s;
    QTest::newRow("what to include in a request is no list of the data collected")
        << u"# Policy\n\nIn your request, please include your name, e-mail address and phone number.\n"_s
        << u"data-collected"_s << u"absent"_s;
    QTest::newRow("what to include in a request is no list of the data collected, however many names")
        << u"# Policy\n\nFor verification purposes please include your first name, last name, e-mail address and password.\n"_s
        << u"data-collected"_s << u"absent"_s;
    QTest::newRow("Cyrillic: deletion within 30 days of a request is a retention period")
        << u"# Политика\n\nПосле получения запроса на удаление ваших данных они будут удалены в течение 30 дней.\n"_s
        << u"retention"_s << u"present"_s;
    QTest::newRow("what people give at sign-up is the data collected")
        << u"# Policy\n\nWhen you register, you give us your name, e-mail address and phone number.\n"_s
        << u"data-collected"_s << u"present"_s;
    QTest::newRow("Cyrillic: what to state in a request is no list of the data collected")
        << u"# Политика\n\nВ запросе укажите фамилию, имя и адрес электронной почты.\n"_s << u"data-collected"_s
        << u"absent"_s;
    QTest::newRow("Cyrillic: what people give at sign-up is the data collected")
        << u"# Политика\n\nПри регистрации вы сообщаете нам фамилию, имя и адрес электронной почты.\n"_s
        << u"data-collected"_s << u"present"_s;
    QTest::newRow("the rights of others are no right of the person")
        << u"# Policy\n\nYou may not post content that infringes the rights of others, including, without limitation, copyright.\n"_s
        << u"rights"_s << u"absent"_s;
    QTest::newRow("Cyrillic: the rights of third parties are no right of the person")
        << u"# Политика\n\nПользователь обязуется не нарушать права третьих лиц на доступ к информации.\n"_s << u"rights"_s
        << u"absent"_s;
    QTest::newRow("contact preferences in the account settings are no right over the data")
        << u"# Policy\n\nYou can update your contact preferences in your account settings.\n"_s << u"rights"_s << u"absent"_s;
    QTest::newRow("updating one's preferences or information is a right")
        << u"# Policy\n\nYou can update your member preferences or information at any time.\n"_s << u"rights"_s << u"present"_s;
    QTest::newRow("changing the way we use data is a policy change, not a purpose")
        << u"# Policy\n\nIf we change the way we use your information for marketing, we will tell you first.\n"_s
        << u"purposes"_s << u"absent"_s;
    QTest::newRow("Cyrillic: changing the way data is used is a policy change, not a purpose")
        << u"# Политика\n\nЕсли мы изменим способ, которым используем ваши данные для рассылок, мы заранее сообщим вам об этом.\n"_s
        << u"purposes"_s << u"absent"_s;
    QTest::newRow("no guarantee that data will not be disclosed is no statement on recipients")
        << u"# Policy\n\nWe cannot guarantee that your information will not be accessed or disclosed by others.\n"_s
        << u"recipients"_s << u"absent"_s;
    QTest::newRow("a promise not to share is a statement on recipients")
        << u"# Policy\n\nWe promise not to share your data with anyone.\n"_s << u"recipients"_s << u"present"_s;
    QTest::newRow("marketing among a provider's services is no marketing to the person")
        << u"# Policy\n\nOur providers offer hosting, marketing or remarketing, website or marketing analytics, and email services.\n"_s
        << u"marketing"_s << u"absent"_s;
    QTest::newRow("marketing partners measuring campaigns are no marketing to the person")
        << u"# Policy\n\nWe share data with our marketing partners to measure our campaigns.\n"_s << u"marketing"_s << u"absent"_s;
    QTest::newRow("marketing partners offering products are marketing")
        << u"# Policy\n\nWe share contest entries with our marketing partners to offer you products.\n"_s << u"marketing"_s
        << u"present"_s;
    QTest::newRow("mailing list administration by contractors is no marketing")
        << u"# Policy\n\nOutside contractors provide services, including mailing list administration.\n"_s << u"marketing"_s
        << u"absent"_s;
    QTest::newRow("a wish to review, update, correct or delete one's data is a right")
        << u"# Policy\n\nIf you have given us information and wish to review, update, correct or delete it, write to us.\n"_s
        << u"rights"_s << u"present"_s;
    QTest::newRow("Cyrillic: to view, correct or delete one's data is a right")
        << u"# Политика\n\nЕсли вы хотите просмотреть, исправить или удалить сведения о себе, напишите нам.\n"_s << u"rights"_s
        << u"present"_s;
    QTest::newRow("not selling the information people give is no source of data")
        << u"# Policy\n\nWe will not sell or rent the information you provide to us.\n"_s << u"sources"_s << u"absent"_s;
    QTest::newRow("correcting the information people gave is no source of data")
        << u"# Policy\n\nIf you wish to correct information you have provided to us, write to us.\n"_s << u"sources"_s
        << u"absent"_s;
    QTest::newRow("receiving and storing what people give is a source of data")
        << u"# Policy\n\nWe receive and store any information you give us on our website.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("Cyrillic: not disclosing the data people give is no source of data")
        << u"# Политика\n\nМы не раскрываем третьим лицам данные, которые вы предоставляете нам.\n"_s << u"sources"_s
        << u"absent"_s;
    QTest::newRow("Cyrillic: receiving the data people give is a source of data")
        << u"# Политика\n\nМы получаем данные, которые вы предоставляете нам при регистрации.\n"_s << u"sources"_s << u"present"_s;
    QTest::newRow("sharing what we collect and not selling what people give lists no data")
        << u"# Policy\n\nWe may share the information we collect with our partners, and we never sell the information you give us.\n"_s
        << u"data-collected"_s << u"absent"_s;
    QTest::newRow("a person who does not want data shared states no recipients")
        << u"# Policy\n\nIf you do not want your information shared, do not enter the contest.\n"_s << u"recipients"_s
        << u"absent"_s;
    QTest::newRow("a person who chooses not to share states no recipients")
        << u"# Policy\n\nYou may choose not to share certain information by creating a pseudonymous account.\n"_s
        << u"recipients"_s << u"absent"_s;
    QTest::newRow("a company that does not share its users' data states its recipients: none")
        << u"# Policy\n\nUpToDate does not sell or otherwise share subscribers' personal information with anyone.\n"_s
        << u"recipients"_s << u"present"_s;
    QTest::newRow("being asked for data is a source of data")
        << u"# Policy\n\nIf you sign up for our e-mail list, you will be asked for your name and postal address.\n"_s << u"sources"_s
        << u"present"_s;
    QTest::newRow("Cyrillic: being asked for data is a source of data")
        << u"# Политика\n\nПри регистрации у вас будут запрошены имя и адрес электронной почты.\n"_s << u"sources"_s
        << u"present"_s;
    QTest::newRow("being entitled to request copies is no source of data")
        << u"# Policy\n\nYou may also be entitled to request copies of your data in a machine-readable format.\n"_s << u"sources"_s
        << u"no evidence"_s;
    QTest::newRow("a heading on how collected data is used is no heading on its sources")
        << u"# Policy\n\n## How We Use the Information We Collect\n\nWe use it to run the service.\n"_s << u"sources"_s
        << u"absent"_s;
    QTest::newRow("data collected and then never shared names no source")
        << u"# Policy\n\nPersonal information collected from our donation pages is never shared with third parties.\n"_s
        << u"sources"_s << u"absent"_s;
    QTest::newRow("ways to opt out are no list of the data collected")
        << u"# Policy\n\nYou may opt out of receiving these communications by using one of the following methods:\n"_s
        << u"data-collected"_s << u"absent"_s;
    QTest::newRow("updating data under this policy is no policy change")
        << u"# Policy\n\nYou will not be able to access, update or delete that information pursuant to this privacy policy.\n"_s
        << u"changes"_s << u"absent"_s;
    QTest::newRow("sharing the information we collect from you is no source of data")
        << u"# Policy\n\nWe will share the personal information we collect from you only as set out below.\n"_s << u"sources"_s
        << u"absent"_s;
    QTest::newRow("how long a persistent cookie stays is no retention period")
        << u"# Policy\n\nPersistent cookies store information on your computer for longer periods of time.\n"_s << u"retention"_s
        << u"absent"_s;
    QTest::newRow("terms of use are no retention term")
        << u"# Policy\n\nThe user must agree to the Terms of Use before the registration process is completed.\n"_s
        << u"retention"_s << u"no evidence"_s;
    QTest::newRow("data that will not be deleted on request is kept")
        << u"# Policy\n\nEntries are subject to regulatory recordkeeping requirements and will not be deleted upon your request.\n"_s
        << u"retention"_s << u"present"_s;
    QTest::newRow("Cyrillic: data that will not be deleted on request is kept")
        << u"# Политика\n\nСведения об участниках акции не будут удалены по вашему запросу до окончания проверки.\n"_s
        << u"retention"_s << u"present"_s;
    QTest::newRow("not being able to delete data is no retention")
        << u"# Policy\n\nIn that case we will not be able to delete the information.\n"_s << u"retention"_s << u"absent"_s;
    QTest::newRow("an ICO registration number is no complaint")
        << u"# Policy\n\nOur European company is listed under ICO Registration No. Z0000000.\n"_s << u"complaint"_s
        << u"no evidence"_s;
}

void tst_Cues::topic()
{
    QFETCH(QString, text);
    QFETCH(QString, topic);
    QFETCH(QString, expected);
    const auto d = doc::MarkdownImporter().import(text.toUtf8(), {u"t.md"_s, text::Language::Unknown});
    QVERIFY(d);
    const auto a = analysis::analyse(*d, taxonomy());
    const auto it = std::find_if(a.topics.begin(), a.topics.end(), [&](const auto &p) { return p.topic == topic; });
    QVERIFY2(it != a.topics.end(), qPrintable(topic));
    QString evidence;
    for (const auto &e : it->evidence)
        evidence += e.cue + u"; "_s;
    if (expected == u"no evidence")
        QVERIFY2(it->evidence.empty(), qPrintable(evidence));
    else
        QVERIFY2(it->present == (expected == u"present"), qPrintable(u"score %1: %2"_s.arg(it->score).arg(evidence)));
}

void tst_Cues::requirement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("status");

    const QString heading = u"# Политика\n\n## Хранение данных\n\n"_s;
    QTest::newRow("Cyrillic: «по умолчанию … для достижения … целей» is no retention period")
        << heading + u"Браузер по умолчанию передаёт данные для достижения следующих целей: улучшение продукта.\n"_s
        << u"gdpr.13.2.a"_s << u"partial"_s;
    QTest::newRow("Cyrillic: «до достижения целей обработки» is a criterion")
        << heading + u"Данные хранятся до достижения целей обработки.\n"_s << u"gdpr.13.2.a"_s << u"met"_s;
    QTest::newRow("Cyrillic: a period without «в течение»")
        << heading + u"Мы храним данные учётной записи три года после её закрытия.\n"_s << u"gdpr.13.2.a"_s << u"met"_s;
    QTest::newRow("Cyrillic: an annual plan is no period")
        << heading + u"Мы храним данные в соответствии с годовым планом.\n"_s << u"gdpr.13.2.a"_s << u"partial"_s;
    QTest::newRow("not storing card numbers is no retention period")
        << u"# Policy\n\n## Retention\n\nWe do not store your card number.\n"_s << u"gdpr.13.2.a"_s << u"partial"_s;
    QTest::newRow("Cyrillic: integrity is not a purpose («целостность»)")
        << heading + u"Резервные копии нужны для обеспечения целостности данных в течение всего срока хранения.\n"_s
        << u"ru152.per-purpose.periods"_s << u"partial"_s;
    QTest::newRow("Cyrillic: a period for a purpose")
        << heading + u"Для целей рассылки срок обработки — до отзыва согласия.\n"_s << u"ru152.per-purpose.periods"_s
        << u"met"_s;
    QTest::newRow("a term defined with a period gives no retention period")
        << u"# Policy\n\n## Retention\n\nWe keep your data in encrypted form.\n\n"
           "“Archived data” means data kept for two years after an account is closed.\n"_s
        << u"gdpr.13.2.a"_s << u"partial"_s;
    QTest::newRow("Cyrillic: a term defined with a period gives no retention period")
        << heading + u"Мы храним данные, пока они нужны.\n\nПод архивными данными понимаются данные, которые хранятся "
                     "три года после закрытия учётной записи.\n"_s
        << u"gdpr.13.2.a"_s << u"partial"_s;
    QTest::newRow("Cyrillic: a definition is not the controller's identity")
        << u"# Политика\n\n## Сведения об операторе\n\nОператором является ООО «Пример».\n\n## Основные понятия\n\n"
           "Контактная информация — адрес и телефон для связи с оператором.\n"_s
        << u"gdpr.13.1.a"_s << u"partial"_s;
}

// The shipped requirements (profiles.json) on sentences written here.
void tst_Cues::requirement()
{
    QFETCH(QString, text);
    QFETCH(QString, requirement);
    QFETCH(QString, status);
    const auto d = doc::MarkdownImporter().import(text.toUtf8(), {u"t.md"_s, text::Language::Unknown});
    QVERIFY(d);
    const auto profiles = analysis::Profiles::builtin(taxonomy());
    QVERIFY(profiles);
    const auto results = analysis::coverage(analysis::analyse(*d, taxonomy()), taxonomy(), *profiles, u"all"_s);
    const auto it = std::find_if(results.begin(), results.end(),
                                 [&](const auto &r) { return r.requirement->id == requirement; });
    QVERIFY2(it != results.end(), qPrintable(requirement));
    QString evidence;
    for (const auto &e : it->evidence)
        evidence += e.cue + u"; "_s;
    QVERIFY2(analysis::requirementStatusName(it->status) == status,
             qPrintable(analysis::requirementStatusName(it->status) + u": "_s + evidence));
}

// A slot holds single words, so a phrase written as an alternative ("не несет|не несем",
// "not be able|cannot") becomes slots in a row that no sentence matches. Its trace: a word that
// comes back later in the same run of slots with a slot of alternatives on the way ("не",
// "несет|не", "несем"). "as long as" and "to respond to" repeat a word honestly: no
// alternatives between.
void tst_Cues::noPhraseInsideASlot_data()
{
    QTest::addColumn<bool>("cyrillic");
    QTest::newRow("English cues") << false;
    QTest::newRow("Cyrillic: Russian cues") << true;
}

void tst_Cues::noPhraseInsideASlot()
{
    QFETCH(bool, cyrillic);
    QStringList patterns;
    for (const analysis::Topic &t : taxonomy().topics()) {
        for (const analysis::HeadingCue &c : t.headingCues)
            patterns << c.pattern;
        for (const analysis::SentenceCue &c : t.sentenceCues)
            patterns << c.pattern;
    }
    const auto profiles = analysis::Profiles::builtin(taxonomy());
    QVERIFY(profiles);
    for (const analysis::Profile &p : profiles->all())
        for (const analysis::Requirement &r : p.requirements) {
            for (const auto &group : r.narrower)
                for (const analysis::CuePattern &c : group)
                    patterns << c.source();
            for (const analysis::CuePattern &c : r.conditionCues)
                patterns << c.source();
        }
    QVERIFY(patterns.size() > 500);
    static const QRegularExpression cyrillicLetter(uR"(\p{Cyrillic})"_s);
    int checked = 0;
    for (const QString &pattern : std::as_const(patterns)) {
        if (pattern.contains(cyrillicLetter) != cyrillic)
            continue;
        ++checked;
        QString normalized = pattern;
        normalized.replace(u"..."_s, u"…"_s);
        for (const QString &run : normalized.split(u'…')) {
            const QStringList slots = run.split(u' ', Qt::SkipEmptyParts);
            // "in order to|to" is three slots, the last "to" twice: a phrase split by the spaces.
            for (const QString &slot : slots) {
                const QStringList alternatives = slot.split(u'|');
                QVERIFY2(QSet<QString>(alternatives.begin(), alternatives.end()).size() == alternatives.size(),
                         qPrintable(pattern));
            }
            for (qsizetype i = 0; i < slots.size(); ++i)
                for (const QString &word : slots[i].split(u'|'))
                    for (qsizetype j = i + 1; j < slots.size(); ++j) {
                        bool alternativesBetween = false;
                        for (qsizetype k = i; k <= j; ++k)
                            alternativesBetween = alternativesBetween || slots[k].contains(u'|');
                        QVERIFY2(!(alternativesBetween && slots[j].split(u'|').contains(word)), qPrintable(pattern));
                    }
        }
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(tst_Cues)
#include "tst_cues.moc"
