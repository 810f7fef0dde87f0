#pragma once

#include "registry/EntityRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThread>
#include <atomic>
#include <optional>

namespace cl {

class Database;
class EntityPageLoader;

// The market-entity register as a lazy table, built for a million rows: filter and sort go into
// SQL, the row count and the rows come from a worker thread with its own connection, rows are
// fetched in pages when a view asks for them, and only a bounded number of pages is kept (least
// recently used go first) so memory stays flat however far the user scrolls. Every reset starts
// a new generation; results of older generations are discarded.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, LightColumn, NameColumn, KindColumn, IndustryColumn, TownColumn, RegisteredColumn, StatusColumn, ColumnCount };
    enum Role { EntityIdRole = Qt::UserRole + 1, EntityCodeRole, LoadedRole, LightRole };

    static constexpr int PageSize = 256;
    static constexpr int DefaultCachedPages = 64;  // 16k rows, a few MB
    // Pages asked for but not yet loaded; older wishes are dropped when the user scrolls on.
    static constexpr int MaxWantedPages = 8;

    explicit EntityListModel(const Database &db, QObject *parent = nullptr);
    ~EntityListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Code, name and registration date sort in SQL; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    // Replaces text, town, industry, kind and light; the current sort is kept. No-op when unchanged.
    void setFilter(const EntityQuery &filter);
    const EntityQuery &query() const { return m_query; }
    // Counts and loads again (after a registration, for instance).
    void refresh();

    bool isCounting() const { return m_count < 0 && !m_failed; }
    qint64 totalCount() const { return m_count; }  // -1 while counting
    // The entity in a row, or nullopt while its page is not loaded.
    std::optional<Entity> entityAt(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    bool isPageCached(int page) const { return m_pages.contains(page); }
    // Upper bound of pages kept in memory (at least 2: the rows on screen can straddle two).
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }

signals:
    void countingStarted();
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void loadFailed(const QString &message);

private:
    struct CachedPage
    {
        QList<Entity> rows;
        quint64 lastUse = 0;
    };

    void restart();
    void requestPage(qint64 page);
    void dispatch();
    void postCount();
    void postPage(qint64 page);
    void onCount(quint64 generation, qint64 count);
    void onPage(quint64 generation, qint64 page, const QList<Entity> &rows);
    void onStale();
    void onFailed(quint64 generation, const QString &message);
    const Entity *cachedEntity(int row) const;

    QThread m_thread;
    EntityPageLoader *m_loader;
    std::atomic<quint64> m_liveGeneration{0};  // read by the loader to skip stale requests
    quint64 m_generation = 0;
    EntityQuery m_query;
    qint64 m_count = -1;
    bool m_failed = false;
    int m_maxPages = DefaultCachedPages;
    int m_jobsInFlight = 0;      // posted to the loader and not yet answered (any generation)
    qint64 m_pendingPage = -1;   // the page of this generation being loaded
    QList<qint64> m_wanted;      // most recent wish last
    // Mutable because data() stamps the pages it reads, for least-recently-used eviction.
    mutable QHash<qint64, CachedPage> m_pages;
    mutable quint64 m_useClock = 0;
};

} // namespace cl
