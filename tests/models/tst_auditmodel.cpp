// The audit table: pages appended at the bottom, live rows on top, each row once.
#include "AuditModel.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QDateTime Base = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

AuditRecord record(int n, const QString &action = u"update"_s)
{
    AuditRecord r;
    r.id = u"row-%1"_s.arg(n);
    r.occurredAt = Base.addSecs(n);
    r.actorId = n % 2 ? u"user-1"_s : QString();
    r.organizationId = u"org-a"_s;
    r.entityType = u"section_configuration"_s;
    r.entityId = u"sec-%1"_s.arg(n);
    r.action = action;
    r.before = QJsonObject {{u"title"_s, u"Old"_s}};
    r.after = QJsonObject {{u"title"_s, u"New"_s}};
    r.requestId = u"req-%1"_s.arg(n);
    return r;
}

QList<AuditRecord> newestFirst(int from, int to)
{
    QList<AuditRecord> list;
    for (int i = to; i >= from; --i)
        list.append(record(i));
    return list;
}

} // namespace

class TestAuditModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAppendAndLiveRowsPrepend();
    void showsNamesAndRoles();
};

void TestAuditModel::pagesAppendAndLiveRowsPrepend()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(newestFirst(51, 100));
    model.setTotal(100);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.record(0).id, u"row-100"_s);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The next page overlaps the first by one row (a row arrived between the two requests).
    QCOMPARE(model.appendRecords(newestFirst(1, 51)), 50);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.record(99).id, u"row-1"_s);
    QCOMPARE(inserted.at(0).at(1).toInt(), 50);

    QCOMPARE(model.prependRecords({record(101), record(102), record(100)}), 2);
    QCOMPARE(model.rowCount(), 102);
    QCOMPARE(model.record(0).id, u"row-102"_s);
    QCOMPARE(model.record(1).id, u"row-101"_s);
    QCOMPARE(model.total(), 102);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(model.prependRecords({record(5)}), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
    QCOMPARE(model.appendRecords({record(5)}), 1); // cleared rows may come back
}

void TestAuditModel::showsNamesAndRoles()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditRecord platformRow = record(2, u"login"_s);
    platformRow.organizationId.clear();
    model.setRecords({record(1), platformRow});
    QCOMPARE(model.index(0, AuditModel::ActorColumn).data().toString(), u"user-1"_s);
    QCOMPARE(model.index(1, AuditModel::ActorColumn).data().toString(), AuditModel::tr("system"));
    QCOMPARE(model.index(1, AuditModel::OrganizationColumn).data().toString(),
             AuditModel::tr("platform"));
    // Actions and entity types read as words; the raw value stays for filtering and sorting.
    QCOMPARE(model.index(1, AuditModel::ActionColumn).data().toString(), AuditModel::tr("Sign-in"));
    QCOMPARE(model.index(1, AuditModel::ActionColumn).data(KindRole).toString(), u"login"_s);
    QCOMPARE(model.index(1, AuditModel::ActionColumn).data(SortRole).toString(), u"login"_s);
    QCOMPARE(model.index(0, AuditModel::EntityIdColumn).data().toString(), u"sec-1"_s);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), u"row-1"_s);
    QCOMPARE(model.index(0, 0).data(ObjectRole).toJsonObject().value(u"requestId"_s).toString(),
             u"req-1"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNames({{u"user-1"_s, u"Ada Admin"_s}, {u"org-a"_s, u"Evergreen"_s}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, AuditModel::ActorColumn).data().toString(), u"Ada Admin"_s);
    QCOMPARE(model.index(0, AuditModel::OrganizationColumn).data().toString(), u"Evergreen"_s);

    // The signed-in user is named by the session; people the console cannot name keep a
    // shortened id, the full id in the tooltip.
    AuditRecord own = record(3);
    own.actorId = u"64ea42c4-11cb-5aae-afdb-9fdcf5c58b10"_s;
    AuditRecord stranger = record(4);
    stranger.actorId = u"0ee8794d-38b4-4363-90d1-0870c2467aaa"_s;
    model.setRecords({own, stranger});
    QCOMPARE(model.index(1, AuditModel::ActorColumn).data().toString(), u"0ee8794d…"_s);
    QCOMPARE(model.index(1, AuditModel::ActorColumn).data(Qt::ToolTipRole).toString(),
             stranger.actorId);
    model.setSignedInUser(own.actorId, u"platform@wedsync.demo"_s);
    QCOMPARE(model.index(0, AuditModel::ActorColumn).data().toString(), u"platform@wedsync.demo"_s);
    QCOMPARE(model.index(1, AuditModel::ActorColumn).data().toString(), u"0ee8794d…"_s);
}

QTEST_GUILESS_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
