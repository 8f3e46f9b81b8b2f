#include "jobs/JobLogText.h"

#include "jobs/JobText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace joblog {

namespace {

using namespace crm::joblog;

qint64 number(const QJsonObject &args, QStringView key)
{
    return args.value(key).toInteger();
}

QString text(const QJsonObject &args, QStringView key)
{
    return args.value(key).toString();
}

QString contacts(qint64 n)
{
    return counted(n, u"contact"_s, u"contacts"_s);
}

QString kindLabel(const QString &kind)
{
    if (kind == u"incremental_sync"_s)
        return u"incremental sync"_s;
    if (kind == u"field_mapping_update"_s)
        return u"re-import with the new field mapping"_s;
    if (kind == u"export_to_crm"_s)
        return u"export"_s;
    return u"full import"_s;
}

// Where a checkpoint points: "page 4", "the page at /clients?page=2".
QString place(const QJsonObject &args)
{
    if (const qint64 page = number(args, u"page"); page > 0)
        return u"page %1"_s.arg(page);
    const QString address = text(args, u"address");
    return address.isEmpty() ? u"the start"_s : u"the page at %1"_s.arg(address);
}

// "page 3 of 12", "page 3"; `capital` for the start of a line.
QString pageLabel(const QJsonObject &args, bool capital)
{
    const qint64 page = number(args, u"page");
    const qint64 pages = number(args, u"pages");
    const QString word = capital ? u"Page"_s : u"page"_s;
    if (page > 0 && pages > 0)
        return u"%1 %2 of %3"_s.arg(word).arg(page).arg(pages);
    if (page > 0)
        return u"%1 %2"_s.arg(word).arg(page);
    return word;
}

QString notes(const QJsonObject &args)
{
    QStringList out;
    for (const QJsonValue &note : args.value(u"notes").toArray())
        out.append(english(note[u"code"].toString(), note[u"args"].toObject()));
    return out.isEmpty() ? QString() : u' ' + out.join(u' ');
}

QString pageImported(const QJsonObject &a)
{
    QString message = u"%1: %2 — %3 new, %4 updated, %5 unchanged"_s
                          .arg(pageLabel(a, true), contacts(number(a, u"contacts")))
                          .arg(number(a, u"created"))
                          .arg(number(a, u"updated"))
                          .arg(number(a, u"unchanged"));
    if (const qint64 kept = number(a, u"kept"); kept > 0)
        message += u", %1 kept WedSync's changes"_s.arg(kept);
    if (const qint64 review = number(a, u"review"); review > 0)
        message += u", %1 waiting for review"_s.arg(review);
    if (const qint64 skipped = number(a, u"skipped"); skipped > 0)
        message += u", %1 skipped"_s.arg(skipped);
    return message + u'.' + notes(a);
}

QString pageSent(const QJsonObject &a)
{
    const qint64 sent = number(a, u"sent");
    QString message = u"Sent %1 to %2 — %3 new, %4 replaced"_s
                          .arg(counted(sent, u"client"_s, u"clients"_s), text(a, u"provider"))
                          .arg(number(a, u"created"))
                          .arg(number(a, u"replaced"));
    if (const qint64 already = number(a, u"already"); already > 0)
        message += u", %1 already there"_s.arg(already);
    if (const qint64 notTaken = number(a, u"notTaken"); notTaken > 0)
        message += u", %1 not taken"_s.arg(notTaken);
    QStringList names;
    for (const QJsonValue &client : a.value(u"clients").toArray()) {
        QString line = client[u"name"].toString();
        QStringList fields;
        for (const QJsonValue &field : client[u"fields"].toArray())
            fields.append(field.toString());
        if (!fields.isEmpty())
            line += u" ("_s + fields.join(u", "_s) + u')';
        if (const QString note = client[u"note"].toString(); !note.isEmpty())
            line += u" — "_s + note;
        names.append(line);
    }
    if (!names.isEmpty())
        message += u": "_s + names.join(u"; "_s);
    if (const qint64 more = number(a, u"more"); more > 0)
        message += u" and %1 more"_s.arg(more);
    return message + u'.' + notes(a);
}

QString providerWait(const QJsonObject &a)
{
    const qint64 status = number(a, u"status");
    const QString cause = status == 429    ? u"429 Too Many Requests"_s
        : a.value(u"rateLimited").toBool() ? u"%1 (rate limit exceeded)"_s.arg(status)
        : status > 0                       ? QString::number(status)
                     : u"a network error (%1)"_s.arg(text(a, u"networkError"));
    const QString retryAfter = text(a, u"retryAfter");
    const QString reason = retryAfter == RetryAfterCapped
        ? u"Retry-After asked %1 s, capped"_s.arg(seconds(number(a, u"askedMs")))
        : retryAfter == RetryAfterHonoured ? u"as its Retry-After asks"_s
                                           : u"backing off"_s;
    return u"%1 answered %2 to %3; waiting %4 s (%5), attempt %6 of %7."_s
        .arg(text(a, u"provider"), cause, text(a, u"what"), seconds(number(a, u"waitMs")), reason)
        .arg(number(a, u"attempt"))
        .arg(number(a, u"attempts"));
}

QString jobFailed(const QJsonObject &a)
{
    const QString stage = text(a, u"stage");
    const QString error = text(a, u"error");
    if (stage == StageRead)
        return error
            + u" Stopped before %1 with %2 imported; a retry resumes there."_s.arg(
                place(a), contacts(number(a, u"processed")));
    if (stage == StageStore)
        return u"Could not store %1: %2 Stopped there; a retry resumes there."_s.arg(
            pageLabel(a, false), error);
    if (stage == StageRecord)
        return u"Could not record what was sent to %1: %2 A retry sends those clients again (a "
               "replace is safe to repeat)."_s.arg(text(a, u"provider"), error);
    if (stage == StageSend)
        return u"Could not send %1 to %2: %3 %4 sent before it; a retry sends the rest."_s.arg(
            text(a, u"client"), text(a, u"provider"), error,
            counted(number(a, u"sent"), u"client was"_s, u"clients were"_s));
    if (stage == StageFile) {
        const QString summary = u"Failed after %1 rows: %2 created, %3 updated, %4 skipped."_s
                                    .arg(number(a, u"processed"))
                                    .arg(number(a, u"created"))
                                    .arg(number(a, u"updated"))
                                    .arg(number(a, u"skipped"));
        return error.isEmpty() ? summary : summary + u' ' + error;
    }
    return error;
}

QString bothChanged(const QJsonObject &a)
{
    const QString provider = text(a, u"provider");
    const QString both = u"%1 changed in WedSync and in %2 since the last sync: "_s.arg(
        text(a, u"contact"), provider);
    const QString strategy = text(a, u"strategy");
    const QString why = strategy != u"newest_wins"_s ? strategy
        : text(a, u"newer") == u"crm"_s ? u"%1's change is newer (newest_wins)"_s.arg(provider)
                                        : u"WedSync's change is newer (newest_wins)"_s;
    const QString outcome = text(a, u"outcome");
    if (outcome == TookCrmVersion)
        return both + u"%1's version was taken (%2)."_s.arg(provider, why);
    if (outcome == FiledForReview)
        return both
            + u"filed for review in the conflict center (manual_review); the client stays as it "
              "is until then."_s;
    if (outcome == AlreadyInReview)
        return both + u"already waiting for review in the conflict center (manual_review)."_s;
    return both + u"WedSync's version was kept (%1)."_s.arg(why)
        + (a.value(u"sendsBack").toBool()
               ? u" It will be sent to %1."_s.arg(provider)
               : u" This connection only imports, so %1 keeps its own version."_s.arg(provider));
}

} // namespace

