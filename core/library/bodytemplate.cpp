#include "library/bodytemplate.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw::library {

namespace {

struct Tag
{
    enum Kind { Name, If, Else, EndIf, Each, EndEach, Plural } kind;
    QString argument;
    qsizetype start = 0, end = 0; // the range it takes from the source, standalone line included
    int line = 0;
    QStringList forms;
};

bool isName(QStringView s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; });
}

} // namespace

std::variant<BodyTemplate, BodyTemplate::ParseError> BodyTemplate::parse(const QString &text, int firstLine)
{
    BodyTemplate out;
    out.m_source = text;
    // Tags first, each with the range it replaces.
    std::vector<Tag> tags;
    int line = firstLine;
    qsizetype counted = 0;
    for (qsizetype pos = text.indexOf(u"{{"); pos >= 0; pos = text.indexOf(u"{{", pos)) {
        line += int(QStringView(text).sliced(counted, pos - counted).count(u'\n'));
        counted = pos;
        const qsizetype close = text.indexOf(u"}}", pos + 2);
        if (close < 0)
            return ParseError{line, Tr::tr("“{{” is not closed by “}}”")};
        const QString inside = text.mid(pos + 2, close - pos - 2).trimmed();
        Tag tag{Tag::Name, {}, pos, close + 2, line, {}};
        auto argumentAfter = [&](QStringView keyword) { return inside.mid(keyword.size()).trimmed(); };
        if (inside.startsWith(u"#if"_s) && (inside.size() == 3 || inside[3].isSpace()))
            tag = {Tag::If, argumentAfter(u"#if"), pos, close + 2, line, {}};
        else if (inside.startsWith(u"#each"_s) && (inside.size() == 5 || inside[5].isSpace()))
            tag = {Tag::Each, argumentAfter(u"#each"), pos, close + 2, line, {}};
        else if (inside == u"else"_s)
            tag.kind = Tag::Else;
        else if (inside == u"/if"_s)
            tag.kind = Tag::EndIf;
        else if (inside == u"/each"_s)
            tag.kind = Tag::EndEach;
        else if (inside.startsWith(u"plural "_s)) {
            const QStringList words = inside.split(u' ', Qt::SkipEmptyParts);
            if (words.size() != 4 && words.size() != 5)
                return ParseError{line, Tr::tr("“{{%1}}”: plural takes a name and two forms (one, other) or three (год года лет)").arg(inside)};
            tag = {Tag::Plural, words[1], pos, close + 2, line, words.mid(2)};
        } else if (inside.startsWith(u'#') || inside.startsWith(u'/') || !isName(inside))
            return ParseError{line, Tr::tr("“{{%1}}” is not a variable, #if, else, /if, #each or /each").arg(inside)};
        else
            tag.argument = inside;
        if ((tag.kind == Tag::If || tag.kind == Tag::Each) && tag.argument.isEmpty())
            return ParseError{line, Tr::tr("“{{%1}}” needs a condition or a list name").arg(inside)};
        if (tag.kind == Tag::Each && !isName(tag.argument))
            return ParseError{line, Tr::tr("“{{#each}}” takes the name of a list, not “%1”").arg(tag.argument)};
        // A block tag alone on its line takes the line with it.
        if (tag.kind != Tag::Name && tag.kind != Tag::Plural) {
            qsizetype lineStart = pos;
            while (lineStart > 0 && (text[lineStart - 1] == u' ' || text[lineStart - 1] == u'\t'))
                --lineStart;
            qsizetype lineEnd = close + 2;
            while (lineEnd < text.size() && (text[lineEnd] == u' ' || text[lineEnd] == u'\t' || text[lineEnd] == u'\r'))
                ++lineEnd;
            const bool startsLine = lineStart == 0 || text[lineStart - 1] == u'\n';
            const bool endsLine = lineEnd == text.size() || text[lineEnd] == u'\n';
            if (startsLine && endsLine) {
                tag.start = lineStart;
                tag.end = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
            }
        }
        tags.push_back(std::move(tag));
        pos = close + 2;
    }

    // Then the tree.
    struct Open
    {
        BodyNode node;
        bool inElse = false;
    };
    std::vector<Open> stack;
    auto target = [&]() -> std::vector<BodyNode> & {
        if (stack.empty())
            return out.m_nodes;
        Open &o = stack.back();
        return o.inElse ? o.node.otherwise : o.node.children;
    };
    qsizetype textStart = 0;
    for (const Tag &tag : tags) {
        if (tag.start > textStart)
            target().push_back({BodyNode::Text, text.mid(textStart, tag.start - textStart), tag.line, {}, {}, {}, {}});
        textStart = tag.end;
        switch (tag.kind) {
        case Tag::Name:
            target().push_back({BodyNode::Variable, tag.argument, tag.line, {}, {}, {}, {}});
            break;
        case Tag::Plural:
            target().push_back({BodyNode::Plural, tag.argument, tag.line, {}, {}, {}, tag.forms});
            break;
        case Tag::If: {
            auto condition = Condition::parse(tag.argument);
            if (!condition)
                return ParseError{tag.line, condition.error().message};
            stack.push_back({{BodyNode::If, {}, tag.line, *condition, {}, {}, {}}});
            break;
        }
        case Tag::Each:
            stack.push_back({{BodyNode::Each, tag.argument, tag.line, {}, {}, {}, {}}});
            break;
        case Tag::Else:
            if (stack.empty() || stack.back().node.kind != BodyNode::If || stack.back().inElse)
                return ParseError{tag.line, Tr::tr("“{{else}}” outside an “{{#if}}”")};
            stack.back().inElse = true;
            break;
        case Tag::EndIf:
        case Tag::EndEach: {
            const BodyNode::Kind expected = tag.kind == Tag::EndIf ? BodyNode::If : BodyNode::Each;
            if (stack.empty() || stack.back().node.kind != expected)
                return ParseError{tag.line, tag.kind == Tag::EndIf ? Tr::tr("“{{/if}}” without its “{{#if}}”")
                                                                   : Tr::tr("“{{/each}}” without its “{{#each}}”")};
            BodyNode done = std::move(stack.back().node);
            stack.pop_back();
            target().push_back(std::move(done));
            break;
        }
        }
    }
    if (!stack.empty())
        return ParseError{stack.back().node.line, stack.back().node.kind == BodyNode::If
                                                      ? Tr::tr("“{{#if}}” is not closed by “{{/if}}”")
                                                      : Tr::tr("“{{#each}}” is not closed by “{{/each}}”")};
    if (textStart < text.size())
        out.m_nodes.push_back({BodyNode::Text, text.mid(textStart), line, {}, {}, {}, {}});
    return out;
}

