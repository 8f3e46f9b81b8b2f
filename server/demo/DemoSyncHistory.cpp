#include "demo/DemoSyncHistory.h"

#include "SectionJson.h"
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

Status DemoSyncHistory::conflict(const DemoConflict &demo)
{
    auto sections = SectionRepository(m_db, m_clock).list(demo.organizationId);
    if (!sections)
        return sections.error();
    const auto found
        = std::find_if(sections->cbegin(), sections->cend(), [&](const SectionRecord &r) {
              return r.section.sectionType == demo.sectionType && !r.section.isWeddingSpecific();
          });
    if (found == sections->cend())
        return ok();
    const QDateTime at = m_clock.now().addSecs(-60LL * demo.minutesAgo);
    // Theirs is the section as stored; the base is what it was before their change (the demo
    // has no older version of it, so the base's version is unknown); mine is the base with
    // the offline edit.
    SectionConfig base = found->section;
    demo.undoTheirs(base);
    SectionConfig mine = base;
    demo.editMine(mine);
    QJsonObject baseJson = json::section(*found);
    QJsonObject mineJson = baseJson;
    for (const QString &group :
         {u"visibility"_s, u"layout"_s, u"customization"_s, u"permissions"_s}) {
        baseJson.insert(group, sectionToJson(base).value(group));
        mineJson.insert(group, sectionToJson(mine).value(group));
    }
    SyncConflict conflict;
    conflict.organizationId = demo.organizationId;
    conflict.source = demo.source;
    conflict.entityType = u"section_configuration"_s;
    conflict.entityId = found->section.id;
    conflict.label = found->section.customization.title;
    conflict.base = baseJson;
    conflict.mine = mineJson;
    conflict.mineBy = demo.mineBy;
    conflict.mineAt = at.addSecs(-3600);
    conflict.theirs = json::section(*found);
    conflict.theirsBy = demo.theirsBy;
    conflict.theirsAt = at.addSecs(-1800);
    conflict.createdBy = demo.mineBy;
    conflict.createdAt = at;
    auto stored = SyncConflictRepository(m_db, m_clock).insert(conflict);
    if (!stored)
        return stored.error();
    SyncEvent event;
    event.organizationId = demo.organizationId;
    event.kind = SyncEventKind::Conflict.toString();
    event.status = SyncStatus::Partial;
    event.configVersion = demo.configVersion;
    event.source = u"outbox"_s;
    event.actorId = demo.mineBy;
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

Status DemoSyncHistory::conflicts(const QString &evergreenId, const QString &lakesideId,
                                  const QString &plannerId, const QStringList &admins,
                                  qint64 evergreenVersion, qint64 lakesideVersion)
{
    const QList<DemoConflict> list {
        // A true conflict on the subtitle; the title is the planner's alone, the colour theirs.
        {evergreenId, u"budget"_s, ConflictSource::OfflineEdit, plannerId, admins.value(0),
         evergreenVersion, 120,
         [](SectionConfig &s) {
             s.customization.subtitle = u"Deposits and balances"_s;
             s.customization.color = u"#3A7D5C"_s;
         },
         [](SectionConfig &s) {
             s.customization.title = u"Budget & payments"_s;
             s.customization.subtitle = u"Edited offline on the train"_s;
         }},
        // Two editors saved the guest list at once: both changed its width, differently.
        {evergreenId, u"guest_list"_s, ConflictSource::ConcurrentSave, plannerId, admins.value(0),
         evergreenVersion, 45,
         [](SectionConfig &s) {
             s.layout.columns = 4;
             s.customization.icon = u"user"_s;
         },
         [](SectionConfig &s) {
             s.layout.columns = 8;
             s.customization.subtitle = u"RSVPs, meals and table plan"_s;
         }},
        // Changes on one side each: nothing to choose, the merge takes both.
        {lakesideId, u"photos"_s, ConflictSource::OfflineEdit, admins.value(1), admins.value(1),
         lakesideVersion, 180, [](SectionConfig &s) { s.customization.color = u"#2A6F97"_s; },
         [](SectionConfig &s) {
             s.customization.title = u"Photo wall"_s;
         }},
        // Theirs opened the documents to vendors, mine retitled them and made them wider.
        {lakesideId, u"documents"_s, ConflictSource::ConcurrentSave, admins.value(1),
         admins.value(1), lakesideVersion, 20,
         [](SectionConfig &s) { s.visibility.roles.removeAll(u"vendor"_s); },
         [](SectionConfig &s) {
             s.customization.title = u"Contracts & documents"_s;
             s.layout.columns = 12;
         }},
    };
    for (const DemoConflict &demo : list) {
        if (auto made = conflict(demo); !made)
            return made;
    }
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
    const qint64 evergreenVersion = version;
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
    // Lakeside also has open conflicts; the failure outranks them in the tenant's status.
    if (auto made
        = conflicts(evergreenId, lakesideId, plannerId, admins, evergreenVersion, version - 1);
        !made)
        return seedError(made.error());
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
