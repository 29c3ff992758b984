#include "pdfimporter.h"

#include "common/tr.h"
#include "document/blockbuilder.h"
#include "document/plaintextimporter.h"

#include <QHash>
#include <QSet>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::formats {

namespace {

struct Line
{
    QString text;
    QRectF box; // in points, from the page's top left; empty when pdfium gives no geometry
};

// The lines of a page in pdfium's reading order, each with its bounding box. The boxes come
// from one selection of the whole page: its rectangles, in text order, grouped into visual
// lines by height (a rectangle whose middle lies within the line so far belongs to it). pdfium
// ends each text line with "\r\n" and joins a word hyphenated at a line end itself, marking the
// join U+FFFE: such a line spans two visual lines. When the counts disagree (a table's cells
// wrapped side by side, superscripts) the page's lines get no boxes rather than wrong ones; in a
// PDF written by Qt (`visualLines`) the text of each visual line is asked for on its own, which
// is slower, as pdfium reloads the page for every question.
std::vector<Line> pageLines(QPdfDocument &pdf, int page, bool visualLines)
{
    const QPdfSelection all = pdf.getAllText(page);
    std::vector<QRectF> visual;
    for (const QPolygonF &polygon : all.bounds()) {
        const QRectF r = polygon.boundingRect();
        if (r.height() <= 0)
            continue;
        const double middle = r.center().y();
        if (!visual.empty() && middle >= visual.back().top() && middle <= visual.back().bottom())
            visual.back() |= r;
        else
            visual.push_back(r);
    }
    std::vector<Line> out;
    std::vector<int> spans; // visual lines per text line
    for (QString line : all.text().split(u'\n')) {
        const int joins = int(line.count(QChar(0xFFFE)));
        line.remove(QChar(0xFFFE));
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        out.push_back({line, {}});
        spans.push_back(1 + joins);
    }
    if (std::accumulate(spans.begin(), spans.end(), size_t(0)) == visual.size()) {
        size_t v = 0;
        for (size_t k = 0; k < out.size(); ++k)
            for (int n = 0; n < spans[k]; ++n)
                out[k].box |= visual[v++];
        return out;
    }
    if (!visualLines)
        return out;
    // pdfium ran some visual lines together in its text (Qt's PDFs draw each line on its own,
    // and pdfium joins a paragraph's last line to the heading after it): ask for the text of
    // each visual line instead, one selection per line.
    std::vector<Line> lines;
    for (const QRectF &v : visual) {
        const double middle = v.center().y();
        QString line = pdf.getSelection(page, QPointF(v.left() + 0.1, middle), QPointF(v.right() - 0.1, middle)).text();
        line.remove(QChar(0xFFFE));
        line.replace(u"\r\n"_s, u" "_s);
        line = line.trimmed();
        if (!line.isEmpty())
            lines.push_back({line, v});
    }
    return lines.empty() ? out : lines;
}

// "7", "- 7 -", "Page 7", "Page 7 of 12", "7/12", "Стр. 7", "Страница 7 из 12".
bool isPageNumber(const QString &line)
{
    static const QRegularExpression number(
        uR"(^\W*(?:(?:page|p\.|стр\.?|страница|с\.)\s*)?\d{1,4}(?:\s*(?:of|из|/)\s*\d{1,4})?\W*$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return number.match(line.trimmed()).hasMatch();
}

// A running header or footer with its page number taken out: "Privacy Policy — page #".
QString runningKey(const QString &line)
{
    QString key;
    for (const QChar c : line.simplified().toLower())
        key += c.isDigit() ? u'#' : c;
    return key;
}

// A line as the plain-text reader expects it: a bullet drawn from a symbol font (a private-use
// character) becomes "•".
QString cleaned(const QString &line)
{
    QString t = line.trimmed();
    if (!t.isEmpty() && t.front().category() == QChar::Other_PrivateUse)
        t = u"• "_s + QStringView(t).mid(1).trimmed();
    return t;
}

bool endsSentence(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && QStringView(u".!?:;»\"”").contains(t.back());
}

// A word broken at the line end: "обра-" + "ботка". Only before a lower-case letter, so that
// "e-" + "Mail" or a dash before a list item stays.
bool hyphenated(const QString &line, const QString &next)
{
    if (line.size() < 2 || next.isEmpty())
        return false;
    const QChar last = line.back();
    const bool hyphen = last == u'-' || last == QChar(0x00AD) || last == QChar(0x0002) || last == QChar(0x2010);
    const QString n = next.trimmed();
    return hyphen && line[line.size() - 2].isLetter() && !n.isEmpty() && n.front().isLower();
}

} // namespace

QString PdfImporter::format() const { return u"pdf"_s; }

QStringList PdfImporter::suffixes() const { return {u"pdf"_s}; }

bool PdfImporter::sniff(const QByteArray &head) const
{
    return head.startsWith("%PDF-");
}

Result<doc::PolicyDocument> PdfImporter::import(const QByteArray &bytes, const doc::ImportOptions &options) const
{
    const QString name = options.fileName;
    if (!bytes.startsWith("%PDF-"))
        return Error{u"parse"_s, Tr::tr("%1: not a PDF file").arg(name)};
    // Qt PDF reads a file synchronously; from a device it loads in the background.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return Error{u"unreadable"_s, Tr::tr("%1: cannot read: %2").arg(name, file.errorString())};
    QPdfDocument pdf(nullptr);
    switch (pdf.load(file.fileName())) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Error{u"encrypted"_s, Tr::tr("%1: the PDF is protected by a password").arg(name)};
    default:
        return Error{u"parse"_s, Tr::tr("%1: the PDF is damaged or not a PDF").arg(name)};
    }

