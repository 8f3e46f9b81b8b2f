#include "CalendarTestData.h"

#include "common/Ids.h"
#include "storage/AppointmentRepository.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrganizationRepository.h"
#include "storage/Schema.h"
#include "storage/UserRepository.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::test {

using appointments::Appointment;
using namespace wedsync::server;

std::unique_ptr<Database> openMigratedDatabase(const QString &url, QString *error)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        *error = parsed.error().message;
        return nullptr;
    }
    auto db = Database::open(parsed.value());
    if (!db) {
        *error = db.error().message;
        return nullptr;
    }
    std::unique_ptr<Database> opened = std::move(db).value();
    if (auto migrated = Migrations(*opened, schemaMigrations()).apply(); !migrated) {
        *error = migrated.error().message;
        return nullptr;
    }
    return opened;
}

CalendarAccount createCalendarAccount(Database &db, const Clock &clock, const CalendarOwner &owner,
                                      const QString &provider, const QStringList &calendars)
{
    CalendarAccount account;
    account.organizationId = owner.organizationId;
    account.userId = owner.userId;
    account.provider = provider;
    account.name = provider;
    account.calendars = calendars;
    account.timeZone = u"Europe/Madrid"_s;
    account.conflictStrategy = u"ask"_s;
    auto created = CalendarAccountRepository(db, clock).create(account);
    if (!created) {
        qWarning() << "could not create the calendar account:" << created.error().message;
        return {};
    }
    return created.value();
}

void setConflictStrategy(Database &db, const Clock &clock, const QString &accountId,
                         const QString &strategy)
{
    CalendarAccountRepository accounts(db, clock);
    auto found = accounts.findById(accountId);
    if (!found || !found->has_value())
        return;
    CalendarAccount account = found->value();
    account.conflictStrategy = strategy;
    if (!accounts.update(account, account.version))
        qWarning() << "could not change the conflict strategy";
}

CalendarSyncLog runCalendarSync(Database &db, FixedClock &clock, CalendarRemote &remote,
                                const QString &accountId,
                                const std::function<void(const QString &)> &beforeWrite)
{
    auto account = CalendarAccountRepository(db, clock).findById(accountId);
    if (!account || !account->has_value()) {
        CalendarSyncLog missing;
        missing.errors << u"the account is gone"_s;
        return missing;
    }
    CalendarSync run(db, clock, remote, account->value());
    run.beforeWrite = beforeWrite;
    clock.advanceSecs(60);
    const CalendarSyncLog log = run.run();
    if (!log.errors.isEmpty())
        qWarning() << "sync errors:" << log.errors;
    return log;
}

CalendarOwner createCalendarOwner(Database &db, const Clock &clock)
{
    CalendarOwner owner;
    owner.tag = QString::number(QRandomGenerator::global()->generate64(), 16);
    Organization org;
    org.id = ids::create();
    org.name = u"Olivar Weddings "_s + owner.tag;
    org.slug = u"olivar-"_s + owner.tag;
    org.subscriptionTier = u"professional"_s;
    User user;
    user.id = ids::create();
    user.email = u"planner-"_s + owner.tag + u"@example.com"_s;
    user.displayName = u"Planner"_s;
    user.passwordHash = u"x"_s;
    if (!OrganizationRepository(db, clock).create(org).ok()
        || !UserRepository(db, clock).create(user).ok()) {
        qWarning() << "could not create the calendar's owner";
        return owner;
    }
    owner.organizationId = org.id;
    owner.userId = user.id;
    return owner;
}

Appointment createAppointment(Database &db, const Clock &clock, const CalendarOwner &owner,
                              const QString &title)
{
    Appointment a;
    a.id = ids::create();
    a.organizationId = owner.organizationId;
    a.title = title;
    a.kind = u"tasting"_s;
    a.timeZone = u"Europe/Madrid"_s;
    a.startsAt = QDateTime(QDate(2027, 3, 28), QTime(9, 0), QTimeZone::utc());
    a.endsAt = QDateTime(QDate(2027, 3, 28), QTime(10, 30), QTimeZone::utc());
    a.location = u"Finca El Olivar"_s;
    a.attendees = {u"ana@example.com"_s};
    a.createdBy = a.updatedBy = owner.userId;
    auto created = AppointmentRepository(db, clock).create(appointments::normalized(a));
    if (!created)
        qWarning() << created.error().message;
    return created.ok() ? created.value() : Appointment();
}

QList<Appointment> liveAppointments(Database &db, const Clock &clock, const QString &organizationId)
{
    AppointmentRepository::Filter filter;
    filter.organizationId = organizationId;
    filter.limit = 1000;
    auto found = AppointmentRepository(db, clock).query(filter);
    return found.ok() ? found.value() : QList<Appointment>();
}

QList<SyncConflict> openCalendarConflicts(Database &db, const Clock &clock,
                                          const QString &organizationId)
{
    SyncConflictRepository::Filter filter;
    filter.organizationId = organizationId;
    filter.status = u"open"_s;
    filter.source = u"calendar_sync"_s;
    auto found = SyncConflictRepository(db, clock).query(filter);
    return found.ok() ? found.value() : QList<SyncConflict>();
}

} // namespace wedsync::test
