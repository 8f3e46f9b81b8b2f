// The CRM hub's field mapping as an import shows it: the 22 standard fields, each transform
// on real values (phones to E.164, dates, names), the mapping JSON with one problem per entry,
// and the mapping suggested for the headers of real CRM exports.
#include "ClientFields.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

class TestClientFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardFields();
    void customFields_data();
    void customFields();
    void phoneE164_data();
    void phoneE164();
    void dates_data();
    void dates();
    void guessDateFormat_data();
    void guessDateFormat();
    void textTransforms();
    void splitName_data();
    void splitName();
    void mappingJsonRoundTrip();
    void mappingJsonReportsEachEntry();
    void mappingTargetsFilledOnce();
    void applyFillsRecordAndReportsProblems();
    void applySplitsCouple();
    void applyJoinsNames();
    void applyFlattenedJson();
    void flattenStopsDeepNesting();
    void missingSources();
    void suggestForExports_data();
    void suggestForExports();
    void suggestChoosesDateFormatAndPhones();
};

void TestClientFields::standardFields()
{
    const QStringList fields = standardClientFields();
    QCOMPARE(fields.size(), 22);
    QCOMPARE(fields.front(), u"first_name"_s);
    QCOMPARE(fields.back(), u"notes"_s);
    QVERIFY(fields.contains(u"wedding_date"_s));
    QVERIFY(fields.contains(u"partner_email"_s));
    for (const QString &field : fields) {
        QVERIFY(isClientField(field));
        QVERIFY(!clientFieldLabel(field).isEmpty());
        QVERIFY(clientFieldLabel(field) != field);
    }
    QCOMPARE(clientFieldLabel(u"wedding_date"), u"Wedding date"_s);
    QCOMPARE(clientFieldLabel(u"custom.shoe_size"), u"Custom: shoe_size"_s);
    QCOMPARE(clientTransformIds(),
             QStringList({u"none"_s, u"trim"_s, u"lower"_s, u"upper"_s, u"title"_s, u"date_iso"_s,
                          u"phone_e164"_s, u"split_name"_s, u"join_name"_s}));
    for (const QString &id : clientTransformIds())
        QCOMPARE(clientTransformId(clientTransformFromId(id).value()), id);
}

void TestClientFields::customFields_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"custom.shoe_size"_s << true;
    QTest::newRow("digits") << u"custom.a1"_s << true;
    QTest::newRow("40 chars") << (u"custom."_s + QString(40, u'a')) << true;
    QTest::newRow("41 chars") << (u"custom."_s + QString(41, u'a')) << false;
    QTest::newRow("empty key") << u"custom."_s << false;
    QTest::newRow("upper case") << u"custom.Shoe"_s << false;
    QTest::newRow("dash") << u"custom.shoe-size"_s << false;
    QTest::newRow("nested") << u"custom.a.b"_s << false;
    QTest::newRow("typo of a standard field") << u"weding_date"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestClientFields::customFields()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isClientField(id), valid);
    QCOMPARE(clientFieldProblem(id).isEmpty(), valid);
}

void TestClientFields::phoneE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::newRow("UK mobile, national") << u"07700 900123"_s << u"44"_s << u"+447700900123"_s;
    QTest::newRow("US, brackets") << u"(555) 010-9999"_s << u"1"_s << u"+15550109999"_s;
    QTest::newRow("US with trunk 1") << u"1-555-010-9999"_s << u"1"_s << u"+15550109999"_s;
    QTest::newRow("already international")
        << u"+44 (0)20 7946 0958"_s << u"1"_s << u"+442079460958"_s;
    QTest::newRow("00 prefix") << u"0044 7700 900123"_s << QString() << u"+447700900123"_s;
    QTest::newRow("plus code argument") << u"0612345678"_s << u"+33"_s << u"+33612345678"_s;
    QTest::newRow("Italy keeps its 0") << u"06 1234 5678"_s << u"39"_s << u"+390612345678"_s;
    QTest::newRow("vCard tel uri")
        << u"tel:+1-418-656-9254;ext=102"_s << QString() << u"+14186569254"_s;
    QTest::newRow("extension") << u"020 7946 0958 ext. 12"_s << u"44"_s << u"+442079460958"_s;
    QTest::newRow("no country code") << u"07700 900123"_s << QString() << QString();
    QTest::newRow("letters") << u"1-800-FLOWERS"_s << u"1"_s << QString();
    QTest::newRow("too short") << u"123"_s << u"44"_s << QString();
    QTest::newRow("too long") << u"+1234567890123456"_s << QString() << QString();
    QTest::newRow("no country code after 00") << u"0033"_s << QString() << QString();
    QTest::newRow("plus zero") << u"+0 20 7946 0958"_s << QString() << QString();
    QTest::newRow("US seven digits") << u"555-0199"_s << u"1"_s << QString();
}

