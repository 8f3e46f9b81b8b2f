#pragma once
// A small HTTP client for tests: sends a request to the server under test and waits for the
// whole answer (status, headers, body parsed as JSON when it is JSON).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace wedsync::test {

struct HttpTestReply
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonDocument json;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonObject object() const { return json.object(); }
    // error.code of an error body, empty otherwise.
    QString errorCode() const;
    // For QVERIFY2 messages: "404 {...body...}".
    QByteArray describe() const;
};

class HttpTestClient
{
public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit HttpTestClient(const QUrl &baseUrl);

    void setBearerToken(const QString &token) { m_token = token; }
    const QString &bearerToken() const { return m_token; }

    HttpTestReply get(const QString &path);
    HttpTestReply post(const QString &path, const QJsonObject &body);
    HttpTestReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace wedsync::test
