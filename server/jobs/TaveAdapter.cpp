#include "jobs/TaveAdapter.h"

#include "MappingWriteBack.h"
#include "jobs/ClientMapper.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

TaveAdapter::TaveAdapter(HttpFetcher &fetcher, const QString &baseUrl, const QString &apiKey,
                         RateLimiter::Limit limit)
    : m_fetcher(fetcher)
    , m_baseUrl(baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl)
    , m_apiKey(apiKey)
    , m_limit(limit)
{
    // One bucket per credential: every job of this key shares Táve's allowance.
    m_rateKey = RateLimiter::bucketKey(u"tave"_s, m_baseUrl, apiKey);
    m_fetcher.setProviderName(providerName());
}

QString TaveAdapter::providerName() const
{
    return u"Táve"_s;
}

CrmPlace TaveAdapter::placeOf(const QString &checkpoint) const
{
    bool ok = false;
    const int page = checkpoint.isEmpty() ? 1 : checkpoint.toInt(&ok);
    if (!checkpoint.isEmpty() && (!ok || page < 1))
        return {0, checkpoint.left(40)};
    return {page, {}};
}

FetchRequest TaveAdapter::contactRequest(const QByteArray &method, const QString &id,
                                         const QString &what) const
{
    FetchRequest out;
    out.method = method;
    out.url = QUrl(
        m_baseUrl + u"/address-book"_s
        + (id.isEmpty() ? QString() : u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    out.headers = {{"X-API-KEY", m_apiKey.toUtf8()}, {"Accept", "application/json"}};
    if (method != "GET")
        out.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    out.rateKey = m_rateKey;
    out.limit = m_limit;
    out.what = what;
    out.subject
        = (id.isEmpty() ? crm::joblog::RequestNewContact : crm::joblog::RequestContact).toString();
    out.subjectId = id;
    return out;
}

FetchRequest TaveAdapter::request(int page, int pageSize, const QString &what) const
{
    FetchRequest out = contactRequest("GET", {}, what);
    out.subject = crm::joblog::RequestPage.toString();
    out.page = page;
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"pageSize"_s, QString::number(pageSize));
    query.addQueryItem(u"sortBy"_s, u"created asc"_s); // new contacts land on later pages
    out.url.setQuery(query);
    return out;
}

CrmWriteResult TaveAdapter::sendContact(const FetchRequest &request)
{
    CrmWriteResult out;
    const FetchResult fetched = m_fetcher.send(request);
    if (fetched.outcome != FetchResult::Outcome::Ok) {
        out.outcome = fetched.outcome;
        out.message = fetched.message;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fetched.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(u"id"_s).toString().isEmpty()) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"Táve answered %1 without the contact."_s.arg(request.what);
        return out;
    }
    out.record = doc.object();
    return out;
}

CrmWriteResult TaveAdapter::writeClient(const QString &externalId, const QString &,
                                        const QJsonObject &fields)
{
    QJsonObject contact;
    if (!externalId.isEmpty()) {
        CrmWriteResult current
            = sendContact(contactRequest("GET", externalId, u"contact %1"_s.arg(externalId)));
        if (current.outcome != FetchResult::Outcome::Ok)
            return current;
        contact = current.record;
    }
    const FieldMapping &mapping
        = m_mapping.isEmpty() ? ClientMapper::defaultMapping(u"tave"_s) : m_mapping;
    QStringList unwritable;
    for (const SourceValue &value : writeBack(mapping, fields)) {
        if (!writeSourceValue(&contact, value))
            unwritable.append(value.path);
    }
    if (!unwritable.isEmpty()) {
        CrmWriteResult skipped;
        skipped.outcome = FetchResult::Outcome::Refused;
        skipped.skip = true;
        skipped.message = u"Táve's contact %1 has no place for %2 (the field mapping names a path"
                          " its record does not have)."_s.arg(externalId, unwritable.join(u", "_s));
        return skipped;
    }
    if (externalId.isEmpty()) {
        FetchRequest create = contactRequest("POST", {}, u"a new contact"_s);
        contact.insert(u"kind"_s, u"person"_s);
        create.body = QJsonDocument(contact).toJson(QJsonDocument::Compact);
        CrmWriteResult out = sendContact(create);
        out.created = out.outcome == FetchResult::Outcome::Ok;
        return out;
    }
    FetchRequest replace = contactRequest("PUT", externalId, u"contact %1"_s.arg(externalId));
    replace.body = QJsonDocument(contact).toJson(QJsonDocument::Compact);
    return sendContact(replace);
}

