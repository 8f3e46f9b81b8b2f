// bench_realtimeload: the client side of the realtime fan-out bench (bench/realtime/bench.mjs
// starts the servers and prints the table), in C++ on epoll so that the load generator costs
// far less than the server it measures. N WebSocket clients join one topic; publishers send
// at a fixed rate (each message carries its send time and a 64-byte padding); every client
// records each message's latency. It speaks the three servers' protocols from the wire up:
// Phoenix arrays (Supabase Realtime, vsn 2.0.0), Engine.IO 4 packets (Socket.IO) and plain
// JSON (ws). A message is not parsed as JSON: the receiver reads only the two numbers it needs.
//
// Prints one JSON object per line: first the server's memory per idle connection, then one
// per rate with delivered messages/s, latency percentiles, loss, the server's CPU and RSS
// (from /proc) and this program's own CPU. Not a test: nothing here passes or fails.
//
//   bench_realtimeload --url=ws://127.0.0.1:PORT/PATH?QUERY --protocol=phoenix|engineio|plain
//                      [--topic=T] --server-pid=PID [--clients=1000] [--rates=20,50,100]
//                      [--seconds=10] [--threads=1]

#include "ProcessMemory.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace std::string_view_literals;

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

[[noreturn]] void die(const std::string &message)
{
    std::fprintf(stderr, "bench_realtimeload: %s\n", message.c_str());
    std::exit(2);
}

enum class Protocol { Phoenix, EngineIo, Plain };

struct Options
{
    std::string host;
    uint16_t port = 0;
    std::string target; // path and query of the WebSocket URL
    Protocol protocol = Protocol::Plain;
    std::string topic;
    pid_t serverPid = 0;
    int clients = 1000;
    std::vector<int> rates {20, 50, 100};
    double seconds = 10;
    int threads = 1;
};

// Our hub allows 100 events per second per connection; publishers stay well below.
constexpr int perPublisherRate = 40;
// Phoenix clients send a heartbeat every 25 s (realtime-js does, and the hub closes a
// connection idle for longer than its timeout).
constexpr double HeartbeatIntervalMs = 25000;
constexpr double HeartbeatStepMs = 100;
const std::string padding(64, 'x');

Options parseOptions(int argc, char **argv)
{
    Options options;
    std::string url;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        const size_t equals = arg.find('=');
        if (!arg.starts_with("--") || equals == std::string_view::npos)
            die("arguments are --name=value: " + std::string(arg));
        const std::string_view key = arg.substr(2, equals - 2);
        const std::string value(arg.substr(equals + 1));
        if (key == "url") {
            url = value;
        } else if (key == "protocol") {
            if (value == "phoenix")
                options.protocol = Protocol::Phoenix;
            else if (value == "engineio")
                options.protocol = Protocol::EngineIo;
            else if (value == "plain")
                options.protocol = Protocol::Plain;
            else
                die("--protocol is phoenix, engineio or plain");
        } else if (key == "topic") {
            options.topic = value;
        } else if (key == "server-pid") {
            options.serverPid = std::stoi(value);
        } else if (key == "clients") {
            options.clients = std::stoi(value);
        } else if (key == "seconds") {
            options.seconds = std::stod(value);
        } else if (key == "threads") {
            options.threads = std::max(1, std::stoi(value));
        } else if (key == "rates") {
            options.rates.clear();
            std::stringstream list(value);
            for (std::string rate; std::getline(list, rate, ',');)
                options.rates.push_back(std::stoi(rate));
        } else {
            die("unknown option --" + std::string(key));
        }
    }
    constexpr std::string_view scheme = "ws://";
    if (!url.starts_with(scheme))
        die("--url=ws://HOST:PORT/PATH is required");
    const size_t slash = url.find('/', scheme.size());
    const std::string authority = url.substr(scheme.size(), slash - scheme.size());
    const size_t colon = authority.rfind(':');
    if (colon == std::string::npos)
        die("the URL needs a port");
    options.host = authority.substr(0, colon);
    options.port = uint16_t(std::stoi(authority.substr(colon + 1)));
    options.target = slash == std::string::npos ? "/" : url.substr(slash);
    if (options.serverPid <= 0)
        die("--server-pid is required (for the server's CPU and memory)");
    if (options.protocol == Protocol::Phoenix && options.topic.empty())
        die("--topic is required for phoenix");
    return options;
}

