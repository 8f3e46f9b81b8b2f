// The server's epoll event dispatcher keeps Qt's promises: timers, socket notifiers, posted
// events, wake-ups from other threads, nested loops and real TCP sockets, with the dispatcher
// installed for this test's main thread as wedsync-server installs it.

#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace wedsync::server;

namespace {

// Two connected Unix sockets, closed at the end of the test.
struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds); }
    ~SocketPair()
    {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    void writeByte() const { QCOMPARE(::write(fds[1], "x", 1), ssize_t(1)); }
    void readByte() const
    {
        char byte = 0;
        QCOMPARE(::read(fds[0], &byte, 1), ssize_t(1));
    }
};

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheThreadsDispatcher()
    {
        QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
    }

    void singleShotTimersFireOnceInDeadlineOrder()
    {
        QStringList fired;
        QTimer::singleShot(120, this, [&] { fired << QStringLiteral("late"); });
        QTimer::singleShot(10, this, [&] { fired << QStringLiteral("early"); });
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(fired, (QStringList {QStringLiteral("early"), QStringLiteral("late")}));
    }

    void repeatingTimerRepeatsUntilStopped()
    {
        QTimer timer;
        timer.setInterval(5);
        int ticks = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 5)
                timer.stop();
        });
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!timer.isActive(), 5000);
        QTest::qWait(50);
        QCOMPARE(ticks, 5);
    }

    void remainingTimeAndRegisteredTimers()
    {
        QTimer timer;
        timer.start(10'000);
        const int left = timer.remainingTime();
        QVERIFY2(left > 0 && left <= 10'000, qPrintable(QString::number(left)));
        const auto timers = QAbstractEventDispatcher::instance()->registeredTimers(&timer);
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers.first().interval, 10'000);
        timer.stop();
        QVERIFY(QAbstractEventDispatcher::instance()->registeredTimers(&timer).isEmpty());
    }

    // A zero-interval timer runs every turn, yet sockets and posted events still get theirs.
    void zeroTimerDoesNotStarveSocketsOrPosts()
    {
        QTimer busy;
        busy.setInterval(0);
        int turns = 0;
        connect(&busy, &QTimer::timeout, this, [&] { ++turns; });
        busy.start();

        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        bool readable = false;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            pair.readByte();
            readable = true;
        });
        bool posted = false;
        QMetaObject::invokeMethod(
            this, [&] { posted = true; }, Qt::QueuedConnection);
        pair.writeByte();
        QTRY_VERIFY_WITH_TIMEOUT(readable && posted, 5000);
        QVERIFY(turns > 0);
    }

    // Two timers due in the same turn: the first stops the second, which then never fires.
    void timerStoppedByAnEarlierOneInTheSameTurnDoesNotFire()
    {
        QTimer second;
        second.setSingleShot(true);
        bool secondFired = false;
        connect(&second, &QTimer::timeout, this, [&] { secondFired = true; });
        QTimer first;
        first.setSingleShot(true);
        bool firstFired = false;
        connect(&first, &QTimer::timeout, this, [&] {
            firstFired = true;
            second.stop();
        });
        first.start(20);
        second.start(20);
        QTest::qSleep(40); // both are due when the loop next looks
        QTRY_VERIFY_WITH_TIMEOUT(firstFired, 5000);
        QTest::qWait(50);
        QVERIFY(!secondFired);
    }

    // Level-triggered, as Qt's: a notifier fires again while its socket stays readable.
    void readNotifierFiresWhileDataWaits()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        int activations = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            if (++activations == 3)
                pair.readByte(); // only now is it no longer readable
        });
        pair.writeByte();
        QTRY_COMPARE_WITH_TIMEOUT(activations, 3, 5000);
        QTest::qWait(50);
        QCOMPARE(activations, 3);

        notifier.setEnabled(false);
        pair.writeByte();
        QTest::qWait(50);
        QCOMPARE(activations, 3);
        notifier.setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(activations > 3, 5000);
    }

    // Two sockets ready in one turn; the first one's handler deletes the other's notifier.
    void notifierDeletedByAnEarlierOneInTheSameTurnDoesNotFire()
    {
        SocketPair a;
        SocketPair b;
        auto *notifierA = new QSocketNotifier(a.fds[0], QSocketNotifier::Read, this);
        auto *notifierB = new QSocketNotifier(b.fds[0], QSocketNotifier::Read, this);
        QPointer<QSocketNotifier> guardA(notifierA);
        QPointer<QSocketNotifier> guardB(notifierB);
        int fired = 0;
        // Each reads its own byte (or it would fire again next turn) and deletes the other.
        connect(notifierA, &QSocketNotifier::activated, this, [&] {
            ++fired;
            a.readByte();
            delete guardB.data();
        });
        connect(notifierB, &QSocketNotifier::activated, this, [&] {
            ++fired;
            b.readByte();
            delete guardA.data();
        });
        a.writeByte();
        b.writeByte();
        QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 5000);
        QTest::qWait(50);
        QCOMPARE(fired, 1);
        delete guardA.data();
        delete guardB.data();
    }

    // A descriptor epoll cannot watch (a regular file) is always ready, as poll() says.
    void regularFileIsAlwaysReadable()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
        int activations = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            if (++activations == 2)
                notifier.setEnabled(false);
        });
        QTRY_COMPARE_WITH_TIMEOUT(activations, 2, 5000);
        // And the loop still sleeps afterwards: a timer far off is not fired early.
        bool fired = false;
        QTimer::singleShot(100, this, [&] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
    }

    void postFromAnotherThreadWakesTheLoop()
    {
        bool called = false;
        std::thread poster([&] {
            QMetaObject::invokeMethod(
                this, [&] { called = true; }, Qt::QueuedConnection);
        });
        poster.join();
        // No timer is due: only the wake-up can end the wait.
        QEventLoop loop;
        QMetaObject::invokeMethod(
            this, [&] { loop.quit(); }, Qt::QueuedConnection);
        loop.exec();
        QVERIFY(called);
    }

    void nestedLoopExitsWithItsCode()
    {
        QEventLoop outer;
        int innerCode = -1;
        QTimer::singleShot(0, this, [&] {
            QEventLoop inner;
            QTimer::singleShot(5, &inner, [&] { inner.exit(7); });
            innerCode = inner.exec();
            outer.exit(3);
        });
        QCOMPARE(outer.exec(), 3);
        QCOMPARE(innerCode, 7);
    }

    void deleteLaterIsCarriedOut()
    {
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(doomed.isNull(), 5000);
    }

    // Qt's own sockets on it: connect, a large write (write notifiers) and its echo.
    void tcpEchoRoundTrip()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket *accepted = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            accepted = server.nextPendingConnection();
            connect(accepted, &QTcpSocket::readyRead, accepted,
                    [accepted] { accepted->write(accepted->readAll()); });
        });
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
        const QByteArray payload(8 * 1024 * 1024, 'w');
        client.write(payload);
        QByteArray echoed;
        connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), 20000);
        QCOMPARE(echoed, payload);
        client.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(accepted->state(), QAbstractSocket::UnconnectedState, 5000);
    }
};

int main(int argc, char *argv[])
{
    // As wedsync-server's main() does: before the application object, which keeps it.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
