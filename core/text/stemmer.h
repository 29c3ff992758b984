#pragma once

#include "text/language.h"

#include <QString>
#include <QStringView>

#include <memory>

struct sb_stemmer;

namespace cw::text {

// Snowball stemmer for English ("english") or Russian ("russian"). One instance is not
// thread-safe: give each thread its own. Move-only.
class Stemmer
{
public:
    explicit Stemmer(Language language);
    ~Stemmer();
    Stemmer(Stemmer &&) noexcept;
    Stemmer &operator=(Stemmer &&) noexcept;

    Language language() const { return m_language; }

    // Lower-cases, then stems one word ("retained" -> "retain", "данных" -> "дан").
    // A word in the other alphabet is stemmed with the other language's stemmer, so
    // "CRM" inside Russian text still works. Unknown language: lower-cased word.
    [[nodiscard]] QString stem(QStringView word) const;

private:
    struct Deleter { void operator()(sb_stemmer *s) const; };
    Language m_language;
    std::unique_ptr<sb_stemmer, Deleter> m_english;
    std::unique_ptr<sb_stemmer, Deleter> m_russian;
};

} // namespace cw::text
