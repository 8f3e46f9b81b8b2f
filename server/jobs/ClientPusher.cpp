#include "jobs/ClientPusher.h"

#include "common/Ids.h"
#include "jobs/ClientReconciler.h"
#include "jobs/JobLogText.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ClientPusher::ClientPusher(Database &db, const JobIntegration &integration, CrmAdapter &adapter,
                           const ClientMapper &mapper)
    : m_db(db)
    , m_integration(integration)
    , m_adapter(adapter)
    , m_mapper(mapper)
{ }

Result<QList<PushedClient>> ClientPusher::nextPage(const QString &afterId)
{
    SqlQuery page(m_db,
                  m_adapter.sendsNewClientsOnly()
                      ? u"SELECT c.id, c.version, '', c.fields FROM crm_clients c"
                        " WHERE c.organization_id = :org AND c.id > :after"
                        " AND NOT EXISTS (SELECT 1 FROM crm_client_pushes p"
                        "  WHERE p.integration_id = :integration AND p.client_id = c.id)"
                        " ORDER BY c.id LIMIT :limit"_s
                      : u"SELECT c.id, c.version, c.external_id, c.fields FROM crm_clients c"
                        " WHERE c.integration_id = :integration AND c.organization_id = :org"
                        " AND c.changed_by_wedsync_at IS NOT NULL"
                        " AND (c.pushed_at IS NULL OR c.changed_by_wedsync_at > c.pushed_at)"
                        " AND c.id > :after AND NOT EXISTS (SELECT 1 FROM sync_conflicts s"
                        "  WHERE s.entity_type = 'crm_client' AND s.status = 'open'"
                        "  AND s.entity_id = CAST(c.id AS TEXT))"
                        " ORDER BY c.id LIMIT :limit"_s);
    page.bind(u":integration"_s, m_integration.id)
        .bind(u":org"_s, m_integration.organizationId)
        .bind(u":after"_s, afterId.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s : afterId)
        .bind(u":limit"_s, PageSize);
    if (auto read = page.exec(u"choosing the clients to send"_s); !read)
        return read.error();
    QList<PushedClient> out;
    while (page.next()) {
        PushedClient item;
        item.clientId = ids::normalized(page.text(0));
        item.version = page.value(1).toLongLong();
        item.externalId = page.text(2);
        item.fields = sql::toJsonObject(page.value(3));
        out.append(item);
    }
    return out;
}

qsizetype ClientPusher::send(QList<PushedClient> *page)
{
    for (qsizetype i = 0; i < page->size(); ++i) {
        PushedClient &item = (*page)[i];
        item.write = m_adapter.writeClient(item.externalId, item.clientId, item.fields);
        const bool sent
            = item.write.outcome == FetchResult::Outcome::Ok && !item.write.record.isEmpty();
        if (!sent && !item.write.skip)
            return i;
    }
    return page->size();
}

Result<PushSummary> ClientPusher::record(const QList<PushedClient> &sent, const QString &now)
{
    PushSummary out;
    qint64 already = 0;
    QJsonArray names;
    QJsonArray problems;
    const bool newOnly = m_adapter.sendsNewClientsOnly();
    for (const PushedClient &item : sent) {
        const QString name = ClientReconciler::nameOf(item.fields, item.clientId);
        if (item.write.skip) {
            ++out.skipped;
            if (problems.size() < 5)
                problems.append(
                    joblog::note(crm::joblog::ClientNotSent,
                                 {{u"client"_s, name}, {u"error"_s, item.write.message}}));
            continue;
        }
        if (newOnly) {
            SqlQuery q(m_db,
                       u"INSERT INTO crm_client_pushes (integration_id, client_id, pushed_at,"
                       " result) VALUES (:integration, :id, :now, :result)"_s);
            q.bind(u":integration"_s, m_integration.id)
                .bind(u":id"_s, item.clientId)
                .bind(u":now"_s, now)
                .bind(u":result"_s, item.write.note.isEmpty() ? u"sent"_s : u"duplicate"_s);
            if (auto run = q.exec(u"recording a client sent to the CRM"_s); !run)
                return run.error();
        } else {
            // What the CRM holds now, as the next pull will read it: unchanged then. A client
            // changed again in WedSync meanwhile (another version) stays to be sent.
            const MappedClient theirs = m_mapper.map(item.write.record);
            SqlQuery q(m_db,
                       u"UPDATE crm_clients SET pushed_at = :now, pushed_hash = :pushed,"
                       " synced_fields = :fields, content_hash = :hash,"
                       " external_id = :external WHERE id = :id AND version = :version"_s);
            q.bind(u":now"_s, now)
                .bind(u":pushed"_s, ClientReconciler::hashOf(item.fields))
                .bind(u":fields"_s, sql::jsonText(item.fields))
                .bind(u":hash"_s, theirs.contentHash)
                .bind(u":external"_s, m_adapter.externalId(item.write.record))
                .bind(u":id"_s, item.clientId)
                .bind(u":version"_s, item.version);
            if (auto run = q.exec(u"recording a client sent to the CRM"_s); !run)
                return run.error();
        }
        if (!item.write.note.isEmpty())
            ++already;
        else
            (item.write.created ? out.created : out.replaced) += 1;
        if (names.size() < 10) {
            // What went out, for a provider that cannot be read back.
            const QJsonObject what = item.write.record.value(u"sent"_s).toObject();
            QJsonObject client {{u"name"_s, name},
                                {u"fields"_s, QJsonArray::fromStringList(what.keys())},
                                {u"already"_s, !item.write.note.isEmpty()}};
            if (!item.write.note.isEmpty())
                client.insert(u"note"_s, item.write.note);
            names.append(client);
        }
    }
    const qint64 sentCount = qint64(sent.size()) - out.skipped;
    out.args = QJsonObject {{u"provider"_s, m_adapter.providerName()},
                            {u"sent"_s, sentCount},
                            {u"created"_s, out.created},
                            {u"replaced"_s, out.replaced},
                            {u"already"_s, already},
                            {u"notTaken"_s, out.skipped},
                            {u"clients"_s, names},
                            {u"more"_s, std::max<qint64>(0, sentCount - names.size())},
                            {u"notes"_s, problems}};
    return out;
}

} // namespace wedsync::server
