// Tenant isolation on every route the server describes (GET /api/v1/openapi.json), as each kind
// of demo operator, on SQLite and PostgreSQL. An organization's admin or planner who names the
// other tenant's organization, wedding, section or user (in the path, a query or a body) gets
// exactly what a missing object gets — 404, never 200 and never a 403 that confirms it exists —
// and nothing is written; their lists hold nothing of the other tenant; no answer shows the other
// tenant's names or ids. The vendor gets 403 no_console_access on every console route; platform
// staff see both tenants; support staff and planners never change permissions.
#include "WalkFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <map>

using namespace Qt::StringLiterals;
using namespace wedsync::test;

namespace {

enum class Kind { OrganizationMember, PlatformStaff, Support, NoConsole };

Kind kindOf(const Account &account)
{
    if (account.staffKind == u"support"_s)
        return Kind::Support;
    if (!account.staffKind.isEmpty())
        return Kind::PlatformStaff;
    return account.consoleAccess ? Kind::OrganizationMember : Kind::NoConsole;
}

QString randomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The other tenant's id answered like a random one: same status, code and message.
QString sameAsMissing(const HttpTestReply &reply, const HttpTestReply &missing, const QString &id,
                      const QString &random)
{
    const auto message = [](const HttpTestReply &r, const QString &value) -> QString {
        return r.object()[u"error"_s][u"message"_s].toString().replace(value, u"<id>"_s);
    };
    if (reply.status == missing.status && reply.errorCode() == missing.errorCode()
        && message(reply, id) == message(missing, random))
        return {};
    return u"the other tenant's id is answered %1, a missing one %2"_s.arg(
        QString::fromUtf8(reply.describe()), QString::fromUtf8(missing.describe()));
}

// Objects that are no tenant's: one person's own (a calendar account: no one else reads it,
// platform staff included; tst_calendaraccountsapi checks that) and the platform's own change
// requests (the walk only knows tenants' ids, which a platform path rightly answers 404;
// tst_configapi reads one). They still join every walk that asks another tenant's id to be
// answered like a missing one.
bool isPersonal(const Operation &op)
{
    return op.path.startsWith(u"/api/v1/calendar/accounts/"_s)
        || op.path.startsWith(u"/api/v1/config/change-requests/"_s);
}

QString withQuery(const QString &path, const QString &query)
{
    return query.isEmpty() ? path : path + u'?' + query;
}

} // namespace

class TestTenantIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();

    void otherTenantIdsAreNotFound_data();
    void otherTenantIdsAreNotFound();
    void otherTenantIdsInQueriesAndBodies_data();
    void otherTenantIdsInQueriesAndBodies();
    void listsShowOnlyTheOwnTenant_data();
    void listsShowOnlyTheOwnTenant();
    void noConsoleAccessAnywhere_data();
    void noConsoleAccessAnywhere();
    void platformStaffSeeBothTenants_data();
    void platformStaffSeeBothTenants();
    void permissionChangesRefused_data();
    void permissionChangesRefused();

private:
    using RowFilter = std::function<bool(const Account &, const Operation &)>;
    void addRows(const RowFilter &filter);
    WalkFixture &fixture() { return *m_fixtures.at(m_backend); }
    const Account &account();
    const Operation &operation();
    // The organization of a member account, and the other one.
    const Tenant &own(const Account &account);
    const Tenant &other(const Account &account);
    bool markBothTenants(QString *error);

    std::map<QString, std::unique_ptr<WalkFixture>> m_fixtures;
    std::map<QString, QString> m_startErrors;
    QString m_backend;
};

void TestTenantIsolation::initTestCase()
{
    auto first = std::make_unique<WalkFixture>();
    m_backend = TestDatabase::firstBackend();
    QVERIFY2(first->start(m_backend), qPrintable(first->errorString()));
    m_fixtures[m_backend] = std::move(first);
    QString error;
    QVERIFY2(markBothTenants(&error), qPrintable(error));
}

