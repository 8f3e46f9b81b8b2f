#include "demo/DemoData.h"

#include "SectionValidator.h"
#include "auth/ConfigSecrets.h"
#include "auth/PasswordHasher.h"
#include "common/Ids.h"
#include "demo/DemoAppointments.h"
#include "demo/DemoCompliance.h"
#include "demo/DemoConfig.h"
#include "demo/DemoIntegrations.h"
#include "demo/DemoLayoutHistory.h"
#include "demo/DemoSyncHistory.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QJsonArray>
#include <QTimeZone>

#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

struct DemoAccount
{
    QString email;
    QString displayName;
    std::optional<StaffKind> staff;
    QString organizationKey; // "evergreen" | "lakeside" | empty
    std::optional<Role> role;
};

const QList<DemoAccount> &accounts()
{
    static const QList<DemoAccount> list {
        {u"platform@wedsync.demo"_s, u"Pat Okafor"_s, StaffKind::PlatformAdmin, {}, {}},
        // A second platform admin: a platform change request needs another admin to approve it.
        {u"ops@wedsync.demo"_s, u"Morgan Reyes"_s, StaffKind::PlatformAdmin, {}, {}},
        {u"support@wedsync.demo"_s, u"Sam Lindqvist"_s, StaffKind::Support, {}, {}},
        {u"admin@evergreen.demo"_s, u"Erin Evergreen"_s, {}, u"evergreen"_s, Role::Admin},
        {u"planner@evergreen.demo"_s, u"Parker Nguyen"_s, {}, u"evergreen"_s, Role::Coordinator},
        {u"vendor@evergreen.demo"_s, u"Val Moreau"_s, {}, u"evergreen"_s, Role::Vendor},
        {u"admin@lakeside.demo"_s, u"Lee Marsh"_s, {}, u"lakeside"_s, Role::Admin},
    };
    return list;
}

QString userId(const QString &email)
{
    return ids::named(u"user:"_s + email);
}
QString organizationId(const QString &key)
{
    return ids::named(u"organization:"_s + key);
}
QString weddingId(const QString &key)
{
    return ids::named(u"wedding:"_s + key);
}

struct DemoWedding
{
    QString key;
    QString organizationKey;
    QString coupleName;
    QString timeZone;
    int daysFromToday; // in the wedding's zone: >30 planning, 1..30 pre_wedding, 0 day, <0 post
    QString status;
};

const QList<DemoWedding> &weddings()
{
    static const QList<DemoWedding> list {
        {u"evergreen-olivia-noah"_s, u"evergreen"_s, u"Olivia & Noah"_s, u"Europe/London"_s, 120,
         u"active"_s},
        {u"evergreen-amelia-liam"_s, u"evergreen"_s, u"Amelia & Liam"_s, u"America/New_York"_s, 12,
         u"active"_s},
        {u"evergreen-sophia-james"_s, u"evergreen"_s, u"Sophia & James"_s, u"Australia/Sydney"_s, 0,
         u"active"_s},
        {u"evergreen-emma-lucas"_s, u"evergreen"_s, u"Emma & Lucas"_s, u"Europe/Paris"_s, -21,
         u"completed"_s},
        {u"lakeside-mia-ethan"_s, u"lakeside"_s, u"Mia & Ethan"_s, u"America/Los_Angeles"_s, 75,
         u"active"_s},
        {u"lakeside-chloe-mateo"_s, u"lakeside"_s, u"Chloe & Mateo"_s, u"Europe/Berlin"_s, 5,
         u"active"_s},
        {u"lakeside-isla-oliver"_s, u"lakeside"_s, u"Isla & Oliver"_s, u"Asia/Tokyo"_s, 0,
         u"active"_s},
        {u"lakeside-grace-henry"_s, u"lakeside"_s, u"Grace & Henry"_s, u"America/Chicago"_s, -40,
         u"completed"_s},
        {u"harbor-ava-leo"_s, u"harbor"_s, u"Ava & Leo"_s, u"America/Halifax"_s, 45, u"active"_s},
    };
    return list;
}

