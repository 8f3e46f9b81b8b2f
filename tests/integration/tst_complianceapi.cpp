// Supplier compliance over REST on both backends, with the demo's suppliers: a coordinator's
// review moves a supplier to eligible with its notifications; who may do what (reviewers never
// decide their own submission, support reads, another tenant is 404); bad input is 400/422
// naming the field; tier switches keep history and retire requirements as legacy; role change
// and deactivation; every operation is one transaction (a failing audit insert, its last
// statement, leaves nothing); user:<supplier> delivers to the supplier and nobody else.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

const QString Remy = u"photo@evergreen.demo"_s; // one approval from verified
const QString Noor = u"noor@evergreen.demo"_s; // eligible
const QString Flora = u"florist@evergreen.demo"_s; // verified, with a legacy record
const QString Casey = u"caterer@evergreen.demo"_s; // deactivated

QJsonObject binding(const QString &table)
{
    return {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, table}};
}

} // namespace

class TestComplianceApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void demoSuppliersInEveryState();
    void approvalMakesTheSupplierEligible();
    void reviewQueueListsSubmissionsOldestFirst();
    void reviewersNeverDecideTheirOwnSubmission();
    void whoMayDoWhat();
    void badInputNamesTheField();
    void versionsAreChecked();
    void tierSwitchKeepsHistory();
    void roleChangeAndDeactivation();
    void failingLastStatementLeavesNothing();
    void supplierReadsOwnTopicOnly();

private:
    QString suppliersPath() const
    {
        return u"/api/v1/organizations/"_s + m_evergreen + u"/suppliers"_s;
    }
    QString supplierPath(const QString &email)
    {
        return suppliersPath() + u'/' + m_demo->userId(email);
    }
    // The supplier's record of the requirement whose title starts with `title`.
    QJsonObject record(const QString &email, const QString &title);
    QString recordPath(const QString &email, const QJsonObject &record)
    {
        return supplierPath(email) + u"/requirements/"_s + record[u"requirementId"_s].toString();
    }
    QJsonObject supplier(const QString &email)
    {
        return m_demo->as(Admin).get(supplierPath(email)).object();
    }

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen;
};

void TestComplianceApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
    m_evergreen = DemoData::evergreenId();
}

QJsonObject TestComplianceApi::record(const QString &email, const QString &title)
{
    const HttpTestReply reply = m_demo->as(Planner).get(supplierPath(email) + u"/requirements"_s);
    for (const QJsonValue &item : reply.object()[u"items"_s].toArray()) {
        if (item[u"title"_s].toString().startsWith(title))
            return item.toObject();
    }
    return {};
}

void TestComplianceApi::demoSuppliersInEveryState()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply list = planner.get(suppliersPath());
    QVERIFY2(list.status == 200, list.describe().constData());
    QCOMPARE(list.object()[u"total"_s].toInt(), 5);
    QSet<QString> states;
    for (const QJsonValue &item : list.object()[u"items"_s].toArray()) {
        states << item[u"status"_s].toString() << item[u"tierName"_s].toString();
        if (item[u"advancementEligible"_s].toBool())
            states << u"eligible"_s;
    }
    QCOMPARE(
        states,
        (QSet<QString> {u"active"_s, u"inactive"_s, u"basic"_s, u"verified"_s, u"eligible"_s}));
    // Filters and keyset paging.
    const HttpTestReply first = planner.get(suppliersPath() + u"?status=active&limit=2"_s);
    QCOMPARE(first.object()[u"total"_s].toInt(), 4);
    QCOMPARE(first.object()[u"items"_s].toArray().size(), 2);
    const QString cursor = first.object()[u"nextCursor"_s].toString();
    QVERIFY(!cursor.isEmpty());
    const HttpTestReply second
        = planner.get(suppliersPath() + u"?status=active&limit=2&cursor="_s + cursor);
    QCOMPARE(second.object()[u"items"_s].toArray().size(), 2);
    QVERIFY(second.object()[u"items"_s][0][u"id"_s] != first.object()[u"items"_s][0][u"id"_s]);
    QCOMPARE(planner.get(suppliersPath() + u"?eligible=true"_s).object()[u"total"_s].toInt(), 1);
    QCOMPARE(planner.get(suppliersPath() + u"?status=gone"_s).errorCode(), u"invalid_query"_s);

    // Every state a record can be in, with its history.
    QSet<QString> statuses;
    for (const QString &email : {Vendor, Remy, Noor, Flora, Casey}) {
        const HttpTestReply records = planner.get(supplierPath(email) + u"/requirements"_s);
        for (const QJsonValue &item : records.object()[u"items"_s].toArray()) {
            statuses << item[u"status"_s].toString();
            QVERIFY(!item[u"history"_s].toArray().isEmpty());
        }
    }
    for (const QString &status :
         {u"draft"_s, u"submitted"_s, u"approved"_s, u"revision_required"_s, u"rejected"_s,
          u"inactive"_s, u"legacy"_s, u"pending"_s, u"in_progress"_s})
        QVERIFY2(statuses.contains(status), qPrintable(status));
}