void TestTenantIsolation::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    if (!m_fixtures.count(backend) && !m_startErrors.count(backend)) {
        auto started = std::make_unique<WalkFixture>();
        if (started->start(backend)) {
            m_fixtures[backend] = std::move(started);
            QString error;
            if (!markBothTenants(&error))
                m_startErrors[backend] = error;
        } else {
            m_startErrors[backend] = started->errorString();
        }
    }
    if (const auto failed = m_startErrors.find(backend); failed != m_startErrors.end())
        QFAIL(qPrintable(failed->second));
}

// Each tenant's admin renames a section to a marker of its own, so that both tenants have
// audit rows and names that must never show up on the other side.
bool TestTenantIsolation::markBothTenants(QString *error)
{
    WalkFixture &f = fixture();
    for (const Tenant &tenant : f.tenants()) {
        QString admin;
        for (const QString &email : f.emails()) {
            if (f.account(email).roles.value(tenant.organizationId) == u"admin"_s)
                admin = email;
        }
        // A section of the organization's own dashboard, so that its layout has a version.
        QString sectionId;
        for (const QString &id : tenant.ids.value(u"sections"_s)) {
            if (sectionId.isEmpty() && tenant.objects.value(id).value(u"weddingId"_s).isNull())
                sectionId = id;
        }
        const QString path = f.objectPath(u"sections"_s, sectionId);
        const HttpTestReply current = f.client(admin).get(path);
        const QJsonObject patch {
            {u"customization"_s,
             QJsonObject {
                 {u"title"_s, u"Marker of %1 %2"_s.arg(tenant.name, randomId().left(8))}}}};
        const HttpTestReply marked = f.client(admin).send("PATCH", path, compact(patch),
                                                          jsonHeaders(current.header("ETag")));
        if (admin.isEmpty() || marked.status != 200) {
            *error = u"marking %1 as %2: %3"_s.arg(tenant.name, admin,
                                                   QString::fromUtf8(marked.describe()));
            return false;
        }
    }
    return f.refreshTenants(error);
}

void TestTenantIsolation::addRows(const RowFilter &filter)
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("operation");
    WalkFixture &f = *m_fixtures.at(TestDatabase::firstBackend()); // the rows: its server's
    for (const QString &email : f.emails()) {
        for (const Operation &op : f.catalog().operations()) {
            if (filter(f.account(email), op))
                QTest::newRow(qPrintable(email + u' ' + op.name())) << email << op.name();
        }
    }
}

const Account &TestTenantIsolation::account()
{
    QFETCH(QString, email);
    return fixture().account(email);
}

const Operation &TestTenantIsolation::operation()
{
    QFETCH(QString, operation);
    const Operation *op = fixture().catalog().find(operation.section(u' ', 0, 0).toLatin1(),
                                                   operation.section(u' ', 1));
    Q_ASSERT(op); // the same build describes the same routes
    return *op;
}

const Tenant &TestTenantIsolation::own(const Account &account)
{
    return *fixture().tenant(account.roles.keys().constFirst());
}

const Tenant &TestTenantIsolation::other(const Account &account)
{
    return *fixture().otherTenant(own(account).organizationId);
}

void TestTenantIsolation::otherTenantIdsAreNotFound_data()
{
    addRows([](const Account &account, const Operation &op) {
        return kindOf(account) == Kind::OrganizationMember && op.isConsole()
            && !op.pathParameters.isEmpty();
    });
}

