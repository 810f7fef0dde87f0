#pragma once

// A fresh CreditLoop store in a temporary folder, for one test.
#include "db/Database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace cl::test {

class TestStore
{
public:
    explicit TestStore(int schemaVersion = -1)
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_db = Database::open(m_path, schemaVersion);
    }
    Database &db() { return *m_db; }
    const QString &path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen() { m_db = Database::open(m_path); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace cl::test
