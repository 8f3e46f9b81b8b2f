#pragma once
// The `custom` provider's REST endpoint: any API that returns the supplier's clients as JSON
// pages (server/README.md, "Custom REST connections"). The integration's baseUrl is the first
// page; a page is
//   - a top-level array of records, or an object with the records in `items` or `data`;
//   - the next page: a URL in `next`, `links.next` or `meta.next` (absolute, or relative to the
//     page; null or absent: last page), else `page` + `totalPages` (top level or in `meta`):
//     the same URL with ?page=<page+1>; neither: a single page;
//   - optional `total` (top level or in `meta`): how many records in all;
//   - a record's id: `id` (text or number), its last change: `updatedAt`, `updated_at` or
//     `modified_at` (ISO 8601).
// Sign-in: api_key sends `X-API-Key: <apiKey>`, basic sends `Authorization: Basic`, oauth2
// sends `Authorization: Bearer <accessToken>`, refreshed (grant_type=refresh_token) before a
// page once the token has expired and once on a 401; a refused refresh (invalid_grant) ends
// the job with "relink" and the integration becomes expired. A next URL on another origin than
// baseUrl is refused: credentials are only ever sent to the configured host.
// The checkpoint is the URL of the next page.

#include "jobs/CrmAdapter.h"
#include "jobs/OAuthTokenClient.h"

namespace wedsync::server {

struct CustomRestConfig
{
    QString name; // the integration's name, in messages
    QString baseUrl;
    QString authType; // api_key | basic | oauth2
    QJsonObject credentials;
    RateLimiter::Limit limit;
};

class CustomRestAdapter final : public CrmAdapter
{
public:
    CustomRestAdapter(HttpFetcher &fetcher, CustomRestConfig config);

    QString providerName() const override { return m_config.name; }
    QString firstCheckpoint() const override { return m_config.baseUrl; }
    CrmPlace placeOf(const QString &checkpoint) const override;
    CrmPageRead readPage(const QString &checkpoint) override;
    QString externalId(const QJsonObject &record) const override;
    QDateTime modifiedAt(const QJsonObject &record) const override;
    CrmTestResult test() override;
    void setCredentialsSaver(SaveCredentials save) override { m_save = std::move(save); }

private:
    FetchRequest request(const QUrl &url, const QString &what) const;
    // Refreshes the access token; Ok, or the outcome and message the page read ends with.
    CrmPageRead refresh();
    bool tokenExpired() const;
    CrmPageRead parse(const QUrl &url, const QByteArray &body, const QString &what) const;

    HttpFetcher &m_fetcher;
    CustomRestConfig m_config;
    QString m_rateKey;
    SaveCredentials m_save;
    int m_pagesRead = 0;
};

} // namespace wedsync::server
