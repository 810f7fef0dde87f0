#pragma once

#include <QString>

namespace cl {

// Who is acting. Either a logged-in user, or the local bootstrap actor that exists only
// while the store has no users yet (first run, `init`, creating the first administrator).
struct Actor
{
    qint64 userId = 0;          // 0 for the bootstrap actor
    QString username;
    QString displayName;
    QString role;
    qint64 departmentId = 0;    // supervision officers belong to a department

    bool isBootstrap() const { return userId == 0; }
    // The name written on audit entries: "username" or "local:<os user>".
    QString auditName() const;

    static Actor bootstrap();
};

} // namespace cl
