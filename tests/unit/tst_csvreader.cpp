// CSV files as CRMs and spreadsheets export them, read as the console's file import streams
// them: real-looking exports, encodings, chunk boundaries anywhere, and hostile files that must
// end in a message a person can act on.
#include "CsvReader.h"
#include "FeedInChunks.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

struct ReadResult
{
    QStringList header;
    QList<CsvRow> rows;
    QString fatal;
    QStringList notices;
    char delimiter = 0;
    CsvReader::Encoding encoding = CsvReader::Encoding::Unknown;
};

// The whole file through a reader, `chunk` bytes at a time (0: in one piece).
ReadResult readAll(const QByteArray &bytes, qsizetype chunk = 0, CsvReader::Limits limits = {})
{
    CsvReader reader(limits);
    ReadResult result;
    feedInChunks(reader, bytes, chunk, [&] { result.rows += reader.takeRows(); });
    result.header = reader.header();
    result.fatal = reader.fatalError();
    result.notices = reader.notices();
    result.delimiter = reader.delimiter();
    result.encoding = reader.encoding();
    return result;
}

const QByteArray honeyBookExport
    = "\xEF\xBB\xBF"
      "Client Name;Email;Phone Number;Project Date;Project Location;Notes\r\n"
      "\"O'Neil, Mary Ann\";Mary@Example.com;07700 900123;14/08/2026;\"The Barn; Hexham\";\"Called "
      "twice.\r\nWants \"\"golden hour\"\" shots\"\r\n"
      "Zoë & Tom Brown;zoe@example.com;+44 20 7946 0958;03/09/2026;;\r\n"
      "\r\n"
      "Ana Lima;ana@example.com;;;Porto;=HYPERLINK(\"http://x\")\r\n";

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void honeyBookExportWithBomAndSemicolons();
    void sameRowsWhateverTheChunks();
    void importsThroughSuggestedMapping();
    void windows1252Name();
    void utf8FileWithOneBadRow();
    void delimiters_data();
    void delimiters();
    void headerNames();
    void extraValuesAreAProblem();
    void formulaCellsAreFlagged();
    void tooManyColumns();
    void headerWithTooManyColumnsStopsTheFile();
    void longField();
    void unterminatedQuote();
    void notText_data();
    void notText();
    void nulByteLater();
    void emptyFiles();
    void manyRowsStream();
};

