// The editor on a 1 MB policy (English and Russian side by side, spelling and preview on):
// what one keystroke costs on the GUI thread against a bare QPlainTextEdit, what the pauses
// cost (preview render, outline and word count after typing stops), and opening the project.
// A frame is 16.7 ms at 60 Hz.
#include "editorwindow.h"
#include "librarypanel.h"
#include "previewbrowser.h"

#include "document/project.h"
#include "library/assembly.h"
#include "text/segmenter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keystroke_data();
    void keystroke();
    void pauseAfterTyping();
    void previewRender();
    void wordCount();
    void openProject();

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::map<QString, QString> m_texts;
    std::shared_ptr<const cw::library::Library> m_library;
};

// About 1 MB per language: the four shipped templates assembled with their sample answers,
// repeated.
void BenchEditor::initTestCase()
{
    m_library = cw::gui::loadLibraries();
    for (const QString &lang : {u"en"_s, u"ru"_s}) {
        QString one;
        for (const auto &t : m_library->templates()) {
            QFile f(t.sampleAnswers);
            QVERIFY(f.open(QIODevice::ReadOnly));
            one += *cw::library::assemble(*m_library, t, *cw::library::readAnswers(f.readAll(), t.sampleAnswers), lang) + u'\n';
        }
        QString text;
        while (text.toUtf8().size() < 1'000'000)
            text += one;
        m_texts[lang] = text;
    }
    cw::doc::Project p = cw::doc::newProject(m_dir.filePath(u"big.cwproj"_s), {u"en"_s, u"ru"_s});
    QVERIFY(cw::doc::saveProject(p, m_texts).ok());
    m_project = p.path;
    qInfo("EN %lld bytes, RU %lld bytes", qlonglong(m_texts[u"en"_s].toUtf8().size()), qlonglong(m_texts[u"ru"_s].toUtf8().size()));
}

void BenchEditor::keystroke_data()
{
    QTest::addColumn<bool>("editor");
    QTest::addColumn<bool>("preview");
    QTest::newRow("Clausewright pane (highlighting, spelling, autosave, outline, word count, lint)") << true << false;
    QTest::newRow("the same with the preview shown") << true << true;
    QTest::newRow("peer: bare QPlainTextEdit") << false << false;
}

// Inserting a character in the middle of the Russian text and letting the event loop run
// once: what the GUI thread spends before it can draw the next frame.
void BenchEditor::keystroke()
{
    QFETCH(bool, editor);
    QFETCH(bool, preview);
    std::unique_ptr<cw::gui::EditorWindow> window;
    std::unique_ptr<QPlainTextEdit> bare;
    QPlainTextEdit *pane = nullptr;
    if (editor) {
        window = std::make_unique<cw::gui::EditorWindow>(m_library);
        QVERIFY(window->openProject(m_project).ok());
        window->setPreviewVisible(preview);
        window->show();
        pane = window->pane(u"ru"_s);
    } else {
        bare = std::make_unique<QPlainTextEdit>();
        bare->setPlainText(m_texts[u"ru"_s]);
        bare->show();
        pane = bare.get();
    }
    QTextCursor c(pane->document());
    c.setPosition(int(m_texts[u"ru"_s].size() / 2));
    pane->setTextCursor(c);
    QCoreApplication::processEvents();
    QBENCHMARK {
        pane->insertPlainText(u"я"_s);
        QCoreApplication::processEvents();
    }
    // Deleted without closing: no question about the unsaved edits.
}

// What a pause in typing costs on the GUI thread: the preview of both languages brought up to
// date (around the cursor: the texts are over 150,000 characters) and painted.
void BenchEditor::pauseAfterTyping()
{
    cw::gui::EditorWindow window(m_library);
    QVERIFY(window.openProject(m_project).ok());
    window.show();
    QTextCursor c(window.pane(u"ru"_s)->document());
    c.setPosition(int(m_texts[u"ru"_s].size() / 2));
    window.pane(u"ru"_s)->setTextCursor(c);
    QCoreApplication::processEvents();
    QBENCHMARK {
        window.setPreviewVisible(false);
        window.setPreviewVisible(true);
        QCoreApplication::processEvents();
    }
    for (const QString &l : {u"en"_s, u"ru"_s})
        window.pane(l)->document()->setModified(false);
}

// The peer of the pause: rendering the whole 1 MB Russian text at once (cmark-gfm, then
// QTextBrowser), which the editor avoids for texts this long.
void BenchEditor::previewRender()
{
    cw::gui::PreviewBrowser preview;
    QBENCHMARK {
        preview.setMarkdown(m_texts[u"ru"_s]);
    }
}

void BenchEditor::wordCount()
{
    qsizetype n = 0;
    QBENCHMARK {
        n = cw::text::wordCount(m_texts[u"ru"_s], cw::text::Language::Russian);
    }
    QVERIFY(n > 50'000);
}

void BenchEditor::openProject()
{
    QBENCHMARK_ONCE {
        cw::gui::EditorWindow window(m_library);
        QVERIFY(window.openProject(m_project).ok());
        window.show();
        QCoreApplication::processEvents();
    }
}

QTEST_MAIN(BenchEditor)
#include "bench_editor.moc"
