// The realtime hub's pure parts: topic names, row filters and bindings, join options,
// retention coverage, and presence diffs.
#include "realtime/JoinConfig.h"
#include "realtime/PostgresBinding.h"
#include "realtime/PresenceState.h"
#include "realtime/RealtimeTopic.h"
#include "realtime/RetentionBuffer.h"
#include "realtime/TopicMessage.h"

#include <QJsonArray>
#include <QTest>

using namespace wedsync;
using namespace wedsync::server;
using namespace Qt::StringLiterals;

class TestRealtimeParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topics_data();
    void topics();
    void filters_data();
    void filters();
    void refusesBadFilters_data();
    void refusesBadFilters();
    void bindingsMatchEventSchemaTable();
    void joinConfigDefaultsAndExtensions();
    void joinConfigRefusesWrongTypes_data();
    void joinConfigRefusesWrongTypes();
    void retentionCoverage();
    void retentionReplaySince();
    void retentionByteLimit();
    void retainedChangesAreMeasuredWithoutEncoding();
    void presenceTrackUpdateUntrack();
};

void TestRealtimeParts::topics_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    using K = RealtimeTopic::Kind;
    QTest::newRow("org") << u"realtime:org:6f1c"_s << true << int(K::Organization) << u"6f1c"_s;
    QTest::newRow("tenant admins")
        << u"realtime:tenant:42:admins"_s << true << int(K::TenantAdmins) << u"42"_s;
    QTest::newRow("wedding") << u"realtime:wedding:w-1"_s << true << int(K::Wedding) << u"w-1"_s;
    QTest::newRow("user") << u"realtime:user:u_9"_s << true << int(K::User) << u"u_9"_s;
    QTest::newRow("platform") << u"realtime:platform:admins"_s << true << int(K::PlatformAdmins)
                              << QString();
    QTest::newRow("config") << u"realtime:config:sections"_s << true << int(K::Config)
                            << u"sections"_s;
    QTest::newRow("no prefix") << u"org:1"_s << false << 0 << QString();
    QTest::newRow("empty") << u"realtime:"_s << false << 0 << QString();
    QTest::newRow("unknown kind") << u"realtime:room1"_s << false << 0 << QString();
    QTest::newRow("extra part") << u"realtime:org:1:x"_s << false << 0 << QString();
    QTest::newRow("tenant without admins") << u"realtime:tenant:1"_s << false << 0 << QString();
    QTest::newRow("platform users") << u"realtime:platform:users"_s << false << 0 << QString();
    QTest::newRow("config of no known type")
        << u"realtime:config:anything"_s << false << 0 << QString();
    QTest::newRow("bad id") << u"realtime:org:a b"_s << false << 0 << QString();
}

void TestRealtimeParts::topics()
{
    QFETCH(QString, wire);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(QString, id);
    const auto topic = RealtimeTopic::fromWire(wire);
    QCOMPARE(topic.ok(), valid);
    if (!valid) {
        QVERIFY(!topic.error().message.isEmpty());
        return;
    }
    QCOMPARE(int(topic->kind()), kind);
    QCOMPARE(topic->id(), id);
    QCOMPARE(topic->wireName(), wire);
    QCOMPARE(RealtimeTopic::fromName(topic->name()).value(), topic.value());
}

void TestRealtimeParts::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QJsonObject>("row");
    QTest::addColumn<bool>("matches");
    const QJsonObject row {{u"organization_id"_s, u"org-1"_s},
                           {u"position"_s, 7},
                           {u"active"_s, true},
                           {u"score"_s, 2.5}};
    QTest::newRow("eq text") << u"organization_id=eq.org-1"_s << row << true;
    QTest::newRow("eq text other") << u"organization_id=eq.org-2"_s << row << false;
    QTest::newRow("eq number") << u"position=eq.7"_s << row << true;
    QTest::newRow("eq bool") << u"active=eq.true"_s << row << true;
    QTest::newRow("neq") << u"position=neq.7"_s << row << false;
    QTest::newRow("lt numeric not lexical") << u"position=lt.10"_s << row << true;
    QTest::newRow("gte") << u"score=gte.2.5"_s << row << true;
    QTest::newRow("gt") << u"score=gt.2.5"_s << row << false;
    QTest::newRow("in") << u"organization_id=in.(org-3,\"org-1\")"_s << row << true;
    QTest::newRow("in miss") << u"position=in.(1,2)"_s << row << false;
    QTest::newRow("missing column") << u"wedding_id=eq.w"_s << row << false;
    QTest::newRow("value with dots") << u"organization_id=eq.org.1"_s
                                     << QJsonObject {{u"organization_id"_s, u"org.1"_s}} << true;
}

