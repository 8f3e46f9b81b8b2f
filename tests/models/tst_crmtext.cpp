// A CRM job's log lines in the reader's language: each code the server writes worded from its
// arguments (plurals by count, notes after their page, a skip reason in the client problem's
// own sentence), in English and in Spanish; a line without a code (written before codes were)
// or with one this console does not know (a newer server's) shows the server's message; the
// job log table shows the worded line.
#include "CrmText.h"
#include "IntegrationModels.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

// English as wedsync_en.qm gives it: the plural forms of "(s)" strings.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char * = nullptr,
                      int n = -1) const override
    {
        if (n < 0)
            return {};
        return QString::fromUtf8(source).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
};

// Spanish for the strings these tests meet, as the translators will give them (context, source
// → singular[, plural]).
class Spanish : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int n = -1) const override
    {
        const QStringList forms
            = table().value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(source));
        if (forms.isEmpty())
            return {};
        return n != 1 && forms.size() > 1 ? forms.at(1) : forms.at(0);
    }

private:
    static const QHash<QString, QStringList> &table()
    {
        static const QHash<QString, QStringList> words {
            {u"wedsync::CrmText|Started the %1 from %2 (%3)."_s,
             {u"Se inició la %1 desde %2 (%3)."_s}},
            {u"wedsync::CrmText|full import"_s, {u"importación completa"_s}},
            {u"wedsync::CrmText|Page %1 of %2"_s, {u"Página %1 de %2"_s}},
            {u"wedsync::CrmText|%1: %n contact(s) — %2."_s,
             {u"%1: %n contacto — %2."_s, u"%1: %n contactos — %2."_s}},
            {u"wedsync::CrmText|%n new"_s, {u"%n nuevo"_s, u"%n nuevos"_s}},
            {u"wedsync::CrmText|%n updated"_s, {u"%n actualizado"_s, u"%n actualizados"_s}},
            {u"wedsync::CrmText|%n unchanged"_s, {u"%n sin cambios"_s, u"%n sin cambios"_s}},
            {u"wedsync::CrmText|%n skipped"_s, {u"%n omitido"_s, u"%n omitidos"_s}},
            {u"wedsync::CrmText|Contact %1 skipped: %2"_s, {u"Contacto %1 omitido: %2"_s}},
            {u"wedsync::ClientRecord|%1 is not an e-mail address."_s,
             {u"%1 no es una dirección de correo electrónico."_s}},
            {u"wedsync::CrmText|Cancelled after %n contact(s); nothing after that was imported."_s,
             {u"Cancelado tras %n contacto; no se importó nada más."_s,
              u"Cancelado tras %n contactos; no se importó nada más."_s}},
            {u"wedsync::CrmText|%1 answered %2 to %3; waiting %4 s (%5), attempt %6 of %7."_s,
             {u"Petición de %3 a %1: respuesta %2; se esperan %4 s (%5), intento %6 de %7."_s}},
            {u"wedsync::CrmText|429 Too Many Requests"_s, {u"429 (demasiadas solicitudes)"_s}},
            {u"wedsync::CrmText|page %1"_s, {u"página %1"_s}},
            {u"wedsync::CrmText|Read %n job(s) from %1 (%2)."_s,
             {u"Se leyó %n encargo de %1 (%2)."_s, u"Se leyeron %n encargos de %1 (%2)."_s}},
            {u"wedsync::CrmText|%n page(s)"_s, {u"%n página"_s, u"%n páginas"_s}},
            {u"wedsync::CrmText|as its Retry-After asks"_s, {u"según pide su Retry-After"_s}},
            {u"wedsync::CrmText|%1 changed in WedSync and in %2 since the last sync: %2's version "
             "was taken (%3)."_s,
             {u"%1 cambió en WedSync y en %2 desde la última sincronización: se tomó la versión "
              "de %2 (%3)."_s}},
            {u"wedsync::CrmText|The CRM wins"_s, {u"Gana el CRM"_s}},
        };
        return words;
    }
};

