#pragma once
// Open connections per client address, so that one address cannot take every descriptor.

#include <QHash>
#include <QHostAddress>

namespace wedsync::server {

class ConnectionTally
{
public:
    // Counts a new connection from `address` unless it already holds `max`.
    bool tryAdd(const QHostAddress &address, int max)
    {
        int &open = m_open[address];
        if (open >= max) {
            if (open == 0)
                m_open.remove(address);
            return false;
        }
        ++open;
        return true;
    }
    void release(const QHostAddress &address)
    {
        const auto it = m_open.find(address);
        if (it != m_open.end() && --it.value() <= 0)
            m_open.erase(it);
    }
    int open(const QHostAddress &address) const { return m_open.value(address); }

private:
    QHash<QHostAddress, int> m_open;
};

} // namespace wedsync::server
