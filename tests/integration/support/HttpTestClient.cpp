#include "HttpTestClient.h"

#include <QBuffer>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace wedsync::test {

QByteArray HttpTestReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpTestReply::errorCode() const
{
    return json.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray HttpTestReply::describe() const
{
    if (status == 0)
        return "no HTTP answer: " + errorString.toUtf8();
    return QByteArray::number(status) + ' ' + body.left(600);
}

HttpTestClient::HttpTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{ }

HttpTestReply HttpTestClient::get(const QString &path)
{
    return send("GET", path);
}

HttpTestReply HttpTestClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

HttpTestReply HttpTestClient::send(const QByteArray &method, const QString &path,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(DefaultTimeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QBuffer *buffer = nullptr;
    if (!body.isEmpty()) {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
    }
    // QNetworkAccessManager expects no body only for a HEAD it knows as such.
    QNetworkReply *reply = method == "HEAD" ? m_network.head(request)
                                            : m_network.sendCustomRequest(request, method, buffer);
    if (buffer)
        buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(DefaultTimeoutMs + 1000);

    HttpTestReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->readAll();
    out.networkError = reply->error();
    out.errorString = reply->errorString();
    if (!out.body.isEmpty())
        out.json = QJsonDocument::fromJson(out.body);
    delete reply;
    return out;
}

} // namespace wedsync::test
