#include "newpolicywizard.h"

#include "coveragemodel.h"
#include "previewbrowser.h"
#include "settingskeys.h"

#include "library/assembly.h"
#include "document/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cw::gui {

namespace {

constexpr int RefreshMs = 250; // the preview follows typing without redoing it on every key

QString languageName(const QString &code)
{
    return code == u"ru"_s ? NewPolicyWizard::tr("Russian") : NewPolicyWizard::tr("English");
}

int uiIndex()
{
    return CoverageModel::uiLanguage() == u"ru"_s ? 1 : 0;
}

} // namespace

// One question's editor: the widget row and how to read and write its answer.
struct NewPolicyWizard::Editor
{
    const library::Question *question = nullptr;
    QWidget *row = nullptr;
    QLabel *error = nullptr;
    std::function<QJsonValue()> read;
    std::function<void(const QJsonValue &)> write;
};

class NewPolicyWizard::TemplatePage : public QWizardPage
{
public:
    explicit TemplatePage(NewPolicyWizard *wizard) : QWizardPage(wizard)
    {
        templates = new QListWidget(this);
        templates->setObjectName(u"wizardTemplates"_s);
        english = new QCheckBox(this);
        russian = new QCheckBox(this);
        english->setObjectName(u"wizardEnglish"_s);
        russian->setObjectName(u"wizardRussian"_s);
        projectLabel = new QLabel(this);
        project = new QLineEdit(this);
        project->setObjectName(u"wizardProjectFile"_s);
        projectLabel->setBuddy(project);
        browse = new QPushButton(this);
        languagesLabel = new QLabel(this);
        connect(templates, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
        connect(english, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        connect(russian, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        connect(project, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString start = project->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                            : project->text();
            const QString path = QFileDialog::getSaveFileName(this, NewPolicyWizard::tr("Project File"), start,
                                                              NewPolicyWizard::tr("Clausewright projects (*.cwproj)"));
            if (!path.isEmpty())
                project->setText(path.endsWith(u".cwproj"_s) ? path : path + u".cwproj"_s);
        });
        auto *languages = new QHBoxLayout;
        languages->addWidget(languagesLabel);
        languages->addWidget(english);
        languages->addWidget(russian);
        languages->addStretch(1);
        auto *projectRow = new QHBoxLayout;
        projectRow->addWidget(projectLabel);
        projectRow->addWidget(project, 1);
        projectRow->addWidget(browse);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(templates, 1);
        layout->addLayout(languages);
        layout->addLayout(projectRow);
    }

    bool isComplete() const override
    {
        return templates->currentRow() >= 0 && (english->isChecked() || russian->isChecked()) && !project->text().trimmed().isEmpty();
    }

    void retranslate(const library::Library &library)
    {
        setTitle(NewPolicyWizard::tr("Template and languages"));
        setSubTitle(NewPolicyWizard::tr("Choose the kind of policy, the languages to write it in and where to keep the project."));
        languagesLabel->setText(NewPolicyWizard::tr("Languages:"));
        english->setText(NewPolicyWizard::tr("&English"));
        russian->setText(NewPolicyWizard::tr("&Russian"));
        projectLabel->setText(NewPolicyWizard::tr("&Project file:"));
        browse->setText(NewPolicyWizard::tr("&Browse…"));
        const int row = templates->currentRow();
        templates->clear();
        for (const library::PolicyTemplate &t : library.templates()) {
            auto *item = new QListWidgetItem(t.title[size_t(uiIndex())] + u"  ("_s + t.id + u')', templates);
            item->setData(Qt::UserRole, t.id);
            item->setToolTip(t.title[0] + u" / "_s + t.title[1]);
        }
        templates->setCurrentRow(row);
    }

    QListWidget *templates;
    QCheckBox *english;
    QCheckBox *russian;
    QLabel *languagesLabel;
    QLabel *projectLabel;
    QLineEdit *project;
    QPushButton *browse;
};

class NewPolicyWizard::QuestionsPage : public QWizardPage
{
public:
    explicit QuestionsPage(NewPolicyWizard *wizard) : QWizardPage(wizard)
    {
        form = new QWidget;
        formLayout = new QVBoxLayout(form);
        scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(form);
        previews = new QTabWidget(this);
        previews->setObjectName(u"wizardPreviews"_s);
        problems = new QLabel(this);
        problems->setObjectName(u"wizardProblems"_s);
        problems->setWordWrap(true);
        problems->setTextFormat(Qt::PlainText);
        scroll->setMinimumWidth(380);
        auto *splitter = new QSplitter(Qt::Horizontal, this);
        splitter->addWidget(scroll);
        splitter->addWidget(previews);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({520, 600});
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(splitter, 1);
        layout->addWidget(problems);
    }

    void initializePage() override { static_cast<NewPolicyWizard *>(wizard())->buildQuestionnaire(); }

    QWidget *form;
    QVBoxLayout *formLayout;
    QScrollArea *scroll;
    QTabWidget *previews;
    QLabel *problems;
    std::map<QString, PreviewBrowser *> browsers; // cmark-gfm in safe mode, as the editor's preview
};

NewPolicyWizard::NewPolicyWizard(std::shared_ptr<const library::Library> library, QWidget *parent)
    : QWizard(parent), m_library(std::move(library))
{
    setObjectName(u"newPolicyWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_templatePage = new TemplatePage(this);
    m_questionsPage = new QuestionsPage(this);
    addPage(m_templatePage);
    addPage(m_questionsPage);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &NewPolicyWizard::refresh);

    // The last template and languages, and a project file in the documents folder.
    QSettings settings;
    retranslateUi();
    setTemplate(settings.value(keys::wizardTemplate()).toString());
    if (m_templatePage->templates->currentRow() < 0 && m_templatePage->templates->count() > 0)
        m_templatePage->templates->setCurrentRow(0);
    setLanguages(settings.value(keys::wizardLanguages(), QStringList{u"en"_s, u"ru"_s}).toStringList());
    setProjectFile(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("privacy-policy") + u".cwproj"_s));
    resize(1100, 720);
}

NewPolicyWizard::~NewPolicyWizard() = default;

void NewPolicyWizard::setTemplate(const QString &id)
{
    for (int i = 0; i < m_templatePage->templates->count(); ++i)
        if (m_templatePage->templates->item(i)->data(Qt::UserRole).toString() == id)
            m_templatePage->templates->setCurrentRow(i);
}

QString NewPolicyWizard::templateId() const
{
    const QListWidgetItem *item = m_templatePage->templates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const library::PolicyTemplate *NewPolicyWizard::currentTemplate() const
{
    return m_library->findTemplate(templateId());
}

void NewPolicyWizard::setLanguages(const QStringList &languages)
{
    m_templatePage->english->setChecked(languages.contains(u"en"_s));
    m_templatePage->russian->setChecked(languages.contains(u"ru"_s));
}

QStringList NewPolicyWizard::languages() const
{
    QStringList out;
    if (m_templatePage->english->isChecked())
        out << u"en"_s;
    if (m_templatePage->russian->isChecked())
        out << u"ru"_s;
    return out;
}

void NewPolicyWizard::setProjectFile(const QString &path)
{
    m_templatePage->project->setText(path);
}

QString NewPolicyWizard::projectFile() const
{
    return m_templatePage->project->text().trimmed();
}

void NewPolicyWizard::buildQuestionnaire()
{
    const library::PolicyTemplate *t = currentTemplate();
    const QStringList langs = languages();
    const QString key = templateId() + u'|' + langs.join(u',');
    if (!t || key == m_builtFor)
        return;
    m_builtFor = key;
    QSettings().setValue(keys::wizardTemplate(), t->id);
    QSettings().setValue(keys::wizardLanguages(), langs);
    // The rows of another template or other languages go, with the stretch under them.
    m_editors.clear();
    while (QLayoutItem *item = m_questionsPage->formLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_questionsPage->setTitle(t->title[size_t(uiIndex())]);
    m_questionsPage->setSubTitle(tr("Answer the questions; the policy on the right updates as you answer."));
    const int ui = uiIndex();
    auto changed = [this] { answersChanged(); };

    for (const library::Question &q : t->questions) {
        auto e = std::make_unique<Editor>();
        e->question = &q;
        e->row = new QWidget(m_questionsPage->form);
        e->row->setObjectName(u"question_"_s + q.id);
        auto *rowLayout = new QVBoxLayout(e->row);
        rowLayout->setContentsMargins(0, 6, 0, 6);
        auto *prompt = new QLabel(q.prompt[size_t(ui)] + (q.required ? u" *"_s : QString()), e->row);
        prompt->setWordWrap(true);
        QFont bold = prompt->font();
        bold.setBold(true);
        prompt->setFont(bold);
        rowLayout->addWidget(prompt);
        QWidget *editor = nullptr;
        const bool perLanguage = q.translatable || q.type == library::VarType::List;
        switch (q.type) {
        case library::VarType::Bool: {
            auto *box = new QCheckBox(tr("Yes"), e->row);
            connect(box, &QCheckBox::toggled, this, changed);
            e->read = [box] { return QJsonValue(box->isChecked()); };
            e->write = [box](const QJsonValue &v) { box->setChecked(v.toBool()); };
            editor = box;
            break;
        }
        case library::VarType::Integer: {
            auto *spin = new QSpinBox(e->row);
            spin->setRange(int(q.min.value_or(0)), int(q.max.value_or(100000)));
            connect(spin, &QSpinBox::valueChanged, this, changed);
            e->read = [spin] { return QJsonValue(spin->value()); };
            e->write = [spin](const QJsonValue &v) { spin->setValue(v.toInt()); };
            editor = spin;
            break;
        }
        case library::VarType::Date: {
            auto *date = new QDateEdit(QDate::currentDate(), e->row);
            date->setCalendarPopup(true);
            date->setDisplayFormat(u"yyyy-MM-dd"_s);
            connect(date, &QDateEdit::dateChanged, this, changed);
            e->read = [date] { return QJsonValue(date->date().toString(Qt::ISODate)); };
            e->write = [date](const QJsonValue &v) {
                const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                if (d.isValid())
                    date->setDate(d);
            };
            editor = date;
            break;
        }
        case library::VarType::Choice: {
            auto *combo = new QComboBox(e->row);
            for (const library::Question::Choice &c : q.choices)
                combo->addItem(c.label[size_t(ui)], c.value);
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
            e->read = [combo] { return QJsonValue(combo->currentData().toString()); };
            e->write = [combo](const QJsonValue &v) { combo->setCurrentIndex(std::max(0, combo->findData(v.toString()))); };
            editor = combo;
            break;
        }
        case library::VarType::List:
            if (!q.choices.empty()) { // some of fixed values
                auto *list = new QListWidget(e->row);
                for (const library::Question::Choice &c : q.choices) {
                    auto *item = new QListWidgetItem(c.label[size_t(ui)], list);
                    item->setData(Qt::UserRole, c.value);
                    item->setCheckState(Qt::Unchecked);
                }
                list->setMaximumHeight(list->sizeHintForRow(0) * (list->count() + 1));
                connect(list, &QListWidget::itemChanged, this, changed);
                e->read = [list] {
                    QJsonArray a;
                    for (int i = 0; i < list->count(); ++i)
                        if (list->item(i)->checkState() == Qt::Checked)
                            a.append(list->item(i)->data(Qt::UserRole).toString());
                    return QJsonValue(a);
                };
                e->write = [list](const QJsonValue &v) {
                    const QJsonArray a = v.toArray();
                    for (int i = 0; i < list->count(); ++i)
                        list->item(i)->setCheckState(a.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
                };
                editor = list;
            } else if (!q.fields.empty()) { // a table: one column per field and language
                auto *table = new QTableWidget(0, int(q.fields.size() * size_t(langs.size())), e->row);
                QStringList headers;
                for (const auto &[field, type] : q.fields)
                    for (const QString &lang : langs)
                        headers << field + u" ("_s + lang.toUpper() + u')';
                table->setHorizontalHeaderLabels(headers);
                table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
                table->setMinimumHeight(160);
                connect(table, &QTableWidget::cellChanged, this, changed);
                auto *add = new QPushButton(tr("Add row"), e->row);
                auto *remove = new QPushButton(tr("Remove row"), e->row);
                connect(add, &QPushButton::clicked, this, [table] { table->insertRow(table->rowCount()); });
                connect(remove, &QPushButton::clicked, this, [table, changed] {
                    if (table->currentRow() >= 0) {
                        table->removeRow(table->currentRow());
                        changed();
                    }
                });
                const auto fields = q.fields;
                e->read = [table, fields, langs] {
                    QJsonArray a;
                    for (int r = 0; r < table->rowCount(); ++r) {
                        QJsonObject record;
                        bool any = false;
                        int col = 0;
                        for (const auto &[field, type] : fields) {
                            QJsonObject texts;
                            for (const QString &lang : langs) {
                                const QTableWidgetItem *item = table->item(r, col++);
                                const QString text = item ? item->text().trimmed() : QString();
                                any = any || !text.isEmpty();
                                texts.insert(lang, text);
                            }
                            record.insert(field, texts);
                        }
                        if (any)
                            a.append(record);
                    }
                    return QJsonValue(a);
                };
                e->write = [table, fields, langs](const QJsonValue &v) {
                    const QJsonArray a = v.toArray();
                    table->setRowCount(int(a.size()));
                    for (int r = 0; r < int(a.size()); ++r) {
                        int col = 0;
                        for (const auto &[field, type] : fields)
                            for (const QString &lang : langs)
                                table->setItem(r, col++, new QTableWidgetItem(library::textIn(a[r].toObject().value(field), lang)));
                    }
                };
                auto *buttons = new QHBoxLayout;
                buttons->addWidget(add);
                buttons->addWidget(remove);
                buttons->addStretch(1);
                rowLayout->addWidget(table);
                rowLayout->addLayout(buttons);
            } else { // a list of texts: one per line, the languages side by side
                auto *pair = new QWidget(e->row);
                auto *pairLayout = new QHBoxLayout(pair);
                pairLayout->setContentsMargins(0, 0, 0, 0);
                std::vector<std::pair<QString, QPlainTextEdit *>> edits;
                for (const QString &lang : langs) {
                    auto *edit = new QPlainTextEdit(pair);
                    edit->setPlaceholderText(tr("One per line (%1)").arg(languageName(lang)));
                    edit->setMaximumHeight(110);
                    connect(edit, &QPlainTextEdit::textChanged, this, changed);
                    pairLayout->addWidget(edit);
                    edits.emplace_back(lang, edit);
                }
                e->read = [edits] {
                    std::vector<QStringList> lines;
                    qsizetype count = 0;
                    for (const auto &[lang, edit] : edits) {
                        lines.push_back(edit->toPlainText().split(u'\n'));
                        count = std::max(count, lines.back().size());
                    }
                    QJsonArray a;
                    for (qsizetype i = 0; i < count; ++i) {
                        QJsonObject item;
                        bool any = false;
                        for (size_t k = 0; k < edits.size(); ++k) {
                            const QString text = lines[k].value(i).trimmed();
                            any = any || !text.isEmpty();
                            item.insert(edits[k].first, text);
                        }
                        if (any)
                            a.append(item);
                    }
                    return QJsonValue(a);
                };
                e->write = [edits](const QJsonValue &v) {
                    for (const auto &[lang, edit] : edits) {
                        QStringList lines;
                        for (const QJsonValue &item : v.toArray())
                            lines << library::textIn(item, lang);
                        edit->setPlainText(lines.join(u'\n'));
                    }
                };
                editor = pair;
            }
            break;
        case library::VarType::String:
        case library::VarType::Email:
        case library::VarType::Url:
            if (perLanguage) {
                auto *pair = new QWidget(e->row);
                auto *pairLayout = new QFormLayout(pair);
                pairLayout->setContentsMargins(0, 0, 0, 0);
                std::vector<std::pair<QString, QLineEdit *>> edits;
                for (const QString &lang : langs) {
                    auto *edit = new QLineEdit(pair);
                    connect(edit, &QLineEdit::textChanged, this, changed);
                    pairLayout->addRow(languageName(lang) + u':', edit);
                    edits.emplace_back(lang, edit);
                }
                e->read = [edits] {
                    QJsonObject o;
                    for (const auto &[lang, edit] : edits)
                        o.insert(lang, edit->text().trimmed());
                    return QJsonValue(o);
                };
                e->write = [edits](const QJsonValue &v) {
                    for (const auto &[lang, edit] : edits)
                        edit->setText(library::textIn(v, lang));
                };
                editor = pair;
            } else {
                auto *edit = new QLineEdit(e->row);
                if (q.type == library::VarType::Email)
                    edit->setPlaceholderText(u"privacy@example.com"_s);
                else if (q.type == library::VarType::Url)
                    edit->setPlaceholderText(u"https://"_s);
                connect(edit, &QLineEdit::textChanged, this, changed);
                e->read = [edit] { return QJsonValue(edit->text().trimmed()); };
                e->write = [edit](const QJsonValue &v) { edit->setText(v.toString()); };
                editor = edit;
            }
            break;
        }
        if (editor)
            rowLayout->addWidget(editor);
        if (!q.help[size_t(ui)].isEmpty()) {
            auto *help = new QLabel(q.help[size_t(ui)], e->row);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            rowLayout->addWidget(help);
        }
        e->error = new QLabel(e->row);
        e->error->setWordWrap(true);
        e->error->setStyleSheet(u"color: #b00020;"_s);
        e->error->hide();
        rowLayout->addWidget(e->error);
        m_questionsPage->formLayout->addWidget(e->row);
        m_editors.push_back(std::move(e));
    }
    m_questionsPage->formLayout->addStretch(1);

    // Given answers, else the saved ones; then the template's defaults.
    const QJsonObject saved = m_startAnswers ? *std::exchange(m_startAnswers, std::nullopt)
                                             : QJsonDocument::fromJson(QSettings().value(keys::wizardAnswers(t->id)).toByteArray()).object();
    for (auto &e : m_editors) {
        QJsonValue v = saved.value(e->question->id);
        if (v.isUndefined())
            v = e->question->defaultValue;
        if (!v.isUndefined() && !v.isNull())
            e->write(v);
    }
    // The previews, one per language.
    m_questionsPage->previews->clear();
    m_questionsPage->browsers.clear();
    for (const QString &lang : langs) {
        auto *browser = new PreviewBrowser(m_questionsPage->previews);
        browser->setObjectName(u"wizardPreview_"_s + lang);
        m_questionsPage->previews->addTab(browser, languageName(lang));
        m_questionsPage->browsers[lang] = browser;
    }
    // The preview in the interface's language first, when the policy is written in it.
    m_questionsPage->previews->setCurrentIndex(int(std::max<qsizetype>(0, langs.indexOf(CoverageModel::uiLanguage()))));
    refresh();
}

void NewPolicyWizard::startFrom(const QJsonObject &answersFile)
{
    if (answersFile.value(u"template"_s).isString())
        setTemplate(answersFile.value(u"template"_s).toString());
    m_startAnswers = answersFile.value(u"answers"_s).isObject() ? answersFile.value(u"answers"_s).toObject() : answersFile;
    m_builtFor.clear();
}

QJsonObject NewPolicyWizard::answers() const
{
    QJsonObject out;
    for (const auto &e : m_editors) {
        // Blank text is no answer (so that a default or "not answered" applies).
        const QJsonValue v = e->read();
        const bool blank = v.isObject() ? !library::truthy(v) : v.isString() && v.toString().isEmpty();
        if (!blank)
            out.insert(e->question->id, v);
    }
    return out;
}

bool NewPolicyWizard::setAnswer(const QString &questionId, const QJsonValue &value)
{
    for (auto &e : m_editors)
        if (e->question->id == questionId) {
            e->write(value);
            refresh();
            return true;
        }
    return false;
}

bool NewPolicyWizard::isQuestionShown(const QString &questionId) const
{
    for (const auto &e : m_editors)
        if (e->question->id == questionId)
            return !e->row->isHidden();
    return false;
}

QStringList NewPolicyWizard::problems() const
{
    return m_problems;
}

QString NewPolicyWizard::previewMarkdown(const QString &language) const
{
    const auto it = m_questionsPage->browsers.find(language);
    return it == m_questionsPage->browsers.end() ? QString() : it->second->property("markdown").toString();
}

void NewPolicyWizard::answersChanged()
{
    m_refresh->start();
}

// Shows the questions that apply, checks each answer, saves the answers and assembles the
// preview in every language.
void NewPolicyWizard::refresh()
{
    const library::PolicyTemplate *t = currentTemplate();
    if (!t)
        return;
    const QJsonObject raw = answers();
    const QJsonObject effective = library::effectiveAnswers(*t, raw);
    const QStringList langs = languages();
    m_problems.clear();
    for (auto &e : m_editors) {
        const bool asked = library::isAsked(*e->question, effective);
        e->row->setVisible(asked);
        const QStringList problems = asked ? library::answerProblems(*e->question, effective.value(e->question->id), langs) : QStringList();
        e->error->setText(problems.join(u'\n'));
        e->error->setVisible(!problems.isEmpty());
        for (const QString &p : problems)
            m_problems << e->question->prompt[size_t(uiIndex())] + u": "_s + p;
    }
    QSettings().setValue(keys::wizardAnswers(t->id), QJsonDocument(raw).toJson(QJsonDocument::Compact));
    m_questionsPage->problems->setText(m_problems.isEmpty() ? tr("All answers are complete.")
                                                            : tr("%n answer(s) still need attention.", nullptr, int(m_problems.size())));
    for (const auto &[lang, browser] : m_questionsPage->browsers) {
        const auto text = library::assemble(*m_library, *t, raw, lang);
        // Until the answers are complete, the preview shows what is missing.
        const QString markdown = text ? *text : u"> "_s + tr("The policy appears here once the answers are complete.") + u"\n\n"_s
                                                    + u"    "_s + text.error().message.section(u'\n', 1).replace(u"\n"_s, u"\n    "_s);
        browser->setMarkdown(markdown); // keeps its scroll position
        browser->setProperty("markdown", markdown);
    }
}

bool NewPolicyWizard::validateCurrentPage()
{
    if (currentPage() != m_questionsPage)
        return QWizard::validateCurrentPage();
    m_refresh->stop();
    refresh();
    const library::PolicyTemplate *t = currentTemplate();
    if (!t || !m_problems.isEmpty()) {
        QMessageBox::warning(this, tr("New Policy"), tr("Some answers still need attention:\n\n%1").arg(m_problems.mid(0, 8).join(u'\n')));
        return false;
    }
    const QString file = projectFile().endsWith(u".cwproj"_s) ? projectFile() : projectFile() + u".cwproj"_s;
    doc::Project project = doc::newProject(file, languages());
    project.templateId = t->id;
    project.answers = answers();
    std::map<QString, QString> texts;
    for (const QString &lang : languages()) {
        auto text = library::assemble(*m_library, *t, project.answers, lang);
        if (!text) {
            QMessageBox::warning(this, tr("New Policy"), text.error().message);
            return false;
        }
        texts[lang] = *text;
    }
    if (QFileInfo::exists(file)
        && QMessageBox::question(this, tr("New Policy"), tr("%1 already exists. Replace it and the policy files next to it?").arg(QDir::toNativeSeparators(file)))
               != QMessageBox::Yes)
        return false;
    const auto written = doc::saveProject(project, texts);
    if (!written) {
        QMessageBox::warning(this, tr("New Policy"), written.error().message);
        return false;
    }
    m_created = *written;
    Q_EMIT projectCreated(file, m_created);
    return true;
}

void NewPolicyWizard::retranslateUi()
{
    setWindowTitle(tr("New Policy"));
    m_templatePage->retranslate(*m_library);
    if (!m_editors.empty()) {
        m_builtFor.clear(); // prompts and labels in the new language
        const QJsonObject keep = answers();
        buildQuestionnaire();
        for (auto &e : m_editors)
            if (keep.contains(e->question->id))
                e->write(keep.value(e->question->id));
        refresh();
    }
}

void NewPolicyWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace cw::gui
