// /api/v1/organizations/{org}/permissions and /integrity on both backends: the role x section
// matrix (read, versioned all-or-nothing write, who may write), effective permissions of a
// demo person in a demo wedding at chosen moments with the engine's explanation, the integrity
// report on the demo data and on deliberately broken sections, tenant isolation, and the bulk
// route (copy a role, import a file): dry run, all-or-nothing apply at the previewed versions,
// one audit row per changed section, per-row errors of a file.
#include "DemoSession.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QString base(const QString &org)
{
    return u"/api/v1/organizations/"_s + org;
}

QJsonObject rowOf(const QJsonObject &matrix, const QString &sectionId)
{
    for (const QJsonValue &row : matrix[u"rows"_s].toArray()) {
        if (row[u"sectionId"_s].toString() == sectionId)
            return row.toObject();
    }
    return {};
}

QJsonObject cell(bool view, bool edit, bool hide)
{
    return {{u"view"_s, view}, {u"edit"_s, edit}, {u"hide"_s, hide}};
}

QJsonObject itemOf(const QJsonObject &effective, const QString &sectionType,
                   bool weddingSpecific = false)
{
    for (const QJsonValue &item : effective[u"items"_s].toArray()) {
        if (item[u"sectionType"_s].toString() == sectionType
            && item[u"weddingId"_s].isString() == weddingSpecific)
            return item.toObject();
    }
    return {};
}

QString explanation(const QJsonObject &item, const QString &flag)
{
    QStringList texts;
    for (const QJsonValue &reason : item[u"explanation"_s].toArray()) {
        if (reason[u"flag"_s].toString() == flag)
            texts << reason[u"text"_s].toString();
    }
    return texts.join(u" | "_s);
}

bool hasFinding(const QJsonObject &report, const QString &rule, const QString &subjectId)
{
    for (const QJsonValue &finding : report[u"findings"_s].toArray()) {
        if (finding[u"rule"_s].toString() == rule
            && finding[u"subjectId"_s].toString() == subjectId)
            return true;
    }
    return false;
}

} // namespace

class TestPermissionsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void matrixShowsTheSectionsGrants();
    void matrixWriteChangesTheSections();
    void matrixWriteIsAllOrNothing();
    void onlyAdminsWriteTheMatrix();
    void effectivePermissionsExplainThemselves();
    void effectivePermissionsRefuseBadInput();
    void integrityOfTheDemoAndOfBrokenSections();
    void otherTenantsPermissionsAreNotFound();
    void applyDryRunWritesNothing();
    void applyWritesOneAuditRowPerChangedSection();
    void applyRefusesAStalePreview();
    void applyImportNamesEachBadRow();
    void applyIsForTheOrganizationsAdmins();

private:
    QJsonObject matrix(const QString &email);
    HttpTestReply apply(const QString &email, const QJsonObject &body,
                        const QString &organizationId = {});
    // Audit rows of Evergreen with `action`, as its admin reads them.
    qint64 auditRows(const QString &action);

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen = DemoData::evergreenId();
};

void TestPermissionsApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

QJsonObject TestPermissionsApi::matrix(const QString &email)
{
    const HttpTestReply reply = m_demo->as(email).get(base(m_evergreen) + u"/permissions/matrix"_s);
    if (reply.status != 200)
        qWarning("matrix: %s", reply.describe().constData());
    return reply.object();
}

HttpTestReply TestPermissionsApi::apply(const QString &email, const QJsonObject &body,
                                        const QString &organizationId)
{
    return m_demo->as(email).send("POST",
                                  base(organizationId.isEmpty() ? m_evergreen : organizationId)
                                      + u"/permissions/matrix/apply"_s,
                                  jsonBytes(body), {{"Content-Type", "application/json"}});
}

qint64 TestPermissionsApi::auditRows(const QString &action)
{
    const HttpTestReply reply = m_demo->as(Admin).get(u"/api/v1/audit?limit=1&organizationId="_s
                                                      + m_evergreen + u"&action="_s + action);
    return reply.status == 200 ? reply.object()[u"total"_s].toInteger() : -1;
}

