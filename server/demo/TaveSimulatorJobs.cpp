// The Táve simulator's jobs and job-contacts (TaveSimulator.h says what they hold).

#include "demo/TaveSimulator.h"

#include "demo/TaveSimulatorParts.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

using tavesim::isoUtc;
using tavesim::mix;

const std::array<QString, 5> Stages {u"lead"_s, u"inquiry"_s, u"booked"_s, u"fulfillment"_s,
                                     u"completed"_s};

bool isStage(const QJsonValue &value)
{
    return std::find(Stages.begin(), Stages.end(), value.toString()) != Stages.end();
}

// Stable bits from an id (FNV-1a), for the ids of what is derived from it.
quint64 bitsOf(const QString &text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 0x100000001b3ULL;
    return mix(hash);
}

} // namespace

QJsonObject TaveSimulator::jobFromClient(const QString &contactId, const QJsonObject &fields,
                                         const QDateTime &created)
{
    const QString date = fields.value(u"wedding_date"_s).toString();
    const QString guests = fields.value(u"guest_count"_s).toString();
    const QString status = fields.value(u"status"_s).toString();
    if (date.isEmpty() && guests.isEmpty() && status.isEmpty())
        return {};
    bool counted = false;
    const int guestCount = guests.toInt(&counted);
    const quint64 bits = bitsOf(contactId);
    const QString name = QString(fields.value(u"first_name"_s).toString() + u' '
                                 + fields.value(u"last_name"_s).toString())
                             .trimmed();
    return QJsonObject {
        {u"id"_s, ulid(created.toMSecsSinceEpoch(), bits >> 48, mix(bits))},
        {u"name"_s, name.isEmpty() ? u"Wedding"_s : QString(name + u" wedding"_s)},
        {u"stage"_s, status.isEmpty() ? u"lead"_s : status},
        {u"eventDate"_s, date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date)},
        {u"guestCount"_s, counted ? QJsonValue(guestCount) : QJsonValue(QJsonValue::Null)},
        {u"closed"_s, false},
        {u"created"_s, isoUtc(created)},
        {u"modified"_s, isoUtc(created)},
    };
}

void TaveSimulator::makeJobs()
{
    m_jobs.clear();
    m_jobContacts.clear();
    const int count = int(m_contacts.size());
    const QDateTime base(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
    const QDate firstDay(2027, 1, 1);
    const auto contactId = [this](int index) {
        return m_contacts.at(index)[u"id"_s].toString();
    };
    QList<int> seconds; // pairs whose first partner is also the client of a second job
    for (int k = 0; 2 * k < count; ++k) {
        if (k % 10 == 9)
            continue;
        const QString created = isoUtc(base.addSecs(qint64(k) * 120));
        const QString jobId = addJob(QJsonObject {
            {u"name"_s, QString(m_contacts.at(2 * k)[u"lastName"_s].toString() + u" wedding"_s)},
            {u"stage"_s, Stages.at(k % 5)},
            {u"eventDate"_s,
             k % 7 == 3 ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(firstDay.addDays((k * 37) % 365).toString(Qt::ISODate))},
            {u"guestCount"_s,
             k % 6 == 5 ? QJsonValue(QJsonValue::Null) : QJsonValue(40 + (k * 17) % 160)},
            {u"closed"_s, k % 8 == 7},
            {u"created"_s, created},
            {u"modified"_s, created},
        });
        linkContact(jobId, contactId(2 * k));
        if (2 * k + 1 < count)
            linkContact(jobId, contactId(2 * k + 1));
        if (k % 4 == 2 && 2 * k + 2 < count)
            linkContact(jobId, contactId(2 * k + 2), false); // a planner or a parent
        if (k % 12 == 1)
            seconds.append(k);
    }
    for (const int k : std::as_const(seconds)) {
        const QDate own = k % 7 == 3 ? firstDay : firstDay.addDays((k * 37) % 365);
        const QString created = isoUtc(base.addDays(400).addSecs(qint64(k) * 120));
        const QString jobId = addJob(QJsonObject {
            {u"name"_s,
             QString(m_contacts.at(2 * k)[u"lastName"_s].toString() + u" anniversary"_s)},
            {u"stage"_s, u"booked"_s},
            {u"eventDate"_s, own.addDays(200).toString(Qt::ISODate)},
            {u"guestCount"_s, 20},
            {u"closed"_s, (k / 12) % 2 == 1},
            {u"created"_s, created},
            {u"modified"_s, created},
        });
        linkContact(jobId, contactId(2 * k));
    }
}

QString TaveSimulator::addJob(QJsonObject job)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime created = QDateTime::fromString(job[u"created"_s].toString(), Qt::ISODateWithMs);
    if (!created.isValid()) {
        created = now;
        job[u"created"_s] = isoUtc(now);
    }
    if (!job.contains(u"modified"_s))
        job[u"modified"_s] = job[u"created"_s];
    if (job[u"id"_s].toString().isEmpty()) {
        const quint64 bits = mix(0x10b5000000ULL + quint64(m_jobs.size()));
        job[u"id"_s] = ulid(created.toMSecsSinceEpoch(), bits >> 48, mix(bits));
    }
    m_jobs.append(job);
    return job[u"id"_s].toString();
}

