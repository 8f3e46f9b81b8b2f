#include "calendar/BearerSession.h"

namespace wedsync::server {

BearerSession::BearerSession(HttpFetcher &fetcher, QString accessToken, Refresh refresh)
    : m_fetcher(fetcher)
    , m_accessToken(std::move(accessToken))
    , m_refresh(std::move(refresh))
{ }

FetchResult BearerSession::send(const FetchRequest &request)
{
    const auto attempt = [&] {
        FetchRequest signedRequest = request;
        signedRequest.headers << qMakePair(QByteArray("Authorization"),
                                           "Bearer " + m_accessToken.toUtf8());
        return m_fetcher.send(signedRequest);
    };
    FetchResult result = attempt();
    if (result.status == 401 && m_refresh && !m_refreshed) {
        m_refreshed = true;
        auto renewed = m_refresh();
        if (!renewed) {
            m_refreshError = renewed.error();
            return result;
        }
        m_accessToken = renewed.value();
        result = attempt();
    }
    return result;
}

} // namespace wedsync::server
