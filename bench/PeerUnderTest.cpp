#include "PeerUnderTest.h"

#include "ServerUnderTest.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync::bench {

PeerUnderTest::PeerUnderTest(const QString &node, const QString &script, const QString &database,
                             const QString &signingKey)
{
    m_process.setProgram(node);
    m_process.setArguments({script, u"--database"_s, database, u"--signing-key"_s, signingKey});
    m_process.setStandardErrorFile(m_dir.filePath(u"peer.log"_s));
    m_process.start();
    static const QRegularExpression ready(u"peer listening on http://([^:]+):(\\d+)"_s);
    std::tie(m_host, m_port)
        = awaitListening(m_process, ready, u"the fastify peer (%1 %2)"_s.arg(node, script));
}

PeerUnderTest::~PeerUnderTest()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

namespace {

// "1.23ms", "456.00us", "1.02s" in milliseconds.
double wrkMs(const QString &text)
{
    static const QRegularExpression value(u"([0-9.]+)(us|ms|s|m)"_s);
    const auto m = value.match(text);
    if (!m.hasMatch())
        return 0;
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    return unit == u"us"_s ? number / 1000
        : unit == u"ms"_s  ? number
        : unit == u"s"_s   ? number * 1000
                           : number * 60000;
}

} // namespace

int wrkThreads(int connections)
{
    return qMax(1, qMin(connections, QThread::idealThreadCount()));
}

WrkResult runWrk(const QString &wrk, const QString &host, quint16 port, const QByteArray &path,
                 const QByteArray &token, int connections, double seconds, const QByteArray &lua)
{
    WrkResult result;
    QTemporaryDir dir;
    QStringList arguments {u"-t"_s,
                           QString::number(wrkThreads(connections)),
                           u"-c"_s,
                           QString::number(connections),
                           u"-d"_s,
                           u"%1s"_s.arg(qMax(1, qRound(seconds))),
                           u"--latency"_s,
                           u"-H"_s,
                           u"Authorization: Bearer "_s + QString::fromLatin1(token)};
    if (!lua.isEmpty()) {
        QFile file(dir.filePath(u"script.lua"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(lua) != lua.size()) {
            result.failure = u"cannot write the wrk script"_s;
            return result;
        }
        file.close();
        arguments << u"-s"_s << file.fileName();
    }
    arguments << u"http://%1:%2%3"_s.arg(host).arg(port).arg(QString::fromLatin1(path));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(wrk, arguments);
    if (!process.waitForFinished(int(seconds * 1000) + 60000) || process.exitCode() != 0) {
        result.failure = u"wrk failed: "_s + process.errorString() + u' '
            + QString::fromUtf8(process.readAll()).left(300);
        return result;
    }
    const QString output = QString::fromUtf8(process.readAll());
    static const QRegularExpression rate(u"Requests/sec:\\s+([0-9.]+)"_s);
    static const QRegularExpression p50(u"\\n\\s+50%\\s+(\\S+)"_s);
    static const QRegularExpression p99(u"\\n\\s+99%\\s+(\\S+)"_s);
    static const QRegularExpression total(u"(\\d+) requests in"_s);
    static const QRegularExpression non2xx(u"Non-2xx or 3xx responses:\\s+(\\d+)"_s);
    static const QRegularExpression socketErrors(
        u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s);
    const auto r = rate.match(output);
    if (!r.hasMatch()) {
        result.failure = u"wrk's output not understood: "_s + output.left(300);
        return result;
    }
    result.perSecond = r.captured(1).toDouble();
    result.p50Ms = wrkMs(p50.match(output).captured(1));
    result.p99Ms = wrkMs(p99.match(output).captured(1));
    result.requests = total.match(output).captured(1).toLongLong();
    result.errors = non2xx.match(output).captured(1).toLongLong();
    if (const auto s = socketErrors.match(output); s.hasMatch())
        for (int i = 1; i <= 4; ++i)
            result.errors += s.captured(i).toLongLong();
    return result;
}

QByteArray wrkPatchScript(const QList<QByteArray> &sections, const QList<qint64> &versions,
                          int threads)
{
    QByteArray ids;
    QByteArray known;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        ids += "\"" + sections.at(i) + "\",";
        known += "[\"" + sections.at(i) + "\"]=" + QByteArray::number(versions.at(i)) + ",";
    }
    return "local ids = {" + ids
        + "}\n"
          "local versions = {"
        + known
        + "}\n"
          "local threads = "
        + QByteArray::number(threads)
        + "\n"
          R"lua(local counter = 0
local next_thread = 0
local mine = {}
function setup(thread)
  thread:set("index", next_thread)
  next_thread = next_thread + 1
end
function init(args)
  for i, id in ipairs(ids) do
    if (i - 1) % threads == index then table.insert(mine, id) end
  end
end
function request()
  counter = counter + 1
  local id = mine[(counter - 1) % #mine + 1]
  local body = '{"customization":{"title":"Bench ' .. counter .. '"}}'
  -- Headers given to wrk.format replace wrk.headers (Host, and Authorization from -H).
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["If-Match"] = '"' .. versions[id] .. '"'
  headers["Content-Type"] = "application/json"
  return wrk.format("PATCH", "/api/v1/sections/" .. id, headers, body)
end
function response(status, headers, body)
  local id = string.match(body, '"id":"([%x%-]+)"')
  local version = string.match(body, '"version":(%d+)')
  if id and version and versions[id] then versions[id] = tonumber(version) end
end
)lua";
}

QString uptimeLine()
{
    QProcess process;
    process.start(u"uptime"_s, QStringList());
    if (!process.waitForFinished(5000))
        return u"(uptime did not answer) load average "_s + loadAverage();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace wedsync::bench
