// CRM connections as Evergreen's admin, its planner and Lakeside's admin use them: the real
// console signed in to a real demo server (whose Táve simulator stands in for Táve), on the
// offscreen platform. The admin finds the demo connection with its job history and reads why a
// run failed; connects Táve through the wizard (a wrong key fails the test, Back keeps what was
// typed and the corrected key passes on the same draft, Cancel leaves nothing behind; the right
// one shows real rows, a suggested mapping, and the first import runs to the end live);
// imports a CSV export after checking what it will do, and a vCard file with its anniversary as
// the wedding date, while a file of binary garbage is refused before anything is sent;
// disconnects only after saying yes. Lakeside's free tier says what to upgrade before anyone
// meets a 402, and the planner reads without the buttons that change anything.
#include "CrmRecords.h"
#include "CrmText.h"
#include "IntegrationModels.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "WizardSteps.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "common/ScriptedPrompts.h"
#include "integrations/ConfigureDialog.h"
#include "integrations/ConnectionWizardPages.h"
#include "integrations/FieldMappingEditor.h"
#include "integrations/FileImportDialog.h"
#include "integrations/IntegrationDetailPane.h"
#include "integrations/IntegrationsFeed.h"
#include "integrations/IntegrationsPage.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Planner = u"planner@evergreen.demo"_s;
const QString LakesideAdmin = u"admin@lakeside.demo"_s;
const QString DemoConnection = u"Evergreen Táve"_s;
constexpr int WaitMs = 30000;

struct Console : PageConsole<IntegrationsPage>
{
    using PageConsole::PageConsole;
    IntegrationTableModel *list() const
    {
        return static_cast<IntegrationTableModel *>(page()->listView()->model());
    }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < list()->rowCount(); ++row)
            if (list()->item(row).name == name)
                return row;
        return -1;
    }
    void choose(const QString &name) const
    {
        page()->listView()->setCurrentIndex(list()->index(rowOf(name), 0));
    }
};

int jobRowWithStatus(IntegrationDetailPane *pane, const QString &status)
{
    for (int row = 0; row < pane->jobModel()->rowCount(); ++row)
        if (pane->jobModel()->item(row).status == status)
            return row;
    return -1;
}

// The job log as the pane shows it (worded in the console's language).
QStringList logMessages(IntegrationDetailPane *pane)
{
    QStringList messages;
    for (int row = 0; row < pane->logModel()->rowCount(); ++row)
        messages.append(pane->logModel()->index(row, JobLogModel::MessageColumn).data().toString());
    return messages;
}

// Stands in for a language: every text of the CRM hub's words comes back in brackets.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        if (QByteArrayView(context) == "wedsync::CrmText")
            return u'[' + QString::fromUtf8(source) + u']';
        return {};
    }
};

} // namespace

class tst_IntegrationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminReadsTheDemoConnectionAndWhyARunFailed();
    void aWrongKeyFailsTheTestAndCancelLeavesNothing();
    void aWrongAddressSaysWhatIsWrong();
    void adminConnectsTaveAndWatchesTheFirstImport();
    void adminImportsACsvExportAfterCheckingIt();
    void adminImportsAVCardFileButNotGarbage();
    void adminListsTheJobsOfEveryConnection();
    void disconnectAsksFirst();
    void lightBlueOnlyReceivesLeads();
    void adminConfiguresAConnection();
    void adminPausesAndResumesTheSchedule();
    void lakesideFreeTierSaysWhatToUpgrade();
    void plannerReadsOnly();

private:
    std::unique_ptr<Console> open(const QString &email, const QString &organizationId,
                                  bool expectRows = true);
    QStringList integrationNames(const QString &organizationId);
    QWizard *startWizard(Console &console, const QString &provider, const QString &name,
                         const QString &apiKey);

    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view, as Evergreen's admin
    QString m_evergreen;
    QString m_lakeside;
    QString m_taveKey;
    std::unique_ptr<Console> m_admin;
};

