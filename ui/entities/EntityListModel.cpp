#include "EntityListModel.h"

#include "EntityPageLoader.h"
#include "common/Error.h"
#include "common/LightIcon.h"
#include "credit/LightEngine.h"
#include "db/Database.h"

#include <QColor>
#include <climits>

namespace cl {

namespace {
bool sameFilter(const EntityQuery &a, const EntityQuery &b)
{
    return a.text == b.text && a.townId == b.townId && a.industryId == b.industryId && a.kind == b.kind
        && a.light == b.light;
}

EntityQuery::Sort sortFor(int column)
{
    switch (column) {
    case EntityListModel::NameColumn: return EntityQuery::Sort::Name;
    case EntityListModel::RegisteredColumn: return EntityQuery::Sort::RegisteredOn;
    default: return EntityQuery::Sort::Code;
    }
}
} // namespace

EntityListModel::EntityListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_loader(new EntityPageLoader(db, &m_liveGeneration))
{
    m_thread.setObjectName(QStringLiteral("EntityListLoader"));
    m_loader->moveToThread(&m_thread);
    // Deleted on its own thread after the event loop ends, so its connection closes there.
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread.start();
    restart();
}

EntityListModel::~EntityListModel()
{
    // Mark everything queued as stale so the loader drains its queue without querying.
    m_liveGeneration.store(m_generation + 1, std::memory_order_release);
    m_thread.quit();
    m_thread.wait();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_count <= 0)
        return 0;
    return int(qMin<qint64>(m_count, INT_MAX));
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Entity *EntityListModel::cachedEntity(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row % PageSize;
    if (offset >= it->rows.size())
        return nullptr;
    return &it->rows.at(offset);
}

std::optional<Entity> EntityListModel::entityAt(int row) const
{
    if (const Entity *e = cachedEntity(row))
        return *e;
    return std::nullopt;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 page = index.row() / PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Loading on demand is what data() is for here; the wish is queued, never waited for.
        const_cast<EntityListModel *>(this)->requestPage(page);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == CodeColumn)
            return tr("Loading…");
        return {};
    }
    it->lastUse = ++m_useClock;  // least recently read pages are evicted first
    const int offset = index.row() % PageSize;
    if (offset >= it->rows.size())
        return {};  // the register shrank since counting; refresh() will settle it
    const Entity &e = it->rows.at(offset);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return e.code;
        case LightColumn: return LightEngine::lightLabel(e.light);
        case NameColumn: return e.name;
        case KindColumn: return Entity::kindLabel(e.kind);
        case IndustryColumn: return e.industryName;
        case TownColumn: return e.townName;
        case RegisteredColumn: return e.registeredOn.isValid() ? e.registeredOn.toString(Qt::ISODate) : QString();
        case StatusColumn: return Entity::statusLabel(e.status);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == LightColumn)
            return LightIcon::pixmap(e.light, 14);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !e.address.isEmpty())
            return e.name + QLatin1Char('\n') + e.address;
        if (index.column() == LightColumn)
            return tr("Credit light: %1").arg(LightEngine::lightLabel(e.light));
        return {};
    case Qt::ForegroundRole:
        // Entities no longer trading are drawn muted, so active ones stand out in a long list.
        if (e.status != QLatin1String("active"))
            return QColor(Qt::gray);
        return {};
    case EntityIdRole: return e.id;
    case EntityCodeRole: return e.code;
    case LoadedRole: return true;
    case LightRole: return e.light;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Credit code");
    case LightColumn: return tr("Light");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case IndustryColumn: return tr("Industry");
    case TownColumn: return tr("Town/street");
    case RegisteredColumn: return tr("Registered on");
    case StatusColumn: return tr("Status");
    }
    return {};
}

bool EntityListModel::isSortable(int column)
{
    return column == CodeColumn || column == NameColumn || column == RegisteredColumn;
}

int EntityListModel::sortColumn() const
{
    switch (m_query.sort) {
    case EntityQuery::Sort::Name: return NameColumn;
    case EntityQuery::Sort::RegisteredOn: return RegisteredColumn;
    case EntityQuery::Sort::Code: break;
    }
    return CodeColumn;
}

Qt::SortOrder EntityListModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void EntityListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const EntityQuery::Sort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    restart();
}

