// Encoders and decoders for the permission engine's JSON wire forms.
#include "PermissionJson.h"
#include "TimeZoneIds.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("wedsync::PermissionJson", text, nullptr, n);
}

QString indexed(const QString &key, qsizetype i)
{
    return key + u'[' + QString::number(i) + u']';
}

template<typename T>
Result<T> finish(T value, QList<FieldError> errors, const char *code, const char *what)
{
    if (errors.isEmpty())
        return value;
    const int n = static_cast<int>(errors.size());
    return Error {QString::fromLatin1(code), tr(what, n), std::move(errors)};
}

template<typename T, typename Decode> Result<T> fromBytes(const QByteArray &bytes, Decode decode)
{
    Result<QJsonObject> parsed = parseJsonObject(bytes);
    if (!parsed)
        return parsed.error();
    return decode(parsed.value());
}

} // namespace

QString permissionFlagName(PermissionFlag flag)
{
    switch (flag) {
    case PermissionFlag::View:
        return u"view"_s;
    case PermissionFlag::Edit:
        return u"edit"_s;
    case PermissionFlag::Hide:
        return u"hide"_s;
    case PermissionFlag::Conditions:
        return u"conditions"_s;
    }
    return u"view"_s;
}

std::optional<PermissionFlag> permissionFlagFromName(QStringView name)
{
    if (name == u"view")
        return PermissionFlag::View;
    if (name == u"edit")
        return PermissionFlag::Edit;
    if (name == u"hide")
        return PermissionFlag::Hide;
    if (name == u"conditions")
        return PermissionFlag::Conditions;
    return std::nullopt;
}

// ---- UserProfile

QJsonObject userProfileToJson(const UserProfile &user)
{
    QJsonArray access;
    for (const WeddingAccess &a : user.weddingAccess)
        access.append(
            QJsonObject {{u"weddingId"_s, a.weddingId}, {u"accessLevel"_s, a.accessLevel}});
    return QJsonObject {
        {u"userId"_s, user.userId},
        {u"organizationId"_s, user.organizationId},
        {u"displayName"_s, user.displayName},
        {u"role"_s, user.role ? QJsonValue(roleName(*user.role)) : QJsonValue(QJsonValue::Null)},
        {u"weddingAccess"_s, access},
        {u"customFields"_s, user.customFields},
    };
}

Result<UserProfile> userProfileFromJson(const QJsonObject &json)
{
    QList<FieldError> errors;
    JsonReader r(json, {}, &errors);
    UserProfile user;
    user.userId = r.string(u"userId"_s, {}, true);
    user.organizationId = r.string(u"organizationId"_s);
    user.displayName = r.string(u"displayName"_s);
    const QString role = r.string(u"role"_s);
    if (!role.isEmpty()) {
        user.role = roleFromName(role);
        if (!user.role)
            r.addError(u"role"_s,
                       tr("Unknown role \"%1\"; use guest, vendor, couple, photographer, "
                          "coordinator or admin.")
                           .arg(role));
    } else if (r.has(u"role"_s) && json.value(u"role").isString()) {
        r.addError(u"role"_s, tr("The role is empty; leave it out or use null for a guest."));
    }
    const QJsonArray access = r.array(u"weddingAccess"_s);
    for (qsizetype i = 0; i < access.size(); ++i) {
        const QString path = indexed(u"weddingAccess"_s, i);
        if (!access.at(i).isObject()) {
            errors.append({path, tr("Each wedding access entry must be an object.")});
            continue;
        }
        JsonReader entry(access.at(i).toObject(), path, &errors);
        WeddingAccess a;
        a.weddingId = entry.string(u"weddingId"_s, {}, true);
        a.accessLevel = entry.string(u"accessLevel"_s, {}, true);
        user.weddingAccess.append(std::move(a));
    }
    user.customFields = r.object(u"customFields"_s);
    return finish(
        std::move(user), std::move(errors), InvalidUserProfileCode,
        QT_TRANSLATE_NOOP("wedsync::PermissionJson", "The user profile has %n problem(s)."));
}

Result<UserProfile> userProfileFromJson(const QByteArray &bytes)
{
    return fromBytes<UserProfile>(bytes,
                                  [](const QJsonObject &o) { return userProfileFromJson(o); });
}

// ---- WeddingContext

QJsonObject weddingContextToJson(const WeddingContext &wedding)
{
    return QJsonObject {
        {u"weddingId"_s, wedding.weddingId},
        {u"date"_s,
         wedding.date.isValid() ? QJsonValue(wedding.date.toString(Qt::ISODate))
                                : QJsonValue(QJsonValue::Null)},
        {u"timeZone"_s,
         wedding.timeZone.isValid() ? QJsonValue(QString::fromUtf8(wedding.timeZone.id()))
                                    : QJsonValue(QJsonValue::Null)},
        {u"status"_s, wedding.status},
    };
}

