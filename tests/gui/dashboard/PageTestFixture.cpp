#include "PageTestFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync::test {

PageTestFixture::PageTestFixture()
    : m_api(std::make_unique<ApiClient>(&m_nam))
    , m_realtime(std::make_unique<RealtimeClient>())
    , m_cache(std::make_unique<LocalCache>(u"page-test-"_s
                                           + QUuid::createUuid().toString(QUuid::WithoutBraces)))
{ }

PageTestFixture::~PageTestFixture()
{
    m_realtime->close();
    m_server.stop();
}

bool PageTestFixture::wait(ApiReply *reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
}

std::unique_ptr<ApiClient> PageTestFixture::signedIn(const QString &email, QString *error)
{
    auto client = std::make_unique<ApiClient>(&m_nam);
    client->setBaseUrl(m_server.baseUrl());
    ApiReply *reply = client->login(email, DemoPassword);
    if (!wait(reply) || !reply->ok()) {
        *error = u"login as "_s + email + u" failed: "_s + reply->error().userMessage();
        return {};
    }
    client->setAccessToken(reply->object().value(u"accessToken"_s).toString());
    reply->deleteLater();
    return client;
}

bool PageTestFixture::start(const QString &email, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    if (!m_server.start({u"--data-dir"_s, m_dir.filePath(u"server"_s), u"--demo"_s})) {
        *error = m_server.errorString();
        return false;
    }
    m_api->setBaseUrl(m_server.baseUrl());
    ApiReply *reply = m_api->login(email, DemoPassword);
    if (!wait(reply) || !reply->ok()) {
        *error = u"login failed: "_s + reply->error().userMessage();
        return false;
    }
    const QString token = reply->object().value(u"accessToken"_s).toString();
    reply->deleteLater();
    m_api->setAccessToken(token);
    if (auto opened = m_cache->open(m_dir.filePath(u"cache.sqlite"_s)); !opened) {
        *error = opened.error().message;
        return false;
    }
    m_realtime->setServer(m_server.baseUrl());
    m_realtime->setAccessToken(token);
    m_realtime->open();
    return true;
}

QString PageTestFixture::organizationId(const QString &name)
{
    ApiReply *reply = m_api->organizations();
    if (!wait(reply) || !reply->ok())
        return {};
    const QJsonValue json = reply->json();
    const QJsonArray items
        = json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
    reply->deleteLater();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"name"_s).toString() == name)
            return item.toObject().value(u"id"_s).toString();
    }
    return {};
}

QString PageTestFixture::retitleSection(ApiClient &client, const QString &organizationId,
                                        QString *sectionId)
{
    ApiReply *list = client.sections(organizationId);
    if (!wait(list) || !list->ok())
        return {};
    const QJsonValue json = list->json();
    const QJsonArray items
        = json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
    list->deleteLater();
    if (items.isEmpty())
        return {};
    const QJsonObject section = items.first().toObject();
    const QString id = section.value(u"id"_s).toString();
    const qint64 version = section.value(u"version"_s).toInteger();
    const QString title = u"Timeline, edit %1"_s.arg(++m_edits);
    ApiReply *patch = client.patchSection(
        id, QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, title}}}}, version);
    if (!wait(patch) || !patch->ok()) {
        qWarning() << "PATCH failed:" << patch->status() << patch->body();
        return {};
    }
    patch->deleteLater();
    if (sectionId)
        *sectionId = id;
    return title;
}

} // namespace wedsync::test