void tst_IntegrationsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    const QJsonObject login = replyJson(m_api->login(EvergreenAdmin, DemoPassword)).toObject();
    m_api->setAccessToken(login.value(u"accessToken"_s).toString());
    for (const QJsonValue &org : replyItems(m_api->organizations())) {
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            m_evergreen = org.toObject().value(u"id"_s).toString();
    }
    {
        ApiClient platform(&m_nam);
        platform.setBaseUrl(m_server.baseUrl());
        platform.setAccessToken(replyJson(platform.login(u"platform@wedsync.demo"_s, DemoPassword))
                                    .toObject()
                                    .value(u"accessToken"_s)
                                    .toString());
        for (const QJsonValue &org : replyItems(platform.organizations())) {
            if (org.toObject().value(u"name"_s).toString() == u"Lakeside Events")
                m_lakeside = org.toObject().value(u"id"_s).toString();
        }
    }
    QVERIFY(!m_lakeside.isEmpty());
    QVERIFY(!m_evergreen.isEmpty());
    m_taveKey = u"demo-tave-key-5f1c0e7a9b2d4c68"_s; // the demo simulator's (DemoIntegrations)
    m_admin = open(EvergreenAdmin, m_evergreen);
    QVERIFY(m_admin);
}

void tst_IntegrationsPage::cleanupTestCase()
{
    m_admin.reset();
}

std::unique_ptr<Console> tst_IntegrationsPage::open(const QString &email,
                                                    const QString &organizationId, bool expectRows)
{
    auto console
        = std::make_unique<Console>(m_server.baseUrl(), email, u"integrations"_s, organizationId);
    if (!console->app || !console->page())
        return {};
    if (expectRows && !QTest::qWaitFor([&] { return console->list()->rowCount() > 0; }, WaitMs)) {
        qWarning() << "the connections did not load for" << email;
        return {};
    }
    return console;
}

QStringList tst_IntegrationsPage::integrationNames(const QString &organizationId)
{
    QStringList names;
    ApiReply *reply = m_api->send([&] {
        RestRequest request;
        request.path = u"/api/v1/organizations/%1/integrations"_s.arg(organizationId);
        return request;
    }());
    for (const QJsonValue &item : replyItems(reply))
        names.append(item.toObject().value(u"name"_s).toString());
    return names;
}

void tst_IntegrationsPage::adminReadsTheDemoConnectionAndWhyARunFailed()
{
    Console &admin = *m_admin;
    const int row = admin.rowOf(DemoConnection);
    QVERIFY(row >= 0);
    QCOMPARE(admin.list()->item(row).status, u"connected"_s);
    // Its limit is said above the list: Evergreen is on the Professional tier.
    QVERIFY(admin.page()
                ->findChild<QLabel *>(u"integrationLimit"_s)
                ->text()
                .contains(u"Professional"_s));

    admin.choose(DemoConnection);
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_VERIFY_WITH_TIMEOUT(pane->jobModel()->rowCount() >= 3, WaitMs);
    QVERIFY(pane->findChild<QLabel *>(u"integrationCapability"_s)->text().contains(u"API"_s));
    // The history has a completed import, a failed run and a partial one.
    QVERIFY(jobRowWithStatus(pane, u"completed"_s) >= 0);
    const int failed = jobRowWithStatus(pane, u"failed"_s);
    QVERIFY(failed >= 0);
    // The failed run's log says why, and the failed job may be retried.
    pane->jobView()->setCurrentIndex(pane->jobModel()->index(failed, 0));
    QTRY_VERIFY_WITH_TIMEOUT(logMessages(pane).join(u'\n').contains(u"429"_s), WaitMs);
    QVERIFY(pane->findChild<QPushButton *>(u"retryJob"_s)->isEnabled());
    QVERIFY(!pane->findChild<QPushButton *>(u"cancelJob"_s)->isEnabled());
}

QWizard *tst_IntegrationsPage::startWizard(Console &console, const QString &provider,
                                           const QString &name, const QString &apiKey)
{
    auto *wizard = qobject_cast<QWizard *>(console.page()->openWizard());
    if (!wizard)
        return nullptr;
    if (!chooseProvider(wizard, provider, name, WaitMs))
        return nullptr;
    auto *auth = qobject_cast<AuthPage *>(wizard->currentPage());
    auth->apiKeyEdit()->setText(apiKey);
    wizard->next(); // saves the draft, then goes on by itself
    return wizard;
}

