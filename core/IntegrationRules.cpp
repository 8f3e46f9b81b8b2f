#include "IntegrationRules.h"

#include "ClientFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::crm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::crm", text);
}

QString oneOf(const QStringList &values)
{
    return values.join(u", "_s);
}

} // namespace

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

const QStringList &integrationStatuses()
{
    static const QStringList values {u"pending"_s, u"connected"_s, u"error"_s, u"disconnected"_s,
                                     u"expired"_s};
    return values;
}

const QStringList &directions()
{
    static const QStringList values {u"import_only"_s, u"export_only"_s, u"bidirectional"_s};
    return values;
}

const QStringList &conflictStrategies()
{
    static const QStringList values {u"wedsync_wins"_s, u"crm_wins"_s, u"newest_wins"_s,
                                     u"manual_review"_s};
    return values;
}

const QStringList &jobKinds()
{
    static const QStringList values {u"full_import"_s, u"incremental_sync"_s, u"export_to_crm"_s,
                                     u"field_mapping_update"_s, u"file_import"_s};
    return values;
}

const QStringList &jobStatuses()
{
    static const QStringList values {u"pending"_s, u"running"_s, u"completed"_s, u"failed"_s,
                                     u"cancelled"_s};
    return values;
}

const QStringList &syncKinds()
{
    static const QStringList values {u"full_import"_s, u"incremental_sync"_s, u"export_to_crm"_s};
    return values;
}

QStringList allowedDirections(const ProviderInfo &provider)
{
    switch (provider.connect) {
    case ConnectKind::Api:
        return directions();
    case ConnectKind::Inbound:
        return {u"export_only"_s};
    case ConnectKind::File:
    case ConnectKind::Custom:
        return {u"import_only"_s};
    }
    return {};
}

bool runsOnSchedule(const QString &provider, const QString &baseUrl)
{
    const ProviderInfo *info = findProvider(provider);
    if (!info)
        return false;
    switch (info->connect) {
    case ConnectKind::Api:
        return true;
    case ConnectKind::Custom:
        return !baseUrl.isEmpty();
    case ConnectKind::Inbound:
    case ConnectKind::File:
        return false;
    }
    return false;
}

QList<FieldError> validateDraft(const IntegrationDraft &draft)
{
    QList<FieldError> errors;
    const ProviderInfo *provider = findProvider(draft.provider);
    if (!provider)
        errors << FieldError {u"provider"_s,
                              tr("Choose a provider: %1.").arg(oneOf(providerIds()))};
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        errors << FieldError {u"name"_s, tr("Give the connection a name.")};
    else if (draft.name.size() > MaxNameLength)
        errors << FieldError {u"name"_s,
                              tr("The name is at most %1 characters.").arg(MaxNameLength)};
    const auto auth = authTypeFromName(draft.authType);
    if (!auth) {
        errors << FieldError {u"authType"_s,
                              tr("The sign-in method is one of: %1.").arg(oneOf(authTypeNames()))};
    } else if (provider && !provider->authTypes.contains(*auth)) {
        QStringList allowed;
        for (AuthType type : provider->authTypes)
            allowed << authTypeName(type);
        errors << FieldError {
            u"authType"_s, tr("%1 connects with: %2.").arg(provider->displayName, oneOf(allowed))};
    }
    if (draft.scheduleMinutes
        && (*draft.scheduleMinutes < MinScheduleMinutes
            || *draft.scheduleMinutes > MaxScheduleMinutes))
        errors << FieldError {
            u"scheduleMinutes"_s,
            tr("Sync every %1 to %2 minutes, or leave the schedule empty to sync by hand.")
                .arg(MinScheduleMinutes)
                .arg(MaxScheduleMinutes)};
    if (!directions().contains(draft.direction)) {
        errors << FieldError {u"direction"_s,
                              tr("The direction is one of: %1.").arg(oneOf(directions()))};
    } else if (provider && !allowedDirections(*provider).contains(draft.direction)) {
        errors << FieldError {u"direction"_s,
                              tr("%1 can only be used as: %2.")
                                  .arg(provider->displayName, oneOf(allowedDirections(*provider)))};
    }
    if (!conflictStrategies().contains(draft.conflictStrategy))
        errors << FieldError {
            u"conflictStrategy"_s,
            tr("The conflict strategy is one of: %1.").arg(oneOf(conflictStrategies()))};
    if (draft.baseUrl.size() > MaxBaseUrlLength) {
        errors << FieldError {u"baseUrl"_s,
                              tr("The address is at most %1 characters.").arg(MaxBaseUrlLength)};
    } else if (!draft.baseUrl.isEmpty() && !isWebUrl(draft.baseUrl)) {
        errors << FieldError {u"baseUrl"_s,
                              tr("The address must start with https:// (or http://) and name a "
                                 "host, e.g. https://crm.example.com/api.")};
    } else if (provider && provider->connect == ConnectKind::File && !draft.baseUrl.isEmpty()) {
        errors << FieldError {
            u"baseUrl"_s,
            tr("%1 is imported from a file and takes no address.").arg(provider->displayName)};
    } else if (provider && provider->connect == ConnectKind::Custom && auth
               && *auth != AuthType::None && draft.baseUrl.isEmpty()) {
        errors << FieldError {u"baseUrl"_s,
                              tr("Give the address of the REST endpoint that returns your "
                                 "clients, e.g. https://crm.example.com/api/clients.")};
    }
    return errors;
}