void TestCsvReader::initTestCase()
{
    // Messages write numbers as the person's locale does ("1,000" here, "1.000" in Spanish).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCsvReader::honeyBookExportWithBomAndSemicolons()
{
    const ReadResult result = readAll(honeyBookExport);
    QVERIFY2(result.fatal.isEmpty(), qPrintable(result.fatal));
    QCOMPARE(result.delimiter, ';');
    QCOMPARE(result.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(result.header,
             QStringList({u"Client Name"_s, u"Email"_s, u"Phone Number"_s, u"Project Date"_s,
                          u"Project Location"_s, u"Notes"_s}));
    QCOMPARE(result.rows.size(), 3);
    const CsvRow &mary = result.rows.at(0);
    QCOMPARE(mary.number, 2);
    QCOMPARE(mary.line, 2);
    QCOMPARE(mary.fields.at(0), u"O'Neil, Mary Ann"_s);
    QCOMPARE(mary.fields.at(4), u"The Barn; Hexham"_s);
    QCOMPARE(mary.fields.at(5), u"Called twice.\nWants \"golden hour\" shots"_s);
    QVERIFY(mary.problem.isEmpty());
    const CsvRow &zoe = result.rows.at(1);
    QCOMPARE(zoe.number, 3);
    QCOMPARE(zoe.line, 4); // the quoted note took two lines
    QCOMPARE(zoe.fields.at(0), u"Zoë & Tom Brown"_s);
    QCOMPARE(zoe.fields.at(5), QString());
    QCOMPARE(result.rows.at(2).number, 5); // the blank line is row 4, as a spreadsheet shows it
    QCOMPARE(result.rows.at(2).formulaColumns, QList<int>({5}));
    QVERIFY(result.notices.isEmpty());
}

void TestCsvReader::sameRowsWhateverTheChunks()
{
    const ReadResult whole = readAll(honeyBookExport);
    for (const qsizetype chunk : {1, 2, 3, 7, 64}) {
        const ReadResult pieces = readAll(honeyBookExport, chunk);
        QCOMPARE(pieces.header, whole.header);
        QCOMPARE(pieces.rows.size(), whole.rows.size());
        for (qsizetype i = 0; i < whole.rows.size(); ++i) {
            QCOMPARE(pieces.rows.at(i).fields, whole.rows.at(i).fields);
            QCOMPARE(pieces.rows.at(i).number, whole.rows.at(i).number);
            QCOMPARE(pieces.rows.at(i).line, whole.rows.at(i).line);
        }
    }
}

void TestCsvReader::importsThroughSuggestedMapping()
{
    CsvReader reader;
    reader.feed(honeyBookExport);
    reader.finish();
    const QList<CsvRow> rows = reader.takeRows();
    QList<SourceRow> samples;
    for (const CsvRow &row : rows)
        samples.append(reader.sourceRow(row));
    const FieldMapping mapping = suggestMapping(reader.header(), samples, u"44"_s);
    const MappedRow mary = mapping.apply(samples.at(0));
    QVERIFY(mary.problems.isEmpty());
    QCOMPARE(mary.record.value(u"first_name"), u"Mary Ann"_s);
    QCOMPARE(mary.record.value(u"last_name"), u"O'Neil"_s);
    QCOMPARE(mary.record.value(u"email"), u"mary@example.com"_s);
    QCOMPARE(mary.record.value(u"phone"), u"+447700900123"_s);
    QCOMPARE(mary.record.value(u"wedding_date"), u"2026-08-14"_s);
    QCOMPARE(mary.record.value(u"venue"), u"The Barn; Hexham"_s);
    const MappedRow zoe = mapping.apply(samples.at(1));
    QCOMPARE(zoe.record.value(u"first_name"), u"Zoë"_s);
    QCOMPARE(zoe.record.value(u"partner_first_name"), u"Tom"_s);
    QCOMPARE(zoe.record.value(u"last_name"), u"Brown"_s);
    QCOMPARE(zoe.record.value(u"phone"), u"+442079460958"_s);
}

void TestCsvReader::windows1252Name()
{
    // Excel on Windows saves "CSV" in the ANSI code page: ë is one byte, 0xEB; ’ is 0x92.
    const QByteArray bytes = "Name,Email,Notes\r\nZo\xEB Smith,zoe@example.com,Bride\x92s mum\r\n"
                             "Jos\xC3\xA9,jose@example.com,fixed by hand in UTF-8\r\n";
    const ReadResult result = readAll(bytes);
    QVERIFY(result.fatal.isEmpty());
    QCOMPARE(result.encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.front().fields.at(0), u"Zoë Smith"_s);
    QCOMPARE(result.rows.back().fields.at(0), u"José"_s);
    QCOMPARE(result.rows.front().fields.at(2), u"Bride’s mum"_s);
    QCOMPARE(result.notices.size(), 1);
    QVERIFY(result.notices.front().contains(u"Windows-1252"_s));
    QVERIFY(result.notices.front().contains(u"CSV UTF-8"_s));
}

void TestCsvReader::utf8FileWithOneBadRow()
{
    const QByteArray bytes = "Name\nZoë\nZo\xEB\nJosé\n";
    const ReadResult result = readAll(bytes);
    QCOMPARE(result.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(1).fields.front(), u"Zoë"_s);
    QCOMPARE(result.rows.at(2).fields.front(), u"José"_s);
    QCOMPARE(result.notices,
             QStringList({u"Row 3 is not UTF-8 like the rest of the file; it was "
                          "read as Windows-1252. Check its accented letters."_s}));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ',' << QStringList {u"1"_s, u"2"_s};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';'
                               << QStringList {u"1,5"_s, u"2"_s};
    QTest::newRow("tab") << QByteArray("a\tb\n1,5\t2\n") << '\t' << QStringList {u"1,5"_s, u"2"_s};
    QTest::newRow("quoted delimiters do not count")
        << QByteArray("\"a;x;y\",b\n1,2\n") << ',' << QStringList {u"1"_s, u"2"_s};
    QTest::newRow("Excel sep line")
        << QByteArray("sep=;\r\na,b;c\r\n1;2\r\n") << ';' << QStringList {u"1"_s, u"2"_s};
    QTest::newRow("one column") << QByteArray("email\nx@y.z\n") << ',' << QStringList {u"x@y.z"_s};
    QTest::newRow("old Mac line ends")
        << QByteArray("a,b\r1,2\r") << ',' << QStringList {u"1"_s, u"2"_s};
    QTest::newRow("no final line break")
        << QByteArray("a,b\n1,\"2\"") << ',' << QStringList {u"1"_s, u"2"_s};
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(QStringList, fields);
    const ReadResult result = readAll(bytes);
    QVERIFY(result.fatal.isEmpty());
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.front().fields, fields);
}

void TestCsvReader::headerNames()
{
    const ReadResult result = readAll("Email, ,Email,Email (2),Phone\n1,2,3,4,5\n");
    QCOMPARE(
        result.header,
        QStringList({u"Email"_s, u"Column 2"_s, u"Email (2)"_s, u"Email (2) (2)"_s, u"Phone"_s}));
    CsvReader reader;
    reader.setHasHeader(false);
    reader.feed("a@b.co,Mary\nc@d.co,Ann,extra\n");
    reader.finish();
    const QList<CsvRow> rows = reader.takeRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).number, 1);
    QCOMPARE(reader.header(), QStringList({u"Column 1"_s, u"Column 2"_s, u"Column 3"_s}));
    QCOMPARE(reader.sourceRow(rows.at(1)).value(u"Column 3"_s), u"extra"_s);
}

