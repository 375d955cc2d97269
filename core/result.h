#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace convstep {

// What a function made, or the error that stopped it: std::expected in miniature (GCC 12's
// C++20 has none). The one convention for failures across the code base:
//   - a function that makes something returns Result<T, E>;
//   - a function that only acts returns std::optional<E>, where nullopt is success;
// and E names what went wrong (ProblemError, Error, cli::LoadFailure), never a bare string.
template<class T, class E> class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, E>, "a Result needs distinct value and error types");

public:
    // Implicit, so that `return value;` and `return Error{…};` both read as what they are.
    Result(T value)
        : m_held(std::in_place_index<0>, std::move(value))
    { }
    Result(E error)
        : m_held(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_held.index() == 0; }

    // value() only when ok(), error() only when not (std::bad_variant_access otherwise).
    const T &value() const & { return std::get<0>(m_held); }
    T &value() & { return std::get<0>(m_held); }
    T &&value() && { return std::get<0>(std::move(m_held)); }
    const E &error() const & { return std::get<1>(m_held); }
    E &&error() && { return std::get<1>(std::move(m_held)); }

private:
    std::variant<T, E> m_held;
};

} // namespace convstep
