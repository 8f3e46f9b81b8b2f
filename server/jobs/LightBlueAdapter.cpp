#include "jobs/LightBlueAdapter.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wedsync::server {

LightBlueAdapter::LightBlueAdapter(HttpFetcher &fetcher, const QString &url, const QString &apiKey,
                                   RateLimiter::Limit limit)
    : m_fetcher(fetcher)
    , m_url(url)
    , m_apiKey(apiKey)
    , m_limit(limit)
{
    m_rateKey = RateLimiter::bucketKey(u"lightblue"_s, m_url, apiKey);
    m_fetcher.setProviderName(providerName());
}

QString LightBlueAdapter::providerName() const
{
    return u"Light Blue"_s;
}

CrmPlace LightBlueAdapter::placeOf(const QString &checkpoint) const
{
    return {0, checkpoint};
}

CrmPageRead LightBlueAdapter::readPage(const QString &)
{
    CrmPageRead out;
    out.outcome = FetchResult::Outcome::Refused;
    out.message = u"Light Blue has no API to read clients from; it only receives them."_s;
    return out;
}

QString LightBlueAdapter::externalId(const QJsonObject &record) const
{
    return record.value(u"id"_s).toString();
}

QDateTime LightBlueAdapter::modifiedAt(const QJsonObject &) const
{
    return {};
}

CrmTestResult LightBlueAdapter::test()
{
    CrmTestResult result;
    result.ok = true;
    result.status = u"connected"_s;
    result.message = u"Light Blue cannot be asked anything without sending a client to its "
                     "Inbox, so the key is checked when the first client is sent."_s;
    return result;
}

QList<std::pair<QString, QString>> LightBlueAdapter::formFields(const QString &reference,
                                                                const QJsonObject &fields)
{
    QList<std::pair<QString, QString>> out;
    const auto add = [&](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            out.append({name, value.trimmed()});
    };
    const auto field = [&fields](const char *id) {
        return fields.value(QLatin1StringView(id)).toString();
    };
    add(u"ContactNameFirst"_s, field("first_name"));
    add(u"ContactNameLast"_s, field("last_name"));
    add(u"ContactNameFull"_s, field("full_name"));
    add(u"ContactEmail"_s, field("email"));
    add(u"ContactPhoneMobile"_s, field("mobile"));
    add(u"ContactPhone"_s, field("phone"));
    add(u"ContactSource"_s, field("lead_source"));
    QStringList message;
    if (!field("wedding_date").isEmpty())
        message << u"Wedding date: "_s + field("wedding_date");
    if (!field("venue").isEmpty())
        message << u"Venue: "_s + field("venue");
    add(u"Message"_s, message.join(u'\n'));
    add(u"Reference"_s, reference);
    return out;
}

CrmWriteResult LightBlueAdapter::writeClient(const QString &, const QString &reference,
                                             const QJsonObject &fields)
{
    const QList<std::pair<QString, QString>> form = formFields(reference, fields);
    QUrlQuery body;
    body.addQueryItem(u"key"_s, m_apiKey);
    body.addQueryItem(u"type"_s, u"contact form"_s);
    QJsonObject sent;
    for (const auto &[name, value] : form) {
        body.addQueryItem(name, value);
        sent.insert(name, value);
    }
    FetchRequest request;
    request.method = "POST";
    request.url = QUrl(m_url);
    request.headers = {
        {"Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"},
    };
    // Spaces as %20 and every reserved character escaped: a value cannot break the form.
    QString encoded = body.toString(QUrl::FullyEncoded);
    encoded.replace(u"+"_s, u"%2B"_s);
    request.body = encoded.toUtf8();
    request.rateKey = m_rateKey;
    request.limit = m_limit;
    request.what = u"client %1"_s.arg(reference);
    request.subject = crm::joblog::RequestClient.toString();
    request.subjectId = reference;

    CrmWriteResult out;
    const FetchResult fetched = m_fetcher.send(request);
    if (fetched.outcome != FetchResult::Outcome::Ok) {
        out.outcome = fetched.outcome;
        out.message = fetched.message;
        return out;
    }
    bool isNumber = false;
    const int code = QString::fromUtf8(fetched.body).trimmed().toInt(&isNumber);
    out.record = QJsonObject {{u"id"_s, reference}, {u"resultCode"_s, code}, {u"sent"_s, sent}};
    if (!isNumber) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"Light Blue answered with something that is not a result code (%1)."_s.arg(
            QString::fromUtf8(fetched.body.left(80)).simplified());
        return out;
    }
    switch (Code(code)) {
    case Code::Taken:
        out.created = true;
        break;
    case Code::Duplicate:
        out.note = u"already in Light Blue's Inbox (duplicate, -4)"_s;
        break;
    case Code::Invalid:
        out.outcome = FetchResult::Outcome::Refused;
        out.skip = true;
        out.message = u"Light Blue did not take it (-3: invalid type or no valid fields); check "
                      "that the client has a name or an e-mail address."_s;
        break;
    case Code::HttpsRequired:
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"Light Blue only takes clients over HTTPS (-20); the connection's address "
                      "must start with https://."_s;
        break;
    default:
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"Light Blue answered result code %1, which its documentation does not "
                      "list; nothing more was sent."_s.arg(code);
        break;
    }
    return out;
}

} // namespace wedsync::server
