#include "demo/TaveSimulator.h"

#include "demo/TaveSimulatorParts.h"
#include "http/HttpServer.h"
#include "http/PendingAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Prefix = u"/api/v2"_s;

constexpr std::array FirstNames {"Ava",   "Noah",  "Mia",    "Liam",   "Isla",  "Oliver",
                                 "Sofia", "Ethan", "Amelia", "Lucas",  "Chloe", "Mateo",
                                 "Grace", "Leo",   "Zara",   "Samuel", "Freya", "Jonah",
                                 "Elena", "Felix", "Nora",   "Hugo",   "Ruby",  "Theo"};
constexpr std::array LastNames {"Hart",    "Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura",
                                "Brennan", "Rossi",  "Adeyemi",   "Walsh",  "Kowalski", "Silva",
                                "Fischer", "Byrne",  "Haddad",    "Novak",  "Quinn",    "Duarte"};

using tavesim::isoUtc;
using tavesim::mix;

} // namespace

TaveSimulator::TaveSimulator(QObject *parent)
    : QObject(parent)
{
    registerRoutes();
    m_http = new HttpServer(m_router, this);
}

TaveSimulator::~TaveSimulator() = default;

Result<quint16> TaveSimulator::listen(quint16 port)
{
    auto bound = m_http->listenOn(QHostAddress::LocalHost, port);
    if (!bound)
        return bound.error();
    m_port = bound.value();
    return m_port;
}

QString TaveSimulator::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port) + Prefix;
}

QString TaveSimulator::ulid(qint64 millis, quint64 randomHigh, quint64 randomLow)
{
    static constexpr char Alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    // 48 bits of time then 80 bits of randomness, 128 bits in 26 base-32 digits (the first
    // digit holds the top 3 bits).
    const quint64 time = quint64(millis) & 0xffffffffffffULL;
    const quint64 hi = (time << 16) | (randomHigh & 0xffff); // bits 127..64
    const quint64 lo = randomLow; // bits 63..0
    QString out(26, u'0');
    for (int digit = 25; digit >= 0; --digit) {
        const int bit = (25 - digit) * 5; // position of this digit's lowest bit
        quint64 value = 0;
        if (bit >= 64)
            value = hi >> (bit - 64);
        else if (bit + 5 <= 64)
            value = lo >> bit;
        else
            value = (lo >> bit) | (hi << (64 - bit));
        out[digit] = QLatin1Char(Alphabet[value & 31]);
    }
    return out;
}

QJsonObject TaveSimulator::makeContact(int index, const QDateTime &created) const
{
    const quint64 bits = mix(quint64(index) + 1);
    const QString first = QString::fromLatin1(FirstNames[index % FirstNames.size()]);
    const QString last
        = QString::fromLatin1(LastNames[(index / FirstNames.size()) % LastNames.size()]);
    const QString email = u"%1.%2.%3@example.com"_s.arg(first.toLower(), last.toLower()).arg(index);
    const QString phone = u"+4477009%1"_s.arg(index % 100000, 5, 10, QLatin1Char('0'));
    return QJsonObject {
        {u"id"_s, ulid(created.toMSecsSinceEpoch(), bits >> 48, mix(bits))},
        {u"kind"_s, u"person"_s},
        {u"firstName"_s, first},
        {u"lastName"_s, last},
        {u"email"_s, email},
        {u"cellPhone"_s, QJsonObject {{u"e164"_s, phone}}},
        {u"created"_s, isoUtc(created)},
        {u"modified"_s, isoUtc(created)},
    };
}

void TaveSimulator::setContactCount(int count)
{
    m_contacts.clear();
    m_contacts.reserve(count);
    const QDateTime base(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i)
        m_contacts.append(makeContact(i, base.addSecs(qint64(i) * 60)));
    m_generated = count;
    makeJobs();
}

void TaveSimulator::addContactFromClient(const QString &id, const QJsonObject &fields,
                                         const QDateTime &created)
{
    m_contacts.append(contactFromClient(id, fields, created));
    ++m_generated;
    const QJsonObject job = jobFromClient(id, fields, created);
    if (!job.isEmpty())
        linkContact(addJob(job), id);
}

QJsonObject TaveSimulator::contactFromClient(const QString &id, const QJsonObject &fields,
                                             const QDateTime &created)
{
    const auto text = [&fields](const char *field) {
        return fields.value(QLatin1StringView(field)).toString();
    };
    QJsonObject contact {
        {u"id"_s, id},
        {u"kind"_s, u"person"_s},
        {u"created"_s, isoUtc(created)},
        {u"modified"_s, isoUtc(created)},
    };
    const auto put = [&contact](const QString &key, const QJsonValue &value) {
        if (!(value.isString() && value.toString().isEmpty()))
            contact.insert(key, value);
    };
    put(u"firstName"_s, text("first_name"));
    put(u"lastName"_s, text("last_name"));
    put(u"email"_s, text("email"));
    if (!text("mobile").isEmpty())
        put(u"cellPhone"_s, QJsonObject {{u"e164"_s, text("mobile")}});
    if (!text("phone").isEmpty())
        put(u"homePhone"_s, QJsonObject {{u"e164"_s, text("phone")}});
    QJsonObject address;
    if (!text("city").isEmpty())
        address.insert(u"city"_s, text("city"));
    if (!text("postal_code").isEmpty())
        address.insert(u"postalCode"_s, text("postal_code"));
    if (!address.isEmpty())
        contact.insert(u"address"_s, address);
    if (!text("lead_source").isEmpty())
        contact.insert(u"leadSource"_s, QJsonObject {{u"name"_s, text("lead_source")}});
    return contact;
}