void TestClientFields::phoneE164()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const Result<QString> result = transformValue(ClientTransform::PhoneE164, input, code);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(input), qPrintable(result.error().message));
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }
}

void TestClientFields::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iso") << u"2026-08-14"_s << QString() << u"2026-08-14"_s;
    QTest::newRow("iso time") << u"2026-08-14T14:00:00Z"_s << QString() << u"2026-08-14"_s;
    QTest::newRow("basic") << u"20260814"_s << QString() << u"2026-08-14"_s;
    QTest::newRow("vCard date-time") << u"20090808T1430-0500"_s << QString() << u"2009-08-08"_s;
    QTest::newRow("day first") << u"14/08/2026"_s << u"dd/MM/yyyy"_s << u"2026-08-14"_s;
    QTest::newRow("month first") << u"08/14/2026"_s << u"MM/dd/yyyy"_s << u"2026-08-14"_s;
    QTest::newRow("alternatives") << u"14.08.2026"_s << u"dd/MM/yyyy|dd.MM.yyyy"_s
                                  << u"2026-08-14"_s;
    QTest::newRow("two-digit year") << u"14/08/26"_s << u"dd/MM/yy"_s << u"2026-08-14"_s;
    QTest::newRow("two-digit old year") << u"14/08/87"_s << u"dd/MM/yy"_s << u"1987-08-14"_s;
    QTest::newRow("month name") << u"August 14, 2026"_s << u"MMMM d, yyyy"_s << u"2026-08-14"_s;
    QTest::newRow("ISO read whatever the format")
        << u"2026-08-14"_s << u"dd/MM/yyyy"_s << u"2026-08-14"_s;
    QTest::newRow("not a day") << u"31/02/2026"_s << u"dd/MM/yyyy"_s << QString();
    QTest::newRow("wrong order") << u"08/14/2026"_s << u"dd/MM/yyyy"_s << QString();
    QTest::newRow("no year") << u"--0814"_s << QString() << QString();
    QTest::newRow("not iso") << u"14/08/2026"_s << QString() << QString();
}

void TestClientFields::dates()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Result<QString> result = transformValue(ClientTransform::DateIso, input, format);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(input));
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }
}

void TestClientFields::guessDateFormat_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("format");
    QTest::newRow("iso") << QStringList {u"2026-08-14"_s, u""_s} << QString() << u"yyyy-MM-dd"_s;
    QTest::newRow("vCard basic") << QStringList {u"20090808T1430-0500"_s} << QString()
                                 << u"yyyy-MM-dd"_s;
    QTest::newRow("no samples") << QStringList() << QString() << u"yyyy-MM-dd"_s;
    QTest::newRow("UK") << QStringList {u"14/08/2026"_s, u"01/09/2026"_s} << u"44"_s
                        << u"dd/MM/yyyy"_s;
    QTest::newRow("US decided by a sample")
        << QStringList {u"01/09/2026"_s, u"08/14/2026"_s} << u"44"_s << u"MM/dd/yyyy"_s;
    QTest::newRow("ambiguous, US calling code")
        << QStringList {u"01/09/2026"_s} << u"1"_s << u"MM/dd/yyyy"_s;
    QTest::newRow("short days") << QStringList {u"4/8/2026"_s} << QString() << u"d/M/yyyy"_s;
    QTest::newRow("names") << QStringList {u"August 14, 2026"_s} << QString() << u"MMMM d, yyyy"_s;
    QTest::newRow("nothing fits") << QStringList {u"soon"_s} << QString() << QString();
}