QString english(const QString &code, const QJsonObject &a)
{
    if (code == JobScheduled)
        return u"Scheduled sync (every %1 minutes) queued."_s.arg(number(a, u"minutes"));
    if (code == JobRetried)
        return u"Retry %1 of job %2%3."_s.arg(number(a, u"attempt"))
            .arg(text(a, u"previousJob"),
                 a.value(u"resumes").toBool() ? u", resuming from its checkpoint"_s : QString());
    if (code == JobStarted)
        return u"Started the %1 %2 %3 (%4)."_s.arg(
            kindLabel(text(a, u"kind")), text(a, u"direction") == ToCrm ? u"to"_s : u"from"_s,
            text(a, u"provider"), text(a, u"integration"));
    if (code == JobResumed)
        return u"Resumed the %1 from %2 (attempt %3): %4 already imported."_s
            .arg(kindLabel(text(a, u"kind")), place(a))
            .arg(number(a, u"attempt"))
            .arg(contacts(number(a, u"processed")));
    if (code == JobsRead)
        return u"Read %1 from %2 (%3)."_s.arg(counted(number(a, u"jobs"), u"job"_s, u"jobs"_s),
                                              text(a, u"provider"),
                                              counted(number(a, u"pages"), u"page"_s, u"pages"_s));
    if (code == PageImported)
        return pageImported(a);
    if (code == PageSent)
        return pageSent(a);
    if (code == ProviderWait)
        return providerWait(a);
    if (code == JobFinished)
        return u"Finished: %1 processed — %2 new, %3 updated, %4 skipped."_s
            .arg(number(a, u"processed"))
            .arg(number(a, u"created"))
            .arg(number(a, u"updated"))
            .arg(number(a, u"skipped"));
    if (code == CancelRequested)
        return u"Cancel requested; stopping after the current page."_s;
    if (code == JobCancelled)
        return a.contains(u"processed")
            ? u"Cancelled after %1; nothing after that was imported."_s.arg(
                contacts(number(a, u"processed")))
            : u"Cancelled."_s;
    if (code == JobFailed)
        return jobFailed(a);
    if (code == FileImportStarted)
        return u"Importing %1 (%2%3)."_s.arg(
            text(a, u"file"), text(a, u"format").toUpper(),
            a.contains(u"rows") ? u", %1 rows"_s.arg(number(a, u"rows")) : QString());
    if (code == RowSkipped)
        return u"Row %1 skipped: %2"_s.arg(number(a, u"row")).arg(text(a, u"detail"));
    if (code == ContactSkipped)
        return text(a, u"reason") == NoExternalId
            ? u"A record without an id was skipped."_s
            : u"Contact %1 skipped: %2"_s.arg(text(a, u"contact"), text(a, u"detail"));
    if (code == BothChanged)
        return bothChanged(a);
    if (code == ClientNotSent)
        return u"%1 was not sent: %2"_s.arg(text(a, u"client"), text(a, u"error"));
    return code;
}

QJsonObject note(QStringView code, const QJsonObject &args)
{
    return QJsonObject {{u"code"_s, code.toString()}, {u"args"_s, args}};
}

QJsonObject failure(const QString &error, QStringView stage, const QJsonObject &more)
{
    QJsonObject out = more;
    out.insert(u"error"_s, error);
    if (!stage.isEmpty())
        out.insert(u"stage"_s, stage.toString());
    return out;
}

QString seconds(qint64 ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000)
                          : QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace joblog

QString JobLogEntry::message() const
{
    return joblog::english(code, args);
}

} // namespace wedsync::server
