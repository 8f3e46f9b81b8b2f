#include "IntegrationCredentials.h"

#include "SecretBox.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error unavailable()
{
    return Error {u"credentials_unavailable"_s,
                  u"This server cannot encrypt credentials (its processor has no AES-GCM); "
                  "run it on a machine with AES-NI to connect a CRM with a key or password."_s,
                  {}};
}

} // namespace

IntegrationCredentials::IntegrationCredentials(const SecretBox *box)
    : m_box(box)
{ }

QByteArray IntegrationCredentials::associatedData(const QString &integrationId)
{
    return "integration:" + integrationId.toUtf8() + ":credentials";
}

Result<QByteArray> IntegrationCredentials::seal(const QString &integrationId,
                                                const QJsonObject &credentials) const
{
    if (!m_box)
        return unavailable();
    return m_box->seal(QJsonDocument(credentials).toJson(QJsonDocument::Compact),
                       associatedData(integrationId));
}

Result<QJsonObject> IntegrationCredentials::open(const QString &integrationId,
                                                 const QByteArray &sealed) const
{
    if (!m_box)
        return unavailable();
    auto plain = m_box->open(sealed, associatedData(integrationId));
    if (!plain)
        return Error {u"credentials_unreadable"_s,
                      u"The stored credentials of this integration cannot be opened (the key "
                      "file changed or the row was altered); enter them again."_s,
                      {}};
    const QJsonDocument document = QJsonDocument::fromJson(plain.value());
    if (!document.isObject())
        return Error {u"credentials_unreadable"_s,
                      u"The stored credentials of this integration are damaged; enter them "
                      "again."_s,
                      {}};
    return document.object();
}

namespace {
QByteArray verifierData(const QString &sessionId)
{
    return "oauth_session:" + sessionId.toUtf8() + ":verifier";
}
} // namespace

Result<QByteArray> IntegrationCredentials::sealVerifier(const QString &sessionId,
                                                        const QByteArray &verifier) const
{
    if (!m_box)
        return unavailable();
    return m_box->seal(verifier, verifierData(sessionId));
}

Result<QByteArray> IntegrationCredentials::openVerifier(const QString &sessionId,
                                                        const QByteArray &sealed) const
{
    if (!m_box)
        return unavailable();
    auto plain = m_box->open(sealed, verifierData(sessionId));
    if (!plain)
        return Error {u"credentials_unreadable"_s,
                      u"This sign-in cannot be finished with this server's secret key; start the "
                      "connection again."_s,
                      {}};
    return plain.value();
}

} // namespace wedsync::server
