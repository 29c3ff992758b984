#pragma once

#include "analysis/taxonomy.h"
#include "library/clause.h"
#include "library/policytemplate.h"

namespace cw::library {

// Clause libraries loaded in layers: the shipped one, then a team's, then a user's. A later
// layer's clause or template replaces an earlier one with the same id (a note says so).
class Library
{
public:
    // The shipped library, built into the program (templates/ in the source tree).
    static QString shippedFolder();

    // Loads every clause file (*.md anywhere under a folder) and template (policies/*.yaml,
    // with policies/<id>.answers.json as its sample answers) of the folders, in order. What
    // cannot be read is reported in diagnostics(); the rest is loaded.
    static Library load(const QStringList &folders);

    const std::vector<Clause> &clauses() const { return m_clauses; }             // by id
    const std::vector<PolicyTemplate> &templates() const { return m_templates; } // by id
    const Clause *clause(const QString &id) const;
    const PolicyTemplate *findTemplate(const QString &id) const;
    const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }

    // The clauses whose id, topic, notes or text (either language) hold every word of the
    // query: by stem ("retained" finds "retain", "хранения" finds "храним") or, for the word
    // being typed, by its beginning. Case and ё/е never matter. An empty query finds all.
    std::vector<const Clause *> search(const QString &query) const;
    // The clauses that would fill a gap: those that satisfy a requirement id (their
    // `satisfies`), or those on a topic, in id order.
    std::vector<const Clause *> clausesSatisfying(const QString &requirementId) const;
    std::vector<const Clause *> clausesOnTopic(const QString &topic) const;
    // The similarity model of coverage (analysis/similarity.h) learnt from every clause's
    // English and Russian text, labelled with its topic; null when the library is empty.
    std::shared_ptr<const analysis::SimilarityModel> similarityModel(const analysis::Taxonomy &taxonomy) const;
    // The shared questionnaire (policies/questions.yaml of every library, later ones winning).
    const std::vector<Question> &sharedQuestions() const { return m_bank; }

    // Everything `library check` reports: the loading diagnostics, then unknown topics,
    // jurisdictions and requirement ids, missing bodies, variables used but not declared or
    // declared but not used, conditions naming no question of a template that uses the
    // clause, templates naming no clause, profile requirements no clause of a template
    // satisfies, and sample answers that do not assemble in English and Russian.
    std::vector<Diagnostic> check(const analysis::Taxonomy &taxonomy, const analysis::Profiles &profiles) const;

private:
    void add(Clause clause);
    void add(PolicyTemplate t);

    std::vector<Clause> m_clauses;
    std::vector<PolicyTemplate> m_templates;
    std::vector<Question> m_bank;
    std::vector<Diagnostic> m_diagnostics;
};

} // namespace cw::library