QList<FieldError> validateCredentials(const QString &authType, const QJsonObject &credentials)
{
    QList<FieldError> errors;
    const auto auth = authTypeFromName(authType);
    if (!auth)
        return errors; // the draft's own check names authType
    QStringList required;
    QStringList optional;
    switch (*auth) {
    case AuthType::None:
        break;
    case AuthType::ApiKey:
        required = {u"apiKey"_s};
        break;
    case AuthType::Basic:
        required = {u"username"_s, u"password"_s};
        break;
    case AuthType::OAuth2:
        // Either the authorization server's endpoints and the client id (the server links the
        // connection through oauth/start and oauth/finish), or tokens obtained elsewhere.
        required = credentials.contains(u"accessToken"_s)
            ? QStringList {u"accessToken"_s}
            : QStringList {u"authorizationUrl"_s, u"tokenUrl"_s, u"clientId"_s};
        optional = {u"accessToken"_s, u"refreshToken"_s, u"expiresAt"_s,    u"authorizationUrl"_s,
                    u"tokenUrl"_s,    u"clientId"_s,     u"clientSecret"_s, u"scope"_s};
        optional.removeIf([&](const QString &key) { return required.contains(key); });
        for (const QString &key : {u"authorizationUrl"_s, u"tokenUrl"_s}) {
            const QString url = credentials.value(key).toString();
            if (!url.isEmpty() && url.size() <= 4096 && !isWebUrl(url))
                errors << FieldError {u"credentials."_s + key,
                                      tr("The address must start with https:// (or http://) and "
                                         "name a host, e.g. https://login.example.com/oauth/%1.")
                                          .arg(key == u"tokenUrl"_s ? u"token"_s : u"authorize"_s)};
        }
        break;
    }
    const QStringList allowed = required + optional;
    for (auto it = credentials.begin(); it != credentials.end(); ++it) {
        const QString field = u"credentials."_s + it.key().left(100);
        if (!allowed.contains(it.key())) {
            errors << FieldError {
                field,
                allowed.isEmpty()
                    ? tr("This sign-in method takes no credentials.")
                    : tr("Unknown credential; this sign-in method takes: %1.").arg(oneOf(allowed))};
        } else if (!it.value().isString()) {
            errors << FieldError {field, tr("Must be text.")};
        } else if (it.value().toString().size() > 4096) {
            errors << FieldError {field, tr("At most 4096 characters.")};
        }
    }
    for (const QString &key : required) {
        if (credentials.value(key).toString().trimmed().isEmpty()
            && !credentials.value(key).isString())
            errors << FieldError {u"credentials."_s + key, tr("This credential is required.")};
        else if (credentials.value(key).toString().trimmed().isEmpty())
            errors << FieldError {u"credentials."_s + key, tr("This credential cannot be empty.")};
    }
    return errors;
}

