// vCard files as phones, Outlook and CRMs export them, read as the console's file import
// streams them, and mapped with the same suggested mapping as CSV files; hostile files end in a
// message naming the card.
#include "FeedInChunks.h"
#include "VCardReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

struct ReadResult
{
    QList<VCardContact> cards;
    QStringList columns;
    QStringList notices;
    QString fatal;
};

ReadResult readAll(const QByteArray &bytes, qsizetype chunk = 0)
{
    VCardReader reader;
    ReadResult result;
    feedInChunks(reader, bytes, chunk, [&] { result.cards += reader.takeCards(); });
    result.columns = reader.columns();
    result.notices = reader.notices();
    result.fatal = reader.fatalError();
    return result;
}

// An old phone's export: vCard 2.1, bare types, QUOTED-PRINTABLE with a soft line break,
// CHARSET, and an AGENT card inside.
const QByteArray phoneExport21
    = "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:O=E2=80=99Neil;Zo=C3=AB;;;\r\n"
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB O=E2=80=99Neil\r\n"
      "TEL;HOME:020 7946 0958\r\n"
      "TEL;CELL;PREF:07700 900123\r\n"
      "EMAIL;INTERNET:zoe@example.com\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Wedding at the Barn.=0D=0A=\r\n"
      "Caf=E9 reception\r\n"
      "X-ANNIVERSARY:2026-08-14\r\n"
      "AGENT:\r\n"
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "FN:Her Assistant\r\n"
      "EMAIL:assistant@example.com\r\n"
      "END:VCARD\r\n"
      "END:VCARD\r\n";

// RFC 6350's own example (providers.md §5.2).
const QByteArray rfc6350Example
    = "BEGIN:VCARD\r\n"
      "VERSION:4.0\r\n"
      "FN:Simon Perreault\r\n"
      "N:Perreault;Simon;;;ing. jr,M.Sc.\r\n"
      "BDAY:--0203\r\n"
      "ANNIVERSARY:20090808T1430-0500\r\n"
      "GENDER:M\r\n"
      "LANG;PREF=1:fr\r\n"
      "LANG;PREF=2:en\r\n"
      "ORG;TYPE=work:Viagenie\r\n"
      "ADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada\r\n"
      "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\r\n"
      "TEL;VALUE=uri;TYPE=\"work,cell,voice,video,text\":tel:+1-418-262-6501\r\n"
      "EMAIL;TYPE=work:simon.perreault@viagenie.ca\r\n"
      "GEO;TYPE=work:geo:46.772673,-71.282945\r\n"
      "KEY;TYPE=work;VALUE=uri:http://www.viagenie.ca/simon.perreault/simon.asc\r\n"
      "TZ:-0500\r\n"
      "URL;TYPE=home:http://nomis80.org\r\n"
      "END:VCARD\r\n";

// Apple Contacts style 3.0: folding, escapes, groups, a labelled anniversary, a preferred
// e-mail that is not the first.
const QByteArray apple30
    = "BEGIN:VCARD\n"
      "VERSION:3.0\n"
      "PRODID:-//Apple Inc.//macOS 14.0//EN\n"
      "N:Lima;Ana;;;\n"
      "FN:Ana Lima\n"
      "EMAIL;type=INTERNET;type=HOME:ana.home@example.com\n"
      "item1.EMAIL;type=INTERNET;type=pref:ana@example.com\n"
      "NOTE:Ceremony 2pm\\nReception at The Barn\\, Hexham\\; bring the rings. This note is l\n"
      " ong enough to be folded\n"
      "\tby the exporter.\n"
      "item2.X-ABDATE;type=pref:2027-05-01\n"
      "item2.X-ABLabel:_$!<Anniversary>!$_\n"
      "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\n"
      " /"
      "2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL"
      "\n"
      "END:VCARD\n";

} // namespace

class TestVCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vcard21QuotedPrintable();
    void vcard40WithAnniversary();
    void vcard30FoldingEscapesAndGroups();
    void severalCardsWhateverTheChunks();
    void mapsThroughSuggestedMapping();
    void windows1252WithoutCharset();
    void missingEnd();
    void deepNestingEndsInAProblem();
    void overlongValues();
    void brokenLinesNameTheCard();
    void notVCard_data();
    void notVCard();
};

