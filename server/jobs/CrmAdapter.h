#pragma once
// What a job needs from a CRM: its contacts page by page from an opaque checkpoint, a
// connection test, and (for the providers that take them) writes of a client. One adapter per
// provider with an API (Táve / VSCO Workspace v2 today); it runs on a job worker and talks through
// the worker's HttpFetcher.

#include "ClientFields.h"
#include "common/Status.h"
#include "jobs/HttpFetcher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace wedsync::server {

struct CrmPage
{
    QList<QJsonObject> items; // raw records, as the provider sent them
    QString nextCheckpoint; // empty: this was the last page
    std::optional<qint64> totalEstimate; // how many records in all, when the provider says
    QString label; // "page 3 of 12"
    int number = 0; // 3, for log lines (0: unknown)
    int count = 0; // 12 (0: unknown)
};

// Where a checkpoint points, for log lines: a page's number, else its address.
struct CrmPlace
{
    int page = 0;
    QString address;
};

struct CrmPageRead
{
    FetchResult::Outcome outcome = FetchResult::Outcome::Ok;
    QString message; // when not Ok: a sentence for the job's error and log
    CrmPage page;
};

// One client written to the CRM: created (no id at the CRM yet) or replaced.
struct CrmWriteResult
{
    FetchResult::Outcome outcome = FetchResult::Outcome::Ok;
    QString message; // when not Ok: a sentence for the job's error and log
    bool created = false;
    QJsonObject record; // the record as the CRM now holds it (its id included)
    QString note; // Ok but worth a word in the log ("already in its Inbox")
    bool skip = false; // not Ok for this client only: the job goes on without it
};

struct CrmTestResult
{
    bool ok = false;
    QString status; // the integration's new status: connected | error | expired
    QString message;
    QList<QJsonObject> sample; // up to 5 raw rows, flattened "a.b" keys
    QStringList sourceFields;
};

// Up to 5 of `records` into the result's sample, flattened ("a.b" keys), and their field
// names (sorted) into its sourceFields.
void addSample(CrmTestResult *result, const QList<QJsonObject> &records);

class CrmAdapter
{
public:
    virtual ~CrmAdapter() = default;

    virtual QString providerName() const = 0;
    // Where a fresh import starts.
    virtual QString firstCheckpoint() const = 0;
    // Where a checkpoint points: page 4, or the page at an address.
    virtual CrmPlace placeOf(const QString &checkpoint) const = 0;
    virtual CrmPageRead readPage(const QString &checkpoint) = 0;
    // The record's id at the provider; empty if it has none (the record is skipped).
    virtual QString externalId(const QJsonObject &record) const = 0;
    // When the provider last changed the record (invalid if unknown).
    virtual QDateTime modifiedAt(const QJsonObject &record) const = 0;
    virtual CrmTestResult test() = 0;
    // An inbound-only provider (Light Blue) cannot be read: an export sends each of the
    // organization's clients once, instead of this connection's clients changed in WedSync.
    virtual bool sendsNewClientsOnly() const { return false; }

    // Writes a client's fields (the contract's client fields) to the CRM: replaces the record
    // `externalId`, or creates one when it is empty. A provider that cannot be written to
    // refuses with a sentence saying so.
    // `reference`: WedSync's id of the client.
    virtual CrmWriteResult writeClient(const QString &externalId, const QString &reference,
                                       const QJsonObject &fields)
    {
        Q_UNUSED(externalId)
        Q_UNUSED(reference)
        Q_UNUSED(fields)
        CrmWriteResult refused;
        refused.outcome = FetchResult::Outcome::Refused;
        refused.message
            = QStringLiteral("%1 cannot be written to from WedSync.").arg(providerName());
        return refused;
    }

    // The integration's field mapping, which a writing adapter reads backwards to know where
    // the CRM keeps each field (set before the first write; the provider's default otherwise).
    virtual void setFieldMapping(const FieldMapping &mapping) { Q_UNUSED(mapping); }

    // Where an adapter that renews its credentials (an OAuth 2.0 refresh) stores the new ones,
    // sealed, on the worker's connection. Adapters with fixed credentials ignore it.
    using SaveCredentials = std::function<Status(const QJsonObject &)>;
    virtual void setCredentialsSaver(SaveCredentials save) { Q_UNUSED(save); }
};

} // namespace wedsync::server
