// A wedding's timeline over the audit model: a header per day, newest first; pages at the bottom
// and live rows on top arrive as inserts (a selection keeps its row); every entry in words.
#include "AuditModel.h"
#include "AuditSentence.h"
#include "AuditTimelineModel.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

// Noon local time, `days` before the pinned "today", plus `minutes`.
QDateTime at(int days, int minutes = 0)
{
    return QDateTime(QDate(2026, 6, 10).addDays(-days), QTime(12, 0).addSecs(60 * minutes));
}

AuditRecord sectionRename(const QString &id, const QDateTime &when, const QString &from,
                          const QString &to)
{
    AuditRecord r;
    r.id = id;
    r.occurredAt = when.toUTC();
    r.actorId = u"erin"_s;
    r.organizationId = u"org"_s;
    r.entityType = u"section_configuration"_s;
    r.entityId = u"sec"_s;
    r.action = u"update"_s;
    r.before = QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, from}}}};
    r.after = QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, to}}}};
    r.weddingId = u"wedding"_s;
    return r;
}

QString nameOf(const QString &id)
{
    return id == u"erin" ? u"Erin Evergreen"_s : id == u"sam" ? u"Sam Photo"_s : id;
}

} // namespace

class TestAuditTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void daysGroupNewestFirst();
    void pagesAndLiveRowsAreInserts();
    void sentences_data();
    void sentences();
};