void TaveSimulator::linkContact(const QString &jobId, const QString &contactId, bool client)
{
    const QDateTime created
        = QDateTime::fromString(job(jobId)[u"created"_s].toString(), Qt::ISODateWithMs);
    const quint64 bits = mix(0x11c0000000ULL + quint64(m_jobContacts.size()));
    m_jobContacts.append(QJsonObject {
        {u"id"_s, ulid(created.toMSecsSinceEpoch(), bits >> 48, mix(bits))},
        {u"jobId"_s, jobId},
        {u"contactId"_s, contactId},
        {u"client"_s, client},
    });
}

int TaveSimulator::jobIndexOf(const QString &id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i)[u"id"_s].toString() == id)
            return i;
    }
    return -1;
}

QJsonObject TaveSimulator::job(const QString &id) const
{
    const int index = jobIndexOf(id);
    return index < 0 ? QJsonObject() : m_jobs.at(index);
}

bool TaveSimulator::changeJob(const QString &id, const QJsonObject &fields)
{
    const int index = jobIndexOf(id);
    if (index < 0)
        return false;
    QJsonObject &job = m_jobs[index];
    for (auto it = fields.begin(); it != fields.end(); ++it)
        job[it.key()] = it.value();
    job[u"modified"_s] = isoUtc(QDateTime::currentDateTimeUtc());
    return true;
}

ApiResponse TaveSimulator::listJobs(const ApiRequest &request)
{
    int page = 1;
    int pageSize = DefaultPageSize;
    if (auto refused = paging(request, &page, &pageSize))
        return *refused;
    if (m_malformedJobPages.contains(page)) {
        ApiResponse broken;
        broken.body = QByteArrayLiteral("{\"items\":[{\"id\":\"01j\",\"stage\":\"boo");
        return broken;
    }
    const bool withClosed = request.query.queryItemValue(u"includeClosed"_s) == u"true"_s;
    QList<QJsonObject> listed;
    for (const QJsonObject &job : std::as_const(m_jobs)) {
        if (withClosed || !job[u"closed"_s].toBool())
            listed.append(job);
    }
    if (request.query.queryItemValue(u"sortBy"_s, QUrl::FullyDecoded) == u"created desc"_s)
        std::reverse(listed.begin(), listed.end());
    m_jobPageServed[page] += 1;
    return pageOf(listed, page, pageSize);
}

ApiResponse TaveSimulator::getJob(const ApiRequest &request)
{
    const int index = jobIndexOf(request.param(u"id"_s));
    if (index < 0)
        return tavesim::error(404, u"not_found"_s, u"No job with this id."_s);
    return ApiResponse::json(m_jobs.at(index));
}

ApiResponse TaveSimulator::replaceJob(const ApiRequest &request)
{
    const QString id = request.param(u"id"_s);
    const int index = jobIndexOf(id);
    if (index < 0)
        return tavesim::error(404, u"not_found"_s, u"No job with this id."_s);
    auto body = request.jsonObject();
    if (!body)
        return tavesim::error(400, u"invalid_body"_s, u"The body must be a JSON object."_s);
    // PUT replaces: what the body leaves out is gone; the server keeps id, created, modified.
    QJsonObject job = body.value();
    if (!isStage(job[u"stage"_s]))
        return tavesim::error(400, u"invalid_parameter"_s,
                              u"stage must be lead, inquiry, booked, fulfillment or completed."_s);
    const QJsonValue date = job[u"eventDate"_s];
    if (!date.isNull() && !date.isUndefined()
        && !QDate::fromString(date.toString(), Qt::ISODate).isValid())
        return tavesim::error(400, u"invalid_parameter"_s, u"eventDate must be yyyy-MM-dd."_s);
    const QJsonValue guests = job[u"guestCount"_s];
    if (!guests.isNull() && !guests.isUndefined() && (!guests.isDouble() || guests.toDouble() < 0))
        return tavesim::error(400, u"invalid_parameter"_s,
                              u"guestCount must be a number of guests."_s);
    job[u"id"_s] = id;
    job[u"created"_s] = m_jobs.at(index)[u"created"_s];
    job[u"modified"_s] = isoUtc(QDateTime::currentDateTimeUtc());
    m_jobs[index] = job;
    ++m_jobReplaced;
    return ApiResponse::json(job);
}

ApiResponse TaveSimulator::listJobContacts(const ApiRequest &request)
{
    int page = 1;
    int pageSize = DefaultPageSize;
    if (auto refused = paging(request, &page, &pageSize))
        return *refused;
    const QString jobId = request.query.queryItemValue(u"jobId"_s);
    QList<QJsonObject> listed;
    for (const QJsonObject &link : std::as_const(m_jobContacts)) {
        if (jobId.isEmpty() || link[u"jobId"_s].toString() == jobId)
            listed.append(link);
    }
    m_jobContactPageServed[page] += 1;
    return pageOf(listed, page, pageSize);
}

} // namespace wedsync::server