void TestRealtimeParts::filters()
{
    QFETCH(QString, filter);
    QFETCH(QJsonObject, row);
    QFETCH(bool, matches);
    const auto parsed = RowFilter::parse(filter);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->matches(row), matches);
}

void TestRealtimeParts::refusesBadFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("no operator") << u"organization_id"_s;
    QTest::newRow("no value dot") << u"organization_id=eq"_s;
    QTest::newRow("unknown op") << u"organization_id=like.x"_s;
    QTest::newRow("no column") << u"=eq.1"_s;
    QTest::newRow("in without parens") << u"id=in.1,2"_s;
}

void TestRealtimeParts::refusesBadFilters()
{
    QFETCH(QString, filter);
    const auto parsed = RowFilter::parse(filter);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, u"invalid_filter"_s);
}

void TestRealtimeParts::bindingsMatchEventSchemaTable()
{
    const QDateTime at(QDate(2026, 8, 21), QTime(10, 0), Qt::UTC);
    const auto update = HubRowChange::make(u"sections"_s, u"update"_s,
                                           {{u"id"_s, 1}, {u"organization_id"_s, u"o1"_s}},
                                           {{u"id"_s, 1}, {u"organization_id"_s, u"o1"_s}}, at)
                            .value();
    const auto remove = HubRowChange::make(u"sections"_s, u"DELETE"_s, {},
                                           {{u"id"_s, 1}, {u"organization_id"_s, u"o2"_s}}, at)
                            .value();
    auto binding = [](QJsonObject o) {
        return PostgresBinding::parse(o, 5).value();
    };
    const QJsonObject all {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}};
    QVERIFY(binding(all).matches(update));
    QVERIFY(binding(all).matches(remove));
    QVERIFY(!binding({{u"event"_s, u"INSERT"_s}, {u"schema"_s, u"public"_s}}).matches(update));
    QVERIFY(!binding({{u"event"_s, u"*"_s}, {u"schema"_s, u"audit"_s}}).matches(update));
    QVERIFY(!binding({{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, u"x"_s}})
                 .matches(update));
    // DELETE is filtered on the old row, which is all a delete has.
    const QJsonObject byOrg {{u"event"_s, u"DELETE"_s},
                             {u"schema"_s, u"public"_s},
                             {u"filter"_s, u"organization_id=eq.o2"_s}};
    QVERIFY(binding(byOrg).matches(remove));

    const QJsonObject echoed = binding(byOrg).echo();
    QCOMPARE(echoed.value(u"id"_s).toInteger(), 5);
    QCOMPARE(echoed.value(u"filter"_s), byOrg.value(u"filter"_s));

    QVERIFY(!PostgresBinding::parse(
        QJsonObject {{u"event"_s, u"UPSERT"_s}, {u"schema"_s, u"public"_s}}, 1));
    QVERIFY(!PostgresBinding::parse(QJsonObject {{u"event"_s, u"*"_s}}, 1));
    QVERIFY(!PostgresBinding::parse(u"sections"_s, 1));
    QVERIFY(!HubRowChange::make(u"sections"_s, u"TRUNCATE"_s, {}, {}, at));

    QCOMPARE(update.wireData().value(u"type"_s), QJsonValue(u"UPDATE"_s));
    QVERIFY(!remove.wireData().contains(u"record"_s));
    QVERIFY(remove.wireData().contains(u"old_record"_s));
}

void TestRealtimeParts::joinConfigDefaultsAndExtensions()
{
    qint64 nextId = 10;
    const QJsonObject payload {
        {u"config"_s,
         QJsonObject {
             {u"broadcast"_s,
              QJsonObject {{u"self"_s, u"true"_s},
                           {u"replay"_s, QJsonObject {{u"since"_s, 1000}}}}},
             {u"presence"_s, QJsonObject {{u"key"_s, u"alice"_s}}},
             {u"postgres_changes"_s,
              QJsonArray {QJsonObject {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}},
                          QJsonObject {{u"event"_s, u"INSERT"_s}, {u"schema"_s, u"public"_s}}}},
             {u"last_seq"_s, u"1789000000000000123"_s},
             {u"unknown"_s, 1}}},
        {u"access_token"_s, u"tok"_s},
        {u"version"_s, u"realtime-js/2.112.2"_s}};
    const auto config = JoinConfig::parse(payload, &nextId);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QVERIFY(config->broadcastSelf);
    QVERIFY(!config->broadcastAck); // missing fields default, as the client merges shallowly
    QVERIFY(config->presenceEnabled);
    QCOMPARE(config->presenceKey, u"alice"_s);
    QCOMPARE(config->bindings.size(), 2);
    QCOMPARE(config->bindings.at(0).id(), 10);
    QCOMPARE(config->bindings.at(1).id(), 11);
    QCOMPARE(nextId, 12);
    QCOMPARE(config->lastSeq.value(), 1789000000000000123LL);
    QCOMPARE(config->replay->sinceMs, 1000);
    QVERIFY(!config->replay->limit);
    QCOMPARE(config->accessToken, u"tok"_s);

    const auto old
        = JoinConfig::parse(QJsonObject {{u"access_token"_s, u"sb_publishable_x"_s}}, &nextId);
    QVERIFY(old);
    QVERIFY(old->accessToken.isEmpty());
    QVERIFY(old->presenceEnabled);
    const auto off = JoinConfig::parse(
        QJsonObject {
            {u"config"_s, QJsonObject {{u"presence"_s, QJsonObject {{u"enabled"_s, false}}}}}},
        &nextId);
    QVERIFY(!off->presenceEnabled);
}

