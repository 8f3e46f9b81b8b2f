#pragma once
// A QTcpServer that puts a RequestSizeGuard on every connection before the HTTP server sees it.

#include <QTcpServer>

namespace wedsync::server {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBodyBytes;
};

} // namespace wedsync::server
