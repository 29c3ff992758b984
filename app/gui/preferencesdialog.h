#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QDialogButtonBox;
class QLabel;

namespace cw::gui {

// Edit > Preferences. Only edits values; the window saves and applies them on accept.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" (system), "en" or "ru".
    void setUiLanguage(const QString &language);
    [[nodiscard]] QString uiLanguage() const;

    // A JSON file of extra topic cues ("" = none).
    void setCuesFile(const QString &path);
    [[nodiscard]] QString cuesFile() const;
    // Clause library folders loaded after the shipped library, in order.
    void setLibraryFolders(const QStringList &folders);
    [[nodiscard]] QStringList libraryFolders() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_cuesLabel = nullptr;
    QLabel *m_cuesNote = nullptr;
    QLineEdit *m_cuesEdit = nullptr;
    QPushButton *m_cuesBrowse = nullptr;
    QLabel *m_librariesLabel = nullptr;
    QLabel *m_librariesNote = nullptr;
    QListWidget *m_libraries = nullptr;
    QPushButton *m_addLibrary = nullptr;
    QPushButton *m_removeLibrary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::gui
