#pragma once

// Grade files for the widget tests: CSV in the canonical layout (DOMAIN.md §4), and lights set
// the way the program sets them, through GradeImporter (bootstrap actor: the store must have no
// users yet).
#include "auth/Actor.h"
#include "db/Database.h"
#include "registry/Entity.h"
#include "supervision/GradeImporter.h"

#include <QFile>
#include <QString>

namespace cl::test {

struct GradeLine
{
    QString code;
    QString name;
    QString grade;
    QString department = QStringLiteral("税务局");
    QString evaluatedOn = QStringLiteral("2026-03-01");
};

inline QString writeGradeCsv(const QString &path, const QList<GradeLine> &lines)
{
    QByteArray out("统一社会信用代码,主体名称,评价部门,评价结果,评价日期\n");
    for (const GradeLine &l : lines)
        out += QStringLiteral("%1,%2,%3,%4,%5\n").arg(l.code, l.name, l.department, l.grade, l.evaluatedOn).toUtf8();
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(out);
    return path;
}

// The tax bureau's scheme: A → R0 (green), C → R2 (yellow), D → R3 (red).
inline GradeImportResult importGrades(Database &db, const QString &path, const QDate &asOf = QDate(2026, 6, 1))
{
    GradeImportOptions options;
    options.asOf = asOf;
    const Actor actor = Actor::bootstrap();
    return GradeImporter(db, actor).run(path, options);
}

} // namespace cl::test
