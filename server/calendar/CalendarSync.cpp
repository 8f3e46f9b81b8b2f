#include "calendar/CalendarSync.h"

#include "AppointmentJson.h"
#include "calendar/SyncActions.h"
#include "calendar/SyncContent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using appointments::Appointment;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::CalendarSync", text);
}

constexpr int PageSize = 500;

} // namespace

CalendarSync::CalendarSync(Database &db, const Clock &clock, CalendarRemote &remote,
                           CalendarAccount account)
    : m_db(db)
    , m_clock(clock)
    , m_remote(remote)
    , m_account(std::move(account))
{ }

bool CalendarSync::loadAppointments(SyncContext &context)
{
    AppointmentRepository::Filter filter;
    filter.organizationId = m_account.organizationId;
    filter.includeDeleted = true;
    filter.limit = PageSize;
    for (;;) {
        auto page = context.appointments.query(filter);
        if (!page) {
            context.log.errors << page.error().message;
            return false;
        }
        for (const Appointment &a : page.value())
            context.local.insert(a.id, a);
        if (page->size() < PageSize)
            return true;
        filter.offset += PageSize;
    }
}

CalendarSyncLog CalendarSync::run()
{
    QElapsedTimer timer;
    timer.start();
    SyncContext context(m_db, m_clock, m_remote, m_account);
    context.beforeWrite = beforeWrite;
    context.pull = m_account.direction != u"export"_s;
    context.push = m_account.direction != u"import"_s;
    if (auto started = context.store.startLog(m_account.id))
        context.log = started.value();
    else
        context.log.accountId = m_account.id;
    auto mappings = context.store.mappings(m_account.id);
    if (mappings && loadAppointments(context)) {
        for (const EventMapping &m : mappings.value())
            context.byHref.insert(m.href, m);
        for (const QString &calendar : m_account.calendars)
            syncCalendar(calendar, context);
        if (context.push && !m_account.calendars.isEmpty())
            exportNew(context);
    } else if (!mappings) {
        context.log.errors << mappings.error().message;
    }
    context.log.finishedAt = m_clock.now();
    context.log.durationMs = timer.elapsed();
    context.log.status = context.log.errors.isEmpty() ? u"completed"_s : u"failed"_s;
    if (!context.log.id.isEmpty())
        (void)context.store.finishLog(context.log);
    return context.log;
}

namespace {

// The provider's changes since `state`: the incremental listing with its token, else (no
// token, or the provider forgot it) the whole listing compared with our mappings.
std::optional<RemoteChanges> remoteChanges(CalendarRemote &remote, const QString &calendarHref,
                                           const CalendarSyncState &state, SyncContext &context)
{
    const auto fail = [&context](const Error &error) {
        context.log.errors << error.message;
        context.log.unauthorized |= CalendarRemote::isUnauthorized(error);
        return std::nullopt;
    };
    if (!state.syncToken.isEmpty()) {
        auto incremental = remote.changesSince(calendarHref, state.syncToken);
        if (incremental)
            return incremental.value();
        if (incremental.error().code != u"invalid_sync_token"_s)
            return fail(incremental.error());
    }
    auto listing = remote.listAll(calendarHref);
    if (!listing)
        return fail(listing.error());
    RemoteChanges changes;
    QSet<QString> present;
    for (const RemoteEvent &event : std::as_const(listing->changed)) {
        present.insert(event.href);
        const auto mapped = context.byHref.constFind(event.href);
        if (mapped == context.byHref.cend() || mapped->etag != event.etag)
            changes.changed << event;
    }
    for (const EventMapping &m : std::as_const(context.byHref)) {
        if (m.calendarHref == calendarHref && !present.contains(m.href))
            changes.removed << m.href;
    }
    changes.syncToken = listing->syncToken;
    changes.ctag = listing->ctag;
    changes.removalsNeedConfirming = listing->removalsNeedConfirming;
    return changes;
}

} // namespace