void TestPermissionsApi::matrixShowsTheSectionsGrants()
{
    const QJsonObject grid = matrix(Planner); // coordinators read it
    QCOMPARE(grid[u"roles"_s].toArray(),
             (QJsonArray {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"vendor"_s,
                          u"guest"_s}));
    QCOMPARE(grid[u"rows"_s].toArray().size(), 11);
    const QJsonObject billing
        = rowOf(grid, m_demo->section(m_evergreen, u"billing"_s)[u"id"_s].toString());
    QCOMPARE(billing[u"sectionType"_s].toString(), u"billing"_s);
    QCOMPARE(billing[u"version"_s].toInt(), 1);
    QCOMPARE(billing[u"cells"_s][u"admin"_s].toObject(), cell(true, true, false));
    QCOMPARE(billing[u"cells"_s][u"coordinator"_s].toObject(), cell(false, false, false));
    QCOMPARE(billing[u"cells"_s][u"vendor"_s].toObject(), cell(false, false, false));
    const QJsonObject timeline
        = rowOf(grid, m_demo->section(m_evergreen, u"timeline"_s)[u"id"_s].toString());
    QCOMPARE(timeline[u"cells"_s][u"coordinator"_s].toObject(), cell(true, true, true));
    QCOMPARE(timeline[u"cells"_s][u"guest"_s].toObject(), cell(true, false, false));
    QCOMPARE(m_demo->as(Support).get(base(m_evergreen) + u"/permissions/matrix"_s).status, 200);
    const QString sophia = m_demo->weddingId(m_evergreen, u"Sophia & James"_s);
    const HttpTestReply wedding
        = m_demo->as(Admin).get(base(m_evergreen) + u"/permissions/matrix?weddingId="_s + sophia);
    QCOMPARE(wedding.object()[u"rows"_s].toArray().size(), 2);
}

void TestPermissionsApi::matrixWriteChangesTheSections()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject documents = m_demo->section(m_evergreen, u"documents"_s);
    const QString id = documents[u"id"_s].toString();
    QCOMPARE(rowOf(matrix(Admin), id)[u"cells"_s][u"guest"_s].toObject(),
             cell(false, false, false));
    const QJsonObject update {{u"rows"_s,
                               QJsonArray {QJsonObject {
                                   {u"sectionId"_s, id},
                                   {u"version"_s, 1},
                                   {u"cells"_s,
                                    QJsonObject {{u"guest"_s, cell(true, false, false)},
                                                 {u"vendor"_s, QJsonObject {{u"hide"_s, true}}},
                                                 {u"couple"_s, QJsonObject {{u"edit"_s, false}}}}},
                               }}}};
    const HttpTestReply written
        = admin.send("PUT", base(m_evergreen) + u"/permissions/matrix"_s, jsonBytes(update),
                     {{"Content-Type", "application/json"}});
    QVERIFY2(written.status == 200, written.describe().constData());
    const QJsonObject row = rowOf(written.object(), id);
    QCOMPARE(row[u"version"_s].toInt(), 2);
    QCOMPARE(row[u"cells"_s][u"guest"_s].toObject(), cell(true, false, false));
    QCOMPARE(row[u"cells"_s][u"vendor"_s].toObject(), cell(true, false, true));
    QCOMPARE(row[u"cells"_s][u"couple"_s].toObject(), cell(true, false, false));

    // The lists in the section itself changed accordingly.
    const QJsonObject stored = m_demo->section(m_evergreen, u"documents"_s);
    QVERIFY(stored[u"visibility"_s][u"roles"_s].toArray().contains(u"guest"_s));
    QVERIFY(stored[u"permissions"_s][u"canHide"_s].toArray().contains(u"vendor"_s));
    QVERIFY(!stored[u"permissions"_s][u"canEdit"_s].toArray().contains(u"couple"_s));
    QCOMPARE(stored[u"customization"_s], documents[u"customization"_s]); // nothing else touched

    // Writing back what was read changes nothing.
    QJsonObject echo = rowOf(written.object(), id);
    const HttpTestReply again = admin.send("PUT", base(m_evergreen) + u"/permissions/matrix"_s,
                                           jsonBytes(QJsonObject {{u"rows"_s, QJsonArray {echo}}}),
                                           {{"Content-Type", "application/json"}});
    QVERIFY2(again.status == 200, again.describe().constData());
    QCOMPARE(rowOf(again.object(), id)[u"version"_s].toInt(), 2);
    QCOMPARE(m_demo->section(m_evergreen, u"documents"_s), stored);

    // View off removes the role from both visibility.roles and canView.
    echo[u"cells"_s] = QJsonObject {{u"guest"_s, QJsonObject {{u"view"_s, false}}}};
    const HttpTestReply off = admin.send("PUT", base(m_evergreen) + u"/permissions/matrix"_s,
                                         jsonBytes(QJsonObject {{u"rows"_s, QJsonArray {echo}}}),
                                         {{"Content-Type", "application/json"}});
    QCOMPARE(rowOf(off.object(), id)[u"cells"_s][u"guest"_s].toObject(), cell(false, false, false));
}

