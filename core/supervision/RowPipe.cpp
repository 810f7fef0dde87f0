#include "RowPipe.h"

#include "ImportJob.h"
#include "TableReader.h"

namespace cl {

RowPipe::RowPipe(std::unique_ptr<TableReader> reader, ImportJob *job)
    : m_reader(std::move(reader)), m_job(job), m_thread([this] { produce(); })
{}

RowPipe::~RowPipe()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipe::produce()
{
    try {
        for (;;) {
            RowBatch batch;
            batch.rows.reserve(BatchRows);
            QStringList cells;
            while (batch.rows.size() < BatchRows && m_reader->readRow(cells)) {
                batch.rows.append(cells);
                batch.rowNumbers.append(m_reader->rowNumber());
                batch.problems.append(m_reader->rowProblem());
            }
            batch.bytesRead = m_reader->bytesRead();
            batch.totalBytes = m_reader->totalBytes();
            const bool last = batch.rows.size() < BatchRows;
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < MaxQueued; });
            if (m_stop || (m_job && m_job->cancelled()))
                break;
            if (!batch.rows.isEmpty())
                m_queue.push_back(std::move(batch));
            if (last)
                break;
            lock.unlock();
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

bool RowPipe::take(RowBatch &batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RowPipe::rethrow()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_error)
        std::rethrow_exception(m_error);
}

} // namespace cl