void CalendarSync::syncCalendar(const QString &calendarHref, SyncContext &context)
{
    SyncActions act(context);
    auto state = context.store.state(m_account.id, calendarHref);
    if (!state) {
        act.error(state.error().message);
        return;
    }
    const std::optional<RemoteChanges> remote
        = remoteChanges(m_remote, calendarHref, state.value(), context);
    if (!remote)
        return;
    // Read the changed events the listing did not carry.
    QList<RemoteEvent> events;
    QStringList hrefs;
    for (const RemoteEvent &event : remote->changed) {
        if (event.data.isEmpty())
            hrefs << event.href;
        else
            events << event;
    }
    if (!hrefs.isEmpty()) {
        auto fetched = m_remote.fetch(calendarHref, hrefs);
        if (!fetched) {
            act.error(fetched.error().message);
            return;
        }
        events << fetched.value();
    }
    // Removals the provider may name for events that only left its listing: those still
    // there are read as they are now (a change, or none), the rest are removals.
    QStringList removed = remote->removed;
    if (remote->removalsNeedConfirming) {
        removed.removeIf(
            [&context](const QString &href) { return !context.byHref.contains(href); });
        auto still = m_remote.fetch(calendarHref, removed);
        if (!still) {
            act.error(still.error().message);
            return;
        }
        for (const RemoteEvent &event : std::as_const(still.value())) {
            removed.removeAll(event.href);
            events << event;
        }
    }
    QSet<QString> handled;
    const int errorsBefore = int(context.log.errors.size());
    for (const RemoteEvent &event : std::as_const(events)) {
        handled.insert(event.href);
        auto read = m_remote.read(event, m_account.timeZone);
        if (!read) {
            act.error(
                tr("The event %1 could not be read: %2").arg(event.href, read.error().message));
            continue;
        }
        auto mapped = context.byHref.find(event.href);
        if (mapped == context.byHref.end()) {
            act.importNew(calendarHref, event, read.value());
            continue;
        }
        EventMapping m = *mapped;
        if (act.stillInConflict(&m))
            continue;
        const Appointment *ours
            = context.local.contains(m.appointmentId) ? &context.local[m.appointmentId] : nullptr;
        Appointment base;
        appointments::fromJson(m.syncedJson, &base);
        // A new etag with the same content (a DTSTAMP, our own write) is no change.
        const bool theirsDiffer
            = !appointments::sameContent(calendarsync::takeOver(base, read->appointment), base);
        const bool oursDiffer = act.oursChanged(m, ours);
        if (!ours) {
            // The appointment is gone for good (its organization's data was removed).
            (void)context.store.removeMapping(m_account.id, m.href);
            context.byHref.remove(m.href);
            continue;
        }
        if (!theirsDiffer && !oursDiffer) {
            act.remember(m, *ours, event.etag, event.data); // a new etag, the same content
        } else if (theirsDiffer && !oursDiffer) {
            if (context.pull)
                act.applyTheirs(m, *ours, &read->appointment, event);
        } else if (!theirsDiffer) {
            if (context.push)
                act.pushOurs(m, *ours, event);
        } else {
            act.bothChanged(m, *ours, event);
        }
    }
    for (const QString &href : std::as_const(removed)) {
        handled.insert(href);
        auto mapped = context.byHref.find(href);
        if (mapped == context.byHref.end())
            continue;
        EventMapping m = *mapped;
        if (act.stillInConflict(&m))
            continue;
        const Appointment *ours
            = context.local.contains(m.appointmentId) ? &context.local[m.appointmentId] : nullptr;
        const RemoteEvent gone {href, QString(), QByteArray()};
        if (!ours || ours->isDeleted()) {
            (void)context.store.removeMapping(m_account.id, href);
            context.byHref.remove(href);
        } else if (!act.oursChanged(m, ours)) {
            if (context.pull)
                act.applyTheirs(m, *ours, nullptr, gone);
            else
                act.pushOurs(m, *ours, gone); // export only: the calendar gets it back
        } else {
            act.bothChanged(m, *ours, gone);
        }
    }
    // Our changes to events the server did not change.
    if (context.push) {
        const QList<EventMapping> mappings = context.byHref.values();
        for (EventMapping m : mappings) {
            if (m.calendarHref != calendarHref || handled.contains(m.href))
                continue;
            const bool wasInConflict = !m.conflictId.isEmpty();
            if (act.stillInConflict(&m))
                continue;
            const Appointment *ours = context.local.contains(m.appointmentId)
                ? &context.local[m.appointmentId]
                : nullptr;
            if (!ours || (!wasInConflict && !act.oursChanged(m, ours)))
                continue;
            act.pushOurs(m, *ours, RemoteEvent {m.href, m.etag, m.syncedIcs});
        }
    }
    // Keep the place only when every change was read: an unreadable page is read again.
    if (int(context.log.errors.size()) == errorsBefore)
        (void)context.store.saveState(m_account.id, calendarHref,
                                      CalendarSyncState {remote->syncToken, remote->ctag});
}

void CalendarSync::exportNew(SyncContext &context)
{
    SyncActions act(context);
    const QString calendarHref = m_account.calendars.first();
    QSet<QString> mapped;
    for (const EventMapping &m : context.byHref)
        mapped.insert(m.appointmentId);
    const QList<Appointment> all = context.local.values();
    for (const Appointment &a : all) {
        if (a.isDeleted() || mapped.contains(a.id))
            continue;
        EventMapping m;
        m.calendarHref = calendarHref;
        m.href = m_remote.newEventHref(calendarHref, a.id);
        m.uid = a.id;
        act.pushOurs(m, a, RemoteEvent {m.href, QString(), QByteArray()});
    }
}

} // namespace wedsync::server
