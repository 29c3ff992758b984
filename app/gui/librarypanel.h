#pragma once

#include "library/library.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace cw::gui {

// The clause libraries loaded for the app: the shipped one, then the folders of the settings
// (keys::libraryFolders()).
[[nodiscard]] std::shared_ptr<const library::Library> loadLibraries();

// The Library dock: clauses by topic, searched in both languages (core's Library::search),
// filtered by jurisdiction; the selected clause's English and Russian side by side with its
// id, edition, requirements, conditions, notes and edition history; copying a clause with its
// marker for pasting into a policy.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);
    ~LibraryPanel() override;

    // Shows this library (the panel loads loadLibraries() itself when first shown otherwise).
    void setLibrary(std::shared_ptr<const library::Library> library);
    [[nodiscard]] std::shared_ptr<const library::Library> library() const { return m_library; }

    void setSearchText(const QString &text);
    // The clause ids listed under the current search and filter, in view order.
    [[nodiscard]] QStringList listedClauses() const;
    // Selects a clause; false when it is not listed.
    bool selectClause(const QString &id);
    [[nodiscard]] QString selectedClause() const;
    // What Copy puts on the clipboard for the selected clause in `language`: its marker and text.
    [[nodiscard]] QString clauseWithMarker(const QString &language) const;

    // Shows the Insert at Cursor and Replace Paragraph buttons (in an editor's Library dock);
    // they emit insertRequested().
    void setInsertionEnabled(bool enabled);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QTextBrowser *preview(const QString &language) const;

Q_SIGNALS:
    void insertRequested(const QString &clauseId, bool replaceParagraph);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void showClause();
    void copyClause(const QString &language);
    void retranslateUi();

    std::shared_ptr<const library::Library> m_library;
    // The taxonomy's topics: id → (order, English and Russian name), loaded once.
    QHash<QString, std::pair<int, analysis::Bilingual>> m_topics;
    QLineEdit *m_search = nullptr;
    QLabel *m_jurisdictionLabel = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QTextBrowser *m_en = nullptr;
    QTextBrowser *m_ru = nullptr;
    QPushButton *m_copyEn = nullptr;
    QPushButton *m_copyRu = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_replace = nullptr;
};

} // namespace cw::gui