void TaveSimulator::setRateLimit(int requests, int perSeconds)
{
    m_ratePerWindow = std::max(0, requests);
    m_rateWindowSecs = std::max(1, perSeconds);
    m_recent.clear();
}

void TaveSimulator::forceTooManyRequests(int count, int retryAfterSecs, const QString &onPath)
{
    m_force429 = count;
    m_force429RetryAfter = retryAfterSecs;
    m_force429Path = onPath;
}

void TaveSimulator::failNext(int count, int status)
{
    m_failCount = count;
    m_failStatus = status;
}

int TaveSimulator::indexOf(const QString &id) const
{
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).value(u"id"_s).toString() == id)
            return i;
    }
    return -1;
}

void TaveSimulator::registerRoutes()
{
    const auto add = [this](const QString &method, const QString &path, Handler handler) {
        Route route;
        route.method = method;
        route.path = *PathPattern::parse(Prefix + path);
        route.summary = u"Táve simulator"_s;
        route.tag = u"tave"_s;
        route.auth = AuthRequirement::Public; // X-API-KEY is checked by the gate
        route.handler = [this, handler](ApiRequest &request) {
            return handle(request, handler);
        };
        m_router.addOrDie(std::move(route));
    };
    add(u"GET"_s, u"/studio/me"_s, &TaveSimulator::studio);
    add(u"GET"_s, u"/address-book"_s, &TaveSimulator::listContacts);
    add(u"POST"_s, u"/address-book"_s, &TaveSimulator::createContact);
    add(u"GET"_s, u"/address-book/{id:string}"_s, &TaveSimulator::getContact);
    add(u"PUT"_s, u"/address-book/{id:string}"_s, &TaveSimulator::replaceContact);
    add(u"GET"_s, u"/job"_s, &TaveSimulator::listJobs);
    add(u"GET"_s, u"/job/{id:string}"_s, &TaveSimulator::getJob);
    add(u"PUT"_s, u"/job/{id:string}"_s, &TaveSimulator::replaceJob);
    add(u"GET"_s, u"/job-contact"_s, &TaveSimulator::listJobContacts);
}

ApiResponse TaveSimulator::handle(ApiRequest &request, Handler handler)
{
    ++m_requests;
    auto later = m_delayMs > 0 ? request.answerLater() : nullptr;
    if (!later) {
        if (auto refused = gate(request))
            return *refused;
        return (this->*handler)(request);
    }
    // Slow answer: decided when it is given (the rate limit and the data as they are then).
    ++m_inFlight;
    QTimer::singleShot(m_delayMs, this, [this, later, copy = request, handler] {
        --m_inFlight;
        if (auto refused = gate(copy))
            later->answer(*refused);
        else
            later->answer((this->*handler)(copy));
    });
    return ApiResponse::later();
}

std::optional<ApiResponse> TaveSimulator::gate(const ApiRequest &request)
{
    const QString key = QString::fromUtf8(request.header("X-API-KEY"));
    if (key.isEmpty() || key != m_apiKey)
        return tavesim::error(401, u"unauthorized"_s,
                              key.isEmpty() ? u"Missing X-API-KEY header."_s
                                            : u"Invalid API key."_s);
    if (m_force429 > 0 && (m_force429Path.isEmpty() || request.path == Prefix + m_force429Path)) {
        --m_force429;
        ++m_tooMany;
        return tavesim::error(429, u"too_many_requests"_s, u"Rate limit exceeded."_s)
            .withHeader("Retry-After", QByteArray::number(m_force429RetryAfter));
    }
    if (m_failCount > 0) {
        --m_failCount;
        return tavesim::error(m_failStatus, u"server_error"_s, u"Temporary failure."_s);
    }
    if (m_ratePerWindow > 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 window = qint64(m_rateWindowSecs) * 1000;
        auto &recent = m_recent[key];
        while (!recent.empty() && recent.front() <= now - window)
            recent.pop_front();
        if (int(recent.size()) >= m_ratePerWindow) {
            ++m_tooMany;
            const qint64 waitMs = recent.front() + window - now;
            const qint64 secs = std::max<qint64>(1, (waitMs + 999) / 1000);
            return tavesim::error(429, u"too_many_requests"_s, u"Rate limit exceeded."_s)
                .withHeader("Retry-After", QByteArray::number(secs));
        }
        recent.push_back(now);
    }
    return std::nullopt;
}

ApiResponse TaveSimulator::studio(const ApiRequest &)
{
    return ApiResponse::json(QJsonObject {
        {u"id"_s, ulid(1735722000000, 7, 7)},
        {u"name"_s, m_studioName},
        {u"timezone"_s, u"Europe/London"_s},
    });
}