QList<FieldError> validateMappings(const QList<MappingRule> &mappings)
{
    // One rule for the server and the console: the mapping the console checked is the one the
    // server accepts (a date format such as "MMMM d, yyyy", a phone already in +… form).
    // The transform is named on the wire (and stored as named): an empty or unknown one is an
    // error here even where FieldMapping would read it as "as it is".
    QList<FieldError> errors;
    QJsonArray items;
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const MappingRule &rule = mappings.at(i);
        if (!clientTransformIds().contains(rule.transform))
            errors << FieldError {
                u"items[%1].transform"_s.arg(i),
                tr("The transform is one of: %1.").arg(oneOf(clientTransformIds()))};
        QJsonObject item {{u"source"_s, rule.source},
                          {u"target"_s, rule.target},
                          {u"transform"_s, rule.transform}};
        if (!rule.argument.isEmpty())
            item.insert(u"argument"_s, rule.argument);
        items.append(item);
    }
    const Result<FieldMapping> mapping = FieldMapping::fromJson(items);
    if (!mapping) {
        for (const FieldError &error : mapping.error().fields) {
            if (std::none_of(errors.begin(), errors.end(), [&error](const FieldError &known) {
                    return known.field == error.field;
                }))
                errors << error;
        }
    }
    // In entry order (items[2] before items[10]), as the entries were given.
    const auto entry = [](const FieldError &error) {
        const qsizetype open = error.field.indexOf(u'[');
        const qsizetype close = error.field.indexOf(u']');
        return open < 0 || close < open ? -1 : error.field.mid(open + 1, close - open - 1).toInt();
    };
    std::stable_sort(
        errors.begin(), errors.end(),
        [&entry](const FieldError &a, const FieldError &b) { return entry(a) < entry(b); });
    return errors;
}

std::optional<int> integrationLimit(const QString &tier)
{
    if (tier == u"enterprise"_s)
        return std::nullopt;
    if (tier == u"starter"_s)
        return 1;
    if (tier == u"professional"_s)
        return 3;
    if (tier == u"scale"_s)
        return 5;
    return 0;
}

bool tierAllowsAnother(const QString &tier, int used)
{
    const auto limit = integrationLimit(tier);
    return !limit || used < *limit;
}

const QStringList &tiers()
{
    static const QStringList values {u"free"_s, u"starter"_s, u"professional"_s, u"scale"_s,
                                     u"enterprise"_s};
    return values;
}

QString upgradeTier(const QString &tier)
{
    const std::optional<int> limit = integrationLimit(tier);
    const qsizetype at = tiers().indexOf(tier);
    for (qsizetype next = at + 1; at >= 0 && limit && next < tiers().size(); ++next) {
        const std::optional<int> more = integrationLimit(tiers().at(next));
        if (!more || *more > *limit)
            return tiers().at(next);
    }
    return {};
}

QString tierDisplayName(const QString &tier)
{
    if (tier == u"free"_s)
        return tr("Free");
    if (tier == u"starter"_s)
        return tr("Starter");
    if (tier == u"professional"_s)
        return tr("Professional");
    if (tier == u"scale"_s)
        return tr("Scale");
    if (tier == u"enterprise"_s)
        return tr("Enterprise");
    return tier;
}

QString tierLimitMessage(const QString &organizationName, const QString &tier)
{
    const auto limit = integrationLimit(tier);
    QString includes;
    if (!limit)
        includes = tr("which includes unlimited CRM integrations");
    else if (*limit == 0)
        includes = tr("which includes no CRM integrations");
    else if (*limit == 1)
        includes = tr("which includes 1 CRM integration, already in use");
    else
        includes = tr("which includes %1 CRM integrations, all in use").arg(*limit);
    QString upgrade;
    if (const QString next = upgradeTier(tier); !next.isEmpty()) {
        const std::optional<int> more = integrationLimit(next);
        upgrade = more
            ? tr(" Upgrade to %1 for %2.").arg(tierDisplayName(next)).arg(*more)
            : tr(" Upgrade to %1 for unlimited integrations.").arg(tierDisplayName(next));
    }
    if (upgrade.isEmpty())
        upgrade = tr(" Remove one to connect another.");
    return tr("%1 is on the %2 tier, %3.%4")
        .arg(organizationName, tierDisplayName(tier), includes, upgrade);
}

} // namespace wedsync::crm
