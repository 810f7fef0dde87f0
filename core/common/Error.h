#pragma once

#include <QString>
#include <exception>

namespace cl {

// What went wrong, coarse enough for a caller to choose an exit code or a dialog.
enum class ErrorKind {
    Invalid,     // the input breaks a rule (bad code, unknown item, bad date)
    Refused,     // the request is understood but not allowed now (rule, state)
    Permission,  // the acting user lacks the permission
    NotFound,    // the object named does not exist
    Database,    // the store failed or is unusable (corrupt, newer, locked)
    Io,          // a file or folder could not be read or written
    Usage,       // the caller used the API or the command wrongly
};

// A failure carrying a message already in the user's language: what, where, what to do.
class Error : public std::exception
{
public:
    Error(ErrorKind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)),
          m_utf8(m_message.toUtf8())
    {}

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    // Technical detail (driver text, file offset) for logs; may be empty.
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorKind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_utf8;
};

} // namespace cl