void TestComplianceApi::approvalMakesTheSupplierEligible()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    QCOMPARE(insurance[u"status"_s].toString(), u"submitted"_s);
    QCOMPARE(insurance[u"reviewStatus"_s].toString(), u"pending"_s);
    const HttpTestReply before = planner.get(supplierPath(Remy) + u"/advancement"_s);
    QCOMPARE(before.object()[u"advancement"_s][u"eligible"_s].toBool(), false);
    QCOMPARE(before.object()[u"advancement"_s][u"missing"_s][u"approvals"_s].toInt(), 0);
    QCOMPARE(before.object()[u"advancement"_s][u"missing"_s][u"points"_s].toInt(), 10);

    const HttpTestReply approved = planner.send(
        "PATCH", recordPath(Remy, insurance),
        jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}, {u"note"_s, u"Valid to 2027."_s}}),
        ifMatch(insurance[u"version"_s].toInteger()));
    QVERIFY2(approved.status == 200, approved.describe().constData());
    const QJsonObject body = approved.object();
    QCOMPARE(body[u"status"_s].toString(), u"approved"_s);
    QCOMPARE(body[u"reviewStatus"_s].toString(), u"approved"_s);
    QCOMPARE(body[u"reviewerId"_s].toString(), m_demo->userId(Planner));
    QCOMPARE(body[u"supplier"_s][u"stats"_s][u"completed"_s].toInt(), 4);
    QCOMPARE(body[u"supplier"_s][u"stats"_s][u"earnedPoints"_s].toInt(), 80);
    QCOMPARE(body[u"supplier"_s][u"stats"_s][u"completionPercent"_s].toDouble(), 100.0);
    QCOMPARE(body[u"advancement"_s][u"eligible"_s].toBool(), true);
    QCOMPARE(body[u"advancement"_s][u"nextTier"_s][u"name"_s].toString(), u"verified"_s);
    QStringList kinds;
    for (const QJsonValue &n : body[u"notifications"_s].toArray())
        kinds << n[u"kind"_s].toString();
    kinds.sort();
    QCOMPARE(kinds, (QStringList {u"requirement_approved"_s, u"tier_advancement_eligible"_s}));
    QCOMPARE(approved.header("ETag"), '"' + QByteArray::number(body[u"version"_s].toInt()) + '"');

    // Stored: the record's history, the supplier's figures, the notifications, one audit row.
    const QJsonObject stored = record(Remy, u"Public liability"_s);
    QCOMPARE(stored[u"history"_s].toArray().last()[u"toStatus"_s].toString(), u"approved"_s);
    QCOMPARE(stored[u"history"_s].toArray().last()[u"note"_s].toString(), u"Valid to 2027."_s);
    QCOMPARE(supplier(Remy)[u"advancementEligible"_s].toBool(), true);
    const HttpTestReply notices
        = planner.get(u"/api/v1/organizations/"_s + m_evergreen
                      + u"/compliance/notifications?supplierId="_s + m_demo->userId(Remy));
    QVERIFY(kinds.contains(notices.object()[u"items"_s][0][u"kind"_s].toString()));
    QVERIFY(notices.object()[u"total"_s].toInt() >= 2);
    const HttpTestReply audit = m_demo->as(Admin).get(
        u"/api/v1/audit?entityType=compliance_record&entityId="_s + stored[u"id"_s].toString());
    QCOMPARE(audit.object()[u"total"_s].toInt(), 1);
    QCOMPARE(audit.object()[u"items"_s][0][u"action"_s].toString(), u"status_change"_s);
    QCOMPARE(audit.object()[u"items"_s][0][u"before"_s][u"status"_s].toString(), u"submitted"_s);
}

