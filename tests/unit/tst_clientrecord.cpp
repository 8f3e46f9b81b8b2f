// A CRM client as the hub stores and matches it: what stops an import (no e-mail and no name, a
// broken address), the e-mail key that finds an existing client, the JSON of `fields`, and the
// content hash that tells whether a client changed since the last sync.
#include "ClientRecord.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

ClientRecord record(std::initializer_list<std::pair<QString, QString>> fields)
{
    ClientRecord out;
    for (const auto &[field, value] : fields)
        out.setValue(field, value);
    return out;
}

QStringList problemFields(const ClientRecord &client)
{
    QStringList out;
    for (const FieldError &error : client.validate())
        out.append(error.field);
    return out;
}

} // namespace

class TestClientRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emails_data();
    void emails();
    void needsAnEmailOrAName();
    void fieldChecks();
    void emailKeyAndDisplayName();
    void fieldsInContractOrder();
    void jsonRoundTrip();
    void jsonRejectsUnknownFields();
    void contentHash();
};

void TestClientRecord::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("plain") << u"mary@example.com"_s << true;
    QTest::newRow("plus and subdomain") << u"mary+wedding@mail.example.co.uk"_s << true;
    QTest::newRow("unicode domain") << u"zoë@exämple.de"_s << true;
    QTest::newRow("no at") << u"mary.example.com"_s << false;
    QTest::newRow("two ats") << u"mary@@example.com"_s << false;
    QTest::newRow("no domain dot") << u"mary@localhost"_s << false;
    QTest::newRow("space") << u"mary smith@example.com"_s << false;
    QTest::newRow("display name") << u"Mary <mary@example.com>"_s << false;
    QTest::newRow("two addresses") << u"a@example.com, b@example.com"_s << false;
    QTest::newRow("trailing dot") << u"mary@example.com."_s << false;
    QTest::newRow("double dot") << u"mary..smith@example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too long") << (QString(250, u'a') + u"@x.io"_s) << false;
}

void TestClientRecord::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);
    QCOMPARE(isPlausibleEmail(email), plausible);
}

void TestClientRecord::needsAnEmailOrAName()
{
    const QList<FieldError> empty = ClientRecord().validate();
    QCOMPARE(empty.size(), 1);
    QCOMPARE(empty.front().message, u"The client has neither an e-mail address nor a name."_s);
    QVERIFY(record({{u"phone"_s, u"+447700900123"_s}}).validate().size() == 1);
    QVERIFY(record({{u"email"_s, u"mary@example.com"_s}}).validate().isEmpty());
    QVERIFY(record({{u"last_name"_s, u"Smith"_s}}).validate().isEmpty());
    QVERIFY(record({{u"full_name"_s, u"Mary Smith"_s}}).validate().isEmpty());
    QVERIFY(!record({{u"first_name"_s, u"   "_s}}).validate().isEmpty());
}

void TestClientRecord::fieldChecks()
{
    const ClientRecord client
        = record({{u"full_name"_s, u"Mary Smith"_s},
                  {u"email"_s, u"mary at example.com"_s},
                  {u"partner_email"_s, u"john@example.com"_s},
                  {u"wedding_date"_s, u"14/08/2026"_s},
                  {u"guest_count"_s, u"about 100"_s},
                  {u"budget"_s, u"12,500"_s},
                  {u"notes"_s, QString(ClientRecord::maxValueLength + 1, u'x')},
                  {u"custom.Bad"_s, u"x"_s}});
    QCOMPARE(problemFields(client),
             QStringList({u"budget"_s, u"custom.Bad"_s, u"email"_s, u"guest_count"_s, u"notes"_s,
                          u"wedding_date"_s}));
    for (const FieldError &error : client.validate())
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
    const QList<FieldError> errors = client.validate();
    QCOMPARE(errors.at(2).message, u"“mary at example.com” is not an e-mail address."_s);
    QCOMPARE(errors.at(5).message, u"“14/08/2026” is not a date in the form yyyy-MM-dd."_s);

    const ClientRecord good = record({{u"email"_s, u"mary@example.com"_s},
                                      {u"wedding_date"_s, u"2026-08-14"_s},
                                      {u"guest_count"_s, u"120"_s},
                                      {u"budget"_s, u"12500.50"_s},
                                      {u"custom.shoe_size"_s, u"38"_s}});
    QVERIFY(good.validate().isEmpty());
}