void tst_IntegrationsPage::aWrongKeyFailsTheTestAndCancelLeavesNothing()
{
    Console &admin = *m_admin;
    QWizard *wizard = startWizard(admin, u"tave"_s, u"Wrong key"_s, u"not-the-key"_s);
    QVERIFY(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    auto *test = qobject_cast<TestPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(test->resultLabel()->text().contains(u"failed"_s), WaitMs);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // The draft exists on the server until Cancel.
    QVERIFY(integrationNames(m_evergreen).contains(u"Wrong key"_s));
    // Back keeps what was typed: the key to correct, the name on the page before.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(AuthStep));
    auto *auth = qobject_cast<AuthPage *>(wizard->currentPage());
    QCOMPARE(auth->apiKeyEdit()->text(), u"not-the-key"_s);
    QCOMPARE(qobject_cast<ProviderPage *>(wizard->page(ProviderStep))->nameEdit()->text(),
             u"Wrong key"_s);
    // The corrected key passes the test, on the same draft (not a second one).
    auth->apiKeyEdit()->setText(m_taveKey);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(test->resultLabel()->text().startsWith(u"The connection works"_s),
                             WaitMs);
    QCOMPARE(integrationNames(m_evergreen).count(u"Wrong key"_s), 1);
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!integrationNames(m_evergreen).contains(u"Wrong key"_s), WaitMs);
}

// A custom REST connection's addresses: one that is not a web address says so (Next alone
// greyed out would leave the admin guessing), and the message goes once it is mended. Without
// a sign-in it is a connection for files.
void tst_IntegrationsPage::aWrongAddressSaysWhatIsWrong()
{
    Console &admin = *m_admin;
    auto *wizard = qobject_cast<QWizard *>(admin.page()->openWizard());
    QVERIFY(wizard);
    QVERIFY(chooseProvider(wizard, u"custom"_s, u"Studio CRM"_s, WaitMs));
    QWizardPage *auth = wizard->currentPage();
    auto *type = auth->findChild<QComboBox *>(u"authType"_s);
    type->setCurrentIndex(type->findData(u"oauth2"_s));
    auto *problem = auth->findChild<QLabel *>(u"wizardProblem"_s);
    QVERIFY(problem);
    QVERIFY(!problem->isVisibleTo(wizard)); // nothing typed yet: nothing to blame
    auth->findChild<QLineEdit *>(u"baseUrl"_s)->setText(u"ftp://crm.example.com/clients"_s);
    QVERIFY(problem->isVisibleTo(wizard));
    QVERIFY2(problem->text().startsWith(u"The API address must be a web address"_s),
             qPrintable(problem->text()));
    auth->findChild<QLineEdit *>(u"baseUrl"_s)->setText(u"https://crm.example.com/clients"_s);
    auth->findChild<QLineEdit *>(u"tokenUrl"_s)->setText(u"auth.example.com/token"_s);
    QVERIFY2(problem->text().startsWith(u"The token address"_s), qPrintable(problem->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auth->findChild<QLineEdit *>(u"tokenUrl"_s)->setText(u"https://auth.example.com/token"_s);
    QVERIFY(!problem->isVisibleTo(wizard));
    // Without a sign-in, "Another CRM" reads files: nothing to test (it used to test an API it
    // does not have and fail), nothing to map, no first import to start.
    type->setCurrentIndex(type->findData(u"none"_s));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    QVERIFY2(qobject_cast<TestPage *>(wizard->currentPage())
                 ->resultLabel()
                 ->text()
                 .startsWith(u"Nothing to test"_s),
             qPrintable(qobject_cast<TestPage *>(wizard->currentPage())->resultLabel()->text()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScheduleStep));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReviewStep), WaitMs);
    QVERIFY(!qobject_cast<ReviewPage *>(wizard->currentPage())->importNow()->isVisibleTo(wizard));
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!integrationNames(m_evergreen).contains(u"Studio CRM"_s), WaitMs);
}

