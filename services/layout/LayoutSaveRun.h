#pragma once
// Carries out one LayoutSavePlan against the server, one request at a time (deletes, patches,
// one reorder, creates), and tells what each accepted step stored. When the server cannot be
// reached (network, timeout, 5xx, busy) the step that failed and the rest go to the outbox,
// durably, with their idempotency keys; what the outbox applies later is told the same way.

#include "LayoutSavePlan.h"
#include "SectionConfig.h"
#include "api/ApiError.h"
#include "cache/OutboxEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace wedsync {

class ApiClient;
class ApiReply;
class Outbox;
struct ConflictRecord;

class LayoutSaveRun : public QObject
{
    Q_OBJECT
public:
    LayoutSaveRun(ApiClient *api, Outbox *outbox, QObject *parent = nullptr);
    ~LayoutSaveRun() override;

    // The dashboard whose outbox entries this run reports when they are applied.
    void setScope(const QString &organizationId, const QString &weddingId);
    void setOperator(const QString &userId) { m_userId = userId; }

    // `base`: the sections as the server had them (for the outbox's conflicts and labels).
    bool start(const LayoutSavePlan &plan, const QList<SectionConfig> &base);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void saveProgress(int done, int total);
    void sectionsSaved(const QList<wedsync::SectionConfig> &saved,
                       const QHash<QString, QString> &localIdFor);
    void sectionDeleted(const QString &id);
    void saveConflict(const wedsync::SectionConfig &current);
    void savedLocally(int entries);
    void saveFinished(bool ok, const QString &message);

private:
    QList<OutboxEntry> stepsOf(const LayoutSavePlan &plan, const QList<SectionConfig> &base) const;
    void sendNext();
    void onReplyFinished(ApiReply *reply);
    void queueRest();
    void finish(bool ok, const QString &message);
    // An accepted step (now, or replayed by the outbox): what it stored, as signals.
    void reportApplied(const OutboxEntry &entry, const QJsonObject &serverState);
    void onOutboxApplied(const OutboxEntry &entry, const QJsonObject &serverState);
    void onOutboxConflict(const ConflictRecord &conflict);
    bool isOurs(const QString &entityType, const QString &organizationId) const;

    ApiClient *m_api;
    QPointer<Outbox> m_outbox;
    QString m_organizationId;
    QString m_weddingId;
    QString m_userId;
    QList<OutboxEntry> m_steps;
    qsizetype m_next = 0;
    QPointer<ApiReply> m_reply;
    bool m_running = false;
};

} // namespace wedsync
