#include "api/ConfigApi.h"

#include "api/ActorNames.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/ConfigScopeAccess.h"
#include "api/ConfigService.h"
#include "api/ConfigWire.h"
#include "api/KeysetPage.h"
#include "api/PageQuery.h"
#include "api/Preconditions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 200;

const QString PlatformBase = u"/api/v1/config/{type:slug}"_s;
const QString TenantBase = u"/api/v1/organizations/{org:uuid}/config/{type:slug}"_s;
const QString UserBase
    = u"/api/v1/organizations/{org:uuid}/members/{user:uuid}/config/{type:slug}"_s;

ApiResponse viewResponse(const ConfigInputs &inputs, int status = 200)
{
    ApiResponse response
        = ApiResponse::json(configViewToJson(inputs.own(), inputs.resolve()), status);
    response.withHeader("ETag", etagFor(inputs.own().version));
    return response;
}

// Reads the scope and type of the route; fills both or answers.
struct Located
{
    ConfigScope scope;
    ConfigSettingType type = ConfigSettingType::Rbac;
};

std::optional<ApiResponse> locate(const ApiRequest &request, Database &db, const Clock &clock,
                                  Located *found)
{
    if (auto stop = locateConfigScope(request, db, clock, &found->scope))
        return stop;
    return readConfigType(request, found->scope, &found->type);
}

// `name` if given (else `version` stays as it is).
std::optional<ApiResponse> readVersionQuery(const ApiRequest &request, const QString &name,
                                            qint64 *version)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return invalidQuery(name, u"%1 is a version number (0 or more)."_s.arg(name));
    *version = value;
    return std::nullopt;
}

} // namespace

ConfigApi::ConfigApi(ConfigService &service, Database &db, const Clock &clock)
    : m_service(service)
    , m_db(db)
    , m_clock(clock)
{ }

void ConfigApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (ConfigApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    struct Base
    {
        QString path;
        QString who;
        AuthRequirement auth;
    };
    const QList<Base> bases {
        {PlatformBase, u"the platform's"_s, AuthRequirement::Console},
        {TenantBase, u"an organization's"_s, AuthRequirement::Console},
        {UserBase, u"a user's own"_s, AuthRequirement::Authenticated},
    };
    router.addOrDie(Route {u"GET"_s,
                           *PathPattern::parse(u"/api/v1/organizations/{org:uuid}/config"_s),
                           u"The setting types an organization keeps, with the version of its own "
                           "document of each."_s,
                           u"config"_s,
                           AuthRequirement::Console,
                           {},
                           u"ConfigTypeList"_s,
                           200,
                           bind(&ConfigApi::types)});
    for (const Base &base : bases) {
        const auto add
            = [&](const QString &method, const QString &suffix, const QString &summary,
                  const QString &requestSchema, const QString &response, RouteHandler handler) {
                  router.addOrDie(Route {method, *PathPattern::parse(base.path + suffix),
                                         summary.arg(base.who), u"config"_s, base.auth,
                                         requestSchema, response, 200, std::move(handler)});
              };
        add(u"GET"_s, {},
            u"The effective settings of a type at %1 level, each field with its provenance (the "
            "layer it came from and the sync rule that decided); ETag: that level's version."_s,
            {}, u"ConfigView"_s, bind(&ConfigApi::get));
        add(u"PUT"_s, {},
            u"Replaces %1 document of a type (If-Match: its version; 412 with the current one "
            "when stale). A platform change is propagated to every tenant and user."_s,
            u"ConfigWrite"_s, u"ConfigView"_s, bind(&ConfigApi::put));
        add(u"GET"_s, u"/history"_s,
            u"Every version of %1 document of a type, newest first, paged by cursor."_s, {},
            u"ConfigHistoryPage"_s, bind(&ConfigApi::history));
        add(u"GET"_s, u"/diff"_s,
            u"What changed in %1 document from version `from` to version `to` (0: before the "
            "first; by default the last change)."_s,
            {}, u"ConfigDiff"_s, bind(&ConfigApi::diff));
        add(u"POST"_s, u"/rollback"_s,
            u"Makes %1 document equal to an old version again, as a new version (If-Match: the "
            "current version)."_s,
            u"ConfigRollback"_s, u"ConfigView"_s, bind(&ConfigApi::rollback));
    }
}