Result<WeddingContext> weddingContextFromJson(const QJsonObject &json)
{
    QList<FieldError> errors;
    JsonReader r(json, {}, &errors);
    WeddingContext wedding;
    wedding.weddingId = r.string(u"weddingId"_s, {}, true);
    wedding.status = r.string(u"status"_s);

    const qsizetype before = errors.size();
    const QString date = r.string(u"date"_s, {}, true);
    if (errors.size() == before) {
        wedding.date = date.size() == 10 ? QDate::fromString(date, Qt::ISODate) : QDate();
        if (!wedding.date.isValid())
            r.addError(
                u"date"_s,
                tr("\"%1\" is not a calendar date; use YYYY-MM-DD, e.g. 2026-06-14.").arg(date));
    }

    const qsizetype beforeZone = errors.size();
    const QString zone = r.string(u"timeZone"_s, {}, true);
    if (errors.size() == beforeZone) {
        const QByteArray id = zone.toUtf8();
        if (isTimeZoneId(zone))
            wedding.timeZone = QTimeZone(id);
        if (!wedding.timeZone.isValid())
            r.addError(u"timeZone"_s,
                       tr("Unknown time zone \"%1\"; use an IANA name such as "
                          "Europe/London or Australia/Sydney.")
                           .arg(zone));
    }
    return finish(std::move(wedding), std::move(errors), InvalidWeddingCode,
                  QT_TRANSLATE_NOOP("wedsync::PermissionJson", "The wedding has %n problem(s)."));
}

Result<WeddingContext> weddingContextFromJson(const QByteArray &bytes)
{
    return fromBytes<WeddingContext>(
        bytes, [](const QJsonObject &o) { return weddingContextFromJson(o); });
}

// ---- EffectivePermission

QJsonObject permissionReasonToJson(const PermissionReason &reason)
{
    return QJsonObject {
        {u"flag"_s, permissionFlagName(reason.flag)},
        {u"allows"_s, reason.allows},
        {u"rule"_s, reason.rule},
        {u"text"_s, reason.text},
    };
}

QJsonObject effectivePermissionToJson(const EffectivePermission &permission)
{
    QJsonArray explanation;
    for (const PermissionReason &reason : permission.explanation)
        explanation.append(permissionReasonToJson(reason));
    return QJsonObject {
        {u"canView"_s, permission.canView},
        {u"canEdit"_s, permission.canEdit},
        {u"canHide"_s, permission.canHide},
        {u"conditions"_s, permission.conditions},
        {u"phase"_s,
         permission.phase ? QJsonValue(weddingPhaseName(*permission.phase))
                          : QJsonValue(QJsonValue::Null)},
        {u"explanation"_s, explanation},
    };
}

Result<EffectivePermission> effectivePermissionFromJson(const QJsonObject &json)
{
    QList<FieldError> errors;
    JsonReader r(json, {}, &errors);
    EffectivePermission p;
    p.canView = r.boolean(u"canView"_s, true).value_or(false);
    p.canEdit = r.boolean(u"canEdit"_s, true).value_or(false);
    p.canHide = r.boolean(u"canHide"_s, true).value_or(false);
    p.conditions = r.object(u"conditions"_s);
    const QString phase = r.string(u"phase"_s);
    if (!phase.isEmpty()) {
        p.phase = weddingPhaseFromName(phase);
        if (!p.phase)
            r.addError(u"phase"_s,
                       tr("Unknown wedding phase \"%1\"; use planning, pre_wedding, "
                          "wedding_day or post_wedding.")
                           .arg(phase));
    }
    const QJsonArray explanation = r.array(u"explanation"_s);
    for (qsizetype i = 0; i < explanation.size(); ++i) {
        const QString path = indexed(u"explanation"_s, i);
        if (!explanation.at(i).isObject()) {
            errors.append({path, tr("Each explanation entry must be an object.")});
            continue;
        }
        JsonReader entry(explanation.at(i).toObject(), path, &errors);
        PermissionReason reason {PermissionFlag::View, false, {}, {}};
        const qsizetype before = errors.size();
        const QString flag = entry.string(u"flag"_s, {}, true);
        if (errors.size() == before) {
            if (const auto f = permissionFlagFromName(flag))
                reason.flag = *f;
            else
                entry.addError(u"flag"_s,
                               tr("Unknown flag \"%1\"; use view, edit, hide or "
                                  "conditions.")
                                   .arg(flag));
        }
        reason.allows = entry.boolean(u"allows"_s, true).value_or(false);
        reason.rule = entry.string(u"rule"_s, {}, true);
        reason.text = entry.string(u"text"_s);
        p.explanation.append(std::move(reason));
    }
    return finish(
        std::move(p), std::move(errors), InvalidPermissionCode,
        QT_TRANSLATE_NOOP("wedsync::PermissionJson", "The permission has %n problem(s)."));
}

Result<EffectivePermission> effectivePermissionFromJson(const QByteArray &bytes)
{
    return fromBytes<EffectivePermission>(
        bytes, [](const QJsonObject &o) { return effectivePermissionFromJson(o); });
}

} // namespace wedsync
