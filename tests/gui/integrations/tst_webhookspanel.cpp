// The Integrations screen's Webhooks tab as Evergreen's admin uses it: the real console signed
// in to a real demo server (allowed to call loopback receivers), on the offscreen platform. An
// endpoint added through the form shows its signing secret once; a test delivery reaches the
// receiver the test runs and appears in the deliveries log as delivered with its HTTP code;
// delete asks first and a "no" keeps the endpoint.
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "WebhookModels.h"
#include "WebhookReceiver.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "integrations/IntegrationsPage.h"
#include "integrations/WebhookFeed.h"
#include "integrations/WebhooksPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
constexpr int WaitMs = 20000;

struct Console : PageConsole<IntegrationsPage>
{
    using PageConsole::PageConsole;
    WebhooksPanel *panel() const { return page()->webhooks(); }
    int rowOf(const QString &url) const
    {
        const WebhookEndpointModel *model = panel()->endpoints();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row).url == url)
                return row;
        }
        return -1;
    }
};

} // namespace

class tst_WebhooksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addingAnEndpointShowsItsSecretOnce();
    void aTestDeliveryIsLogged();
    void deleteAsksFirst();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    WebhookReceiver m_receiver;
    QString m_evergreen;
    QString m_url;
    std::unique_ptr<Console> m_admin;
};

void tst_WebhooksPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY(m_receiver.listen());
    m_url = m_receiver.url().toString();
    QVERIFY2(m_server.start(
                 {u"--demo"_s, u"--data-dir"_s, m_data.path(), u"--allow-private-webhooks"_s}),
             qPrintable(m_server.errorString()));
    ApiClient api(&m_nam);
    api.setBaseUrl(m_server.baseUrl());
    m_evergreen = signInAndFindOrganization(api, EvergreenAdmin, u"Evergreen Weddings"_s);
    QVERIFY(!m_evergreen.isEmpty());
    m_admin = std::make_unique<Console>(m_server.baseUrl(), EvergreenAdmin, u"integrations"_s,
                                        m_evergreen);
    QVERIFY(m_admin->app && m_admin->page());
    QVERIFY(m_admin->panel());
    new QAbstractItemModelTester(m_admin->panel()->endpoints(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_admin->panel()->deliveries(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_admin->page()->tabs()->setCurrentWidget(m_admin->panel());
}

void tst_WebhooksPanel::cleanupTestCase()
{
    m_admin.reset();
}

void tst_WebhooksPanel::addingAnEndpointShowsItsSecretOnce()
{
    WebhooksPanel *panel = m_admin->panel();
    QVERIFY(!panel->createButton()->isEnabled()); // no address, no events yet
    QTest::keyClicks(panel->urlEdit(), m_url);
    const QList<QListWidgetItem *> created
        = panel->eventList()->findItems(u"section.created"_s, Qt::MatchExactly);
    QCOMPARE(created.size(), 1);
    created.constFirst()->setCheckState(Qt::Checked);
    QVERIFY(panel->createButton()->isEnabled());
    QVERIFY(!panel->secretBox()->isVisible());
    QTest::mouseClick(panel->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->secretBox()->isVisible(), WaitMs);
    const QString secret = panel->secretEdit()->text();
    QVERIFY2(secret.startsWith(u"whsec_"_s), qPrintable(secret));
    QVERIFY(panel->secretEdit()->isReadOnly());
    QTest::mouseClick(panel->findChild<QPushButton *>(u"webhookCopySecret"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->rowOf(m_url) >= 0, WaitMs);
    const int row = m_admin->rowOf(m_url);
    QCOMPARE(panel->endpoints()->index(row, WebhookEndpointModel::EventsColumn).data().toString(),
             u"section.created"_s);
    // The list never carries the secret: another organization's view and back clears it.
    panel->setOrganization({});
    QVERIFY(!panel->secretBox()->isVisible());
    panel->setOrganization(m_evergreen);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->rowOf(m_url) >= 0, WaitMs);
    QVERIFY(panel->secretEdit()->text().isEmpty());
}

void tst_WebhooksPanel::aTestDeliveryIsLogged()
{
    WebhooksPanel *panel = m_admin->panel();
    auto *feed = m_admin->app->workspace()->findChild<WebhookFeed *>();
    QVERIFY(feed);
    // Only the server's announcement of each attempt can move the log on: no polling.
    feed->setPollInterval(60 * 60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(feed->isLive(), WaitMs);
    panel->endpointView()->selectRow(m_admin->rowOf(m_url));
    QVERIFY(panel->testButton()->isEnabled());
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_receiver.requests().isEmpty(), WaitMs);
    WebhookDeliveryModel *deliveries = panel->deliveries();
    QTRY_VERIFY_WITH_TIMEOUT(
        deliveries->rowCount() > 0
            && deliveries->index(0, WebhookDeliveryModel::StatusColumn).data().toString()
                == u"Delivered"_s,
        WaitMs);
    QCOMPARE(deliveries->index(0, WebhookDeliveryModel::EventColumn).data().toString(), u"ping"_s);
    QCOMPARE(deliveries->index(0, WebhookDeliveryModel::CodeColumn).data().toString(), u"200"_s);
    QCOMPARE(deliveries->index(0, WebhookDeliveryModel::AttemptColumn).data().toString(), u"1"_s);
    QVERIFY(deliveries->index(0, WebhookDeliveryModel::LatencyColumn)
                .data()
                .toString()
                .endsWith(u" ms"_s));
    // The endpoint's row says how its newest delivery went, here and as the server lists it.
    const auto lastDelivery = [&] {
        return panel->endpoints()
            ->index(m_admin->rowOf(m_url), WebhookEndpointModel::LastDeliveryColumn)
            .data()
            .toString();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(lastDelivery().startsWith(u"Delivered, 200, "_s),
                              qPrintable(lastDelivery()), WaitMs);
    QSignalSpy listed(feed, &WebhookFeed::endpointsLoaded);
    feed->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), WaitMs);
    QVERIFY2(lastDelivery().startsWith(u"Delivered, 200, "_s), qPrintable(lastDelivery()));

    // Redeliver sends the same event again as a new delivery.
    panel->deliveryView()->selectRow(0);
    QVERIFY(panel->redeliverButton()->isEnabled());
    QTest::mouseClick(panel->redeliverButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver.requests().size() >= 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(deliveries->rowCount() >= 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveries->index(0, WebhookDeliveryModel::StatusColumn).data().toString(), u"Delivered"_s,
        WaitMs);
}

void tst_WebhooksPanel::deleteAsksFirst()
{
    WebhooksPanel *panel = m_admin->panel();
    panel->endpointView()->selectRow(m_admin->rowOf(m_url));
    m_admin->prompts()->clear();
    m_admin->prompts()->queueConfirm(false);
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(m_admin->prompts()->asked().size(), 1);
    QVERIFY(m_admin->prompts()->asked().constFirst().text.contains(m_url));
    QTest::qWait(300);
    QVERIFY(m_admin->rowOf(m_url) >= 0);

    m_admin->prompts()->queueConfirm(true);
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->rowOf(m_url) < 0, WaitMs);
}

QTEST_MAIN(tst_WebhooksPanel)
#include "tst_webhookspanel.moc"
