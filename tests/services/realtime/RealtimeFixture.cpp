#include "RealtimeFixture.h"

#include "auth/JwtCodec.h"
#include "auth/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace wedsync::test {

using server::JwtCodec;
using server::SigningKey;

SignIn signIn(const QUrl &baseUrl, const QString &email)
{
    HttpTestClient api(baseUrl);
    const HttpTestReply login
        = api.post(u"/api/v1/auth/login"_s,
                   QJsonObject {{u"email"_s, email}, {u"password"_s, u"demo-password"_s}});
    if (login.status != 200) {
        qWarning("login %s: %s", qPrintable(email), login.describe().constData());
        return {};
    }
    SignIn who;
    who.accessToken = login.object().value(u"accessToken"_s).toString();
    who.userId = login.object().value(u"user"_s)[u"id"_s].toString();
    // The session id is the token's `sid`; reading it needs no key.
    const QByteArray claims = who.accessToken.section(u'.', 1, 1).toLatin1();
    who.sessionId
        = QJsonDocument::fromJson(QByteArray::fromBase64(claims, QByteArray::Base64UrlEncoding))
              .object()
              .value(u"sid"_s)
              .toString();
    api.setBearerToken(who.accessToken);
    const HttpTestReply me = api.get(u"/api/v1/auth/me"_s);
    who.organizationId
        = me.object().value(u"memberships"_s).toArray().at(0)[u"organizationId"_s].toString();
    return who;
}

QString mintToken(const QString &dataDir, const SignIn &who, std::chrono::seconds lifetime)
{
    static const SystemClock clock;
    auto key = SigningKey::loadOrCreate(dataDir + u"/signing.key"_s);
    if (!key) {
        qWarning("signing key: %s", qPrintable(key.error().message));
        return {};
    }
    const JwtCodec codec(std::move(key).value(), clock);
    return codec.issue(who.userId, who.sessionId, lifetime);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

RealtimeTimers fastTimers()
{
    RealtimeTimers timers;
    timers.heartbeatMs = 300;
    // Generous: a loaded machine can keep the (ASan-built) server from answering a heartbeat
    // for a second or more, and a false "dead server" reconnects and rejoins every channel.
    timers.heartbeatTimeoutMs = 3000;
    timers.reconnectMinMs = 100;
    timers.reconnectMaxMs = 800;
    timers.jitter = 0.2;
    timers.joinTimeoutMs = 3000;
    return timers;
}

QString organizationFilter(const QString &organizationId)
{
    return u"organization_id=eq."_s + organizationId;
}

SectionWriter::SectionWriter(const QUrl &baseUrl, const QString &accessToken,
                             const QString &organizationId)
    : m_baseUrl(baseUrl)
    , m_token(accessToken)
{
    HttpTestClient api(m_baseUrl);
    api.setBearerToken(m_token);
    const HttpTestReply list
        = api.get(u"/api/v1/organizations/"_s + organizationId + u"/sections?scope=organization"_s);
    const QJsonObject section = list.object().value(u"items"_s).toArray().at(0).toObject();
    if (section.isEmpty())
        qWarning("no section to edit: %s", list.describe().constData());
    m_sectionId = section.value(u"id"_s).toString();
    m_version = section.value(u"version"_s).toInt();
}

void SectionWriter::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

bool SectionWriter::write(const QString &subtitle)
{
    HttpTestClient api(m_baseUrl);
    api.setBearerToken(m_token);
    const QJsonObject body {{u"customization"_s, QJsonObject {{u"subtitle"_s, subtitle}}}};
    const HttpTestReply patched
        = api.send("PATCH", u"/api/v1/sections/"_s + m_sectionId,
                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                   {{"If-Match", QByteArray("\"" + QByteArray::number(m_version) + "\"")},
                    {"Content-Type", "application/json"}});
    if (patched.status != 200) {
        qWarning("PATCH: %s", patched.describe().constData());
        return false;
    }
    m_version = patched.object().value(u"version"_s).toInt();
    return true;
}

} // namespace wedsync::test
