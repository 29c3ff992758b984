#pragma once

// A comparison as a Word document with tracked changes ("redline"): NEW's text, with every
// insertion, deletion and move recorded as a revision that Word or LibreOffice Writer can
// accept or reject one by one.

#include "common/result.h"
#include "diff/diff.h"
#include "document/policydocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>


namespace cw::exporting {

struct DocxRedlineOptions
{
    QString author;  // w:author of every revision; empty: "Clausewright"
    QDateTime date;  // w:date of every revision and the package's timestamps; invalid: now.
                     // Pass one for byte-identical output from identical input.
    QString title;   // the document property "title"; empty: NEW's title, else its file name
};

// Writes the comparison of `oldDoc` and `newDoc` (`result` is what diff::compare returned for
// them) as the bytes of a .docx file (Office Open XML, a zip package) holding
// [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml, word/settings.xml
// (which turns on change tracking for further edits), word/_rels/document.xml.rels and
// docProps/core.xml.
//
// The body is NEW's text in paragraphs: a run of line breaks (and the blank lines in it) ends a
// paragraph, except a single break that only wraps a paragraph, list item or quote (as
// PolicyDocument::proseText() reads it), which is a space; a line that is a heading in NEW (doc::BlockKind::Heading) gets the style Heading1,
// Heading2 or Heading3 (deeper levels: Heading3), without its Markdown "#" marks; other Markdown
// stays as written. Changes are revisions by `options.author`: <w:ins>, <w:del> (<w:delText>),
// and for a move <w:moveFrom>/<w:moveTo> inside <w:moveFromRangeStart/End> and
// <w:moveToRangeStart/End> named "moveN" (N = Op::moveId). A paragraph break that exists only in
// OLD is a deleted paragraph mark (<w:pPr><w:rPr><w:del/></w:rPr></w:pPr>), so accepting every
// change gives NEW's paragraphs and rejecting every change gives OLD's.
//
// A move without its counterpart is written as a plain deletion or insertion; ranges outside the
// texts are clipped. Error "zip" (message translated) when the package cannot be written.
[[nodiscard]] Result<QByteArray> docxRedline(const doc::PolicyDocument &oldDoc, const doc::PolicyDocument &newDoc,
                                             const diff::DiffResult &result, const DocxRedlineOptions &options = {});

} // namespace cw::exporting