// CPU seconds and resident memory of the server, from /proc.
struct ProcessSample
{
    double cpuSeconds = 0;
    double rssKb = 0;
    double wallMs = 0;
};

ProcessSample sampleProcess(pid_t pid)
{
    ProcessSample sample;
    sample.wallMs = nowMs();
    std::ifstream statFile("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    std::getline(statFile, stat); // one line
    const size_t close = stat.rfind(')');
    if (close == std::string::npos)
        die("the server process is gone");
    std::istringstream fields(stat.substr(close + 2));
    std::vector<std::string> values;
    for (std::string field; fields >> field;)
        values.push_back(field);
    const double ticks = double(sysconf(_SC_CLK_TCK));
    sample.cpuSeconds = (std::stod(values.at(11)) + std::stod(values.at(12))) / ticks;
    sample.rssKb = double(wedsync::bench::processMemoryKiB(pid, "VmRSS"));
    return sample;
}

double ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// What every thread reads about the current run. The main thread writes the fields, then
// bumps runId (release); a thread that sees a new runId (acquire) starts that run afresh.
struct RunPlan
{
    std::atomic<int> runId {0};
    double start = 0; // nowMs() when publishing starts
    int rate = 0;
    long expected = 0; // messages to publish
    long base = 0; // the first message number of the run: older ones are stragglers
    std::atomic<bool> stop {false};
};

struct Connection
{
    int fd = -1;
    enum class State { Connecting, Upgrading, Joining, Ready, Failed } state = State::Connecting;
    bool publisher = false;
    std::string in; // bytes read and not yet parsed
    std::string out; // bytes the kernel has not taken yet
    std::string fragments; // a fragmented message so far
    long ref = 1;
};

class Worker
{
public:
    Worker(const Options &options, RunPlan &plan, bool publishes)
        : m_options(options)
        , m_plan(plan)
        , m_publishes(publishes)
        , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    {
        if (m_epoll < 0)
            die("epoll_create1 failed");
    }
    ~Worker()
    {
        for (Connection *connection : m_connections) {
            if (connection->fd >= 0)
                close(connection->fd);
            delete connection;
        }
        close(m_epoll);
    }

    // From the main thread, before the connection's first event.
    void adopt(Connection *connection)
    {
        {
            std::lock_guard lock(m_adoptMutex);
            m_adopted.push_back(connection);
        }
        epoll_event event {};
        event.events = EPOLLIN | EPOLLOUT;
        event.data.ptr = connection;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, connection->fd, &event) != 0)
            die("epoll_ctl failed");
    }

    void run()
    {
        std::vector<epoll_event> events(1024);
        double nextHeartbeat = nowMs() + HeartbeatStepMs;
        while (!m_plan.stop.load(std::memory_order_acquire)) {
            takeAdopted();
            checkRun();
            const bool publishing = m_publishes && m_sent < m_runExpected;
            const int count
                = epoll_wait(m_epoll, events.data(), int(events.size()), publishing ? 1 : 20);
            for (int i = 0; i < count; ++i) {
                auto *connection = static_cast<Connection *>(events[i].data.ptr);
                if (events[i].events & EPOLLIN)
                    readable(connection); // what arrived before a close still counts
                if (connection->state == Connection::State::Failed)
                    continue;
                if (events[i].events & (EPOLLERR | EPOLLHUP))
                    fail(connection, "the connection was closed");
                else if (events[i].events & EPOLLOUT)
                    writable(connection);
            }
            if (publishing)
                publishDue();
            if (nowMs() >= nextHeartbeat) {
                heartbeatSlice();
                nextHeartbeat += HeartbeatStepMs;
            }
        }
    }

    int ready() const { return m_ready.load(std::memory_order_acquire); }
    int failed() const { return m_failed.load(std::memory_order_acquire); }
    long delivered() const { return m_delivered.load(std::memory_order_acquire); }
    double lastDelivery() const { return m_lastDelivery.load(std::memory_order_acquire); }

    // The latencies of the run, copied on the worker's own thread when it next looks.
    std::vector<float> collect(int runId)
    {
        m_collectFor.store(runId, std::memory_order_release);
        std::unique_lock lock(m_collectMutex);
        while (m_collectedFor != runId) {
            lock.unlock();
            sleepMs(1);
            lock.lock();
        }
        return std::move(m_collected);
    }

