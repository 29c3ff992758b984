#include "library/condition.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw::library {

struct Condition::Node
{
    enum Kind { Name, Literal, Not, And, Or, Equal, NotEqual, In } kind;
    QString text;        // Name: the name; Literal: the value
    std::shared_ptr<const Node> left, right;
};

namespace {

using NodePtr = std::shared_ptr<const Condition::Node>;

class Parser
{
public:
    Parser(const QString &s, QStringList &names) : m_s(s), m_names(names) {}

    Result<NodePtr> parseAll()
    {
        auto n = parseOr();
        if (!n)
            return n;
        skipSpace();
        if (m_pos < m_s.size())
            return error(Tr::tr("unexpected “%1”").arg(m_s.mid(m_pos, 12)));
        return n;
    }

private:
    Error error(const QString &what) const
    {
        return {u"condition"_s, Tr::tr("condition “%1”: %2 at character %3").arg(m_s, what).arg(m_pos + 1)};
    }
    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s[m_pos].isSpace())
            ++m_pos;
    }
    bool take(QStringView token)
    {
        skipSpace();
        if (QStringView(m_s).sliced(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    static NodePtr make(Condition::Node::Kind k, NodePtr l, NodePtr r = {}, QString text = {})
    {
        return std::make_shared<const Condition::Node>(Condition::Node{k, std::move(text), std::move(l), std::move(r)});
    }
    Result<NodePtr> parseOr()
    {
        auto l = parseAnd();
        while (l && take(u"||"))
            if (auto r = parseAnd())
                l = make(Condition::Node::Or, *l, *r);
            else
                return r;
        return l;
    }
    Result<NodePtr> parseAnd()
    {
        auto l = parseUnary();
        while (l && take(u"&&"))
            if (auto r = parseUnary())
                l = make(Condition::Node::And, *l, *r);
            else
                return r;
        return l;
    }
    Result<NodePtr> parseUnary()
    {
        skipSpace();
        if (m_pos < m_s.size() && m_s[m_pos] == u'!' && !QStringView(m_s).sliced(m_pos).startsWith(u"!=")) {
            ++m_pos;
            auto operand = parseUnary();
            if (!operand)
                return operand;
            return make(Condition::Node::Not, *operand);
        }
        auto l = parsePrimary();
        if (!l)
            return l;
        Condition::Node::Kind op;
        if (take(u"=="))
            op = Condition::Node::Equal;
        else if (take(u"!="))
            op = Condition::Node::NotEqual;
        else if (takeWord(u"in"))
            op = Condition::Node::In;
        else
            return l;
        auto r = parsePrimary();
        if (!r)
            return r;
        if (op == Condition::Node::In && (*r)->kind != Condition::Node::Name)
            return error(Tr::tr("“in” needs the name of a list after it"));
        return make(op, *l, *r);
    }
    bool takeWord(QStringView word)
    {
        skipSpace();
        const qsizetype end = m_pos + word.size();
        if (QStringView(m_s).sliced(m_pos).startsWith(word) && (end >= m_s.size() || !isNameChar(m_s[end]))) {
            m_pos = end;
            return true;
        }
        return false;
    }
    static bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; }
    Result<NodePtr> parsePrimary()
    {
        skipSpace();
        if (m_pos >= m_s.size())
            return error(Tr::tr("the condition ends too early"));
        const QChar c = m_s[m_pos];
        if (c == u'(') {
            ++m_pos;
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (!take(u")"))
                return error(Tr::tr("“)” expected"));
            return inner;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype close = m_s.indexOf(c, m_pos + 1);
            if (close < 0)
                return error(Tr::tr("a quoted value is not closed"));
            QString value = m_s.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            return make(Condition::Node::Literal, {}, {}, std::move(value));
        }
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && isNameChar(m_s[m_pos]))
            ++m_pos;
        if (m_pos == start)
            return error(Tr::tr("unexpected “%1”").arg(c));
        QString word = m_s.mid(start, m_pos - start);
        if (word == u"true"_s || word == u"false"_s || word.front().isDigit() || word.front() == u'-')
            return make(Condition::Node::Literal, {}, {}, std::move(word));
        if (!m_names.contains(word))
            m_names << word;
        return make(Condition::Node::Name, {}, {}, std::move(word));
    }

    const QString &m_s;
    QStringList &m_names;
    qsizetype m_pos = 0;
};

// The comparable text of a scalar answer: strings as they are, numbers without a
// fraction when whole, bools as true/false.
QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    default: return {};
    }
}

QJsonValue valueOf(const Condition::Node &n, const Lookup &lookup)
{
    if (n.kind == Condition::Node::Name)
        return lookup(n.text);
    return n.text;
}

bool eval(const Condition::Node &n, const Lookup &lookup)
{
    switch (n.kind) {
    case Condition::Node::Name: return truthy(lookup(n.text));
    case Condition::Node::Literal: return n.text == u"true"_s || (n.text != u"false"_s && !n.text.isEmpty());
    case Condition::Node::Not: return !eval(*n.left, lookup);
    case Condition::Node::And: return eval(*n.left, lookup) && eval(*n.right, lookup);
    case Condition::Node::Or: return eval(*n.left, lookup) || eval(*n.right, lookup);
    case Condition::Node::Equal:
    case Condition::Node::NotEqual: {
        const QJsonValue l = valueOf(*n.left, lookup), r = valueOf(*n.right, lookup);
        const bool same = !l.isUndefined() && !r.isUndefined() && scalarText(l) == scalarText(r);
        return (n.kind == Condition::Node::Equal) == same;
    }
    case Condition::Node::In: {
        const QString item = scalarText(valueOf(*n.left, lookup));
        const QJsonArray list = lookup(n.right->text).toArray();
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) { return scalarText(v) == item; });
    }
    }
    return false;
}

} // namespace

bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: return value.toDouble() != 0;
    case QJsonValue::String: return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array: return !value.toArray().isEmpty();
    case QJsonValue::Object: {
        // A translatable answer {"en": …, "ru": …}: true when any language has text.
        const QJsonObject o = value.toObject();
        return std::any_of(o.begin(), o.end(), [](const QJsonValue &v) { return truthy(v); });
    }
    default: return false;
    }
}

Result<Condition> Condition::parse(const QString &source)
{
    Condition c;
    c.m_source = source.trimmed();
    if (c.m_source.isEmpty())
        return c;
    Parser parser(c.m_source, c.m_names);
    auto root = parser.parseAll();
    if (!root)
        return root.error();
    c.m_root = *root;
    return c;
}

bool Condition::evaluate(const Lookup &lookup) const
{
    return !m_root || eval(*m_root, lookup);
}

} // namespace cw::library