void TestComplianceApi::reviewQueueListsSubmissionsOldestFirst()
{
    const QString path = u"/api/v1/organizations/"_s + m_evergreen + u"/compliance/review-queue"_s;
    const HttpTestReply queue = m_demo->as(Planner).get(path);
    QVERIFY2(queue.status == 200, queue.describe().constData());
    const QJsonArray items = queue.object()[u"items"_s].toArray();
    QCOMPARE(queue.object()[u"total"_s].toInt(), int(items.size()));
    QVERIFY(items.size() >= 2);
    bool remysCertificate = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i][u"status"_s].toString(), u"submitted"_s);
        QVERIFY(!items[i][u"supplierName"_s].toString().isEmpty());
        if (i > 0)
            QVERIFY(items[i - 1][u"submittedAt"_s].toString()
                    <= items[i][u"submittedAt"_s].toString());
        remysCertificate = remysCertificate
            || (items[i][u"supplierName"_s].toString() == u"Remy Castell"_s
                && items[i][u"title"_s].toString().startsWith(u"Public liability"_s));
    }
    QVERIFY(remysCertificate);
    // Decided: it leaves the queue.
    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    QCOMPARE(m_demo->as(Planner)
                 .send("PATCH", recordPath(Remy, insurance),
                       jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}}),
                       ifMatch(insurance[u"version"_s].toInteger()))
                 .status,
             200);
    QCOMPARE(m_demo->as(Support).get(path).object()[u"total"_s].toInt(), int(items.size()) - 1);
    QCOMPARE(m_demo->as(Planner).get(path + u"?limit=1"_s).object()[u"items"_s].toArray().size(),
             1);
    // Bad paging and another tenant's admin.
    QCOMPARE(m_demo->as(Planner).get(path + u"?limit=0"_s).errorCode(), u"invalid_query"_s);
    QCOMPARE(m_demo->as(Planner).get(path + u"?cursor=x"_s).errorCode(), u"invalid_query"_s);
    QCOMPARE(m_demo->as(LakesideAdmin).get(path).status, 404);
}

void TestComplianceApi::reviewersNeverDecideTheirOwnSubmission()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject contract = record(Vendor, u"Signed supplier contract"_s);
    QCOMPARE(contract[u"status"_s].toString(), u"draft"_s);
    // The planner submits on the supplier's behalf...
    const HttpTestReply submitted = planner.send(
        "PATCH", recordPath(Vendor, contract),
        jsonBytes(QJsonObject {{u"status"_s, u"submitted"_s}, {u"evidenceRef"_s, u"scan.pdf"_s}}),
        ifMatch(contract[u"version"_s].toInteger()));
    QVERIFY2(submitted.status == 200, submitted.describe().constData());
    QCOMPARE(submitted.object()[u"submittedBy"_s].toString(), m_demo->userId(Planner));
    QCOMPARE(submitted.object()[u"reviewStatus"_s].toString(), u"pending"_s);
    const qint64 version = submitted.object()[u"version"_s].toInteger();
    // ... so another reviewer must decide it.
    const HttpTestReply own
        = planner.send("PATCH", recordPath(Vendor, contract),
                       jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}}), ifMatch(version));
    QCOMPARE(own.status, 403);
    QCOMPARE(own.errorCode(), u"own_submission"_s);
    const HttpTestReply byAdmin = m_demo->as(Admin).send(
        "PATCH", recordPath(Vendor, contract),
        jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}}), ifMatch(version));
    QVERIFY2(byAdmin.status == 200, byAdmin.describe().constData());
}

