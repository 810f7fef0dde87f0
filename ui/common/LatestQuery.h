#pragma once

#include <QObject>
#include <functional>

namespace cl {

class Database;
class JobRunner;

// Small store queries of a window (a search, a check, a list) off the GUI thread, through JobRunner: the
// window stays responsive while a query takes its time on a big store. Only the newest request counts: one
// asked for while another runs waits (replacing any older waiting one), and the result of a request that was
// overtaken is dropped, so a fast typist never sees an old answer arrive last.
//
//   m_query->run([code](Database &db) {
//       const Result r = Service(db).lookup(code);             // worker thread, its own connection
//       return [this, r] { show(r); };                          // then this runs on the GUI thread
//   });
class LatestQuery : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void()>;
    using Work = std::function<Apply(Database &db)>;

    // source is asked for openSibling() from the worker thread; it must outlive this object.
    explicit LatestQuery(const Database &source, QObject *parent = nullptr);
    ~LatestQuery() override;

    void run(Work work);
    bool isBusy() const;

signals:
    // The newest request failed (cl::Error message, translated).
    void failed(const QString &message);
    // Busy from the first request until the newest one has been applied (or failed).
    void busyChanged(bool busy);

private:
    void startNext();

    JobRunner *m_runner;
    Work m_waiting;     // asked for while another ran; newest only
    Apply m_apply;      // written by the worker before it ends, read after succeeded()
};

} // namespace cl
