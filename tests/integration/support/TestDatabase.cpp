#include "TestDatabase.h"

#include "storage/DatabaseUrl.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync::test {

namespace {

const char *const UrlVariable = "WEDSYNC_TEST_DATABASE_URL";

// Runs `sql` on the maintenance database the environment names; empty string on success.
QString runOnMaintenance(const QString &sql)
{
    const auto url = server::DatabaseUrl::parse(qEnvironmentVariable(UrlVariable));
    if (!url || url->backend != server::DatabaseUrl::Backend::Postgresql)
        return u"%1 is not a postgresql:// URL."_s.arg(QString::fromLatin1(UrlVariable));
    const QString name = u"maintenance-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setPassword(url->password);
        db.setDatabaseName(url->databaseName);
        db.setConnectOptions(url->connectOptions);
        if (!db.open()) {
            error = u"Cannot reach the test cluster: "_s + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

TestDatabase::TestDatabase(const QString &backend)
    : m_backend(backend)
{
    if (!m_dataDir.isValid()) {
        m_error = u"Cannot create a temporary folder."_s;
        return;
    }
    if (backend == u"sqlite"_s) {
        m_url = u"sqlite:"_s + m_dataDir.filePath(u"wedsync.db"_s);
        return;
    }
    if (backend != u"postgresql"_s) {
        m_error = u"Unknown backend "_s + backend;
        return;
    }
    const QString base = qEnvironmentVariable(UrlVariable);
    if (base.isEmpty()) {
        m_error
            = u"WEDSYNC_TEST_DATABASE_URL is not set: PostgreSQL tests need the throwaway cluster "
              "that ./scripts/test starts. Run ./scripts/test (or set the variable to "
              "the URL scripts/pg-cluster prints)."_s;
        return;
    }
    const QString name
        = u"wedsync_t_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    if (const QString error = runOnMaintenance(u"CREATE DATABASE "_s + name); !error.isEmpty()) {
        m_error = u"Cannot create test database %1: %2"_s.arg(name, error);
        return;
    }
    m_pgDatabase = name;
    QUrl url(base, QUrl::StrictMode);
    url.setPath(u'/' + name);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    // FORCE ends connections a crashed server may have left behind.
    if (const QString error
        = runOnMaintenance(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase));
        !error.isEmpty())
        qWarning("Cannot drop test database %s: %s", qPrintable(m_pgDatabase), qPrintable(error));
}

QStringList TestDatabase::serverArguments() const
{
    return {u"--data-dir"_s, m_dataDir.path(), u"--database"_s, m_url};
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    const QString only = qEnvironmentVariable("WEDSYNC_TEST_BACKEND");
    if (only.isEmpty() || only == u"sqlite")
        QTest::newRow("sqlite") << u"sqlite"_s;
    if (only.isEmpty() || only == u"postgresql")
        QTest::newRow("postgresql") << u"postgresql"_s;
}

QString TestDatabase::firstBackend()
{
    const QString only = qEnvironmentVariable("WEDSYNC_TEST_BACKEND");
    return only == u"postgresql" ? only : u"sqlite"_s;
}

} // namespace wedsync::test