void tst_IntegrationsPage::adminConnectsTaveAndWatchesTheFirstImport()
{
    Console &admin = *m_admin;
    QWizard *wizard = startWizard(admin, u"tave"_s, u"Studio Táve"_s, m_taveKey);
    QVERIFY(wizard);
    QSignalSpy closed(wizard, &QDialog::finished);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    auto *test = qobject_cast<TestPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(test->resultLabel()->text().startsWith(u"The connection works"_s),
                             WaitMs);
    QVERIFY(test->sampleTable()->rowCount() > 0);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScheduleStep));
    wizard->next(); // saves the schedule
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(MappingStep), WaitMs);
    auto *mapping = qobject_cast<MappingPage *>(wizard->currentPage());
    // A mapping is suggested from Táve's columns, and e-mail is among the fields it fills.
    QTRY_VERIFY_WITH_TIMEOUT(!mapping->editor()->mapping().isEmpty(), WaitMs);
    bool mapsEmail = false;
    const FieldMapping suggested = mapping->editor()->mapping();
    for (const FieldMappingEntry &entry : suggested.entries())
        mapsEmail = mapsEmail || entry.target == u"email"_s;
    QVERIFY(mapsEmail);
    wizard->next(); // saves the mapping
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReviewStep), WaitMs);
    auto *review = qobject_cast<ReviewPage *>(wizard->currentPage());
    QVERIFY(review->importNow()->isChecked());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, WaitMs);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));

    // The new connection is chosen, its first import runs to the end before our eyes.
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(u"Studio Táve"_s) >= 0, WaitMs);
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, u"Studio Táve"_s, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(jobRowWithStatus(pane, u"completed"_s) >= 0, 60000);
    const CrmSyncJob &job = pane->jobModel()->item(jobRowWithStatus(pane, u"completed"_s));
    QVERIFY(job.created > 0);
    QCOMPARE(job.processed, job.total.value_or(-1));

    // Its log reads in the console's words, from each line's code and arguments: what the
    // table shows is the console's wording, not the server's English sentence.
    pane->jobView()->setCurrentIndex(
        pane->jobModel()->index(jobRowWithStatus(pane, u"completed"_s), 0));
    const auto lastCode = [pane] {
        const QList<CrmJobLogLine> &lines = pane->logModel()->items();
        return lines.isEmpty() ? QString() : lines.constLast().code;
    };
    QTRY_COMPARE_WITH_TIMEOUT(lastCode(), u"job_finished"_s, WaitMs);
    const QList<CrmJobLogLine> lines = pane->logModel()->items();
    QCOMPARE(lines.constFirst().code, u"job_started"_s);
    for (const CrmJobLogLine &line : lines)
        QVERIFY2(!line.code.isEmpty(), qPrintable(line.message));
    QStringList shown = logMessages(pane);
    QCOMPARE(shown.constFirst(), u"Started the full import from Táve (Studio Táve)."_s);
    QCOMPARE(shown.constLast(), CrmText::jobLogText(lines.constLast()));
    QVERIFY2(shown.constLast().startsWith(u"Finished: %1 processed"_s.arg(job.processed)),
             qPrintable(shown.constLast()));
    BracketTranslator language;
    QCoreApplication::installTranslator(&language);
    shown = logMessages(pane);
    QCoreApplication::removeTranslator(&language);
    QCOMPARE(
        shown.constFirst(),
        u"[Started the %1 from %2 (%3).]"_s.arg(u"[full import]"_s, u"Táve"_s, u"Studio Táve"_s));
    QCOMPARE(lines.at(1).code, u"jobs_read"_s); // Táve's jobs, before the first page
    QCOMPARE(
        shown.at(1),
        u"[Read %1 job(s) from Táve ([%2 page(s)]).]"_s.arg(lines.at(1).args[u"jobs"_s].toInt())
            .arg(lines.at(1).args[u"pages"_s].toInt()));
    QVERIFY2(shown.at(2).startsWith(
                 u"[[Page %1 of %2]: "_s.arg(1).arg(lines.at(2).args[u"pages"_s].toInt())),
             qPrintable(shown.at(2)));
}

