#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace cl {

// What a store holds, for `creditloop-cli summary`, the headless run and the workbench page.
struct RegisterSummary
{
    int schemaVersion = 0;
    qint64 entities = 0;
    QList<QPair<QString, qint64>> byKind;   // kind code → count, largest first
    QList<QPair<QString, qint64>> byTown;   // town name → count, largest first
    QList<QPair<QString, qint64>> usersByRole;
    qint64 demoUsers = 0;
    qint64 auditEntries = 0;
    qint64 pendingOutbox = 0;

    static RegisterSummary read(const QSqlDatabase &db);
};

} // namespace cl