void TestPermissionsApi::matrixWriteIsAllOrNothing()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString budget = m_demo->section(m_evergreen, u"budget"_s)[u"id"_s].toString();
    const QString photos = m_demo->section(m_evergreen, u"photos"_s)[u"id"_s].toString();
    const QJsonObject before = matrix(Admin);
    const auto put = [&](const QJsonArray &rows) {
        return admin.send("PUT", base(m_evergreen) + u"/permissions/matrix"_s,
                          jsonBytes(QJsonObject {{u"rows"_s, rows}}),
                          {{"Content-Type", "application/json"}});
    };
    const QJsonObject good {{u"sectionId"_s, budget},
                            {u"version"_s, 1},
                            {u"cells"_s, QJsonObject {{u"vendor"_s, cell(true, false, false)}}}};

    QJsonObject stale {{u"sectionId"_s, photos},
                       {u"version"_s, 5},
                       {u"cells"_s, QJsonObject {{u"vendor"_s, cell(true, false, false)}}}};
    const HttpTestReply conflict = put({good, stale});
    QVERIFY2(conflict.status == 412, conflict.describe().constData());
    const QJsonArray current = conflict.object()[u"error"_s][u"details"_s][u"current"_s].toArray();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current[0][u"sectionId"_s].toString(), photos);
    QCOMPARE(errorFields(conflict), QStringList {u"rows[1].version"_s});

    QJsonObject unknownRole = stale;
    unknownRole[u"version"_s] = 1;
    unknownRole[u"cells"_s] = QJsonObject {{u"superuser"_s, cell(true, true, true)}};
    const HttpTestReply invalid = put({good, unknownRole});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(errorFields(invalid), QStringList {u"rows[1].cells.superuser"_s});

    QJsonObject notBool = unknownRole;
    notBool[u"cells"_s] = QJsonObject {{u"guest"_s, QJsonObject {{u"view"_s, u"yes"_s}}}};
    QCOMPARE(errorFields(put({good, notBool})), QStringList {u"rows[1].cells.guest.view"_s});

    QJsonObject unversioned = good;
    unversioned.remove(u"version"_s);
    const HttpTestReply missing = put({unversioned});
    QCOMPARE(missing.status, 428);
    QCOMPARE(errorFields(missing), QStringList {u"rows[0].version"_s});

    QJsonObject foreign = unknownRole;
    foreign[u"sectionId"_s] = m_demo->section(DemoData::lakesideId(), u"budget"_s)[u"id"_s];
    foreign[u"cells"_s] = QJsonObject {};
    QCOMPARE(put({good, foreign}).status, 404);
    QCOMPARE(matrix(Admin), before);
}