std::optional<ApiResponse> TaveSimulator::paging(const ApiRequest &request, int *page,
                                                 int *pageSize)
{
    bool pageOk = true;
    bool sizeOk = true;
    const QString pageText = request.query.queryItemValue(u"page"_s);
    const QString sizeText = request.query.queryItemValue(u"pageSize"_s);
    *page = pageText.isEmpty() ? 1 : pageText.toInt(&pageOk);
    *pageSize = sizeText.isEmpty() ? DefaultPageSize : sizeText.toInt(&sizeOk);
    if (!pageOk || *page < 1)
        return tavesim::error(400, u"invalid_parameter"_s,
                              u"page must be a whole number from 1."_s);
    if (!sizeOk || *pageSize < MinPageSize || *pageSize > MaxPageSize)
        return tavesim::error(400, u"invalid_parameter"_s,
                              u"pageSize must be between 10 and 100."_s);
    return std::nullopt;
}

ApiResponse TaveSimulator::pageOf(const QList<QJsonObject> &all, int page, int pageSize)
{
    const int total = int(all.size());
    const int totalPages = std::max(1, (total + pageSize - 1) / pageSize);
    QJsonArray items;
    for (int i = (page - 1) * pageSize; i < std::min(total, page * pageSize); ++i)
        items.append(all.at(i));
    return ApiResponse::json(QJsonObject {
        {u"items"_s, items},
        {u"meta"_s,
         QJsonObject {
             {u"currentPage"_s, page}, {u"totalPages"_s, totalPages}, {u"pageSize"_s, pageSize}}},
    });
}

ApiResponse TaveSimulator::listContacts(const ApiRequest &request)
{
    int page = 1;
    int pageSize = DefaultPageSize;
    if (auto refused = paging(request, &page, &pageSize))
        return *refused;
    if (m_malformedPages.contains(page)) {
        ApiResponse broken;
        broken.body = QByteArrayLiteral("{\"items\":[{\"id\":\"01h\",\"firstName\":\"Tru");
        return broken;
    }
    ApiResponse answer = pageOf(m_contacts, page, pageSize);
    const int total = int(m_contacts.size());
    const int totalPages = std::max(1, (total + pageSize - 1) / pageSize);
    m_pageServed[page] += 1;
    if (m_changeBetweenPages && page < totalPages && !m_contacts.isEmpty()) {
        // A contact already served changes, and a new one arrives at the end.
        const int changed = std::min(total - 1, (page - 1) * pageSize);
        QJsonObject contact = m_contacts.at(changed);
        contact[u"email"_s] = u"changed.%1@example.com"_s.arg(page);
        contact[u"modified"_s] = isoUtc(QDateTime::currentDateTimeUtc());
        m_contacts[changed] = contact;
        const QDateTime base(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        m_contacts.append(makeContact(m_generated, base.addSecs(qint64(m_generated) * 60)));
        ++m_generated;
    }
    Q_EMIT pageServed(page);
    return answer;
}

ApiResponse TaveSimulator::getContact(const ApiRequest &request)
{
    const int index = indexOf(request.param(u"id"_s));
    if (index < 0)
        return tavesim::error(404, u"not_found"_s, u"No contact with this id."_s);
    return ApiResponse::json(m_contacts.at(index));
}

ApiResponse TaveSimulator::createContact(const ApiRequest &request)
{
    auto body = request.jsonObject();
    if (!body)
        return tavesim::error(400, u"invalid_body"_s, u"The body must be a JSON object."_s);
    QJsonObject contact = body.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const quint64 bits = mix(quint64(m_generated) + 1);
    ++m_generated;
    contact[u"id"_s] = ulid(now.toMSecsSinceEpoch(), bits >> 48, mix(bits));
    contact[u"kind"_s] = contact.value(u"kind"_s).toString(u"person"_s);
    contact[u"created"_s] = isoUtc(now);
    contact[u"modified"_s] = isoUtc(now);
    m_contacts.append(contact);
    return ApiResponse::json(contact, 201);
}

ApiResponse TaveSimulator::replaceContact(const ApiRequest &request)
{
    const QString id = request.param(u"id"_s);
    const int index = indexOf(id);
    if (index < 0)
        return tavesim::error(404, u"not_found"_s, u"No contact with this id."_s);
    auto body = request.jsonObject();
    if (!body)
        return tavesim::error(400, u"invalid_body"_s, u"The body must be a JSON object."_s);
    // PUT replaces: what the body leaves out is gone; the server keeps id, created, modified.
    QJsonObject contact = body.value();
    contact[u"id"_s] = id;
    contact[u"kind"_s] = contact.value(u"kind"_s).toString(u"person"_s);
    contact[u"created"_s] = m_contacts.at(index).value(u"created"_s);
    contact[u"modified"_s] = isoUtc(QDateTime::currentDateTimeUtc());
    m_contacts[index] = contact;
    return ApiResponse::json(contact);
}

} // namespace wedsync::server