void TestComplianceApi::whoMayDoWhat()
{
    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    const QByteArray approve = jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}});
    const auto patch = [&](const QString &email) {
        return m_demo->as(email).send("PATCH", recordPath(Remy, insurance), approve,
                                      ifMatch(insurance[u"version"_s].toInteger()));
    };
    // Support reads, never reviews; a supplier has no console; another tenant sees nothing.
    QCOMPARE(m_demo->as(Support).get(supplierPath(Remy)).status, 200);
    QCOMPARE(patch(Support).errorCode(), u"forbidden"_s);
    QCOMPARE(patch(Remy).errorCode(), u"no_console_access"_s);
    const HttpTestReply foreign = patch(LakesideAdmin);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(m_demo->as(LakesideAdmin).get(supplierPath(Remy)).status, 404);
    // The Lakeside supplier is not an Evergreen supplier, even for Evergreen's admin.
    const QString lakesideSupplier
        = suppliersPath() + u'/' + m_demo->userId(u"vendor@lakeside.demo"_s);
    QCOMPARE(m_demo->as(Admin).get(lakesideSupplier).status, 404);
    // Coordinators review but do not decide tiers.
    const HttpTestReply tier
        = m_demo->as(Planner).send("POST", supplierPath(Noor) + u"/tier"_s,
                                   jsonBytes(QJsonObject {{u"tier"_s, u"verified"_s}}),
                                   ifMatch(supplier(Noor)[u"version"_s].toInteger()));
    QCOMPARE(tier.status, 403);
    QCOMPARE(m_demo->as(Support)
                 .send("POST", supplierPath(Noor) + u"/recalculate"_s, {}, ifMatch(1))
                 .status,
             403);
    // Nothing changed by any of it.
    QCOMPARE(record(Remy, u"Public liability"_s)[u"version"_s], insurance[u"version"_s]);
}

void TestComplianceApi::badInputNamesTheField()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    const QString path = recordPath(Remy, insurance);
    const auto send = [&](const QJsonObject &body) {
        return planner.send("PATCH", path, jsonBytes(body),
                            ifMatch(insurance[u"version"_s].toInteger()));
    };
    const struct
    {
        QJsonObject body;
        int status;
        QString code;
        QString field;
    } cases[] = {
        {{{u"status"_s, u"done"_s}}, 400, u"validation_failed"_s, u"status"_s},
        {{{u"status"_s, 3}}, 400, u"validation_failed"_s, u"status"_s},
        {{}, 400, u"validation_failed"_s, u"status"_s},
        {{{u"status"_s, u"approved"_s}, {u"note"_s, QJsonArray {}}},
         400,
         u"validation_failed"_s,
         u"note"_s},
        {{{u"status"_s, u"approved"_s}, {u"colour"_s, u"red"_s}},
         400,
         u"validation_failed"_s,
         u"colour"_s},
        {{{u"status"_s, u"approved"_s}, {u"note"_s, QString(2001, u'x')}},
         400,
         u"validation_failed"_s,
         u"note"_s},
        // A decision that needs a reason, and a step the workflow does not have.
        {{{u"status"_s, u"revision_required"_s}}, 400, u"validation_failed"_s, u"note"_s},
        {{{u"status"_s, u"draft"_s}}, 422, u"invalid_transition"_s, {}},
        {{{u"status"_s, u"legacy"_s}}, 400, u"validation_failed"_s, u"status"_s},
    };
    for (const auto &c : cases) {
        const HttpTestReply reply = send(c.body);
        QVERIFY2(reply.status == c.status && reply.errorCode() == c.code,
                 qPrintable(QString::fromUtf8(jsonBytes(c.body)) + u" -> "_s
                            + QString::fromUtf8(reply.describe())));
        if (!c.field.isEmpty())
            QVERIFY2(errorFields(reply).contains(c.field), reply.describe().constData());
    }
    const HttpTestReply unknownTier = m_demo->as(Admin).send(
        "POST", supplierPath(Noor) + u"/tier"_s, jsonBytes(QJsonObject {{u"tier"_s, u"gold"_s}}),
        ifMatch(supplier(Noor)[u"version"_s].toInteger()));
    QCOMPARE(unknownTier.status, 400);
    QCOMPARE(errorFields(unknownTier), QStringList {u"tier"_s});
    const HttpTestReply noReason = m_demo->as(Admin).send(
        "POST", supplierPath(Noor) + u"/deactivate"_s, jsonBytes(QJsonObject {}),
        ifMatch(supplier(Noor)[u"version"_s].toInteger()));
    QCOMPARE(errorFields(noReason), QStringList {u"reason"_s});
    QCOMPARE(record(Remy, u"Public liability"_s)[u"version"_s], insurance[u"version"_s]);
}