void TestVCardReader::vcard21QuotedPrintable()
{
    const ReadResult result = readAll(phoneExport21);
    QVERIFY2(result.fatal.isEmpty(), qPrintable(result.fatal));
    QCOMPARE(result.cards.size(), 1); // the AGENT's card is part of Zoë's, not a client
    const VCardContact &card = result.cards.front();
    QCOMPARE(card.number, 1);
    QCOMPARE(card.version, u"2.1"_s);
    QVERIFY(card.problem.isEmpty());
    QCOMPARE(card.fields.value(u"FN"_s), u"Zoë O’Neil"_s);
    QCOMPARE(card.fields.value(u"N.family"_s), u"O’Neil"_s);
    QCOMPARE(card.fields.value(u"N.given"_s), u"Zoë"_s);
    QCOMPARE(card.fields.value(u"TEL"_s), u"07700 900123"_s); // PREF first
    QCOMPARE(card.fields.value(u"TEL.cell"_s), u"07700 900123"_s);
    QCOMPARE(card.fields.value(u"TEL.home"_s), u"020 7946 0958"_s);
    QCOMPARE(card.fields.value(u"EMAIL"_s), u"zoe@example.com"_s);
    QCOMPARE(card.fields.value(u"NOTE"_s), u"Wedding at the Barn.\nCafé reception"_s);
    QCOMPARE(card.fields.value(u"ANNIVERSARY"_s), u"2026-08-14"_s);
    QCOMPARE(card.warnings.size(), 1);
    QCOMPARE(card.warnings.front(),
             u"Card 1 (line 1) holds another card (AGENT) on line 12; its properties were not "
             "imported."_s);
}

void TestVCardReader::vcard40WithAnniversary()
{
    const ReadResult result = readAll(rfc6350Example);
    QCOMPARE(result.cards.size(), 1);
    const SourceRow &fields = result.cards.front().fields;
    QCOMPARE(result.cards.front().version, u"4.0"_s);
    QCOMPARE(fields.value(u"N.family"_s), u"Perreault"_s);
    QCOMPARE(fields.value(u"N.suffix"_s), u"ing. jr, M.Sc."_s);
    QCOMPARE(fields.value(u"ANNIVERSARY"_s), u"20090808T1430-0500"_s);
    QCOMPARE(fields.value(u"BDAY"_s), u"--0203"_s);
    QCOMPARE(fields.value(u"TEL"_s), u"+1-418-656-9254;ext=102"_s);
    QCOMPARE(fields.value(u"TEL.cell"_s), u"+1-418-262-6501"_s);
    QCOMPARE(fields.value(u"ADR.extended"_s), u"Suite D2-630"_s);
    QCOMPARE(fields.value(u"ADR.street"_s), u"2875 Laurier"_s);
    QCOMPARE(fields.value(u"ADR.locality"_s), u"Quebec"_s);
    QCOMPARE(fields.value(u"ADR.postal_code"_s), u"G1V 2M2"_s);
    QCOMPARE(fields.value(u"ORG"_s), u"Viagenie"_s);
    QCOMPARE(fields.value(u"LANG"_s), u"fr"_s);
    QVERIFY(!fields.contains(u"KEY"_s));
    QVERIFY(result.cards.front().warnings.isEmpty());
}

void TestVCardReader::vcard30FoldingEscapesAndGroups()
{
    const ReadResult result = readAll(apple30);
    QCOMPARE(result.cards.size(), 1);
    const SourceRow &fields = result.cards.front().fields;
    QCOMPARE(fields.value(u"EMAIL"_s), u"ana@example.com"_s);
    QCOMPARE(fields.value(u"EMAIL.2"_s), u"ana.home@example.com"_s);
    QCOMPARE(fields.value(u"NOTE"_s),
             u"Ceremony 2pm\nReception at The Barn, Hexham; bring the rings. This note is long "
             "enough to be foldedby the exporter."_s);
    QCOMPARE(fields.value(u"ANNIVERSARY"_s), u"2027-05-01"_s);
    QVERIFY(!fields.contains(u"PHOTO"_s));
    QVERIFY(!fields.contains(u"PRODID"_s));
}

void TestVCardReader::severalCardsWhateverTheChunks()
{
    const QByteArray file = phoneExport21 + rfc6350Example + apple30;
    const ReadResult whole = readAll(file);
    QCOMPARE(whole.cards.size(), 3);
    QCOMPARE(whole.cards.at(1).number, 2);
    QCOMPARE(whole.cards.at(1).line, 18);
    QCOMPARE(whole.cards.at(2).number, 3);
    for (const qsizetype chunk : {1, 2, 5, 77}) {
        const ReadResult pieces = readAll(file, chunk);
        QCOMPARE(pieces.cards.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(pieces.cards.at(i).fields, whole.cards.at(i).fields);
            QCOMPARE(pieces.cards.at(i).warnings, whole.cards.at(i).warnings);
        }
        QCOMPARE(pieces.columns, whole.columns);
    }
    QCOMPARE(whole.columns.mid(0, 4),
             QStringList({u"FN"_s, u"N.family"_s, u"N.given"_s, u"EMAIL"_s}));
}