void TestPermissionsApi::onlyAdminsWriteTheMatrix()
{
    const QString budget = m_demo->section(m_evergreen, u"budget"_s)[u"id"_s].toString();
    const QByteArray body = jsonBytes(
        QJsonObject {{u"rows"_s,
                      QJsonArray {QJsonObject {
                          {u"sectionId"_s, budget},
                          {u"version"_s, 1},
                          {u"cells"_s, QJsonObject {{u"guest"_s, cell(true, false, false)}}}}}}});
    const QString path = base(m_evergreen) + u"/permissions/matrix"_s;
    const HttpTestReply planner
        = m_demo->as(Planner).send("PUT", path, body, {{"Content-Type", "application/json"}});
    QVERIFY2(planner.status == 403, planner.describe().constData());
    QVERIFY(
        planner.object()[u"error"_s][u"message"_s].toString().contains(u"coordinators can read"_s));
    const HttpTestReply support
        = m_demo->as(Support).send("PUT", path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(support.status, 403);
    QVERIFY(support.object()[u"error"_s][u"message"_s].toString().contains(u"never change"_s));
    QCOMPARE(m_demo->section(m_evergreen, u"budget"_s)[u"version"_s].toInt(), 1);
    const HttpTestReply platform
        = m_demo->as(Platform).send("PUT", path, body, {{"Content-Type", "application/json"}});
    QVERIFY2(platform.status == 200, platform.describe().constData());
    QCOMPARE(m_demo->section(m_evergreen, u"budget"_s)[u"version"_s].toInt(), 2);
}

void TestPermissionsApi::effectivePermissionsExplainThemselves()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString vendor = m_demo->userId(Vendor);
    const QString amelia = m_demo->weddingId(m_evergreen, u"Amelia & Liam"_s); // 12 days to go
    const QString path = base(m_evergreen) + u"/permissions/effective?userId="_s + vendor
        + u"&weddingId="_s + amelia;

    const HttpTestReply now = admin.get(path);
    QVERIFY2(now.status == 200, now.describe().constData());
    QCOMPARE(now.object()[u"phase"_s].toString(), u"pre_wedding"_s);
    QCOMPARE(now.object()[u"user"_s][u"role"_s].toString(), u"vendor"_s);
    QCOMPARE(now.object()[u"items"_s].toArray().size(), 9); // no sections of its own
    const QJsonObject vendors = itemOf(now.object(), u"vendor_management"_s);
    QCOMPARE(vendors[u"canView"_s].toBool(), true);
    QCOMPARE(vendors[u"canEdit"_s].toBool(), false);
    QCOMPARE(vendors[u"phase"_s].toString(), u"pre_wedding"_s);
    QVERIFY2(explanation(vendors, u"view"_s).contains(u"this wedding is in pre_wedding"_s),
             qPrintable(explanation(vendors, u"view"_s)));
    const QJsonObject billing = itemOf(now.object(), u"billing"_s);
    QCOMPARE(billing[u"canView"_s].toBool(), false);
    QVERIFY2(explanation(billing, u"view"_s).startsWith(u"vendor may not view billing"_s),
             qPrintable(explanation(billing, u"view"_s)));
    QVERIFY(!explanation(billing, u"edit"_s).isEmpty());

    // Three weeks on, the wedding is over and vendor management is no longer shown.
    const QString later = QDateTime::currentDateTimeUtc().addDays(21).toString(Qt::ISODate);
    const HttpTestReply after
        = admin.get(path + u"&at="_s + QString::fromLatin1(QUrl::toPercentEncoding(later)));
    QVERIFY2(after.status == 200, after.describe().constData());
    QCOMPARE(after.object()[u"phase"_s].toString(), u"post_wedding"_s);
    const QJsonObject hidden = itemOf(after.object(), u"vendor_management"_s);
    QCOMPARE(hidden[u"canView"_s].toBool(), false);
    QVERIFY2(explanation(hidden, u"view"_s).contains(u"this wedding is in post_wedding"_s),
             qPrintable(explanation(hidden, u"view"_s)));

    // On the wedding day the couple's own run sheet is listed as well.
    const QString sophia = m_demo->weddingId(m_evergreen, u"Sophia & James"_s);
    const HttpTestReply day
        = m_demo->as(Planner).get(base(m_evergreen) + u"/permissions/effective?userId="_s
                                  + m_demo->userId(Planner) + u"&weddingId="_s + sophia);
    QCOMPARE(day.object()[u"phase"_s].toString(), u"wedding_day"_s);
    const QJsonObject runSheet = itemOf(day.object(), u"timeline"_s, true);
    QCOMPARE(runSheet[u"title"_s].toString(), u"Wedding Day Run Sheet"_s);
    QCOMPARE(runSheet[u"canEdit"_s].toBool(), true);

    // Without a wedding: no phase.
    const HttpTestReply anywhere
        = admin.get(base(m_evergreen) + u"/permissions/effective?userId="_s + vendor);
    QCOMPARE(anywhere.object()[u"phase"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(anywhere.object()[u"wedding"_s], QJsonValue(QJsonValue::Null));
}

void TestPermissionsApi::effectivePermissionsRefuseBadInput()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString path = base(m_evergreen) + u"/permissions/effective"_s;
    const QString vendor = m_demo->userId(Vendor);
    QCOMPARE(admin.get(path).status, 400);
    QCOMPARE(admin.get(path + u"?userId=nope"_s).errorCode(), u"invalid_query"_s);
    QCOMPARE(admin.get(path + u"?userId="_s + vendor + u"&at=tomorrow"_s).status, 400);
    QCOMPARE(admin.get(path + u"?userId="_s + vendor + u"&at=2025-06-01T12:00:00"_s).status,
             400); // no zone
    QCOMPARE(
        admin.get(path + u"?userId="_s + QUuid::createUuid().toString(QUuid::WithoutBraces)).status,
        404);
    QCOMPARE(admin.get(path + u"?userId="_s + m_demo->userId(LakesideAdmin)).status, 404);
    const QString lakesideWedding = m_demo->weddingId(DemoData::lakesideId(), u"Mia & Ethan"_s);
    QCOMPARE(admin.get(path + u"?userId="_s + vendor + u"&weddingId="_s + lakesideWedding).status,
             404);
}

void TestPermissionsApi::integrityOfTheDemoAndOfBrokenSections()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString path = base(m_evergreen) + u"/integrity"_s;
    const HttpTestReply demo = m_demo->as(Planner).get(path);
    QVERIFY2(demo.status == 200, demo.describe().constData());
    QCOMPARE(demo.object()[u"valid"_s].toBool(), true);
    QCOMPARE(demo.object()[u"counts"_s][u"error"_s].toInt(), 0);

    // Billing editable by photographers who cannot see it: a lint finding on that section.
    const QJsonObject billing = m_demo->section(m_evergreen, u"billing"_s);
    const QString billingId = billing[u"id"_s].toString();
    const HttpTestReply broken = admin.send(
        "PATCH", u"/api/v1/sections/"_s + billingId,
        jsonBytes(QJsonObject {
            {u"permissions"_s,
             QJsonObject {{u"canEdit"_s, QJsonArray {u"admin"_s, u"photographer"_s}}}}}),
        ifMatch(1));
    QVERIFY2(broken.status == 200, broken.describe().constData());
    const QJsonObject lint = admin.get(path).object();
    QVERIFY2(hasFinding(lint, u"edit_without_view"_s, billingId),
             qPrintable(QString::fromUtf8(jsonBytes(lint))));
    QCOMPARE(lint[u"valid"_s].toBool(), true); // a warning, not an error

    // The vendor loses documents (required for vendors) and gains billing (restricted; the
    // photographers now see billing through the vendor's visibility, which ends the lint).
    const QString documents = m_demo->section(m_evergreen, u"documents"_s)[u"id"_s].toString();
    const HttpTestReply matrixWrite = admin.send(
        "PUT", base(m_evergreen) + u"/permissions/matrix"_s,
        jsonBytes(QJsonObject {
            {u"rows"_s,
             QJsonArray {
                 QJsonObject {{u"sectionId"_s, documents},
                              {u"version"_s, 1},
                              {u"cells"_s, QJsonObject {{u"vendor"_s, cell(false, false, false)}}}},
                 QJsonObject {
                     {u"sectionId"_s, billingId},
                     {u"version"_s, 2},
                     {u"cells"_s, QJsonObject {{u"vendor"_s, QJsonObject {{u"view"_s, true}}}}}},
             }}}),
        {{"Content-Type", "application/json"}});
    QVERIFY2(matrixWrite.status == 200, matrixWrite.describe().constData());

    const QJsonObject report = admin.get(path).object();
    QCOMPARE(report[u"valid"_s].toBool(), false);
    const QString vendor = m_demo->userId(Vendor);
    QVERIFY(hasFinding(report, u"missing_required_section"_s, vendor));
    QVERIFY(hasFinding(report, u"restricted_section"_s, vendor));
    QVERIFY(report[u"counts"_s][u"error"_s].toInt() >= 1);
    QCOMPARE(report[u"findings"_s][0][u"severity"_s].toString(), u"error"_s); // errors first
}

