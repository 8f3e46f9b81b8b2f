#include "common/Mailbox.h"

namespace wedsync::server {

Mailbox::Mailbox(QObject *parent)
    : QObject(parent)
{ }

Mailbox::~Mailbox() = default;

void Mailbox::post(std::function<void()> call)
{
    {
        const std::lock_guard lock(m_mutex);
        m_calls.push_back(std::move(call));
    }
    // By name: nothing made here is read on the other thread but through the mutex.
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void Mailbox::deliver()
{
    std::function<void()> call;
    {
        const std::lock_guard lock(m_mutex);
        if (m_calls.empty())
            return;
        call = std::move(m_calls.front());
        m_calls.pop_front();
    }
    call();
}

} // namespace wedsync::server