CrmPageRead TaveAdapter::read(int page, int pageSize, const QString &what)
{
    CrmPageRead out;
    const FetchResult fetched = m_fetcher.send(request(page, pageSize, what));
    if (fetched.outcome != FetchResult::Outcome::Ok) {
        out.outcome = fetched.outcome;
        out.message = fetched.message;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fetched.body, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !root.value(u"items"_s).isArray()) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = parseError.error != QJsonParseError::NoError
            ? u"Táve answered %1 with malformed JSON (%2 at byte %3)."_s
                  .arg(what, parseError.errorString())
                  .arg(parseError.offset)
            : u"Táve answered %1 without a list of items."_s.arg(what);
        return out;
    }
    const QJsonArray items = root.value(u"items"_s).toArray();
    for (const QJsonValue &item : items)
        out.page.items.append(item.toObject()); // a non-object becomes {} and is skipped
    const QJsonObject meta = root.value(u"meta"_s).toObject();
    const int totalPages = std::max(1, meta.value(u"totalPages"_s).toInt(1));
    out.page.nextCheckpoint = page < totalPages ? QString::number(page + 1) : QString();
    out.page.totalEstimate = page < totalPages ? qint64(totalPages) * pageSize
                                               : qint64(totalPages - 1) * pageSize + items.size();
    out.page.label = u"page %1 of %2"_s.arg(page).arg(totalPages);
    out.page.number = page;
    out.page.count = totalPages;
    return out;
}

CrmPageRead TaveAdapter::readPage(const QString &checkpoint)
{
    bool ok = false;
    const int page = checkpoint.isEmpty() ? 1 : checkpoint.toInt(&ok);
    if (!checkpoint.isEmpty() && (!ok || page < 1)) {
        CrmPageRead out;
        out.outcome = FetchResult::Outcome::Refused;
        out.message
            = u"The job's checkpoint “%1” is not a Táve page number."_s.arg(checkpoint.left(40));
        return out;
    }
    return read(page, PageSize, u"page %1 of the address book"_s.arg(page));
}

QString TaveAdapter::externalId(const QJsonObject &record) const
{
    const QString id = record.value(u"id"_s).toString();
    return id.size() <= 64 ? id : QString();
}

QDateTime TaveAdapter::modifiedAt(const QJsonObject &record) const
{
    return QDateTime::fromString(record.value(u"modified"_s).toString(), Qt::ISODateWithMs);
}

CrmTestResult TaveAdapter::test()
{
    CrmTestResult result;
    constexpr int TestPageSize = 10;
    CrmPageRead first = read(1, TestPageSize, u"the address book"_s);
    if (first.outcome != FetchResult::Outcome::Ok) {
        result.status = u"error"_s;
        result.message = first.outcome == FetchResult::Outcome::Unauthorized
            ? u"Táve refused the API key (401). Check that you copied the whole key from VSCO "
              "Workspace (Settings → API), and that it has not been revoked."_s
            : first.message;
        return result;
    }
    // The exact count: full pages before the last, plus the last page's rows.
    qint64 count = first.page.items.size();
    if (!first.page.nextCheckpoint.isEmpty()) {
        const qint64 pages
            = (first.page.totalEstimate.value_or(0) + TestPageSize - 1) / TestPageSize;
        CrmPageRead last = read(int(pages), TestPageSize, u"the last page of the address book"_s);
        count = last.outcome == FetchResult::Outcome::Ok
            ? (pages - 1) * TestPageSize + last.page.items.size()
            : first.page.totalEstimate.value_or(count);
    }
    addSample(&result, first.page.items);
    result.ok = true;
    result.status = u"connected"_s;
    result.message = count == 1 ? u"Connected to Táve: 1 contact."_s
                                : u"Connected to Táve: %1 contacts."_s.arg(count);
    return result;
}

} // namespace wedsync::server
