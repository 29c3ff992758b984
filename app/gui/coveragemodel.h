#pragma once

#include "analysis/coverage.h"
#include "library/library.h"
#include "common/result.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <functional>
#include <memory>
#include <vector>

namespace cw::doc {
struct PolicyDocument;
}

namespace cw::gui {

// What the coverage panel and the gaps window need from data: the topic taxonomy and the
// requirement profiles checked against it. Immutable once loaded, shared by the jobs using it.
struct CoverageData
{
    analysis::Taxonomy taxonomy;
    analysis::Profiles profiles;
    // The clause libraries, for the clauses that would fill a missing requirement (may be null).
    std::shared_ptr<const library::Library> library;
};

// Loads the data; called on a worker thread. Tests pass their own small cue set; the
// application uses loadBuiltinCoverageData().
using CoverageDataLoader = std::function<Result<std::shared_ptr<const CoverageData>>()>;

// resources/data/coverage/cues.json and profiles.json, as the CLI reads them. The error names
// the file that is missing or malformed.
// The user's cue file from the settings (keys::coverageCuesFile()), when set, extends the
// built-in cues; an unreadable or malformed one is an error naming the file.
[[nodiscard]] Result<std::shared_ptr<const CoverageData>> loadBuiltinCoverageData();

// One document's coverage: core's analysis and the requirements of every profile. The results
// point into `data`, which the report keeps alive.
struct CoverageReport
{
    std::shared_ptr<const CoverageData> data;
    std::shared_ptr<const doc::PolicyDocument> document;
    analysis::DocumentAnalysis analysis;
    std::vector<analysis::RequirementResult> requirements; // profile "all", in profile order
};

// The badges of the coverage views: a shape and a colour per status.
enum class Badge {
    Met,
    Partial,
    Missing,
    Conditional,
    Found,    // a topic the policy covers
    NotFound, // a topic it does not
};

// The report as a tree for the coverage panel:
//
//   GDPR (Art. 13 and 14)              9/14
//     ✓ Identity and contact details…  Met       GDPR Art. 13(1)(a)
//         “Contact us at privacy@…”               (evidence, one row per sentence)
//     ✗ Contact details of the DPO…    Missing
//         No evidence found
//   Topics found (12)
//     ✓ Retention                      Found
//   Topics not found (5)
//
// A requirement or topic row leads to its first evidence (RangeStartRole/RangeEndRole), an
// evidence row to its own sentence; rows without evidence give -1.
class CoverageModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        CitationColumn,
        ColumnCount,
    };
    enum class Kind {
        Group,
        Requirement,
        Topic,
        Evidence,
        Note, // "No evidence found", the condition of a conditional requirement
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        StatusRole,                  // requirements: int(RequirementStatus); topics: bool present
        IdRole,                      // requirement, topic or profile id
        RangeStartRole,              // UTF-16 offsets into PolicyDocument::text, -1 without evidence
        RangeEndRole,
        CueRole, // the cue that found the evidence the row leads to
    };

    explicit CoverageModel(QObject *parent = nullptr);
    ~CoverageModel() override;

    // `profile` is a profile id or "all". A null report empties the model.
    void setReport(std::shared_ptr<const CoverageReport> report, const QString &profile);
    void setProfile(const QString &profile);
    [[nodiscard]] QString profile() const { return m_profile; }
    [[nodiscard]] const CoverageReport *report() const { return m_report.get(); }

    // Names, statuses and headers are translated: call after the UI language changed.
    void retranslate();

    // The language topic and requirement names are picked in: the UI's ("en", "ru").
    [[nodiscard]] static QString uiLanguage();
    [[nodiscard]] static QString statusText(analysis::RequirementStatus status);
    // A badge drawn for the palette: its shape tells the status without its colour.
    [[nodiscard]] static QIcon badge(Badge badge, const QPalette &palette);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    enum class Group {
        Profile,
        TopicsFound,
        TopicsNotFound,
    };
    enum class Note {
        NoEvidence,
        Condition,
        LibraryClauses, // the library clauses that satisfy a missing or partial requirement
    };
    struct Node
    {
        Kind kind = Kind::Group;
        int parent = -1; // index into m_nodes; -1 for top-level rows
        int row = 0;
        std::vector<int> children;
        Group group = Group::Profile;
        const analysis::Profile *profile = nullptr;
        const analysis::RequirementResult *requirement = nullptr;
        int topic = -1; // taxonomy index
        const analysis::Evidence *evidence = nullptr;
        bool conditionEvidence = false; // shows that a conditional requirement applies
        Note note = Note::NoEvidence;
    };

    void rebuild();
    int addNode(Node node);
    void addEvidence(int parent, const std::vector<analysis::Evidence> &evidence);
    [[nodiscard]] const Node *node(const QModelIndex &index) const;
    [[nodiscard]] const analysis::Evidence *target(const Node &node) const;
    [[nodiscard]] QString evidenceText(const analysis::Evidence &evidence) const;
    [[nodiscard]] QString toolTip(const Node &node) const;
    // The ids of the library clauses for a LibraryClauses note.
    [[nodiscard]] QStringList libraryClauses(const Node &node) const;
    [[nodiscard]] QVariant display(const Node &node, int column) const;
    [[nodiscard]] QIcon cachedBadge(Badge badge) const;
    [[nodiscard]] int metCount(const Node &group) const;

    std::shared_ptr<const CoverageReport> m_report;
    QString m_profile = QStringLiteral("all");
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    mutable std::vector<QIcon> m_badges; // by Badge, for the palette of m_badgesKey
    mutable QRgb m_badgesKey = 0;
};

} // namespace cw::gui