private:
    void takeAdopted()
    {
        std::lock_guard lock(m_adoptMutex);
        m_connections.insert(m_connections.end(), m_adopted.begin(), m_adopted.end());
        m_adopted.clear();
    }

    void checkRun()
    {
        const int runId = m_plan.runId.load(std::memory_order_acquire);
        if (runId != m_runId) {
            m_runId = runId;
            m_runBase = m_plan.base;
            m_runExpected = m_plan.expected;
            m_runStart = m_plan.start;
            m_runRate = m_plan.rate;
            m_sent = 0;
            m_latencies.clear();
            m_latencies.reserve(size_t(m_runExpected) * m_connections.size());
            m_delivered.store(0, std::memory_order_release);
        }
        const int collectFor = m_collectFor.load(std::memory_order_acquire);
        if (collectFor == m_runId && m_collectedFor != collectFor) {
            std::lock_guard lock(m_collectMutex);
            m_collected = m_latencies;
            m_collectedFor = collectFor;
        }
    }

    void publishDue()
    {
        const double elapsed = nowMs() - m_runStart;
        const long due = std::min(m_runExpected, long(std::floor(elapsed / 1000 * m_runRate)));
        std::vector<Connection *> publishers;
        for (Connection *connection : m_connections) {
            if (connection->publisher && connection->state == Connection::State::Ready)
                publishers.push_back(connection);
        }
        if (publishers.empty())
            return;
        for (; m_sent < due; ++m_sent) {
            Connection *publisher = publishers[size_t(m_sent) % publishers.size()];
            char body[160];
            const int length = std::snprintf(body, sizeof body, R"({"i":%ld,"t":%.3f,"p":"%s"})",
                                             m_runBase + m_sent, nowMs(), padding.c_str());
            const std::string_view payload(body, size_t(length));
            switch (m_options.protocol) {
            case Protocol::Phoenix:
                sendText(publisher,
                         R"(["1",")" + std::to_string(++publisher->ref) + R"(",")" + m_options.topic
                             + R"(","broadcast",{"type":"broadcast","event":"b","payload":)"
                             + std::string(payload) + "}]");
                break;
            case Protocol::EngineIo:
                sendText(publisher, R"(42["pub",)" + std::string(payload) + "]");
                break;
            case Protocol::Plain:
                sendText(publisher, std::string(payload));
                break;
            }
        }
    }

    // Each connection's heartbeat every 25 s, a slice of them every 100 ms: as clients that
    // connected at different times send them, not 1,000 at once (a burst the server would
    // answer in one turn, with every message of that turn waiting behind it).
    void heartbeatSlice()
    {
        if (m_options.protocol != Protocol::Phoenix || m_connections.empty())
            return; // Engine.IO's server pings and we answer; plain ws needs none
        const size_t slices = size_t(HeartbeatIntervalMs / HeartbeatStepMs);
        const size_t perSlice = (m_connections.size() + slices - 1) / slices;
        for (size_t i = 0; i < perSlice; ++i) {
            Connection *connection = m_connections[m_heartbeatCursor++ % m_connections.size()];
            if (connection->state == Connection::State::Ready)
                sendText(connection,
                         R"([null,")" + std::to_string(++connection->ref)
                             + R"(","phoenix","heartbeat",{}])");
        }
    }

    void fail(Connection *connection, const char *why)
    {
        if (connection->state == Connection::State::Failed)
            return;
        if (connection->state != Connection::State::Ready || !m_plan.stop.load())
            std::fprintf(stderr, "bench_realtimeload: %s\n", why);
        connection->state = Connection::State::Failed;
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection->fd, nullptr);
        m_failed.fetch_add(1, std::memory_order_release);
    }

    void setReady(Connection *connection)
    {
        connection->state = Connection::State::Ready;
        m_ready.fetch_add(1, std::memory_order_release);
    }

    void watchWrites(Connection *connection, bool on)
    {
        epoll_event event {};
        event.events = uint32_t(EPOLLIN) | (on ? uint32_t(EPOLLOUT) : 0U);
        event.data.ptr = connection;
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, connection->fd, &event);
    }

    void writeRaw(Connection *connection, std::string_view bytes)
    {
        if (connection->state == Connection::State::Failed)
            return;
        if (connection->out.empty()) {
            const ssize_t sent = ::send(connection->fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (sent == ssize_t(bytes.size()))
                return;
            if (sent < 0 && errno != EAGAIN)
                return fail(connection, "send failed");
            bytes.remove_prefix(size_t(std::max<ssize_t>(sent, 0)));
            watchWrites(connection, true);
        }
        connection->out.append(bytes);
    }

    // A client's text frame: masked, as RFC 6455 requires of clients.
    void sendText(Connection *connection, const std::string &text)
    {
        std::string frame;
        frame.reserve(text.size() + 14);
        frame.push_back(char(0x81));
        if (text.size() < 126) {
            frame.push_back(char(0x80 | text.size()));
        } else if (text.size() <= 0xffff) {
            frame.push_back(char(0x80 | 126));
            frame.push_back(char(text.size() >> 8));
            frame.push_back(char(text.size() & 0xff));
        } else {
            frame.push_back(char(0x80 | 127));
            for (int shift = 56; shift >= 0; shift -= 8)
                frame.push_back(char((uint64_t(text.size()) >> shift) & 0xff));
        }
        m_mask = m_mask * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto key = uint32_t(m_mask >> 32);
        char maskBytes[4];
        std::memcpy(maskBytes, &key, 4);
        frame.append(maskBytes, 4);
        for (size_t i = 0; i < text.size(); ++i)
            frame.push_back(char(text[i] ^ maskBytes[i % 4]));
        writeRaw(connection, frame);
    }

    void sendPong(Connection *connection, std::string_view payload)
    {
        std::string frame;
        frame.push_back(char(0x8a));
        frame.push_back(char(0x80 | payload.size()));
        frame.append(4, '\0'); // a zero mask leaves the payload as it is
        frame.append(payload);
        writeRaw(connection, frame);
    }

    void writable(Connection *connection)
    {
        if (connection->state == Connection::State::Connecting) {
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(connection->fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error != 0)
                return fail(connection, "connect failed");
            connection->state = Connection::State::Upgrading;
            watchWrites(connection, false);
            writeRaw(connection,
                     "GET " + m_options.target + " HTTP/1.1\r\nHost: " + m_options.host + ":"
                         + std::to_string(m_options.port)
                         + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: d2Vkc3luYy1iZW5jaGtleQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n");
            return;
        }
        while (!connection->out.empty()) {
            const ssize_t sent = ::send(connection->fd, connection->out.data(),
                                        connection->out.size(), MSG_NOSIGNAL);
            if (sent < 0) {
                if (errno != EAGAIN)
                    fail(connection, "send failed");
                return;
            }
            connection->out.erase(0, size_t(sent));
        }
        watchWrites(connection, false);
    }

    void readable(Connection *connection)
    {
        if (connection->state == Connection::State::Failed)
            return;
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::recv(connection->fd, buffer, sizeof buffer, 0);
            if (got == 0)
                return fail(connection, "the server closed a connection");
            if (got < 0) {
                if (errno != EAGAIN)
                    fail(connection, "recv failed");
                break;
            }
            connection->in.append(buffer, size_t(got));
            if (got < ssize_t(sizeof buffer))
                break;
        }
        if (connection->state == Connection::State::Upgrading) {
            const size_t end = connection->in.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            if (!connection->in.starts_with("HTTP/1.1 101"))
                return fail(connection,
                            ("the upgrade was refused: "
                             + connection->in.substr(0, connection->in.find('\r')))
                                .c_str());
            connection->in.erase(0, end + 4);
            opened(connection);
        }
        parseFrames(connection);
    }

    void opened(Connection *connection)
    {
        switch (m_options.protocol) {
        case Protocol::Phoenix:
            connection->state = Connection::State::Joining;
            sendText(connection,
                     R"(["1","1",")" + m_options.topic
                         + R"(","phx_join",{"config":{"broadcast":{"self":false,"ack":false}}}])");
            break;
        case Protocol::EngineIo:
            connection->state = Connection::State::Joining; // until "40"
            break;
        case Protocol::Plain:
            setReady(connection);
            break;
        }
    }

    void parseFrames(Connection *connection)
    {
        std::string &in = connection->in;
        size_t at = 0;
        while (connection->state != Connection::State::Failed && in.size() - at >= 2) {
            const auto *bytes = reinterpret_cast<const unsigned char *>(in.data() + at);
            const bool fin = bytes[0] & 0x80;
            const int opcode = bytes[0] & 0x0f;
            const bool masked = bytes[1] & 0x80;
            uint64_t length = bytes[1] & 0x7f;
            size_t header = 2;
            if (length == 126) {
                if (in.size() - at < 4)
                    break;
                length = (uint64_t(bytes[2]) << 8) | bytes[3];
                header = 4;
            } else if (length == 127) {
                if (in.size() - at < 10)
                    break;
                length = 0;
                for (int i = 0; i < 8; ++i)
                    length = (length << 8) | bytes[2 + i];
                header = 10;
            }
            const size_t maskAt = header;
            if (masked)
                header += 4;
            if (in.size() - at < header + length)
                break;
            std::string unmasked;
            std::string_view payload(in.data() + at + header, size_t(length));
            if (masked) { // servers do not mask; tolerated all the same
                unmasked.assign(payload);
                for (size_t i = 0; i < unmasked.size(); ++i)
                    unmasked[i] = char(unmasked[i] ^ in[at + maskAt + i % 4]);
                payload = unmasked;
            }
            at += header + size_t(length);
            if (opcode == 0x8)
                return fail(connection, "the server sent a close frame");
            if (opcode == 0x9) {
                sendPong(connection, payload);
                continue;
            }
            if (opcode == 0xa)
                continue;
            if (opcode == 0x1 && fin && connection->fragments.empty()) {
                message(connection, payload);
                continue;
            }
            connection->fragments.append(payload);
            if (fin) {
                const std::string whole = std::move(connection->fragments);
                connection->fragments.clear();
                message(connection, whole);
            }
        }
        in.erase(0, at);
    }

    static double numberAfter(std::string_view text, std::string_view key, size_t from)
    {
        const size_t at = text.find(key, from);
        if (at == std::string_view::npos)
            return NAN;
        double value = NAN;
        const char *begin = text.data() + at + key.size();
        std::from_chars(begin, text.data() + text.size(), value);
        return value;
    }

    void message(Connection *connection, std::string_view text)
    {
        size_t payloadAt = 0;
        switch (m_options.protocol) {
        case Protocol::Phoenix:
            if (connection->state == Connection::State::Joining) {
                if (text.starts_with(R"(["1","1",)") && text.find(R"("phx_reply")") != text.npos) {
                    if (text.find(R"("status":"ok")") == text.npos)
                        return fail(connection,
                                    ("the join was refused: " + std::string(text)).c_str());
                    setReady(connection);
                }
                return;
            }
            payloadAt = text.find(R"(","broadcast",{)");
            if (payloadAt == text.npos)
                return;
            payloadAt = text.find(R"("payload":)", payloadAt);
            if (payloadAt == text.npos)
                return;
            break;
        case Protocol::EngineIo:
            if (text == "2"sv) {
                sendText(connection, "3");
                return;
            }
            if (text.starts_with("0{")) {
                sendText(connection, "40");
                return;
            }
            if (text.starts_with("40")) {
                if (connection->state == Connection::State::Joining)
                    setReady(connection);
                return;
            }
            if (!text.starts_with("42["))
                return;
            break;
        case Protocol::Plain:
            break;
        }
        if (connection->publisher)
            return; // publishers see each other's messages; only receivers count
        const double number = numberAfter(text, R"("i":)", payloadAt);
        const double sentAt = numberAfter(text, R"("t":)", payloadAt);
        if (std::isnan(number) || std::isnan(sentAt))
            return;
        checkRun(); // a message of a run this thread has not started yet starts it
        if (long(number) < m_runBase)
            return; // a straggler of an earlier run
        const double now = nowMs();
        m_latencies.push_back(float(now - sentAt));
        m_delivered.fetch_add(1, std::memory_order_release);
        m_lastDelivery.store(now, std::memory_order_release);
    }

    const Options &m_options;
    RunPlan &m_plan;
    const bool m_publishes;
    const int m_epoll;
    std::mutex m_adoptMutex;
    std::vector<Connection *> m_adopted;
    std::vector<Connection *> m_connections;
    int m_runId = 0;
    long m_runBase = 0;
    long m_runExpected = 0;
    double m_runStart = 0;
    int m_runRate = 0;
    long m_sent = 0;
    uint64_t m_mask = 0x9e3779b97f4a7c15ULL;
    size_t m_heartbeatCursor = 0;
    std::vector<float> m_latencies;
    std::atomic<int> m_ready {0};
    std::atomic<int> m_failed {0};
    std::atomic<long> m_delivered {0};
    std::atomic<double> m_lastDelivery {0};
    std::atomic<int> m_collectFor {-1};
    std::mutex m_collectMutex;
    int m_collectedFor = -1;
    std::vector<float> m_collected;
};

