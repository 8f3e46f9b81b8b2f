// GET /organizations/{org}/sections latency while people sign in: first idle, then while
// `--logins` logins per second arrive on connections of their own (each verifies an Argon2id
// hash at the production cost on the server's worker pool; the demo account's cheap hash is
// replaced by one at that cost at its first login, before anything is measured). Prints, per
// backend and number of GET connections, the GET rate and p50/p99 idle and under the logins,
// the ratio of the two p99s, and the logins answered per second with their p50/p99.
// Not a test: run by hand on a quiet machine (the load average is printed).
//
//   build-bench/bench/bench_loginload [--postgresql URL] [--logins 20] [--seconds 5]
#include "HttpLoad.h"
#include "ServerUnderTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wedsync::bench;

namespace {

const QString Account = u"admin@evergreen.demo"_s;

struct Settings
{
    QString server;
    QList<int> counts {1, 16};
    int loginsPerSecond = 20;
    double seconds = 5;
};

struct Row
{
    QString backend;
    int connections = 0;
    LoadResult idle;
    LoadResult busy;
    qint64 loginsAnswered = 0;
    qint64 loginsFailed = 0;
    qint64 loginsSkipped = 0; // every login connection was still waiting
    QList<qint64> loginNs;
    QString loginError;
};

double percentileMs(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at
        = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return double(values.at(at)) / 1e6;
}

// Sends a login every 1/rate s, on the first of its connections that has none in flight.
class LoginStream
{
public:
    LoginStream(const ServerUnderTest &server, int rate, Row *row)
        : m_row(row)
    {
        m_body = QJsonDocument(
                     QJsonObject {{u"email"_s, Account}, {u"password"_s, u"demo-password"_s}})
                     .toJson(QJsonDocument::Compact);
        // Enough connections for each login to take up to a second and a half.
        for (int i = 0; i < std::max(4, rate * 3 / 2); ++i) {
            m_connections.push_back(
                std::make_unique<HttpConnection>(server.host(), server.port(), QByteArray()));
            if (!m_connections.back()->connectNow())
                die(u"a login connection did not open"_s);
            m_busy.push_back(false);
        }
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1000 / std::max(1, rate));
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { sendOne(); });
    }

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool idle() const
    {
        return std::none_of(m_busy.begin(), m_busy.end(), [](bool b) { return b; });
    }

private:
    void sendOne()
    {
        for (size_t i = 0; i < m_connections.size(); ++i) {
            if (m_busy[i])
                continue;
            m_busy[i] = true;
            QElapsedTimer timer;
            timer.start();
            m_connections[i]->send(
                "POST", "/api/v1/auth/login", m_body, {{"Content-Type", "application/json"}},
                [this, i, timer](const HttpAnswer &answer) {
                    m_busy[i] = false;
                    if (answer.status == 200) {
                        ++m_row->loginsAnswered;
                        m_row->loginNs << timer.nsecsElapsed();
                    } else {
                        ++m_row->loginsFailed;
                        if (m_row->loginError.isEmpty())
                            m_row->loginError
                                = u"%1 %2 %3"_s.arg(answer.status)
                                      .arg(answer.error, QString::fromUtf8(answer.body.left(200)));
                    }
                });
            return;
        }
        ++m_row->loginsSkipped;
    }

    Row *m_row;
    QByteArray m_body;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    std::vector<bool> m_busy;
    QTimer m_timer;
};

