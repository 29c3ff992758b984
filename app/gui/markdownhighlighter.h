#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace cw::gui {

// Markdown as a policy writer reads it: headings bold and larger, clause markers
// (<!-- clause id@edition -->) dimmed, emphasis, list marks, links, table rules and
// unfilled {{placeholders}} standing out.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_heading{QStringLiteral("^#{1,6}\\s.*$")};
    QRegularExpression m_marker{QStringLiteral("<!--\\s*clause\\s+[^>]*-->")};
    QRegularExpression m_comment{QStringLiteral("<!--.*?-->")};
    QRegularExpression m_strong{QStringLiteral("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__")};
    QRegularExpression m_emphasis{QStringLiteral("(?<![*\\w])\\*[^*\\n]+\\*(?!\\*)|(?<![_\\w])_[^_\\n]+_(?!\\w)")};
    QRegularExpression m_listMark{QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s")};
    QRegularExpression m_link{QStringLiteral("\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|https?://\\S+")};
    QRegularExpression m_placeholder{QStringLiteral("\\{\\{[^}\\n]*\\}\\}")};
    QRegularExpression m_tableRule{QStringLiteral("^\\s*\\|?\\s*:?-{3,}")};
};

} // namespace cw::gui
