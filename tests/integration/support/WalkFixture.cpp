#include "WalkFixture.h"

#include "Clock.h"
#include "auth/JwtCodec.h"
#include "auth/SigningKey.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::test {

using server::JwtCodec;
using server::SigningKey;

namespace {

void collectStrings(const QJsonValue &value, QSet<QString> *out)
{
    if (value.isString()) {
        out->insert(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Names of fields ("layout.columns"), the same in every tenant: not its data.
            if (it.key() == u"conflictFields"_s)
                continue;
            collectStrings(it.value(), out);
        }
    }
}

// The id a list shows an item under: "id", or "userId" for members.
QString itemId(const QJsonObject &item)
{
    const QString id = item.value(u"id"_s).toString();
    return id.isEmpty() ? item.value(u"userId"_s).toString() : id;
}

// Lists for the walks' bookkeeping: GET routes without parameters, or only an organization's.
bool isTenantList(const Operation &op)
{
    if (op.method != "GET" || op.auth != u"console"_s)
        return false;
    if (op.pathParameters.isEmpty())
        return true;
    return op.pathParameters.size() == 1
        && op.kindOf(op.pathParameters.first()) == u"organizations"_s && !op.path.endsWith(u'}');
}

} // namespace

WalkFixture::WalkFixture() = default;

WalkFixture::~WalkFixture()
{
    m_clients.clear();
    m_server.reset(); // before its database is dropped
    m_db.reset();
}

bool WalkFixture::start(const QString &backend)
{
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isReady()) {
        m_error = m_db->errorString();
        return false;
    }
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(m_db->serverArguments() << u"--demo"_s)) {
        m_error = m_server->errorString();
        return false;
    }
    const HttpTestReply description = anonymous()->get(u"/api/v1/openapi.json"_s);
    m_catalog = std::make_unique<ApiCatalog>(description.object());
    if (description.status != 200 || !m_catalog->isValid()) {
        m_error = u"openapi.json: "_s + QString::fromUtf8(description.describe());
        return false;
    }
    for (const QString &email : server::DemoData::accountEmails()) {
        Account account = signIn(email, &m_error);
        if (account.token.isEmpty())
            return false;
        m_accounts.insert(email, account);
        m_accountOrder << email;
    }
    if (platformAdmin().isEmpty()) {
        m_error = u"No demo account is a platform admin."_s;
        return false;
    }
    return discoverTenants(&m_error);
}

Account WalkFixture::signIn(const QString &email, QString *error)
{
    auto api = anonymous();
    const HttpTestReply session
        = api->post(u"/api/v1/auth/login"_s,
                    {{u"email"_s, email}, {u"password"_s, server::DemoData::password()}});
    Account account;
    if (session.status != 200) {
        if (error)
            *error = u"login %1: %2"_s.arg(email, QString::fromUtf8(session.describe()));
        return account;
    }
    account.email = email;
    account.signedInAt = QDateTime::currentDateTimeUtc();
    account.token = session.object().value(u"accessToken"_s).toString();
    account.refreshToken = session.object().value(u"refreshToken"_s).toString();
    const QJsonObject claims = jwtClaims(account.token);
    account.userId = claims.value(u"sub"_s).toString();
    account.sessionId = claims.value(u"sid"_s).toString();
    api->setBearerToken(account.token);
    const HttpTestReply me = api->get(u"/api/v1/auth/me"_s);
    if (me.status != 200 || account.sessionId.isEmpty()) {
        if (error)
            *error = u"me %1: %2"_s.arg(email, QString::fromUtf8(me.describe()));
        return {};
    }
    account.staffKind = me.object().value(u"platformStaff"_s).toString();
    account.consoleAccess = me.object().value(u"consoleAccess"_s).toBool();
    for (const QJsonValue &membership : me.object().value(u"memberships"_s).toArray()) {
        account.roles.insert(membership[u"organizationId"_s].toString(),
                             membership[u"role"_s].toString());
    }
    return account;
}

QString WalkFixture::platformAdmin() const
{
    for (const QString &email : m_accountOrder) {
        if (m_accounts[email].staffKind == u"platform_admin"_s)
            return email;
    }
    return {};
}

