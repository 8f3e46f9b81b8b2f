// NoticeCenter: one notice per kind and interval, the rest summed up when it ends; a kind
// turned off shows nothing, not even what it held.
#include "notices/NoticeCenter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

Notice failure(const QString &tenant)
{
    return {NoticeKind::SyncFailure, u"Sync failed: "_s + tenant, u"…"_s, u"dashboard"_s, {}};
}

} // namespace

class tst_NoticeCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstBecomesOneNoticeAndASummary();
    void oneHeldNoticeIsShownAsItIs();
    void kindsAreIndependent();
    void aKindTurnedOffShowsNothing();
};

void tst_NoticeCenter::aBurstBecomesOneNoticeAndASummary()
{
    NoticeCenter center;
    center.setIntervalMs(100);
    QSignalSpy shown(&center, &NoticeCenter::noticeReady);
    for (const QString &tenant : {u"Evergreen"_s, u"Lakeside"_s, u"Harbor"_s, u"Evergreen"_s})
        center.post(failure(tenant));
    QCOMPARE(shown.size(), 1); // the first at once
    QCOMPARE(shown.at(0).at(0).value<Notice>().title, u"Sync failed: Evergreen"_s);
    QTRY_COMPARE(shown.size(), 2); // the three others, summed up, when the interval ends
    const Notice summary = shown.at(1).at(0).value<Notice>();
    QCOMPARE(summary.kind, NoticeKind::SyncFailure);
    QVERIFY2(summary.text.contains(u"3 more sync failure"_s), qPrintable(summary.text));
    QCOMPARE(summary.pageId, u"dashboard"_s);
    QTest::qWait(250);
    QCOMPARE(shown.size(), 2); // nothing else was held
}

void tst_NoticeCenter::oneHeldNoticeIsShownAsItIs()
{
    NoticeCenter center;
    center.setIntervalMs(50);
    QSignalSpy shown(&center, &NoticeCenter::noticeReady);
    center.post(failure(u"Evergreen"_s));
    center.post({NoticeKind::SyncFailure, u"Sync failed: Lakeside"_s, u"…"_s, u"dashboard"_s,
                 u"event-2"_s});
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(shown.at(1).at(0).value<Notice>().title, u"Sync failed: Lakeside"_s);
    QCOMPARE(shown.at(1).at(0).value<Notice>().itemId, u"event-2"_s);
}

void tst_NoticeCenter::kindsAreIndependent()
{
    NoticeCenter center;
    center.setIntervalMs(10000);
    QSignalSpy shown(&center, &NoticeCenter::noticeReady);
    center.post(failure(u"Evergreen"_s));
    center.post({NoticeKind::Conflict, u"New conflict: Budget"_s, u"…"_s, u"conflicts"_s, u"c1"_s});
    QCOMPARE(shown.size(), 2);
}

void tst_NoticeCenter::aKindTurnedOffShowsNothing()
{
    NoticeCenter center;
    center.setIntervalMs(50);
    QSignalSpy shown(&center, &NoticeCenter::noticeReady);
    center.post(failure(u"Evergreen"_s));
    center.post(failure(u"Lakeside"_s)); // held
    center.setEnabled(NoticeKind::SyncFailure, false);
    center.post(failure(u"Harbor"_s));
    QTest::qWait(200);
    QCOMPARE(shown.size(), 1); // the held one went with the kind
    QVERIFY(!center.isEnabled(NoticeKind::SyncFailure));
    center.setEnabled(NoticeKind::SyncFailure, true);
    center.post(failure(u"Harbor"_s));
    QCOMPARE(shown.size(), 2);
}

QTEST_GUILESS_MAIN(tst_NoticeCenter)
#include "tst_noticecenter.moc"
