#include "library/updates.h"

#include "library/assembly.h"

using namespace Qt::StringLiterals;

namespace cw::library {

Result<std::vector<ClauseUpdate>> findUpdates(const doc::PolicyDocument &document, const Library &library,
                                              const PolicyTemplate *policy, const QJsonObject &answers, const QString &language)
{
    std::vector<ClauseUpdate> out;
    // Where each clause's text ends: at the next marker or heading, whichever comes first.
    std::vector<qsizetype> stops;
    for (const doc::ClauseMarker &m : document.clauseMarkers)
        stops.push_back(m.range.start);
    for (const doc::Section *s : document.flatSections())
        stops.push_back(s->heading.start);
    std::sort(stops.begin(), stops.end());
    const QJsonObject effective = policy ? effectiveAnswers(*policy, answers) : answers;

    for (const doc::ClauseMarker &m : document.clauseMarkers) {
        const Clause *c = library.clause(m.id);
        if (!c || c->edition <= m.edition)
            continue;
        const auto next = std::upper_bound(stops.begin(), stops.end(), m.range.start);
        qsizetype end = next == stops.end() ? document.text.size() : *next;
        // The blank lines before the next part stay where they are.
        while (end > m.range.end && document.text[end - 1].isSpace())
            --end;
        qsizetype bodyStart = m.range.end;
        if (bodyStart < end && document.text[bodyStart] == u'\n')
            ++bodyStart;
        auto text = renderClause(*c, policy, effective, language);
        if (!text)
            return text.error();
        out.push_back({c->id, m.edition, c->edition, {m.range.start, end},
                       document.text.mid(bodyStart, end - bodyStart), text->trimmed()});
    }
    return out;
}

QString applyUpdates(const QString &text, const std::vector<ClauseUpdate> &updates)
{
    QString out = text;
    // From the end, so that earlier ranges stay valid.
    std::vector<const ClauseUpdate *> order;
    for (const ClauseUpdate &u : updates)
        order.push_back(&u);
    std::sort(order.begin(), order.end(), [](const ClauseUpdate *a, const ClauseUpdate *b) { return a->range.start > b->range.start; });
    for (const ClauseUpdate *u : order)
        out.replace(u->range.start, u->range.length(),
                    doc::clauseMarkerText(u->id, u->editionInLibrary) + u'\n' + u->libraryText);
    return out;
}

} // namespace cw::library
