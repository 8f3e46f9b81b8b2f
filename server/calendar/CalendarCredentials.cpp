#include "calendar/CalendarCredentials.h"

#include "auth/SecretBox.h"
#include "storage/CalendarAccountRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server::calendarcredentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::CalendarSyncWorker", text);
}

Error unavailable()
{
    return Error {u"credentials_unavailable"_s,
                  tr("This server cannot keep or open stored passwords and sign-ins (no AES-GCM "
                     "on its CPU)."),
                  {}};
}

} // namespace

QByteArray associatedData(const QString &accountId)
{
    return "calendar_account:" + accountId.toUtf8() + ":credentials";
}

Status store(Database &db, const Clock &clock, const SecretBox *box, const QString &accountId,
             const QJsonObject &credentials)
{
    if (!box)
        return unavailable();
    const QByteArray plain = QJsonDocument(credentials).toJson(QJsonDocument::Compact);
    return CalendarAccountRepository(db, clock).storeCredentials(
        accountId, box->seal(plain, associatedData(accountId)));
}

Result<QJsonObject> load(Database &db, const Clock &clock, const SecretBox *box,
                         const QString &accountId)
{
    auto sealed = CalendarAccountRepository(db, clock).credentials(accountId);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return QJsonObject();
    if (!box)
        return unavailable();
    auto opened = box->open(sealed.value(), associatedData(accountId));
    if (!opened)
        return Error {u"credentials_unreadable"_s,
                      tr("The stored password or sign-in could not be read: enter it again, or "
                         "link the account again."),
                      {}};
    return QJsonDocument::fromJson(opened.value()).object();
}

} // namespace wedsync::server::calendarcredentials
