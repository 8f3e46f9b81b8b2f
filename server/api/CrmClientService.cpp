#include "api/CrmClientService.h"

#include "ClientRecord.h"
#include "api/IntegrationWire.h"
#include "storage/CrmClientRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString ClientEntity = u"crm_client"_s;

Error versionConflict()
{
    return Error {u"version_conflict"_s,
                  u"Someone else changed this client meanwhile (or a sync brought a change from "
                  "the CRM); reload it and apply your change again."_s,
                  {}};
}

} // namespace

CrmClientService::CrmClientService(Database &db, const Clock &clock, const ChangeNotifier &notifier)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
{ }

Result<std::optional<CrmClientRow>> CrmClientService::find(const QString &organizationId,
                                                           const QString &id)
{
    return CrmClientRepository(m_db).find(organizationId, id);
}

Result<CrmClientRow> CrmClientService::update(const MutationActor &actor,
                                              const QString &organizationId, const QString &id,
                                              const IfMatch &ifMatch, const QJsonObject &changes)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    CrmClientRepository repository(m_db);
    auto found = repository.find(organizationId, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {u"not_found"_s, u"The client was not found."_s, {}};
    const CrmClientRow before = found->value();
    if (!ifMatch.matches(before.version))
        return versionConflict();

    QJsonObject fields = before.fields;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString value = it.value().toString().trimmed();
        if (value.isEmpty())
            fields.remove(it.key());
        else
            fields.insert(it.key(), value);
    }
    auto record = ClientRecord::fromJson(fields);
    QList<FieldError> errors;
    if (!record)
        errors = record.error().fields;
    else
        errors = record->validate();
    if (!errors.isEmpty()) {
        for (FieldError &error : errors)
            error.field = error.field.isEmpty() ? u"fields"_s : u"fields."_s + error.field;
        return Error {u"validation_failed"_s, u"Some of the client's fields are not valid."_s,
                      errors};
    }

    CrmClientRow row = before;
    row.fields = record->toJson();
    row.emailKey = record->emailKey();
    row.wedsyncChangedBy = actor.userId;
    const QDateTime now = m_clock.now();
    auto written = repository.updateFromWedsync(row, before.version, now);
    if (!written)
        return written.error();
    if (!written.value())
        return versionConflict();
    auto after = repository.find(organizationId, id);
    if (!after)
        return after.error();
    if (!after->has_value())
        return Error {u"not_found"_s, u"The client was not found."_s, {}};
    const QJsonObject json = integrationjson::client(after->value());
    if (auto audited = tx.audit(organizationId, ClientEntity, id, u"update"_s,
                                integrationjson::client(before), json);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    broadcastCrm(m_notifier, organizationId, u"crm_client"_s, json);
    return after->value();
}

} // namespace wedsync::server
