#pragma once
// /api/v1/organizations/{org}/webhooks: an organization's outgoing webhook endpoints, a test
// delivery, the delivery log and redelivery by hand. Organization admins (and platform admins)
// manage them; support staff read them and their deliveries; another tenant's are 404.
//
// The endpoints, one endpoint and its deliveries are read on a reader thread when the server
// has readers: what needs only the caller and the query is decided here first, and answered
// after the reader has found the organization and the endpoint (so in the same order as before).

#include "Clock.h"
#include "WebhookRecords.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class ReaderPool;
class WebhookService;

class WebhooksApi
{
public:
    WebhooksApi(WebhookService &service, Database &db, const Clock &clock);

    void registerRoutes(Router &router);
    void setReaders(ReaderPool *readers) { m_readers = readers; }

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse create(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse patch(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);
    ApiResponse test(ApiRequest &request);
    ApiResponse deliveries(ApiRequest &request);
    ApiResponse redeliver(ApiRequest &request);

    // 404 for an invisible organization or another organization's endpoint, 403 for a caller
    // who may not read webhooks; fills `*found`.
    std::optional<ApiResponse> locate(const ApiRequest &request, webhooks::Endpoint *found);

    WebhookService &m_service;
    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