void tst_IntegrationsPage::adminImportsACsvExportAfterCheckingIt()
{
    Console &admin = *m_admin;
    // A Táve connection syncs through its API: files go into a connection of the CRM that
    // exported them, made with the wizard (no sign-in, nothing to test or map).
    admin.choose(DemoConnection);
    QTRY_COMPARE_WITH_TIMEOUT(admin.page()->details()->integration().name, DemoConnection, WaitMs);
    QVERIFY(!admin.page()->importButton()->isEnabled());
    QWizard *wizard = startWizard(admin, u"honeybook"_s, u"HoneyBook export"_s, {});
    QVERIFY(wizard);
    QSignalSpy closed(wizard, &QDialog::finished);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    QVERIFY(qobject_cast<TestPage *>(wizard->currentPage())
                ->resultLabel()
                ->text()
                .startsWith(u"Nothing to test"_s));
    wizard->next();
    wizard->next(); // schedule saved; a file CRM has nothing to map
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReviewStep), WaitMs);
    QVERIFY(!qobject_cast<ReviewPage *>(wizard->currentPage())->importNow()->isVisibleTo(wizard));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(u"HoneyBook export"_s) >= 0, WaitMs);
    admin.choose(u"HoneyBook export"_s);
    QTRY_VERIFY_WITH_TIMEOUT(admin.page()->importButton()->isEnabled(), WaitMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"honeybook-export.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A HoneyBook-style export: BOM, semicolons, a quoted line break, a row without a
        // name or e-mail, and a formula cell kept as text.
        file.write(
            "\xEF\xBB\xBF"
            "First Name;Last Name;Email;Phone;Event Date;Notes\r\n"
            "Ana;Ruiz;ana.ruiz@example.com;+34 600 000 001;2027-06-12;\"Loves\r\npeonies\"\r\n"
            "Zoë;Martin;zoe.martin@example.com;;2027-09-04;=SUM(A1:A2)\r\n"
            ";;;;;no one\r\n");
    }
    auto *dialog = qobject_cast<FileImportDialog *>(admin.page()->openFileImport());
    QVERIFY(dialog);
    dialog->openFile(path);
    QVERIFY(!dialog->mappingEditor()->mapping().isEmpty());
    QVERIFY(dialog->checkButton()->isEnabled());
    dialog->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().contains(u"Ready to import"_s), WaitMs);
    QVERIFY2(dialog->resultLabel()->text().contains(u"2 new clients"_s),
             qPrintable(dialog->resultLabel()->text()));
    QVERIFY(dialog->resultLabel()->text().contains(u"1 skipped"_s));
    QVERIFY(dialog->resultLabel()->text().contains(u"formula"_s));
    QSignalSpy imported(dialog, &FileImportDialog::imported);
    dialog->importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, WaitMs);
    QVERIFY2(dialog->resultLabel()->text().startsWith(u"Imported."_s),
             qPrintable(dialog->resultLabel()->text()));
    // The clients are on the server, and the import is a job of the connection.
    const auto clientEmails = [this](const QString &search) {
        RestRequest clients;
        clients.path = u"/api/v1/organizations/%1/clients"_s.arg(m_evergreen);
        clients.query.addQueryItem(u"search"_s, search);
        QStringList emails;
        for (const QJsonValue &item : replyItems(m_api->send(clients)))
            emails.append(
                item.toObject().value(u"fields"_s).toObject().value(u"email"_s).toString());
        return emails;
    };
    QCOMPARE(clientEmails(u"ana.ruiz"_s), QStringList {u"ana.ruiz@example.com"_s});
    QCOMPARE(clientEmails(u"zoe.martin"_s), QStringList {u"zoe.martin@example.com"_s});
    dialog->close();
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const CrmSyncJob &job : pane->jobModel()->items())
                if (job.kind == u"file_import"_s && job.status == u"completed"_s)
                    return true;
            return false;
        }(),
        WaitMs);
}

void tst_IntegrationsPage::adminImportsAVCardFileButNotGarbage()
{
    Console &admin = *m_admin;
    // Into the HoneyBook connection made for the CSV export (the plan allows three).
    QVERIFY(admin.rowOf(u"HoneyBook export"_s) >= 0);
    admin.choose(u"HoneyBook export"_s);
    QTRY_VERIFY_WITH_TIMEOUT(admin.page()->importButton()->isEnabled(), WaitMs);
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
            ? file.fileName()
            : QString();
    };
    auto *dialog = qobject_cast<FileImportDialog *>(admin.page()->openFileImport());
    QVERIFY(dialog);

    // Binary garbage named like a vCard: refused with a reason, nothing to check or import.
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 256));
    const QString garbagePath = write(u"contacts.vcf"_s, garbage);
    QVERIFY(!garbagePath.isEmpty());
    dialog->openFile(garbagePath);
    QVERIFY2(!dialog->fileLabel()->text().contains(u"(vCard)"_s),
             qPrintable(dialog->fileLabel()->text()));
    QVERIFY2(dialog->fileLabel()->text().contains(u"binary data"_s),
             qPrintable(dialog->fileLabel()->text()));
    QVERIFY(!dialog->checkButton()->isEnabled());
    QVERIFY(!dialog->importButton()->isEnabled());

    // A vCard 3.0 export: a folded line, escaped commas, the anniversary as the wedding date.
    const QString cardPath = write(u"dubsado.vcf"_s,
                                   "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okoro;Ada;;;\r\n"
                                   "FN:Ada Okoro\r\nEMAIL;TYPE=INTERNET:ada.okoro@exam\r\n"
                                   " ple.com\r\nANNIVERSARY:2027-05-22\r\n"
                                   "NOTE:Barn venue\\, outdoor ceremony\r\nEND:VCARD\r\n"
                                   "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lindqvist;Elin;;;\r\n"
                                   "FN:Elin Lindqvist\r\nEMAIL:elin.l@example.com\r\n"
                                   "END:VCARD\r\n");
    QVERIFY(!cardPath.isEmpty());
    dialog->openFile(cardPath);
    QVERIFY2(dialog->fileLabel()->text().contains(u"(vCard)"_s),
             qPrintable(dialog->fileLabel()->text()));
    QVERIFY(dialog->checkButton()->isEnabled());
    dialog->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().contains(u"Ready to import"_s), WaitMs);
    QVERIFY2(dialog->resultLabel()->text().contains(u"2 new clients"_s),
             qPrintable(dialog->resultLabel()->text()));
    QSignalSpy imported(dialog, &FileImportDialog::imported);
    dialog->importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, WaitMs);
    QVERIFY2(dialog->resultLabel()->text().startsWith(u"Imported."_s),
             qPrintable(dialog->resultLabel()->text()));
    dialog->close();
    RestRequest clients;
    clients.path = u"/api/v1/organizations/%1/clients"_s.arg(m_evergreen);
    clients.query.addQueryItem(u"search"_s, u"ada.okoro"_s);
    const QJsonArray found = replyItems(m_api->send(clients));
    QCOMPARE(found.size(), 1);
    const QJsonObject fields = found.first().toObject().value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"email"_s).toString(), u"ada.okoro@example.com"_s);
    QCOMPARE(fields.value(u"wedding_date"_s).toString(), u"2027-05-22"_s);
}