void TestCsvReader::extraValuesAreAProblem()
{
    const ReadResult result = readAll("Name,Email\nSmith, Mary,mary@example.com\nAnn,a@b.co,,\n");
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).problem,
             u"Row 2 has 3 values but the header names 2 columns; a value with a comma in it "
             "may be missing its quotes."_s);
    QVERIFY(result.rows.at(1).problem.isEmpty()); // trailing empty values are harmless
    QCOMPARE(result.rows.at(1).fields, QStringList({u"Ann"_s, u"a@b.co"_s}));
}

void TestCsvReader::formulaCellsAreFlagged()
{
    const ReadResult result = readAll(
        "a,b,c,d,e,f,g\n=1+1,+44 7700 900123,-5,@SUM(A1),+cmd|' /C calc'!A0,-2+3*cmd,x=y\n");
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.front().formulaColumns, QList<int>({0, 3, 4, 5}));
    QCOMPARE(result.rows.front().fields.at(0), u"=1+1"_s); // kept as text, never evaluated
}

void TestCsvReader::tooManyColumns()
{
    QByteArray bytes = "Name,Email\nMary,mary@example.com\n";
    bytes += QByteArray(1000001, ',');
    bytes += "\nAnn,ann@example.com\n";
    const ReadResult result = readAll(bytes, 65536);
    QVERIFY(result.fatal.isEmpty());
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(1).number, 3);
    QCOMPARE(result.rows.at(1).problem,
             u"Row 3 has more than 1,000 columns; is this a CSV file?"_s);
    QVERIFY(result.rows.at(1).fields.isEmpty());
    QCOMPARE(result.rows.at(2).fields, QStringList({u"Ann"_s, u"ann@example.com"_s}));
}

void TestCsvReader::headerWithTooManyColumnsStopsTheFile()
{
    QByteArray bytes(5000, 'a');
    for (qsizetype i = 1; i < bytes.size(); i += 2)
        bytes[i] = ',';
    bytes += "\n1,2\n";
    const ReadResult result = readAll(bytes);
    QCOMPARE(result.fatal, u"Row 1 has more than 1,000 columns; is this a CSV file?"_s);
    QVERIFY(result.rows.isEmpty());
}

