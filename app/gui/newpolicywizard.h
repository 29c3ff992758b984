#pragma once

#include "library/library.h"

#include <QJsonObject>
#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTimer;
class QVBoxLayout;

namespace cw::gui {

// File > New Policy: choose a template and the languages, answer its questionnaire (each
// answer checked as it is given, help under each question, questions that depend on others
// shown only when they apply), watch the policy take shape in a live preview, and create the
// project (NAME.cwproj beside NAME.en.md and NAME.ru.md). Answers are kept per template in the
// settings, so closing the wizard and opening it again resumes where the user left off.
// Assembly, validation and writing are core's (library/assembly.h, library/project.h).
class NewPolicyWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewPolicyWizard(std::shared_ptr<const library::Library> library, QWidget *parent = nullptr);
    ~NewPolicyWizard() override;

    // The choices of the first page, as the user makes them.
    void setTemplate(const QString &id);
    [[nodiscard]] QString templateId() const;
    void setLanguages(const QStringList &languages);
    [[nodiscard]] QStringList languages() const;
    void setProjectFile(const QString &path);
    [[nodiscard]] QString projectFile() const;

    // The questionnaire (second page): the answers as the editors hold them, one answer set
    // as if typed, the problems with the answers, the preview of a language.
    [[nodiscard]] QJsonObject answers() const;
    bool setAnswer(const QString &questionId, const QJsonValue &value);
    // Answers to start from instead of the saved ones (an answers file; its "template", when
    // given, is chosen).
    void startFrom(const QJsonObject &answersFile);
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] QString previewMarkdown(const QString &language) const;
    // Whether a question's editor is shown (its `when` holds).
    [[nodiscard]] bool isQuestionShown(const QString &questionId) const;

    // The files Finish wrote, the project file first.
    [[nodiscard]] QStringList createdFiles() const { return m_created; }

Q_SIGNALS:
    void projectCreated(const QString &projectFile, const QStringList &files);

protected:
    bool validateCurrentPage() override;
    void changeEvent(QEvent *event) override;

private:
    class TemplatePage;
    class QuestionsPage;
    struct Editor;

    void buildQuestionnaire();
    void answersChanged();
    void refresh();
    void retranslateUi();
    [[nodiscard]] const library::PolicyTemplate *currentTemplate() const;

    std::shared_ptr<const library::Library> m_library;
    TemplatePage *m_templatePage = nullptr;
    QuestionsPage *m_questionsPage = nullptr;
    std::vector<std::unique_ptr<Editor>> m_editors;
    QString m_builtFor; // template and languages the editors were built for
    std::optional<QJsonObject> m_startAnswers;
    QTimer *m_refresh = nullptr;
    QStringList m_problems;
    QStringList m_created;
};

} // namespace cw::gui
