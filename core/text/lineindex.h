#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace cw::text {

// Line and column numbers for UTF-16 offsets of one text ("line 12" next to a finding).
// Built once per document so that a model can answer for every row in O(log n).
class LineIndex
{
public:
    LineIndex() = default;
    explicit LineIndex(const QString &text)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    // 1-based line of the offset; 0 for an empty index.
    [[nodiscard]] int lineAt(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        return int(it - m_lineStarts.begin());
    }

    // 1-based column (in UTF-16 code units) of the offset; 0 for an empty index.
    [[nodiscard]] int columnAt(qsizetype offset) const
    {
        const int line = lineAt(offset);
        return line == 0 ? 0 : int(offset - m_lineStarts[size_t(line - 1)]) + 1;
    }

private:
    std::vector<qsizetype> m_lineStarts;
};

} // namespace cw::text
