#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace cw::i18n {

namespace {

// Our translators are children of the application, tagged with this name, so that a
// second call finds and replaces them without any global state of our own.
constexpr auto TranslatorObjectName = "cw_i18n_translator"_L1;

void removeOurTranslators(QCoreApplication &app)
{
    const auto translators =
        app.findChildren<QTranslator *>(QString(TranslatorObjectName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void installOne(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString(TranslatorObjectName));
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return;
    delete translator; // a missing file is normal (English has no qtbase_en.qm)
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"ru"_s};
}

QString resolveLanguage(const QString &uiLanguage)
{
    const QStringList available = availableLanguages();
    if (available.contains(uiLanguage))
        return uiLanguage;
    // uiLanguages() is ordered by preference and holds forms like "ru-RU", "ru", "en-US".
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return u"en"_s;
}

QString installTranslators(QCoreApplication &app, const QString &uiLanguage)
{
    const QString language = resolveLanguage(uiLanguage);
    removeOurTranslators(app);

    // Qt's own strings (dialog buttons, context menus) first: translators installed later
    // are searched first, so ours win where both translate the same text.
    if (language != u"en"_s) {
        installOne(app, u"qtbase_"_s + language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // English loads too: it carries the plural forms of "%n section(s)".
    installOne(app, u"clausewright_"_s + language, u":/i18n"_s);
    return language;
}

} // namespace cw::i18n
