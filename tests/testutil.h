#pragma once

// Helpers shared by the tests. Header-only so that no test compiles a source twice.

#include "common/result.h"
#include "document/policydocument.h"

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

using cw::doc::PolicyDocument;
using cw::doc::Section;
using cw::doc::TextRange;
using namespace Qt::StringLiterals;

// "A[B, C[D]], E": section titles with their nesting.
inline QString outline(const std::vector<Section> &sections)
{
    QStringList parts;
    for (const Section &s : sections)
        parts << (s.children.empty() ? s.title : s.title + u'[' + outline(s.children) + u']');
    return parts.join(u", "_s);
}

inline QString describe(const TextRange &r)
{
    return QStringLiteral("[%1, %2)").arg(r.start).arg(r.end);
}

inline bool within(const TextRange &inner, const TextRange &outer)
{
    return inner.start >= outer.start && inner.end <= outer.end;
}

// What every imported document must satisfy, whatever its format: all offsets inside the
// text, every section's heading inside it, children inside their parent and after its
// heading, siblings in order without overlap. Iterative: deep inputs make deep trees.
// Returns an empty string, or the first violation.
inline QString invariantViolation(const PolicyDocument &doc)
{
    const TextRange all{0, doc.text.size()};
    auto valid = [&](const TextRange &r) { return r.start >= 0 && r.start <= r.end && within(r, all); };

    if (!valid(doc.titleRange))
        return u"title range %1 outside the text of %2"_s.arg(describe(doc.titleRange)).arg(doc.text.size());
    qsizetype previousStart = 0;
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
        const TextRange &r = doc.blocks[i].range;
        if (!valid(r))
            return u"block %1 range %2 outside the text of %3"_s.arg(i).arg(describe(r)).arg(doc.text.size());
        if (r.start < previousStart)
            return u"block %1 at %2 starts before the block before it (%3)"_s.arg(i).arg(describe(r)).arg(previousStart);
        previousStart = r.start;
    }
    for (const auto &m : doc.clauseMarkers)
        if (!valid(m.range))
            return u"clause marker %1 outside the text"_s.arg(describe(m.range));

    struct Frame { const std::vector<Section> *siblings; const Section *parent; };
    std::vector<Frame> stack{{&doc.sections, nullptr}};
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        const Section *previous = nullptr;
        for (const Section &s : *f.siblings) {
            const QString name = u"section “%1” %2"_s.arg(s.title, describe(s.range));
            if (!valid(s.range))
                return name + u" lies outside the text of %1"_s.arg(doc.text.size());
            if (!valid(s.heading) || !within(s.heading, s.range))
                return name + u": heading %1 is not inside the section"_s.arg(describe(s.heading));
            if (f.parent) {
                if (!within(s.range, f.parent->range))
                    return name + u" is not inside its parent “%1” %2"_s.arg(f.parent->title, describe(f.parent->range));
                if (s.range.start < f.parent->heading.end)
                    return name + u" starts inside its parent's heading %1"_s.arg(describe(f.parent->heading));
                if (s.level != f.parent->level + 1)
                    return name + u" has level %1 under a parent of level %2"_s.arg(s.level).arg(f.parent->level);
            } else if (s.level != 1) {
                return name + u" is top-level with level %1"_s.arg(s.level);
            }
            if (previous && previous->range.end > s.range.start)
                return name + u" overlaps or precedes its sibling “%1” %2"_s.arg(previous->title, describe(previous->range));
            previous = &s;
            if (!s.children.empty())
                stack.push_back({&s.children, &s});
        }
    }
    return {};
}

} // namespace cwtest

#define CW_VERIFY_INVARIANTS(doc)                                                                                \
    do {                                                                                                         \
        const QString violation_ = cwtest::invariantViolation(doc);                                                      \
        QVERIFY2(violation_.isEmpty(), qPrintable(violation_));                                                  \
    } while (false)

// Readable failures for the document model's value types (QCOMPARE finds these by ADL).
namespace cw::doc {

inline char *toString(const TextRange &r)
{
    return QTest::toString(cwtest::describe(r));
}

inline QString describeTree(const Section &s, int indent = 0)
{
    QString out = QString(indent * 2, u' ') + QString::number(s.level) + u' ' + s.title + u" ["
                  + QString::number(s.range.start) + u',' + QString::number(s.range.end) + u")\n";
    for (const Section &c : s.children)
        out += describeTree(c, indent + 1);
    return out;
}

inline char *toString(const Section &s)
{
    return QTest::toString(describeTree(s));
}

inline char *toString(const std::vector<Section> &sections)
{
    QString out(u'\n');
    for (const Section &s : sections)
        out += describeTree(s);
    return QTest::toString(out);
}

} // namespace cw::doc

namespace cw {
inline char *toString(const Error &e)
{
    return QTest::toString(QString(e.code + QStringLiteral(": ") + e.message));
}
} // namespace cw

// Skips the calling test function when the corpus is absent, saying why.
#define CW_REQUIRE_CORPUS(dirVar)                                                          \
    const QString dirVar = cwtest::corpusDir();                                           \
    if (dirVar.isEmpty())                                                                  \
        QSKIP("../shared/corpus is not beside this clone; corpus tests need it")
