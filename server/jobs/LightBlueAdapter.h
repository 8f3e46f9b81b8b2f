#pragma once
// Light Blue (providers.md §4.2): inbound only. Its API takes web-form posts into the
// studio's Inbox — `key`, `type=contact form` and Contact* parameters as UTF-8 form fields —
// and answers a result code: 0 taken, -3 invalid type or no valid parameters, -4 duplicate
// (checked because WedSync sends its client id as the Reference), -20 HTTPS required. Nothing
// can be read back, so a sync only sends the organization's clients it has not sent yet.

#include "jobs/CrmAdapter.h"

namespace wedsync::server {

class LightBlueAdapter final : public CrmAdapter
{
public:
    // What Light Blue's answer means.
    enum class Code { Taken = 0, Invalid = -3, Duplicate = -4, HttpsRequired = -20 };

    LightBlueAdapter(HttpFetcher &fetcher, const QString &url, const QString &apiKey,
                     RateLimiter::Limit limit);

    QString providerName() const override;
    QString firstCheckpoint() const override { return QStringLiteral("1"); }
    CrmPlace placeOf(const QString &checkpoint) const override;
    CrmPageRead readPage(const QString &checkpoint) override;
    QString externalId(const QJsonObject &record) const override;
    QDateTime modifiedAt(const QJsonObject &record) const override;
    CrmTestResult test() override;
    bool sendsNewClientsOnly() const override { return true; }
    // `reference`: WedSync's client id, Light Blue's duplicate check. The record of a sent
    // client is {"id": reference, "resultCode", "sent": {the form fields but the key}}; a
    // duplicate (-4) is sent already, not an error; -3 is Refused for this client only
    // (CrmWriteResult::skip), -20 and anything else fail the job.
    CrmWriteResult writeClient(const QString &externalId, const QString &reference,
                               const QJsonObject &fields) override;

    // The form fields for a client (without key and type): ContactNameFirst, ContactNameLast,
    // ContactNameFull, ContactEmail, ContactPhoneMobile, ContactPhone, ContactSource,
    // Message (the wedding date and venue), Reference.
    static QList<std::pair<QString, QString>> formFields(const QString &reference,
                                                         const QJsonObject &fields);

private:
    HttpFetcher &m_fetcher;
    QString m_url;
    QString m_apiKey;
    RateLimiter::Limit m_limit;
    QString m_rateKey;
};

} // namespace wedsync::server
