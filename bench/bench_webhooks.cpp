// Webhook deliveries per second from the real wedsync-server to a local receiver (a QTcpServer
// on its own thread in this process), on SQLite and, with --postgresql, PostgreSQL: N test
// deliveries are queued through the API as fast as it answers, and the receiver counts them
// in. Prints the queueing rate, the delivery rate from the first request to the last arrival,
// and the median and 99th percentile of the attempts' latencies the server logged.
#include "HttpLoad.h"
#include "ServerUnderTest.h"
#include "WebhookReceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace wedsync::bench;

namespace {

const QString Evergreen = u"f7401abd-18de-51e1-a356-164fc5e4f1c2"_s; // DemoData::evergreenId()

// The receiver on a thread of its own: the main thread sends with blocking calls.
class ReceiverThread : public QThread
{
public:
    std::atomic<int> received {0};
    std::atomic<quint16> port {0};

protected:
    void run() override
    {
        wedsync::test::WebhookReceiver receiver;
        if (!receiver.listen())
            return;
        QObject::connect(&receiver, &wedsync::test::WebhookReceiver::received, &receiver,
                         [this] { received.fetch_add(1); });
        port = quint16(receiver.url().port());
        exec();
    }
};

struct Row
{
    QString backend;
    int deliveries = 0;
    double queuedPerSec = 0;
    double deliveredPerSec = 0;
    int p50Ms = 0;
    int p99Ms = 0;
    QString load;
};

Row benchBackend(const QString &server, const QString &backend, const QUrl &cluster, int count,
                 quint16 receiverPort, ReceiverThread &receiver)
{
    ServerUnderTest sut(server, backend, cluster, {u"--allow-private-webhooks"_s});
    const QByteArray token = sut.signIn(u"admin@evergreen.demo"_s);
    HttpConnection http(sut.host(), sut.port(), token);
    if (!http.connectNow())
        die(u"cannot connect to the server"_s);
    const QByteArray base = "/api/v1/organizations/" + Evergreen.toLatin1() + "/webhooks";
    const QJsonObject body {{u"url"_s, u"http://127.0.0.1:%1/hooks"_s.arg(receiverPort)},
                            {u"eventTypes"_s, QJsonArray {u"section.deleted"_s}}};
    const HttpAnswer created
        = http.exchange("POST", base, QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{"Content-Type", "application/json"}});
    const QByteArray id
        = QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString().toLatin1();
    if (created.status != 201 || id.isEmpty())
        die(u"creating the endpoint failed: %1 %2"_s.arg(created.status)
                .arg(QString::fromUtf8(created.body)));

    const int before = receiver.received.load();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const HttpAnswer queued = http.exchange("POST", base + '/' + id + "/test");
        if (queued.status != 202)
            die(u"queueing failed: %1"_s.arg(queued.status));
    }
    const qint64 queuedMs = qMax<qint64>(1, clock.elapsed());
    while (receiver.received.load() - before < count) {
        if (clock.elapsed() > 300000)
            die(u"only %1 of %2 deliveries arrived in 5 minutes"_s
                    .arg(receiver.received.load() - before)
                    .arg(count));
        QThread::msleep(5);
    }
    const qint64 deliveredMs = qMax<qint64>(1, clock.elapsed());

    QList<int> latencies;
    QByteArray cursor;
    while (latencies.size() < count) {
        const HttpAnswer page = http.exchange(
            "GET",
            base + '/' + id + "/deliveries?limit=200"
                + (cursor.isEmpty() ? QByteArray() : QByteArray("&cursor=") + cursor));
        const QJsonObject json = QJsonDocument::fromJson(page.body).object();
        for (const QJsonValue &d : json.value(u"items"_s).toArray())
            latencies << d[u"latencyMs"_s].toInt();
        if (json.value(u"nextCursor"_s).isNull())
            break;
        cursor = QUrl::toPercentEncoding(json.value(u"nextCursor"_s).toString());
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.isEmpty() ? 0 : latencies[qsizetype(q * double(latencies.size() - 1))];
    };
    return Row {backend,
                count,
                count * 1000.0 / double(queuedMs),
                count * 1000.0 / double(deliveredMs),
                at(0.5),
                at(0.99),
                loadAverage()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Webhook deliveries per second of wedsync-server."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"deliveries"_s, u"Deliveries per backend."_s, u"n"_s,
                                         u"500"_s);
    const QCommandLineOption pgOption(u"postgresql"_s, u"PostgreSQL cluster URL (also bench it)."_s,
                                      u"url"_s);
    const QCommandLineOption serverOption(u"server"_s, u"wedsync-server executable."_s, u"path"_s,
                                          QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    parser.addOptions({countOption, pgOption, serverOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    if (count < 1)
        die(u"bad --deliveries"_s);

    ReceiverThread receiver;
    receiver.start();
    while (receiver.port.load() == 0 && receiver.isRunning())
        QThread::msleep(5);
    if (receiver.port.load() == 0)
        die(u"the receiver could not listen"_s);

    out() << "load average before: " << loadAverage() << "; " << QThread::idealThreadCount()
          << " CPUs shared with the server\n";
    out().flush();
    QList<Row> rows {benchBackend(parser.value(serverOption), u"sqlite"_s, {}, count,
                                  receiver.port.load(), receiver)};
    if (parser.isSet(pgOption))
        rows << benchBackend(parser.value(serverOption), u"postgresql"_s,
                             QUrl(parser.value(pgOption)), count, receiver.port.load(), receiver);
    receiver.quit();
    receiver.wait();

    out() << "\n| database | deliveries | queued/s (API) | delivered/s | latency p50 ms | p99 ms "
             "| load average after |\n|---|---:|---:|---:|---:|---:|---|\n";
    for (const Row &r : std::as_const(rows))
        out() << "| " << r.backend << " | " << r.deliveries << " | "
              << QString::number(r.queuedPerSec, 'f', 0) << " | "
              << QString::number(r.deliveredPerSec, 'f', 0) << " | " << r.p50Ms << " | " << r.p99Ms
              << " | " << r.load << " |\n";
    return 0;
}