void tst_IntegrationsPage::adminListsTheJobsOfEveryConnection()
{
    Console &admin = *m_admin;
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(u"Evergreen Táve"_s) >= 0, WaitMs);
    admin.choose(u"Evergreen Táve"_s);
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, u"Evergreen Táve"_s, WaitMs);
    const auto connectionsListed = [pane] {
        QSet<QString> ids;
        for (const CrmSyncJob &job : pane->jobModel()->items())
            ids.insert(job.integrationId);
        return ids;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!pane->jobModel()->items().isEmpty(), WaitMs);
    QCOMPARE(connectionsListed(), QSet<QString> {pane->integrationId()});
    QVERIFY(pane->jobView()->isColumnHidden(SyncJobTableModel::ConnectionColumn));
    // Every connection's jobs, newest first, each row naming its connection.
    pane->allJobsBox()->setChecked(true);
    QVERIFY(!pane->jobView()->isColumnHidden(SyncJobTableModel::ConnectionColumn));
    QTRY_VERIFY_WITH_TIMEOUT(connectionsListed().size() >= 2, WaitMs);
    QStringList names;
    for (int row = 0; row < pane->jobModel()->rowCount(); ++row)
        names
            << pane->jobModel()->index(row, SyncJobTableModel::ConnectionColumn).data().toString();
    QVERIFY2(names.contains(u"Evergreen Táve"_s) && names.contains(u"Studio Táve"_s),
             qPrintable(names.join(u", "_s)));
    // Choosing another connection's job shows its log.
    const int row = int(names.indexOf(u"Studio Táve"_s));
    pane->jobView()->setCurrentIndex(pane->jobModel()->index(row, 0));
    QTRY_VERIFY_WITH_TIMEOUT(pane->logModel()->rowCount() > 0, WaitMs);
    pane->allJobsBox()->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(connectionsListed(), QSet<QString> {pane->integrationId()}, WaitMs);
}

void tst_IntegrationsPage::disconnectAsksFirst()
{
    Console &admin = *m_admin;
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(u"Studio Táve"_s) >= 0, WaitMs);
    admin.choose(u"Studio Táve"_s);
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, u"Studio Táve"_s, WaitMs);
    auto *disconnect = pane->findChild<QPushButton *>(u"disconnectIntegration"_s);
    admin.prompts()->clear();
    admin.prompts()->queueConfirm(false);
    disconnect->click();
    QCOMPARE(admin.prompts()->asked().size(), 1);
    QVERIFY(admin.prompts()->asked().first().text.contains(u"credentials are deleted"_s));
    QTest::qWait(300);
    QVERIFY(integrationNames(m_evergreen).contains(u"Studio Táve"_s));
    admin.prompts()->queueConfirm(true);
    disconnect->click();
    QTRY_VERIFY_WITH_TIMEOUT(!integrationNames(m_evergreen).contains(u"Studio Táve"_s), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(u"Studio Táve"_s) < 0, WaitMs);
}

