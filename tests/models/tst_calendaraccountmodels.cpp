// The calendar accounts panel's words and tables: an account decoded from the server's answer
// (no password in it, whatever is sent), its status in words with what to do about a refused
// password, a sync run's outcome, the strategies each with its sentence, and both models sound.
#include "CalendarAccountModels.h"
#include "CalendarText.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QJsonObject accountJson()
{
    return QJsonObject {{u"id"_s, u"acc-1"_s},
                        {u"organizationId"_s, u"org-1"_s},
                        {u"userId"_s, u"user-1"_s},
                        {u"provider"_s, u"caldav"_s},
                        {u"name"_s, u"Fastmail"_s},
                        {u"serverUrl"_s, u"https://caldav.fastmail.com/"_s},
                        {u"username"_s, u"ana@fastmail.com"_s},
                        {u"calendars"_s, QJsonArray {u"/dav/calendars/user/ana/work/"_s}},
                        {u"direction"_s, u"two_way"_s},
                        {u"conflictStrategy"_s, u"ask"_s},
                        {u"scheduleMinutes"_s, 15},
                        {u"timeZone"_s, u"Europe/Madrid"_s},
                        {u"status"_s, u"expired"_s},
                        {u"statusMessage"_s, u"The calendar server refused the password."_s},
                        {u"syncing"_s, false},
                        {u"lastSyncAt"_s, u"2027-01-10T09:00:00.000Z"_s},
                        {u"nextSyncAt"_s, QJsonValue()},
                        {u"version"_s, 3}};
}

} // namespace

class tst_CalendarAccountModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheServersAccount()
    {
        auto account = calendarAccountFromJson(accountJson());
        QVERIFY(account.ok());
        QCOMPARE(account->calendars, QStringList {u"/dav/calendars/user/ana/work/"_s});
        QCOMPARE(account->version, 3);
        QVERIFY(account->lastSyncAt.isValid());
        QVERIFY(!account->nextSyncAt.isValid());
        QVERIFY(account->needsRelink());
        QJsonObject broken = accountJson();
        broken.remove(u"status"_s);
        QVERIFY(!calendarAccountFromJson(broken).ok());
    }

    void sendsOnlyWhatChanged()
    {
        CalendarAccountChange change;
        change.password = u"new-app-password"_s;
        QCOMPARE(calendarAccountChangeToJson(change),
                 (QJsonObject {{u"password"_s, u"new-app-password"_s}}));
        change = {};
        change.calendars = QStringList {u"/a/"_s};
        change.scheduleMinutes = 30;
        QCOMPARE(
            calendarAccountChangeToJson(change),
            (QJsonObject {{u"calendars"_s, QJsonArray {u"/a/"_s}}, {u"scheduleMinutes"_s, 30}}));
    }

    void statusAndRunInWords()
    {
        const CalendarAccountInfo account = calendarAccountFromJson(accountJson()).value();
        QCOMPARE(CalendarText::statusText(account.status), u"Password refused"_s);
        QVERIFY(CalendarText::statusHelp(account).contains(u"Relink"_s));
        CalendarSyncRun run;
        run.status = u"failed"_s;
        run.pulled = 2;
        run.conflicts = 1;
        run.errors = {u"The event x.ics could not be read."_s, u"Another."_s};
        QCOMPARE(CalendarText::runSummary(run),
                 u"Pulled 2, pushed 0, conflicts 1. Errors: The event x.ics could not be read. "
                 "(and 1 more in the sync log)"_s);
        QCOMPARE(CalendarText::durationText(1500), u"2 s"_s);
        QCOMPARE(CalendarText::durationText(-1), QString());
        for (const QString &strategy : CalendarText::strategies())
            QVERIFY2(CalendarText::strategyHelp(strategy).startsWith(u"When an event changed"_s),
                     qPrintable(strategy));
        // A direction has a short name (a combo box item that fits a narrow window in any
        // language) and a sentence beneath it.
        for (const QString &direction : CalendarText::directions()) {
            QVERIFY2(CalendarText::directionText(direction).size() <= 10, qPrintable(direction));
            QVERIFY2(CalendarText::directionHelp(direction).endsWith(u'.'), qPrintable(direction));
        }
    }

    void modelsAreSound()
    {
        CalendarAccountModel accounts;
        QAbstractItemModelTester accountsTester(&accounts);
        accounts.setItems({calendarAccountFromJson(accountJson()).value()});
        QCOMPARE(accounts.rowCount(), 1);
        QCOMPARE(accounts.index(0, CalendarAccountModel::ProviderColumn).data().toString(),
                 u"CalDAV"_s);
        QCOMPARE(accounts.index(0, CalendarAccountModel::NextSyncColumn).data().toString(),
                 QString());
        QCOMPARE(accounts.index(0, 0).data(IdRole).toString(), u"acc-1"_s);

        CalendarSyncLogModel log;
        QAbstractItemModelTester logTester(&log);
        CalendarSyncRun run;
        run.id = u"run-1"_s;
        run.status = u"completed"_s;
        run.pulled = 4;
        run.durationMs = 320;
        log.setItems({run});
        QCOMPARE(log.index(0, CalendarSyncLogModel::ResultColumn).data().toString(),
                 u"Completed"_s);
        QCOMPARE(log.index(0, CalendarSyncLogModel::PulledColumn).data().toInt(), 4);
        QCOMPARE(log.index(0, CalendarSyncLogModel::DurationColumn).data().toString(), u"320 ms"_s);
        QCOMPARE(log.index(0, CalendarSyncLogModel::ErrorsColumn).data().toString(), u"None"_s);
        log.setItems({});
        QCOMPARE(log.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CalendarAccountModels)
#include "tst_calendaraccountmodels.moc"
