#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
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
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::gui
