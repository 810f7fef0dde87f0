#pragma once

#include "SyncImporter.h"

#include <QCoreApplication>
#include <QDate>

namespace cl {

class Database;
struct Actor;

// `sync platform --hub DIR`: a faithful stand-in for the city platform, so the multi-office loop
// runs on one machine. Its own store holds its key (keys init) and the offices it trusts (keys
// trust). It takes the packages in HUB/to-platform/, checks them exactly as an office does
// (SyncImporter: checks, duplicates, gaps, quarantine), merges them into its store, and
// republishes each applied package's records to every other trusted office as a package of its
// own (sender = the platform, seq per receiving office) in HUB/from-platform/<office>/.
class PlatformSimulator
{
    Q_DECLARE_TR_FUNCTIONS(PlatformSimulator)

public:
    struct Published
    {
        QString receiver;
        QString fileName;
        qint64 records = 0;
        QString origin;  // the office whose package it carries
    };
    struct Report
    {
        ImportReport imported;
        QList<Published> published;
    };
    static Report run(Database &db, const Actor &actor, const QString &hub, const QDate &asOf = {});
};

} // namespace cl
