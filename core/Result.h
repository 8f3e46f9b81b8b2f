#pragma once
// Errors without exceptions: a value or an error a person can act on.

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wedsync {

// One problem with one field of an input, e.g. {"layout.columns", "Columns must be between 1
// and 12."}.
struct FieldError
{
    QString field; // dotted path into the JSON document, e.g. "visibility.roles[2]"
    QString message; // a sentence a planner can act on
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct Error
{
    QString code; // snake_case, stable, e.g. "validation_failed", "malformed_json"
    QString message; // human sentence
    QList<FieldError> fields;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && fields.isEmpty(); }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace wedsync
