#include "text/spelling.h"

#include "common/tr.h"
#include "text/segmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

using namespace Qt::StringLiterals;

namespace cw::text {

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryDirs(const QStringList &extraDirs)
{
    QStringList dirs = extraDirs;
    for (const QString &d : qEnvironmentVariable("CLAUSEWRIGHT_DICTIONARIES").split(QDir::listSeparator(), Qt::SkipEmptyParts))
        dirs << d;
    // Bundled beside the program (Windows, macOS bundles), then the system's folders.
    const QString app = QCoreApplication::applicationDirPath();
    if (!app.isEmpty())
        dirs << app + u"/dictionaries"_s << app + u"/../Resources/dictionaries"_s << app + u"/../share/clausewright/dictionaries"_s;
    dirs << u"/usr/share/hunspell"_s << u"/usr/share/myspell/dicts"_s << u"/usr/share/myspell"_s << u"/usr/local/share/hunspell"_s
         << u"/opt/homebrew/share/hunspell"_s;
    return dirs;
}

Result<std::shared_ptr<SpellChecker>> SpellChecker::open(Language language, const QStringList &extraDirs)
{
    const QString name = language == Language::Russian ? u"ru_RU"_s : u"en_US"_s;
    const QStringList dirs = dictionaryDirs(extraDirs);
    for (const QString &dir : dirs) {
        const QString aff = QDir(dir).filePath(name + u".aff"_s), dic = QDir(dir).filePath(name + u".dic"_s);
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        std::shared_ptr<SpellChecker> checker(new SpellChecker);
        checker->m_language = language == Language::Russian ? Language::Russian : Language::English;
        checker->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        checker->m_encoding = QByteArray::fromStdString(checker->m_hunspell->get_dict_encoding()).toUpper();
        checker->m_utf8 = checker->m_encoding == "UTF-8" || checker->m_encoding == "UTF8";
        if (checker->m_language == Language::English && checker->m_utf8)
            for (const QString &other : dirs) {
                const QString gbAff = QDir(other).filePath(u"en_GB.aff"_s), gbDic = QDir(other).filePath(u"en_GB.dic"_s);
                if (!QFileInfo::exists(gbAff) || !QFileInfo::exists(gbDic))
                    continue;
                auto gb = std::make_unique<Hunspell>(QFile::encodeName(gbAff).constData(), QFile::encodeName(gbDic).constData());
                const QByteArray encoding = QByteArray::fromStdString(gb->get_dict_encoding()).toUpper();
                if (encoding == "UTF-8" || encoding == "UTF8")
                    checker->m_second = std::move(gb);
                break;
            }
        return checker;
    }
    return Error{u"dictionary"_s, Tr::tr("No %1 spelling dictionary (%1.aff and %1.dic) in %2").arg(name, dirs.join(u", "_s))};
}

std::string SpellChecker::toDictionary(QStringView word) const
{
    if (m_utf8)
        return word.toUtf8().toStdString();
    QStringEncoder encoder(m_encoding.constData());
    return QByteArray(encoder(word)).toStdString();
}

QString SpellChecker::fromDictionary(const std::string &word) const
{
    if (m_utf8)
        return QString::fromStdString(word);
    QStringDecoder decoder(m_encoding.constData());
    return decoder(QByteArray::fromStdString(word));
}

bool SpellChecker::isCorrect(QStringView word)
{
    if (word.isEmpty())
        return true;
    const auto cached = m_cache.constFind(word.toString());
    if (cached != m_cache.cend())
        return *cached;
    bool correct = false;
    const bool cyrillic = std::any_of(word.begin(), word.end(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
    const bool latin = std::any_of(word.begin(), word.end(), [](QChar c) { return c.script() == QChar::Script_Latin; });
    const bool digits = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    const bool abbreviation = word.size() == 1 || (word.size() <= 5 && std::all_of(word.begin(), word.end(), [](QChar c) { return !c.isLetter() || c.isUpper(); }));
    if (digits || abbreviation || (m_language == Language::Russian && !cyrillic) || (m_language == Language::English && !latin)) {
        correct = true; // not ours to judge
    } else {
        QString w = word.toString();
        w.replace(u'’', u'\'');
        correct = m_hunspell->spell(toDictionary(w)) || (m_second && m_second->spell(toDictionary(w)));
        if (!correct && m_language == Language::Russian && (w.contains(u'е') || w.contains(u'Е'))) {
            // ё printed as е is correct Russian; the dictionary spells ё.
            QString yo = w;
            for (qsizetype i = 0; i < yo.size() && !correct; ++i)
                if (yo[i] == u'е' || yo[i] == u'Е') {
                    const QChar keep = yo[i];
                    yo[i] = keep == u'е' ? u'ё' : u'Ё';
                    correct = m_hunspell->spell(toDictionary(yo));
                    yo[i] = keep;
                }
        }
    }
    m_cache.insert(word.toString(), correct);
    return correct;
}

QStringList SpellChecker::suggestions(QStringView word, int max)
{
    QStringList out;
    for (const std::string &s : m_hunspell->suggest(toDictionary(word))) {
        out << fromDictionary(s);
        if (out.size() >= max)
            break;
    }
    return out;
}

void SpellChecker::addWord(const QString &word)
{
    m_hunspell->add(toDictionary(word));
    if (m_second)
        m_second->add(toDictionary(word));
    m_cache.remove(word);
}

std::vector<std::pair<qsizetype, qsizetype>> SpellChecker::misspelled(QStringView text)
{
    // Words as the rest of the product cuts them (UAX #29: "don’t" is one word).
    std::vector<std::pair<qsizetype, qsizetype>> out;
    for (const Token &t : words(text, m_language))
        if (t.kind == TokenKind::Word && !isCorrect(text.sliced(t.start, t.length())))
            out.emplace_back(t.start, t.end);
    return out;
}

} // namespace cw::text
