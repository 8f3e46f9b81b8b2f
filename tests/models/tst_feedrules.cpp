// The feeds' pure rules: live events coalesced into batches (newest state of an event wins),
// connection samples merged into the 10-minute window, and which live audit rows belong under
// the audit page's filters.
#include "feeds/AuditQuery.h"
#include "feeds/SyncEventBatcher.h"
#include "feeds/SyncHealthFeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QDateTime Base = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

SyncEvent ev(int n, SyncStatus status = SyncStatus::Pending)
{
    SyncEvent e;
    e.id = u"ev-%1"_s.arg(n);
    e.organizationId = u"org"_s;
    e.kind = u"resync"_s;
    e.status = status;
    e.occurredAt = Base.addSecs(n);
    return e;
}

ConnectionSample sample(int secs, int total)
{
    ConnectionSample s;
    s.at = Base.addSecs(secs);
    s.total = total;
    s.byTenant = {{u"org"_s, total}};
    return s;
}

} // namespace

class TestFeedRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batcherCoalesces();
    void samplesMergeIntoTheWindow();
    void auditQueryMatches();
};

void TestFeedRules::batcherCoalesces()
{
    SyncEventBatcher batcher;
    QSignalSpy batches(&batcher, &SyncEventBatcher::batchReady);
    batcher.add(ev(1));
    batcher.add({ev(2), ev(3)});
    batcher.add(ev(1, SyncStatus::Success)); // the same event settled within the window
    QCOMPARE(batches.size(), 0); // nothing is handed on synchronously
    QCOMPARE(batcher.pendingCount(), 3);
    QTRY_COMPARE(batches.size(), 1);
    const auto batch = batches.at(0).at(0).value<QList<SyncEvent>>();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.at(0).id, u"ev-1"_s);
    QCOMPARE(batch.at(0).status, SyncStatus::Success);
    QCOMPARE(batcher.pendingCount(), 0);

    // flush() hands on at once; an empty flush says nothing.
    batcher.add(ev(4));
    batcher.flush();
    QCOMPARE(batches.size(), 2);
    batcher.flush();
    QCOMPARE(batches.size(), 2);
    // Proves that no late batch follows: a bounded wait, as nothing is to happen.
    QTest::qWait(2 * SyncEventBatcher::DefaultIntervalMs);
    QCOMPARE(batches.size(), 2); // the timer was stopped by the flush
}

void TestFeedRules::samplesMergeIntoTheWindow()
{
    ConnectionStats held;
    held.windowSeconds = 60;
    held.bucketSeconds = 10;
    for (int i = 0; i < 6; ++i) // a full window: six buckets of 10 s
        held.samples.append(sample(10 * i, i));

    ConnectionStats update;
    update.windowSeconds = 60;
    update.bucketSeconds = 10;
    update.samples = {sample(50, 42)}; // the current bucket again, with more connections
    ConnectionStats merged = mergeConnectionSamples(held, update);
    QCOMPARE(merged.samples.size(), 6);
    QCOMPARE(merged.samples.constLast().total, 42);

    update.samples = {sample(60, 5)}; // a new bucket: the oldest falls out of the window
    merged = mergeConnectionSamples(merged, update);
    QCOMPARE(merged.samples.size(), 6);
    QCOMPARE(merged.samples.constFirst().at, Base.addSecs(10));
    QCOMPARE(merged.samples.constLast().total, 5);

    // Into nothing (a tenant admin before the first poll).
    QCOMPARE(mergeConnectionSamples({}, update).samples.size(), 1);
}

void TestFeedRules::auditQueryMatches()
{
    AuditRecord row;
    row.id = u"r"_s;
    row.occurredAt = Base;
    row.actorId = u"user-1"_s;
    row.organizationId = u"org-a"_s;
    row.entityType = u"section_configuration"_s;
    row.entityId = u"SEC-1"_s;
    row.action = u"update"_s;

    QVERIFY(AuditQuery {}.matches(row));
    AuditQuery q;
    q.action = u"update"_s;
    q.entityId = u"sec-1"_s; // ids compare case-insensitively, like the server's UUIDs
    QVERIFY(q.matches(row));
    q.actorId = u"user-2"_s;
    QVERIFY(!q.matches(row));
    q.actorId.clear();
    q.from = Base;
    q.to = Base.addSecs(1);
    QVERIFY(q.matches(row));
    q.to = Base; // exclusive
    QVERIFY(!q.matches(row));

    const QUrlQuery url = q.toUrlQuery();
    QCOMPARE(url.queryItemValue(u"action"_s), u"update"_s);
    QCOMPARE(url.queryItemValue(u"from"_s), u"2026-06-01T12:00:00.000Z"_s);
    QVERIFY(!url.hasQueryItem(u"actorId"_s));
}

QTEST_GUILESS_MAIN(TestFeedRules)
#include "tst_feedrules.moc"