void TestComplianceApi::versionsAreChecked()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    const QByteArray body = jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}});
    const HttpTestReply missing = planner.send("PATCH", recordPath(Remy, insurance), body,
                                               {{"Content-Type", "application/json"}});
    QCOMPARE(missing.status, 428);
    const HttpTestReply stale = planner.send("PATCH", recordPath(Remy, insurance), body,
                                             ifMatch(insurance[u"version"_s].toInteger() - 1));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"status"_s].toString(),
             u"submitted"_s);
    QCOMPARE(stale.header("ETag"),
             '"' + QByteArray::number(insurance[u"version"_s].toInteger()) + '"');
    const HttpTestReply staleTier
        = m_demo->as(Admin).send("POST", supplierPath(Noor) + u"/tier"_s,
                                 jsonBytes(QJsonObject {{u"tier"_s, u"verified"_s}}), ifMatch(1));
    QCOMPARE(staleTier.status, 412);
    QCOMPARE(staleTier.object()[u"error"_s][u"details"_s][u"current"_s][u"id"_s].toString(),
             m_demo->userId(Noor));
}

void TestComplianceApi::tierSwitchKeepsHistory()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject before = supplier(Noor);
    const QString path = supplierPath(Noor) + u"/tier"_s;
    // The preview says what will happen and writes nothing.
    const HttpTestReply preview = admin.send(
        "POST", path, jsonBytes(QJsonObject {{u"tier"_s, u"verified"_s}, {u"dryRun"_s, true}}),
        {{"Content-Type", "application/json"}});
    QVERIFY2(preview.status == 200, preview.describe().constData());
    const QJsonObject plan = preview.object()[u"plan"_s].toObject();
    QCOMPARE(plan[u"added"_s].toArray().size(), 3);
    QCOMPARE(plan[u"kept"_s].toArray().size(), 3);
    QCOMPARE(plan[u"legacy"_s].toArray().size(), 1);
    QCOMPARE(supplier(Noor), before);

    const HttpTestReply switched
        = admin.send("POST", path,
                     jsonBytes(QJsonObject {{u"tier"_s, u"verified"_s}, {u"reason"_s, u"Ready"_s}}),
                     ifMatch(before[u"version"_s].toInteger()));
    QVERIFY2(switched.status == 200, switched.describe().constData());
    const QJsonObject after = switched.object()[u"supplier"_s].toObject();
    QCOMPARE(after[u"tierName"_s].toString(), u"verified"_s);
    QCOMPARE(after[u"version"_s].toInteger(), before[u"version"_s].toInteger() + 1);
    QCOMPARE(after[u"stats"_s][u"total"_s].toInt(), 6);
    QCOMPARE(after[u"stats"_s][u"completed"_s].toInt(), 3);
    QCOMPARE(after[u"stats"_s][u"pending"_s].toInt(), 3);
    QCOMPARE(after[u"advancementEligible"_s].toBool(), false);
    QCOMPARE(switched.object()[u"advancement"_s][u"missing"_s][u"approvals"_s].toInt(), 3);

    const QJsonObject legacy = record(Noor, u"Day-of contact"_s);
    QCOMPARE(legacy[u"status"_s].toString(), u"legacy"_s);
    const QJsonArray history = legacy[u"history"_s].toArray();
    QCOMPARE(history.at(history.size() - 2)[u"toStatus"_s].toString(), u"approved"_s);
    QCOMPARE(history.last()[u"source"_s].toString(), u"tier_switch"_s);
    const QJsonArray tiers = supplier(Noor)[u"tierHistory"_s].toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers.last()[u"reason"_s].toString(), u"tier_switch"_s);
    QCOMPARE(tiers.last()[u"actorId"_s].toString(), m_demo->userId(Admin));
    // A legacy record is closed.
    const HttpTestReply closed = m_demo->as(Planner).send(
        "PATCH", recordPath(Noor, legacy), jsonBytes(QJsonObject {{u"status"_s, u"draft"_s}}),
        ifMatch(legacy[u"version"_s].toInteger()));
    QCOMPARE(closed.errorCode(), u"record_closed"_s);
    // Back to basic: the legacy record is asked for again, pending.
    const HttpTestReply back
        = admin.send("POST", path, jsonBytes(QJsonObject {{u"tier"_s, u"basic"_s}}),
                     ifMatch(after[u"version"_s].toInteger()));
    QVERIFY2(back.status == 200, back.describe().constData());
    QCOMPARE(back.object()[u"plan"_s][u"reopened"_s].toArray().size(), 1);
    QCOMPARE(record(Noor, u"Day-of contact"_s)[u"status"_s].toString(), u"pending"_s);
}

