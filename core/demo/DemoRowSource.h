#pragma once

#include "DemoCreditFactory.h"

#include <QByteArray>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace cl {

class DemoEntityFactory;

// One entity ready for the INSERTs: UTF-8 text and its search grams, and its credit records.
struct DemoRow
{
    QByteArray code, name, kind, legalRep, address, registeredOn, status, grams;
    qint64 industryId = 0;
    qint64 townId = 0;
    std::vector<DemoEvaluation> evaluations;
    std::vector<DemoListing> listings;
    std::vector<DemoFinding> findings;
};

// Prepares demo rows ahead on a worker thread while the caller writes the previous batch to
// SQLite: drawing names and computing grams is about a fifth of the work, and SQLite is
// single-threaded anyway. One producer in sequence, so the rows are the same as without it.
class DemoRowSource
{
public:
    // background = false: rows are made on demand in the caller's thread. credit (optional) adds
    // each entity's credit records, drawn right after the entity, in the same order.
    DemoRowSource(DemoEntityFactory &factory, qint64 total, bool background, DemoCreditFactory *credit = nullptr);
    ~DemoRowSource();
    DemoRowSource(const DemoRowSource &) = delete;
    DemoRowSource &operator=(const DemoRowSource &) = delete;

    // The next rows in order; empty once all total rows were delivered.
    std::vector<DemoRow> take();

    static constexpr int BatchSize = 1024;

private:
    std::vector<DemoRow> makeBatch(qint64 count);
    void run();

    DemoEntityFactory &m_factory;
    DemoCreditFactory *m_credit;
    const qint64 m_total;
    qint64 m_made = 0;
    qint64 m_taken = 0;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<DemoRow>> m_ready;
    std::atomic_bool m_stop{false};
    std::exception_ptr m_error;
};

} // namespace cl
