// A field mapping read backwards, as a two-way CRM sync writes WedSync's changes back: each
// source path gets what the client's fields give it, the CRM's record keeps what no mapping
// touches, and reading the written record through the same mapping gives the same fields.
#include "MappingWriteBack.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

FieldMapping mappingOf(const char *json)
{
    auto mapping = FieldMapping::fromJson(QJsonDocument::fromJson(json).array());
    return mapping ? mapping.value() : FieldMapping();
}

QJsonObject written(const FieldMapping &mapping, const QJsonObject &fields, QJsonObject record = {})
{
    for (const SourceValue &value : writeBack(mapping, fields)) {
        if (!writeSourceValue(&record, value))
            qWarning("could not write %s", qPrintable(value.path));
    }
    return record;
}

} // namespace

class TestMappingWriteBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A custom mapping with each reversible transform: what goes back reads the same again.
    void roundTrip()
    {
        const FieldMapping mapping = mappingOf(R"([
            {"source": "name", "target": "full_name", "transform": "split_name"},
            {"source": "contact.email", "target": "email", "transform": "lower"},
            {"source": "contact.phones.mobile", "target": "mobile", "transform": "phone_e164",
             "argument": "44"},
            {"source": "event.date", "target": "wedding_date", "transform": "date_iso",
             "argument": "MM/dd/yyyy"},
            {"source": "event.venue", "target": "venue", "transform": "title"},
            {"source": "extra.shoe", "target": "custom.shoe_size"}
        ])");
        QVERIFY(!mapping.isEmpty());
        const QJsonObject fields {
            {u"first_name"_s, u"Ana"_s},       {u"last_name"_s, u"López"_s},
            {u"full_name"_s, u"Ana López"_s},  {u"email"_s, u"ana@example.com"_s},
            {u"mobile"_s, u"+447700900123"_s}, {u"wedding_date"_s, u"2027-06-19"_s},
            {u"venue"_s, u"Old Mill Barn"_s},  {u"custom.shoe_size"_s, u"38"_s}};
        const QJsonObject record = written(mapping, fields);
        QCOMPARE(record[u"event"_s][u"date"_s].toString(), u"06/19/2027"_s);
        QCOMPARE(record[u"contact"_s][u"phones"_s][u"mobile"_s].toString(), u"+447700900123"_s);
        QCOMPARE(mapping.apply(record).record.toJson(), fields);
    }

    // The CRM's own data survives: siblings of a written path, keys no entry names.
    void keepsWhatIsNotMapped()
    {
        const FieldMapping mapping = mappingOf(R"([
            {"source": "firstName", "target": "first_name", "transform": "trim"},
            {"source": "cellPhone.e164", "target": "mobile"}
        ])");
        const QJsonObject before {
            {u"id"_s, u"01J"_s},
            {u"firstName"_s, u"Old"_s},
            {u"notes"_s, u"Prefers e-mail"_s},
            {u"cellPhone"_s, QJsonObject {{u"e164"_s, u"+1555"_s}, {u"label"_s, u"work"_s}}}};
        const QJsonObject after
            = written(mapping, {{u"first_name"_s, u"New"_s}, {u"mobile"_s, u"+1666"_s}}, before);
        QCOMPARE(after[u"id"_s].toString(), u"01J"_s);
        QCOMPARE(after[u"notes"_s].toString(), u"Prefers e-mail"_s);
        QCOMPARE(after[u"firstName"_s].toString(), u"New"_s);
        QCOMPARE(after[u"cellPhone"_s][u"e164"_s].toString(), u"+1666"_s);
        QCOMPARE(after[u"cellPhone"_s][u"label"_s].toString(), u"work"_s);
        // A field emptied in WedSync is cleared at the CRM, and only that leaf.
        const QJsonObject cleared = written(mapping, {{u"first_name"_s, u"New"_s}}, before);
        QVERIFY(!cleared[u"cellPhone"_s].toObject().contains(u"e164"_s));
        QCOMPARE(cleared[u"cellPhone"_s][u"label"_s].toString(), u"work"_s);
    }

    void coupleAndJoinedNames()
    {
        const FieldMapping split = mappingOf(
            R"([{"source": "Client", "target": "first_name", "transform": "split_name"}])");
        const QJsonObject couple {{u"first_name"_s, u"Ana"_s},
                                  {u"last_name"_s, u"López"_s},
                                  {u"partner_first_name"_s, u"Luis"_s},
                                  {u"partner_last_name"_s, u"García"_s}};
        const QJsonObject record = written(split, couple);
        QCOMPARE(record[u"Client"_s].toString(), u"Ana López & Luis García"_s);
        QCOMPARE(split.apply(record).record.toJson(), couple);

        const FieldMapping join = mappingOf(
            R"([{"source": "First", "target": "full_name", "transform": "join_name", "argument": "Last"}])");
        const QJsonObject joined = written(join, {{u"full_name"_s, u"Mary van der Berg"_s}});
        QCOMPARE(joined[u"First"_s].toString(), u"Mary"_s);
        QCOMPARE(joined[u"Last"_s].toString(), u"van der Berg"_s);
        QCOMPARE(join.apply(joined).record.toJson(),
                 QJsonObject({{u"full_name"_s, u"Mary van der Berg"_s}}));
    }

    // The fields a pull may fill; everything else stays WedSync's.
    void targets()
    {
        const FieldMapping mapping = mappingOf(R"([
            {"source": "Client", "target": "full_name", "transform": "split_name"},
            {"source": "Mail", "target": "email"}
        ])");
        const QSet<QString> expected {u"full_name"_s,         u"first_name"_s,
                                      u"last_name"_s,         u"partner_first_name"_s,
                                      u"partner_last_name"_s, u"email"_s};
        QCOMPARE(mappedTargets(mapping), expected);
        QVERIFY(!mappedTargets(mapping).contains(u"notes"_s));
    }

    // Paths that cannot be written leave the record as it was, and say so.
    void unwritablePaths()
    {
        QJsonObject record {{u"phone"_s, u"+1555"_s},
                            {u"emails"_s, QJsonArray {u"a@example.com"_s}}};
        const QJsonObject before = record;
        QVERIFY(!writeSourceValue(&record, {u"phone.e164"_s, u"+1666"_s})); // text, not an object
        QVERIFY(!writeSourceValue(&record, {u"emails.3"_s, u"b@example.com"_s})); // past the end
        QVERIFY(!writeSourceValue(&record, {u"a..b"_s, u"x"_s}));
        QVERIFY(!writeSourceValue(&record, {QString(), u"x"_s}));
        QCOMPARE(record, before);
        QVERIFY(writeSourceValue(&record, {u"emails.0"_s, u"b@example.com"_s}));
        QCOMPARE(record[u"emails"_s][0].toString(), u"b@example.com"_s);
        QVERIFY(writeSourceValue(&record, {u"missing.leaf"_s, QString()})); // nothing to clear
        QVERIFY(!record.contains(u"missing"_s));
    }
};

QTEST_APPLESS_MAIN(TestMappingWriteBack)
#include "tst_mappingwriteback.moc"
