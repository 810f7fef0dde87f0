#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace cl {

// Counts of the current lights: overall, per industry field and per town/street.
struct LightStats
{
    struct Row
    {
        QString group;     // industry or town name; empty for "none"
        qint64 red = 0, yellow = 0, green = 0, grey = 0;
        qint64 total() const { return red + yellow + green + grey; }
    };
    Row overall;
    QList<Row> byIndustry;
    QList<Row> byTown;
    qint64 notComputed = 0;  // entities without a computed light yet
    QString fullAsOf;    // date of the last full recompute (every entity); empty if none
    QString latestAsOf;  // latest date any light was computed for (imports recompute their entities)

    static LightStats read(const QSqlDatabase &db);
};

} // namespace cl
