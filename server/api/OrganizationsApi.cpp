#include "api/OrganizationsApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/Operator.h"
#include "api/ReaderAnswer.h"
#include "api/RecordJson.h"
#include "storage/OrganizationRepository.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &response, RouteHandler handler)
{
    return consoleRoute(u"organizations"_s, method, path, summary, {}, response, 200,
                        std::move(handler));
}

} // namespace

OrganizationsApi::OrganizationsApi(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

void OrganizationsApi::registerRoutes(Router &router)
{
    router.addOrDie(
        route(u"GET"_s, u"/api/v1/organizations"_s,
              u"Organizations the caller may see: all for platform staff, else where they plan."_s,
              u"OrganizationList"_s, [this](ApiRequest &r) { return list(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/organizations/{org:uuid}"_s, u"One organization."_s,
                          u"Organization"_s, [this](ApiRequest &r) { return get(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/organizations/{org:uuid}/weddings"_s,
                          u"An organization's weddings with their current phase, soonest first."_s,
                          u"WeddingList"_s, [this](ApiRequest &r) { return weddings(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/organizations/{org:uuid}/members"_s,
                          u"An organization's members and their roles."_s, u"MemberList"_s,
                          [this](ApiRequest &r) { return members(r); }));
}

ApiResponse OrganizationsApi::list(ApiRequest &request)
{
    return answerFromReader(m_readers, m_db, request,
                            [&clock = m_clock, caller = *callerOf(request),
                             requestId = request.requestId](Database &db) {
                                return readList(db, clock, caller, requestId);
                            });
}

ApiResponse OrganizationsApi::readList(Database &db, const Clock &clock, const Operator &caller,
                                       const QString &requestId)
{
    OrganizationRepository organizations(db, clock);
    auto rows = caller.seesAllOrganizations() ? organizations.list()
                                              : organizations.listForUser(caller.userId());
    if (!rows)
        return errorResponse(answeringRequest(requestId), rows.error());
    QJsonArray items;
    for (const Organization &organization : rows.value()) {
        if (!caller.canRead(organization.id))
            continue; // a vendor membership elsewhere shows nothing
        QJsonObject item = json::organization(organization);
        const auto role = caller.roleIn(organization.id);
        item.insert(u"callerRole"_s,
                    role ? QJsonValue(roleName(*role)) : QJsonValue(QJsonValue::Null));
        items.append(item);
    }
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

ApiResponse OrganizationsApi::readOrganization(const ApiRequest &request, OrganizationRead read)
{
    // Someone else's organization and one that does not exist get the same answer.
    if (auto stop = requireReadableOrganization(request))
        return *stop;
    return answerFromReader(
        m_readers, m_db, request,
        [&clock = m_clock, id = request.param(u"org"_s), requestId = request.requestId,
         read](Database &db) {
            Organization organization;
            if (auto stop = requireExistingOrganization(db, clock, id, requestId, &organization))
                return *stop;
            return read(db, organization, requestId);
        });
}

ApiResponse OrganizationsApi::get(ApiRequest &request)
{
    return readOrganization(request,
                            [](Database &, const Organization &organization, const QString &) {
                                return ApiResponse::json(json::organization(organization));
                            });
}

ApiResponse OrganizationsApi::weddings(ApiRequest &request)
{
    return readOrganization(request,
                            [&clock = m_clock](Database &db, const Organization &organization,
                                               const QString &requestId) {
                                auto rows = WeddingRepository(db, clock).list(organization.id);
                                if (!rows)
                                    return errorResponse(answeringRequest(requestId), rows.error());
                                const QDateTime now = clock.now();
                                QJsonArray items;
                                for (const Wedding &wedding : rows.value())
                                    items.append(json::wedding(wedding, now));
                                return ApiResponse::json(QJsonObject {{u"items"_s, items}});
                            });
}

ApiResponse OrganizationsApi::members(ApiRequest &request)
{
    return readOrganization(
        request,
        [&clock = m_clock](Database &db, const Organization &organization,
                           const QString &requestId) {
            auto rows = UserRepository(db, clock).membersOf(organization.id);
            if (!rows)
                return errorResponse(answeringRequest(requestId), rows.error());
            auto access = WeddingRepository(db, clock).accessIn(organization.id);
            if (!access)
                return errorResponse(answeringRequest(requestId), access.error());
            QHash<QString, QJsonArray> accessOf;
            for (const WeddingAccess &grant : access.value())
                accessOf[grant.userId].append(QJsonObject {{u"weddingId"_s, grant.weddingId},
                                                           {u"accessLevel"_s, grant.accessLevel}});
            QJsonArray items;
            for (const Member &member : rows.value()) {
                QJsonObject item = json::member(member);
                item.insert(u"weddingAccess"_s, accessOf.value(member.userId));
                items.append(item);
            }
            return ApiResponse::json(QJsonObject {{u"items"_s, items}});
        });
}

} // namespace wedsync::server