// One section's look and rules; `columns` on the 12-column grid.
struct DemoSection
{
    QString type;
    QString title;
    QString subtitle;
    QString icon;
    QString size;
    int columns;
    QStringList roles;
    QStringList canEdit;
    QStringList canHide;
    QStringList phases; // empty: every phase
    QJsonObject conditions;
};

const QStringList AllRoles {u"admin"_s,  u"coordinator"_s, u"photographer"_s,
                            u"couple"_s, u"vendor"_s,      u"guest"_s};
const QStringList Planners {u"admin"_s, u"coordinator"_s};

// Organization dashboard, rows of 12 columns: 12 | 8+4 | 6+6 | 6+6 | 6+6. Roles follow the
// seed's tables: nobody sees a section restricted for their role, everyone sees the ones
// required for it.
const QList<DemoSection> &organizationSections()
{
    static const QList<DemoSection> list {
        {u"dashboard"_s,
         u"Overview"_s,
         u"Today at a glance"_s,
         u"layout-dashboard"_s,
         u"full"_s,
         12,
         AllRoles,
         Planners,
         {u"admin"_s},
         {},
         {}},
        {u"timeline"_s,
         u"Wedding Timeline"_s,
         u"Ceremony, reception and every cue in between"_s,
         u"calendar-clock"_s,
         u"large"_s,
         8,
         AllRoles,
         Planners,
         Planners,
         {},
         {}},
        {u"photos"_s,
         u"Photos"_s,
         u"Shared gallery"_s,
         u"camera"_s,
         u"small"_s,
         4,
         {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"guest"_s},
         {u"admin"_s, u"coordinator"_s, u"photographer"_s},
         {u"admin"_s},
         {u"wedding_day"_s, u"post_wedding"_s},
         {}},
        {u"budget"_s,
         u"Budget"_s,
         u"Spent, committed and remaining"_s,
         u"wallet"_s,
         u"medium"_s,
         6,
         {u"admin"_s, u"coordinator"_s, u"couple"_s},
         Planners,
         {u"admin"_s},
         {},
         {}},
        {u"guest_list"_s,
         u"Guest List"_s,
         u"RSVPs, meals and seating"_s,
         u"users"_s,
         u"medium"_s,
         6,
         {u"admin"_s, u"coordinator"_s, u"couple"_s},
         Planners,
         {u"admin"_s},
         {},
         {}},
        {u"vendor_management"_s,
         u"Vendors"_s,
         u"Contracts, arrivals and contacts"_s,
         u"briefcase"_s,
         u"medium"_s,
         6,
         {u"admin"_s, u"coordinator"_s, u"couple"_s, u"vendor"_s},
         Planners,
         {u"admin"_s},
         {u"planning"_s, u"pre_wedding"_s, u"wedding_day"_s},
         QJsonObject {{u"minimumRole"_s, u"vendor"_s}}},
        {u"documents"_s,
         u"Documents"_s,
         u"Contracts, permits and run sheets"_s,
         u"file-text"_s,
         u"medium"_s,
         6,
         {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"vendor"_s},
         {u"admin"_s, u"coordinator"_s, u"couple"_s},
         {u"admin"_s},
         {},
         {}},
        {u"billing"_s,
         u"Billing"_s,
         u"Plan, invoices and payments"_s,
         u"credit-card"_s,
         u"medium"_s,
         6,
         {u"admin"_s},
         {u"admin"_s},
         {},
         {},
         {}},
        {u"admin"_s,
         u"Organization Settings"_s,
         u"Team, roles and integrations"_s,
         u"settings"_s,
         u"medium"_s,
         6,
         {u"admin"_s},
         {u"admin"_s},
         {},
         {},
         {}},
    };
    return list;
}

