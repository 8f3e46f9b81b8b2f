// Evergreen's admin links a CRM that signs in with OAuth 2.0, as they would: the real console,
// signed in to a real demo server, connects a custom REST endpoint through the wizard; its
// sign-in step opens "the browser" — a stand-in that does what a person's browser does, against
// a real authorization server (oidc-provider, with PKCE required, from tests/interop) — and the
// browser's redirect reaches the console's loopback listener. The first import reads the
// CRM's pages with the token the server got. When the CRM revokes the access, a sync fails,
// the connection says why and offers Relink, and relinking connects it again with its mapping.
#include "CrmRecords.h"
#include "IntegrationModels.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "WizardSteps.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "common/OAuthSignInPanel.h"
#include "integrations/ConnectionWizardPages.h"
#include "integrations/FieldMappingEditor.h"
#include "integrations/IntegrationDetailPane.h"
#include "integrations/IntegrationsPage.h"
#include "integrations/RelinkDialog.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Connection = u"Studio API"_s;
constexpr int WaitMs = 30000;

// The system browser: what QDesktopServices::openUrl is given goes to the fixture's control
// port, which signs in like a person and follows the redirect back to the console.
class Browser : public QObject
{
    Q_OBJECT
public:
    QUrl control;
    QList<QUrl> opened;
    QStringList answers;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        opened.append(url);
        const QString redirect
            = QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        QUrl browse = control.resolved(QUrl(u"/browse"_s));
        QUrlQuery query;
        query.addQueryItem(
            u"url"_s, QString::fromUtf8(QUrl::toPercentEncoding(url.toString(QUrl::FullyEncoded))));
        query.addQueryItem(u"redirect"_s, QString::fromUtf8(QUrl::toPercentEncoding(redirect)));
        browse.setQuery(query);
        QNetworkReply *reply = m_nam.get(QNetworkRequest(browse));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            answers.append(QString::fromUtf8(reply->readAll()));
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_nam;
};

using Console = PageConsole<IntegrationsPage>;

int jobRowWithStatus(IntegrationDetailPane *pane, const QString &status)
{
    for (int row = 0; row < pane->jobModel()->rowCount(); ++row)
        if (pane->jobModel()->item(row).status == status)
            return row;
    return -1;
}

} // namespace

class tst_OAuthSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminLinksACrmInTheBrowserAndImports();
    void relinkAfterTheCrmRevokedTheAccess();

private:
    QNetworkReply *control(const QString &path);
    QTemporaryDir m_data;
    ServerProcess m_server;
    QProcess m_node;
    QJsonObject m_fixture;
    Browser m_browser;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Console> m_admin;
};

void tst_OAuthSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    const QString source = qEnvironmentVariable("WEDSYNC_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "WEDSYNC_SOURCE_DIR names the source tree (CTest sets it)");
    m_node.setProcessChannelMode(QProcess::SeparateChannels);
    m_node.start(source + u"/scripts/node-env"_s,
                 {u"--"_s, u"node"_s, source + u"/tests/gui/integrations/oauth-browser.mjs"_s});
    QVERIFY2(m_node.waitForStarted(10000), qPrintable(m_node.errorString()));
    QVERIFY2(QTest::qWaitFor(
                 [this] { return m_node.canReadLine() || m_node.state() == QProcess::NotRunning; },
                 60000),
             "the authorization server did not start");
    const QByteArray line = m_node.readLine();
    m_fixture = QJsonDocument::fromJson(line).object();
    QVERIFY2(!m_fixture.isEmpty(),
             QByteArray(line + m_node.readAllStandardError()).constData()); // why, if Node failed
    m_browser.control = QUrl(m_fixture.value(u"control"_s).toString());
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "openUrl");

    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    ApiClient api(&m_nam);
    api.setBaseUrl(m_server.baseUrl());
    api.setAccessToken(replyJson(api.login(EvergreenAdmin, DemoPassword))
                           .toObject()
                           .value(u"accessToken"_s)
                           .toString());
    QString evergreen;
    for (const QJsonValue &org : replyItems(api.organizations()))
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            evergreen = org.toObject().value(u"id"_s).toString();
    QVERIFY(!evergreen.isEmpty());
    m_admin = std::make_unique<Console>(m_server.baseUrl(), EvergreenAdmin, u"integrations"_s,
                                        evergreen);
    QVERIFY(m_admin->app && m_admin->page());
}

void tst_OAuthSignIn::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_admin.reset();
    m_node.closeWriteChannel();
    if (!m_node.waitForFinished(5000))
        m_node.kill();
}

QNetworkReply *tst_OAuthSignIn::control(const QString &path)
{
    return m_nam.get(QNetworkRequest(m_browser.control.resolved(QUrl(path))));
}