    // Lines of every page, and the running headers and footers among them.
    const int pages = pdf.pageCount();
    std::vector<std::vector<Line>> lines(size_t(std::max(pages, 0)));
    QHash<QString, int> edgeLines; // running key → pages it stands on, near the top or bottom edge
    std::vector<double> heights(lines.size()); // of each page, asked for once
    for (int p = 0; p < pages; ++p)
        heights[size_t(p)] = pdf.pagePointSize(p).height();
    auto nearEdge = [&](int page, const Line &l) {
        const double height = heights[size_t(page)];
        return !l.box.isEmpty() && height > 0 && (l.box.bottom() < 0.1 * height || l.box.top() > 0.9 * height);
    };
    const bool writtenByQt = pdf.metaData(QPdfDocument::MetaDataField::Producer).toString().startsWith(u"Qt "_s);
    for (int p = 0; p < pages; ++p) {
        lines[size_t(p)] = pageLines(pdf, p, writtenByQt);
        QSet<QString> seen;
        for (const Line &l : lines[size_t(p)])
            if (nearEdge(p, l) && !seen.contains(runningKey(l.text))) {
                seen.insert(runningKey(l.text));
                ++edgeLines[runningKey(l.text)];
            }
    }
    const int runningPages = std::max(2, (pages + 1) / 2);
    auto dropped = [&](int page, const Line &l) {
        return nearEdge(page, l)
               && (isPageNumber(l.text) || (pages > 1 && edgeLines.value(runningKey(l.text)) >= runningPages));
    };
    for (int p = 0; p < pages; ++p) {
        auto &ls = lines[size_t(p)];
        ls.erase(std::remove_if(ls.begin(), ls.end(), [&](const Line &l) { return dropped(p, l); }), ls.end());
    }

    // The space between consecutive lines and the height of a line, as the body text has them.
    std::vector<double> spaces, lineHeights;
    for (const auto &ls : lines)
        for (size_t k = 0; k < ls.size(); ++k) {
            if (ls[k].box.isEmpty())
                continue;
            lineHeights.push_back(ls[k].box.height());
            if (k > 0 && !ls[k - 1].box.isEmpty() && ls[k].box.top() >= ls[k - 1].box.bottom() - 1)
                spaces.push_back(ls[k].box.top() - ls[k - 1].box.bottom());
        }
    auto percentile = [](std::vector<double> &v, double q) {
        if (v.empty())
            return 0.0;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
    };
    // Lines of a paragraph in single or one-and-a-half spacing stand less than 0.6 of a line's
    // height apart; a double-spaced document shows its wider spacing in most of its spaces (the
    // lower quartile, as many short paragraphs make even the median a paragraph gap).
    const double lineHeight = percentile(lineHeights, 0.25); // a line of body text (a join of two is taller)
    const double usualSpace = spaces.size() >= 8 ? percentile(spaces, 0.25) : 0.0;
    const double paragraphSpace = std::max(0.6 * lineHeight, usualSpace + 0.4 * lineHeight);

    // The text: lines of a paragraph one per line (as a hard-wrapped dump has them), a blank
    // line between paragraphs.
    QString text;
    const Line *previous = nullptr;
    for (int p = 0; p < pages; ++p) {
        bool firstOnPage = true;
        for (const Line &l : lines[size_t(p)]) {
            if (previous) {
                bool paragraphBreak;
                if (firstOnPage)
                    paragraphBreak = endsSentence(previous->text);
                else if (l.box.isEmpty() || previous->box.isEmpty() || lineHeight <= 0)
                    paragraphBreak = false;
                else // more space than between the lines of a paragraph, or a new column
                    paragraphBreak = l.box.top() - previous->box.bottom() > paragraphSpace
                                     || l.box.bottom() < previous->box.top();
                // A heading set large and wrapped over lines is one line of the text, as the
                // plain-text reader expects a heading.
                const bool largeType = lineHeight > 0 && !l.box.isEmpty() && !previous->box.isEmpty()
                                       && l.box.height() > 1.3 * lineHeight && previous->box.height() > 1.3 * lineHeight;
                if (!paragraphBreak && hyphenated(text, l.text))
                    text.chop(1);
                else if (!paragraphBreak && largeType && !firstOnPage)
                    text += u' ';
                else
                    text += paragraphBreak ? u"\n\n"_s : u"\n"_s;
            }
            text += cleaned(l.text);
            previous = &l;
            firstOnPage = false;
        }
    }
    if (text.trimmed().isEmpty())
        return Error{u"empty"_s,
                     Tr::tr("%1: the PDF has no text layer (a scanned image?); recognise its text (OCR) first").arg(name)};

    doc::PolicyDocument document;
    document.fileName = name;
    document.format = format();
    document.encoding.clear(); // not a text encoding: the text comes from the PDF's fonts
    document.text = std::move(text);
    doc::DocumentBuilder builder(document);
    doc::recoverPlainTextStructure(document, builder);
    builder.finish(options);
    return document;
}

} // namespace cw::formats