void TestClientFields::guessDateFormat()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, code);
    QFETCH(QString, format);
    QCOMPARE(wedsync::guessDateFormat(samples, code), format);
}

void TestClientFields::textTransforms()
{
    QCOMPARE(transformValue(ClientTransform::None, u"  a "_s).value(), u"  a "_s);
    QCOMPARE(transformValue(ClientTransform::Trim, u"  a b "_s).value(), u"a b"_s);
    QCOMPARE(transformValue(ClientTransform::Lower, u" Mary@Example.COM "_s).value(),
             u"mary@example.com"_s);
    QCOMPARE(transformValue(ClientTransform::Upper, u"sw1a 1aa"_s).value(), u"SW1A 1AA"_s);
    QCOMPARE(transformValue(ClientTransform::Title, u"mary ann o'neil"_s).value(),
             u"Mary Ann O'Neil"_s);
    QCOMPARE(transformValue(ClientTransform::Title, u"MARY'S BARN-HOUSE"_s).value(),
             u"Mary's Barn-House"_s);
    QCOMPARE(transformValue(ClientTransform::Title, u"zoë d’arcy"_s).value(), u"Zoë D’Arcy"_s);
    QCOMPARE(transformValue(ClientTransform::PhoneE164, u"   "_s, u"44"_s).value(), QString());
}

void TestClientFields::splitName_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two given names") << u"Mary Ann O'Neil"_s << u"Mary Ann"_s << u"O'Neil"_s;
    QTest::newRow("last, first") << u"O'Neil, Mary Ann"_s << u"Mary Ann"_s << u"O'Neil"_s;
    QTest::newRow("particle") << u"Ludwig van der Berg"_s << u"Ludwig"_s << u"van der Berg"_s;
    QTest::newRow("title dropped") << u"Dr. Zoë Smith"_s << u"Zoë"_s << u"Smith"_s;
    QTest::newRow("Spanish surnames")
        << u"José Ortega y Gasset"_s << u"José"_s << u"Ortega y Gasset"_s;
    QTest::newRow("one word") << u"Cher"_s << u"Cher"_s << QString();
    QTest::newRow("extra spaces") << u"  Mary   Smith "_s << u"Mary"_s << u"Smith"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestClientFields::splitName()
{
    QFETCH(QString, full);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const NameParts parts = splitFullName(full);
    QCOMPARE(parts.first, first);
    QCOMPARE(parts.last, last);
}

void TestClientFields::mappingJsonRoundTrip()
{
    const QByteArray json = R"([
        {"source": "Email Address", "target": "email", "transform": "lower"},
        {"source": "Wedding Date", "target": "wedding_date", "transform": "date_iso",
         "argument": "dd/MM/yyyy"},
        {"source": "Phone", "target": "phone", "transform": "phone_e164", "argument": "44"},
        {"source": "Shoe", "target": "custom.shoe_size"}
    ])";
    const auto mapping = FieldMapping::fromJson(QJsonDocument::fromJson(json).array());
    QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message));
    QCOMPARE(mapping->entries().size(), 4);
    QCOMPARE(mapping->entries().at(1).transform, ClientTransform::DateIso);
    QCOMPARE(mapping->entries().at(3).transform, ClientTransform::None);
    const auto again = FieldMapping::fromJson(mapping->toJson());
    QVERIFY(again);
    QCOMPARE(again.value(), mapping.value());
    QCOMPARE(mapping->toJson().at(3).toObject().value(u"transform"_s).toString(), u"none"_s);
}

