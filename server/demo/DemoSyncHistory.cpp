#include "demo/DemoSyncHistory.h"

#include "api/SectionWire.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SyncConflictRepository.h"
#include "storage/SyncEventRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error seedError(const Error &cause)
{
    return Error {cause.code, u"Demo sync history: "_s + cause.message, cause.fields};
}

} // namespace

DemoSyncHistory::DemoSyncHistory(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<qint64> DemoSyncHistory::propagations(const QString &organizationId, const QString &actorId,
                                             int count, int firstHoursAgo)
{
    SyncEventRepository events(m_db, m_clock);
    const QDateTime now = m_clock.now();
    const int step = std::max(1, firstHoursAgo / std::max(1, count));
    qint64 version = 0;
    for (int i = 0; i < count; ++i) {
        ++version;
        SyncEvent event;
        event.organizationId = organizationId;
        event.kind = SyncEventKind::ConfigChange.toString();
        event.status = SyncStatus::Success;
        event.configVersion = version;
        event.source = i % 4 == 3 ? u"permissions"_s : u"sections"_s;
        event.actorId = actorId;
        event.message = event.source == u"permissions"_s
            ? u"Permissions changed (configuration version %1)."_s.arg(version)
            : u"Sections changed (configuration version %1)."_s.arg(version);
        event.details = QJsonObject {
            {u"actions"_s,
             QJsonArray {event.source == u"permissions"_s ? u"permissions_update"_s : u"update"_s}},
            {u"demo"_s, true}};
        event.occurredAt = now.addSecs(-3600LL * (firstHoursAgo - i * step));
        event.durationMs = 180 + (i * 137) % 700;
        if (auto stored = events.insert(event); !stored)
            return stored.error();
    }
    return version;
}

Status DemoSyncHistory::offlineConflict(const QString &organizationId, const QString &userId,
                                        const QString &sectionType, const QString &offlineTitle,
                                        qint64 version, int hoursAgo)
{
    auto sections = SectionRepository(m_db, m_clock).list(organizationId);
    if (!sections)
        return sections.error();
    const auto found
        = std::find_if(sections->cbegin(), sections->cend(), [&](const SectionRecord &r) {
              return r.section.sectionType == sectionType && !r.section.isWeddingSpecific();
          });
    if (found == sections->cend())
        return ok();
    const QDateTime at = m_clock.now().addSecs(-3600LL * hoursAgo);
    SyncConflict conflict;
    conflict.organizationId = organizationId;
    conflict.entityType = u"section_configuration"_s;
    conflict.entityId = found->section.id;
    conflict.label = found->section.customization.title;
    conflict.baseVersion = found->section.metadata.version;
    conflict.mine = QJsonObject {{u"customization"_s,
                                  QJsonObject {{u"title"_s, offlineTitle},
                                               {u"subtitle"_s, u"Edited offline on the train"_s}}}};
    conflict.theirs = json::section(*found);
    conflict.createdBy = userId;
    conflict.createdAt = at;
    auto stored = SyncConflictRepository(m_db, m_clock).insert(conflict);
    if (!stored)
        return stored.error();
    SyncEvent event;
    event.organizationId = organizationId;
    event.kind = SyncEventKind::Conflict.toString();
    event.status = SyncStatus::Partial;
    event.configVersion = version;
    event.source = u"outbox"_s;
    event.actorId = userId;
    event.message = u"An offline change to 1 item(s) was refused because someone else changed "
                    "them first; support can compare both sides."_s;
    event.details = QJsonObject {{u"conflictIds"_s, QJsonArray {stored->id}},
                                 {u"entityIds"_s, QJsonArray {conflict.entityId}},
                                 {u"demo"_s, true}};
    event.occurredAt = at;
    if (auto inserted = SyncEventRepository(m_db, m_clock).insert(event); !inserted)
        return inserted.error();
    return ok();
}

Status DemoSyncHistory::seed(const QString &evergreenId, const QString &lakesideId,
                             const QString &harborId, const QString &plannerId,
                             const QStringList &admins)
{
    SyncEventRepository events(m_db, m_clock);
    ConfigVersionRepository versions(m_db, m_clock);
    const QDateTime now = m_clock.now();

    // Evergreen: a week of changes, one slow propagation a client took 95 s to apply, and an
    // offline edit that lost against a newer version (open conflict: partial).
    auto evergreen = propagations(evergreenId, admins.value(0), 9, 120);
    if (!evergreen)
        return seedError(evergreen.error());
    qint64 version = evergreen.value() + 1;
    SyncEvent slow;
    slow.organizationId = evergreenId;
    slow.kind = SyncEventKind::ConfigChange.toString();
    slow.status = SyncStatus::Success;
    slow.configVersion = version;
    slow.source = u"sections"_s;
    slow.actorId = plannerId;
    slow.message = u"Sections changed (configuration version %1)."_s.arg(version);
    slow.details = QJsonObject {{u"actions"_s, QJsonArray {u"reorder"_s}},
                                {u"awaitedClients"_s, true},
                                {u"staleClients"_s, 1},
                                {u"demo"_s, true}};
    slow.occurredAt = now.addSecs(-5 * 3600);
    slow.durationMs = 95'000;
    SyncEvent applied;
    applied.organizationId = evergreenId;
    applied.kind = SyncEventKind::ClientApplied.toString();
    applied.status = SyncStatus::Success;
    applied.configVersion = version;
    applied.source = u"clients"_s;
    applied.message = u"Every connected client now runs configuration version %1."_s.arg(version);
    applied.details = QJsonObject {{u"connectedClients"_s, 3}, {u"demo"_s, true}};
    applied.occurredAt = slow.occurredAt.addMSecs(slow.durationMs);
    applied.durationMs = slow.durationMs;
    for (const SyncEvent &event : {slow, applied}) {
        if (auto stored = events.insert(event); !stored)
            return seedError(stored.error());
    }
    if (auto conflict
        = offlineConflict(evergreenId, plannerId, u"budget"_s, u"Budget & payments"_s, version, 2);
        !conflict)
        return seedError(conflict.error());
    if (auto raised = versions.raiseTo(evergreenId, version); !raised)
        return seedError(raised.error());

    // Lakeside: its newest propagation could not be sent (failed).
    auto lakeside = propagations(lakesideId, admins.value(1), 6, 96);
    if (!lakeside)
        return seedError(lakeside.error());
    version = lakeside.value() + 1;
    SyncEvent failed;
    failed.organizationId = lakesideId;
    failed.kind = SyncEventKind::ConfigChange.toString();
    failed.status = SyncStatus::Failed;
    failed.configVersion = version;
    failed.source = u"permissions"_s;
    failed.actorId = admins.value(1);
    failed.message
        = u"Configuration version %1 could not be sent to the tenant's clients."_s.arg(version);
    failed.details = QJsonObject {{u"actions"_s, QJsonArray {u"permissions_update"_s}},
                                  {u"error"_s, u"publish_failed"_s},
                                  {u"demo"_s, true}};
    failed.occurredAt = now.addSecs(-40 * 60);
    // Also an offline edit that lost; the failure outranks it in the tenant's status.
    if (auto conflict = offlineConflict(lakesideId, admins.value(1), u"photos"_s, u"Photo wall"_s,
                                        version - 1, 3);
        !conflict)
        return seedError(conflict.error());
    failed.durationMs = 30'000;
    if (auto stored = events.insert(failed); !stored)
        return seedError(stored.error());
    if (auto raised = versions.raiseTo(lakesideId, version); !raised)
        return seedError(raised.error());

    // Harbor Light: everything arrived.
    auto harbor = propagations(harborId, QString(), 4, 72);
    if (!harbor)
        return seedError(harbor.error());
    if (auto raised = versions.raiseTo(harborId, harbor.value()); !raised)
        return seedError(raised.error());
    return ok();
}

} // namespace wedsync::server
