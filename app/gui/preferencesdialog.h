#pragma once

#include <QDialog>
#include <QFont>

class QComboBox;
class QFontComboBox;
class QSpinBox;
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
    // The editor: font, autosave pause (seconds), an extra dictionary folder; the theme.
    void setEditorFont(const QFont &font);
    [[nodiscard]] QFont editorFont() const;
    void setAutosaveSeconds(int seconds);
    [[nodiscard]] int autosaveSeconds() const;
    void setDictionaryFolder(const QString &folder);
    [[nodiscard]] QString dictionaryFolder() const;
    void setTheme(const QString &theme); // "", "light", "dark"
    [[nodiscard]] QString theme() const;

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
    QLabel *m_fontLabel = nullptr;
    QFontComboBox *m_fontCombo = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLabel *m_autosaveLabel = nullptr;
    QSpinBox *m_autosave = nullptr;
    QLabel *m_dictionaryLabel = nullptr;
    QLineEdit *m_dictionaryEdit = nullptr;
    QPushButton *m_dictionaryBrowse = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QLabel *m_librariesLabel = nullptr;
    QLabel *m_librariesNote = nullptr;
    QListWidget *m_libraries = nullptr;
    QPushButton *m_addLibrary = nullptr;
    QPushButton *m_removeLibrary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::gui
