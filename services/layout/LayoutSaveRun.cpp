#include "layout/LayoutSaveRun.h"

#include "SectionJson.h"
#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/ConflictRecord.h"
#include "cache/Outbox.h"
#include "layout/LayoutWire.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
const QString EntityType = QString::fromLatin1(layoutwire::SectionEntityType);

QString sectionPath(const QString &id)
{
    return u"/api/v1/sections/"_s + id;
}

QString sectionsPath(const QString &organizationId)
{
    return u"/api/v1/organizations/"_s + organizationId + u"/sections"_s;
}

QString titleOf(const SectionConfig &section)
{
    return section.customization.title.isEmpty() ? section.sectionType
                                                 : section.customization.title;
}

QString titleOf(const QJsonObject &body)
{
    const QString title = body.value(u"customization"_s).toObject().value(u"title"_s).toString();
    return title.isEmpty() ? body.value(u"sectionType"_s).toString() : title;
}

// The network is down, the server is away or busy: the request may succeed later as it is.
bool isUnreachable(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        return true;
    return error.kind == ApiError::Kind::Http
        && (error.httpStatus >= 500 || error.httpStatus == 401 || error.httpStatus == 408
            || error.httpStatus == 429);
}
} // namespace

LayoutSaveRun::LayoutSaveRun(ApiClient *api, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
{
    if (outbox) {
        connect(outbox, &Outbox::entryApplied, this, &LayoutSaveRun::onOutboxApplied);
        connect(outbox, &Outbox::conflictRecorded, this, &LayoutSaveRun::onOutboxConflict);
    }
}

LayoutSaveRun::~LayoutSaveRun()
{
    if (m_reply) {
        // The step's idempotency key makes sending it again safe, whatever the server did.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void LayoutSaveRun::setScope(const QString &organizationId, const QString &weddingId)
{
    m_organizationId = organizationId;
    m_weddingId = weddingId;
}

QList<OutboxEntry> LayoutSaveRun::stepsOf(const LayoutSavePlan &plan,
                                          const QList<SectionConfig> &base) const
{
    QHash<QString, SectionConfig> byId;
    for (const SectionConfig &section : base)
        byId.insert(section.id, section);
    const auto entry = [&](const QByteArray &method, const QString &path, const QString &id) {
        OutboxEntry e;
        e.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.method = method;
        e.path = path;
        e.entityType = EntityType;
        e.entityId = id;
        e.organizationId = m_organizationId;
        e.createdBy = m_userId;
        if (byId.contains(id)) {
            QJsonObject json = sectionToJson(byId.value(id));
            json.insert(u"version"_s, byId.value(id).metadata.version);
            e.base = json;
        }
        return e;
    };

    QList<OutboxEntry> steps;
    for (const PlannedDelete &planned : plan.deletes) {
        OutboxEntry e = entry("DELETE", sectionPath(planned.id), planned.id);
        e.baseVersion = planned.version;
        e.label = tr("Delete “%1”").arg(titleOf(byId.value(planned.id)));
        steps.append(e);
    }
    for (const PlannedPatch &planned : plan.patches) {
        OutboxEntry e = entry("PATCH", sectionPath(planned.id), planned.id);
        e.baseVersion = planned.version;
        e.body = planned.body;
        e.label = tr("Edit “%1”").arg(titleOf(byId.value(planned.id)));
        steps.append(e);
    }
    if (!plan.moves.isEmpty()) {
        // The same wire shape as ApiClient::reorderSections; each move carries its version.
        QJsonArray items;
        QStringList titles;
        for (const PlannedMove &move : plan.moves) {
            items.append(QJsonObject {{u"id"_s, move.id},
                                      {u"position"_s, move.position},
                                      {u"columns"_s, move.columns},
                                      {u"version"_s, move.version}});
            titles.append(titleOf(byId.value(move.id)));
        }
        OutboxEntry e = entry("POST", sectionsPath(m_organizationId) + u"/reorder"_s, {});
        e.body = QJsonObject {{u"items"_s, items}};
        e.label = tr("Move %1").arg(titles.join(u", "_s));
        steps.append(e);
    }
    for (const PlannedCreate &planned : plan.creates) {
        OutboxEntry e = entry("POST", sectionsPath(m_organizationId), planned.localId);
        e.body = planned.body;
        e.label = tr("Add “%1”").arg(titleOf(planned.body));
        steps.append(e);
    }
    return steps;
}

bool LayoutSaveRun::start(const LayoutSavePlan &plan, const QList<SectionConfig> &base)
{
    if (m_running || m_organizationId.isEmpty())
        return false;
    m_steps = stepsOf(plan, base);
    m_next = 0;
    m_running = true;
    if (m_steps.isEmpty()) {
        finish(true, tr("Nothing to save."));
        return true;
    }
    Q_EMIT saveProgress(0, int(m_steps.size()));
    sendNext();
    return true;
}

void LayoutSaveRun::sendNext()
{
    if (m_next >= m_steps.size()) {
        finish(true, {}); // the screen says what was saved
        return;
    }
    ApiReply *reply = m_api->send(Outbox::requestOf(m_steps.at(m_next)));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply == m_reply)
            onReplyFinished(reply);
    });
}