HttpTestClient &WalkFixture::client(const QString &email)
{
    auto &client = m_clients[email];
    if (!client) {
        client = std::make_shared<HttpTestClient>(baseUrl());
        client->setBearerToken(m_accounts.value(email).token);
    }
    const auto known = m_accounts.find(email);
    if (known != m_accounts.end() && known->signedInAt.isValid()
        && known->signedInAt.secsTo(QDateTime::currentDateTimeUtc()) > 10 * 60) {
        const HttpTestReply refreshed = anonymous()->post(
            u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, known->refreshToken}});
        if (refreshed.status == 200) {
            known->token = refreshed.object().value(u"accessToken"_s).toString();
            known->refreshToken = refreshed.object().value(u"refreshToken"_s).toString();
            known->signedInAt = QDateTime::currentDateTimeUtc();
            client->setBearerToken(known->token);
        }
    }
    return *client;
}

std::unique_ptr<HttpTestClient> WalkFixture::anonymous() const
{
    return std::make_unique<HttpTestClient>(m_server->baseUrl());
}

const Tenant *WalkFixture::tenant(const QString &organizationId) const
{
    for (const Tenant &t : m_tenants) {
        if (t.organizationId == organizationId)
            return &t;
    }
    return nullptr;
}

const Tenant *WalkFixture::otherTenant(const QString &organizationId) const
{
    for (const Tenant &t : m_tenants) {
        if (t.organizationId != organizationId)
            return &t;
    }
    return nullptr;
}

bool WalkFixture::refreshTenants(QString *error)
{
    QString ignored;
    return discoverTenants(error ? error : &ignored);
}

bool WalkFixture::discoverTenants(QString *error)
{
    HttpTestClient &admin = client(platformAdmin());
    const HttpTestReply organizations = admin.get(u"/api/v1/organizations"_s);
    if (organizations.status != 200) {
        *error = u"organizations: "_s + QString::fromUtf8(organizations.describe());
        return false;
    }
    // Platform staff are nobody's tenant data: their ids and e-mails may appear anywhere.
    QSet<QString> staff;
    for (const Account &account : std::as_const(m_accounts)) {
        if (!account.staffKind.isEmpty())
            staff << account.userId << account.email;
    }
    // The walks pit the demo operators of one tenant against another's data: a tenant without
    // console members (the demo's Harbor Light, seen by platform staff only) has nobody to walk.
    QSet<QString> operated;
    for (const Account &account : std::as_const(m_accounts)) {
        for (auto it = account.roles.cbegin(); it != account.roles.cend(); ++it)
            operated << it.key();
    }
    m_tenants.clear();
    for (const QJsonValue &value : organizations.object().value(u"items"_s).toArray()) {
        if (!operated.contains(value[u"id"_s].toString()))
            continue;
        Tenant t;
        t.organizationId = value[u"id"_s].toString();
        t.name = value[u"name"_s].toString();
        t.ids[u"organizations"_s] << t.organizationId;
        t.objects.insert(t.organizationId, value.toObject());
        collectStrings(value, &t.strings);
        for (const Operation &op : m_catalog->operations()) {
            if (!isTenantList(op) || op.pathParameters.isEmpty())
                continue;
            const HttpTestReply list
                = admin.get(op.fill({{op.pathParameters.first(), t.organizationId}}));
            if (list.status != 200 || !list.object().value(u"items"_s).isArray())
                continue; // not a list, or one that needs a query (e.g. effective permissions)
            for (const QJsonValue &item : list.object().value(u"items"_s).toArray()) {
                QString id = itemId(item.toObject());
                // Layout versions are named by their number in the organization's layout.
                if (id.isEmpty() && op.lastLiteral() == u"versions"_s)
                    id = QString::number(item[u"version"_s].toInteger());
                if (id.isEmpty())
                    continue;
                t.ids[op.lastLiteral()] << id;
                t.objects.insert(id, item.toObject());
                collectStrings(item, &t.strings);
            }
        }
        t.strings -= staff;
        // The API's own words (a status "submitted", a kind) are nobody's data.
        t.strings -= m_catalog->enumWords();
        m_tenants << t;
    }
    if (m_tenants.size() < 2) {
        *error = u"The demo data should have two organizations, found %1."_s.arg(m_tenants.size());
        return false;
    }
    return true;
}

QHash<QString, QString> WalkFixture::idsFor(const Operation &op, const Tenant &tenant) const
{
    QHash<QString, QString> ids;
    for (const QString &parameter : op.pathParameters) {
        const QString id = tenant.firstId(op.kindOf(parameter));
        ids.insert(parameter,
                   id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id);
    }
    return ids;
}

