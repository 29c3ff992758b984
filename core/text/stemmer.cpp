#include "text/stemmer.h"

#include <libstemmer.h>

namespace cw::text {

namespace {

enum class Alphabet {
    Latin,
    Cyrillic,
    Neither,
};

// The alphabet most of the word's letters come from.
Alphabet alphabetOf(QStringView word)
{
    qsizetype latin = 0;
    qsizetype cyrillic = 0;
    for (const QChar c : word) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Latin)
            ++latin;
        else if (c.script() == QChar::Script_Cyrillic)
            ++cyrillic;
    }
    if (latin == cyrillic)
        return Alphabet::Neither;
    return latin > cyrillic ? Alphabet::Latin : Alphabet::Cyrillic;
}

QString runStemmer(sb_stemmer *stemmer, const QString &lower)
{
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                           int(utf8.size()));
    if (!out) // out of memory: the word unstemmed is the best we have
        return lower;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer));
}

} // namespace

void Stemmer::Deleter::operator()(sb_stemmer *s) const
{
    sb_stemmer_delete(s);
}

Stemmer::Stemmer(Language language)
    : m_language(language)
{
    if (language == Language::Unknown)
        return;
    m_english.reset(sb_stemmer_new("english", "UTF_8"));
    m_russian.reset(sb_stemmer_new("russian", "UTF_8"));
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer &&) noexcept = default;
Stemmer &Stemmer::operator=(Stemmer &&) noexcept = default;

QString Stemmer::stem(QStringView word) const
{
    const QString lower = word.toString().toLower();
    if (m_language == Language::Unknown || lower.isEmpty())
        return lower;

    sb_stemmer *stemmer = m_language == Language::Russian ? m_russian.get() : m_english.get();
    switch (alphabetOf(lower)) {
    case Alphabet::Latin:
        stemmer = m_english.get();
        break;
    case Alphabet::Cyrillic:
        stemmer = m_russian.get();
        break;
    case Alphabet::Neither:
        break;
    }
    if (!stemmer) // a moved-from Stemmer, or sb_stemmer_new() ran out of memory
        return lower;
    return runStemmer(stemmer, lower);
}

} // namespace cw::text
