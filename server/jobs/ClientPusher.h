#pragma once
// The push half of a sync job: which clients go to the CRM, writing them through the adapter,
// and recording what the CRM now holds, a page at a time. The job (JobExecution) keeps the
// loop, the checkpoint ("push:<id of the last client sent>") and the page's transaction.
//
// A CRM that can be read gets this connection's clients changed in WedSync since their last
// push, except those waiting for review in the conflict center; an inbound-only one (Light
// Blue) each of the organization's clients once (crm_client_pushes).

#include "jobs/ClientMapper.h"
#include "jobs/CrmAdapter.h"
#include "jobs/JobStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wedsync::server {

class Database;

struct PushedClient
{
    QString clientId;
    qint64 version = 0;
    QString externalId; // empty: not at the CRM yet
    QJsonObject fields;
    CrmWriteResult write;
};

// A page's results as the job counts and logs them.
struct PushSummary
{
    qint64 created = 0;
    qint64 replaced = 0;
    qint64 skipped = 0;
    QJsonObject args; // the page's log line (page_sent)
};

class ClientPusher
{
public:
    static constexpr int PageSize = 50;

    ClientPusher(Database &db, const JobIntegration &integration, CrmAdapter &adapter,
                 const ClientMapper &mapper);

    // The next clients to send, after the client `afterId` (empty: from the first).
    Result<QList<PushedClient>> nextPage(const QString &afterId);
    // Writes each client through the adapter, stopping at the first that neither went through
    // nor may be skipped (its write says why), or when the adapter was stopped. Returns how
    // many from the start were sent or skipped: those are recorded.
    qsizetype send(QList<PushedClient> *page);
    // In the caller's transaction: what the CRM now holds of each client sent (so that the
    // next pull finds it unchanged), or that an inbound-only CRM has it.
    Result<PushSummary> record(const QList<PushedClient> &sent, const QString &now);

private:
    Database &m_db;
    const JobIntegration &m_integration;
    CrmAdapter &m_adapter;
    const ClientMapper &m_mapper;
};

} // namespace wedsync::server
