#include "EarlyWriteback.h"

#include <QFile>

#include <chrono>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cl {

EarlyWriteback::EarlyWriteback(const QString &storePath)
{
#ifdef Q_OS_LINUX
    if (storePath.isEmpty() || storePath == QLatin1String(":memory:"))
        return;
    m_thread = std::thread(&EarlyWriteback::run, this, QFile::encodeName(storePath), QFile::encodeName(storePath + QStringLiteral("-wal")));
#else
    Q_UNUSED(storePath);
#endif
}

EarlyWriteback::~EarlyWriteback()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void EarlyWriteback::run(const QByteArray &store, const QByteArray &wal)
{
#ifdef Q_OS_LINUX
    // Read-only descriptors are enough to start the writeback of a file's pages.
    int files[2] = {-1, -1};
    const QByteArray *paths[2] = {&store, &wal};
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stop; }))
                break;
        }
        for (int i = 0; i < 2; ++i) {
            if (files[i] < 0)
                files[i] = ::open(paths[i]->constData(), O_RDONLY | O_CLOEXEC);  // the WAL may not exist yet
            if (files[i] >= 0)
                ::sync_file_range(files[i], 0, 0, SYNC_FILE_RANGE_WRITE);
        }
    }
    for (int file : files)
        if (file >= 0)
            ::close(file);
#else
    Q_UNUSED(store);
    Q_UNUSED(wal);
#endif
}

} // namespace cl
