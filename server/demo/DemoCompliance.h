#pragma once
// The demo's supplier compliance: three tiers (basic, verified, premier) with a realistic
// requirement set per tenant, and Evergreen's suppliers in every state — a review queue, one
// approval away from the next tier, eligible, switched to a higher tier (with a legacy record),
// deactivated — and one Lakeside supplier, so that tenant isolation has something to hide.
// Suppliers are vendor and photographer members; accounts of their own that sign in with the
// demo password but have no console access.

#include "Clock.h"
#include "common/Status.h"

#include <QString>
#include <QStringList>

namespace wedsync::server {

class Database;

class DemoCompliance
{
public:
    // The supplier accounts this seeds (not console accounts), Evergreen first.
    static QStringList supplierEmails();

    DemoCompliance(Database &db, const Clock &clock);
    // Inside the demo seed's transaction, after organizations, accounts and weddings exist.
    // `passwordHash` is the demo password's hash; `reviewerId` decided the demo's reviews.
    Status seed(const QString &evergreenId, const QString &lakesideId, const QString &passwordHash,
                const QString &reviewerId);

private:
    struct Step;
    struct DemoSupplier;
    Status seedCatalog(const QString &organizationId);
    Status seedSupplier(const QString &organizationId, const DemoSupplier &supplier,
                        const QString &reviewerId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
