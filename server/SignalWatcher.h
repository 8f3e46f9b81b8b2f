#pragma once
// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe), for clean shutdown.

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace wedsync::server {

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers; only one watcher may exist at a time.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wedsync::server