void TestCsvReader::longField()
{
    QByteArray bytes = "Name,Notes\nMary,\"";
    bytes += QByteArray(70 * 1024, 'x');
    bytes += "\"\nAnn,short\n";
    const ReadResult result = readAll(bytes, 4096);
    QVERIFY(result.fatal.isEmpty());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).problem,
             u"Row 2, column 2 holds more than 64 KiB of text; shorten it, or look for a \" that "
             "is never closed."_s);
    QCOMPARE(result.rows.at(1).fields, QStringList({u"Ann"_s, u"short"_s}));
}

void TestCsvReader::unterminatedQuote()
{
    const QByteArray bytes = "Name,Notes\nMary,fine\nAnn,\"starts here\nBen,lost\nCat,lost\n";
    const ReadResult result = readAll(bytes, 5);
    QCOMPARE(result.rows.size(), 1); // Mary; the rest is inside the quote
    QCOMPARE(result.fatal,
             u"The file ends inside a quoted value that starts in row 3 (line 3), so everything "
             "after it was read as that one value; look for a \" that is never closed in row 3."_s);
}

void TestCsvReader::notText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("start");
    QByteArray garbage;
    quint32 seed = 12345;
    for (int i = 0; i < 10000; ++i) {
        seed = seed * 1103515245u + 12345u;
        garbage.append(char(seed >> 24));
    }
    QTest::newRow("random bytes") << garbage << u"This does not look like a text file"_s;
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)
                          << u"This is an Excel workbook"_s;
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
                         << u"This is an old Excel"_s;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEN\x00"
                                          "a\x00",
                                          6)
                            << u"This file is UTF-16"_s;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << u"This is a PDF"_s;
    QTest::newRow("vcard") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\n") << u"This is a vCard"_s;
}

void TestCsvReader::notText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, start);
    const ReadResult result = readAll(bytes, 1000);
    QVERIFY2(result.fatal.startsWith(start), qPrintable(result.fatal));
    QVERIFY(result.rows.isEmpty());
}

void TestCsvReader::nulByteLater()
{
    QByteArray bytes = "Name\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "Mary\n";
    bytes += QByteArray("Ann\0x\n", 6);
    const ReadResult result = readAll(bytes, 8192);
    QCOMPARE(result.rows.size(), 20000); // what came before is kept
    QCOMPARE(result.fatal,
             u"This does not look like a text file: row 20002 (line 20002) holds a NUL byte, "
             "which text never has; choose a CSV file exported from your CRM or spreadsheet."_s);
}

void TestCsvReader::emptyFiles()
{
    QCOMPARE(readAll({}).fatal, u"The file is empty."_s);
    QCOMPARE(readAll("\xEF\xBB\xBF").fatal, u"The file is empty."_s);
    QVERIFY(readAll("\n\r\n,,\n").fatal.startsWith(u"The file has no rows"_s));
    const ReadResult headerOnly = readAll("Name,Email\r\n");
    QVERIFY(headerOnly.fatal.isEmpty());
    QVERIFY(headerOnly.rows.isEmpty());
    QCOMPARE(headerOnly.header.size(), 2);
}

void TestCsvReader::manyRowsStream()
{
    // 50,000 rows in 16 KiB chunks: every row comes out once, in order, numbered.
    QByteArray bytes = "First Name,Last Name,Email\r\n";
    for (int i = 0; i < 50000; ++i)
        bytes += "Mary,\"Smith, " + QByteArray::number(i) + "\",m" + QByteArray::number(i)
            + "@example.com\r\n";
    CsvReader reader;
    qint64 seen = 0;
    bool inOrder = true;
    for (qsizetype at = 0; at < bytes.size(); at += 16384) {
        reader.feed(
            QByteArrayView(bytes).sliced(at, std::min<qsizetype>(16384, bytes.size() - at)));
        for (const CsvRow &row : reader.takeRows()) {
            inOrder = inOrder && row.number == seen + 2
                && row.fields.at(1) == u"Smith, "_s + QString::number(seen);
            ++seen;
        }
    }
    reader.finish();
    seen += reader.takeRows().size();
    QVERIFY(inOrder);
    QCOMPARE(seen, 50000);
    QCOMPARE(reader.rowCount(), 50000);
    QVERIFY(reader.fatalError().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