CrmJobLogLine line(const QString &code, const QJsonObject &args,
                   const QString &message = u"The server's own sentence."_s)
{
    CrmJobLogLine out;
    out.id = u"line-1"_s;
    out.jobId = u"job-1"_s;
    out.at = QDateTime(QDate(2027, 5, 1), QTime(9, 30), QTimeZone::utc());
    out.level = u"info"_s;
    out.message = message;
    out.code = code;
    out.args = args;
    return out;
}

QJsonObject note(const QString &code, const QJsonObject &args)
{
    return {{u"code"_s, code}, {u"args"_s, args}};
}

QJsonObject page(int number, int pages, int contacts, int created, int skipped,
                 const QJsonArray &notes = {})
{
    return {{u"page"_s, number},     {u"pages"_s, pages}, {u"contacts"_s, contacts},
            {u"created"_s, created}, {u"updated"_s, 0},   {u"unchanged"_s, 0},
            {u"kept"_s, 0},          {u"review"_s, 0},    {u"skipped"_s, skipped},
            {u"notes"_s, notes}};
}

const QJsonObject BrokenEmail {{u"contact"_s, u"c-9"_s},
                               {u"reason"_s, u"not_email"_s},
                               {u"field"_s, u"email"_s},
                               {u"value"_s, u"nia@@example"_s},
                               {u"detail"_s, u"The server's sentence about the e-mail."_s}};

} // namespace

class TestCrmText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale::c());
        QCoreApplication::installTranslator(&m_english);
    }
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_english);
        QCoreApplication::removeTranslator(&m_spanish);
        QLocale::setDefault(QLocale::c());
    }

    void wordsEachCode_data();
    void wordsEachCode();
    void fallsBackToTheMessage_data();
    void fallsBackToTheMessage();
    void speaksSpanish();
    void jobLogTableShowsTheWordedLine();

private:
    EnglishPlurals m_english;
    Spanish m_spanish;
};