void TestClientFields::mappingJsonReportsEachEntry()
{
    const QByteArray json = R"([
        {"source": "Email", "target": "email"},
        {"source": "", "target": "weding_date"},
        {"source": "Date", "target": "wedding_date", "transform": "date_iso", "argument": "dd/MM"},
        {"source": "Tel", "target": "phone", "transform": "phone_e164", "argument": "0044"},
        {"source": "Name", "target": "city", "transform": "split_name"},
        {"source": "First", "target": "full_name", "transform": "join_name"},
        {"source": "X", "target": "notes", "transform": "reverse"},
        {"source": 12, "target": "notes"},
        "not an object"
    ])";
    const auto mapping = FieldMapping::fromJson(QJsonDocument::fromJson(json).array());
    QVERIFY(!mapping);
    QStringList paths;
    for (const FieldError &error : mapping.error().fields) {
        QVERIFY(!error.message.isEmpty());
        paths.append(error.field);
    }
    QCOMPARE(paths,
             QStringList({u"items[1].source"_s, u"items[1].target"_s, u"items[2].argument"_s,
                          u"items[3].argument"_s, u"items[4].argument"_s, u"items[5].argument"_s,
                          u"items[6].transform"_s, u"items[7].source"_s, u"items[8]"_s}));
    QVERIFY(mapping.error().fields.at(1).message.contains(u"weding_date"_s));
    QVERIFY(mapping.error().fields.at(6).message.contains(u"date_iso"_s));

    QJsonArray many;
    for (int i = 0; i <= FieldMapping::maxEntries; ++i)
        many.append(QJsonObject {{u"source"_s, u"a"_s}, {u"target"_s, u"notes"_s}});
    const auto tooMany = FieldMapping::fromJson(many, u"mapping"_s);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().fields.front().field, u"mapping"_s);
}

void TestClientFields::mappingTargetsFilledOnce()
{
    const QByteArray json = R"([
        {"source": "Email", "target": "email"},
        {"source": "Name", "target": "first_name", "transform": "split_name"},
        {"source": "First", "target": "first_name"},
        {"source": "E-mail 2", "target": "email", "transform": "lower"}
    ])";
    const auto mapping = FieldMapping::fromJson(QJsonDocument::fromJson(json).array());
    QVERIFY(!mapping);
    QCOMPARE(mapping.error().fields.size(), 1);
    QCOMPARE(mapping.error().fields.front().field, u"items[3].target"_s);
    QCOMPARE(
        mapping.error().fields.front().message,
        u"E-mail is already filled from the column “Email”; map each field from one column."_s);
    FieldMapping built({{u"A"_s, u"notes"_s, ClientTransform::None, {}},
                        {u"B"_s, u"notes"_s, ClientTransform::None, {}}});
    QCOMPARE(built.validate().size(), 1);
    QCOMPARE(built.validate().front().field, u"items[1].target"_s);
}

void TestClientFields::applyFillsRecordAndReportsProblems()
{
    const FieldMapping mapping({
        {u"Email"_s, u"email"_s, ClientTransform::Lower, {}},
        {u"Phone"_s, u"phone"_s, ClientTransform::PhoneE164, u"44"_s},
        {u"Date"_s, u"wedding_date"_s, ClientTransform::DateIso, u"dd/MM/yyyy"_s},
        {u"Guests"_s, u"guest_count"_s, ClientTransform::Trim, {}},
        {u"Budget"_s, u"budget"_s, ClientTransform::Trim, {}},
        {u"Email 2"_s, u"email"_s, ClientTransform::Lower, {}},
        {u"Shoe"_s, u"custom.shoe_size"_s, ClientTransform::None, {}},
    });
    const SourceRow row {{u"Email"_s, u" Mary@Example.com "_s},
                         {u"Phone"_s, u"07700 900123"_s},
                         {u"Date"_s, u"31/02/2026"_s},
                         {u"Guests"_s, u"1,200"_s},
                         {u"Budget"_s, u"$12,500.00"_s},
                         {u"Email 2"_s, u"other@example.com"_s},
                         {u"Shoe"_s, u"38"_s}};
    const MappedRow mapped = mapping.apply(row);
    QCOMPARE(mapped.record.value(u"email"), u"mary@example.com"_s); // the first one wins
    QCOMPARE(mapped.record.value(u"phone"), u"+447700900123"_s);
    QCOMPARE(mapped.record.value(u"guest_count"), u"1200"_s);
    QCOMPARE(mapped.record.value(u"budget"), u"12500.00"_s);
    QCOMPARE(mapped.record.value(u"custom.shoe_size"), u"38"_s);
    QVERIFY(!mapped.record.has(u"wedding_date"));
    QCOMPARE(mapped.problems.size(), 1);
    QCOMPARE(mapped.problems.front().field, u"wedding_date"_s);
    QVERIFY(mapped.problems.front().message.contains(u"31/02/2026"_s));
    QVERIFY(mapped.problems.front().message.contains(u"“Date”"_s));

    const MappedRow bad = mapping.apply(SourceRow {
        {u"Guests"_s, u"about 100"_s}, {u"Budget"_s, u"lots"_s}, {u"Email"_s, u"a@b.co"_s}});
    QCOMPARE(bad.problems.size(), 2);
    QCOMPARE(bad.problems.at(0).field, u"guest_count"_s);
    QCOMPARE(bad.problems.at(1).field, u"budget"_s);
    QCOMPARE(mapping.apply(SourceRow {{u"Budget"_s, u"12.500,50 €"_s}}).record.value(u"budget"),
             u"12500.50"_s);
}