void EntityListModel::setFilter(const EntityQuery &filter)
{
    if (sameFilter(filter, m_query))
        return;
    m_query.text = filter.text;
    m_query.townId = filter.townId;
    m_query.industryId = filter.industryId;
    m_query.kind = filter.kind;
    m_query.light = filter.light;
    restart();
}

void EntityListModel::refresh()
{
    restart();
}

void EntityListModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_liveGeneration.store(m_generation, std::memory_order_release);
    m_count = -1;
    m_failed = false;
    m_pendingPage = -1;
    m_wanted.clear();
    m_pages.clear();
    endResetModel();
    emit countingStarted();
    postCount();
}

void EntityListModel::postCount()
{
    ++m_jobsInFlight;
    const quint64 generation = m_generation;
    const EntityQuery query = m_query;
    EntityPageLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader,
        [this, loader, generation, query] {
            // On the loader thread: answer back with a queued call in every case, so the
            // model's count of jobs in flight stays exact.
            try {
                const std::optional<qint64> n = loader->count(generation, query);
                if (n)
                    QMetaObject::invokeMethod(this, [this, generation, n] { onCount(generation, *n); }, Qt::QueuedConnection);
                else
                    QMetaObject::invokeMethod(this, [this] { onStale(); }, Qt::QueuedConnection);
            } catch (const Error &e) {
                const QString message = e.message();
                QMetaObject::invokeMethod(this, [this, generation, message] { onFailed(generation, message); },
                                          Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

void EntityListModel::postPage(qint64 page)
{
    ++m_jobsInFlight;
    m_pendingPage = page;
    const quint64 generation = m_generation;
    const EntityQuery query = m_query;
    EntityPageLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader,
        [this, loader, generation, query, page] {
            try {
                std::optional<QList<Entity>> rows = loader->page(generation, query, page * PageSize, PageSize);
                if (rows)
                    QMetaObject::invokeMethod(
                        this, [this, generation, page, rows = std::move(*rows)] { onPage(generation, page, rows); },
                        Qt::QueuedConnection);
                else
                    QMetaObject::invokeMethod(this, [this] { onStale(); }, Qt::QueuedConnection);
            } catch (const Error &e) {
                const QString message = e.message();
                QMetaObject::invokeMethod(this, [this, generation, message] { onFailed(generation, message); },
                                          Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

void EntityListModel::requestPage(qint64 page)
{
    if (m_pages.contains(page) || page == m_pendingPage)
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWantedPages)
        m_wanted.removeFirst();
    dispatch();
}

void EntityListModel::dispatch()
{
    // One job at a time: the newest wish goes next, so after a long scroll the rows now on
    // screen load first instead of every page passed on the way.
    if (m_jobsInFlight > 0 || m_count < 0 || m_failed)
        return;
    while (!m_wanted.isEmpty()) {
        const qint64 page = m_wanted.takeLast();
        if (!m_pages.contains(page) && page * PageSize < m_count) {
            postPage(page);
            return;
        }
    }
}

void EntityListModel::onCount(quint64 generation, qint64 count)
{
    --m_jobsInFlight;
    if (generation == m_generation) {
        const int rows = int(qMin<qint64>(count, INT_MAX));
        if (rows > 0)
            beginInsertRows({}, 0, rows - 1);
        m_count = count;
        if (rows > 0)
            endInsertRows();
        emit countChanged(count);
    }
    dispatch();
}

void EntityListModel::onPage(quint64 generation, qint64 page, const QList<Entity> &rows)
{
    --m_jobsInFlight;
    if (generation != m_generation) {
        dispatch();
        return;
    }
    m_pendingPage = -1;
    while (m_pages.size() >= m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, CachedPage{rows, ++m_useClock});

    const qint64 first = page * PageSize;
    const qint64 last = qMin<qint64>(first + PageSize, rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    emit pageLoaded(int(page));
    dispatch();
}

void EntityListModel::onStale()
{
    --m_jobsInFlight;
    dispatch();
}

void EntityListModel::onFailed(quint64 generation, const QString &message)
{
    --m_jobsInFlight;
    if (generation == m_generation) {
        // Stop asking: a broken store would otherwise be queried again on every repaint.
        m_failed = true;
        m_pendingPage = -1;
        emit loadFailed(message);
    }
    dispatch();
}

} // namespace cl
