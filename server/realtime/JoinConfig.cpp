#include "realtime/JoinConfig.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

Error invalidJoin(const QString &field, const QString &message)
{
    return Error {u"invalid_join"_s, message, {FieldError {field, message}}};
}

// Supabase's FlexibleBoolean: true/false or the strings "true"/"false".
bool readFlag(const QJsonObject &o, QLatin1StringView key, bool fallback, bool *ok)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isString() && (v.toString() == "true"_L1 || v.toString() == "false"_L1))
        return v.toString() == "true"_L1;
    *ok = false;
    return fallback;
}

// A non-negative integer, as a JSON number or a decimal string (for clients that keep
// sequence numbers as text to stay exact beyond 2^53).
std::optional<qint64> readCount(const QJsonValue &v, bool *ok)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && std::trunc(d) == d && d < 9.0e15)
            return static_cast<qint64>(d);
    } else if (v.isString()) {
        bool parsed = false;
        const qint64 n = v.toString().toLongLong(&parsed);
        if (parsed && n >= 0)
            return n;
    }
    *ok = false;
    return std::nullopt;
}

} // namespace

Result<JoinConfig> JoinConfig::parse(const QJsonValue &payload, qint64 *nextBindingId)
{
    JoinConfig out;
    if (payload.isNull() || payload.isUndefined())
        return out;
    if (!payload.isObject())
        return invalidJoin(u"payload"_s, u"The join payload must be an object."_s);
    const QJsonObject body = payload.toObject();

    for (const QLatin1StringView key : {"access_token"_L1, "user_token"_L1}) {
        const QJsonValue token = body.value(key);
        if (token.isString() && !token.toString().isEmpty() && out.accessToken.isEmpty()
            && !token.toString().startsWith("sb_"_L1)) {
            out.accessToken = token.toString();
        }
    }

    const QJsonValue configValue = body.value("config"_L1);
    if (configValue.isUndefined() || configValue.isNull())
        return out;
    if (!configValue.isObject())
        return invalidJoin(u"config"_s, u"The join config must be an object."_s);
    const QJsonObject config = configValue.toObject();

    bool ok = true;
    const QJsonObject broadcast = config.value("broadcast"_L1).toObject();
    out.broadcastSelf = readFlag(broadcast, "self"_L1, false, &ok);
    out.broadcastAck = readFlag(broadcast, "ack"_L1, false, &ok);
    const QJsonObject presence = config.value("presence"_L1).toObject();
    out.presenceEnabled = readFlag(presence, "enabled"_L1, true, &ok);
    out.isPrivate = readFlag(config, "private"_L1, false, &ok);
    if (!ok) {
        return invalidJoin(u"config"_s,
                           u"The join config's flags (broadcast.self, broadcast.ack, "
                           "presence.enabled, private) must be true or false."_s);
    }
    const QJsonValue key = presence.value("key"_L1);
    if (!key.isUndefined() && !key.isNull() && !key.isString())
        return invalidJoin(u"config.presence.key"_s, u"The presence key must be a string."_s);
    out.presenceKey = key.toString();

    const QJsonValue changes = config.value("postgres_changes"_L1);
    if (!changes.isUndefined() && !changes.isNull() && !changes.isArray()) {
        return invalidJoin(u"config.postgres_changes"_s,
                           u"config.postgres_changes must be a list of bindings."_s);
    }
    for (const QJsonValue &requested : changes.toArray()) {
        auto binding = PostgresBinding::parse(requested, (*nextBindingId)++);
        if (!binding)
            return binding.error();
        out.bindings.append(binding.value());
    }

    const QJsonValue lastSeq = config.value("last_seq"_L1);
    if (!lastSeq.isUndefined() && !lastSeq.isNull()) {
        out.lastSeq = readCount(lastSeq, &ok);
        if (!ok) {
            return invalidJoin(u"config.last_seq"_s,
                               u"config.last_seq must be the non-negative sequence number "
                               "of the last message you received."_s);
        }
    }

    const QJsonValue replay = broadcast.value("replay"_L1);
    if (!replay.isUndefined() && !replay.isNull()) {
        const QJsonObject r = replay.toObject();
        Replay parsed;
        parsed.sinceMs = readCount(r.value("since"_L1), &ok).value_or(0);
        if (r.contains("limit"_L1))
            parsed.limit
                = int(std::min<qint64>(readCount(r.value("limit"_L1), &ok).value_or(0), 1'000'000));
        if (!replay.isObject() || !ok || (parsed.limit && *parsed.limit < 1)) {
            return invalidJoin(u"config.broadcast.replay"_s,
                               u"Replay params are not valid: use {since: <epoch ms>, limit: "
                               "<count ≥ 1>}."_s);
        }
        out.replay = parsed;
    }
    return out;
}

} // namespace wedsync::server
