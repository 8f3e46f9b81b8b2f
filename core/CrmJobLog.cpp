#include "CrmJobLog.h"

namespace wedsync::crm::joblog {

const QList<JobLogCode> &jobLogCodes()
{
    static const QList<JobLogCode> codes {
        {JobScheduled, false, "minutes"},
        {JobRetried, false, "attempt, previousJob, resumes (from its checkpoint)"},
        {JobStarted, false, "kind, direction (import | export), provider, integration"},
        {JobResumed, false, "kind, page or address (where it resumes), attempt, processed"},
        {JobsRead, false, "provider, jobs, pages"},
        {PageImported, false,
         "page, pages (0: unknown), contacts, created, updated, unchanged, kept, review, skipped,"
         " notes"},
        {PageSent, false,
         "provider, sent, created, replaced, already, notTaken, clients [{name, fields, already,"
         " note}], more, notes"},
        {ProviderWait, false,
         "provider, status (0: no answer), rateLimited, networkError, request (page | contact |"
         " new_contact | client | token | other) with page or id, what, waitMs, retryAfter (none"
         " | honoured | capped), askedMs, attempt, attempts"},
        {JobFinished, false, "processed, created, updated, skipped"},
        {CancelRequested, false, "none"},
        {JobCancelled, false, "processed (absent: before anything was imported)"},
        {JobFailed, false,
         "error, stage (absent: the error says it all | read: page or address, processed | store:"
         " page, pages | send: client, provider, sent | record: provider | file: processed,"
         " created, updated, skipped)"},
        {FileImportStarted, false, "file, format, rows (absent: unknown)"},
        {RowSkipped, false, "row, reason, field, value, detail"},
        {ContactSkipped, true, "contact, reason (no_id or a client problem), field, value, detail"},
        {BothChanged, true,
         "contact, provider, outcome (taken | kept | review_filed | review_waiting), strategy,"
         " newer (crm | wedsync, newest_wins only), sendsBack (kept)"},
        {ClientNotSent, true, "client, error"},
    };
    return codes;
}

} // namespace wedsync::crm::joblog
