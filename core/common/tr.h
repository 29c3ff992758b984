#pragma once

#include <QCoreApplication>

namespace cw {

// Translation context for core code that is not a QObject (STYLE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Clausewright)
};

} // namespace cw
