#pragma once

#include <QList>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace cl {

class TableReader;
struct ImportJob;

struct RowBatch
{
    QList<QStringList> rows;
    QList<qint64> rowNumbers;
    QStringList problems;    // per row; empty when the row decoded cleanly
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

// Reads and decodes rows on a thread of its own while the caller validates and writes, in
// batches through a small bounded queue (memory stays flat). Errors of the reader are rethrown
// on the caller's thread by rethrow().
class RowPipe
{
public:
    RowPipe(std::unique_ptr<TableReader> reader, ImportJob *job);
    ~RowPipe();
    RowPipe(const RowPipe &) = delete;
    RowPipe &operator=(const RowPipe &) = delete;

    // Blocks until a batch is ready; false when the file is exhausted (or the reader failed).
    bool take(RowBatch &batch);
    void rethrow();

    static constexpr int BatchRows = 2048;
    static constexpr size_t MaxQueued = 8;

private:
    void produce();

    std::unique_ptr<TableReader> m_reader;
    ImportJob *m_job;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_queue;
    bool m_done = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace cl