void tst_IntegrationsPage::lightBlueOnlyReceivesLeads()
{
    Console &admin = *m_admin;
    QTRY_VERIFY_WITH_TIMEOUT(admin.page()->connectButton()->isEnabled(), WaitMs);
    QWizard *wizard = startWizard(admin, u"lightblue"_s, u"Light Blue inbox"_s, u"lb-key-1"_s);
    QVERIFY(wizard);
    QSignalSpy closed(wizard, &QDialog::finished);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    auto *test = qobject_cast<TestPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!test->resultLabel()->text().isEmpty()
                                 && wizard->button(QWizard::NextButton)->isEnabled(),
                             WaitMs);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScheduleStep));
    // It only receives: the one direction there is, and no columns to map.
    auto *direction = wizard->currentPage()->findChild<QComboBox *>(u"direction"_s);
    QCOMPARE(direction->count(), 1);
    QCOMPARE(direction->currentData().toString(), u"export_only"_s);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReviewStep), WaitMs);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, WaitMs);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));

    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, u"Light Blue inbox"_s, WaitMs);
    QCOMPARE(pane->integration().direction, u"export_only"_s);
    auto *send = pane->findChild<QPushButton *>(u"exportToCrm"_s);
    QVERIFY(send->isVisibleTo(pane));
    QVERIFY(!pane->findChild<QPushButton *>(u"syncNow"_s)->isVisibleTo(pane));
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), WaitMs);
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const CrmSyncJob &job : pane->jobModel()->items())
                if (job.kind == u"export_to_crm"_s)
                    return true;
            return false;
        }(),
        WaitMs);
    // Leave room for the other connections of this run.
    admin.prompts()->clear();
    admin.prompts()->queueConfirm(true);
    pane->findChild<QPushButton *>(u"disconnectIntegration"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!integrationNames(m_evergreen).contains(u"Light Blue inbox"_s),
                             WaitMs);
}

void tst_IntegrationsPage::adminConfiguresAConnection()
{
    Console &admin = *m_admin;
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(DemoConnection) >= 0, WaitMs);
    admin.choose(DemoConnection);
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, DemoConnection, WaitMs);
    const auto serverCopy = [this] {
        for (const QJsonValue &item : replyItems(m_api->send([this] {
                 RestRequest request;
                 request.path = u"/api/v1/organizations/%1/integrations"_s.arg(m_evergreen);
                 return request;
             }())))
            if (item.toObject().value(u"name"_s).toString() == DemoConnection)
                return item.toObject();
        return QJsonObject {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QPushButton *>(u"configureIntegration"_s)->isEnabled(),
                             WaitMs);

    // Every 30 minutes, someone chooses when both sides changed: only those two are sent.
    auto *dialog = qobject_cast<ConfigureDialog *>(admin.page()->openConfigure());
    QVERIFY(dialog);
    QSignalSpy done(dialog, &QDialog::finished);
    auto *schedule = dialog->findChild<QComboBox *>(u"schedule"_s);
    schedule->setCurrentIndex(schedule->findData(30));
    auto *strategy = dialog->findChild<QComboBox *>(u"conflictStrategy"_s);
    strategy->setCurrentIndex(strategy->findData(u"manual_review"_s));
    QCOMPARE(QStringList(dialog->changes().keys()),
             (QStringList {u"conflictStrategy"_s, u"scheduleMinutes"_s}));
    dialog->nameEdit()->clear(); // a name is required
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    dialog->nameEdit()->setText(DemoConnection);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, WaitMs);
    QCOMPARE(serverCopy().value(u"scheduleMinutes"_s).toInt(), 30);
    QCOMPARE(serverCopy().value(u"conflictStrategy"_s).toString(), u"manual_review"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().conflictStrategy, u"manual_review"_s, WaitMs);

    // Someone else changes it meanwhile: the dialog says so and overwrites nothing.
    auto *second = qobject_cast<ConfigureDialog *>(admin.page()->openConfigure());
    QVERIFY(second);
    RestRequest elsewhere;
    elsewhere.method = "PATCH";
    elsewhere.path
        = u"/api/v1/organizations/%1/integrations/%2"_s.arg(m_evergreen, pane->integration().id);
    elsewhere.body = QJsonObject {{u"scheduleMinutes"_s, 120}};
    elsewhere.ifMatch = QString::number(pane->integration().version);
    QCOMPARE(replyJson(m_api->send(elsewhere)).toObject().value(u"scheduleMinutes"_s).toInt(), 120);
    auto *strategy2 = second->findChild<QComboBox *>(u"conflictStrategy"_s);
    strategy2->setCurrentIndex(strategy2->findData(u"newest_wins"_s));
    second->accept();
    QTRY_VERIFY_WITH_TIMEOUT(second->problemLabel()->isVisibleTo(second), WaitMs);
    QVERIFY2(second->problemLabel()->text().contains(u"changed this connection meanwhile"_s),
             qPrintable(second->problemLabel()->text()));
    QCOMPARE(serverCopy().value(u"conflictStrategy"_s).toString(), u"manual_review"_s);
    second->reject();
}

