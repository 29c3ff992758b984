#include "preferencesdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(u"uiLanguageCombo"_s);
    // Languages are named in themselves so that a user who cannot read the current UI
    // language still finds their own; only "System default" is translated.
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->addItem(u"Русский"_s, u"ru"_s);

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    m_cuesEdit = new QLineEdit(this);
    m_cuesEdit->setObjectName(u"cuesFileEdit"_s);
    m_cuesEdit->setClearButtonEnabled(true);
    m_cuesBrowse = new QPushButton(this);
    m_cuesBrowse->setObjectName(u"cuesFileBrowse"_s);
    connect(m_cuesBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Topic Cues File"), m_cuesEdit->text(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_cuesEdit->setText(QDir::toNativeSeparators(path));
    });
    m_cuesLabel = new QLabel(this);
    m_cuesLabel->setBuddy(m_cuesEdit);
    m_cuesNote = new QLabel(this);
    m_cuesNote->setWordWrap(true);
    m_cuesNote->setForegroundRole(QPalette::PlaceholderText);
    auto *cuesRow = new QHBoxLayout;
    cuesRow->addWidget(m_cuesEdit, 1);
    cuesRow->addWidget(m_cuesBrowse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_cuesLabel, cuesRow);
    form->addRow(QString(), m_cuesNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    retranslateUi();
    // Room for the Russian note on one line; the form would otherwise wrap it at the combo's width.
    setMinimumWidth(480);
}

void PreferencesDialog::setUiLanguage(const QString &language)
{
    const int row = m_languageCombo->findData(language);
    m_languageCombo->setCurrentIndex(row < 0 ? 0 : row);
}

QString PreferencesDialog::uiLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void PreferencesDialog::setCuesFile(const QString &path)
{
    m_cuesEdit->setText(QDir::toNativeSeparators(path));
}

QString PreferencesDialog::cuesFile() const
{
    return QDir::fromNativeSeparators(m_cuesEdit->text().trimmed());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageNote->setText(tr("The change applies at once, without a restart."));
    m_cuesLabel->setText(tr("Extra topic &cues:"));
    m_cuesBrowse->setText(tr("Browse…"));
    m_cuesEdit->setPlaceholderText(tr("none"));
    m_cuesNote->setText(tr("A JSON file in the shape of the built-in cues; it adds wording and topics to Coverage "
                           "and Gaps."));
}

} // namespace cw::gui