QString textIn(const QJsonValue &value, const QString &language)
{
    if (value.isObject())
        return value.toObject().value(language).toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return value.toString();
}

QString plural(qint64 number, const QStringList &forms)
{
    const qint64 n = number < 0 ? -number : number;
    qsizetype form = 0;
    if (forms.size() == 2)
        form = n == 1 ? 0 : 1;
    else if (forms.size() == 3)
        form = n % 10 == 1 && n % 100 != 11 ? 0 : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? 1 : 2;
    return QString::number(number) + u' ' + forms.value(form);
}

namespace {

struct Renderer
{
    const Lookup &global;
    const QString &language;
    const Printer &printer;
    std::vector<QJsonValue> items; // the items of the enclosing {{#each}} loops, innermost last
    int *errorLine = nullptr;

    Error fail(int line, const QString &message) const
    {
        if (errorLine)
            *errorLine = line;
        return {u"answer"_s, message};
    }

    QJsonValue lookup(const QString &name) const
    {
        if (name == u"this"_s)
            return items.empty() ? QJsonValue(QJsonValue::Undefined) : items.back();
        for (auto it = items.rbegin(); it != items.rend(); ++it)
            if (it->isObject() && it->toObject().contains(name))
                return it->toObject().value(name);
        return global(name);
    }

    Result<QString> print(const QString &name, const QJsonValue &value, int line) const
    {
        auto missing = [&] {
            return fail(line, Tr::tr("no answer for “%1”").arg(name));
        };
        if (value.isUndefined() || value.isNull())
            return missing();
        if (printer)
            if (std::optional<QString> special = printer(name, value))
                return *special;
        if (value.isBool())
            return fail(line, Tr::tr("“%1” is a yes/no answer and cannot be printed; use {{#if %1}}").arg(name));
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : value.toArray()) {
                auto part = print(name, item, line);
                if (!part)
                    return part;
                parts << *part;
            }
            if (parts.isEmpty())
                return missing();
            return parts.join(u", "_s);
        }
        if (value.isObject() && !value.toObject().contains(language))
            return fail(line, Tr::tr("the answer for “%1” has no %2 text").arg(name, language));
        const QString text = textIn(value, language);
        if (text.trimmed().isEmpty())
            return missing();
        return text;
    }

    Result<QString> render(const std::vector<BodyNode> &nodes)
    {
        QString out;
        bool afterVariable = false;
        for (const BodyNode &n : nodes) {
            const bool wasAfterVariable = std::exchange(afterVariable, n.kind == BodyNode::Variable);
            switch (n.kind) {
            case BodyNode::Text:
                // "1 марта 2026 г." at the end of a sentence: one full stop, not two.
                if (wasAfterVariable && out.endsWith(u'.') && n.text.startsWith(u'.') && !n.text.startsWith(u".."))
                    out += QStringView(n.text).sliced(1);
                else
                    out += n.text;
                break;
            case BodyNode::Variable: {
                auto text = print(n.text, lookup(n.text), n.line);
                if (!text)
                    return text;
                out += *text;
                break;
            }
            case BodyNode::Plural: {
                const QJsonValue v = lookup(n.text);
                if (v.isUndefined() || v.isNull())
                    return fail(n.line, Tr::tr("no answer for “%1”").arg(n.text));
                if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
                    return fail(n.line, Tr::tr("“%1” is not a whole number").arg(n.text));
                out += plural(qint64(v.toDouble()), n.forms);
                break;
            }
            case BodyNode::If: {
                const bool holds = n.condition.evaluate([this](const QString &name) { return lookup(name); });
                auto part = render(holds ? n.children : n.otherwise);
                if (!part)
                    return part;
                out += *part;
                break;
            }
            case BodyNode::Each: {
                const QJsonValue list = lookup(n.text);
                if (!list.isArray() && !list.isUndefined() && !list.isNull())
                    return fail(n.line, Tr::tr("“%1” is not a list").arg(n.text));
                for (const QJsonValue &item : list.toArray()) {
                    items.push_back(item);
                    auto part = render(n.children);
                    items.pop_back();
                    if (!part)
                        return part;
                    out += *part;
                }
                break;
            }
            }
        }
        return out;
    }
};

} // namespace

Result<QString> BodyTemplate::render(const Lookup &lookup, const QString &language, const Printer &printer, int *errorLine) const
{
    Renderer r{lookup, language, printer, {}, errorLine};
    return r.render(m_nodes);
}

} // namespace cw::library
