#pragma once
// One contact read from a CRM meets the client WedSync keeps for it, inside the page's
// transaction. The client's `synced_fields` is the version both sides last agreed on; the
// content hash is the CRM's version last seen. Only the fields the integration's mapping fills
// (`crmFields`) belong to the CRM: a field WedSync alone holds (notes kept only here) is never
// taken away by a pull, and only the CRM's fields decide whether a side changed.
// Changed only at the CRM: WedSync takes the CRM's fields.
// Changed on both sides: the integration's conflict strategy decides —
//   wedsync_wins   keeps WedSync's (a two-way integration then pushes it),
//   crm_wins       takes the CRM's,
//   newest_wins    the later of the CRM's `modified` and WedSync's change,
//   manual_review  files a conflict in the conflict center (source crm_sync, entity
//                  crm_client, base / mine / theirs) and leaves the client as it is.
// Each decision on both sides becomes a note (both_changed) naming the client and the strategy.

#include "jobs/ClientMapper.h"
#include "jobs/JobStore.h"

#include <QDateTime>
#include <QSet>

namespace wedsync::server {

class Database;

struct Reconciled
{
    enum class Kind { Created, Updated, Unchanged, Kept, Review, Skipped } kind;
    // For the page's log line, a note {"code", "args"} (core/CrmJobLog): a decision on both
    // sides, or why a contact was skipped; empty when there is nothing to say.
    QJsonObject note = {};
    QJsonObject filedConflict = {}; // Review: the sync_conflicts row filed, if one was
};

class ClientReconciler
{
public:
    ClientReconciler(Database &db, const JobIntegration &integration, QString providerName,
                     QSet<QString> crmFields);

    Result<Reconciled> reconcile(const QString &externalId, const MappedClient &theirs,
                                 const QDateTime &crmModifiedAt, const QString &now);

    // The content hash of client fields (ClientRecord's), as the mapper computes it.
    static QString hashOf(const QJsonObject &fields);
    // "Ana García", else the e-mail address, else the id.
    static QString nameOf(const QJsonObject &fields, const QString &fallback);

private:
    // The client's fields with the CRM's fields replaced by `theirs`.
    QJsonObject withTheirs(const QJsonObject &mine, const MappedClient &theirs) const;
    // Only the CRM's fields of `fields`.
    QJsonObject crmPart(const QJsonObject &fields, const MappedClient &theirs) const;
    Status takeTheirs(const QString &clientId, const QJsonObject &fields,
                      const MappedClient &theirs, const QString &now);
    // The CRM's version was seen (its hash), the client itself stays.
    Status acknowledge(const QString &clientId, const QString &hash);
    // The row of the conflict filed; empty when one was already waiting for the client.
    Result<QJsonObject> fileConflict(const CrmClientRow &client, const QJsonObject &theirs,
                                     const QDateTime &crmModifiedAt);

    Database &m_db;
    const JobIntegration &m_integration;
    QString m_provider;
    QSet<QString> m_crmFields;
};

} // namespace wedsync::server