void LayoutSaveRun::onReplyFinished(ApiReply *reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    const OutboxEntry step = m_steps.at(m_next);
    const ApiError &error = reply->error();
    if (reply->ok()) {
        ++m_next;
        reportApplied(step, reply->object());
        Q_EMIT saveProgress(int(m_next), int(m_steps.size()));
        sendNext();
    } else if (error.kind == ApiError::Kind::Http && error.httpStatus == 412) {
        const QJsonValue current = error.details.value(u"current"_s);
        const QList<SectionConfig> theirs = current.isArray()
            ? layoutwire::sectionsFromApi(current)
            : layoutwire::sectionsFromApi(QJsonArray {current});
        for (const SectionConfig &section : theirs)
            Q_EMIT saveConflict(section);
        finish(false,
               tr("%1: someone else saved this section first. Choose what to keep, then save "
                  "again.")
                   .arg(step.label));
    } else if (isUnreachable(error) && m_outbox) {
        qCInfo(lcFeeds) << "layout save: server unreachable at" << step.label << error.code;
        queueRest();
    } else {
        finish(false, tr("%1: %2").arg(step.label, error.userMessage()));
    }
}

void LayoutSaveRun::queueRest()
{
    int queued = 0;
    for (qsizetype i = m_next; i < m_steps.size(); ++i) {
        // The key stays: a request that reached the server before the line dropped is not
        // applied twice when the outbox sends it again.
        if (m_outbox->enqueue(m_steps.at(i)).id == 0) {
            if (queued > 0)
                Q_EMIT savedLocally(queued);
            finish(false,
                   tr("The server cannot be reached and the edits could not be stored on this "
                      "computer either; keep the editor open and save again."));
            return;
        }
        ++queued;
    }
    Q_EMIT savedLocally(queued);
    finish(true,
           tr("Saved locally: %n change(s) will be sent when the server is back.", "", queued));
}

void LayoutSaveRun::finish(bool ok, const QString &message)
{
    m_running = false;
    m_steps.clear();
    m_next = 0;
    Q_EMIT saveFinished(ok, message);
}

void LayoutSaveRun::reportApplied(const OutboxEntry &entry, const QJsonObject &serverState)
{
    if (entry.method == "DELETE") {
        Q_EMIT sectionDeleted(entry.entityId);
        return;
    }
    const bool isCreate = entry.method == "POST" && !entry.path.endsWith(u"/reorder"_s);
    const QList<SectionConfig> saved = serverState.contains(u"items"_s)
        ? layoutwire::sectionsFromApi(serverState)
        : layoutwire::sectionsFromApi(QJsonArray {serverState});
    QHash<QString, QString> localIdFor;
    if (isCreate && !saved.isEmpty() && !entry.entityId.isEmpty())
        localIdFor.insert(saved.constFirst().id, entry.entityId);
    Q_EMIT sectionsSaved(saved, localIdFor);
}

bool LayoutSaveRun::isOurs(const QString &entityType, const QString &organizationId) const
{
    return entityType == EntityType && !m_organizationId.isEmpty()
        && organizationId == m_organizationId;
}

void LayoutSaveRun::onOutboxApplied(const OutboxEntry &entry, const QJsonObject &serverState)
{
    if (!isOurs(entry.entityType, entry.organizationId))
        return;
    const QString weddingId = serverState.value(u"weddingId"_s).toString();
    if (!serverState.contains(u"items"_s) && entry.method != "DELETE" && weddingId != m_weddingId)
        return; // another dashboard of the organization
    reportApplied(entry, serverState);
}

void LayoutSaveRun::onOutboxConflict(const ConflictRecord &conflict)
{
    if (!isOurs(conflict.entityType, conflict.organizationId))
        return;
    if (auto theirs = layoutwire::sectionFromApi(conflict.theirs)) {
        if (theirs->weddingId == m_weddingId)
            Q_EMIT saveConflict(*theirs);
    }
}

} // namespace wedsync