Connection *openConnection(const Options &options, bool publisher)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die(std::string("socket failed: ") + std::strerror(errno));
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(options.port);
    if (inet_pton(AF_INET, options.host.c_str(), &address.sin_addr) != 1)
        die("the host must be an IPv4 address: " + options.host);
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        && errno != EINPROGRESS)
        die(std::string("connect failed: ") + std::strerror(errno));
    auto *connection = new Connection;
    connection->fd = fd;
    connection->publisher = publisher;
    return connection;
}

struct Totals
{
    int ready = 0;
    int failed = 0;
    long delivered = 0;
    double lastDelivery = 0;
};

Totals totals(const std::vector<std::unique_ptr<Worker>> &workers)
{
    Totals out;
    for (const auto &worker : workers) {
        out.ready += worker->ready();
        out.failed += worker->failed();
        out.delivered += worker->delivered();
        out.lastDelivery = std::max(out.lastDelivery, worker->lastDelivery());
    }
    return out;
}

// Opens `count` connections spread over the workers and waits until they have joined.
void connectAll(const Options &options, const std::vector<std::unique_ptr<Worker>> &workers,
                int count, bool publishers)
{
    const int before = totals(workers).ready;
    // In batches, so that the listen backlog is never what is measured.
    for (int i = 0; i < count; i += 50) {
        const int batch = std::min(50, count - i);
        for (int j = 0; j < batch; ++j) {
            // Publishers live on the first worker, which publishes.
            Worker &worker
                = publishers ? *workers.front() : *workers[size_t(i + j) % workers.size()];
            worker.adopt(openConnection(options, publishers));
        }
        const double deadline = nowMs() + 30000;
        while (totals(workers).ready < before + i + batch) {
            if (totals(workers).failed > 0)
                die("a connection failed while joining (see above)");
            if (nowMs() > deadline)
                die("connections did not join within 30 s");
            sleepMs(2);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    RunPlan plan;
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < options.threads; ++i)
        workers.push_back(std::make_unique<Worker>(options, plan, i == 0));
    std::vector<std::thread> threads;
    for (auto &worker : workers)
        threads.emplace_back([&worker] { worker->run(); });

    const ProcessSample empty = sampleProcess(options.serverPid);
    connectAll(options, workers, options.clients, false);
    const int maxRate = *std::max_element(options.rates.begin(), options.rates.end());
    const int publisherCount = (maxRate + perPublisherRate - 1) / perPublisherRate;
    connectAll(options, workers, publisherCount, true);
    sleepMs(2000);
    const ProcessSample idle = sampleProcess(options.serverPid);
    std::printf("{\"idleKbPerConnection\":%.2f}\n",
                (idle.rssKb - empty.rssKb) / double(options.clients + publisherCount));
    std::fflush(stdout);

    long next = 0;
    for (const int rate : options.rates) {
        const long expected = std::lround(rate * options.seconds);
        const long total = expected * options.clients;
        plan.base = next;
        plan.expected = expected;
        plan.rate = rate;
        const ProcessSample before = sampleProcess(options.serverPid);
        const double ownBefore = ownCpuSeconds();
        plan.start = nowMs();
        const int runId = plan.runId.fetch_add(1, std::memory_order_acq_rel) + 1;
        next += expected;
        sleepMs(int(options.seconds * 1000));
        const double drainUntil = nowMs() + 10000;
        while (totals(workers).delivered < total && nowMs() < drainUntil)
            sleepMs(20);
        const ProcessSample after = sampleProcess(options.serverPid);
        const double ownCpu = ownCpuSeconds() - ownBefore;
        const Totals done = totals(workers);
        std::vector<float> latencies;
        for (auto &worker : workers) {
            std::vector<float> part = worker->collect(runId);
            latencies.insert(latencies.end(), part.begin(), part.end());
        }
        std::sort(latencies.begin(), latencies.end());
        auto pick = [&latencies](double q) -> double {
            if (latencies.empty())
                return NAN;
            return double(
                latencies[std::min(latencies.size() - 1, size_t(q * double(latencies.size())))]);
        };
        const double wallSeconds = (after.wallMs - before.wallMs) / 1000;
        std::printf("{\"rate\":%d,\"deliveredPerSecond\":%.1f,\"p50\":%.2f,\"p95\":%.2f,"
                    "\"p99\":%.2f,\"loss\":%.6f,\"cpuPercent\":%.2f,\"generatorPercent\":%.2f,"
                    "\"rssMb\":%.1f}\n",
                    rate, double(done.delivered) / ((done.lastDelivery - plan.start) / 1000),
                    pick(0.5), pick(0.95), pick(0.99), 1 - double(done.delivered) / double(total),
                    100 * (after.cpuSeconds - before.cpuSeconds) / wallSeconds,
                    100 * ownCpu / wallSeconds, after.rssKb / 1024);
        std::fflush(stdout);
        sleepMs(1000);
    }
    plan.stop.store(true, std::memory_order_release);
    for (std::thread &thread : threads)
        thread.join();
    return 0;
}
