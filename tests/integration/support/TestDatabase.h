#pragma once
// A fresh, private database for one test case: an SQLite file in a temporary folder, or a new
// PostgreSQL database (wedsync_t_<random>) on the cluster WEDSYNC_TEST_DATABASE_URL names,
// dropped again when the object goes away.
//
// Without WEDSYNC_TEST_DATABASE_URL the PostgreSQL variant is not ready and says why: tests
// must fail (never skip) so that a missing cluster cannot pass unnoticed.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace wedsync::test {

class TestDatabase
{
public:
    // `backend`: "sqlite" or "postgresql".
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isReady() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString backend() const { return m_backend; }
    // The --database URL the server gets ("sqlite:/tmp/.../wedsync.db" or "postgresql://...").
    QString url() const { return m_url; }
    QString dataDir() const { return m_dataDir.path(); }
    // Arguments that point a server at this database: --data-dir and --database.
    QStringList serverArguments() const;

    // Rows "sqlite" and "postgresql" with a QString column "backend", for _data() functions;
    // only the one WEDSYNC_TEST_BACKEND names when it is set (CTest runs the longest walks
    // once per database, side by side: wedsync_add_test(... PER_BACKEND)).
    static void addBackendRows();
    // The first backend addBackendRows() gives.
    static QString firstBackend();

private:
    QString m_backend;
    QTemporaryDir m_dataDir;
    QString m_url;
    QString m_pgDatabase; // created database, dropped on destruction
    QString m_error;
};

} // namespace wedsync::test
