// GET /api/v1/openapi.json describes every route of the server's table, every schema it names
// exists, and every described operation is served by the running server.
#include "HttpTestClient.h"
#include "ServerApp.h"
#include "ServerOptions.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

// Every "$ref" string anywhere in `value`.
void collectRefs(const QJsonValue &value, QStringList *refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"$ref"_s)
                *refs << it.value().toString();
            else
                collectRefs(it.value(), refs);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRefs(item, refs);
    }
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesEveryRoute_data() { TestDatabase::addBackendRows(); }
    void describesEveryRoute();
};

void TestOpenApi::describesEveryRoute()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    QVERIFY2(db.isReady(), qPrintable(db.errorString()));
    ServerProcess server;
    QVERIFY2(server.start(db.serverArguments()), qPrintable(server.errorString()));
    HttpTestClient api(server.baseUrl());
    const HttpTestReply reply = api.get(u"/api/v1/openapi.json"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject document = reply.object();
    QCOMPARE(document.value(u"openapi"_s).toString().left(2), u"3."_s);
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    const QJsonObject schemas = document[u"components"_s][u"schemas"_s].toObject();

    // The route table of the same build, assembled in this process.
    QTemporaryDir dir;
    auto options = ServerOptions::parse(
        {u"wedsync-server"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dir.path()},
        dir.path());
    QVERIFY(options.ok());
    ServerApp app(options.value());
    auto started = app.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    int described = 0;
    for (const Route &route : app.router().routes()) {
        const QString name = route.method + u' ' + route.path.openApiPath();
        const QJsonObject operation
            = paths.value(route.path.openApiPath())[route.method.toLower()].toObject();
        QVERIFY2(!operation.isEmpty(), qPrintable(u"missing from openapi.json: "_s + name));
        QVERIFY2(!operation.value(u"summary"_s).toString().isEmpty(), qPrintable(name));
        QVERIFY2(operation.value(u"responses"_s)
                     .toObject()
                     .contains(QString::number(route.successStatus)),
                 qPrintable(name));
        QCOMPARE(operation.contains(u"security"_s), route.auth != AuthRequirement::Public);
        ++described;
    }
    int operations = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it)
        operations += int(it.value().toObject().size());
    QCOMPARE(operations, described); // nothing described that the table lacks

    QStringList refs;
    collectRefs(document, &refs);
    QVERIFY(!refs.isEmpty());
    for (const QString &ref : std::as_const(refs)) {
        QVERIFY2(ref.startsWith(u"#/components/schemas/"_s), qPrintable(ref));
        QVERIFY2(schemas.contains(ref.mid(21)), qPrintable(u"unknown schema "_s + ref));
    }

    // The server chooses a section's id; a layout version is read with its sections.
    QVERIFY(!schemas[u"SectionCreate"_s][u"properties"_s].toObject().contains(u"id"_s));
    QVERIFY(schemas[u"LayoutVersion"_s][u"properties"_s].toObject().contains(u"sections"_s));
    QVERIFY(
        !schemas[u"LayoutVersionSummary"_s][u"properties"_s].toObject().contains(u"sections"_s));
    QVERIFY(paths.contains(u"/api/v1/organizations/{org}/layout/versions/{version}/restore"_s));

    // Every described operation exists in the running server (no "no API route", no 405).
    static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QString path = it.key();
        path.replace(parameter, QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QJsonObject item = it.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            const HttpTestReply answer = api.send(op.key().toUpper().toLatin1(), path, "{}",
                                                  {{"Content-Type", "application/json"}});
            QVERIFY2(
                answer.status != 405 && answer.status != 0 && answer.status < 500,
                qPrintable(op.key() + u' ' + path + u' ' + QString::fromUtf8(answer.describe())));
            QVERIFY2(!(answer.status == 404
                       && answer.object()[u"error"_s][u"message"_s].toString().startsWith(
                           u"There is no API route"_s)),
                     qPrintable(path));
        }
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
