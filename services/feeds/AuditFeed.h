#pragma once
// What the audit page is fed from: pages of GET /api/v1/audit under the user's filters (the
// first page kept in the local cache for offline start), live audit_log rows that match the
// filters (a wedding's timeline also follows the wedding's own topic, which carries its
// suppliers' rows), and exports through /api/v1/audit/export written to a file.

#include "AuditRecord.h"
#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "feeds/AuditQuery.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace wedsync {

class ApiClient;
class LocalCache;
class RealtimeClient;
struct RowChange;

class AuditFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 100;

    AuditFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
              QObject *parent = nullptr);
    ~AuditFeed() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    // The names of organizations and people the cache holds (namesChanged), at once: a warm
    // start shows names, not ids, before the server answers.
    void loadCachedNames();
    // The newest cached rows that match the current filters (and the cached names), at once.
    void loadCached();
    // Starts again from the first page under `filters` (a page on its way is dropped).
    void query(const AuditQuery &filters);
    const AuditQuery &currentQuery() const { return m_query; }
    // The next page, if there is one and none is loading.
    void fetchMore();
    bool canFetchMore() const { return !m_nextCursor.isEmpty() && !m_page; }
    bool isLoading() const { return !m_page.isNull(); }

    void watch(bool isPlatformStaff, const QStringList &organizationIds);
    void unwatch();

    // Downloads every row under `filters` as "csv" or "json" into filePath (written whole or
    // not at all). Reports through exportProgress / exportFinished; one export at a time.
    bool exportTo(const AuditQuery &filters, const QString &format, const QString &filePath);
    bool isExporting() const { return !m_export.isNull(); }

    // Names for the ids the trail shows: organizations, and their members (people). Asked once
    // per watch()/first query; the last names known are kept in the cache for offline starts.
    void loadNames();
    const QHash<QString, QString> &names() const { return m_names; }

Q_SIGNALS:
    void pageLoaded(const QList<wedsync::AuditRecord> &records, int total,
                    const QString &nextCursor, bool firstPage, bool fromCache);
    void recordsArrived(const QList<wedsync::AuditRecord> &records); // live, matching the filters
    void errorOccurred(const wedsync::ApiError &error);
    void exportProgress(const QString &message);
    void exportFinished(bool ok, const QString &message);
    void namesChanged(const QHash<QString, QString> &names);

private:
    void requestPage(const QString &cursor);
    void onRowChanged(const RowChange &change, bool ofTheWedding);
    // Follows wedding:<id> while the query is one wedding's timeline.
    void followWedding(const QString &weddingId);
    void cache(const QList<AuditRecord> &records);
    void finishExport(ApiReply *reply, const QString &format, const QString &filePath);
    void addNames(const QHash<QString, QString> &names);

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    AuditQuery m_query;
    QString m_nextCursor;
    int m_pageSize = DefaultPageSize;
    QPointer<ApiReply> m_page;
    QPointer<ApiReply> m_export;
    QList<QMetaObject::Connection> m_connections;
    QList<QMetaObject::Connection> m_weddingConnections;
    QString m_followedWedding;
    bool m_leaveWedding = false; // we joined the wedding's topic, so we leave it
    QHash<QString, QString> m_names;
    bool m_namesAsked = false;
};

} // namespace wedsync
