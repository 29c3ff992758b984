#include "preferencesdialog.h"

#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
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

    m_themeCombo = new QComboBox(this);
    m_themeCombo->setObjectName(u"themeCombo"_s);
    m_themeCombo->addItem(QString(), QString());
    m_themeCombo->addItem(QString(), u"light"_s);
    m_themeCombo->addItem(QString(), u"dark"_s);
    m_themeLabel = new QLabel(this);
    m_themeLabel->setBuddy(m_themeCombo);

    m_fontCombo = new QFontComboBox(this);
    m_fontCombo->setObjectName(u"editorFontCombo"_s);
    m_fontSize = new QSpinBox(this);
    m_fontSize->setRange(6, 48);
    m_fontLabel = new QLabel(this);
    m_fontLabel->setBuddy(m_fontCombo);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontCombo, 1);
    fontRow->addWidget(m_fontSize);
    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(u"autosaveSpin"_s);
    m_autosave->setRange(1, 120);
    m_autosaveLabel = new QLabel(this);
    m_autosaveLabel->setBuddy(m_autosave);
    m_dictionaryEdit = new QLineEdit(this);
    m_dictionaryEdit->setClearButtonEnabled(true);
    m_dictionaryBrowse = new QPushButton(this);
    connect(m_dictionaryBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Spelling Dictionaries"), m_dictionaryEdit->text());
        if (!dir.isEmpty())
            m_dictionaryEdit->setText(QDir::toNativeSeparators(dir));
    });
    m_dictionaryLabel = new QLabel(this);
    m_dictionaryLabel->setBuddy(m_dictionaryEdit);
    auto *dictionaryRow = new QHBoxLayout;
    dictionaryRow->addWidget(m_dictionaryEdit, 1);
    dictionaryRow->addWidget(m_dictionaryBrowse);

    m_libraries = new QListWidget(this);
    m_libraries->setObjectName(u"libraryFolders"_s);
    m_libraries->setMaximumHeight(90);
    m_addLibrary = new QPushButton(this);
    m_removeLibrary = new QPushButton(this);
    connect(m_addLibrary, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Clause Library Folder"));
        if (!dir.isEmpty())
            m_libraries->addItem(QDir::toNativeSeparators(dir));
    });
    connect(m_removeLibrary, &QPushButton::clicked, this, [this] { delete m_libraries->currentItem(); });
    m_librariesLabel = new QLabel(this);
    m_librariesLabel->setBuddy(m_libraries);
    m_librariesNote = new QLabel(this);
    m_librariesNote->setWordWrap(true);
    m_librariesNote->setForegroundRole(QPalette::PlaceholderText);
    auto *libraryButtons = new QVBoxLayout;
    libraryButtons->addWidget(m_addLibrary);
    libraryButtons->addWidget(m_removeLibrary);
    libraryButtons->addStretch();
    auto *librariesRow = new QHBoxLayout;
    librariesRow->addWidget(m_libraries, 1);
    librariesRow->addLayout(libraryButtons);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_cuesLabel, cuesRow);
    form->addRow(QString(), m_cuesNote);
    form->addRow(m_themeLabel, m_themeCombo);
    form->addRow(m_fontLabel, fontRow);
    form->addRow(m_autosaveLabel, m_autosave);
    form->addRow(m_dictionaryLabel, dictionaryRow);
    form->addRow(m_librariesLabel, librariesRow);
    form->addRow(QString(), m_librariesNote);
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

void PreferencesDialog::setLibraryFolders(const QStringList &folders)
{
    m_libraries->clear();
    for (const QString &f : folders)
        m_libraries->addItem(QDir::toNativeSeparators(f));
}

QStringList PreferencesDialog::libraryFolders() const
{
    QStringList out;
    for (int i = 0; i < m_libraries->count(); ++i)
        out << QDir::fromNativeSeparators(m_libraries->item(i)->text());
    return out;
}

void PreferencesDialog::setEditorFont(const QFont &font)
{
    m_fontCombo->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
}

QFont PreferencesDialog::editorFont() const
{
    QFont f = m_fontCombo->currentFont();
    f.setPointSize(m_fontSize->value());
    return f;
}

void PreferencesDialog::setAutosaveSeconds(int seconds)
{
    m_autosave->setValue(seconds);
}

int PreferencesDialog::autosaveSeconds() const
{
    return m_autosave->value();
}

void PreferencesDialog::setDictionaryFolder(const QString &folder)
{
    m_dictionaryEdit->setText(QDir::toNativeSeparators(folder));
}

QString PreferencesDialog::dictionaryFolder() const
{
    return QDir::fromNativeSeparators(m_dictionaryEdit->text().trimmed());
}

void PreferencesDialog::setTheme(const QString &theme)
{
    m_themeCombo->setCurrentIndex(std::max(0, m_themeCombo->findData(theme)));
}

QString PreferencesDialog::theme() const
{
    return m_themeCombo->currentData().toString();
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
    m_themeLabel->setText(tr("&Theme:"));
    m_themeCombo->setItemText(0, tr("Follow the system"));
    m_themeCombo->setItemText(1, tr("Light"));
    m_themeCombo->setItemText(2, tr("Dark"));
    m_fontLabel->setText(tr("Editor &font:"));
    m_autosaveLabel->setText(tr("&Autosave after:"));
    m_autosave->setSuffix(tr(" s of no typing"));
    m_dictionaryLabel->setText(tr("&Dictionaries:"));
    m_dictionaryEdit->setPlaceholderText(tr("the system's (en_US, ru_RU)"));
    m_dictionaryBrowse->setText(tr("Browse…"));
    m_librariesLabel->setText(tr("Clause &libraries:"));
    m_addLibrary->setText(tr("Add…"));
    m_removeLibrary->setText(tr("Remove"));
    m_librariesNote->setText(tr("Folders of your team's or your own clauses and templates, loaded after the shipped "
                                "library; a clause or template with the same id replaces the earlier one."));
    // Longer words (Russian) need more room than the last layout gave.
    resize(size().expandedTo(sizeHint()));
}

} // namespace cw::gui
