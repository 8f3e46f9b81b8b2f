#pragma once
// Táve / VSCO Workspace Public API v2 (providers.md §4.1): `X-API-KEY`, contacts from
// `GET address-book?page=&pageSize=` (page from 1, pageSize 10–100, `meta.totalPages`,
// list key `items`), lower-case ULID ids, `modified` in UTC. The checkpoint is the next page.

#include "ClientFields.h"
#include "jobs/CrmAdapter.h"

namespace wedsync::server {

class TaveAdapter final : public CrmAdapter
{
public:
    static constexpr int PageSize = 100;

    TaveAdapter(HttpFetcher &fetcher, const QString &baseUrl, const QString &apiKey,
                RateLimiter::Limit limit);

    QString providerName() const override;
    QString firstCheckpoint() const override { return QStringLiteral("1"); }
    CrmPlace placeOf(const QString &checkpoint) const override;
    CrmPageRead readPage(const QString &checkpoint) override;
    QString externalId(const QJsonObject &record) const override;
    QDateTime modifiedAt(const QJsonObject &record) const override;
    CrmTestResult test() override;
    // PUT replaces the whole contact (providers.md §4.1): the contact is read first and only
    // the paths the integration's mapping reads are written (MappingWriteBack), so that what
    // Táve keeps beyond them survives. Without an id: POST creates one.
    CrmWriteResult writeClient(const QString &externalId, const QString &reference,
                               const QJsonObject &fields) override;
    void setFieldMapping(const FieldMapping &mapping) override { m_mapping = mapping; }

private:
    FetchRequest request(int page, int pageSize, const QString &what) const;
    FetchRequest contactRequest(const QByteArray &method, const QString &id,
                                const QString &what) const;
    // One contact request with a JSON object answer.
    CrmWriteResult sendContact(const FetchRequest &request);
    // One page read and checked; `pageSize` as asked.
    CrmPageRead read(int page, int pageSize, const QString &what);

    HttpFetcher &m_fetcher;
    QString m_baseUrl; // without a trailing slash
    QString m_apiKey;
    RateLimiter::Limit m_limit;
    QString m_rateKey;
    FieldMapping m_mapping;
};

} // namespace wedsync::server
