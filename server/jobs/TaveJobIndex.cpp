#include "jobs/TaveJobIndex.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QDate eventDate(const QJsonObject &job)
{
    return QDate::fromString(job.value(u"eventDate"_s).toString(), Qt::ISODate);
}

QDateTime stamp(const QJsonObject &job, QStringView key)
{
    return QDateTime::fromString(job.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject TaveJobIndex::summary(const QJsonObject &job)
{
    QJsonObject out;
    for (const QString &key : {u"id"_s, u"name"_s, u"stage"_s}) {
        if (job.value(key).isString())
            out.insert(key, job.value(key));
    }
    if (const QDate date = eventDate(job); date.isValid())
        out.insert(u"eventDate"_s, date.toString(Qt::ISODate));
    if (const QJsonValue guests = job.value(u"guestCount"_s); guests.isDouble())
        out.insert(u"guestCount"_s, guests);
    out.insert(u"closed"_s, job.value(u"closed"_s).toBool());
    return out;
}

bool TaveJobIndex::preferred(const QJsonObject &a, const QJsonObject &b)
{
    const bool aClosed = a.value(u"closed"_s).toBool();
    const bool bClosed = b.value(u"closed"_s).toBool();
    if (aClosed != bClosed)
        return !aClosed;
    const QDate aDate = eventDate(a);
    const QDate bDate = eventDate(b);
    if (aDate != bDate) {
        if (!aDate.isValid() || !bDate.isValid())
            return aDate.isValid();
        return aDate > bDate;
    }
    return stamp(a, u"created") > stamp(b, u"created");
}

void TaveJobIndex::addJobs(const QList<QJsonObject> &jobs)
{
    for (const QJsonObject &job : jobs) {
        const QString id = job.value(u"id"_s).toString();
        if (!id.isEmpty())
            m_jobs.insert(id, job);
    }
}

void TaveJobIndex::addLinks(const QList<QJsonObject> &links)
{
    m_links.append(links);
}

void TaveJobIndex::build()
{
    m_jobOfContact.clear();
    for (const QJsonObject &link : std::as_const(m_links)) {
        if (link.value(u"client"_s) != QJsonValue(true))
            continue;
        const QString contact = link.value(u"contactId"_s).toString();
        const QString jobId = link.value(u"jobId"_s).toString();
        const auto job = m_jobs.constFind(jobId);
        if (contact.isEmpty() || job == m_jobs.cend())
            continue; // a job Táve did not list
        const QString current = m_jobOfContact.value(contact);
        if (current.isEmpty() || preferred(*job, m_jobs.value(current)))
            m_jobOfContact.insert(contact, jobId);
    }
    m_links.clear();
}

void TaveJobIndex::update(const QJsonObject &job)
{
    const QString id = job.value(u"id"_s).toString();
    if (m_jobs.contains(id))
        m_jobs.insert(id, job);
}

QJsonObject TaveJobIndex::jobOf(const QString &contactId) const
{
    const QString id = m_jobOfContact.value(contactId);
    return id.isEmpty() ? QJsonObject() : summary(m_jobs.value(id));
}

QDateTime TaveJobIndex::jobModifiedAt(const QString &contactId) const
{
    const QString id = m_jobOfContact.value(contactId);
    return id.isEmpty() ? QDateTime() : stamp(m_jobs.value(id), u"modified");
}

} // namespace wedsync::server
