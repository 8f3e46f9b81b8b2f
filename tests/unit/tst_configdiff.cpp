// What changed between two versions of a scope's configuration, and applying only that.
#include "ConfigDiff.h"
#include "ConfigTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

namespace {

QString describe(const QList<ConfigChange> &changes)
{
    QStringList out;
    for (const ConfigChange &change : changes)
        out.append(configChangeKindName(change.kind) + u' ' + change.path);
    return out.join(u", ");
}

} // namespace

class TestConfigDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedKeys_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("changes");

        QTest::newRow("same") << QByteArray("{'a':{'b':1}}") << QByteArray("{'a':{'b':1}}")
                              << QString();
        QTest::newRow("changed leaf")
            << QByteArray("{'providers':{'sms':{'provider':'twilio','from':'W'}}}")
            << QByteArray("{'providers':{'sms':{'provider':'vonage','from':'W'}}}")
            << u"changed providers.sms.provider"_s;
        QTest::newRow("added and removed")
            << QByteArray("{'digest':'daily','quietHours':{'start':'22:00'}}")
            << QByteArray("{'quietHours':{'start':'22:00','end':'07:00'}}")
            << u"removed digest, added quietHours.end"_s;
        QTest::newRow("whole object added")
            << QByteArray("{}") << QByteArray("{'providers':{'okta':{'enabled':true}}}")
            << u"added providers"_s;
        QTest::newRow("whole object removed")
            << QByteArray("{'templates':{'a':{'label':'A'},'b':{'label':'B'}}}")
            << QByteArray("{'templates':{'a':{'label':'A'}}}") << u"removed templates.b"_s;
        QTest::newRow("reordered list")
            << QByteArray("{'allowedMethods':['totp','sms']}")
            << QByteArray("{'allowedMethods':['sms','totp']}") << u"changed allowedMethods"_s;
        QTest::newRow("type change")
            << QByteArray("{'x':{'y':1}}") << QByteArray("{'x':2}") << u"changed x"_s;
    }
    void changedKeys()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const QList<ConfigChange> changes = diffConfig(doc(before), doc(after));
        QTEST(describe(changes), "changes");
        // Applying the delta to the old version gives the new one; the reverse delta rolls back.
        QCOMPARE(applyConfigDelta(doc(before), changes), doc(after));
        QCOMPARE(applyConfigDelta(doc(after), diffConfig(doc(after), doc(before))), doc(before));
    }

    void oldAndNewValues()
    {
        const QList<ConfigChange> changes = diffConfig(doc("{'login':{'sessionMinutes':60}}"),
                                                       doc("{'login':{'sessionMinutes':"
                                                           "30,'sso':true}}"));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).before.toInt(), 60);
        QCOMPARE(changes.at(0).after.toInt(), 30);
        QVERIFY(changes.at(1).before.isUndefined());
        QCOMPARE(changes.at(1).after, QJsonValue(true));
    }

    void deltaWireRoundTrip()
    {
        const QList<ConfigChange> changes = diffConfig(doc("{'a':1,'b':{'c':'x'},'gone':[1]}"),
                                                       doc("{'a':2,'b':{'c':'x',"
                                                           "'d':null}}"));
        const QJsonArray wire = configDeltaToJson(changes);
        QCOMPARE(wire.size(), 3);
        QVERIFY(!wire.at(1).toObject().contains(u"old"_s)); // added: no old value
        const auto back = configDeltaFromJson(wire);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), changes);
    }

    void malformedDeltaIsRefusedPerEntry()
    {
        QJsonArray wire {
            QJsonObject {{u"path"_s, u"a..b"_s}, {u"op"_s, u"changed"_s}, {u"new"_s, 1}},
            QJsonObject {{u"path"_s, u"a"_s}, {u"op"_s, u"replaced"_s}, {u"new"_s, 1}},
            QJsonObject {{u"path"_s, u"a"_s}, {u"op"_s, u"added"_s}},
            u"not an object"_s,
            QJsonObject {{u"path"_s, 5}, {u"op"_s, u"removed"_s}},
            QJsonObject {{u"path"_s, QString(5000, u'p')}, {u"op"_s, u"removed"_s}},
        };
        const auto result = configDeltaFromJson(wire);
        QVERIFY(!result.ok());
        QStringList fields;
        for (const FieldError &error : result.error().fields)
            fields.append(error.field);
        QCOMPARE(fields,
                 (QStringList {u"[0].path"_s, u"[1].op"_s, u"[2].new"_s, u"[3]"_s, u"[4].path"_s,
                               u"[5].path"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "tst_configdiff.moc"
