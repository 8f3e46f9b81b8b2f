// libFuzzer target: the path router, on request lines as a client writes them
// ("METHOD /path?query"). Routes have the shapes of the server's table: literals, uuid, slug
// and string parameters, a literal next to a parameter ("/sections/reorder"). Whatever the
// input, the answer is one of the router's own, never a crash.
#include "http/Router.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace wedsync::server;
using namespace Qt::StringLiterals;

namespace {

Router makeRouter()
{
    Router router;
    const std::pair<const char *, const char *> table[] = {
        {"GET", "/healthz"},
        {"POST", "/api/v1/auth/login"},
        {"GET", "/api/v1/organizations/{org}"},
        {"GET", "/api/v1/organizations/{org}/sections"},
        {"POST", "/api/v1/organizations/{org}/sections"},
        {"POST", "/api/v1/organizations/{org}/sections/reorder"},
        {"GET", "/api/v1/sections/{id}"},
        {"PATCH", "/api/v1/sections/{id}"},
        {"DELETE", "/api/v1/sections/{id}"},
        {"POST", "/api/v1/sync/tenants/{org:uuid}/resync"},
        {"GET", "/api/v1/things/{kind:slug}/{name:string}"},
    };
    for (const auto &[method, pattern] : table) {
        Route route;
        route.method = QString::fromLatin1(method);
        route.path = *PathPattern::parse(QString::fromLatin1(pattern));
        route.auth = AuthRequirement::Public;
        route.handler = [](ApiRequest &request) {
            QJsonObject params;
            for (auto it = request.params.cbegin(); it != request.params.cend(); ++it)
                params.insert(it.key(), it.value());
            return ApiResponse::json(params);
        };
        router.addOrDie(std::move(route));
    }
    return router;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Router router = makeRouter();
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype space = line.indexOf(' ');
    ApiRequest request;
    request.method = QString::fromLatin1(space < 0 ? QByteArray("GET") : line.left(space));
    // As HttpServer does: the path stays percent-encoded, the query is Qt's.
    const QUrl url = QUrl::fromEncoded(space < 0 ? line : line.mid(space + 1));
    request.path = url.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(url);
    const ApiResponse response = router.dispatch(request);
    if (response.status < 200 || response.status > 599)
        std::abort();
    return 0;
}
