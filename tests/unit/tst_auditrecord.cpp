// One audit row in both wire shapes: the server writes them, the console reads them back.
#include "AuditRecord.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

AuditRecord sample()
{
    AuditRecord r;
    r.id = u"a1"_s;
    r.occurredAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0, 250), QTimeZone::utc());
    r.actorId = u"u1"_s;
    r.organizationId = u"o1"_s;
    r.entityType = u"section_configuration"_s;
    r.entityId = u"s1"_s;
    r.action = u"update"_s;
    r.before = QJsonObject {{u"title"_s, u"Budget"_s}};
    r.after = QJsonObject {{u"title"_s, u"=Budget"_s}};
    r.requestId = u"req-1"_s;
    return r;
}

} // namespace

class TestAuditRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restShape();
    void rowShape();
    void platformRowWithoutSnapshots();
    void weddingRoundTripsAndMayBeAbsent();
};

void TestAuditRecord::restShape()
{
    const QJsonObject json = auditRecordToJson(sample());
    QCOMPARE(json.keys(),
             (QStringList {u"action"_s, u"actorId"_s, u"after"_s, u"before"_s, u"entityId"_s,
                           u"entityType"_s, u"id"_s, u"occurredAt"_s, u"organizationId"_s,
                           u"requestId"_s, u"weddingId"_s}));
    QCOMPARE(json[u"occurredAt"_s].toString(), u"2026-06-01T12:00:00.250Z"_s);
    const auto back = auditRecordFromJson(json);
    QVERIFY(back);
    QCOMPARE(back.value(), sample());
}

void TestAuditRecord::rowShape()
{
    const QJsonObject row = auditRecordToRow(sample());
    QCOMPARE(row.keys(),
             (QStringList {u"action"_s, u"actor_id"_s, u"after_json"_s, u"before_json"_s,
                           u"entity_id"_s, u"entity_type"_s, u"id"_s, u"occurred_at"_s,
                           u"organization_id"_s, u"request_id"_s, u"wedding_id"_s}));
    QCOMPARE(row[u"occurred_at"_s].toString(), u"2026-06-01T12:00:00.250Z"_s);
    QCOMPARE(row[u"before_json"_s].toObject(), *sample().before);
    const auto back = auditRecordFromRow(row);
    QVERIFY(back);
    QCOMPARE(back.value(), sample());
    QVERIFY(!auditRecordFromJson(row)); // the shapes are not interchangeable
}

void TestAuditRecord::platformRowWithoutSnapshots()
{
    AuditRecord login = sample();
    login.organizationId.clear();
    login.actorId.clear();
    login.entityId.clear();
    login.requestId.clear();
    login.before.reset();
    login.after.reset();
    login.action = u"login"_s;
    for (const QJsonObject &shape : {auditRecordToJson(login), auditRecordToRow(login)}) {
        int nulls = 0;
        for (const QString &key : shape.keys())
            nulls += shape.value(key).isNull() ? 1 : 0;
        QCOMPARE(nulls, 7); // the six above and the wedding (the sample has none)
    }
    QCOMPARE(auditRecordFromRow(auditRecordToRow(login)).value(), login);
    QCOMPARE(auditRecordFromJson(auditRecordToJson(login)).value(), login);
}

void TestAuditRecord::weddingRoundTripsAndMayBeAbsent()
{
    AuditRecord entry = sample();
    entry.weddingId = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
    QCOMPARE(auditRecordToJson(entry)[u"weddingId"_s].toString(), entry.weddingId);
    QCOMPARE(auditRecordToRow(entry)[u"wedding_id"_s].toString(), entry.weddingId);
    QCOMPARE(auditRecordFromJson(auditRecordToJson(entry)).value(), entry);
    QCOMPARE(auditRecordFromRow(auditRecordToRow(entry)).value(), entry);
    // A row written before audit rows knew their wedding reads as one without.
    QJsonObject old = auditRecordToJson(sample());
    old.remove(u"weddingId"_s);
    QCOMPARE(auditRecordFromJson(old).value(), sample());
}

QTEST_GUILESS_MAIN(TestAuditRecord)
#include "tst_auditrecord.moc"
