#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cw {

// What went wrong, in words a person can act on. `message` is translated and names the
// file (when there is one) and the reason; `code` is a stable identifier for tests and
// scripts ("empty", "binary", "too-large", "unreadable", "encoding", "parse").
struct Error
{
    QString code;
    QString message;

    bool operator==(const Error &) const = default;
};

// A value or an Error: the project's stand-in for C++23 std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace cw
