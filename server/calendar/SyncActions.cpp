#include "calendar/SyncActions.h"

#include "AppointmentJson.h"
#include "calendar/SyncContent.h"
#include "common/Ids.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using calendarsync::contentHash;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::CalendarSync", text);
}

} // namespace

void SyncActions::error(const QString &sentence)
{
    c.log.errors << sentence.left(500);
}

bool SyncActions::remember(EventMapping m, const Appointment &appointment, const QString &etag,
                           const QByteArray &ics)
{
    m.accountId = c.account.id;
    m.appointmentId = appointment.id;
    m.etag = etag;
    m.syncedHash = contentHash(appointment);
    m.syncedJson = appointments::toJson(appointment);
    m.syncedIcs = ics;
    m.conflictId.clear();
    if (auto saved = c.store.saveMapping(m); !saved) {
        error(saved.error().message);
        return false;
    }
    c.byHref.insert(m.href, m);
    return true;
}

QString SyncActions::etagAfterWrite(const QString &calendarHref, const RemoteEvent &written)
{
    if (!written.etag.isEmpty())
        return written.etag;
    auto again = c.remote.fetch(calendarHref, {written.href});
    return again && !again->isEmpty() ? again->first().etag : QString();
}

std::optional<RemoteEvent> SyncActions::fetch(const QString &calendarHref, const QString &href)
{
    auto got = c.remote.fetch(calendarHref, {href});
    if (!got) {
        error(got.error().message);
        return std::nullopt;
    }
    if (got->isEmpty())
        return RemoteEvent {href, QString(), QByteArray()}; // gone
    return got->first();
}

void SyncActions::beforeWrite(const QString &href)
{
    if (c.beforeWrite)
        c.beforeWrite(href);
}

void SyncActions::importNew(const QString &calendarHref, const RemoteEvent &event,
                            const ical::CalendarObject &object)
{
    const auto own = c.local.constFind(object.wedsyncId);
    if (!object.wedsyncId.isEmpty() && own != c.local.cend() && !own->isDeleted()) {
        // Ours, written by a run that ended before it stored the mapping.
        remember(
            EventMapping {{}, calendarHref, {}, event.href, {}, object.uid, {}, {}, {}, {}, {}},
            *own, event.etag, event.data);
        return;
    }
    if (!c.pull)
        return;
    Appointment a = object.appointment;
    a.id = ids::create();
    a.organizationId = c.account.organizationId;
    a.createdBy = a.updatedBy = c.account.userId;
    if (const QList<FieldError> problems = appointments::validate(a); !problems.isEmpty()) {
        error(tr("The event \"%1\" was not imported: %2")
                  .arg(a.title.left(80), problems.first().message));
        return;
    }
    Transaction tx(c.db);
    auto created = c.appointments.create(a);
    if (!created) {
        error(created.error().message);
        return;
    }
    if (!remember(
            EventMapping {{}, calendarHref, {}, event.href, {}, object.uid, {}, {}, {}, {}, {}},
            created.value(), event.etag, event.data))
        return;
    if (auto done = tx.commit(); !done) {
        error(done.error().message);
        return;
    }
    c.local.insert(created->id, created.value());
    ++c.log.pulled;
}

void SyncActions::applyTheirs(EventMapping m, const Appointment &ours, const Appointment *theirs,
                              const RemoteEvent &event)
{
    Transaction tx(c.db);
    if (!theirs) {
        if (!ours.isDeleted()) {
            auto deleted = c.appointments.markDeleted(c.account.organizationId, ours.id,
                                                      ours.version, c.account.userId);
            if (!deleted) {
                error(deleted.error().message);
                return;
            }
            c.local.insert(ours.id, deleted.value());
        }
        if (auto removed = c.store.removeMapping(c.account.id, m.href); !removed) {
            error(removed.error().message);
            return;
        }
        c.byHref.remove(m.href);
    } else {
        Appointment merged = calendarsync::takeOver(ours, *theirs);
        merged.updatedBy = c.account.userId;
        Appointment stored = ours;
        if (!appointments::sameContent(merged, ours)) {
            if (const QList<FieldError> problems = appointments::validate(merged);
                !problems.isEmpty()) {
                error(tr("The change of \"%1\" was not taken over: %2")
                          .arg(merged.title.left(80), problems.first().message));
                return;
            }
            auto updated = c.appointments.update(merged, ours.version);
            if (!updated) {
                error(updated.error().message);
                return;
            }
            stored = updated.value();
        }
        if (!remember(m, stored, event.etag, event.data))
            return;
        c.local.insert(stored.id, stored);
    }
    if (auto done = tx.commit(); !done) {
        error(done.error().message);
        return;
    }
    ++c.log.pulled;
}

