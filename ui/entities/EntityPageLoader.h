#pragma once

#include "registry/EntityRepository.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

namespace cl {

class Database;

// The worker-thread half of EntityListModel. Lives on the model's loader thread and owns its
// own connection, opened there on first use (QSqlDatabase connections belong to one thread).
// Each call first checks the model's live generation, so a request queued before the filter
// changed is dropped without running its query.
class EntityPageLoader : public QObject
{
    Q_OBJECT

public:
    // source is only asked for openSibling(), from the worker thread; it must outlive the thread.
    EntityPageLoader(const Database &source, const std::atomic<quint64> *liveGeneration);
    ~EntityPageLoader() override;

    // nullopt: the request went stale before it ran. Throws cl::Error when the store fails.
    std::optional<qint64> count(quint64 generation, const EntityQuery &query);
    std::optional<QList<Entity>> page(quint64 generation, const EntityQuery &query, qint64 offset, int limit);

private:
    bool isStale(quint64 generation) const;
    Database &connection();

    const Database &m_source;
    const std::atomic<quint64> *m_liveGeneration;
    std::unique_ptr<Database> m_db;
};

} // namespace cl