void TestTenantIsolation::otherTenantIdsAreNotFound()
{
    const Account &caller = account();
    const Operation &op = operation();
    const Tenant &mine = own(caller);
    const Tenant &theirs = other(caller);
    HttpTestClient &api = fixture().client(caller.email);
    for (const QString &parameter : op.uuidParameters) {
        // Other parameters (a layout version's number) are scoped by the organization in the
        // path: they name nothing of another tenant.
        QHash<QString, QString> ids = fixture().idsFor(op, mine);
        const QString foreign = theirs.firstId(op.kindOf(parameter));
        if (foreign.isEmpty()) {
            // No list of the API shows this collection per organization: nothing to name.
            qWarning("%s: no id of the other tenant for {%s}; not walked", qPrintable(op.name()),
                     qPrintable(parameter));
            continue;
        }
        ids[parameter] = foreign;
        const QString path = op.fill(ids);
        // A body and version that would pass if the caller could write there.
        QByteArray ifMatch;
        const QByteArray body
            = op.hasBody() ? compact(fixture().bodyFor(op, theirs, path, &ifMatch)) : QByteArray();
        const QString before = fixture().fingerprint({theirs.organizationId});
        const HttpTestReply reply = api.send(op.method, path, body, jsonHeaders(ifMatch));
        const QString random = randomId();
        ids[parameter] = random;
        const HttpTestReply missing = api.send(op.method, op.fill(ids), body, jsonHeaders(ifMatch));

        const QByteArray where = describe(op.method, path, reply);
        QVERIFY2(contractProblem(reply).isEmpty(),
                 qPrintable(contractProblem(reply) + u' ' + QString::fromUtf8(where)));
        QVERIFY2(expectError(reply, 404, {u"not_found"_s}).isEmpty(), where.constData());
        QVERIFY2(sameAsMissing(reply, missing, foreign, random).isEmpty(),
                 qPrintable(sameAsMissing(reply, missing, foreign, random)));
        const QStringList leaks
            = leakedStrings(reply, theirs, mine, path + QString::fromUtf8(body));
        QVERIFY2(
            leaks.isEmpty(),
            qPrintable(u"shows "_s + leaks.join(u", "_s) + u": "_s + QString::fromUtf8(where)));
        if (op.isWrite())
            QCOMPARE(fixture().fingerprint({theirs.organizationId}), before);
    }
}

void TestTenantIsolation::otherTenantIdsInQueriesAndBodies_data()
{
    addRows([](const Account &account, const Operation &op) {
        return kindOf(account) == Kind::OrganizationMember && op.isConsole()
            && (op.method == "GET" || op.hasBody());
    });
}

void TestTenantIsolation::otherTenantIdsInQueriesAndBodies()
{
    const Account &caller = account();
    const Operation &op = operation();
    const Tenant &mine = own(caller);
    const Tenant &theirs = other(caller);
    HttpTestClient &api = fixture().client(caller.email);
    const QString path = op.fill(fixture().idsFor(op, mine));
    const auto compare = [&](const HttpTestReply &reply, const HttpTestReply &missing,
                             const QString &foreign, const QString &random,
                             const QString &request) {
        const QByteArray where = describe(op.method, request, reply);
        QVERIFY2(contractProblem(reply).isEmpty(),
                 qPrintable(contractProblem(reply) + u' ' + QString::fromUtf8(where)));
        QVERIFY2(sameAsMissing(reply, missing, foreign, random).isEmpty(),
                 qPrintable(sameAsMissing(reply, missing, foreign, random)));
        const QStringList leaks = leakedStrings(reply, theirs, mine, request);
        QVERIFY2(
            leaks.isEmpty(),
            qPrintable(u"shows "_s + leaks.join(u", "_s) + u": "_s + QString::fromUtf8(where)));
    };
    if (op.method == "GET") {
        const QUrlQuery required(fixture().requiredQuery(api, path, mine));
        for (const QString &name : candidateQueryParameters(op)) {
            const QString foreign = theirs.firstId(kindOfQueryParameter(name));
            if (foreign.isEmpty())
                continue;
            const QString random = randomId();
            QUrlQuery query = required, blind = required;
            query.removeAllQueryItems(name);
            blind.removeAllQueryItems(name);
            query.addQueryItem(name, foreign);
            blind.addQueryItem(name, random);
            const QString url = withQuery(path, query.toString(QUrl::FullyEncoded));
            compare(api.get(url), api.get(withQuery(path, blind.toString(QUrl::FullyEncoded))),
                    foreign, random, url);
            if (QTest::currentTestFailed())
                return;
        }
        return;
    }
    // Writes in the caller's own organization that name the other tenant's objects in the body.
    for (const SchemaField &field : op.fields()) {
        if (field.format != u"uuid"_s)
            continue;
        const QString kind
            = field.name() == u"id"_s ? u"sections"_s : kindOfQueryParameter(field.name());
        const QString foreign = theirs.firstId(kind);
        if (foreign.isEmpty())
            continue;
        const QString random = randomId();
        QByteArray ifMatch;
        const QJsonObject base = fixture().bodyFor(op, mine, path, &ifMatch);
        const QByteArray body = compact(withValue(base, field.path, foreign));
        const QString before = fixture().fingerprint({theirs.organizationId});
        const HttpTestReply reply = api.send(op.method, path, body, jsonHeaders(ifMatch));
        QCOMPARE(fixture().fingerprint({theirs.organizationId}), before);
        // The same write naming nothing: refresh the version in case the first one was taken.
        const QJsonObject again = fixture().bodyFor(op, mine, path, &ifMatch);
        const HttpTestReply missing = api.send(
            op.method, path, compact(withValue(again, field.path, random)), jsonHeaders(ifMatch));
        compare(reply, missing, foreign, random, path + u' ' + QString::fromUtf8(body));
        if (QTest::currentTestFailed())
            return;
        // Taken is fine only when the field was ignored: nothing may now refer to their object.
        QVERIFY2(reply.status >= 300 || !reply.body.contains(foreign.toUtf8()),
                 qPrintable(u"a write naming the other tenant's "_s + field.path
                            + u" was stored: "_s + QString::fromUtf8(reply.describe())));
    }
}

