// Which Táve job a contact gets (server/jobs/TaveJobIndex): an open job before a closed one,
// then the latest eventDate (none last), then the later `created`; only links with `client`
// true count; a job's fields of the wrong type are left out of the contact's `job` (a
// non-string eventDate is none) instead of failing.
#include "jobs/TaveJobIndex.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using wedsync::server::TaveJobIndex;

namespace {

QJsonObject job(const QString &id, bool closed, const QJsonValue &date, const QString &created)
{
    return {{u"id"_s, id},
            {u"name"_s, QString(id + u" wedding"_s)},
            {u"stage"_s, u"booked"_s},
            {u"eventDate"_s, date},
            {u"guestCount"_s, 80},
            {u"closed"_s, closed},
            {u"created"_s, created},
            {u"modified"_s, created}};
}

QJsonObject link(const QString &jobId, const QString &contactId, const QJsonValue &client = true)
{
    return {{u"jobId"_s, jobId}, {u"contactId"_s, contactId}, {u"client"_s, client}};
}

} // namespace

class TestTaveJobIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksOneJob_data()
    {
        QTest::addColumn<QList<QJsonObject>>("jobs");
        QTest::addColumn<QString>("expected");
        const QString early = u"2026-01-01T10:00:00.000Z"_s;
        const QString late = u"2026-02-01T10:00:00.000Z"_s;
        QTest::newRow("open before a later closed one")
            << QList {job(u"a"_s, false, u"2027-05-01"_s, early),
                      job(u"b"_s, true, u"2028-05-01"_s, late)}
            << u"a"_s;
        QTest::newRow("the later date") << QList {job(u"a"_s, false, u"2027-05-01"_s, late),
                                                  job(u"b"_s, false, u"2027-09-01"_s, early)}
                                        << u"b"_s;
        QTest::newRow("a dated job before one without a date")
            << QList {job(u"a"_s, false, QJsonValue(QJsonValue::Null), late),
                      job(u"b"_s, false, u"2027-01-01"_s, early)}
            << u"b"_s;
        QTest::newRow("same date: the later created")
            << QList {job(u"a"_s, false, u"2027-05-01"_s, late),
                      job(u"b"_s, false, u"2027-05-01"_s, early)}
            << u"a"_s;
        QTest::newRow("both closed: the later date")
            << QList {job(u"a"_s, true, u"2027-05-01"_s, late),
                      job(u"b"_s, true, u"2027-06-01"_s, early)}
            << u"b"_s;
        QTest::newRow("a date that is no date is none")
            << QList {job(u"a"_s, false, 20270501, late),
                      job(u"b"_s, false, u"2027-01-01"_s, early)}
            << u"b"_s;
    }
    void picksOneJob()
    {
        QFETCH(QList<QJsonObject>, jobs);
        QFETCH(QString, expected);
        for (const bool reversed : {false, true}) {
            TaveJobIndex index;
            index.addJobs(jobs);
            QList<QJsonObject> links;
            for (const QJsonObject &j : jobs)
                links.append(link(j[u"id"_s].toString(), u"c1"_s));
            if (reversed)
                std::reverse(links.begin(), links.end());
            index.addLinks(links);
            index.build();
            QCOMPARE(index.jobOf(u"c1"_s)[u"id"_s].toString(), expected);
        }
    }

    void onlyClientsAndListedJobs()
    {
        TaveJobIndex index;
        index.addJobs({job(u"a"_s, false, u"2027-05-01"_s, u"2026-01-01T10:00:00.000Z"_s)});
        index.addLinks({link(u"a"_s, u"planner"_s, false), link(u"a"_s, u"stringly"_s, u"true"_s),
                        link(u"gone"_s, u"orphan"_s), link(u"a"_s, u"client"_s)});
        index.build();
        QVERIFY(index.jobOf(u"planner"_s).isEmpty());
        QVERIFY(index.jobOf(u"stringly"_s).isEmpty());
        QVERIFY(index.jobOf(u"orphan"_s).isEmpty());
        QCOMPARE(index.jobOf(u"client"_s),
                 (QJsonObject {{u"id"_s, u"a"_s},
                               {u"name"_s, u"a wedding"_s},
                               {u"stage"_s, u"booked"_s},
                               {u"eventDate"_s, u"2027-05-01"_s},
                               {u"guestCount"_s, 80},
                               {u"closed"_s, false}}));
        QCOMPARE(index.jobModifiedAt(u"client"_s),
                 QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(!index.jobModifiedAt(u"planner"_s).isValid());
    }

    void wrongTypesAreLeftOut()
    {
        const QJsonObject odd {{u"id"_s, u"x"_s},
                               {u"name"_s, 12},
                               {u"stage"_s, QJsonArray {u"booked"_s}},
                               {u"eventDate"_s, QJsonObject {{u"date"_s, u"2027-01-01"_s}}},
                               {u"guestCount"_s, u"eighty"_s},
                               {u"closed"_s, u"yes"_s}};
        QCOMPARE(TaveJobIndex::summary(odd),
                 (QJsonObject {{u"id"_s, u"x"_s}, {u"closed"_s, false}}));
        QCOMPARE(TaveJobIndex::summary({{u"eventDate"_s, u"18/09/2027"_s}}),
                 (QJsonObject {{u"closed"_s, false}}));
    }
};

QTEST_GUILESS_MAIN(TestTaveJobIndex)
#include "tst_tavejobindex.moc"
