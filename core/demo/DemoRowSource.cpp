#include "DemoRowSource.h"

#include "DemoEntityFactory.h"
#include "registry/SearchText.h"

#include <algorithm>

namespace cl {

namespace {
constexpr size_t MaxQueuedBatches = 8;  // bounds memory to a few thousand rows
}

DemoRowSource::DemoRowSource(DemoEntityFactory &factory, qint64 total, bool background, DemoCreditFactory *credit)
    : m_factory(factory), m_credit(credit), m_total(total)
{
    if (background && total > BatchSize)
        m_worker = std::thread([this] { run(); });
}

DemoRowSource::~DemoRowSource()
{
    if (m_worker.joinable()) {
        {
            // Under the lock: otherwise the worker could test the flag, miss this notify and wait forever.
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
}

std::vector<DemoRow> DemoRowSource::makeBatch(qint64 count)
{
    std::vector<DemoRow> rows;
    rows.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const Entity e = m_factory.next();
        DemoRow r;
        r.code = e.code.toUtf8();
        r.name = e.name.toUtf8();
        r.kind = e.kind.toUtf8();
        r.legalRep = e.legalRep.toUtf8();
        r.address = e.address.toUtf8();
        r.registeredOn = e.registeredOn.toString(Qt::ISODate).toUtf8();
        r.status = e.status.toUtf8();
        r.grams = SearchText::grams(e.name).toUtf8();
        r.industryId = e.industryId;
        r.townId = e.townId;
        if (m_credit)
            m_credit->draw(e, r.evaluations, r.listings, r.findings);
        rows.push_back(std::move(r));
    }
    return rows;
}

void DemoRowSource::run()
{
    try {
        while (!m_stop && m_made < m_total) {
            const qint64 count = std::min<qint64>(BatchSize, m_total - m_made);
            std::vector<DemoRow> batch = makeBatch(count);
            m_made += count;
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < MaxQueuedBatches; });
            m_ready.push_back(std::move(batch));
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::current_exception();
        m_stop = true;
        m_changed.notify_all();
    }
}

std::vector<DemoRow> DemoRowSource::take()
{
    if (m_taken >= m_total)
        return {};
    if (!m_worker.joinable()) {
        const qint64 count = std::min<qint64>(BatchSize, m_total - m_taken);
        m_taken += count;
        return makeBatch(count);
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_error; });
    if (m_ready.empty())
        std::rethrow_exception(m_error);
    std::vector<DemoRow> batch = std::move(m_ready.front());
    m_ready.pop_front();
    m_taken += qint64(batch.size());
    m_changed.notify_all();
    return batch;
}

} // namespace cl
