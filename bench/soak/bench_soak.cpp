// Soak: the real wedsync-server under 1,000 WebSocket clients and 200 writes/s for minutes, on
// SQLite and on PostgreSQL. Clients are split over two tenants' org:<id> topics; writers ask
// for a resync of each tenant (POST /sync/tenants/{org}/resync), which the server announces on
// that topic as a sequenced `config_refetch` broadcast. Every client checks the sequence
// numbers it gets: a number seen twice (or going back) is a duplicate, an acknowledged write
// a client never heard of is a lost message. Prints a table; it is not a test.
//
//   bench_soak [--minutes 10 | --seconds N] [--clients 1000] [--writes 200]
//              [--postgresql URL] [--sqlite-only] [--server PATH]
//
// --postgresql (default: $WEDSYNC_TEST_DATABASE_URL) names a cluster on which the soak creates
// and drops a database of its own; without one only SQLite runs.
#include "HttpLoad.h"
#include "ProcessMemory.h"
#include "ServerUnderTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wedsync::bench;

namespace {

struct Tenant
{
    QByteArray id;
    QByteArray writerToken;
    QList<QByteArray> readerTokens;
    qint64 acknowledged = 0; // resyncs answered 202
};

// One realtime client on one tenant's topic, checking the sequence numbers it receives.
class SoakClient : public QObject
{
    Q_OBJECT
public:
    SoakClient(int tenantIndex, QString topic)
        : tenant(tenantIndex)
        , m_topic(std::move(topic))
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &SoakClient::onMessage);
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            if (!m_closing)
                ++errors;
        });
    }

    void open(const QUrl &url) { m_socket.open(url); }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void join() { send(u"phx_join"_s, QJsonObject {{u"config"_s, QJsonObject {}}}); }
    void heartbeat()
    {
        const QJsonArray frame {QJsonValue::Null, QString::number(++m_ref), u"phoenix"_s,
                                u"heartbeat"_s, QJsonObject {}};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void close()
    {
        m_closing = true;
        m_socket.close();
    }

    const int tenant;
    bool joined = false;
    qint64 received = 0;
    qint64 duplicates = 0;
    qint64 errors = 0;

private:
    void send(const QString &event, const QJsonObject &payload)
    {
        const QString ref = QString::number(++m_ref);
        const QJsonArray frame {ref, ref, m_topic, event, payload};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }

    void onMessage(const QString &text)
    {
        const QJsonArray frame = QJsonDocument::fromJson(text.toUtf8()).array();
        const QString event = frame.at(3).toString();
        const QJsonObject payload = frame.at(4).toObject();
        if (event == "phx_reply"_L1 && frame.at(2).toString() == m_topic && !joined) {
            if (payload.value(u"status"_s).toString() == "ok"_L1)
                joined = true;
            else
                ++errors;
            return;
        }
        if (event != "broadcast"_L1 || payload.value(u"event"_s).toString() != "config_refetch"_L1)
            return;
        const qint64 seq = payload.value(u"meta"_s).toObject().value(u"seq"_s).toInteger();
        if (seq <= m_lastSeq)
            ++duplicates;
        else
            ++received;
        m_lastSeq = std::max(m_lastSeq, seq);
    }

    QString m_topic;
    QWebSocket m_socket;
    qint64 m_ref = 0;
    qint64 m_lastSeq = 0;
    bool m_closing = false;
};

struct Row
{
    QString backend;
    int clients = 0;
    double seconds = 0;
    qint64 writes = 0;
    qint64 writeErrors = 0;
    qint64 delivered = 0;
    qint64 lost = 0;
    qint64 duplicates = 0;
    qint64 socketErrors = 0;
    qint64 rssStartKiB = 0;
    qint64 rssWarmKiB = 0; // once the replay retention has filled: the first minute's end
    qint64 rssEndKiB = 0;
};

