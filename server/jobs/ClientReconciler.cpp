#include "jobs/ClientReconciler.h"

#include "ClientRecord.h"
#include "common/Ids.h"
#include "jobs/JobLogText.h"
#include "storage/CrmClientRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/SyncConflictRepository.h"
#include "sync/SyncRows.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString ClientEntity = u"crm_client"_s;

QJsonObject document(const CrmClientRow &client, const QJsonObject &fields)
{
    return QJsonObject {
        {u"id"_s, client.id}, {u"version"_s, client.version}, {u"fields"_s, fields}};
}

} // namespace

ClientReconciler::ClientReconciler(Database &db, const JobIntegration &integration,
                                   QString providerName, QSet<QString> crmFields)
    : m_db(db)
    , m_integration(integration)
    , m_provider(std::move(providerName))
    , m_crmFields(std::move(crmFields))
{ }

QJsonObject ClientReconciler::crmPart(const QJsonObject &fields, const MappedClient &theirs) const
{
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (m_crmFields.contains(it.key()) || theirs.fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject ClientReconciler::withTheirs(const QJsonObject &mine, const MappedClient &theirs) const
{
    QJsonObject out;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (!m_crmFields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    for (auto it = theirs.fields.begin(); it != theirs.fields.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString ClientReconciler::hashOf(const QJsonObject &fields)
{
    auto record = ClientRecord::fromJson(fields);
    return record ? record->contentHash() : QString();
}

QString ClientReconciler::nameOf(const QJsonObject &fields, const QString &fallback)
{
    auto record = ClientRecord::fromJson(fields);
    const QString name = record ? record->displayName() : QString();
    return name.isEmpty() ? fallback : name;
}

Result<Reconciled> ClientReconciler::reconcile(const QString &externalId,
                                               const MappedClient &theirs,
                                               const QDateTime &crmModifiedAt, const QString &now)
{
    SqlQuery find(m_db,
                  u"SELECT id FROM crm_clients WHERE integration_id = :integration"
                  " AND external_id = :external"_s);
    find.bind(u":integration"_s, m_integration.id).bind(u":external"_s, externalId);
    if (auto run = find.exec(u"finding an imported client"_s); !run)
        return run.error();
    if (!find.next()) {
        SqlQuery insert(
            m_db,
            u"INSERT INTO crm_clients (id, organization_id, integration_id, external_id,"
            " fields, synced_fields, email_key, content_hash, changed_by_crm_at, created_at,"
            " updated_at) VALUES (:id, :org, :integration, :external, :fields, :fields, :email,"
            " :hash, :now, :now, :now)"_s);
        insert.bind(u":id"_s, ids::create())
            .bind(u":org"_s, m_integration.organizationId)
            .bind(u":integration"_s, m_integration.id)
            .bind(u":external"_s, externalId)
            .bind(u":fields"_s, sql::jsonText(theirs.fields))
            .bind(u":email"_s, theirs.emailKey)
            .bind(u":hash"_s, theirs.contentHash)
            .bind(u":now"_s, now);
        if (auto run = insert.exec(u"importing a client"_s); !run)
            return run.error();
        return Reconciled {Reconciled::Kind::Created, {}};
    }
    auto found = CrmClientRepository(m_db).find(m_integration.organizationId,
                                                ids::normalized(find.text(0)));
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {u"not_found"_s, u"An imported client vanished during the sync."_s, {}};
    const CrmClientRow client = found->value();
    if (client.contentHash == theirs.contentHash)
        return Reconciled {Reconciled::Kind::Unchanged, {}};

    // Changed at the CRM. Changed in WedSync too since both last agreed (on the CRM's fields)?
    const QJsonObject mine = crmPart(client.fields, theirs);
    const QJsonObject merged = withTheirs(client.fields, theirs);
    // Without the agreed version (a client stored before two-way sync kept one): changed here
    // when WedSync's last change is later than the last one taken from the CRM.
    const bool changedHere = client.syncedFields ? mine != crmPart(*client.syncedFields, theirs)
                                                 : client.changedByWedsyncAt.isValid()
            && (!client.changedByCrmAt.isValid()
                || client.changedByWedsyncAt > client.changedByCrmAt);
    if (!changedHere) {
        if (auto taken = takeTheirs(client.id, merged, theirs, now); !taken)
            return taken.error();
        return Reconciled {Reconciled::Kind::Updated, {}};
    }
    if (mine == theirs.fields) {
        // Both made the same change: they agree again.
        if (auto taken = takeTheirs(client.id, merged, theirs, now); !taken)
            return taken.error();
        return Reconciled {Reconciled::Kind::Unchanged, {}};
    }
    using namespace crm::joblog;
    const QString strategy = m_integration.conflictStrategy;
    const bool newest = strategy == u"newest_wins"_s;
    bool crmWins = strategy == u"crm_wins"_s;
    if (newest) {
        crmWins = crmModifiedAt.isValid() && client.changedByWedsyncAt.isValid()
            && crmModifiedAt.toUTC() > client.changedByWedsyncAt;
    }
    // The note of a decision on both sides (both_changed).
    const auto both = [&](QStringView outcome, const QString &applied) {
        QJsonObject args {{u"contact"_s, nameOf(client.fields, externalId)},
                          {u"provider"_s, m_provider},
                          {u"outcome"_s, outcome.toString()},
                          {u"strategy"_s, newest ? strategy : applied}};
        if (newest)
            args.insert(u"newer"_s, crmWins ? u"crm"_s : u"wedsync"_s);
        return joblog::note(BothChanged, args);
    };
    if (crmWins) {
        if (auto taken = takeTheirs(client.id, merged, theirs, now); !taken)
            return taken.error();
        return Reconciled {Reconciled::Kind::Updated, both(TookCrmVersion, u"crm_wins"_s)};
    }
    if (strategy == u"manual_review"_s) {
        auto filed = fileConflict(client, merged, crmModifiedAt);
        if (!filed)
            return filed.error();
        return Reconciled {Reconciled::Kind::Review,
                           both(!filed->isEmpty() ? FiledForReview : AlreadyInReview, strategy),
                           filed.value()};
    }
    if (auto seen = acknowledge(client.id, theirs.contentHash); !seen)
        return seen.error();
    QJsonObject kept = both(KeptWedsyncVersion, u"wedsync_wins"_s);
    QJsonObject args = kept.value(u"args"_s).toObject();
    args.insert(u"sendsBack"_s, m_integration.writesToCrm());
    kept.insert(u"args"_s, args);
    return Reconciled {Reconciled::Kind::Kept, kept};
}

Status ClientReconciler::takeTheirs(const QString &clientId, const QJsonObject &fields,
                                    const MappedClient &theirs, const QString &now)
{
    // The CRM holds what WedSync now holds: nothing to push for it.
    SqlQuery update(m_db,
                    u"UPDATE crm_clients SET fields = :fields, synced_fields = :fields,"
                    " email_key = :email, content_hash = :hash, pushed_hash = :hash,"
                    " pushed_at = :now, version = version + 1, changed_by_crm_at = :now,"
                    " updated_at = :now WHERE id = :id"_s);
    auto record = ClientRecord::fromJson(fields);
    update.bind(u":fields"_s, sql::jsonText(fields))
        .bind(u":email"_s, record ? record->emailKey() : theirs.emailKey)
        .bind(u":hash"_s, theirs.contentHash)
        .bind(u":now"_s, now)
        .bind(u":id"_s, clientId);
    return update.exec(u"updating an imported client"_s);
}

Status ClientReconciler::acknowledge(const QString &clientId, const QString &hash)
{
    SqlQuery update(m_db, u"UPDATE crm_clients SET content_hash = :hash WHERE id = :id"_s);
    update.bind(u":hash"_s, hash).bind(u":id"_s, clientId);
    return update.exec(u"noting the CRM's version of a client"_s);
}

Result<QJsonObject> ClientReconciler::fileConflict(const CrmClientRow &client,
                                                   const QJsonObject &theirs,
                                                   const QDateTime &crmModifiedAt)
{
    const SystemClock clock;
    SyncConflictRepository conflicts(m_db, clock);
    SyncConflictRepository::Filter open;
    open.organizationId = client.organizationId;
    open.status = u"open"_s;
    open.entityType = ClientEntity;
    open.entityId = client.id;
    open.limit = 1;
    auto waiting = conflicts.count(open);
    if (!waiting)
        return waiting.error();
    if (waiting.value() > 0)
        return QJsonObject();
    SyncConflict conflict;
    conflict.organizationId = client.organizationId;
    conflict.source = ConflictSource::CrmSync;
    conflict.entityType = ClientEntity;
    conflict.entityId = client.id;
    // Names only, no words: the console shows it in the operator's language beside the source.
    conflict.label = u"%1 (%2)"_s.arg(nameOf(client.fields, client.externalId), m_integration.name);
    conflict.base = document(client, client.syncedFields.value_or(QJsonObject()));
    conflict.mine = document(client, client.fields);
    conflict.mineBy = client.wedsyncChangedBy;
    conflict.mineAt = client.changedByWedsyncAt;
    conflict.theirs = document(client, theirs);
    conflict.theirsAt = crmModifiedAt.toUTC();
    auto stored = conflicts.insert(conflict);
    if (!stored)
        return stored.error();
    return syncConflictRow(stored.value());
}

} // namespace wedsync::server