void TestComplianceApi::roleChangeAndDeactivation()
{
    HttpTestClient &admin = m_demo->as(Admin);
    // Photographer to vendor: both start in basic, so only the role changes.
    const QJsonObject remy = supplier(Remy);
    const HttpTestReply role = admin.send("POST", supplierPath(Remy) + u"/role"_s,
                                          jsonBytes(QJsonObject {{u"role"_s, u"vendor"_s}}),
                                          ifMatch(remy[u"version"_s].toInteger()));
    QVERIFY2(role.status == 200, role.describe().constData());
    QCOMPARE(role.object()[u"supplier"_s][u"role"_s].toString(), u"vendor"_s);
    QCOMPARE(role.object()[u"supplier"_s][u"tierName"_s].toString(), u"basic"_s);
    QVERIFY(role.object()[u"plan"_s][u"added"_s].toArray().isEmpty());
    bool memberIsVendor = false;
    for (const QJsonValue &member :
         admin.get(u"/api/v1/organizations/"_s + m_evergreen + u"/members"_s)
             .object()[u"items"_s]
             .toArray()) {
        if (member[u"email"_s].toString() == Remy)
            memberIsVendor = member[u"role"_s].toString() == u"vendor"_s;
    }
    QVERIFY(memberIsVendor);
    const HttpTestReply notSupplier = admin.send("POST", supplierPath(Remy) + u"/role"_s,
                                                 jsonBytes(QJsonObject {{u"role"_s, u"admin"_s}}),
                                                 ifMatch(remy[u"version"_s].toInteger() + 1));
    QCOMPARE(errorFields(notSupplier), QStringList {u"role"_s});

    // Val supplies two weddings: deactivation keeps the records and revokes the access.
    const QJsonObject val = supplier(Vendor);
    const HttpTestReply off
        = admin.send("POST", supplierPath(Vendor) + u"/deactivate"_s,
                     jsonBytes(QJsonObject {{u"reason"_s, u"Contract ended"_s}}),
                     ifMatch(val[u"version"_s].toInteger()));
    QVERIFY2(off.status == 200, off.describe().constData());
    QCOMPARE(off.object()[u"revokedWeddingIds"_s].toArray().size(), 2);
    QCOMPARE(off.object()[u"supplier"_s][u"status"_s].toString(), u"inactive"_s);
    QCOMPARE(off.object()[u"supplier"_s][u"stats"_s][u"total"_s].toInt(), 0);
    QCOMPARE(off.object()[u"advancement"_s][u"supplierInactive"_s].toBool(), true);
    const HttpTestReply records = admin.get(supplierPath(Vendor) + u"/requirements"_s);
    QCOMPARE(records.object()[u"items"_s].toArray().size(), 4);
    for (const QJsonValue &item : records.object()[u"items"_s].toArray())
        QCOMPARE(item[u"status"_s].toString(), u"inactive"_s);
    const HttpTestReply again
        = admin.send("POST", supplierPath(Vendor) + u"/deactivate"_s,
                     jsonBytes(QJsonObject {{u"reason"_s, u"Twice"_s}}),
                     ifMatch(off.object()[u"supplier"_s][u"version"_s].toInteger()));
    QCOMPARE(again.errorCode(), u"supplier_inactive"_s);
    // Set-up: already done, and not for console members.
    QCOMPARE(admin.send("POST", supplierPath(Noor) + u"/initialize"_s).errorCode(),
             u"already_initialized"_s);
    QCOMPARE(admin.send("POST", supplierPath(Planner) + u"/initialize"_s).errorCode(),
             u"not_a_supplier"_s);
    // A recalculation of right figures writes nothing.
    const HttpTestReply recalculated
        = m_demo->as(Planner).send("POST", supplierPath(Flora) + u"/recalculate"_s);
    QVERIFY2(recalculated.status == 200, recalculated.describe().constData());
    QCOMPARE(recalculated.object()[u"changed"_s].toBool(), false);
}

