#include "EntityPageLoader.h"

#include "db/Database.h"

namespace cl {

EntityPageLoader::EntityPageLoader(const Database &source, const std::atomic<quint64> *liveGeneration)
    : m_source(source), m_liveGeneration(liveGeneration)
{}

// Runs on the worker thread (deleted from QThread::finished), so the connection closes there.
EntityPageLoader::~EntityPageLoader() = default;

bool EntityPageLoader::isStale(quint64 generation) const
{
    return m_liveGeneration->load(std::memory_order_acquire) != generation;
}

Database &EntityPageLoader::connection()
{
    if (!m_db)
        m_db = m_source.openSibling();
    return *m_db;
}

std::optional<qint64> EntityPageLoader::count(quint64 generation, const EntityQuery &query)
{
    if (isStale(generation))
        return std::nullopt;
    return EntityRepository(connection()).count(query);
}

std::optional<QList<Entity>> EntityPageLoader::page(quint64 generation, const EntityQuery &query, qint64 offset, int limit)
{
    if (isStale(generation))
        return std::nullopt;
    return EntityRepository(connection()).page(query, offset, limit);
}

} // namespace cl
