#pragma once

// Helpers shared by the tests. Header-only so that no test compiles a source twice.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace cwtest {

// The shared corpus, or an empty string when this clone has none beside it.
inline QString corpusDir()
{
    const QString env = qEnvironmentVariable("CW_CORPUS_DIR");
    const QString dir = env.isEmpty() ? QString::fromUtf8(CW_CORPUS_DIR) : env;
    return QDir(dir).exists() ? QDir(dir).canonicalPath() : QString();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace cwtest

// Skips the calling test function when the corpus is absent, saying why.
#define CW_REQUIRE_CORPUS(dirVar)                                                          \
    const QString dirVar = cwtest::corpusDir();                                           \
    if (dirVar.isEmpty())                                                                  \
        QSKIP("../shared/corpus is not beside this clone; corpus tests need it")