void SyncActions::pushOurs(EventMapping m, const Appointment &ours, const RemoteEvent &event,
                           int depth)
{
    beforeWrite(m.href);
    if (ours.isDeleted()) {
        auto removed = c.remote.remove(m.href, event.etag);
        if (!removed) {
            if (removed.error().code == u"precondition_failed"_s && depth == 0)
                return raced(m, ours);
            error(removed.error().message);
            return;
        }
        if (auto done = c.store.removeMapping(c.account.id, m.href); !done)
            error(done.error().message);
        c.byHref.remove(m.href);
        ++c.log.pushed;
        return;
    }
    auto written = c.remote.write(RemoteEvent {m.href, event.etag, event.data}, ours,
                                  m.uid.isEmpty() ? ours.id : m.uid, c.clock.now());
    if (!written) {
        if (written.error().code == u"precondition_failed"_s && depth == 0)
            return raced(m, ours);
        error(written.error().message);
        return;
    }
    if (written->href != m.href) {
        // The provider named the event (Graph): the mapping follows the name it gave.
        if (c.byHref.contains(m.href)) {
            if (auto forgotten = c.store.removeMapping(c.account.id, m.href); !forgotten) {
                error(forgotten.error().message);
                return;
            }
            c.byHref.remove(m.href);
        }
        m.href = written->href;
    }
    if (remember(m, ours, etagAfterWrite(m.calendarHref, written.value()), written->data))
        ++c.log.pushed;
}

void SyncActions::raced(const EventMapping &m, const Appointment &ours)
{
    const std::optional<RemoteEvent> now = fetch(m.calendarHref, m.href);
    if (!now)
        return;
    bothChanged(m, ours, *now, /*racing*/ true);
}

void SyncActions::bothChanged(EventMapping m, const Appointment &ours, const RemoteEvent &event,
                              bool racing)
{
    std::optional<ical::CalendarObject> theirs;
    if (!event.data.isEmpty()) {
        auto read = c.remote.read(event, c.account.timeZone);
        if (!read) {
            error(read.error().message);
            return;
        }
        theirs = read.value();
    }
    const QString strategy = c.account.conflictStrategy;
    if (strategy == u"wedsync_wins"_s) {
        ++c.log.conflicts;
        return pushOurs(m, ours, event, racing ? 1 : 0);
    }
    if (strategy == u"calendar_wins"_s) {
        ++c.log.conflicts;
        return applyTheirs(m, ours, theirs ? &theirs->appointment : nullptr, event);
    }
    fileConflict(m, ours, theirs ? &theirs->appointment : nullptr);
}

void SyncActions::fileConflict(EventMapping m, const Appointment &ours, const Appointment *theirs)
{
    SyncConflict conflict;
    conflict.organizationId = c.account.organizationId;
    conflict.source = QString(ConflictSource::CalendarSync);
    conflict.entityType = u"appointment"_s;
    conflict.entityId = ours.id;
    conflict.label = ours.title;
    conflict.base = m.syncedJson;
    conflict.baseVersion = m.syncedJson.value(u"version"_s).toInteger();
    conflict.mine = appointments::toJson(ours);
    conflict.mineBy = ours.updatedBy;
    conflict.mineAt = ours.isDeleted() ? ours.deletedAt : ours.updatedAt;
    conflict.theirs = theirs ? appointments::toJson(calendarsync::takeOver(ours, *theirs))
                             : QJsonObject {{u"deleted"_s, true}};
    conflict.theirsAt = c.clock.now();
    conflict.createdBy = c.account.userId;
    Transaction tx(c.db);
    auto filed = c.conflicts.insert(conflict);
    if (!filed) {
        error(filed.error().message);
        return;
    }
    m.conflictId = filed->id;
    if (auto saved = c.store.saveMapping(m); !saved) {
        error(saved.error().message);
        return;
    }
    if (auto done = tx.commit(); !done) {
        error(done.error().message);
        return;
    }
    c.byHref.insert(m.href, m);
    ++c.log.conflicts;
}

bool SyncActions::stillInConflict(EventMapping *m)
{
    if (m->conflictId.isEmpty())
        return false;
    auto found = c.conflicts.find(m->conflictId);
    if (found && found.value() && found.value()->status == u"open"_s)
        return true;
    m->conflictId.clear();
    m->syncedHash.clear(); // ours counts as changed
    return false;
}

bool SyncActions::oursChanged(const EventMapping &m, const Appointment *ours) const
{
    return !ours || ours->isDeleted() || contentHash(*ours) != m.syncedHash;
}

} // namespace wedsync::server