void TestComplianceApi::failingLastStatementLeavesNothing()
{
    HttpTestClient &admin = m_demo->as(Admin);
    HttpTestClient &platform = m_demo->as(Platform);
    const auto snapshot = [&]() {
        QJsonObject out;
        out.insert(u"suppliers"_s, admin.get(suppliersPath()).object());
        for (const QString &email : {Remy, Noor, Vendor})
            out.insert(email, admin.get(supplierPath(email) + u"/requirements"_s).object());
        out.insert(
            u"notifications"_s,
            admin.get(u"/api/v1/organizations/"_s + m_evergreen + u"/compliance/notifications"_s)
                .object());
        out.insert(u"members"_s,
                   admin.get(u"/api/v1/organizations/"_s + m_evergreen + u"/members"_s).object());
        out.insert(u"audit"_s, platform.get(u"/api/v1/audit?limit=1"_s).object());
        return out;
    };
    // Signs everyone in first: a login is audited too.
    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    const qint64 noor = supplier(Noor)[u"version"_s].toInteger();
    const qint64 val = supplier(Vendor)[u"version"_s].toInteger();
    const QJsonObject before = snapshot();
    QString error;
    // The audit rows are each operation's last statement: make every audit insert fail.
    QVERIFY2(m_demo->setAuditWritesFail(true, &error), qPrintable(error));

    const struct
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        qint64 version;
    } attempts[] = {
        {"PATCH",
         recordPath(Remy, insurance),
         {{u"status"_s, u"approved"_s}},
         insurance[u"version"_s].toInteger()},
        {"POST", supplierPath(Noor) + u"/tier"_s, {{u"tier"_s, u"verified"_s}}, noor},
        {"POST", supplierPath(Noor) + u"/role"_s, {{u"role"_s, u"vendor"_s}}, noor},
        {"POST", supplierPath(Vendor) + u"/deactivate"_s, {{u"reason"_s, u"x"_s}}, val},
    };
    for (const auto &attempt : attempts) {
        const HttpTestReply reply = admin.send(attempt.method, attempt.path,
                                               jsonBytes(attempt.body), ifMatch(attempt.version));
        QVERIFY2(reply.status == 500,
                 qPrintable(attempt.path + u' ' + QString::fromUtf8(reply.describe())));
        QVERIFY(!reply.body.contains("audit write failed"));
    }
    QVERIFY2(m_demo->setAuditWritesFail(false, &error), qPrintable(error));
    QCOMPARE(snapshot(), before);
    // The same approval goes through once the trail works again.
    const HttpTestReply retry = admin.send("PATCH", recordPath(Remy, insurance),
                                           jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}}),
                                           ifMatch(insurance[u"version"_s].toInteger()));
    QVERIFY2(retry.status == 200, retry.describe().constData());
}

