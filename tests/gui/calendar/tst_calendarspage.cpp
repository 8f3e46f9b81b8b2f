// The agenda as Evergreen's planner reads it: the real console signed in to a real demo
// server, on the offscreen platform. The organization's agenda lists the demo's appointments
// soonest first with their wedding days; choosing a wedding narrows it to that wedding's; an
// appointment the admin adds through REST appears without a reload; an all-day appointment
// says so on its own date.
#include "AgendaModel.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "calendar/CalendarsPage.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"
#include "shell/MainWindow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString Planner = u"planner@evergreen.demo"_s;
const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
constexpr int WaitMs = 20000;

struct Console : PageConsole<CalendarsPage>
{
    using PageConsole::PageConsole;
    AgendaModel *agenda() const { return page()->agenda(); }
    int rowOf(const QString &title) const
    {
        for (int row = 0; row < agenda()->rowCount(); ++row)
            if (agenda()->item(row).title == title)
                return row;
        return -1;
    }
};

} // namespace

class tst_CalendarsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void organizationAgendaIsSoonestFirstWithWeddingDays();
    void aNewAppointmentAppearsLive();
    void choosingAWeddingNarrowsTheAgenda();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view of the server, as Evergreen's admin
    QString m_evergreen;
    std::unique_ptr<Console> m_planner;
};

void tst_CalendarsPage::initTestCase()
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
    QVERIFY(!m_evergreen.isEmpty());
    m_planner = std::make_unique<Console>(m_server.baseUrl(), Planner, u"calendars"_s, m_evergreen);
    QVERIFY(m_planner->app && m_planner->page());
    QTRY_VERIFY_WITH_TIMEOUT(m_planner->agenda()->rowCount() > 0, WaitMs);
}

void tst_CalendarsPage::cleanupTestCase()
{
    m_planner.reset();
}

void tst_CalendarsPage::organizationAgendaIsSoonestFirstWithWeddingDays()
{
    AgendaModel *agenda = m_planner->agenda();
    bool weddingDay = false;
    for (int row = 0; row < agenda->rowCount(); ++row) {
        const appointments::Appointment &a = agenda->item(row);
        if (row > 0)
            QVERIFY(agenda->item(row - 1).startsAt <= a.startsAt);
        QCOMPARE(a.organizationId, m_evergreen);
        if (a.kind == appointments::WeddingDay) {
            weddingDay = true;
            QCOMPARE(agenda->index(row, AgendaModel::TimeColumn).data().toString(), u"All day"_s);
            QCOMPARE(agenda->index(row, AgendaModel::KindColumn).data().toString(),
                     u"Wedding day"_s);
            // On its own date, whatever the reader's zone.
            QVERIFY(agenda->index(row, AgendaModel::DayColumn)
                        .data()
                        .toString()
                        .contains(QLocale().toString(a.startDate, QLocale::LongFormat)));
        }
    }
    QVERIFY(weddingDay);
    auto *notice = m_planner->page()->findChild<QLabel *>(u"agendaNotice"_s);
    QVERIFY(notice->isHidden());
}

void tst_CalendarsPage::aNewAppointmentAppearsLive()
{
    // Live means after the agenda has joined its organization's channel: a change made before
    // the join is the load's, not the channel's.
    RealtimeChannel *channel = m_planner->app->realtime()->channel(u"org:"_s + m_evergreen);
    QTRY_VERIFY_WITH_TIMEOUT(channel->isJoined(), WaitMs);
    ApiClient::Request create;
    create.method = "POST";
    create.path = u"/api/v1/organizations/"_s + m_evergreen + u"/appointments"_s;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
    create.body = QJsonObject {{u"title"_s, u"Cake tasting with the Ortegas"_s},
                               {u"kind"_s, u"tasting"_s},
                               {u"timeZone"_s, u"Europe/Madrid"_s},
                               {u"startsAt"_s, start.toString(Qt::ISODate)},
                               {u"endsAt"_s, start.addSecs(3600).toString(Qt::ISODate)},
                               {u"location"_s, u"Pastelería Mayor"_s}};
    create.idempotencyKey = u"agenda-live-1"_s;
    ApiReply *reply = m_api->send(create);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), WaitMs);
    QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(m_planner->rowOf(u"Cake tasting with the Ortegas"_s) >= 0, WaitMs);
    const int row = m_planner->rowOf(u"Cake tasting with the Ortegas"_s);
    AgendaModel *agenda = m_planner->agenda();
    QCOMPARE(agenda->index(row, AgendaModel::KindColumn).data().toString(), u"Tasting"_s);
    QCOMPARE(agenda->index(row, AgendaModel::LocationColumn).data().toString(),
             u"Pastelería Mayor"_s);
    QVERIFY(!agenda->index(row, AgendaModel::TimeColumn).data().toString().isEmpty());
}

void tst_CalendarsPage::choosingAWeddingNarrowsTheAgenda()
{
    AgendaModel *agenda = m_planner->agenda();
    QString weddingId;
    for (int row = 0; row < agenda->rowCount() && weddingId.isEmpty(); ++row)
        weddingId = agenda->item(row).weddingId;
    QVERIFY(!weddingId.isEmpty());
    m_planner->page()->setScope(m_evergreen, weddingId);
    QTRY_VERIFY_WITH_TIMEOUT(agenda->rowCount() > 0
                                 && std::all_of(agenda->items().cbegin(), agenda->items().cend(),
                                                [&](const appointments::Appointment &a) {
                                                    return a.weddingId == weddingId;
                                                }),
                             WaitMs);
    QCOMPARE(m_planner->page()->findChild<QLabel *>(u"agendaHeading"_s)->text(),
             u"Agenda of the wedding"_s);
    m_planner->page()->setScope(m_evergreen, {});
    QTRY_VERIFY_WITH_TIMEOUT(m_planner->rowOf(u"Cake tasting with the Ortegas"_s) >= 0, WaitMs);
}

QTEST_MAIN(tst_CalendarsPage)
#include "tst_calendarspage.moc"