void TestClientFields::applySplitsCouple()
{
    const FieldMapping mapping(
        {{u"Client Name"_s, u"full_name"_s, ClientTransform::SplitName, {}}});
    const ClientRecord single
        = mapping.apply(SourceRow {{u"Client Name"_s, u"Mary Ann O'Neil"_s}}).record;
    QCOMPARE(single.value(u"full_name"), u"Mary Ann O'Neil"_s);
    QCOMPARE(single.value(u"first_name"), u"Mary Ann"_s);
    QCOMPARE(single.value(u"last_name"), u"O'Neil"_s);
    QVERIFY(!single.has(u"partner_first_name"));

    const ClientRecord couple
        = mapping.apply(SourceRow {{u"Client Name"_s, u"Mary & John Smith"_s}}).record;
    QCOMPARE(couple.value(u"first_name"), u"Mary"_s);
    QCOMPARE(couple.value(u"last_name"), u"Smith"_s);
    QCOMPARE(couple.value(u"partner_first_name"), u"John"_s);
    QCOMPARE(couple.value(u"partner_last_name"), u"Smith"_s);

    const ClientRecord spanish
        = mapping.apply(SourceRow {{u"Client Name"_s, u"José Ortega y Gasset"_s}}).record;
    QCOMPARE(spanish.value(u"last_name"), u"Ortega y Gasset"_s);
    QVERIFY(!spanish.has(u"partner_first_name"));

    const FieldMapping partner(
        {{u"Partner"_s, u"partner_first_name"_s, ClientTransform::SplitName, {}}});
    const ClientRecord other = partner.apply(SourceRow {{u"Partner"_s, u"John Smith"_s}}).record;
    QCOMPARE(other.value(u"partner_first_name"), u"John"_s);
    QCOMPARE(other.value(u"partner_last_name"), u"Smith"_s);
    QVERIFY(!other.has(u"first_name"));
}

void TestClientFields::applyJoinsNames()
{
    const FieldMapping mapping(
        {{u"First"_s, u"full_name"_s, ClientTransform::JoinName, u"Last"_s}});
    QCOMPARE(mapping.apply(SourceRow {{u"First"_s, u" Mary "_s}, {u"Last"_s, u"Smith"_s}})
                 .record.value(u"full_name"),
             u"Mary Smith"_s);
    QCOMPARE(mapping.apply(SourceRow {{u"Last"_s, u"Smith"_s}}).record.value(u"full_name"),
             u"Smith"_s);
    QCOMPARE(mapping.sources(), QStringList({u"First"_s, u"Last"_s}));
}