SectionConfig makeSection(const DemoSection &demo, const QString &organizationId,
                          const QString &weddingId, int position, const QString &color,
                          const QString &authorId)
{
    SectionConfig s;
    s.id = ids::named(u"section:"_s + organizationId + u':' + weddingId + u':' + demo.type);
    s.organizationId = organizationId;
    s.weddingId = weddingId;
    s.sectionType = demo.type;
    s.visibility.roles = demo.roles;
    s.visibility.conditions = demo.conditions;
    s.visibility.weddingPhases = demo.phases;
    s.visibility.hasWeddingPhases = !demo.phases.isEmpty();
    s.layout.position = position;
    s.layout.size = demo.size;
    s.layout.columns = demo.columns;
    // Phones stack every card; tablets put half-width cards side by side.
    s.layout.responsive
        = QJsonObject {{u"mobile"_s, QJsonObject {{u"columns"_s, 12}}},
                       {u"tablet"_s, QJsonObject {{u"columns"_s, demo.columns >= 8 ? 12 : 6}}}};
    s.customization.title = demo.title;
    s.customization.subtitle = demo.subtitle;
    s.customization.color = color;
    s.customization.icon = demo.icon;
    s.permissions.canView = {};
    s.permissions.canEdit = demo.canEdit;
    s.permissions.canHide = demo.canHide;
    s.metadata.createdBy = authorId;
    s.metadata.updatedBy = authorId;
    return s;
}

Error seedError(const QString &what, const Error &cause)
{
    return Error {
        u"demo_seed_failed"_s, u"Could not create the demo %1: %2"_s.arg(what, cause.message), {}};
}

} // namespace

QString DemoData::password()
{
    return u"demo-password"_s;
}

QStringList DemoData::accountEmails()
{
    QStringList out;
    for (const DemoAccount &account : accounts())
        out << account.email;
    return out;
}

QString DemoData::evergreenId()
{
    return organizationId(u"evergreen"_s);
}
QString DemoData::lakesideId()
{
    return organizationId(u"lakeside"_s);
}

QString DemoData::harborId()
{
    return organizationId(u"harbor"_s);
}

QStringList DemoData::sectionTypes()
{
    QStringList out;
    for (const DemoSection &section : organizationSections())
        out << section.type;
    return out;
}

DemoData::DemoData(Database &db, const Clock &clock, const PasswordHasher &hasher,
                   const IntegrationCredentials *credentials, const ConfigSecrets *configSecrets)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_credentials(credentials)
    , m_configSecrets(configSecrets)
{ }

Result<bool> DemoData::isEmpty()
{
    SqlQuery q(m_db,
               u"SELECT (SELECT COUNT(*) FROM organizations) + (SELECT COUNT(*) FROM users)"_s);
    if (auto done = q.exec(u"checking whether the database is empty"_s); !done)
        return done.error();
    return q.next() && q.value(0).toLongLong() == 0;
}

Result<bool> DemoData::seedIfEmpty()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Servers starting together on one empty database must not both seed it.
    constexpr qint64 DemoSeedLock = 7351902847;
    if (auto locked = m_db.lockForTransaction(DemoSeedLock); !locked)
        return locked.error();
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return false;
    if (auto seeded = seed(); !seeded)
        return seeded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcStorage) << "created the demo data";
    return true;
}