void TestPermissionsApi::otherTenantsPermissionsAreNotFound()
{
    HttpTestClient &lakeside = m_demo->as(LakesideAdmin);
    const QString vendor = m_demo->userId(Vendor);
    for (const QString &suffix :
         {u"/permissions/matrix"_s, QString(u"/permissions/effective?userId="_s + vendor),
          u"/integrity"_s}) {
        const HttpTestReply reply = lakeside.get(base(m_evergreen) + suffix);
        QVERIFY2(reply.status == 404,
                 qPrintable(suffix + u' ' + QString::fromUtf8(reply.describe())));
        QCOMPARE(m_demo->as(Admin).get(base(m_evergreen) + suffix).status, 200);
    }
    const HttpTestReply write
        = lakeside.send("PUT", base(m_evergreen) + u"/permissions/matrix"_s, "{\"rows\":[]}",
                        {{"Content-Type", "application/json"}});
    QCOMPARE(write.status, 404);
    // Nor can a Lakeside member be looked at through Evergreen, or the reverse.
    QCOMPARE(
        lakeside.get(base(DemoData::lakesideId()) + u"/permissions/effective?userId="_s + vendor)
            .status,
        404);
}

namespace {

const QJsonObject CopyPhotographerOntoVendor {
    {u"operation"_s, u"copy_role"_s}, {u"from"_s, u"photographer"_s}, {u"to"_s, u"vendor"_s}};

QJsonObject with(QJsonObject body, const QString &key, const QJsonValue &value)
{
    body.insert(key, value);
    return body;
}

QStringList diffSectionTypes(const QJsonObject &result)
{
    QStringList out;
    for (const QJsonValue &row : result[u"diff"_s][u"rows"_s].toArray())
        out << row[u"sectionType"_s].toString();
    return out;
}

bool hasCellFinding(const QJsonObject &result, const QString &rule, const QString &sectionId,
                    const QString &role)
{
    for (const QJsonValue &finding : result[u"findings"_s][u"findings"_s].toArray()) {
        if (finding[u"rule"_s].toString() == rule && finding[u"subjectId"_s].toString() == sectionId
            && finding[u"role"_s].toString() == role)
            return true;
    }
    return false;
}

// A file with the vendor's column only.
QJsonObject vendorFile(const QJsonArray &rows)
{
    return {{u"schemaVersion"_s, 1},
            {u"kind"_s, u"wedsync.permissions"_s},
            {u"scope"_s, QJsonObject {{u"organizationId"_s, DemoData::lakesideId()}}},
            {u"roles"_s, QJsonArray {u"vendor"_s}},
            {u"rows"_s, rows}};
}

QJsonObject vendorRow(const QString &type, bool view, bool edit, bool hide)
{
    return {{u"sectionType"_s, type},
            {u"cells"_s, QJsonObject {{u"vendor"_s, cell(view, edit, hide)}}}};
}

} // namespace