void TestRealtimeParts::joinConfigRefusesWrongTypes_data()
{
    QTest::addColumn<QJsonValue>("payload");
    auto withConfig = [](QJsonObject config) {
        return QJsonValue(QJsonObject {{u"config"_s, config}});
    };
    QTest::newRow("payload array") << QJsonValue(QJsonArray {});
    QTest::newRow("config string") << QJsonValue(QJsonObject {{u"config"_s, u"x"_s}});
    QTest::newRow("self number") << withConfig({{u"broadcast"_s, QJsonObject {{u"self"_s, 1}}}});
    QTest::newRow("bindings object") << withConfig({{u"postgres_changes"_s, QJsonObject {}}});
    QTest::newRow("bad binding filter") << withConfig(
        {{u"postgres_changes"_s,
          QJsonArray {QJsonObject {
              {u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"filter"_s, u"x=like.y"_s}}}}});
    QTest::newRow("negative last_seq") << withConfig({{u"last_seq"_s, -1}});
    QTest::newRow("fractional last_seq") << withConfig({{u"last_seq"_s, 1.5}});
    QTest::newRow("replay limit 0") << withConfig(
        {{u"broadcast"_s,
          QJsonObject {{u"replay"_s, QJsonObject {{u"since"_s, 1}, {u"limit"_s, 0}}}}}});
    QTest::newRow("replay not an object")
        << withConfig({{u"broadcast"_s, QJsonObject {{u"replay"_s, 5}}}});
}

void TestRealtimeParts::joinConfigRefusesWrongTypes()
{
    QFETCH(QJsonValue, payload);
    qint64 nextId = 1;
    const auto config = JoinConfig::parse(payload, &nextId);
    QVERIFY(!config);
    QVERIFY(!config.error().message.isEmpty());
}