void TestClientFields::applyFlattenedJson()
{
    const QJsonObject contact = QJsonDocument::fromJson(R"({
        "kind": "person", "firstName": "Mary", "lastName": "Smith", "email": "mary@example.com",
        "cellPhone": {"e164": "+447700900123"}, "guestCount": 120, "emails": ["a@x.io", "b@x.io"],
        "archived": false, "notes": null})")
                                    .object();
    const FieldMapping mapping({
        {u"firstName"_s, u"first_name"_s, ClientTransform::Trim, {}},
        {u"cellPhone.e164"_s, u"mobile"_s, ClientTransform::PhoneE164, {}},
        {u"guestCount"_s, u"guest_count"_s, ClientTransform::None, {}},
        {u"emails.1"_s, u"partner_email"_s, ClientTransform::None, {}},
        {u"archived"_s, u"custom.archived"_s, ClientTransform::None, {}},
    });
    const MappedRow mapped = mapping.apply(contact);
    QVERIFY(mapped.problems.isEmpty());
    QCOMPARE(mapped.record.value(u"first_name"), u"Mary"_s);
    QCOMPARE(mapped.record.value(u"mobile"), u"+447700900123"_s);
    QCOMPARE(mapped.record.value(u"guest_count"), u"120"_s);
    QCOMPARE(mapped.record.value(u"partner_email"), u"b@x.io"_s);
    QCOMPARE(mapped.record.value(u"custom.archived"), u"false"_s);
    QVERIFY(flattenJsonObject(contact).contains(u"notes"_s));
}

void TestClientFields::flattenStopsDeepNesting()
{
    QByteArray json = "{\"a\":";
    for (int i = 0; i < 500; ++i)
        json += "{\"a\":";
    json += "1";
    for (int i = 0; i < 501; ++i)
        json += "}";
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    const SourceRow row = flattenJsonObject(document.object());
    QVERIFY(row.contains(u"…"_s));
    QVERIFY(row.value(u"…"_s).contains(u"32"_s));
}

void TestClientFields::missingSources()
{
    const FieldMapping mapping(
        {{u"E-mail"_s, u"email"_s, ClientTransform::Lower, {}},
         {u"First"_s, u"full_name"_s, ClientTransform::JoinName, u"Last"_s}});
    const QList<FieldError> errors = mapping.missingSources({u"Email"_s, u"First"_s});
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, u"items[0].source"_s);
    QCOMPARE(errors.at(0).message, u"The column “E-mail” is not in this file."_s);
    QCOMPARE(errors.at(1).field, u"items[1].argument"_s);
}

