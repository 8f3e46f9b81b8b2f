#include "session/KeychainStore.h"

#include "ServicesLogging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// libsecret reports a missing Secret Service in several wordings depending on how the bus
// failed; all of them mean "there is no keychain to talk to".
bool soundsLikeNoService(const QString &detail)
{
    static const QStringList hints {u"org.freedesktop.secrets"_s,
                                    u"D-Bus"_s,
                                    u"DBus"_s,
                                    u"dbus"_s,
                                    u"session bus"_s,
                                    u"Secret Service"_s,
                                    u"secret service"_s,
                                    u"Could not connect"_s,
                                    u"No such file"_s};
    for (const QString &hint : hints) {
        if (detail.contains(hint))
            return true;
    }
    return false;
}

} // namespace

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

KeychainStore::~KeychainStore()
{
    // A running job is left to finish and delete itself (libsecret still holds it); the ones
    // that never started can go now.
    for (const QList<Queued> &queue : std::as_const(m_queues)) {
        for (qsizetype i = 1; i < queue.size(); ++i)
            delete queue.at(i).job;
    }
}

QString KeychainStore::keyFor(const QUrl &server, const QString &email)
{
    QUrl normalized
        = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::RemoveQuery
                          | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (normalized.path() == u"/"_s)
        normalized.setPath(QString());
    return email.trimmed().toCaseFolded() + u" on "_s
        + normalized.toString(QUrl::FullyEncoded).toLower();
}

void KeychainStore::write(const QString &key, const QByteArray &secret)
{
    // Jobs delete themselves when done and are not our children: libsecret finishes them
    // through a callback that must still find them even if this store is gone by then.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    enqueue(job, Operation::Write, key);
}

void KeychainStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    enqueue(job, Operation::Read, key);
}

void KeychainStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    enqueue(job, Operation::Remove, key);
}

void KeychainStore::enqueue(QKeychain::Job *job, Operation operation, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a refresh token never lands in a plain file
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key](QKeychain::Job *done) { onFinished(done, operation, key); });
    QList<Queued> &queue = m_queues[key];
    queue.append({job, operation});
    if (queue.size() == 1)
        job->start();
}

void KeychainStore::onFinished(QKeychain::Job *job, Operation operation, const QString &key)
{
    // Next in line first, so that whatever our signals set off queues behind it.
    if (auto it = m_queues.find(key); it != m_queues.end()) {
        it->removeFirst();
        if (it->isEmpty())
            m_queues.erase(it);
        else
            it->first().job->start();
    }
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        switch (operation) {
        case Operation::Write:
            Q_EMIT written(key);
            return;
        case Operation::Read: {
            auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job);
            Q_EMIT readFinished(key, readJob ? readJob->binaryData() : QByteArray());
            return;
        }
        case Operation::Remove:
            Q_EMIT removed(key);
            return;
        }
    }
    if (error == QKeychain::EntryNotFound) {
        if (operation == Operation::Read) {
            Q_EMIT readFinished(key, {});
            return;
        }
        if (operation == Operation::Remove) {
            Q_EMIT removed(key);
            return;
        }
    }
    // The key names the account, never the secret; the secret is never logged.
    qCWarning(lcSession) << "keychain" << int(operation) << "failed for" << key << ":" << int(error)
                         << job->errorString();
    Q_EMIT failed(key, failureMessage(operation, int(error), job->errorString()),
                  tr("Keychain error %1: %2").arg(int(error)).arg(job->errorString()));
}

QString KeychainStore::failureMessage(Operation operation, int error, const QString &detail) const
{
    // What happened in words, then what it means and what to do; the library's own text (a
    // D-Bus path, an error name) goes to the details.
    QString cause;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        cause = tr("No system keychain (such as GNOME Keyring or KDE Wallet) is running.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        cause = tr("The system keychain refused access; it may be locked.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        cause = tr("The system keychain could not delete the entry.");
        break;
    default:
        cause = soundsLikeNoService(detail)
            ? tr("No system keychain (such as GNOME Keyring or KDE Wallet) is running.")
            : tr("The system keychain reported an error.");
        break;
    }
    QString consequence;
    switch (operation) {
    case Operation::Write:
        consequence = tr("Your sign-in is not remembered on this computer: sign in with your "
                         "password next time, or unlock the keychain and tick \"Remember me\" "
                         "again.");
        break;
    case Operation::Read:
        consequence = tr("The remembered sign-in cannot be used: sign in with your password.");
        break;
    case Operation::Remove:
        consequence = tr("The remembered sign-in could not be forgotten: remove the entry "
                         "\"%1\" in your keychain manager.")
                          .arg(m_service);
        break;
    }
    return cause + u' ' + consequence;
}

} // namespace wedsync