void TestVCardReader::mapsThroughSuggestedMapping()
{
    const ReadResult result = readAll(phoneExport21 + rfc6350Example);
    QList<SourceRow> samples;
    for (const VCardContact &card : result.cards)
        samples.append(card.fields);
    const FieldMapping mapping = suggestMapping(result.columns, samples, u"44"_s);

    const MappedRow zoe = mapping.apply(samples.at(0));
    QVERIFY(zoe.problems.isEmpty());
    QCOMPARE(zoe.record.value(u"first_name"), u"Zoë"_s);
    QCOMPARE(zoe.record.value(u"last_name"), u"O’Neil"_s);
    QCOMPARE(zoe.record.value(u"full_name"), u"Zoë O’Neil"_s);
    QCOMPARE(zoe.record.value(u"email"), u"zoe@example.com"_s);
    QCOMPARE(zoe.record.value(u"phone"), u"+447700900123"_s);
    QCOMPARE(zoe.record.value(u"mobile"), u"+447700900123"_s);
    QCOMPARE(zoe.record.value(u"wedding_date"), u"2026-08-14"_s);
    QCOMPARE(zoe.record.value(u"notes"), u"Wedding at the Barn.\nCafé reception"_s);
    QVERIFY(zoe.record.validate().isEmpty());

    const MappedRow simon = mapping.apply(samples.at(1));
    QVERIFY(simon.problems.isEmpty());
    QCOMPARE(simon.record.value(u"wedding_date"), u"2009-08-08"_s);
    QCOMPARE(simon.record.value(u"phone"), u"+14186569254"_s);
    QCOMPARE(simon.record.value(u"city"), u"Quebec"_s);
    QCOMPARE(simon.record.value(u"country"), u"Canada"_s);
}

void TestVCardReader::windows1252WithoutCharset()
{
    const ReadResult result
        = readAll("BEGIN:VCARD\nVERSION:2.1\nFN:Zo\xEB Smith\nNOTE:Caf\xE9\nEND:VCARD\n");
    QCOMPARE(result.cards.size(), 1);
    QCOMPARE(result.cards.front().fields.value(u"FN"_s), u"Zoë Smith"_s);
    QCOMPARE(result.cards.front().fields.value(u"NOTE"_s), u"Café"_s);
    QCOMPARE(result.cards.front().warnings,
             QStringList({u"Card 1 (line 1): FN on line 3: it is not UTF-8; it was read as "
                          "Windows-1252."_s}));
}

void TestVCardReader::missingEnd()
{
    const ReadResult result = readAll("BEGIN:VCARD\nFN:Ann\nBEGIN:VCARD\nFN:Ben\nEND:VCARD\n"
                                      "END:VCARD\nBEGIN:VCARD\nFN:Cat\n");
    QCOMPARE(result.cards.size(), 3);
    QCOMPARE(result.cards.at(0).fields.value(u"FN"_s), u"Ann"_s);
    QCOMPARE(result.cards.at(0).warnings,
             QStringList({u"Card 1 (line 1) has no END:VCARD; it ends where the next card begins, "
                          "on line 3."_s}));
    QCOMPARE(result.cards.at(1).fields.value(u"FN"_s), u"Ben"_s);
    QCOMPARE(result.notices,
             QStringList({u"Line 6 has END:VCARD without a BEGIN; it was ignored."_s}));
    QCOMPARE(result.cards.at(2).fields.value(u"FN"_s), u"Cat"_s);
    QCOMPARE(result.cards.at(2).warnings,
             QStringList({u"Card 3 (line 7) has no END:VCARD; the file ends inside it, so it was "
                          "read to the end."_s}));
    QVERIFY(result.fatal.isEmpty());
}

void TestVCardReader::deepNestingEndsInAProblem()
{
    QByteArray file = "BEGIN:VCARD\nVERSION:2.1\nFN:Deep\n";
    for (int i = 0; i < 10000; ++i)
        file += "AGENT:\nBEGIN:VCARD\n";
    for (int i = 0; i < 10001; ++i)
        file += "END:VCARD\n";
    file += "BEGIN:VCARD\nFN:After\nEND:VCARD\n";
    file += "BEGIN:VCARD\nFN:Unbalanced\nAGENT:\n";
    for (int i = 0; i < 10000; ++i)
        file += "BEGIN:VCARD\n";
    const ReadResult result = readAll(file, 4096);
    QVERIFY(result.fatal.isEmpty());
    QCOMPARE(result.cards.size(), 3);
    QCOMPARE(result.cards.at(0).problem,
             u"Card 1 (line 1) nests cards more than 100 levels deep; it was skipped."_s);
    QVERIFY(result.cards.at(0).fields.isEmpty());
    QCOMPARE(result.cards.at(1).fields.value(u"FN"_s), u"After"_s);
    QVERIFY(result.cards.at(1).problem.isEmpty());
    QCOMPARE(result.cards.at(2).number, 3);
    QVERIFY(result.cards.at(2).problem.startsWith(u"Card 3 (line 30008) nests cards"_s));
}