QString WalkFixture::objectPath(const QString &kind, const QString &id) const
{
    for (const Operation &op : m_catalog->operations()) {
        if (op.method == "GET" && op.pathParameters.size() == 1 && op.path.endsWith(u'}')
            && op.kindOf(op.pathParameters.first()) == kind)
            return op.fill({{op.pathParameters.first(), id}});
    }
    return {};
}

QJsonObject WalkFixture::bodyFor(const Operation &op, const Tenant &tenant, const QString &path,
                                 QByteArray *ifMatch)
{
    HttpTestClient &admin = client(platformAdmin());
    ifMatch->clear();
    if (m_catalog->readerOf(op)) {
        const HttpTestReply current = admin.get(path);
        *ifMatch = current.header("ETag");
        if (!ifMatch->isEmpty() && op.hasBody())
            return restrictToSchema(current.object(), op.requestSchema);
    }
    // "id" in a body names an object of the collection the path works on.
    QString kind = u"sections"_s;
    for (const QString &segment : op.path.split(u'/')) {
        if (tenant.ids.contains(segment) && segment != u"organizations"_s)
            kind = segment;
    }
    return synthesizeBody(op.requestSchema, [&](const SchemaField &field) -> QJsonValue {
        if (field.format == u"uuid"_s) {
            const QString wanted
                = field.name() == u"id"_s ? kind : kindOfQueryParameter(field.name());
            if (!tenant.firstId(wanted).isEmpty())
                return tenant.firstId(wanted);
        }
        if (field.name() == u"version"_s && field.type == u"integer"_s) {
            const HttpTestReply current = admin.get(objectPath(kind, tenant.firstId(kind)));
            return current.object().value(u"version"_s);
        }
        return QJsonValue(QJsonValue::Undefined);
    });
}

QString WalkFixture::requiredQuery(HttpTestClient &api, const QString &path, const Tenant &tenant)
{
    QUrlQuery query;
    for (int round = 0; round < 4; ++round) {
        const QString encoded = query.toString(QUrl::FullyEncoded);
        const HttpTestReply reply = api.get(encoded.isEmpty() ? path : path + u'?' + encoded);
        if (reply.status != 400 || reply.errorCode() != u"invalid_query"_s)
            break;
        const QString name = reply.object()[u"error"_s][u"details"_s][u"parameter"_s].toString();
        const QString id = tenant.firstId(kindOfQueryParameter(name));
        if (id.isEmpty() || query.hasQueryItem(name))
            break;
        query.addQueryItem(name, id);
    }
    return query.toString(QUrl::FullyEncoded);
}

QString WalkFixture::fingerprint(const QStringList &organizationIds)
{
    HttpTestClient &admin = client(platformAdmin());
    const auto read = [&](const Operation &op, const QString &organizationId) -> QString {
        QString path = op.pathParameters.isEmpty()
            ? op.path
            : op.fill({{op.pathParameters.first(), organizationId}});
        // Long lists across tenants (the audit trail) are read one item at a time where the
        // route pages: the newest id and the total are enough to see a new row.
        if (m_pagedLists.contains(&op))
            path += u"?limit=1"_s;
        const HttpTestReply reply = admin.get(path);
        if (reply.status != 200 || !reply.object().value(u"items"_s).isArray())
            return {};
        QStringList items;
        for (const QJsonValue &item : reply.object().value(u"items"_s).toArray()) {
            items << itemId(item.toObject()) + u':'
                    + QString::number(item[u"version"_s].toInteger()) + u':'
                    + item[u"updatedAt"_s].toString();
        }
        items.sort();
        return path + u" total=" + QString::number(reply.object().value(u"total"_s).toInteger())
            + u' ' + items.join(u',');
    };
    if (!m_fingerprintListsKnown) {
        for (const Operation &op : m_catalog->operations()) {
            if (!isTenantList(op) || read(op, m_tenants.first().organizationId).isEmpty())
                continue;
            m_fingerprintLists << &op;
            if (op.pathParameters.isEmpty() && admin.get(op.path + u"?limit=1"_s).status == 200)
                m_pagedLists << &op;
        }
        m_fingerprintListsKnown = true;
    }
    QStringList parts;
    for (const Operation *op : std::as_const(m_fingerprintLists)) {
        if (op->pathParameters.isEmpty()) {
            parts << read(*op, {});
            continue;
        }
        for (const QString &organizationId : organizationIds)
            parts << read(*op, organizationId);
    }
    return parts.join(u'\n');
}

