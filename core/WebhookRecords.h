#pragma once
// An organization's webhook endpoint and one delivery of an event to it, as the server stores
// them and the console shows them. The endpoint's secret is not here: it is sealed in storage
// and shown once, when it is made.

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace wedsync::webhooks {

inline constexpr int MaxUrlLength = 2048;
inline constexpr int MaxDescriptionLength = 200;

struct Endpoint
{
    QString id;
    QString organizationId;
    QString url;
    QString description;
    QStringList eventTypes;
    bool enabled = true;
    QString createdBy; // empty when the user is gone
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 1;
    // The newest delivery to it, as the endpoint list shows it (empty status: none yet).
    QString lastStatus;
    int lastResponseCode = 0; // 0: no HTTP answer
    QDateTime lastAt; // delivered, else queued
};

inline constexpr char Pending[] = "pending";
inline constexpr char Delivered[] = "delivered";
inline constexpr char Failed[] = "failed"; // the last attempt failed; another one is planned
inline constexpr char Dead[] = "dead"; // retried for 24 hours; only a redelivery sends it again

struct Delivery
{
    QString id;
    QString endpointId;
    QString organizationId;
    QString eventId; // the same across retries and redeliveries: receivers deduplicate on it
    QString eventType;
    QByteArray payload; // the exact body sent
    QString status = QString::fromLatin1(Pending);
    int attemptCount = 0;
    QDateTime nextAttemptAt; // invalid once delivered or dead
    int lastResponseCode = 0; // 0: no HTTP answer yet
    int latencyMs = -1; // of the last attempt; -1: none
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;
};

// The body of an event: {"id", "type", "created_at", "organization_id", "data"}, compact.
QByteArray eventPayload(const QString &eventId, const QString &type, const QDateTime &createdAt,
                        const QString &organizationId, const QJsonObject &data);

QJsonObject toJson(const Endpoint &endpoint);
// `endpoint`'s last delivery becomes `newest` (when delivered, else when queued).
void noteLastDelivery(Endpoint *endpoint, const Delivery &newest);
QJsonObject toJson(const Delivery &delivery); // the payload as a JSON object

// What a create or patch body says about an endpoint.
struct EndpointInput
{
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<QStringList> eventTypes;
    std::optional<bool> enabled;
};

// Every key a create or patch may hold.
const QStringList &writableFields();

// Reads `body`; each problem once, by field. A create needs url and eventTypes.
QList<FieldError> readInput(const QJsonObject &body, bool create, EndpointInput *input);

// Problems of a target URL: http or https, a host, no user name or password in it, no
// fragment, at most MaxUrlLength characters. Empty when it is fine.
QString urlProblem(const QString &url);

} // namespace wedsync::webhooks
