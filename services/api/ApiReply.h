#pragma once
// One REST call in flight and then its outcome: retries, timeout and cancellation included.

#include "api/ApiError.h"
#include "api/RestRequest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace wedsync {

class ApiClient;

class ApiReply : public QObject // the caller deleteLater()s it
{
    Q_OBJECT
public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_ok; }
    int status() const { return m_status; }
    int attempts() const { return m_attempts; }
    QJsonValue json() const { return m_json; }
    QJsonObject object() const { return m_json.toObject(); }
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray &name) const; // case-insensitive
    const ApiError &error() const { return m_error; }
    const RestRequest &request() const { return m_request; }

    void abort(); // finishes with Kind::Cancelled

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, RestRequest request, const QString &accessToken);

    void startAttempt();
    void onNetworkFinished();
    void onTimeout();
    void finishWithError(ApiError error);
    void finishOk();
    void finish();
    void releaseNetworkReply();

    ApiClient *m_client;
    RestRequest m_request;
    QString m_accessToken; // as of send(); a newer one from the client wins on a retry
    QPointer<QNetworkReply> m_network;
    QTimer m_timeout;
    QTimer m_retryTimer;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_ok = false;
    int m_status = 0;
    int m_attempts = 0;
    QByteArray m_body;
    QJsonValue m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
};

} // namespace wedsync
