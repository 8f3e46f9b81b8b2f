#include "JsonReader.h"

#include <QTest>

using namespace wedsync;
using namespace Qt::StringLiterals;

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTypedFields();
    void reportsEveryWrongType();
    void malformedDocuments_data();
    void malformedDocuments();
};

void TestJsonReader::readsTypedFields()
{
    QList<FieldError> errors;
    const QJsonObject o {{u"name"_s, u"Timeline"_s},
                         {u"n"_s, 3},
                         {u"flag"_s, true},
                         {u"roles"_s, QJsonArray {u"admin"_s, u"guest"_s}}};
    JsonReader r(o, u"layout"_s, &errors);
    QCOMPARE(r.string(u"name"_s), u"Timeline"_s);
    QCOMPARE(r.integer(u"n"_s).value(), 3);
    QCOMPARE(r.boolean(u"flag"_s).value(), true);
    QCOMPARE(r.stringList(u"roles"_s), (QStringList {u"admin"_s, u"guest"_s}));
    QVERIFY(!r.integer(u"missing"_s).has_value());
    QVERIFY(errors.isEmpty());
}

void TestJsonReader::reportsEveryWrongType()
{
    QList<FieldError> errors;
    const QJsonObject o {{u"n"_s, 2.5}, {u"roles"_s, QJsonArray {u"admin"_s, 7}}, {u"s"_s, 1}};
    JsonReader r(o, u"layout"_s, &errors);
    QVERIFY(!r.integer(u"n"_s));
    QCOMPARE(r.stringList(u"roles"_s), QStringList {u"admin"_s});
    r.string(u"s"_s);
    r.string(u"req"_s, {}, true);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.at(0).field, u"layout.n"_s);
    QCOMPARE(errors.at(1).field, u"layout.roles[1]"_s);
    QCOMPARE(errors.at(2).field, u"layout.s"_s);
    QCOMPARE(errors.at(3).field, u"layout.req"_s);
}

void TestJsonReader::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray("{\"a\": ");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("scalar") << QByteArray("42");
    QTest::newRow("garbage") << QByteArray("\xff\xfe<script>");
}

void TestJsonReader::malformedDocuments()
{
    QFETCH(QByteArray, bytes);
    const auto result = parseJsonObject(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"malformed_json"_s);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
