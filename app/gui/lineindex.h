#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace cw::gui {

// Line numbers for UTF-16 offsets of one text, for showing "line 12" next to a range.
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

private:
    std::vector<qsizetype> m_lineStarts;
};

} // namespace cw::gui