void TestAuditTimelineModel::daysGroupNewestFirst()
{
    AuditModel source;
    AuditTimelineModel timeline(&source);
    QAbstractItemModelTester tester(&timeline,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    timeline.setToday(at(0).date());
    source.setRecords({sectionRename(u"c"_s, at(0, 5), u"B"_s, u"C"_s),
                       sectionRename(u"b"_s, at(0), u"A"_s, u"B"_s),
                       sectionRename(u"a"_s, at(1), u"0"_s, u"A"_s),
                       sectionRename(u"z"_s, at(4), u"-"_s, u"0"_s)});
    QCOMPARE(timeline.rowCount(), 7); // three days, four entries
    const QList<bool> headers {true, false, false, true, false, true, false};
    for (int row = 0; row < timeline.rowCount(); ++row) {
        QCOMPARE(timeline.isDayHeader(row), headers.at(row));
        QCOMPARE(timeline.index(row).data(DayHeaderRole).toBool(), headers.at(row));
    }
    QVERIFY(timeline.index(0).data().toString().startsWith(u"Today"_s));
    QVERIFY(timeline.index(3).data().toString().startsWith(u"Yesterday"_s));
    QCOMPARE(timeline.day(5), at(4).date());
    QCOMPARE(timeline.sourceRow(1), 0);
    QCOMPARE(timeline.sourceRow(6), 3);
    QCOMPARE(timeline.sourceRow(0), -1);
    // Headers are read, not chosen.
    QVERIFY(!(timeline.flags(timeline.index(0)) & Qt::ItemIsSelectable));
    QVERIFY(timeline.flags(timeline.index(1)) & Qt::ItemIsSelectable);
    QVERIFY(timeline.index(1).data().toString().contains(u"renamed B to C"_s));
    QCOMPARE(timeline.index(2).data(IdRole).toString(), u"b"_s);
}

void TestAuditTimelineModel::pagesAndLiveRowsAreInserts()
{
    AuditModel source;
    AuditTimelineModel timeline(&source);
    QAbstractItemModelTester tester(&timeline,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.setRecords({sectionRename(u"b"_s, at(0), u"A"_s, u"B"_s),
                       sectionRename(u"a"_s, at(1), u"0"_s, u"A"_s)});
    QCOMPARE(timeline.rowCount(), 4);
    QPersistentModelIndex chosen = timeline.index(3); // "a", yesterday
    QSignalSpy inserted(&timeline, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&timeline, &QAbstractItemModel::modelReset);

    // The next page continues yesterday, then opens an older day.
    source.appendRecords({sectionRename(u"a0"_s, at(1, -5), u"x"_s, u"0"_s),
                          sectionRename(u"old"_s, at(3), u"y"_s, u"x"_s)});
    QCOMPARE(timeline.rowCount(), 7);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QVERIFY(!timeline.isDayHeader(4));
    QVERIFY(timeline.isDayHeader(5));

    // A live row of today goes under today's header; a row of a new day gets its header.
    source.prependRecords({sectionRename(u"c"_s, at(0, 5), u"B"_s, u"C"_s)});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);
    source.prependRecords({sectionRename(u"d"_s, at(-1), u"C"_s, u"D"_s)});
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 0);
    QCOMPARE(inserted.at(2).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(chosen.row(), 6);
    QCOMPARE(chosen.data(IdRole).toString(), u"a"_s);
    QCOMPARE(timeline.rowCount(), 10);
    // Every entry still reads its own record after the source rows moved.
    for (int row = 0; row < timeline.rowCount(); ++row) {
        if (!timeline.isDayHeader(row))
            QCOMPARE(timeline.index(row).data(IdRole).toString(),
                     source.record(timeline.sourceRow(row)).id);
    }
    source.clear();
    QCOMPARE(timeline.rowCount(), 0);
}

void TestAuditTimelineModel::sentences_data()
{
    QTest::addColumn<QString>("entityType");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QString>("expected");
    const auto section = [](const QString &title, int position) {
        return QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, title}}},
                            {u"layout"_s, QJsonObject {{u"position"_s, position}}}};
    };
    QTest::newRow("moved") << u"section_configuration"_s << u"reorder"_s
                           << section(u"Timeline"_s, 4) << section(u"Timeline"_s, 1)
                           << u"Erin Evergreen moved Timeline to position 2"_s;
    QTest::newRow("renamed") << u"section_configuration"_s << u"update"_s << section(u"Budget"_s, 1)
                             << section(u"Money"_s, 1)
                             << u"Erin Evergreen renamed Budget to Money"_s;
    QTest::newRow("added") << u"section_configuration"_s << u"create"_s << QJsonObject()
                           << section(u"Notes"_s, 1) << u"Erin Evergreen added the section Notes"_s;
    QTest::newRow("approved") << u"compliance_record"_s << u"status_change"_s
                              << QJsonObject {{u"title"_s, u"Insurance certificate"_s},
                                              {u"status"_s, u"submitted"_s}}
                              << QJsonObject {{u"title"_s, u"Insurance certificate"_s},
                                              {u"status"_s, u"approved"_s},
                                              {u"supplierId"_s, u"sam"_s}}
                              << u"Erin Evergreen approved Insurance certificate for Sam Photo"_s;
    QTest::newRow("revision") << u"compliance_record"_s << u"status_change"_s << QJsonObject()
                              << QJsonObject {{u"title"_s, u"Licence"_s},
                                              {u"status"_s, u"revision_required"_s},
                                              {u"supplierId"_s, u"sam"_s}}
                              << u"Erin Evergreen asked Sam Photo to revise Licence"_s;
    QTest::newRow("tier") << u"supplier_compliance"_s << u"tier_switch"_s
                          << QJsonObject {{u"displayName"_s, u"Sam Photo"_s},
                                          {u"tierName"_s, u"basic"_s}}
                          << QJsonObject {{u"displayName"_s, u"Sam Photo"_s},
                                          {u"tierName"_s, u"verified"_s}}
                          << u"Erin Evergreen moved Sam Photo to the verified tier"_s;
    QTest::newRow("conflict")
        << u"sync_conflict"_s << u"conflict_resolve"_s
        << QJsonObject {{u"label"_s, u"Run sheet"_s}, {u"status"_s, u"open"_s}}
        << QJsonObject {{u"label"_s, u"Run sheet"_s}, {u"resolution"_s, u"theirs"_s}}
        << u"Erin Evergreen settled the conflict on Run sheet with the saved version"_s;
}

void TestAuditTimelineModel::sentences()
{
    QFETCH(QString, entityType);
    QFETCH(QString, action);
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QString, expected);
    AuditRecord r;
    r.id = u"r"_s;
    r.actorId = u"erin"_s;
    r.entityType = entityType;
    r.action = action;
    if (!before.isEmpty())
        r.before = before;
    r.after = after;
    QCOMPARE(AuditSentence::of(r, &nameOf), expected);
}

QTEST_MAIN(TestAuditTimelineModel)
#include "tst_audittimelinemodel.moc"
