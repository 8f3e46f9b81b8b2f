#pragma once
// A QTcpServer that puts a ConnectionGuard on every connection before the HTTP server sees it,
// and refuses a connection (429 too_many_connections) from an address that already holds
// ConnectionLimits::maxConnectionsPerAddress.

#include "http/ConnectionLimits.h"

#include <QTcpServer>

#include <memory>

namespace wedsync::server {

class ConnectionTally;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    std::shared_ptr<ConnectionTally> m_tally;
};

} // namespace wedsync::server