QByteArray login(HttpConnection &http, const QString &email)
{
    const HttpAnswer answer = http.exchange(
        "POST", "/api/v1/auth/login",
        QJsonDocument(QJsonObject {{u"email"_s, email}, {u"password"_s, u"demo-password"_s}})
            .toJson(QJsonDocument::Compact));
    const QByteArray token = QJsonDocument::fromJson(answer.body)
                                 .object()
                                 .value(u"accessToken"_s)
                                 .toString()
                                 .toLatin1();
    if (token.isEmpty())
        die(u"login of %1 failed: %2"_s.arg(email).arg(answer.status));
    return token;
}

QByteArray organizationOf(HttpConnection &http)
{
    const HttpAnswer answer = http.exchange("GET", "/api/v1/organizations");
    const QJsonArray items = QJsonDocument::fromJson(answer.body).object()[u"items"_s].toArray();
    if (items.isEmpty())
        die(u"no organization: %1"_s.arg(answer.status));
    return items.first()[u"id"_s].toString().toLatin1();
}

Row soak(const QString &executable, const QString &backend, const QUrl &cluster, int clientCount,
         int writesPerSecond, double seconds)
{
    ServerUnderTest server(executable, backend, cluster,
                           {u"--sockets-per-user"_s, QString::number(clientCount),
                            // every client comes from 127.0.0.1
                            u"--max-connections-per-address"_s, u"100000"_s});
    HttpConnection setup(server.host(), server.port(), {});
    if (!setup.connectNow())
        die(u"cannot connect to the server"_s);

    // Two tenants, each written by its admin and read by its console users.
    std::vector<Tenant> tenants(2);
    const QStringList writers {u"admin@evergreen.demo"_s, u"admin@lakeside.demo"_s};
    for (int t = 0; t < 2; ++t) {
        tenants[t].writerToken = login(setup, writers[t]);
        HttpConnection asWriter(server.host(), server.port(), tenants[t].writerToken);
        asWriter.connectNow();
        tenants[t].id = organizationOf(asWriter);
        tenants[t].readerTokens << tenants[t].writerToken;
    }
    tenants[0].readerTokens << login(setup, u"planner@evergreen.demo"_s);
    tenants[1].readerTokens << login(setup, u"platform@wedsync.demo"_s);

    std::vector<std::unique_ptr<SoakClient>> clients;
    for (int i = 0; i < clientCount; ++i) {
        const int t = i % 2;
        const QByteArray &token
            = tenants[t].readerTokens.at((i / 2) % tenants[t].readerTokens.size());
        QUrl url(u"ws://%1:%2/realtime/v1/websocket"_s.arg(server.host()).arg(server.port()));
        url.setQuery(QUrlQuery {{u"apikey"_s, QString::fromLatin1(token)}, {u"vsn"_s, u"2.0.0"_s}});
        clients.push_back(std::make_unique<SoakClient>(
            t, u"realtime:org:"_s + QString::fromLatin1(tenants[t].id)));
        clients.back()->open(url);
    }
    auto all = [&](auto predicate) {
        return std::all_of(clients.begin(), clients.end(),
                           [&](const auto &c) { return predicate(*c); });
    };
    if (!QTest::qWaitFor([&] { return all([](const SoakClient &c) { return c.isOpen(); }); },
                         120'000))
        die(u"not every client could connect"_s);
    for (auto &client : clients)
        client->join();
    if (!QTest::qWaitFor([&] { return all([](const SoakClient &c) { return c.joined; }); },
                         120'000))
        die(u"not every client could join"_s);

    QTimer heartbeats;
    heartbeats.setInterval(20'000);
    QObject::connect(&heartbeats, &QTimer::timeout, &heartbeats, [&] {
        for (auto &client : clients)
            client->heartbeat();
    });
    heartbeats.start();
    QTest::qWait(2'000); // settle before the first measure
    Row row {backend, clientCount, seconds};
    row.rssStartKiB = processMemoryKiB(server.processId(), "VmRSS");

    // Writers: keep-alive connections per tenant; every tick sends what the rate allows on
    // idle connections, so a slow server lowers the rate rather than queueing without end.
    constexpr int ConnectionsPerTenant = 4;
    constexpr int TickMs = 10;
    std::vector<std::unique_ptr<HttpConnection>> writerConnections;
    std::vector<bool> busy;
    for (int t = 0; t < 2; ++t) {
        for (int c = 0; c < ConnectionsPerTenant; ++c) {
            writerConnections.push_back(std::make_unique<HttpConnection>(
                server.host(), server.port(), tenants[t].writerToken));
            if (!writerConnections.back()->connectNow())
                die(u"a writer cannot connect"_s);
            busy.push_back(false);
        }
    }
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    QTimer ticker;
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 due = clock.elapsed() * writesPerSecond / 1000;
        for (std::size_t c = 0; c < writerConnections.size() && sent < due; ++c) {
            if (busy[c])
                continue;
            const int t = int(c) / ConnectionsPerTenant;
            busy[c] = true;
            ++sent;
            writerConnections[c]->send("POST", "/api/v1/sync/tenants/" + tenants[t].id + "/resync",
                                       {}, {}, [&, c, t](const HttpAnswer &answer) {
                                           busy[c] = false;
                                           if (answer.status == 202)
                                               ++tenants[t].acknowledged;
                                           else
                                               ++row.writeErrors;
                                       });
        }
    });
    ticker.start();
    // Memory over time, not only at the ends: a level that stops rising (the replay retention
    // reaching its byte ceiling) reads differently from a steady climb.
    QTimer sampler;
    sampler.setInterval(int(std::max(1.0, seconds / 10) * 1000));
    const qint64 warmUpMs = qint64(std::min(60.0, seconds / 5) * 1000);
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        const qint64 rss = processMemoryKiB(server.processId(), "VmRSS");
        if (row.rssWarmKiB == 0 && clock.elapsed() >= warmUpMs)
            row.rssWarmKiB = rss;
        std::fprintf(stderr, "  %s %5llds  RSS %4lld MiB  writes acknowledged %lld\n",
                     qPrintable(backend), static_cast<long long>(clock.elapsed() / 1000),
                     static_cast<long long>(rss / 1024),
                     static_cast<long long>(tenants[0].acknowledged + tenants[1].acknowledged));
    });
    sampler.start();
    QTest::qWait(int(seconds * 1000));
    sampler.stop();
    ticker.stop();
    (void)QTest::qWaitFor(
        [&] { return std::none_of(busy.begin(), busy.end(), [](bool b) { return b; }); }, 30'000);
    // Let what was acknowledged reach every client.
    (void)QTest::qWaitFor(
        [&] {
            return all(
                [&](const SoakClient &c) { return c.received >= tenants[c.tenant].acknowledged; });
        },
        30'000);
    row.rssEndKiB = processMemoryKiB(server.processId(), "VmRSS");
    row.writes = tenants[0].acknowledged + tenants[1].acknowledged;
    for (const auto &client : clients) {
        row.delivered += client->received;
        row.duplicates += client->duplicates;
        row.socketErrors += client->errors;
        row.lost += std::max<qint64>(0, tenants[client->tenant].acknowledged - client->received);
    }
    for (auto &client : clients)
        client->close();
    return row;
}

void printTable(const QList<Row> &rows)
{
    out() << Qt::left << qSetFieldWidth(12) << "backend" << Qt::right << qSetFieldWidth(8)
          << "clients" << qSetFieldWidth(8) << "secs" << qSetFieldWidth(10) << "writes"
          << qSetFieldWidth(9) << "writes/s" << qSetFieldWidth(12) << "delivered"
          << qSetFieldWidth(7) << "lost" << qSetFieldWidth(7) << "dups" << qSetFieldWidth(8)
          << "errors" << qSetFieldWidth(11) << "RSS start" << qSetFieldWidth(11) << "RSS warm"
          << qSetFieldWidth(10) << "RSS end" << qSetFieldWidth(19) << "change since warm"
          << qSetFieldWidth(0) << '\n';
    for (const Row &row : rows) {
        // Growth is measured from the warm level, not from the idle start: the replay retention
        // fills to its ceiling during the first minute by design; only a later climb is a leak.
        const double change = row.rssWarmKiB > 0
            ? 100.0 * double(row.rssEndKiB - row.rssWarmKiB) / double(row.rssWarmKiB)
            : 0;
        out() << Qt::left << qSetFieldWidth(12) << row.backend << Qt::right << qSetFieldWidth(8)
              << row.clients << qSetFieldWidth(8) << row.seconds << qSetFieldWidth(10) << row.writes
              << qSetFieldWidth(9) << QString::number(double(row.writes) / row.seconds, 'f', 0)
              << qSetFieldWidth(12) << row.delivered << qSetFieldWidth(7) << row.lost
              << qSetFieldWidth(7) << row.duplicates << qSetFieldWidth(8)
              << row.writeErrors + row.socketErrors << qSetFieldWidth(11)
              << u"%1 MiB"_s.arg(row.rssStartKiB / 1024) << qSetFieldWidth(11)
              << u"%1 MiB"_s.arg(row.rssWarmKiB / 1024) << qSetFieldWidth(10)
              << u"%1 MiB"_s.arg(row.rssEndKiB / 1024) << qSetFieldWidth(19)
              << u"%1%2 %"_s.arg(change >= 0 ? u"+"_s : QString()).arg(change, 0, 'f', 1)
              << qSetFieldWidth(0) << '\n';
    }
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"WebSocket clients and writes against wedsync-server for minutes: RSS, errors, "
        "lost and duplicated messages."_s);
    parser.addHelpOption();
    const QCommandLineOption minutesOption(u"minutes"_s, u"Minutes per database."_s, u"n"_s,
                                           u"10"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per database (instead)."_s,
                                           u"n"_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"WebSocket clients."_s, u"n"_s,
                                           u"1000"_s);
    const QCommandLineOption writesOption(u"writes"_s, u"Writes per second."_s, u"n"_s, u"200"_s);
    const QCommandLineOption pgOption(u"postgresql"_s, u"PostgreSQL cluster URL."_s, u"url"_s,
                                      qEnvironmentVariable("WEDSYNC_TEST_DATABASE_URL"));
    const QCommandLineOption sqliteOnly(u"sqlite-only"_s, u"Skip PostgreSQL."_s);
    const QCommandLineOption serverOption(u"server"_s, u"wedsync-server executable."_s, u"path"_s,
                                          QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    parser.addOptions({minutesOption, secondsOption, clientsOption, writesOption, pgOption,
                       sqliteOnly, serverOption});
    parser.process(app);
    const double seconds = parser.isSet(secondsOption)
        ? parser.value(secondsOption).toDouble()
        : parser.value(minutesOption).toDouble() * 60;
    const int clients = parser.value(clientsOption).toInt();
    const int writes = parser.value(writesOption).toInt();
    if (seconds <= 0 || clients < 2 || writes < 1)
        die(u"bad --minutes/--seconds, --clients or --writes"_s);

    out() << "wedsync-server soak: " << clients << " WebSocket clients, " << writes << " writes/s, "
          << seconds << " s per database, load average " << loadAverage() << "\n";
    out().flush();
    QList<Row> rows;
    rows << soak(parser.value(serverOption), u"sqlite"_s, {}, clients, writes, seconds);
    if (!parser.isSet(sqliteOnly) && !parser.value(pgOption).isEmpty())
        rows << soak(parser.value(serverOption), u"postgresql"_s, QUrl(parser.value(pgOption)),
                     clients, writes, seconds);
    else
        out() << "(no PostgreSQL cluster: SQLite only)\n";
    out() << "load average at the end " << loadAverage() << "\n\n";
    printTable(rows);
    return 0;
}

#include "bench_soak.moc"