QStringList WalkFixture::tables(QString *error)
{
    const auto url = server::DatabaseUrl::parse(m_db->url());
    if (!url) {
        *error = url.error().message;
        return {};
    }
    auto db = server::Database::open(url.value());
    if (!db) {
        *error = db.error().message;
        return {};
    }
    QStringList names = db.value()->connection().tables();
    names.sort();
    return names;
}

QString WalkFixture::craftToken(const Account &account, const QDateTime &issuedAt,
                                std::chrono::seconds lifetime, bool foreignKey) const
{
    auto key = foreignKey
        ? SigningKey::fromBytes(QByteArray("a key that is not the server's, 32+ bytes long"))
        : SigningKey::loadOrCreate(QDir(m_db->dataDir()).filePath(u"signing.key"_s));
    if (!key)
        return {};
    const FixedClock clock(issuedAt);
    const JwtCodec codec(key.value(), clock);
    QJsonObject extra = jwtClaims(account.token);
    for (const QString &reserved : {u"sub"_s, u"sid"_s, u"iat"_s, u"exp"_s, u"nbf"_s, u"jti"_s})
        extra.remove(reserved);
    return codec.issue(account.userId, account.sessionId, lifetime, extra);
}

QString contractProblem(const HttpTestReply &reply)
{
    if (reply.status == 0)
        return u"no HTTP answer (connection dropped?): "_s + reply.errorString;
    if (reply.status >= 500)
        return u"server error"_s;
    if (reply.header("X-Request-Id").isEmpty())
        return u"no X-Request-Id"_s;
    if (reply.status < 400)
        return {};
    if (!reply.header("Content-Type").startsWith("application/json"))
        return u"error without a JSON content type"_s;
    const QJsonObject body = reply.object();
    const QJsonObject error = body.value(u"error"_s).toObject();
    static const QRegularExpression snakeCase(u"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"_s);
    if (body.size() != 1 || error.isEmpty())
        return u"not the documented error shape"_s;
    if (!snakeCase.match(error.value(u"code"_s).toString()).hasMatch())
        return u"error.code is not a snake_case code"_s;
    if (error.value(u"message"_s).toString().trimmed().size() < 8)
        return u"error.message is not a human sentence"_s;
    if (!error.value(u"details"_s).isObject())
        return u"error.details is not an object"_s;
    // The bearer-token failures (the README's promise; a wrong password at login is no
    // challenge to present a token).
    static const QStringList tokenCodes {u"unauthenticated"_s, u"invalid_token"_s,
                                         u"token_expired"_s, u"session_revoked"_s};
    if (reply.status == 401 && tokenCodes.contains(reply.errorCode())
        && !reply.header("WWW-Authenticate").startsWith("Bearer"))
        return u"401 without WWW-Authenticate: Bearer"_s;
    if (reply.status == 429 && reply.header("Retry-After").isEmpty())
        return u"429 without Retry-After"_s;
    return {};
}

QString expectError(const HttpTestReply &reply, int status, const QStringList &codes)
{
    if (reply.status == status && (codes.isEmpty() || codes.contains(reply.errorCode())))
        return {};
    return u"expected %1 %2, got %3"_s.arg(status).arg(codes.join(u'|'),
                                                       QString::fromUtf8(reply.describe()));
}

QStringList leakedStrings(const HttpTestReply &reply, const Tenant &other, const Tenant &own,
                          const QString &request)
{
    static const QRegularExpression timeLike(u"^\\d{4}-\\d{2}-\\d{2}"_s);
    QStringList out;
    for (const QString &s : other.strings) {
        if (s.size() < 6 || own.strings.contains(s) || request.contains(s)
            || timeLike.match(s).hasMatch())
            continue;
        if (reply.body.contains(s.toUtf8()))
            out << s;
    }
    return out;
}

QJsonObject jwtClaims(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
}

QList<QPair<QByteArray, QByteArray>> jsonHeaders(const QByteArray &ifMatch)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return headers;
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it and cut the wrapping off again.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray describe(const QByteArray &method, const QString &path, const HttpTestReply &reply)
{
    return method + ' ' + path.left(300).toUtf8() + " -> " + reply.describe();
}

} // namespace wedsync::test