void TestVCardReader::overlongValues()
{
    QByteArray file = "BEGIN:VCARD\nFN:Ann\nNOTE:";
    file += QByteArray(2 * 1024 * 1024, 'x');
    file += "\nPHOTO;ENCODING=b;TYPE=JPEG:";
    for (int i = 0; i < 40000; ++i)
        file += QByteArray(74, 'A') + "\n ";
    file += "AAAA\nEMAIL:ann@example.com\nTITLE:";
    file += QByteArray(70000, 'y');
    file += "\nEND:VCARD\n";
    const ReadResult result = readAll(file, 65536);
    QCOMPARE(result.cards.size(), 1);
    const VCardContact &card = result.cards.front();
    QVERIFY(card.problem.isEmpty());
    QCOMPARE(card.fields.value(u"EMAIL"_s), u"ann@example.com"_s);
    QCOMPARE(card.fields.value(u"FN"_s), u"Ann"_s);
    QVERIFY(!card.fields.contains(u"NOTE"_s));
    QVERIFY(!card.fields.contains(u"TITLE"_s));
    QCOMPARE(card.warnings,
             QStringList({u"Card 1 (line 1): NOTE on line 3 is longer than 1024 KiB; it was left "
                          "out."_s,
                          u"Card 1 (line 1): TITLE is longer than 64 KiB; it was left out."_s}));
}

void TestVCardReader::brokenLinesNameTheCard()
{
    const ReadResult result = readAll("BEGIN:VCARD\nFN:Ann\nthis is not a property\n"
                                      "EMAIL:ann@example.com\nEND:VCARD\nstray text\n"
                                      "BEGIN:VCARD\nEND:VCARD\n");
    QCOMPARE(result.cards.size(), 2);
    QCOMPARE(result.cards.at(0).warnings,
             QStringList({u"Card 1 (line 1): line 3 is not a property (NAME:value); it was "
                          "skipped."_s}));
    QCOMPARE(result.cards.at(0).fields.value(u"EMAIL"_s), u"ann@example.com"_s);
    QCOMPARE(
        result.cards.at(1).problem,
        u"Card 2 (line 7) holds nothing to import: no name, e-mail, phone or other details."_s);
    QCOMPARE(result.notices,
             QStringList({u"Line 6 is outside any card and is not a property; it was ignored."_s}));
}

void TestVCardReader::notVCard_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fatal");
    QTest::newRow("csv") << QByteArray("Name,Email\nAnn,ann@example.com\n")
                         << u"This is not a vCard file: it should begin with BEGIN:VCARD, but "
                            "line 1 is “Name,Email”. If it is a CSV file, choose CSV as the "
                            "file's format."_s;
    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n") << u"The file is empty."_s;
    QTest::newRow("binary") << QByteArray("BEGIN:VCARD\n\x01\x02\x03\x00\x05", 17)
                            << u"This does not look like a text file (it holds binary data); "
                               "choose a vCard (.vcf) file exported from your contacts or CRM."_s;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "B\x00",
                                          4)
                            << u"This vCard file is UTF-16; export it again as UTF-8 (vCard 3.0 "
                               "or 4.0) and import that file."_s;
    QByteArray late(5000, 'x');
    late.prepend("BEGIN:VCARD\nNOTE:");
    late += QByteArray("\nFN:A\0B\nEND:VCARD\n", 17);
    QTest::newRow("NUL later") << late
                               << u"This does not look like a text file: line 3 holds a NUL byte, "
                                  "which text never has."_s;
    QTest::newRow("calendar") << QByteArray("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
                              << u"This is not a vCard file: it should begin with BEGIN:VCARD, but "
                                 "line 1 is “BEGIN:VCALENDAR”. If it is a CSV file, choose CSV as "
                                 "the file's format."_s;
}

void TestVCardReader::notVCard()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fatal);
    QCOMPARE(readAll(bytes).fatal, fatal);
    QCOMPARE(readAll(bytes, 3).fatal, fatal);
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