void TestComplianceApi::supplierReadsOwnTopicOnly()
{
    const QString remyId = m_demo->userId(Remy);
    const QString ownTopic = u"realtime:user:"_s + remyId;
    const QJsonObject config {
        {u"postgres_changes"_s,
         QJsonArray {binding(u"compliance_records"_s), binding(u"supplier_compliance"_s),
                     binding(u"compliance_notifications"_s)}}};
    TestClient remy;
    QVERIFY(remy.open(m_demo->socketUrl(Remy)));
    QVERIFY(remy.joinOk(ownTopic, config));
    // Nobody else's user topic, and no tenant topic (no console access).
    QVERIFY(!remy.joinOk(u"realtime:user:"_s + m_demo->userId(Noor), config));
    QVERIFY(!remy.joinOk(u"realtime:org:"_s + m_evergreen, config));
    // Noor, another supplier, joins her own topic and must hear nothing of Remy's.
    TestClient noor;
    QVERIFY(noor.open(m_demo->socketUrl(Noor)));
    QVERIFY(noor.joinOk(u"realtime:user:"_s + m_demo->userId(Noor), config));
    // The tenant's coordinators hear it on org:<id>.
    TestClient planner;
    QVERIFY(planner.open(m_demo->socketUrl(Planner)));
    QVERIFY(planner.joinOk(u"realtime:org:"_s + m_evergreen, config));

    const QJsonObject insurance = record(Remy, u"Public liability"_s);
    const HttpTestReply approved = m_demo->as(Planner).send(
        "PATCH", recordPath(Remy, insurance), jsonBytes(QJsonObject {{u"status"_s, u"approved"_s}}),
        ifMatch(insurance[u"version"_s].toInteger()));
    QVERIFY2(approved.status == 200, approved.describe().constData());

    QSet<QString> tables;
    for (int i = 0; i < 4; ++i) {
        const auto change = remy.takeEvent(ownTopic, u"postgres_changes"_s);
        QVERIFY2(change, "the supplier hears their own compliance change");
        const QJsonObject data = change->payload.toObject()[u"data"_s].toObject();
        tables << data[u"table"_s].toString();
        QCOMPARE(data[u"record"_s][u"user_id"_s].toString(), remyId);
    }
    QCOMPARE(tables,
             (QSet<QString> {u"compliance_records"_s, u"supplier_compliance"_s,
                             u"compliance_notifications"_s}));
    QVERIFY(planner.takeEvent(u"realtime:org:"_s + m_evergreen, u"postgres_changes"_s));
    QVERIFY2(
        noor.nothingFor([](const RealtimeMessage &m) { return m.event == "postgres_changes"_L1; }),
        "another supplier hears nothing");
    // What the topic carries, the supplier also reads over REST.
    const HttpTestReply mine = m_demo->as(Remy).get(u"/api/v1/me/compliance"_s);
    QVERIFY2(mine.status == 200, mine.describe().constData());
    QCOMPARE(mine.object()[u"items"_s].toArray().size(), 1);
    QCOMPARE(mine.object()[u"items"_s][0][u"supplier"_s][u"advancementEligible"_s].toBool(), true);
    QCOMPARE(m_demo->as(Remy).get(supplierPath(Noor)).errorCode(), u"no_console_access"_s);
}

QTEST_MAIN(TestComplianceApi)
#include "tst_complianceapi.moc"