void TestPermissionsApi::applyDryRunWritesNothing()
{
    const QJsonObject before = matrix(Admin);
    const qint64 audited = auditRows(u"permissions_update"_s);
    const HttpTestReply preview = apply(Admin, with(CopyPhotographerOntoVendor, u"dryRun"_s, true));
    QVERIFY2(preview.status == 200, preview.describe().constData());
    const QJsonObject result = preview.object();
    QCOMPARE(result[u"dryRun"_s].toBool(), true);
    QCOMPARE(result[u"operation"_s].toString(), u"copy_role"_s);
    QVERIFY(result[u"weddingId"_s].isNull());
    // The photographer's photos (view, edit) arrive; vendor_management, which the photographer
    // only inherits from the vendor, goes.
    QCOMPARE(diffSectionTypes(result), (QStringList {u"photos"_s, u"vendor_management"_s}));
    QCOMPARE(result[u"diff"_s][u"changeCount"_s].toInt(), 3);
    const QJsonObject photosChange = result[u"diff"_s][u"rows"_s][0].toObject();
    QCOMPARE(photosChange[u"changes"_s][1].toObject(),
             (QJsonObject {{u"role"_s, u"vendor"_s},
                           {u"flag"_s, u"edit"_s},
                           {u"before"_s, false},
                           {u"after"_s, true}}));
    const QString photos = m_demo->section(m_evergreen, u"photos"_s)[u"id"_s].toString();
    const QString vendors
        = m_demo->section(m_evergreen, u"vendor_management"_s)[u"id"_s].toString();
    QVERIFY(hasCellFinding(result, u"edit_escalation"_s, photos, u"vendor"_s));
    QCOMPARE(result[u"expectedVersions"_s].toObject(), (QJsonObject {{photos, 1}, {vendors, 1}}));
    QCOMPARE(rowOf(result[u"matrix"_s].toObject(), photos)[u"cells"_s][u"vendor"_s].toObject(),
             cell(true, true, false));
    // Only the organization's own sections (the weddings' are another dashboard).
    QCOMPARE(result[u"matrix"_s][u"rows"_s].toArray().size(), 9);

    QCOMPARE(matrix(Admin), before);
    QCOMPARE(auditRows(u"permissions_update"_s), audited);

    // A wedding's dashboard: its own two sections, the organization's as context.
    const QString sophia = m_demo->weddingId(m_evergreen, u"Sophia & James"_s);
    const HttpTestReply wedding = apply(
        Admin, with(with(CopyPhotographerOntoVendor, u"dryRun"_s, true), u"weddingId"_s, sophia));
    QVERIFY2(wedding.status == 200, wedding.describe().constData());
    QCOMPARE(wedding.object()[u"weddingId"_s].toString(), sophia);
    QCOMPARE(diffSectionTypes(wedding.object()), (QStringList {u"timeline"_s, u"photos"_s}));
    QCOMPARE(matrix(Admin), before);
}