void TestClientRecord::emailKeyAndDisplayName()
{
    ClientRecord client = record({{u"email"_s, u"  Mary.Smith@Example.COM "_s}});
    QCOMPARE(client.emailKey(), u"mary.smith@example.com"_s);
    QCOMPARE(client.displayName(), u"Mary.Smith@Example.COM"_s);
    client.setValue(u"first_name"_s, u"Mary"_s);
    QCOMPARE(client.displayName(), u"Mary"_s);
    client.setValue(u"last_name"_s, u"Smith"_s);
    QCOMPARE(client.displayName(), u"Mary Smith"_s);
    client.setValue(u"full_name"_s, u"Mary & John Smith"_s);
    QCOMPARE(client.displayName(), u"Mary & John Smith"_s);
    QCOMPARE(ClientRecord().emailKey(), QString());
    client.setValue(u"full_name"_s, QString()); // empty unsets
    QVERIFY(!client.has(u"full_name"));
}

void TestClientRecord::fieldsInContractOrder()
{
    const ClientRecord client = record({{u"notes"_s, u"n"_s},
                                        {u"custom.zeta"_s, u"z"_s},
                                        {u"email"_s, u"e@x.io"_s},
                                        {u"custom.alpha"_s, u"a"_s},
                                        {u"first_name"_s, u"f"_s}});
    QCOMPARE(client.fields(),
             QStringList(
                 {u"first_name"_s, u"email"_s, u"notes"_s, u"custom.alpha"_s, u"custom.zeta"_s}));
}

void TestClientRecord::jsonRoundTrip()
{
    const ClientRecord client = record({{u"first_name"_s, u"Zoë"_s},
                                        {u"email"_s, u"zoe@example.com"_s},
                                        {u"notes"_s, u"Line one\nLine two"_s},
                                        {u"custom.shoe_size"_s, u"38"_s}});
    const QJsonObject json = client.toJson();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json.value(u"custom.shoe_size"_s).toString(), u"38"_s);
    const auto back = ClientRecord::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back.value(), client);
    QCOMPARE(back->contentHash(), client.contentHash());

    // Numbers (a guest count sent as 120) are taken as their text; null is no value.
    const auto numbers = ClientRecord::fromJson(
        QJsonDocument::fromJson(R"({"guest_count": 120, "budget": 12500.5, "notes": null})")
            .object());
    QVERIFY(numbers);
    QCOMPARE(numbers->value(u"guest_count"), u"120"_s);
    QCOMPARE(numbers->value(u"budget"), u"12500.5"_s);
    QVERIFY(!numbers->has(u"notes"));
}

void TestClientRecord::jsonRejectsUnknownFields()
{
    const auto result = ClientRecord::fromJson(
        QJsonDocument::fromJson(R"({"email": "a@b.co", "weding_date": "2026-08-14",
                                     "first_name": ["Mary"], "custom.ok": "1"})")
            .object());
    QVERIFY(!result);
    QCOMPARE(result.error().fields.size(), 2);
    QCOMPARE(result.error().fields.at(0).field, u"first_name"_s);
    QCOMPARE(result.error().fields.at(0).message, u"Must be a string."_s);
    QCOMPARE(result.error().fields.at(1).field, u"weding_date"_s);
    QVERIFY(result.error().fields.at(1).message.contains(u"weding_date"_s));
}

void TestClientRecord::contentHash()
{
    const ClientRecord a = record({{u"first_name"_s, u"Zoë"_s},
                                   {u"email"_s, u"mary@example.com"_s},
                                   {u"custom.shoe_size"_s, u"38"_s}});
    const ClientRecord b = record({{u"custom.shoe_size"_s, u"38"_s},
                                   {u"email"_s, u"mary@example.com"_s},
                                   {u"first_name"_s, u"Zoë"_s}});
    // SHA-256 of {"custom.shoe_size":"38","email":"mary@example.com","first_name":"Zoë"} in
    // UTF-8, as any other implementation of the contract computes it.
    QCOMPARE(
        a.canonicalJson(),
        u"{\"custom.shoe_size\":\"38\",\"email\":\"mary@example.com\",\"first_name\":\"Zoë\"}"_s
            .toUtf8());
    QCOMPARE(a.contentHash(),
             u"9323a87d9d6503b5493f59e9daa4282e55248a0e32ab9f2d5c71838a1737c0ae"_s);
    QCOMPARE(b.contentHash(), a.contentHash());
    ClientRecord changed = a;
    changed.setValue(u"first_name"_s, u"Zoe"_s);
    QVERIFY(changed.contentHash() != a.contentHash());
    QCOMPARE(ClientRecord().contentHash().size(), 64);
}

QTEST_GUILESS_MAIN(TestClientRecord)
#include "tst_clientrecord.moc"
