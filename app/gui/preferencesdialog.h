#pragma once

#include <QDialog>

class QComboBox;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::gui
