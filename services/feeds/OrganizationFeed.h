#pragma once
// The organizations an account may see and each one's weddings, for the switcher: from the
// local cache at once, then from the server (GET /organizations, /organizations/{org}/weddings),
// written back to the cache so the next cold start has them.

#include "PermissionEngine.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace wedsync {

class ApiClient;
class LocalCache;

struct OrganizationItem
{
    QString id;
    QString name;
};

struct WeddingItem
{
    QString id;
    QString organizationId;
    QString coupleName;
    QDate weddingDate; // invalid if the server gave none
    QString timeZone; // IANA zone of the venue ("Europe/Madrid"); the day and phase count there
};

// The wedding as the permission engine takes it (phases, time rules); none without a date. An
// unknown zone counts as UTC.
std::optional<WeddingContext> weddingContextOf(const WeddingItem &wedding);

class OrganizationFeed : public QObject
{
    Q_OBJECT
public:
    // `cache` must be open and outlive the feed.
    OrganizationFeed(ApiClient *api, LocalCache *cache, QObject *parent = nullptr);

    // The cached list at once (if any), then the server's when fromServer.
    void loadOrganizations(bool fromServer);
    void loadWeddings(const QString &organizationId, bool fromServer);

Q_SIGNALS:
    // Sorted by name for the reader's locale; never emitted empty.
    void organizationsLoaded(const QList<wedsync::OrganizationItem> &organizations);
    // In the server's order (by date); organizationId empty: none chosen, no weddings.
    void weddingsLoaded(const QString &organizationId, const QList<wedsync::WeddingItem> &weddings);

private:
    void emitOrganizations();
    void emitWeddings(const QString &organizationId);

    ApiClient *m_api;
    LocalCache *m_cache;
};

} // namespace wedsync
