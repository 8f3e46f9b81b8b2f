// The realtime client's small parts on their own: who is present after presence_state and
// presence_diff (Phoenix semantics), and reconnect delays that grow but stay in bounds.
#include "presence/PresenceRoster.h"
#include "realtime/ReconnectBackoff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// {key: "name,name"} from a roster, so rows can say what they expect in one line.
QMap<QString, QString> namesByKey(const PresenceRoster &roster)
{
    QMap<QString, QString> out;
    const auto entries = roster.entries();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QStringList names;
        for (const QJsonObject &meta : it.value())
            names << meta.value(u"name"_s).toString();
        out.insert(it.key(), names.join(u','));
    }
    return out;
}

} // namespace

class TestRealtimeClientParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presence_data();
    void presence();
    void diffWaitsForState();
    void backoffGrowsWithinBounds();
};

void TestRealtimeClientParts::presence_data()
{
    // Frames as they arrive: "state {...}" (presence_state) or "diff {...}" (presence_diff).
    QTest::addColumn<QByteArrayList>("frames");
    QTest::addColumn<QStringList>("expected"); // "key=name,name", sorted by key

    const QByteArray ann = R"(state {"a":{"metas":[{"phx_ref":"1","name":"Ann"}]}})";
    const QByteArray boJoins
        = R"(diff {"joins":{"b":{"metas":[{"phx_ref":"2","name":"Bo"}]}},"leaves":{}})";
    QTest::newRow("state only") << QByteArrayList {ann} << QStringList {u"a=Ann"_s};
    QTest::newRow("another console joins")
        << QByteArrayList {ann, boJoins} << QStringList {u"a=Ann"_s, u"b=Bo"_s};
    QTest::newRow("the last meta leaves")
        << QByteArrayList {ann,
                           R"(diff {"joins":{},"leaves":{"a":{"metas":[{"phx_ref":"1","name":"Ann"}]}}})"}
        << QStringList {};
    QTest::newRow("an update is a leave and a join")
        << QByteArrayList {ann,
                           R"(diff {"joins":{"a":{"metas":[{"phx_ref":"3","phx_ref_prev":"1","name":"Ann B."}]}},"leaves":{"a":{"metas":[{"phx_ref":"1","name":"Ann"}]}}})"}
        << QStringList {u"a=Ann B."_s};
    QTest::newRow("two tabs under one key, one closes")
        << QByteArrayList {ann,
                           R"(diff {"joins":{"a":{"metas":[{"phx_ref":"4","name":"Ann 2"}]}},"leaves":{}})",
                           R"(diff {"joins":{},"leaves":{"a":{"metas":[{"phx_ref":"1","name":"Ann"}]}}})"}
        << QStringList {u"a=Ann 2"_s};
    QTest::newRow("a leave of someone unknown changes nothing")
        << QByteArrayList {ann, R"(diff {"joins":{},"leaves":{"z":{"metas":[{"phx_ref":"9"}]}}})"}
        << QStringList {u"a=Ann"_s};
    QTest::newRow("a fresh state replaces everything")
        << QByteArrayList {ann, boJoins, R"(state {"c":{"metas":[{"phx_ref":"7","name":"Cy"}]}})"}
        << QStringList {u"c=Cy"_s};
}

void TestRealtimeClientParts::presence()
{
    QFETCH(QByteArrayList, frames);
    QFETCH(QStringList, expected);
    PresenceRoster roster;
    for (const QByteArray &frame : frames) {
        const QByteArray body = frame.mid(frame.indexOf(' ') + 1);
        if (frame.startsWith("state "))
            roster.reset(json(body.constData()));
        else
            QVERIFY(roster.applyDiff(json(body.constData())));
    }
    QStringList got;
    const auto names = namesByKey(roster);
    for (auto it = names.begin(); it != names.end(); ++it)
        got << it.key() + u'=' + it.value();
    QCOMPARE(got, expected);
}

void TestRealtimeClientParts::diffWaitsForState()
{
    // After a rejoin, a diff that arrives before the new presence_state has nothing to apply to.
    PresenceRoster roster;
    roster.reset(json(R"({"a":{"metas":[{"phx_ref":"1","name":"Ann"}]}})"));
    roster.awaitState();
    QVERIFY(!roster.applyDiff(json(R"({"joins":{"b":{"metas":[{"phx_ref":"2","name":"Bo"}]}}})")));
    QCOMPARE(roster.entries().size(), 1);
    roster.reset(json(R"({"b":{"metas":[{"phx_ref":"2","name":"Bo"}]}})"));
    QVERIFY(roster.applyDiff(json(R"({"leaves":{"b":{"metas":[{"phx_ref":"2"}]}}})")));
    QVERIFY(roster.isEmpty());
}

void TestRealtimeClientParts::backoffGrowsWithinBounds()
{
    ReconnectBackoff backoff;
    backoff.setRange(100, 3000, 0.3);
    QList<int> delays;
    for (int i = 0; i < 12; ++i)
        delays << backoff.nextDelayMs();
    for (int delay : std::as_const(delays))
        QVERIFY2(delay >= 100 && delay <= 3000, qPrintable(QString::number(delay)));
    // Doubling outgrows the jitter: each step of four is longer than the one before.
    QVERIFY(delays.at(4) > delays.at(0));
    QVERIFY(delays.at(8) > delays.at(4));
    QVERIFY(delays.last() >= 2100); // at the cap, minus the jitter
    backoff.reset();
    QVERIFY(backoff.nextDelayMs() <= 130); // back to the minimum (+30 %) after a success
}

QTEST_GUILESS_MAIN(TestRealtimeClientParts)
#include "tst_realtimeclientparts.moc"