void TestCrmText::wordsEachCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scheduled") << u"job_scheduled"_s << QJsonObject {{u"minutes"_s, 15}}
                               << u"Scheduled sync (every 15 minutes) queued."_s;
    QTest::newRow("retried") << u"job_retried"_s
                             << QJsonObject {{u"attempt"_s, 2},
                                             {u"previousJob"_s, u"job-0"_s},
                                             {u"resumes"_s, true}}
                             << u"Retry 2 of job job-0, resuming from its checkpoint."_s;
    QTest::newRow("started") << u"job_started"_s
                             << QJsonObject {{u"kind"_s, u"full_import"_s},
                                             {u"direction"_s, u"import"_s},
                                             {u"provider"_s, u"Táve"_s},
                                             {u"integration"_s, u"Evergreen Táve"_s}}
                             << u"Started the full import from Táve (Evergreen Táve)."_s;
    QTest::newRow("export started") << u"job_started"_s
                                    << QJsonObject {{u"kind"_s, u"export_to_crm"_s},
                                                    {u"direction"_s, u"export"_s},
                                                    {u"provider"_s, u"Light Blue"_s},
                                                    {u"integration"_s, u"Inbox"_s}}
                                    << u"Started the export to Light Blue (Inbox)."_s;
    QTest::newRow("resumed") << u"job_resumed"_s
                             << QJsonObject {{u"kind"_s, u"full_import"_s},
                                             {u"page"_s, 3},
                                             {u"attempt"_s, 2},
                                             {u"processed"_s, 200}}
                             << u"Resumed the full import from page 3 (attempt 2): 200 contacts "
                                "already imported."_s;
    QTest::newRow("resumed at an address")
        << u"job_resumed"_s
        << QJsonObject {{u"kind"_s, u"incremental_sync"_s},
                        {u"address"_s, u"/clients?cursor=a%20b"_s},
                        {u"attempt"_s, 3},
                        {u"processed"_s, 1}}
        << u"Resumed the incremental sync from the page at /clients?cursor=a%20b (attempt 3): 1 "
           "contact already imported."_s;
    QTest::newRow("page") << u"page_imported"_s << page(1, 3, 100, 100, 0)
                          << u"Page 1 of 3: 100 contacts — 100 new, 0 updated, 0 unchanged."_s;
    QJsonObject busy
        = page(2, 0, 1, 0, 2,
               {note(u"contact_skipped"_s, BrokenEmail),
                note(u"contact_skipped"_s, {{u"contact"_s, QString()}, {u"reason"_s, u"no_id"_s}}),
                note(u"both_changed"_s,
                     {{u"contact"_s, u"Ana Ruiz"_s},
                      {u"provider"_s, u"Táve"_s},
                      {u"outcome"_s, u"taken"_s},
                      {u"strategy"_s, u"newest_wins"_s},
                      {u"newer"_s, u"crm"_s}})});
    busy[u"kept"_s] = 1;
    busy[u"review"_s] = 3;
    QTest::newRow("page with notes")
        << u"page_imported"_s << busy
        << u"Page 2: 1 contact — 0 new, 0 updated, 0 unchanged, 1 kept WedSync's changes, 3 "
           "waiting for review, 2 skipped. Contact c-9 skipped: “nia@@example” is not an e-mail "
           "address. A record without an id was skipped. Ana Ruiz changed in WedSync and in Táve "
           "since the last sync: Táve's version was taken (Táve's change is newer)."_s;
    QTest::newRow("page sent")
        << u"page_sent"_s
        << QJsonObject {{u"provider"_s, u"Light Blue"_s},
                        {u"sent"_s, 12},
                        {u"created"_s, 10},
                        {u"replaced"_s, 0},
                        {u"already"_s, 2},
                        {u"notTaken"_s, 1},
                        {u"clients"_s,
                         QJsonArray {QJsonObject {{u"name"_s, u"Ana Ruiz"_s},
                                                  {u"fields"_s, QJsonArray {u"email"_s}},
                                                  {u"already"_s, false}},
                                     QJsonObject {{u"name"_s, u"Bo Lee"_s},
                                                  {u"fields"_s, QJsonArray()},
                                                  {u"already"_s, true},
                                                  {u"note"_s, u"duplicate, -4"_s}}}},
                        {u"more"_s, 10},
                        {u"notes"_s,
                         QJsonArray {note(u"client_not_sent"_s,
                                          {{u"client"_s, u"Cy Moss"_s},
                                           {u"error"_s, u"Light Blue said -3."_s}})}}}
        << u"Sent 12 clients to Light Blue — 10 new, 0 replaced, 2 already there, 1 not taken: "
           "Ana Ruiz (email); Bo Lee — already there and 10 more. Cy Moss was not sent: Light "
           "Blue said -3."_s;
    QTest::newRow("jobs read") << u"jobs_read"_s
                               << QJsonObject {{u"provider"_s, u"Táve"_s},
                                               {u"jobs"_s, 60},
                                               {u"pages"_s, 1}}
                               << u"Read 60 jobs from Táve (1 page)."_s;
    QTest::newRow("wait for 429")
        << u"provider_wait"_s
        << QJsonObject {{u"provider"_s, u"Táve"_s},
                        {u"status"_s, 429},
                        {u"rateLimited"_s, false},
                        {u"request"_s, u"page"_s},
                        {u"page"_s, 1},
                        {u"what"_s, u"page 1 of the address book"_s},
                        {u"waitMs"_s, 30000},
                        {u"retryAfter"_s, u"honoured"_s},
                        {u"attempt"_s, 2},
                        {u"attempts"_s, 5}}
        << u"Táve answered 429 Too Many Requests to page 1; waiting 30 s (as its Retry-After "
           "asks), attempt 2 of 5."_s;
    QTest::newRow("wait after a network error")
        << u"provider_wait"_s
        << QJsonObject {{u"provider"_s, u"Studio CRM"_s},
                        {u"status"_s, 0},
                        {u"networkError"_s, u"Connection refused"_s},
                        {u"request"_s, u"token"_s},
                        {u"what"_s, u"the token request"_s},
                        {u"waitMs"_s, 1500},
                        {u"retryAfter"_s, u"none"_s},
                        {u"attempt"_s, 3},
                        {u"attempts"_s, 5}}
        << u"Studio CRM answered a network error (Connection refused) to the token request; "
           "waiting 1.5 s (backing off), attempt 3 of 5."_s;
    QTest::newRow("finished") << u"job_finished"_s
                              << QJsonObject {{u"processed"_s, 1},
                                              {u"created"_s, 1},
                                              {u"updated"_s, 0},
                                              {u"skipped"_s, 0}}
                              << u"Finished: 1 processed — 1 new, 0 updated, 0 skipped."_s;
    QTest::newRow("cancel requested") << u"cancel_requested"_s << QJsonObject()
                                      << u"Cancel requested; stopping after the current page."_s;
    QTest::newRow("cancelled") << u"job_cancelled"_s << QJsonObject {{u"processed"_s, 300}}
                               << u"Cancelled after 300 contacts; nothing after that was "
                                  "imported."_s;
    QTest::newRow("cancelled while queued")
        << u"job_cancelled"_s << QJsonObject() << u"Cancelled."_s;
    QTest::newRow("failed reading")
        << u"job_failed"_s
        << QJsonObject {{u"stage"_s, u"read"_s},
                        {u"error"_s, u"Táve kept failing with 503."_s},
                        {u"page"_s, 2},
                        {u"processed"_s, 100}}
        << u"Táve kept failing with 503. Stopped before page 2 with 100 contacts imported; a "
           "retry resumes there."_s;
    QTest::newRow("failed storing")
        << u"job_failed"_s
        << QJsonObject {{u"stage"_s, u"store"_s},
                        {u"error"_s, u"The disk is full."_s},
                        {u"page"_s, 3},
                        {u"pages"_s, 12}}
        << u"Could not store page 3 of 12: The disk is full. Stopped there; a retry resumes "
           "there."_s;
    QTest::newRow("failed sending")
        << u"job_failed"_s
        << QJsonObject {{u"stage"_s, u"send"_s},
                        {u"error"_s, u"Táve answered 422."_s},
                        {u"client"_s, u"Ana Ruiz"_s},
                        {u"provider"_s, u"Táve"_s},
                        {u"sent"_s, 1}}
        << u"Could not send Ana Ruiz to Táve: Táve answered 422. 1 client sent before it; a "
           "retry sends the rest."_s;
    QTest::newRow("failed recording")
        << u"job_failed"_s
        << QJsonObject {{u"stage"_s, u"record"_s},
                        {u"error"_s, u"The database is gone."_s},
                        {u"provider"_s, u"Táve"_s}}
        << u"Could not record what was sent to Táve: The database is gone. A retry sends those "
           "clients again (a replace is safe to repeat)."_s;
    QTest::newRow("file import failed")
        << u"job_failed"_s
        << QJsonObject {{u"stage"_s, u"file"_s}, {u"error"_s, u"The file ended early."_s},
                        {u"processed"_s, 4},     {u"created"_s, 1},
                        {u"updated"_s, 2},       {u"skipped"_s, 1}}
        << u"Failed after 4 rows: 1 new, 2 updated, 1 skipped. The file ended early."_s;
    QTest::newRow("failed, the error says it all")
        << u"job_failed"_s << QJsonObject {{u"error"_s, u"The integration was removed."_s}}
        << u"The integration was removed."_s;
    QTest::newRow("file import started")
        << u"file_import_started"_s
        << QJsonObject {{u"file"_s, u"a.csv"_s}, {u"format"_s, u"csv"_s}, {u"rows"_s, 1}}
        << u"Importing a.csv (CSV, 1 row)."_s;
    QTest::newRow("row skipped") << u"row_skipped"_s
                                 << QJsonObject {{u"row"_s, 58},
                                                 {u"reason"_s, u"no_name_or_email"_s},
                                                 {u"detail"_s, u"The server's words."_s}}
                                 << u"Row 58 skipped: The client has neither an e-mail address "
                                    "nor a name."_s;
    QTest::newRow("row skipped, a reason this console does not know")
        << u"row_skipped"_s
        << QJsonObject {{u"row"_s, 7},
                        {u"reason"_s, u"too_famous"_s},
                        {u"detail"_s, u"The row is too famous."_s}}
        << u"Row 7 skipped: The row is too famous."_s;
    QTest::newRow("kept, import only")
        << u"both_changed"_s
        << QJsonObject {{u"contact"_s, u"Ana Ruiz"_s},
                        {u"provider"_s, u"Táve"_s},
                        {u"outcome"_s, u"kept"_s},
                        {u"strategy"_s, u"wedsync_wins"_s},
                        {u"sendsBack"_s, false}}
        << u"Ana Ruiz changed in WedSync and in Táve since the last sync: WedSync's version was "
           "kept (WedSync wins). This connection only imports, so Táve keeps its own version."_s;
    QTest::newRow("filed for review")
        << u"both_changed"_s
        << QJsonObject {{u"contact"_s, u"Ana Ruiz"_s},
                        {u"provider"_s, u"Táve"_s},
                        {u"outcome"_s, u"review_filed"_s},
                        {u"strategy"_s, u"manual_review"_s}}
        << u"Ana Ruiz changed in WedSync and in Táve since the last sync: filed for review in the "
           "conflict center; the client stays as it is until then."_s;
}

