#pragma once

#include "text/spelling.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>

#include <memory>

namespace cw::gui {

// Markdown as a policy writer reads it: headings bold and larger, clause markers
// (<!-- clause id@edition -->) dimmed, emphasis, list marks, links, table rules and
// unfilled {{placeholders}} standing out.
// Markdown highlighting and spelling for one editor pane.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);
    // Misspelled words (outside markers, links and placeholders) get a wavy underline; null
    // turns spelling off.
    void setSpellChecker(std::shared_ptr<text::SpellChecker> checker);
    [[nodiscard]] text::SpellChecker *spellChecker() const { return m_spelling.get(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_heading{QStringLiteral("^#{1,6}\\s.*$")};
    QRegularExpression m_comment{QStringLiteral("<!--.*?-->")};
    QRegularExpression m_strong{QStringLiteral("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__")};
    QRegularExpression m_emphasis{QStringLiteral("(?<![*\\w])\\*[^*\\n]+\\*(?!\\*)|(?<![_\\w])_[^_\\n]+_(?!\\w)")};
    QRegularExpression m_listMark{QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s")};
    QRegularExpression m_link{QStringLiteral("\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|https?://\\S+")};
    QRegularExpression m_placeholder{QStringLiteral("\\{\\{[^}\\n]*\\}\\}")};
    QRegularExpression m_tableRule{QStringLiteral("^\\s*\\|?\\s*:?-{3,}")};
    std::shared_ptr<text::SpellChecker> m_spelling;
};

} // namespace cw::gui
