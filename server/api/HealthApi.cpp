#include "api/HealthApi.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync::server {

HealthApi::HealthApi(Database &db)
    : m_db(db)
{ }

void HealthApi::registerRoutes(Router &router)
{
    router.addOrDie(Route {u"GET"_s,
                           *PathPattern::parse(u"/healthz"_s),
                           u"Reports that the server is up and its database answers."_s,
                           u"health"_s,
                           AuthRequirement::Public,
                           {},
                           u"Health"_s,
                           200,
                           [this](ApiRequest &request) {
                               return health(request);
                           }});
}

ApiResponse HealthApi::health(ApiRequest &)
{
    QJsonObject body {{u"database"_s, m_db.backendName()},
                      {u"version"_s, QCoreApplication::applicationVersion()}};
    SqlQuery ping(m_db, u"SELECT 1"_s);
    if (auto done = ping.exec(u"checking the database"_s); !done || !ping.next()) {
        body.insert(u"status"_s, u"degraded"_s);
        return ApiResponse::json(body, 503);
    }
    body.insert(u"status"_s, u"ok"_s);
    return ApiResponse::json(body);
}

} // namespace wedsync::server