void tst_IntegrationsPage::adminPausesAndResumesTheSchedule()
{
    Console &admin = *m_admin;
    QTRY_VERIFY_WITH_TIMEOUT(admin.rowOf(DemoConnection) >= 0, WaitMs);
    admin.choose(DemoConnection);
    IntegrationDetailPane *pane = admin.page()->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, DemoConnection, WaitMs);
    QVERIFY(pane->integration().scheduleMinutes.has_value());
    const auto serverPaused = [this] {
        for (const QJsonValue &item : replyItems(m_api->send([this] {
                 RestRequest request;
                 request.path = u"/api/v1/organizations/%1/integrations"_s.arg(m_evergreen);
                 return request;
             }())))
            if (item.toObject().value(u"name"_s).toString() == DemoConnection)
                return item.toObject().value(u"paused"_s).toBool();
        return false;
    };
    const auto nextSync = [&admin] {
        return admin.list()
            ->index(admin.rowOf(DemoConnection), IntegrationTableModel::NextSyncColumn)
            .data()
            .toString();
    };
    auto *pause = pane->findChild<QPushButton *>(u"pauseSchedule"_s);
    auto *settings = pane->findChild<QLabel *>(u"integrationSettings"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), WaitMs);
    QCOMPARE(pause->text(), u"&Pause schedule"_s);
    QVERIFY(!serverPaused());

    // Paused: the server stops the schedule, the pane and the list say so, the button resumes.
    pause->click();
    QTRY_VERIFY_WITH_TIMEOUT(serverPaused(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane->integration().paused, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(settings->text().startsWith(u"Schedule paused"_s), WaitMs);
    QCOMPARE(pause->text(), u"&Resume schedule"_s);
    QTRY_COMPARE_WITH_TIMEOUT(nextSync(), CrmText::scheduleText(std::nullopt), WaitMs);
    // Sync now still works by hand while the schedule is paused.
    QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QPushButton *>(u"syncNow"_s)->isEnabled(), WaitMs);

    // Resumed: the schedule is back as it was.
    QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), WaitMs);
    pause->click();
    QTRY_VERIFY_WITH_TIMEOUT(!serverPaused(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->integration().paused, WaitMs);
    QCOMPARE(pause->text(), u"&Pause schedule"_s);
    QVERIFY(!settings->text().contains(u"Schedule paused"_s));
    QTRY_VERIFY_WITH_TIMEOUT(nextSync() != CrmText::scheduleText(std::nullopt), WaitMs);
}

void tst_IntegrationsPage::lakesideFreeTierSaysWhatToUpgrade()
{
    auto lakeside = open(LakesideAdmin, m_lakeside, false);
    QVERIFY(lakeside);
    auto *limit = lakeside->page()->findChild<QLabel *>(u"integrationLimit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(limit->text().contains(u"Free"_s), WaitMs);
    QVERIFY(limit->text().contains(u"Upgrade to Starter"_s));
    QVERIFY(!lakeside->page()->connectButton()->isEnabled());
    QVERIFY(lakeside->page()->connectButton()->toolTip().contains(u"Upgrade"_s));
}

void tst_IntegrationsPage::plannerReadsOnly()
{
    auto planner = open(Planner, m_evergreen);
    QVERIFY(planner);
    QVERIFY(!planner->page()->connectButton()->isVisibleTo(planner->page()));
    planner->choose(DemoConnection);
    IntegrationDetailPane *pane = planner->page()->details();
    QTRY_VERIFY_WITH_TIMEOUT(pane->jobModel()->rowCount() >= 3, WaitMs);
    QVERIFY(!pane->findChild<QPushButton *>(u"syncNow"_s)->isVisibleTo(pane));
    QVERIFY(!pane->findChild<QPushButton *>(u"disconnectIntegration"_s)->isVisibleTo(pane));
    QVERIFY(pane->findChild<QLabel *>(u"integrationReadOnly"_s)->text().contains(u"admins"_s));
}

QTEST_MAIN(tst_IntegrationsPage)
#include "tst_integrationspage.moc"