void TestCrmText::wordsEachCode()
{
    QFETCH(QString, code);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expected);
    QCOMPARE(CrmText::jobLogText(line(code, args)), expected);
}

void TestCrmText::fallsBackToTheMessage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("args");
    QTest::newRow("written before codes were") << QString() << QJsonObject();
    QTest::newRow("a newer server's code") << u"crm_mood"_s << QJsonObject {{u"mood"_s, 3}};
    QTest::newRow("a newer failure stage")
        << u"job_failed"_s << QJsonObject {{u"stage"_s, u"dream"_s}, {u"error"_s, u"x"_s}};
    QTest::newRow("a newer outcome")
        << u"both_changed"_s << QJsonObject {{u"outcome"_s, u"merged"_s}};
    QTest::newRow("a page with a newer note")
        << u"page_imported"_s
        << page(1, 1, 1, 1, 0, {note(u"contact_admired"_s, {{u"contact"_s, u"c-1"_s}})});
}

void TestCrmText::fallsBackToTheMessage()
{
    QFETCH(QString, code);
    QFETCH(QJsonObject, args);
    QCOMPARE(CrmText::jobLogText(line(code, args, u"Page 1: something new."_s)),
             u"Page 1: something new."_s);
}

void TestCrmText::speaksSpanish()
{
    QCoreApplication::removeTranslator(&m_english);
    QCoreApplication::installTranslator(&m_spanish);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(CrmText::jobLogText(line(u"job_started"_s,
                                      {{u"kind"_s, u"full_import"_s},
                                       {u"direction"_s, u"import"_s},
                                       {u"provider"_s, u"Táve"_s},
                                       {u"integration"_s, u"Evergreen Táve"_s}})),
             u"Se inició la importación completa desde Táve (Evergreen Táve)."_s);
    QCOMPARE(
        CrmText::jobLogText(line(u"page_imported"_s,
                                 page(2, 2, 51, 50, 1, {note(u"contact_skipped"_s, BrokenEmail)}))),
        u"Página 2 de 2: 51 contactos — 50 nuevos, 0 actualizados, 0 sin cambios, 1 omitido. "
        "Contacto c-9 omitido: “nia@@example” no es una dirección de correo electrónico."_s);
    QCOMPARE(CrmText::jobLogText(line(u"page_imported"_s, page(1, 1, 1, 1, 0))),
             u"Página 1 de 1: 1 contacto — 1 nuevo, 0 actualizados, 0 sin cambios."_s);
    QCOMPARE(CrmText::jobLogText(line(
                 u"jobs_read"_s, {{u"provider"_s, u"Táve"_s}, {u"jobs"_s, 60}, {u"pages"_s, 1}})),
             u"Se leyeron 60 encargos de Táve (1 página)."_s);
    QCOMPARE(CrmText::jobLogText(line(u"job_cancelled"_s, {{u"processed"_s, 1}})),
             u"Cancelado tras 1 contacto; no se importó nada más."_s);
    QCOMPARE(CrmText::jobLogText(line(u"provider_wait"_s,
                                      {{u"provider"_s, u"Táve"_s},
                                       {u"status"_s, 429},
                                       {u"request"_s, u"page"_s},
                                       {u"page"_s, 1},
                                       {u"waitMs"_s, 1500},
                                       {u"retryAfter"_s, u"honoured"_s},
                                       {u"attempt"_s, 2},
                                       {u"attempts"_s, 5}})),
             u"Petición de página 1 a Táve: respuesta 429 (demasiadas solicitudes); se esperan "
             "1,5 s (según pide su Retry-After), intento 2 de 5."_s);
    QCOMPARE(CrmText::jobLogText(line(u"both_changed"_s,
                                      {{u"contact"_s, u"Ana Ruiz"_s},
                                       {u"provider"_s, u"Táve"_s},
                                       {u"outcome"_s, u"taken"_s},
                                       {u"strategy"_s, u"crm_wins"_s}})),
             u"Ana Ruiz cambió en WedSync y en Táve desde la última sincronización: se tomó la "
             "versión de Táve (Gana el CRM)."_s);
    // An older line has no code: the server's English, as it came.
    QCOMPARE(CrmText::jobLogText(line({}, {}, u"Page 1 of 1: 1 contact."_s)),
             u"Page 1 of 1: 1 contact."_s);
}

