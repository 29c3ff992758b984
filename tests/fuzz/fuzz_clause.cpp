// libFuzzer target for clause files (library/clause.h, bodytemplate.h): any bytes must give a
// clause or diagnostics, never a crash; a clause that parses must render in both languages
// (or refuse with an error) for no answers and for a fixed set of answers.
#include "library/clause.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject answers{
        {QStringLiteral("company_name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Acme")}, {QStringLiteral("ru"), QStringLiteral("Акме")}}},
        {QStringLiteral("retention_years"), 3},
        {QStringLiteral("has_dpo"), true},
        {QStringLiteral("data_categories"), QJsonArray{QStringLiteral("name"), QStringLiteral("e-mail")}},
        {QStringLiteral("purposes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}},
    };
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<cw::library::Diagnostic> diagnostics;
    const auto clause = cw::library::parseClause(bytes, QStringLiteral("fuzz.md"), diagnostics);
    for (const auto &d : diagnostics)
        if (d.line < 0)
            std::abort();
    if (!clause)
        return 0;
    for (const auto &body : clause->bodies) {
        (void)body.text.render([](const QString &) { return QJsonValue(QJsonValue::Undefined); }, body.language);
        (void)body.text.render([](const QString &name) { return answers.value(name); }, body.language);
    }
    return 0;
}
