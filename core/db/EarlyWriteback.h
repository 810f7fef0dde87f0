#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace cl {

// While alive, asks the operating system every tenth of a second to start writing a store's
// dirty pages (its WAL, and the store file the checkpoint writes into) to disk, without waiting.
//
// A large write (an import of a million evaluations writes a 350 MB WAL, then copies it into the
// store) otherwise leaves every byte in the page cache until SQLite's fsync at the checkpoint,
// which then waits for the disk for about a second while the disk was idle all along. Started
// early, the writes overlap the import's own work. It changes nothing SQLite relies on: the fsync
// calls stay where they are. Linux only (sync_file_range); elsewhere it does nothing.
class EarlyWriteback
{
public:
    explicit EarlyWriteback(const QString &storePath);
    ~EarlyWriteback();
    EarlyWriteback(const EarlyWriteback &) = delete;
    EarlyWriteback &operator=(const EarlyWriteback &) = delete;

private:
    void run(const QByteArray &store, const QByteArray &wal);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace cl
