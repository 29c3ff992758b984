#include "markdownhighlighter.h"

#include "document/policydocument.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace cw::gui {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void MarkdownHighlighter::setSpellChecker(std::shared_ptr<text::SpellChecker> checker)
{
    m_spelling = std::move(checker);
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QGuiApplication::palette();
    auto apply = [&](const QRegularExpression &re, const QTextCharFormat &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    if (document()->defaultFont().pointSizeF() > 0)
        heading.setFontPointSize(document()->defaultFont().pointSizeF() * 1.15);
    QTextCharFormat dim;
    dim.setForeground(palette.color(QPalette::PlaceholderText));
    QTextCharFormat marker = dim;
    marker.setFontItalic(true);
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    QTextCharFormat emphasis;
    emphasis.setFontItalic(true);
    QTextCharFormat link;
    link.setForeground(palette.color(QPalette::Link));
    link.setFontUnderline(true);
    QTextCharFormat placeholder;
    placeholder.setBackground(QColor(255, 220, 120, 110));

    apply(m_heading, heading);
    apply(m_strong, strong);
    apply(m_emphasis, emphasis);
    apply(m_listMark, strong);
    apply(m_link, link);
    apply(m_tableRule, dim);
    apply(m_comment, dim);
    for (const doc::ClauseMarker &m : doc::findClauseMarkers(text))
        setFormat(int(m.range.start), int(m.range.length()), marker);
    apply(m_placeholder, placeholder);

    if (!m_spelling)
        return;
    // Not inside markers, comments, links or placeholders: those are not prose.
    std::vector<bool> skip(size_t(text.size()), false);
    for (const QRegularExpression *re : {&m_comment, &m_link, &m_placeholder})
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            std::fill(skip.begin() + m.capturedStart(), skip.begin() + m.capturedEnd(), true);
        }
    for (const auto &[start, end] : m_spelling->misspelled(text)) {
        if (skip[size_t(start)])
            continue;
        for (qsizetype i = start; i < end; ++i) {
            QTextCharFormat f = format(int(i));
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
            setFormat(int(i), 1, f);
        }
    }
}

} // namespace cw::gui
