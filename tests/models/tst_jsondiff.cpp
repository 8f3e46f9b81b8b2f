// Before/after of an audit row as a readable difference: paths, added/removed/changed.
#include "JsonDiff.h"
#include "JsonDiffModel.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

using Change = JsonDiffEntry::Change;
Q_DECLARE_METATYPE(QList<JsonDiffEntry>)

namespace {

QJsonValue parse(const char *json)
{
    if (!*json)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonValue v(const char *json)
{
    return QJsonDocument::fromJson("[" + QByteArray(json) + "]").array().at(0);
}

const QJsonValue None(QJsonValue::Undefined);

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void valuesReadAsOneLine();
    void modelShowsTheDiff();
};

void TestJsonDiff::diff_data()
{
    QTest::addColumn<QJsonValue>("before");
    QTest::addColumn<QJsonValue>("after");
    QTest::addColumn<QList<JsonDiffEntry>>("expected");

    QTest::newRow("equal") << parse(R"({"a":1,"b":{"c":[1,2]}})")
                           << parse(R"({"b":{"c":[1,2]},"a":1})") << QList<JsonDiffEntry> {};
    QTest::newRow("scalar changed")
        << parse(R"({"layout":{"columns":6}})") << parse(R"({"layout":{"columns":12}})")
        << QList<JsonDiffEntry> {{u"layout.columns"_s, Change::Changed, v("6"), v("12")}};
    QTest::newRow("added and removed keys")
        << parse(R"({"a":1,"gone":"x"})") << parse(R"({"a":1,"new":true})")
        << QList<JsonDiffEntry> {{u"gone"_s, Change::Removed, v("\"x\""), None},
                                 {u"new"_s, Change::Added, None, v("true")}};
    QTest::newRow("array grows") << parse(R"({"visibility":{"roles":["admin","couple"]}})")
                                 << parse(R"({"visibility":{"roles":["admin","vendor","guest"]}})")
                                 << QList<JsonDiffEntry> {{u"visibility.roles[1]"_s,
                                                           Change::Changed, v("\"couple\""),
                                                           v("\"vendor\"")},
                                                          {u"visibility.roles[2]"_s, Change::Added,
                                                           None, v("\"guest\"")}};
    QTest::newRow("type change is one entry")
        << parse(R"({"x":{"y":1}})") << parse(R"({"x":[1]})")
        << QList<JsonDiffEntry> {{u"x"_s, Change::Changed, v(R"({"y":1})"), v("[1]")}};
    QTest::newRow("null to value")
        << parse(R"({"x":null})") << parse(R"({"x":"set"})")
        << QList<JsonDiffEntry> {{u"x"_s, Change::Changed, v("null"), v("\"set\"")}};
    QTest::newRow("creation lists every leaf")
        << None << parse(R"({"title":"Timeline","layout":{"columns":4}})")
        << QList<JsonDiffEntry> {{u"layout.columns"_s, Change::Added, None, v("4")},
                                 {u"title"_s, Change::Added, None, v("\"Timeline\"")}};
    QTest::newRow("deletion lists every leaf")
        << parse(R"({"title":"Timeline"})") << QJsonValue(QJsonValue::Null)
        << QList<JsonDiffEntry> {{u"title"_s, Change::Removed, v("\"Timeline\""), None}};
    QTest::newRow("odd keys are quoted")
        << parse(R"({"a b":{"c.d":1}})") << parse(R"({"a b":{"c.d":2}})")
        << QList<JsonDiffEntry> {{u"[\"a b\"][\"c.d\"]"_s, Change::Changed, v("1"), v("2")}};
}

void TestJsonDiff::diff()
{
    QFETCH(QJsonValue, before);
    QFETCH(QJsonValue, after);
    QFETCH(QList<JsonDiffEntry>, expected);
    const QList<JsonDiffEntry> actual = jsonDiff(before, after);
    if (actual != expected) {
        for (const JsonDiffEntry &e : actual)
            qWarning() << e.path << int(e.change) << e.before << e.after;
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TestJsonDiff::valuesReadAsOneLine()
{
    QCOMPARE(jsonDiffValueText(v("\"Timeline\"")), u"Timeline"_s);
    QCOMPARE(jsonDiffValueText(v("12")), u"12"_s);
    QCOMPARE(jsonDiffValueText(v("1.5")), u"1.5"_s);
    QCOMPARE(jsonDiffValueText(v("false")), u"false"_s);
    QCOMPARE(jsonDiffValueText(v("null")), u"null"_s);
    QCOMPARE(jsonDiffValueText(v(R"(["a",1])")), u"[\"a\",1]"_s);
    QCOMPARE(jsonDiffValueText(None), QString());
}

void TestJsonDiff::modelShowsTheDiff()
{
    JsonDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocuments(parse(R"({"title":"Old","hidden":true})"),
                       parse(R"({"title":"New","order":2})"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, JsonDiffModel::PathColumn).data().toString(), u"hidden"_s);
    QCOMPARE(model.index(0, JsonDiffModel::ChangeColumn).data().toString(),
             jsonDiffChangeName(Change::Removed));
    QCOMPARE(model.index(0, 0).data(ChangeRole).toInt(), int(Change::Removed));
    QCOMPARE(model.index(2, JsonDiffModel::BeforeColumn).data().toString(), u"Old"_s);
    QCOMPARE(model.index(2, JsonDiffModel::AfterColumn).data().toString(), u"New"_s);
    QCOMPARE(model.index(1, JsonDiffModel::BeforeColumn).data().toString(), QString());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
