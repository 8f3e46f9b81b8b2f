#include "WebhookRecords.h"

#include "JsonValues.h"
#include "WebhookEvents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::webhooks {

QByteArray eventPayload(const QString &eventId, const QString &type, const QDateTime &createdAt,
                        const QString &organizationId, const QJsonObject &data)
{
    const QJsonObject event {
        {u"id"_s, eventId},
        {u"type"_s, type},
        {u"created_at"_s, timeOrNull(createdAt)},
        {u"organization_id"_s, organizationId},
        {u"data"_s, data},
    };
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const Endpoint &e)
{
    return QJsonObject {
        {u"id"_s, e.id},
        {u"organizationId"_s, e.organizationId},
        {u"url"_s, e.url},
        {u"description"_s, e.description},
        {u"eventTypes"_s, QJsonArray::fromStringList(e.eventTypes)},
        {u"enabled"_s, e.enabled},
        {u"createdBy"_s, textOrNull(e.createdBy)},
        {u"createdAt"_s, timeOrNull(e.createdAt)},
        {u"updatedAt"_s, timeOrNull(e.updatedAt)},
        {u"version"_s, e.version},
        {u"lastDelivery"_s,
         e.lastStatus.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonObject {{u"status"_s, e.lastStatus},
                            {u"responseCode"_s,
                             e.lastResponseCode > 0 ? QJsonValue(e.lastResponseCode)
                                                    : QJsonValue(QJsonValue::Null)},
                            {u"at"_s, timeOrNull(e.lastAt)}}},
    };
}

void noteLastDelivery(Endpoint *endpoint, const Delivery &newest)
{
    endpoint->lastStatus = newest.status;
    endpoint->lastResponseCode = newest.lastResponseCode;
    endpoint->lastAt = newest.deliveredAt.isValid() ? newest.deliveredAt : newest.createdAt;
}

QJsonObject toJson(const Delivery &d)
{
    return QJsonObject {
        {u"id"_s, d.id},
        {u"endpointId"_s, d.endpointId},
        {u"eventId"_s, d.eventId},
        {u"eventType"_s, d.eventType},
        {u"payload"_s, QJsonDocument::fromJson(d.payload).object()},
        {u"status"_s, d.status},
        {u"attemptCount"_s, d.attemptCount},
        {u"nextAttemptAt"_s, timeOrNull(d.nextAttemptAt)},
        {u"lastResponseCode"_s,
         d.lastResponseCode > 0 ? QJsonValue(d.lastResponseCode) : QJsonValue(QJsonValue::Null)},
        {u"latencyMs"_s, d.latencyMs >= 0 ? QJsonValue(d.latencyMs) : QJsonValue(QJsonValue::Null)},
        {u"lastError"_s, textOrNull(d.lastError)},
        {u"createdAt"_s, timeOrNull(d.createdAt)},
        {u"deliveredAt"_s, timeOrNull(d.deliveredAt)},
    };
}

const QStringList &writableFields()
{
    static const QStringList fields {u"url"_s, u"description"_s, u"eventTypes"_s, u"enabled"_s};
    return fields;
}

QString urlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return u"Enter the address the events are sent to, e.g. https://example.com/hooks."_s;
    if (text.size() > MaxUrlLength)
        return u"The address may be at most %1 characters long."_s.arg(MaxUrlLength);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return u"This is not a web address; use one such as https://example.com/hooks."_s;
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return u"The address must start with https:// (or http://)."_s;
    if (url.host().isEmpty())
        return u"The address needs a host name, e.g. https://example.com/hooks."_s;
    if (!url.userInfo().isEmpty())
        return u"Leave user names and passwords out of the address; receivers check the "
               "signature instead."_s;
    if (url.hasFragment())
        return u"The address may not have a #fragment."_s;
    return {};
}

QList<FieldError> readInput(const QJsonObject &body, bool create, EndpointInput *input)
{
    QList<FieldError> errors;
    if (body.contains(u"url"_s)) {
        const QJsonValue v = body.value(u"url"_s);
        if (!v.isString())
            errors << FieldError {u"url"_s, u"The address is text."_s};
        else if (const QString problem = urlProblem(v.toString()); !problem.isEmpty())
            errors << FieldError {u"url"_s, problem};
        else
            input->url = v.toString().trimmed();
    } else if (create) {
        errors << FieldError {u"url"_s, urlProblem({})};
    }
    if (body.contains(u"description"_s)) {
        const QJsonValue v = body.value(u"description"_s);
        if (v.isNull())
            input->description = QString();
        else if (!v.isString())
            errors << FieldError {u"description"_s, u"The description is text."_s};
        else if (v.toString().size() > MaxDescriptionLength)
            errors << FieldError {
                u"description"_s,
                u"The description may be at most %1 characters long."_s.arg(MaxDescriptionLength)};
        else
            input->description = v.toString();
    }
    const QString choose
        = u"Choose at least one event, among: %1."_s.arg(eventTypes().join(u", "_s));
    if (body.contains(u"eventTypes"_s)) {
        const QJsonValue v = body.value(u"eventTypes"_s);
        const QJsonArray items = v.toArray();
        if (!v.isArray() || items.isEmpty())
            errors << FieldError {u"eventTypes"_s, choose};
        QStringList types;
        bool fine = v.isArray() && !items.isEmpty();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (!item.isString() || !eventTypes().contains(item.toString())) {
                errors << FieldError {
                    u"eventTypes[%1]"_s.arg(i),
                    u"Unknown event; choose among: %1."_s.arg(eventTypes().join(u", "_s))};
                fine = false;
            } else if (!types.contains(item.toString())) {
                types << item.toString();
            }
        }
        if (fine)
            input->eventTypes = types;
    } else if (create) {
        errors << FieldError {u"eventTypes"_s, choose};
    }
    if (body.contains(u"enabled"_s)) {
        if (!body.value(u"enabled"_s).isBool())
            errors << FieldError {u"enabled"_s, u"enabled is true or false."_s};
        else
            input->enabled = body.value(u"enabled"_s).toBool();
    }
    return errors;
}

} // namespace wedsync::webhooks