ApiResponse ConfigApi::types(ApiRequest &request)
{
    ConfigScope scope;
    if (auto stop = locateConfigScope(request, m_db, m_clock, &scope))
        return *stop;
    QJsonArray items;
    // Notifications first: the type every layer keeps.
    QList<ConfigSettingType> order {ConfigSettingType::Notifications};
    for (ConfigSettingType type : allConfigSettingTypes()) {
        if (!order.contains(type))
            order << type;
    }
    for (ConfigSettingType type : std::as_const(order)) {
        if (!configSettingAllowedAt(type, scope.layer))
            continue;
        auto stored = ConfigSettingRepository(m_db, m_clock, m_service.secrets()).find(scope, type);
        if (!stored)
            return errorResponse(request, stored.error());
        QJsonArray layers;
        for (ConfigLayer layer : configSettingLayers(type))
            layers.append(configLayerName(layer));
        items.append(QJsonObject {{u"id"_s, configSettingTypeName(type)},
                                  {u"settingType"_s, configSettingTypeName(type)},
                                  {u"layers"_s, layers},
                                  {u"version"_s, stored->version}});
    }
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

QJsonValue ConfigApi::currentOf(const ApiRequest &request)
{
    Located found;
    if (locate(request, m_db, m_clock, &found))
        return {};
    auto inputs = m_service.read(found.scope, found.type);
    return inputs ? QJsonValue(configViewToJson(inputs->own(), inputs->resolve())) : QJsonValue();
}

ApiResponse ConfigApi::get(ApiRequest &request)
{
    Located found;
    if (auto stop = locate(request, m_db, m_clock, &found))
        return *stop;
    auto inputs = m_service.read(found.scope, found.type);
    if (!inputs)
        return errorResponse(request, inputs.error());
    if (ifNoneMatchHits(request, inputs->own().version))
        return notModified(inputs->own().version);
    return viewResponse(inputs.value());
}

ApiResponse ConfigApi::put(ApiRequest &request)
{
    Located found;
    if (auto stop = locate(request, m_db, m_clock, &found))
        return *stop;
    auto body = readBodyWithFields(request, {u"document"_s, u"summary"_s});
    if (!body)
        return writeFailure(request, body.error());
    const QJsonValue document = body->value(u"document"_s);
    const QJsonValue summary = body->value(u"summary"_s);
    QList<FieldError> errors;
    if (!document.isObject())
        errors << FieldError {u"document"_s, u"document is the settings object to store."_s};
    if (!summary.isUndefined() && !summary.isNull()
        && (!summary.isString() || summary.toString().size() > 500))
        errors << FieldError {u"summary"_s, u"summary is a text of at most 500 characters."_s};
    if (!errors.isEmpty())
        return writeFailure(request,
                            Error {u"validation_failed"_s,
                                   u"Some fields are not valid; see details.fields."_s, errors});
    // The body's shape is told first (as every route does), then who may write it.
    if (auto stop = requireConfigWriter(request, found.scope))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    const QString text = summary.toString().trimmed();
    auto written
        = m_service.write(actorOf(request), found.scope, found.type, ifMatch, document.toObject(),
                          text.isEmpty() ? u"Settings changed."_s : text);
    if (!written)
        return writeFailure(request, written.error(), currentOf(request));
    ApiResponse response = viewResponse(written->inputs);
    if (written->propagation) {
        QJsonObject out = configViewToJson(written->inputs.own(), written->inputs.resolve());
        out.insert(u"propagation"_s, written->propagation->toJson());
        response = ApiResponse::json(out);
        response.withHeader("ETag", etagFor(written->inputs.own().version));
    }
    return response;
}

ApiResponse ConfigApi::history(ApiRequest &request)
{
    Located found;
    if (auto stop = locate(request, m_db, m_clock, &found))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"limit"_s, u"offset"_s, u"cursor"_s}))
        return *stop;
    ConfigSettingRepository::Filter filter;
    filter.scopeKey = found.scope.key();
    filter.settingType = configSettingTypeName(found.type);
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    ConfigSettingRepository repository(m_db, m_clock, m_service.secrets());
    ActorNames names(m_db, m_clock);
    return keysetPage(request, repository, filter, [&names](const ConfigHistoryEntry &entry) {
        QJsonObject out = configHistoryEntryToJson(entry);
        out.insert(u"changedByName"_s, names.label(entry.changedBy));
        return out;
    });
}

ApiResponse ConfigApi::diff(ApiRequest &request)
{
    Located found;
    if (auto stop = locate(request, m_db, m_clock, &found))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"from"_s, u"to"_s}))
        return *stop;
    // By default the last change: from the version before the current one to the current one.
    auto current = m_service.read(found.scope, found.type);
    if (!current)
        return errorResponse(request, current.error());
    qint64 to = current->own().version;
    if (auto stop = readVersionQuery(request, u"to"_s, &to))
        return *stop;
    qint64 from = qMax<qint64>(0, to - 1);
    if (auto stop = readVersionQuery(request, u"from"_s, &from))
        return *stop;
    auto changes = m_service.diff(found.scope, found.type, from, to);
    if (!changes)
        return errorResponse(request, changes.error());
    return ApiResponse::json(QJsonObject {
        {u"from"_s, from}, {u"to"_s, to}, {u"changes"_s, configDeltaToJson(changes.value())}});
}

ApiResponse ConfigApi::rollback(ApiRequest &request)
{
    Located found;
    if (auto stop = locate(request, m_db, m_clock, &found))
        return *stop;
    auto body = readBodyWithFields(request, {u"version"_s});
    if (!body)
        return writeFailure(request, body.error());
    const QJsonValue version = body->value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() > 1e15
        || version.toDouble() != double(qint64(version.toDouble())))
        return writeFailure(request,
                            Error {u"validation_failed"_s,
                                   u"Some fields are not valid; see details.fields."_s,
                                   {{u"version"_s,
                                     u"version is the number of the version to restore "
                                     "(1 or more)."_s}}});
    if (auto stop = requireConfigWriter(request, found.scope))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    auto written = m_service.rollback(actorOf(request), found.scope, found.type, ifMatch,
                                      qint64(version.toDouble()));
    if (!written)
        return writeFailure(request, written.error(), currentOf(request));
    return viewResponse(written->inputs);
}

} // namespace wedsync::server