void TestClientFields::suggestForExports_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("targets"); // per header, "" when not mapped
    QTest::newRow("HoneyBook-style")
        << QStringList {u"Client Name"_s,     u"Email"_s,        u"Phone Number"_s,
                        u"Project Name"_s,    u"Project Date"_s, u"Lead Source"_s,
                        u"Project Location"_s}
        << QStringList {u"full_name"_s,    u"email"_s,       u"phone"_s, u""_s,
                        u"wedding_date"_s, u"lead_source"_s, u"venue"_s};
    QTest::newRow("Dubsado") << QStringList {u"Name"_s, u"Email"_s, u"Phone"_s, u"Company"_s}
                             << QStringList {u"full_name"_s, u"email"_s, u"phone"_s, u""_s};
    QTest::newRow("Táve New Lead")
        << QStringList {u"FirstName"_s,   u"LastName"_s,  u"Email"_s,  u"HomePhone"_s,
                        u"MobilePhone"_s, u"WorkPhone"_s, u"Source"_s, u"EventDate"_s,
                        u"JobType"_s,     u"Message"_s}
        << QStringList {u"first_name"_s, u"last_name"_s, u"email"_s,       u"phone"_s,
                        u"mobile"_s,     u""_s,          u"lead_source"_s, u"wedding_date"_s,
                        u""_s,           u"notes"_s};
    QTest::newRow("Light Blue") << QStringList {u"ContactNameFirst"_s, u"ContactNameLast"_s,
                                                u"ContactEmail"_s, u"ContactPhoneMobile"_s}
                                << QStringList {u"first_name"_s, u"last_name"_s, u"email"_s,
                                                u"mobile"_s};
    QTest::newRow("generic")
        << QStringList {u"E-mail"_s,          u"Email Address"_s,    u"Wedding Date"_s,
                        u"Event Date"_s,      u"Zip Code"_s,         u"State"_s,
                        u"Partner's Email"_s, u"Number of Guests"_s, u"Street Address"_s}
        << QStringList {u"email"_s,        u""_s,       u"wedding_date"_s,  u""_s,
                        u"postal_code"_s,  u"region"_s, u"partner_email"_s, u"guest_count"_s,
                        u"address_line1"_s};
    QTest::newRow("Táve API v2 contact with its job")
        << QStringList {u"firstName"_s,      u"lastName"_s,      u"email"_s,
                        u"cellPhone.e164"_s, u"job.eventDate"_s, u"job.guestCount"_s,
                        u"job.stage"_s,      u"job.name"_s,      u"job.id"_s}
        << QStringList {
               u"first_name"_s,  u"last_name"_s, u"email"_s, u"mobile"_s, u"wedding_date"_s,
               u"guest_count"_s, u"status"_s,    u""_s,      u""_s};
    QTest::newRow("loose names") << QStringList {u"Bride Email (primary)"_s, u"Partner 2 email"_s,
                                                 u"Cell #"_s}
                                 << QStringList {u"email"_s, u"partner_email"_s, u"mobile"_s};
    QTest::newRow("vCard rows") << QStringList {
        u"FN"_s,       u"N.family"_s,   u"N.given"_s,      u"EMAIL"_s,           u"TEL"_s,
        u"TEL.cell"_s, u"ADR.street"_s, u"ADR.locality"_s, u"ADR.postal_code"_s, u"ANNIVERSARY"_s,
        u"NOTE"_s,     u"ORG"_s} << QStringList {u"full_name"_s,     u"last_name"_s,
                                                 u"first_name"_s,    u"email"_s,
                                                 u"phone"_s,         u"mobile"_s,
                                                 u"address_line1"_s, u"city"_s,
                                                 u"postal_code"_s,   u"wedding_date"_s,
                                                 u"notes"_s,         u""_s};
}

void TestClientFields::suggestForExports()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, targets);
    const FieldMapping mapping = suggestMapping(headers);
    QVERIFY(mapping.validate().isEmpty());
    QStringList got(headers.size());
    for (const FieldMappingEntry &entry : mapping.entries())
        got[headers.indexOf(entry.source)] = entry.target;
    QCOMPARE(got, targets);
}

void TestClientFields::suggestChoosesDateFormatAndPhones()
{
    const QStringList headers {u"Client Name"_s, u"Email"_s, u"Phone"_s, u"Wedding Date"_s};
    const QList<SourceRow> samples {
        {{u"Wedding Date"_s, u"14/08/2026"_s}, {u"Phone"_s, u"07700 900123"_s}},
        {{u"Wedding Date"_s, u"03/09/2026"_s}}};
    const FieldMapping mapping = suggestMapping(headers, samples, u"44"_s);
    const QList<FieldMappingEntry> entries = mapping.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).transform, ClientTransform::SplitName);
    QCOMPARE(entries.at(1).transform, ClientTransform::Lower);
    QCOMPARE(entries.at(2).transform, ClientTransform::PhoneE164);
    QCOMPARE(entries.at(2).argument, u"44"_s);
    QCOMPARE(entries.at(3).transform, ClientTransform::DateIso);
    QCOMPARE(entries.at(3).argument, u"dd/MM/yyyy"_s);
    const MappedRow mapped = mapping.apply(samples.front());
    QCOMPARE(mapped.record.value(u"wedding_date"), u"2026-08-14"_s);
    QCOMPARE(mapped.record.value(u"phone"), u"+447700900123"_s);
    // Without a calling code, phones are only trimmed.
    QCOMPARE(suggestMapping(headers).entries().at(2).transform, ClientTransform::Trim);
}

QTEST_GUILESS_MAIN(TestClientFields)
#include "tst_clientfields.moc"