void TestCrmText::jobLogTableShowsTheWordedLine()
{
    JobLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CrmJobLogLine coded
        = line(u"job_finished"_s,
               {{u"processed"_s, 250}, {u"created"_s, 250}, {u"updated"_s, 0}, {u"skipped"_s, 0}},
               u"Done (the server's English)."_s);
    CrmJobLogLine old = line({}, {}, u"Finished: 3 created, 0 updated, 0 skipped."_s);
    old.id = u"line-0"_s;
    // As the route and the broadcast carry it.
    auto decoded = crmJobLogLineFromJson(QJsonObject {
        {u"id"_s, u"line-2"_s},
        {u"at"_s, u"2027-05-01T09:31:00.000Z"_s},
        {u"level"_s, u"warning"_s},
        {u"message"_s, u"Cancelled after 7 contacts; nothing after that was imported."_s},
        {u"code"_s, u"job_cancelled"_s},
        {u"args"_s, QJsonObject {{u"processed"_s, 7}}}});
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->code, u"job_cancelled"_s);
    model.setItems({old, coded, decoded.value()});
    const auto shown = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, JobLogModel::MessageColumn).data(role).toString();
    };
    QCOMPARE(shown(0), u"Finished: 3 created, 0 updated, 0 skipped."_s);
    QCOMPARE(shown(1), u"Finished: 250 processed — 250 new, 0 updated, 0 skipped."_s);
    QCOMPARE(shown(1, Qt::ToolTipRole), shown(1));
    QCOMPARE(shown(2), u"Cancelled after 7 contacts; nothing after that was imported."_s);
    // In Spanish the same row reads in Spanish; the older one stays as the server wrote it.
    QCoreApplication::removeTranslator(&m_english);
    QCoreApplication::installTranslator(&m_spanish);
    QCOMPARE(shown(2), u"Cancelado tras 7 contactos; no se importó nada más."_s);
    QCOMPARE(shown(0), u"Finished: 3 created, 0 updated, 0 skipped."_s);
}

QTEST_GUILESS_MAIN(TestCrmText)
#include "tst_crmtext.moc"
