#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cw::gui {

// File > Compare…: picks the old and the new version of a policy.
class CompareFilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareFilesDialog(QWidget *parent = nullptr);

    void setOldPath(const QString &path);
    void setNewPath(const QString &path);
    [[nodiscard]] QString oldPath() const;
    [[nodiscard]] QString newPath() const;

private:
    void browse(QLineEdit *edit, const QString &caption);
    void swap();
    void updateOkButton();

    QLineEdit *m_oldEdit = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::gui