void TestTenantIsolation::listsShowOnlyTheOwnTenant_data()
{
    addRows([](const Account &account, const Operation &op) {
        return kindOf(account) == Kind::OrganizationMember && op.isConsole() && op.method == "GET"
            && !isPersonal(op);
    });
}

void TestTenantIsolation::listsShowOnlyTheOwnTenant()
{
    const Account &caller = account();
    const Operation &op = operation();
    HttpTestClient &api = fixture().client(caller.email);
    const QString path = op.fill(fixture().idsFor(op, own(caller)));
    const QString url = withQuery(path, fixture().requiredQuery(api, path, own(caller)));
    const HttpTestReply reply = api.get(url);
    const QByteArray where = describe("GET", url, reply);
    QVERIFY2(contractProblem(reply).isEmpty(),
             qPrintable(contractProblem(reply) + u' ' + QString::fromUtf8(where)));
    // Some reads are for admins only (the audit trail): 403 is fine, as long as it shows nothing.
    QVERIFY2(reply.status == op.successStatus || reply.status == 403, where.constData());
    const QStringList leaks = leakedStrings(reply, other(caller), own(caller), url);
    QVERIFY2(leaks.isEmpty(),
             qPrintable(u"shows "_s + leaks.join(u", "_s) + u": "_s + QString::fromUtf8(where)));
}

void TestTenantIsolation::noConsoleAccessAnywhere_data()
{
    addRows([](const Account &account, const Operation &op) {
        return kindOf(account) == Kind::NoConsole && op.isConsole();
    });
}

void TestTenantIsolation::noConsoleAccessAnywhere()
{
    const Account &caller = account();
    const Operation &op = operation();
    HttpTestClient &api = fixture().client(caller.email);
    QStringList organizations;
    for (const Tenant &tenant : fixture().tenants())
        organizations << tenant.organizationId;
    const QString before = fixture().fingerprint(organizations);
    for (const Tenant &tenant : fixture().tenants()) {
        const QString path = op.fill(fixture().idsFor(op, tenant));
        QByteArray ifMatch;
        const QByteArray body
            = op.hasBody() ? compact(fixture().bodyFor(op, tenant, path, &ifMatch)) : QByteArray();
        const HttpTestReply reply = api.send(op.method, path, body, jsonHeaders(ifMatch));
        const QByteArray where = describe(op.method, path, reply);
        QVERIFY2(contractProblem(reply).isEmpty(),
                 qPrintable(contractProblem(reply) + u' ' + QString::fromUtf8(where)));
        QVERIFY2(expectError(reply, 403, {u"no_console_access"_s}).isEmpty(), where.constData());
        for (const Tenant &anyone : fixture().tenants()) {
            const QStringList leaks
                = leakedStrings(reply, anyone, *fixture().otherTenant(anyone.organizationId),
                                path + QString::fromUtf8(body));
            QVERIFY2(leaks.isEmpty(), qPrintable(u"shows "_s + leaks.join(u", "_s)));
        }
    }
    if (op.isWrite())
        QCOMPARE(fixture().fingerprint(organizations), before);
}

