#include "jobs/CustomRestAdapter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80)
        == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

// `key` at the top level or in `meta`.
QJsonValue topOrMeta(const QJsonObject &root, const QString &key)
{
    const QJsonValue top = root.value(key);
    return top.isUndefined() ? root.value(u"meta"_s).toObject().value(key) : top;
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? QString(u"1 "_s + one) : QString(QString::number(n) + u' ' + many);
}

} // namespace

CustomRestAdapter::CustomRestAdapter(HttpFetcher &fetcher, CustomRestConfig config)
    : m_fetcher(fetcher)
    , m_config(std::move(config))
{
    m_rateKey = u"custom:"_s
        + QString::fromLatin1(
                    QCryptographicHash::hash(m_config.baseUrl.toUtf8(), QCryptographicHash::Sha256)
                        .toHex()
                        .left(16));
    m_fetcher.setProviderName(m_config.name);
}

CrmPlace CustomRestAdapter::placeOf(const QString &checkpoint) const
{
    const QUrl url(checkpoint);
    const QString where = url.path() + (url.hasQuery() ? u"?"_s + url.query() : QString());
    return {0, where.left(200)};
}

FetchRequest CustomRestAdapter::request(const QUrl &url, const QString &what) const
{
    FetchRequest out;
    out.url = url;
    out.headers = {{"Accept", "application/json"}};
    const QJsonObject &c = m_config.credentials;
    if (m_config.authType == u"api_key"_s) {
        out.headers.append({"X-API-Key", c.value(u"apiKey"_s).toString().toUtf8()});
    } else if (m_config.authType == u"basic"_s) {
        const QByteArray pair = c.value(u"username"_s).toString().toUtf8() + ':'
            + c.value(u"password"_s).toString().toUtf8();
        out.headers.append({"Authorization", "Basic " + pair.toBase64()});
    } else if (m_config.authType == u"oauth2"_s) {
        out.headers.append(
            {"Authorization", "Bearer " + c.value(u"accessToken"_s).toString().toUtf8()});
    }
    out.rateKey = m_rateKey;
    out.limit = m_config.limit;
    out.what = what;
    return out;
}

bool CustomRestAdapter::tokenExpired() const
{
    const QDateTime at
        = QDateTime::fromString(m_config.credentials.value(u"expiresAt"_s).toString(), Qt::ISODate);
    // A little early: a token that expires while the page is on its way is refused.
    return at.isValid() && QDateTime::currentDateTimeUtc().addSecs(30) >= at;
}

CrmPageRead CustomRestAdapter::refresh()
{
    CrmPageRead out;
    const QJsonObject &c = m_config.credentials;
    const QString relink
        = u"Access to %1 was revoked or has expired: relink the connection."_s.arg(m_config.name);
    const QString refreshToken = c.value(u"refreshToken"_s).toString();
    const QUrl tokenUrl(c.value(u"tokenUrl"_s).toString());
    if (refreshToken.isEmpty() || !tokenUrl.isValid() || tokenUrl.isEmpty()) {
        out.outcome = FetchResult::Outcome::Unauthorized;
        out.message = relink;
        return out;
    }
    OAuthTokenClient client(m_fetcher,
                            OAuthEndpoint {tokenUrl, c.value(u"clientId"_s).toString(),
                                           c.value(u"clientSecret"_s).toString(), m_config.name,
                                           QString()});
    const OAuthTokenAnswer answer = client.refresh(refreshToken);
    if (answer.outcome == OAuthTokenAnswer::Outcome::Rejected) {
        out.outcome = FetchResult::Outcome::Unauthorized;
        out.message = relink;
        return out;
    }
    if (answer.outcome == OAuthTokenAnswer::Outcome::Failed) {
        out.outcome = FetchResult::Outcome::GaveUp;
        out.message = answer.message;
        return out;
    }
    m_config.credentials = OAuthTokenClient::merged(m_config.credentials, answer);
    if (m_save) {
        if (auto saved = m_save(m_config.credentials); !saved) {
            out.outcome = FetchResult::Outcome::Refused;
            out.message = u"The renewed access to %1 could not be stored (%2); try again."_s.arg(
                m_config.name, saved.error().message);
        }
    }
    return out;
}

