#pragma once
// The codes of a CRM sync job's log lines: beside its English `message`, every line the server
// writes carries a stable code and its arguments (numbers, names, ids, a provider's own text),
// so that a console words it in its reader's language (models/CrmText) and an API client can
// act on it. A new kind of line gets a new code; a reader that does not know a code shows the
// line's message. Lines written before migration 19 have no code.
//
// `page_imported` and `page_sent` carry up to five `notes`, each {"code", "args"} with a note
// code. Skip reasons are ClientRecord's problem codes (core/ClientRecord.h) or `no_id`.
// jobLogCodes() lists every code with its arguments: the server's OpenAPI document and README
// are written from it.

#include <QList>
#include <QString>
#include <QStringView>

namespace wedsync::crm::joblog {

// --- line codes ---------------------------------------------------------------------------
inline constexpr QStringView JobScheduled = u"job_scheduled";
inline constexpr QStringView JobRetried = u"job_retried";
inline constexpr QStringView JobStarted = u"job_started";
inline constexpr QStringView JobResumed = u"job_resumed";
inline constexpr QStringView JobsRead = u"jobs_read"; // Táve's jobs, before the first page
inline constexpr QStringView PageImported = u"page_imported";
inline constexpr QStringView PageSent = u"page_sent";
inline constexpr QStringView ProviderWait = u"provider_wait";
inline constexpr QStringView JobFinished = u"job_finished";
inline constexpr QStringView CancelRequested = u"cancel_requested";
inline constexpr QStringView JobCancelled = u"job_cancelled";
inline constexpr QStringView JobFailed = u"job_failed";
inline constexpr QStringView FileImportStarted = u"file_import_started";
inline constexpr QStringView RowSkipped = u"row_skipped";
// --- note codes (in `notes`) --------------------------------------------------------------
inline constexpr QStringView ContactSkipped = u"contact_skipped";
inline constexpr QStringView BothChanged = u"both_changed";
inline constexpr QStringView ClientNotSent = u"client_not_sent";

// job_started `direction`
inline constexpr QStringView FromCrm = u"import";
inline constexpr QStringView ToCrm = u"export";
// job_failed `stage` (none: `error` says it all)
inline constexpr QStringView StageRead = u"read"; // reading a page from the provider
inline constexpr QStringView StageStore = u"store"; // storing a page that was read
inline constexpr QStringView StageSend = u"send"; // sending a client to the provider
inline constexpr QStringView StageRecord = u"record"; // recording what was sent
inline constexpr QStringView StageFile = u"file"; // a file import, finished as failed
// both_changed `outcome`
inline constexpr QStringView TookCrmVersion = u"taken";
inline constexpr QStringView KeptWedsyncVersion = u"kept";
inline constexpr QStringView FiledForReview = u"review_filed";
inline constexpr QStringView AlreadyInReview = u"review_waiting";
// provider_wait `request`
inline constexpr QStringView RequestPage = u"page";
inline constexpr QStringView RequestContact = u"contact";
inline constexpr QStringView RequestNewContact = u"new_contact";
inline constexpr QStringView RequestClient = u"client";
inline constexpr QStringView RequestToken = u"token";
inline constexpr QStringView RequestOther = u"other";
// provider_wait `retryAfter`
inline constexpr QStringView RetryAfterNone = u"none";
inline constexpr QStringView RetryAfterHonoured = u"honoured";
inline constexpr QStringView RetryAfterCapped = u"capped";
// contact_skipped `reason` beside ClientRecord's problem codes
inline constexpr QStringView NoExternalId = u"no_id";

struct JobLogCode
{
    QStringView code;
    bool note; // only inside a line's `notes`
    const char *args; // the arguments, for the API's documentation
};

// Every code, lines first, then notes.
const QList<JobLogCode> &jobLogCodes();

} // namespace wedsync::crm::joblog
