#include "comparefilesdialog.h"

#include "policyfiles.h"
#include "settingskeys.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

CompareFilesDialog::CompareFilesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"compareFilesDialog"_s);
    setWindowTitle(tr("Compare Policies"));

    const auto pickerRow = [this](QLineEdit *&edit, const QString &name, const QString &caption) {
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
        connect(edit, &QLineEdit::textChanged, this, &CompareFilesDialog::updateOkButton);
        auto *browseButton = new QPushButton(tr("Browse…"), this);
        QLineEdit *target = edit;
        connect(browseButton, &QPushButton::clicked, this, [this, target, caption] { browse(target, caption); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browseButton);
        return row;
    };

    auto *form = new QFormLayout;
    auto *oldRow = pickerRow(m_oldEdit, u"oldPathEdit"_s, tr("Old Version"));
    auto *newRow = pickerRow(m_newEdit, u"newPathEdit"_s, tr("New Version"));
    form->addRow(tr("&Old version:"), oldRow);
    form->addRow(tr("&New version:"), newRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    auto *swapButton = m_buttons->addButton(tr("&Swap"), QDialogButtonBox::ActionRole);
    swapButton->setToolTip(tr("Exchange the old and the new version"));
    connect(swapButton, &QPushButton::clicked, this, &CompareFilesDialog::swap);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOkButton();
}

void CompareFilesDialog::setOldPath(const QString &path)
{
    m_oldEdit->setText(QDir::toNativeSeparators(path));
}

void CompareFilesDialog::setNewPath(const QString &path)
{
    m_newEdit->setText(QDir::toNativeSeparators(path));
}

QString CompareFilesDialog::oldPath() const
{
    return QDir::fromNativeSeparators(m_oldEdit->text().trimmed());
}

QString CompareFilesDialog::newPath() const
{
    return QDir::fromNativeSeparators(m_newEdit->text().trimmed());
}

void CompareFilesDialog::browse(QLineEdit *edit, const QString &caption)
{
    QSettings settings;
    QString directory = QFileInfo(QDir::fromNativeSeparators(edit->text())).absolutePath();
    if (edit->text().isEmpty())
        directory = settings.value(keys::lastDirectory(), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, caption, directory, policyFileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(keys::lastDirectory(), QFileInfo(path).absolutePath());
    edit->setText(QDir::toNativeSeparators(path));
}

void CompareFilesDialog::swap()
{
    const QString oldText = m_oldEdit->text();
    m_oldEdit->setText(m_newEdit->text());
    m_newEdit->setText(oldText);
}

void CompareFilesDialog::updateOkButton()
{
    const auto isFile = [](const QString &path) { return !path.isEmpty() && QFileInfo(path).isFile(); };
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isFile(oldPath()) && isFile(newPath()));
}

} // namespace cw::gui