CrmPageRead CustomRestAdapter::readPage(const QString &checkpoint)
{
    const QUrl base(m_config.baseUrl);
    const QUrl url(checkpoint.isEmpty() ? m_config.baseUrl : checkpoint);
    const QString what = u"page %1"_s.arg(m_pagesRead + 1);
    if (!url.isValid() || !sameOrigin(url, base)) {
        CrmPageRead out;
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"%1 pointed to a next page on another host (%2); only %3 is read, so "
                      "that the credentials never leave it."_s.arg(
                          m_config.name, url.host().left(100), base.host());
        return out;
    }
    const bool oauth = m_config.authType == u"oauth2"_s;
    if (oauth && tokenExpired()) {
        if (CrmPageRead renewed = refresh(); renewed.outcome != FetchResult::Outcome::Ok)
            return renewed;
    }
    for (int attempt = 0;; ++attempt) {
        FetchRequest pageRequest = request(url, what);
        pageRequest.subject = crm::joblog::RequestPage.toString();
        pageRequest.page = m_pagesRead + 1;
        const FetchResult fetched = m_fetcher.send(pageRequest);
        if (fetched.outcome == FetchResult::Outcome::Unauthorized && oauth && attempt == 0) {
            if (CrmPageRead renewed = refresh(); renewed.outcome != FetchResult::Outcome::Ok)
                return renewed;
            continue; // once, with the new token
        }
        if (fetched.outcome != FetchResult::Outcome::Ok) {
            CrmPageRead out;
            out.outcome = fetched.outcome;
            out.message = fetched.message;
            if (fetched.outcome == FetchResult::Outcome::Unauthorized) {
                out.message = oauth
                    ? u"Access to %1 was revoked or has expired: relink the connection."_s.arg(
                        m_config.name)
                    : m_config.authType == u"basic"_s
                    ? u"%1 refused the user name and password (%2): check them in the "
                      "connection's settings."_s.arg(m_config.name)
                          .arg(fetched.status)
                    : u"%1 refused the API key (%2): check the key in the connection's "
                      "settings, or create a new one."_s.arg(m_config.name)
                          .arg(fetched.status);
            }
            return out;
        }
        CrmPageRead out = parse(url, fetched.body, what);
        if (out.outcome == FetchResult::Outcome::Ok)
            ++m_pagesRead;
        return out;
    }
}

CrmPageRead CustomRestAdapter::parse(const QUrl &url, const QByteArray &body,
                                     const QString &what) const
{
    CrmPageRead out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"%1 answered %2 with malformed JSON (%3 at byte %4)."_s
                          .arg(m_config.name, what, parseError.errorString())
                          .arg(parseError.offset);
        return out;
    }
    const QJsonObject root = doc.object();
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (root.value(u"items"_s).isArray())
        items = root.value(u"items"_s).toArray();
    else if (root.value(u"data"_s).isArray())
        items = root.value(u"data"_s).toArray();
    else {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"%1 answered %2 without a list of records: put them in \"items\" or "
                      "\"data\", or answer a JSON array."_s.arg(m_config.name, what);
        return out;
    }
    for (const QJsonValue &item : std::as_const(items))
        out.page.items.append(item.toObject()); // a non-object becomes {} and is skipped

    QString next;
    for (const QJsonValue &link :
         {root.value(u"next"_s), root.value(u"links"_s).toObject().value(u"next"_s),
          root.value(u"meta"_s).toObject().value(u"next"_s)}) {
        if (link.isString() && !link.toString().isEmpty()) {
            next = url.resolved(QUrl(link.toString())).toString(QUrl::FullyEncoded);
            break;
        }
    }
    const int page = topOrMeta(root, u"page"_s).toInt(0);
    const int totalPages = topOrMeta(root, u"totalPages"_s).toInt(0);
    if (next.isEmpty() && page >= 1 && page < totalPages) {
        QUrl following = url;
        QUrlQuery query(following);
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(page + 1));
        following.setQuery(query);
        next = following.toString(QUrl::FullyEncoded);
    }
    if (next == url.toString(QUrl::FullyEncoded)) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message
            = u"%1 answered %2 with a next page that is the same page; stopped there."_s.arg(
                m_config.name, what);
        return out;
    }
    out.page.nextCheckpoint = next;
    const QJsonValue total = topOrMeta(root, u"total"_s);
    if (total.isDouble() && total.toDouble() >= 0)
        out.page.totalEstimate = qint64(total.toDouble());
    const bool numbered = page >= 1 && totalPages >= 1;
    out.page.label = numbered ? u"page %1 of %2"_s.arg(page).arg(totalPages)
                              : u"page %1"_s.arg(m_pagesRead + 1);
    out.page.number = numbered ? page : m_pagesRead + 1;
    out.page.count = numbered ? totalPages : 0;
    return out;
}

QString CustomRestAdapter::externalId(const QJsonObject &record) const
{
    const QJsonValue id = record.value(u"id"_s);
    QString text;
    if (id.isString())
        text = id.toString();
    else if (id.isDouble() && id.toDouble() == double(id.toInteger()))
        text = QString::number(id.toInteger());
    return text.size() <= 200 ? text : QString();
}

QDateTime CustomRestAdapter::modifiedAt(const QJsonObject &record) const
{
    for (const QString &key : {u"updatedAt"_s, u"updated_at"_s, u"modified_at"_s}) {
        const QDateTime at = QDateTime::fromString(record.value(key).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return at;
    }
    return {};
}

CrmTestResult CustomRestAdapter::test()
{
    CrmTestResult result;
    const CrmPageRead first = readPage(m_config.baseUrl);
    if (first.outcome != FetchResult::Outcome::Ok) {
        const bool expired = first.outcome == FetchResult::Outcome::Unauthorized
            && m_config.authType == u"oauth2"_s;
        result.status = expired ? u"expired"_s : u"error"_s;
        result.message = first.message;
        return result;
    }
    addSample(&result, first.page.items);
    result.ok = true;
    result.status = u"connected"_s;
    result.message = first.page.totalEstimate
        ? u"Connected to %1: %2."_s.arg(
            m_config.name, plural(*first.page.totalEstimate, u"record"_s, u"records"_s))
        : u"Connected to %1: %2 on the first page."_s.arg(
            m_config.name, plural(first.page.items.size(), u"record"_s, u"records"_s));
    return result;
}

} // namespace wedsync::server