void TestPermissionsApi::applyWritesOneAuditRowPerChangedSection()
{
    const qint64 audited = auditRows(u"permissions_update"_s);
    const QJsonObject preview
        = apply(Admin, with(CopyPhotographerOntoVendor, u"dryRun"_s, true)).object();
    const QJsonObject expected = preview[u"expectedVersions"_s].toObject();
    QCOMPARE(expected.size(), 2);

    // Without the previewed versions nothing is applied.
    const HttpTestReply unversioned = apply(Admin, CopyPhotographerOntoVendor);
    QVERIFY2(unversioned.status == 428, unversioned.describe().constData());
    QCOMPARE(errorFields(unversioned), QStringList {u"expectedVersions"_s});

    const HttpTestReply applied
        = apply(Admin, with(CopyPhotographerOntoVendor, u"expectedVersions"_s, expected));
    QVERIFY2(applied.status == 200, applied.describe().constData());
    const QJsonObject result = applied.object();
    QCOMPARE(result[u"dryRun"_s].toBool(), false);
    QCOMPARE(result[u"diff"_s], preview[u"diff"_s]);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject row = rowOf(result[u"matrix"_s].toObject(), it.key());
        QCOMPARE(row[u"version"_s].toInteger(), it.value().toInteger() + 1); // one bump each
        QCOMPARE(result[u"expectedVersions"_s][it.key()].toInteger(), it.value().toInteger() + 1);
        QCOMPARE(row[u"cells"_s][u"vendor"_s], row[u"cells"_s][u"photographer"_s]);
    }
    QCOMPARE(auditRows(u"permissions_update"_s), audited + 2);
    // The timeline did not change: no write, no version.
    QCOMPARE(m_demo->section(m_evergreen, u"timeline"_s)[u"version"_s].toInt(), 1);
    const QJsonObject stored = m_demo->section(m_evergreen, u"photos"_s);
    QVERIFY(stored[u"visibility"_s][u"roles"_s].toArray().contains(u"vendor"_s));
    QVERIFY(stored[u"permissions"_s][u"canEdit"_s].toArray().contains(u"vendor"_s));

    // Once applied, the same copy changes nothing and writes nothing.
    const HttpTestReply again
        = apply(Admin, with(CopyPhotographerOntoVendor, u"expectedVersions"_s, QJsonObject {}));
    QVERIFY2(again.status == 200, again.describe().constData());
    QCOMPARE(again.object()[u"diff"_s][u"changeCount"_s].toInt(), 0);
    QCOMPARE(auditRows(u"permissions_update"_s), audited + 2);

    // An import through the same route, by a platform admin: the file's vendor column.
    const QJsonObject file = vendorFile(QJsonArray {vendorRow(u"budget"_s, true, false, false),
                                                    vendorRow(u"billing"_s, false, false, false)});
    const QJsonObject importBody {{u"operation"_s, u"import"_s}, {u"document"_s, file}};
    const QJsonObject importPreview = apply(Platform, with(importBody, u"dryRun"_s, true)).object();
    QCOMPARE(diffSectionTypes(importPreview), QStringList {u"budget"_s});
    const HttpTestReply imported = apply(
        Platform, with(importBody, u"expectedVersions"_s, importPreview[u"expectedVersions"_s]));
    QVERIFY2(imported.status == 200, imported.describe().constData());
    QCOMPARE(auditRows(u"permissions_update"_s), audited + 3);
    QVERIFY(
        m_demo->section(m_evergreen, u"budget"_s)[u"visibility"_s][u"roles"_s].toArray().contains(
            u"vendor"_s));
}

void TestPermissionsApi::applyRefusesAStalePreview()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject preview
        = apply(Admin, with(CopyPhotographerOntoVendor, u"dryRun"_s, true)).object();
    const QJsonObject expected = preview[u"expectedVersions"_s].toObject();
    // Someone renames the photos section after the preview.
    const QJsonObject photos = m_demo->section(m_evergreen, u"photos"_s);
    const QString photosId = photos[u"id"_s].toString();
    const HttpTestReply renamed = admin.send(
        "PATCH", u"/api/v1/sections/"_s + photosId,
        jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Gallery"_s}}}}),
        ifMatch(1));
    QVERIFY2(renamed.status == 200, renamed.describe().constData());
    const QJsonObject before = matrix(Admin);
    const qint64 audited = auditRows(u"permissions_update"_s);

    const HttpTestReply stale
        = apply(Admin, with(CopyPhotographerOntoVendor, u"expectedVersions"_s, expected));
    QVERIFY2(stale.status == 412, stale.describe().constData());
    QCOMPARE(stale.errorCode(), u"version_conflict"_s);
    QCOMPARE(errorFields(stale), QStringList {u"expectedVersions."_s + photosId});
    const QJsonArray current = stale.object()[u"error"_s][u"details"_s][u"current"_s].toArray();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current[0][u"version"_s].toInt(), 2);
    QCOMPARE(matrix(Admin), before); // vendor_management, still at its version, untouched too
    QCOMPARE(auditRows(u"permissions_update"_s), audited);

    // A preview that left out a section the copy now changes is just as stale.
    QJsonObject partial = expected;
    partial.remove(photosId);
    const HttpTestReply incomplete
        = apply(Admin, with(CopyPhotographerOntoVendor, u"expectedVersions"_s, partial));
    QCOMPARE(incomplete.status, 412);
    QCOMPARE(errorFields(incomplete), QStringList {u"expectedVersions."_s + photosId});
    // So is one naming a section that is not on this dashboard.
    partial.insert(photosId, 2);
    const QString lakesideBudget
        = m_demo->section(DemoData::lakesideId(), u"budget"_s)[u"id"_s].toString();
    partial.insert(lakesideBudget, 1);
    const HttpTestReply foreign
        = apply(Admin, with(CopyPhotographerOntoVendor, u"expectedVersions"_s, partial));
    QCOMPARE(foreign.status, 412);
    QCOMPARE(errorFields(foreign), QStringList {u"expectedVersions."_s + lakesideBudget});
    QVERIFY(!foreign.body.contains("Lakeside"));
    QCOMPARE(matrix(Admin), before);
    QCOMPARE(auditRows(u"permissions_update"_s), audited);
}