void tst_OAuthSignIn::adminLinksACrmInTheBrowserAndImports()
{
    IntegrationsPage *page = m_admin->page();
    // Connect waits for the catalog of CRMs.
    QTRY_VERIFY_WITH_TIMEOUT(page->connectButton()->isEnabled(), WaitMs);
    auto *wizard = qobject_cast<QWizard *>(page->openWizard());
    QVERIFY(wizard);
    QSignalSpy closed(wizard, &QDialog::finished);
    QVERIFY(chooseProvider(wizard, u"custom"_s, Connection, WaitMs));

    // OAuth 2.0: where the CRM signs in and hands out tokens; the redirect to register is said.
    QWizardPage *auth = wizard->currentPage();
    auto *authType = auth->findChild<QComboBox *>(u"authType"_s);
    authType->setCurrentIndex(authType->findData(u"oauth2"_s));
    QVERIFY(auth->findChild<QLabel *>(u"redirectHint"_s)->isVisibleTo(auth));
    QVERIFY(auth->findChild<QLabel *>(u"redirectHint"_s)->text().contains(u"127.0.0.1"_s));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auth->findChild<QLineEdit *>(u"baseUrl"_s)
        ->setText(m_fixture.value(u"resourceUrl"_s).toString());
    auth->findChild<QLineEdit *>(u"authorizationUrl"_s)
        ->setText(m_fixture.value(u"authorizationUrl"_s).toString());
    auth->findChild<QLineEdit *>(u"tokenUrl"_s)->setText(m_fixture.value(u"tokenUrl"_s).toString());
    auth->findChild<QLineEdit *>(u"clientId"_s)->setText(m_fixture.value(u"clientId"_s).toString());
    auth->findChild<QLineEdit *>(u"scope"_s)->setText(u"openid"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next(); // saves the draft, then the sign-in step opens the browser

    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SignInStep), WaitMs);
    // The browser was sent to the CRM's sign-in with PKCE and a loopback redirect; it signed
    // in, came back to the console, and the wizard went on to the test by itself.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TestStep), WaitMs);
    QCOMPARE(m_browser.opened.size(), 1);
    const QUrlQuery asked(m_browser.opened.first());
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(QUrl(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host()
            == u"127.0.0.1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.answers.size(), 1, WaitMs);
    QCOMPARE(m_browser.answers.first(), u"200"_s); // the console's listener answered the browser
    auto *test = qobject_cast<TestPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(test->resultLabel()->text().startsWith(u"The connection works"_s),
                             WaitMs);
    QVERIFY(test->sampleTable()->rowCount() > 0);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScheduleStep));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(MappingStep), WaitMs);
    auto *mapping = qobject_cast<MappingPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!mapping->editor()->mapping().isEmpty(), WaitMs);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReviewStep), WaitMs);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, WaitMs);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));

    IntegrationDetailPane *pane = page->details();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().name, Connection, WaitMs);
    QCOMPARE(pane->integration().status, u"connected"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jobRowWithStatus(pane, u"completed"_s) >= 0, 60000);
    const CrmSyncJob &job = pane->jobModel()->item(jobRowWithStatus(pane, u"completed"_s));
    QCOMPARE(job.created, m_fixture.value(u"clients"_s).toInt());
}

void tst_OAuthSignIn::relinkAfterTheCrmRevokedTheAccess()
{
    IntegrationDetailPane *pane = m_admin->page()->details();
    QCOMPARE(pane->integration().name, Connection);
    auto *relink = pane->findChild<QPushButton *>(u"relinkIntegration"_s);
    QVERIFY(relink->isVisibleTo(pane)); // an OAuth connection can always be relinked
    QNetworkReply *revoked = control(u"/revoke"_s);
    QTRY_VERIFY_WITH_TIMEOUT(revoked->isFinished(), WaitMs);
    QCOMPARE(revoked->readAll(), QByteArray("revoked"));
    revoked->deleteLater();

    // The next sync cannot refresh the access: it fails saying so, and the connection expires.
    auto *sync = pane->findChild<QPushButton *>(u"syncNow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), WaitMs);
    sync->click();
    QTRY_VERIFY_WITH_TIMEOUT(jobRowWithStatus(pane, u"failed"_s) >= 0, 60000);
    QVERIFY2(
        pane->jobModel()->item(jobRowWithStatus(pane, u"failed"_s)).error.contains(u"relink"_s),
        qPrintable(pane->jobModel()->item(jobRowWithStatus(pane, u"failed"_s)).error));
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().status, u"expired"_s, WaitMs);
    QVERIFY(pane->findChild<QLabel *>(u"integrationStatus"_s)->text().contains(u"Relink"_s));

    // Relink: the same sign-in in the browser, on the same connection.
    auto *dialog = qobject_cast<RelinkDialog *>(m_admin->page()->openRelink());
    QVERIFY(dialog);
    QSignalSpy relinked(dialog, &RelinkDialog::relinked);
    QTRY_COMPARE_WITH_TIMEOUT(relinked.count(), 1, WaitMs);
    QCOMPARE(m_browser.opened.size(), 2);
    QVERIFY(dialog->panel()->statusLabel()->text().startsWith(u"Signed in."_s));
    dialog->close();
    QTRY_COMPARE_WITH_TIMEOUT(pane->integration().status, u"connected"_s, WaitMs);
    // Its mapping stayed: a sync runs to the end and finds the clients unchanged.
    QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), WaitMs);
    const int completedBefore = [pane] {
        int count = 0;
        for (const CrmSyncJob &job : pane->jobModel()->items())
            count += job.status == u"completed"_s ? 1 : 0;
        return count;
    }();
    sync->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int count = 0;
            for (const CrmSyncJob &job : pane->jobModel()->items())
                count += job.status == u"completed"_s ? 1 : 0;
            return count > completedBefore;
        }(),
        60000);
    QCOMPARE(pane->jobModel()->item(0).created, 0);
}

QTEST_MAIN(tst_OAuthSignIn)
#include "tst_oauthsignin.moc"
