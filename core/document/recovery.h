#pragma once

// Unsaved edits kept in a recovery folder while the user types, so that a crash or a power cut
// loses nothing: the editor writes a snapshot after a few idle seconds, removes it when the
// project is saved or closed on purpose, and finds it when the project is opened again.

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>

namespace cw::doc {

struct RecoverySnapshot
{
    QString projectPath; // the .cwproj, or the lone policy, it belongs to (absolute)
    QDateTime time;      // when it was taken
    std::map<QString, QString> texts; // language → the text in the editor
};

class RecoveryStore
{
public:
    // Snapshots live as one JSON file per project in `folder` (created when needed).
    explicit RecoveryStore(QString folder);

    // Written atomically: a crash while writing leaves the previous snapshot.
    [[nodiscard]] Result<bool> write(const RecoverySnapshot &snapshot) const;
    [[nodiscard]] std::optional<RecoverySnapshot> find(const QString &projectPath) const;
    void discard(const QString &projectPath) const;
    // Every project with a snapshot, oldest first.
    [[nodiscard]] std::vector<RecoverySnapshot> all() const;

    [[nodiscard]] const QString &folder() const { return m_folder; }

private:
    [[nodiscard]] QString fileFor(const QString &projectPath) const;
    QString m_folder;
};

} // namespace cw::doc