void TestTenantIsolation::platformStaffSeeBothTenants_data()
{
    addRows([](const Account &account, const Operation &op) {
        const Kind kind = kindOf(account);
        return (kind == Kind::PlatformStaff || kind == Kind::Support) && op.isConsole()
            && op.method == "GET" && !isPersonal(op);
    });
}

void TestTenantIsolation::platformStaffSeeBothTenants()
{
    const Account &caller = account();
    const Operation &op = operation();
    HttpTestClient &api = fixture().client(caller.email);
    QList<HttpTestReply> replies;
    for (const Tenant &tenant : fixture().tenants()) {
        const QString path = op.fill(fixture().idsFor(op, tenant));
        const QString url = withQuery(path, fixture().requiredQuery(api, path, tenant));
        const HttpTestReply reply = api.get(url);
        const QByteArray where = describe("GET", url, reply);
        QVERIFY2(contractProblem(reply).isEmpty(),
                 qPrintable(contractProblem(reply) + u' ' + QString::fromUtf8(where)));
        QCOMPARE(reply.status, op.successStatus);
        replies << reply;
        if (op.pathParameters.isEmpty())
            break; // one answer for everyone
    }
    if (!op.pathParameters.isEmpty())
        return;
    // A list across tenants that shows one tenant shows both.
    int shown = 0;
    for (const Tenant &tenant : fixture().tenants())
        shown += replies.first().body.contains(tenant.organizationId.toUtf8()) ? 1 : 0;
    QVERIFY2(shown == 0 || shown == fixture().tenants().size(),
             qPrintable(u"%1 shows %2 of %3 tenants"_s.arg(op.name()).arg(shown).arg(
                 fixture().tenants().size())));
}

void TestTenantIsolation::permissionChangesRefused_data()
{
    addRows([](const Account &account, const Operation &op) {
        const bool planner = account.roles.values().contains(u"coordinator"_s)
            && kindOf(account) == Kind::OrganizationMember;
        return op.isConsole()
            && ((kindOf(account) == Kind::Support && op.changesPermissions())
                || (planner && op.isWrite() && op.tag == u"permissions"_s));
    });
}

void TestTenantIsolation::permissionChangesRefused()
{
    const Account &caller = account();
    const Operation &op = operation();
    HttpTestClient &api = fixture().client(caller.email);
    for (const Tenant &tenant : fixture().tenants()) {
        if (kindOf(caller) == Kind::OrganizationMember
            && !caller.roles.contains(tenant.organizationId))
            continue; // another tenant's is 404: see otherTenantIdsAreNotFound
        const QString path = op.fill(fixture().idsFor(op, tenant));
        QByteArray ifMatch;
        const QByteArray body
            = op.hasBody() ? compact(fixture().bodyFor(op, tenant, path, &ifMatch)) : QByteArray();
        const QString before = fixture().fingerprint({tenant.organizationId});
        const HttpTestReply reply = api.send(op.method, path, body, jsonHeaders(ifMatch));
        const QByteArray where = describe(op.method, path, reply);
        QVERIFY2(contractProblem(reply).isEmpty(),
                 qPrintable(contractProblem(reply) + u' ' + QString::fromUtf8(where)));
        QVERIFY2(expectError(reply, 403, {u"forbidden"_s}).isEmpty(), where.constData());
        QCOMPARE(fixture().fingerprint({tenant.organizationId}), before);
    }
}

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "tst_tenantisolation.moc"
