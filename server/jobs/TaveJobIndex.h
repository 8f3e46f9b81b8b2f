#pragma once
// Which Táve job each contact is the client of, from Táve's job list and job-contact links
// (pure: the adapter reads the pages, this decides). A contact who is the client of several
// jobs gets one: an open job before a closed one; then the latest eventDate (a job without a
// date last); then the later `created`. A link with `client` false (a planner, a parent) gives
// no job.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wedsync::server {

class TaveJobIndex
{
public:
    // The fields of `job` a contact record carries as its `job`: {id, name, stage, eventDate,
    // guestCount, closed}; a value of the wrong type is left out (an eventDate that is not a
    // yyyy-MM-dd date is none).
    static QJsonObject summary(const QJsonObject &job);
    // True when `a` is the job to show before `b` (the rule above).
    static bool preferred(const QJsonObject &a, const QJsonObject &b);

    // Jobs without an id are ignored.
    void addJobs(const QList<QJsonObject> &jobs);
    // Links {jobId, contactId, client}; kept until build().
    void addLinks(const QList<QJsonObject> &links);
    // Decides each contact's job from what was added.
    void build();

    qsizetype jobCount() const { return m_jobs.size(); }
    // The contact's job as summary() gives it; empty when it is nobody's client.
    QJsonObject jobOf(const QString &contactId) const;
    // When Táve last changed the contact's job (invalid without one).
    QDateTime jobModifiedAt(const QString &contactId) const;
    // The job with `id` as listed (all its fields); empty if it was not.
    QJsonObject job(const QString &id) const { return m_jobs.value(id); }
    // A listed job as Táve now holds it (after a write); who is whose client stays.
    void update(const QJsonObject &job);

private:
    QHash<QString, QJsonObject> m_jobs; // by id, as listed
    QList<QJsonObject> m_links;
    QHash<QString, QString> m_jobOfContact; // contact id -> job id
};

} // namespace wedsync::server