QList<Row> benchBackend(const Settings &settings, const QString &backend, const QUrl &cluster)
{
    ServerUnderTest server(settings.server, backend, cluster,
                           {u"--max-connections-per-address"_s, u"100000"_s});
    // The first login stores the production-cost hash every later one verifies.
    server.signIn(Account);
    const QByteArray token = server.signIn(Account);
    HttpConnection admin(server.host(), server.port(), token);
    admin.connectNow();
    const QJsonArray organizations
        = QJsonDocument::fromJson(admin.exchange("GET", "/api/v1/organizations").body)
              .object()
              .value(u"items"_s)
              .toArray();
    if (organizations.isEmpty())
        die(u"the admin sees no organization"_s);
    const QByteArray listPath = "/api/v1/organizations/"
        + organizations.at(0)[u"id"_s].toString().toLatin1() + "/sections";

    QList<Row> rows;
    for (const int connections : settings.counts) {
        Row row;
        row.backend = backend;
        row.connections = connections;
        row.idle = runLoad(server.host(), server.port(), token, connections, 1, settings.seconds,
                           getStep(listPath));
        LoginStream logins(server, settings.loginsPerSecond, &row);
        logins.start();
        row.busy = runLoad(server.host(), server.port(), token, connections, 1, settings.seconds,
                           getStep(listPath));
        logins.stop();
        // The logins counted are those of the warm-up and the measured seconds.
        QElapsedTimer drain;
        drain.start();
        while (!logins.idle() && drain.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        rows << row;
        out() << "  " << backend << ' ' << connections << " GET connections done (load "
              << loadAverage() << ")\n";
        out().flush();
    }
    return rows;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"GET sections latency of wedsync-server, idle and while logins arrive."_s);
    parser.addHelpOption();
    const QCommandLineOption pgOption(u"postgresql"_s, u"PostgreSQL cluster URL (also bench it)."_s,
                                      u"url"_s);
    const QCommandLineOption serverOption(u"server"_s, u"wedsync-server executable."_s, u"path"_s,
                                          QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    const QCommandLineOption loginsOption(u"logins"_s, u"Logins per second."_s, u"n"_s, u"20"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measured seconds per run."_s, u"s"_s,
                                           u"5"_s);
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"GET connections, a comma-separated list."_s, u"n,..."_s, u"1,16"_s);
    parser.addOptions({pgOption, serverOption, loginsOption, secondsOption, connectionsOption});
    parser.process(app);
    Settings settings;
    settings.server = parser.value(serverOption);
    settings.loginsPerSecond = parser.value(loginsOption).toInt();
    settings.seconds = parser.value(secondsOption).toDouble();
    settings.counts.clear();
    for (const QString &part : parser.value(connectionsOption).split(u','))
        settings.counts << part.toInt();
    if (settings.loginsPerSecond < 1 || settings.loginsPerSecond > 200 || settings.seconds <= 0
        || std::any_of(settings.counts.begin(), settings.counts.end(),
                       [](int n) { return n < 1 || n > 1024; }))
        die(u"bad --logins, --seconds or --connections"_s);

    out() << "load average before: " << loadAverage() << "; " << QThread::idealThreadCount()
          << " CPUs shared by the server, its database and this client\n";
    out().flush();
    QList<Row> rows = benchBackend(settings, u"sqlite"_s, {});
    if (parser.isSet(pgOption))
        rows += benchBackend(settings, u"postgresql"_s, QUrl(parser.value(pgOption)));

    out() << "\n| backend | GET conns | idle GET/s | idle p50 ms | idle p99 ms | GET/s with logins"
             " | p50 ms | p99 ms | p99 with / idle | logins/s answered (asked "
          << settings.loginsPerSecond << ") | login p50 ms | login p99 ms | login errors |\n"
          << "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const Row &row : std::as_const(rows)) {
        const double idleP99 = row.idle.percentileMs(0.99);
        const double busyP99 = row.busy.percentileMs(0.99);
        // The logins ran through the warm-up second too.
        const double loginSeconds = row.busy.seconds + 1;
        out() << "| " << row.backend << " | " << row.connections << " | "
              << qRound64(row.idle.perSecond()) << " | " << ms(row.idle.percentileMs(0.5)) << " | "
              << ms(idleP99) << " | " << qRound64(row.busy.perSecond()) << " | "
              << ms(row.busy.percentileMs(0.5)) << " | " << ms(busyP99) << " | "
              << (idleP99 > 0 ? QString::number(busyP99 / idleP99, 'f', 2) + u"x"_s : u"-"_s)
              << " | " << QString::number(double(row.loginsAnswered) / loginSeconds, 'f', 1)
              << " | " << ms(percentileMs(row.loginNs, 0.5)) << " | "
              << ms(percentileMs(row.loginNs, 0.99)) << " | "
              << row.loginsFailed + row.idle.failed + row.busy.failed
              << (row.loginsSkipped
                      ? u" (%1 not sent: all login connections busy)"_s.arg(row.loginsSkipped)
                      : QString())
              << (row.loginError.isEmpty() ? QString() : u" first: "_s + row.loginError) << " |\n";
    }
    out() << "load average after: " << loadAverage() << "\n";
    return 0;
}
