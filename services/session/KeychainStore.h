#pragma once
// Secrets (the remembered refresh token) in the system keychain, one entry per server+account;
// asynchronous, never a nested event loop, never a plain-file fallback. Operations on one key
// run one after the other, in the order asked, so the last write wins.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace wedsync {

class KeychainStore : public QObject
{
    Q_OBJECT
public:
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);
    ~KeychainStore() override;

    QString service() const { return m_service; }

    void write(const QString &key, const QByteArray &secret);
    void read(const QString &key);
    void remove(const QString &key);

    // One entry per server+account: "<e-mail> on <server URL>".
    static QString keyFor(const QUrl &server, const QString &email);

Q_SIGNALS:
    void written(const QString &key);
    void readFinished(const QString &key, const QByteArray &secret); // empty: no entry
    void removed(const QString &key);
    // `message`: what failed and what to do, in words; `detail`: the keychain's own text.
    void failed(const QString &key, const QString &message, const QString &detail);

private:
    enum class Operation { Write, Read, Remove };
    struct Queued
    {
        QKeychain::Job *job;
        Operation operation;
    };
    void enqueue(QKeychain::Job *job, Operation operation, const QString &key);
    void onFinished(QKeychain::Job *job, Operation operation, const QString &key);
    QString failureMessage(Operation operation, int error, const QString &detail) const;

    QString m_service;
    QHash<QString, QList<Queued>> m_queues; // per key; the first one is running
};

} // namespace wedsync
