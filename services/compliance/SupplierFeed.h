#pragma once
// What the Suppliers screen shows for one organization: the review queue (submissions oldest
// first), the suppliers with their tier and figures, the tiers and requirement titles, and the
// supplier opened with their requirements and advancement check. The last lists are kept in
// the local cache for an offline start; live row changes on the organization's topic
// (org:<id>) reload what they touch, and the reviewers looking at each supplier are told by
// presence on the same topic. New submissions in any of the operator's organizations are
// announced for the desktop notices (watchSubmissions).

#include "SupplierCompliance.h"
#include "api/ApiError.h"
#include "presence/SelectionPresence.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wedsync {

class ApiClient;
class ApiReply;
class LocalCache;
class RealtimeChannel;
class RealtimeClient;
struct RowChange;

// One supplier opened: who, their requirements, and how far from the next tier.
struct SupplierDetail
{
    SupplierSummary supplier;
    QList<RequirementRecord> records;
    AdvancementCheck advancement;
};

class SupplierFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int QueueLimit = 500;
    static constexpr int SupplierLimit = 500;
    static constexpr char PresenceEvent[] = "compliance_reviewing";

    SupplierFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                 QObject *parent = nullptr);
    ~SupplierFeed() override;

    // Shows `organizationId` (cached lists at once, then fresh ones) and listens to it live;
    // empty: nothing (the screen asks for an organization).
    void open(const QString &organizationId);
    void close();
    QString organizationId() const { return m_organizationId; }
    void reload();

    // Loads one supplier (detailLoaded); empty: none. Also tells the other reviewers.
    void openSupplier(const QString &supplierId);
    QString openSupplierId() const { return m_supplierId; }

    const QList<RequirementRecord> &queue() const { return m_queue; }
    int queueTotal() const { return m_queueTotal; }
    const QList<SupplierSummary> &suppliers() const { return m_suppliers; }
    const QList<ComplianceTier> &tiers() const { return m_tiers; }
    // Requirement titles by id (for a tier switch's preview).
    QString requirementTitle(const QString &requirementId) const;

    // Presence: who this console is, and the other reviewers with a supplier open.
    void setSelf(const QString &userId, const QString &label);
    void setPresenceTimers(int heartbeatMs, int expiryMs);
    QList<PresentPeer> reviewers() const;

    // New submissions in these organizations (members) raise submissionArrived.
    void watchSubmissions(const QStringList &organizationIds);
    void unwatchSubmissions();

Q_SIGNALS:
    void queueLoaded(const QList<wedsync::RequirementRecord> &queue, int total, bool fromCache);
    void suppliersLoaded(const QList<wedsync::SupplierSummary> &suppliers, bool fromCache);
    void tiersLoaded(const QList<wedsync::ComplianceTier> &tiers);
    // The organization's members by id (display name, else e-mail): who reviewed what.
    void namesLoaded(const QHash<QString, QString> &names);
    void detailLoaded(const wedsync::SupplierDetail &detail);
    void reviewersChanged(const QList<wedsync::PresentPeer> &reviewers);
    void errorOccurred(const wedsync::ApiError &error);
    // A supplier submitted a requirement just now (live, not from a reload).
    void submissionArrived(const QString &organizationId, const QString &supplierId,
                           const QString &title);

private:
    void paintFromCache();
    void loadCatalog();
    void loadQueue();
    void loadSuppliers();
    void loadDetail();
    void onRowChanged(const RowChange &change);
    QString cacheKey(const QString &what) const;
    void remember(const QString &what, const QJsonArray &items);
    void track(ApiReply *reply);

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    QString m_organizationId;
    QString m_supplierId;
    QList<RequirementRecord> m_queue;
    int m_queueTotal = 0;
    QList<SupplierSummary> m_suppliers;
    QList<ComplianceTier> m_tiers;
    QHash<QString, QString> m_requirementTitles;
    QPointer<RealtimeChannel> m_channel;
    bool m_leaveOnClose = false;
    QList<QMetaObject::Connection> m_connections;
    QList<QMetaObject::Connection> m_submissionConnections;
    QList<QPointer<ApiReply>> m_pending; // aborted when the organization changes
    SelectionPresence *m_reviewers;
    QTimer m_reload; // coalesces bursts of row changes into one reload
    int m_generation = 0; // answers of an earlier organization are dropped
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::SupplierDetail)