void TestPermissionsApi::applyImportNamesEachBadRow()
{
    const QJsonObject before = matrix(Admin);
    const qint64 audited = auditRows(u"permissions_update"_s);
    QJsonObject wrongType = vendorRow(u"timeline"_s, true, false, false);
    wrongType[u"cells"_s] = QJsonObject {
        {u"vendor"_s, QJsonObject {{u"view"_s, u"yes"_s}, {u"edit"_s, false}, {u"hide"_s, false}}}};
    const QJsonObject file = vendorFile(QJsonArray {
        vendorRow(u"budget"_s, true, false, false),
        wrongType,
        QJsonObject {{u"sectionType"_s, u"guest_list"_s},
                     {u"cells"_s, QJsonObject {{u"superuser"_s, cell(true, true, true)}}}},
        vendorRow(u"budget"_s, false, false, false),
    });
    for (const bool dryRun : {true, false}) {
        const HttpTestReply refused = apply(Admin,
                                            QJsonObject {{u"operation"_s, u"import"_s},
                                                         {u"document"_s, file},
                                                         {u"dryRun"_s, dryRun},
                                                         {u"expectedVersions"_s, QJsonObject {}}});
        QVERIFY2(refused.status == 422, refused.describe().constData());
        QCOMPARE(refused.errorCode(), u"invalid_permissions_document"_s);
        QCOMPARE(errorFields(refused),
                 (QStringList {
                     u"document.rows[1].cells.vendor.view"_s, u"document.rows[2].cells.superuser"_s,
                     u"document.rows[2].cells.vendor"_s, u"document.rows[3].sectionType"_s}));
    }
    // A well-formed file naming a type this dashboard lacks: that row, nothing applied.
    const HttpTestReply unknown
        = apply(Admin,
                QJsonObject {{u"operation"_s, u"import"_s},
                             {u"document"_s,
                              vendorFile(QJsonArray {vendorRow(u"budget"_s, true, false, false),
                                                     vendorRow(u"seating"_s, true, false, false)})},
                             {u"dryRun"_s, true}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(errorFields(unknown), QStringList {u"document.rows[1].sectionType"_s});
    // A file that is no permissions file at all.
    QJsonObject layout = vendorFile({});
    layout[u"kind"_s] = u"wedsync.layout"_s;
    layout[u"schemaVersion"_s] = 2;
    const HttpTestReply other
        = apply(Admin, QJsonObject {{u"operation"_s, u"import"_s}, {u"document"_s, layout}});
    QCOMPARE(errorFields(other), (QStringList {u"document.kind"_s, u"document.schemaVersion"_s}));
    // The request's own fields are 400, each named.
    const HttpTestReply envelope = apply(Admin,
                                         QJsonObject {{u"operation"_s, u"copy_role"_s},
                                                      {u"from"_s, u"vendor"_s},
                                                      {u"to"_s, u"vendor"_s},
                                                      {u"document"_s, file},
                                                      {u"dryRun"_s, u"yes"_s},
                                                      {u"weddingId"_s, 5}});
    QCOMPARE(envelope.status, 400);
    QCOMPARE(errorFields(envelope),
             (QStringList {u"to"_s, u"document"_s, u"dryRun"_s, u"weddingId"_s}));
    const HttpTestReply noWedding = apply(Admin,
                                          with(CopyPhotographerOntoVendor, u"weddingId"_s,
                                               QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(noWedding.status, 400);
    QCOMPARE(errorFields(noWedding), QStringList {u"weddingId"_s});
    QCOMPARE(matrix(Admin), before);
    QCOMPARE(auditRows(u"permissions_update"_s), audited);
}

void TestPermissionsApi::applyIsForTheOrganizationsAdmins()
{
    const QJsonObject before = matrix(Admin);
    const QJsonObject preview = with(CopyPhotographerOntoVendor, u"dryRun"_s, true);
    for (const QString &email : {Planner, Support}) {
        const HttpTestReply refused = apply(email, preview);
        QVERIFY2(refused.status == 403, refused.describe().constData());
        QCOMPARE(refused.errorCode(), u"forbidden"_s);
    }
    // Another tenant's admin: the organization does not exist for them.
    const HttpTestReply lakeside = apply(LakesideAdmin, preview);
    QVERIFY2(lakeside.status == 404, lakeside.describe().constData());
    const HttpTestReply own = apply(LakesideAdmin, preview, DemoData::lakesideId());
    QVERIFY2(own.status == 200, own.describe().constData());
    // ...nor can they name Evergreen's wedding in their own organization.
    const QString sophia = m_demo->weddingId(m_evergreen, u"Sophia & James"_s);
    const HttpTestReply foreignWedding
        = apply(LakesideAdmin, with(preview, u"weddingId"_s, sophia), DemoData::lakesideId());
    QCOMPARE(foreignWedding.status, 400);
    QVERIFY(!foreignWedding.body.contains("Sophia"));
    QCOMPARE(matrix(Admin), before);
}

QTEST_GUILESS_MAIN(TestPermissionsApi)
#include "tst_permissionsapi.moc"