Status DemoData::seed()
{
    for (auto step : {&DemoData::seedOrganizations, &DemoData::seedAccounts,
                      &DemoData::seedWeddings, &DemoData::seedSections}) {
        if (auto done = (this->*step)(); !done)
            return done;
    }
    AuditRepository audit(m_db, m_clock);
    for (const QString &org : {evergreenId(), lakesideId()}) {
        AuditRecord entry;
        entry.organizationId = org;
        entry.entityType = u"organization"_s;
        entry.entityId = org;
        entry.action = u"demo_seed"_s;
        entry.after = QJsonObject {{u"source"_s, u"wedsync-server --demo"_s}};
        if (auto written = audit.append(entry); !written)
            return seedError(u"audit trail"_s, written.error());
    }
    auto supplierHash = m_hasher.hash(password());
    if (!supplierHash)
        return seedError(u"suppliers"_s, supplierHash.error());
    DemoCompliance compliance(m_db, m_clock);
    if (auto seeded = compliance.seed(evergreenId(), lakesideId(), supplierHash.value(),
                                      userId(u"planner@evergreen.demo"_s));
        !seeded)
        return seedError(u"supplier compliance"_s, seeded.error());
    // The photographer under compliance review shoots Sophia & James's wedding: their
    // compliance steps are part of that wedding's timeline.
    if (auto granted = WeddingRepository(m_db, m_clock)
                           .grantAccess(evergreenId(),
                                        {userId(u"photo@evergreen.demo"_s),
                                         weddingId(u"evergreen-sophia-james"_s), u"limited"_s});
        !granted)
        return seedError(u"wedding access"_s, granted.error());
    DemoIntegrations integrations(m_db, m_clock, m_credentials);
    if (auto seeded = integrations.seed(evergreenId(), userId(u"admin@evergreen.demo"_s)); !seeded)
        return seedError(u"CRM integrations"_s, seeded.error());
    if (auto seeded = integrations.seedLakeside(lakesideId(), userId(u"admin@lakeside.demo"_s));
        !seeded)
        return seedError(u"CRM integrations"_s, seeded.error());
    DemoAppointments appointments(m_db, m_clock);
    for (const auto &[org, planner, zone] :
         {std::tuple {evergreenId(), u"planner@evergreen.demo"_s, u"Europe/London"_s},
          std::tuple {lakesideId(), u"admin@lakeside.demo"_s, u"America/Los_Angeles"_s},
          std::tuple {harborId(), QString(), u"America/Halifax"_s}}) {
        if (auto seeded
            = appointments.seed(org, planner.isEmpty() ? QString() : userId(planner), zone);
            !seeded)
            return seedError(u"appointments"_s, seeded.error());
    }
    const ConfigSecrets noSecrets(nullptr);
    if (auto seeded
        = DemoConfig(m_db, m_clock, m_configSecrets ? *m_configSecrets : noSecrets)
              .seed(evergreenId(), lakesideId(), userId(u"platform@wedsync.demo"_s),
                    userId(u"admin@evergreen.demo"_s), userId(u"admin@lakeside.demo"_s));
        !seeded)
        return seedError(u"configuration"_s, seeded.error());
    DemoSyncHistory history(m_db, m_clock);
    return history.seed(evergreenId(), lakesideId(), harborId(),
                        userId(u"planner@evergreen.demo"_s),
                        {userId(u"admin@evergreen.demo"_s), userId(u"admin@lakeside.demo"_s)});
}

Status DemoData::seedOrganizations()
{
    OrganizationRepository organizations(m_db, m_clock);
    const QList<Organization> list {
        {evergreenId(), u"Evergreen Weddings"_s, u"evergreen-weddings"_s, u"professional"_s, {}},
        {lakesideId(), u"Lakeside Events"_s, u"lakeside-events"_s, u"free"_s, {}},
        {harborId(), u"Harbor Light Weddings"_s, u"harbor-light-weddings"_s, u"scale"_s, {}},
    };
    for (const Organization &organization : list) {
        if (auto created = organizations.create(organization); !created)
            return seedError(u"organizations"_s, created.error());
    }
    return ok();
}

Status DemoData::seedAccounts()
{
    UserRepository users(m_db, m_clock);
    for (const DemoAccount &account : accounts()) {
        auto hash = m_hasher.hash(password());
        if (!hash)
            return seedError(u"accounts"_s, hash.error());
        User user {userId(account.email), account.email, account.displayName,
                   hash.value(),          false,         {}};
        if (auto created = users.create(user); !created)
            return seedError(u"accounts"_s, created.error());
        if (account.staff) {
            if (auto staff = users.setStaffKind(user.id, *account.staff); !staff)
                return seedError(u"platform staff"_s, staff.error());
        }
        if (account.role) {
            const Membership membership {
                user.id, organizationId(account.organizationKey), {}, *account.role};
            if (auto added = users.addMembership(membership); !added)
                return seedError(u"memberships"_s, added.error());
        }
    }
    return ok();
}