void TestRealtimeParts::retentionCoverage()
{
    RetentionBuffer buffer;
    buffer.setLimits(3, 10'000, 1'000'000);
    // An empty stream that has not moved: nothing missed.
    QVERIFY(buffer.coversAfter(100, 100));
    QVERIFY(!buffer.coversAfter(101, 100)); // a sequence from another stream
    QVERIFY(!buffer.coversAfter(99, 100)); // one message we no longer hold
    for (qint64 seq = 101; seq <= 105; ++seq) {
        TopicMessage m;
        m.seq = seq;
        m.atMs = seq * 1000;
        buffer.append(m);
    }
    QCOMPARE(buffer.size(), 3);
    QCOMPARE(buffer.oldestSeq(), 103);
    QVERIFY(buffer.coversAfter(102, 105));
    QVERIFY(!buffer.coversAfter(101, 105));
    QVERIFY(buffer.coversAfter(105, 105));
    const auto after = buffer.after(103);
    QCOMPARE(after.size(), size_t(2));
    QCOMPARE(after.front()->seq, 104);
    QVERIFY(buffer.after(105).empty());

    buffer.prune(113'500); // 104 and 105 are still within 10 s, 103 is not
    QCOMPARE(buffer.oldestSeq(), 104);
}

void TestRealtimeParts::retentionReplaySince()
{
    RetentionBuffer buffer;
    buffer.setLimits(100, 1'000'000, 1'000'000);
    for (qint64 seq = 1; seq <= 10; ++seq) {
        TopicMessage m;
        m.seq = seq;
        m.atMs = seq * 100;
        m.kind = seq == 9 ? TopicMessage::Kind::HubRowChange : TopicMessage::Kind::Broadcast;
        buffer.append(m);
    }
    const auto newest = buffer.broadcastsSince(500, 3);
    QCOMPARE(newest.size(), size_t(3));
    QCOMPARE(newest.at(0)->seq, 7); // 9 is a row change, not a broadcast
    QCOMPARE(newest.at(1)->seq, 8);
    QCOMPARE(newest.at(2)->seq, 10);
    QCOMPARE(buffer.broadcastsSince(500, 25).size(), size_t(5));
}

void TestRealtimeParts::retentionByteLimit()
{
    RetentionBuffer buffer;
    buffer.setLimits(100, 1'000'000, 1'000);
    auto append = [&buffer](qint64 seq, qint64 bytes) {
        TopicMessage m;
        m.seq = seq;
        m.approxBytes = bytes;
        buffer.append(m);
    };
    for (qint64 seq = 1; seq <= 5; ++seq)
        append(seq, 300);
    QCOMPARE(buffer.size(), 3); // 900 bytes kept, the two oldest dropped
    QCOMPARE(buffer.oldestSeq(), 3);
    QCOMPARE(buffer.bytes(), 900);
    // A message too large to keep at all must not leave a silent hole behind it.
    append(6, 5'000);
    QVERIFY(buffer.isEmpty());
    QVERIFY(!buffer.coversAfter(5, 6));
    append(7, 10);
    QVERIFY(buffer.coversAfter(6, 7));
    QCOMPARE(buffer.bytes(), 10);
}

void TestRealtimeParts::retainedChangesAreMeasuredWithoutEncoding()
{
    // A section's row change as the hub keeps it: without numbers the estimate is the text's
    // size; numbers count 8 each, so a change with a few stays close to it.
    const QJsonObject row {
        {u"id"_s, u"0b9d6c2e-5c8a-4a55-9b8e-3d7d1f0c2a11"_s},
        {u"wedding_id"_s, QJsonValue::Null},
        {u"config"_s,
         QJsonObject {{u"visibility"_s,
                       QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"couple"_s}},
                                    {u"always"_s, true},
                                    {u"hidden"_s, false}}},
                      {u"customization"_s, QJsonObject {{u"title"_s, u"Timeline A"_s}}},
                      {u"empty"_s, QJsonObject {}},
                      {u"none"_s, QJsonArray {}}}}};
    QCOMPARE(approxJsonSize(row), compactJsonSize(row));
    QJsonObject withNumbers = row;
    withNumbers.insert(u"position"_s, 3);
    withNumbers.insert(u"version"_s, 1234567);
    const qsizetype exact = compactJsonSize(withNumbers);
    QVERIFY(qAbs(approxJsonSize(withNumbers) - exact) <= 16);
}

void TestRealtimeParts::presenceTrackUpdateUntrack()
{
    PresenceState presence;
    const auto join = presence.track(1, u"alice"_s, {{u"status"_s, u"online"_s}});
    QVERIFY(join);
    const QJsonObject meta
        = join->joins.value(u"alice"_s).toObject().value(u"metas"_s).toArray().at(0).toObject();
    const QString ref = meta.value(u"phx_ref"_s).toString();
    QVERIFY(!ref.isEmpty());
    QCOMPARE(meta.value(u"status"_s), QJsonValue(u"online"_s));
    QVERIFY(join->leaves.isEmpty());

    QVERIFY(!presence.track(1, u"alice"_s, {{u"status"_s, u"online"_s}})); // no change
    presence.track(2, u"alice"_s, {{u"status"_s, u"away"_s}}); // second tab
    QCOMPARE(presence.state().value(u"alice"_s).toObject().value(u"metas"_s).toArray().size(), 2);

    const auto update = presence.track(1, u"alice"_s, {{u"status"_s, u"busy"_s}});
    QVERIFY(update);
    const QJsonObject left
        = update->leaves.value(u"alice"_s).toObject().value(u"metas"_s).toArray().at(0).toObject();
    const QJsonObject joined
        = update->joins.value(u"alice"_s).toObject().value(u"metas"_s).toArray().at(0).toObject();
    QCOMPARE(left.value(u"phx_ref"_s).toString(), ref);
    QCOMPARE(joined.value(u"phx_ref_prev"_s).toString(), ref);
    QVERIFY(joined.value(u"phx_ref"_s).toString() != ref);

    QVERIFY(presence.untrack(1));
    QVERIFY(!presence.untrack(1));
    QVERIFY(presence.untrack(2));
    QVERIFY(presence.isEmpty());
    QVERIFY(presence.state().isEmpty());
}

QTEST_GUILESS_MAIN(TestRealtimeParts)
#include "tst_realtimeparts.moc"
