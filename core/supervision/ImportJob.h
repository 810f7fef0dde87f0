#pragma once

#include <atomic>
#include <functional>

namespace cl {

// What a long-running core operation needs from its caller: a cancel flag checked between
// chunks, and a progress callback (called on the worker's thread; a GUI forwards it with a
// queued signal). No event loop is spun.
struct ImportJob
{
    std::atomic<bool> cancelRequested{false};
    std::function<void(qint64 done, qint64 total)> progress;

    void cancel() { cancelRequested.store(true); }
    bool cancelled() const { return cancelRequested.load(); }
};

} // namespace cl