Status DemoData::seedWeddings()
{
    WeddingRepository repository(m_db, m_clock);
    const QDateTime now = m_clock.now();
    for (const DemoWedding &demo : weddings()) {
        const QTimeZone zone(demo.timeZone.toUtf8());
        if (!zone.isValid())
            return seedError(u"weddings"_s, Error {u"invalid_time_zone"_s, demo.timeZone, {}});
        const QDate today = now.toTimeZone(zone).date();
        Wedding wedding {weddingId(demo.key),
                         organizationId(demo.organizationKey),
                         demo.coupleName,
                         today.addDays(demo.daysFromToday),
                         demo.timeZone,
                         demo.status,
                         1,
                         {},
                         {}};
        if (auto created = repository.create(wedding); !created)
            return seedError(u"weddings"_s, created.error());
    }
    // The planner works on the upcoming Evergreen weddings; the vendor supplies two of them.
    const QString evergreen = evergreenId();
    const QList<WeddingAccess> access {
        {userId(u"planner@evergreen.demo"_s), weddingId(u"evergreen-olivia-noah"_s), u"full"_s},
        {userId(u"planner@evergreen.demo"_s), weddingId(u"evergreen-amelia-liam"_s), u"full"_s},
        {userId(u"planner@evergreen.demo"_s), weddingId(u"evergreen-sophia-james"_s), u"full"_s},
        {userId(u"vendor@evergreen.demo"_s), weddingId(u"evergreen-amelia-liam"_s), u"limited"_s},
        {userId(u"vendor@evergreen.demo"_s), weddingId(u"evergreen-sophia-james"_s), u"limited"_s},
    };
    for (const WeddingAccess &grant : access) {
        if (auto granted = repository.grantAccess(evergreen, grant); !granted)
            return seedError(u"wedding access"_s, granted.error());
    }
    return ok();
}

Status DemoData::seedSections()
{
    SectionRepository repository(m_db, m_clock);
    QList<SectionConfig> sections;
    const struct
    {
        QString key;
        QString color;
        QString author;
    } orgs[] = {{u"evergreen"_s, u"#2F6B4F"_s, userId(u"admin@evergreen.demo"_s)},
                {u"lakeside"_s, u"#1F5F8B"_s, userId(u"admin@lakeside.demo"_s)}};
    for (const auto &org : orgs) {
        int position = 0;
        for (const DemoSection &demo : organizationSections())
            sections << makeSection(demo, organizationId(org.key), {}, position++, org.color,
                                    org.author);
    }

    // Wedding-specific dashboards: a run sheet and a live gallery for the couples marrying today.
    const DemoSection runSheet {u"timeline"_s,
                                u"Wedding Day Run Sheet"_s,
                                u"Minute by minute, live"_s,
                                u"clock"_s,
                                u"full"_s,
                                12,
                                AllRoles,
                                {u"admin"_s, u"coordinator"_s, u"photographer"_s},
                                Planners,
                                {},
                                {}};
    const DemoSection gallery {
        u"photos"_s,
        u"Live Gallery"_s,
        u"Uploads from the photographers"_s,
        u"camera"_s,
        u"full"_s,
        12,
        {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"guest"_s},
        {u"admin"_s, u"coordinator"_s, u"photographer"_s},
        {u"admin"_s},
        {u"wedding_day"_s, u"post_wedding"_s},
        {}};
    const QString planner = userId(u"planner@evergreen.demo"_s);
    const QString lakesideAdmin = userId(u"admin@lakeside.demo"_s);
    // Evergreen's wedding-day dashboard comes with a week of layout history (below).
    const SectionConfig evergreenRunSheet = makeSection(
        runSheet, evergreenId(), weddingId(u"evergreen-sophia-james"_s), 0, u"#8A3B5C"_s, planner);
    const SectionConfig evergreenGallery = makeSection(
        gallery, evergreenId(), weddingId(u"evergreen-sophia-james"_s), 1, u"#8A3B5C"_s, planner);
    sections << evergreenRunSheet << evergreenGallery
             << makeSection(runSheet, lakesideId(), weddingId(u"lakeside-isla-oliver"_s), 0,
                            u"#1F5F8B"_s, lakesideAdmin);

    for (const SectionConfig &section : std::as_const(sections)) {
        // Demo data passes the same validation as a planner's edit.
        if (const auto problems = validateSection(section); !problems.isEmpty()) {
            return seedError(u"sections"_s,
                             Error {u"validation_failed"_s,
                                    section.sectionType + u": "_s + problems.constFirst().field
                                        + u" - "_s + problems.constFirst().message,
                                    {}});
        }
        if (section.id == evergreenRunSheet.id || section.id == evergreenGallery.id)
            continue;
        if (auto created = repository.create(section); !created)
            return seedError(u"sections"_s, created.error());
    }
    return DemoLayoutHistory(m_db, m_clock)
        .seed(evergreenRunSheet, evergreenGallery, planner, userId(u"admin@evergreen.demo"_s));
}

} // namespace wedsync::server
