// CSV cells and rows as both exports write them (the server's audit export, the console's
// event history): RFC 4180 quoting and cells a spreadsheet shows as text, never runs.
#include "CsvWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cell_data();
    void cell();
    void rows();
    void utf8WithoutByteOrderMark();
};

void TestCsvWriter::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"plain"_s << u"plain"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces kept") << u" a b "_s << u" a b "_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("lf") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("hyperlink formula")
        << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("plus") << u"+41 79"_s << u"'+41 79"_s;
    QTest::newRow("minus") << u"-2"_s << u"'-2"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("leading cr") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("leading space then formula") << u" =1"_s << u" =1"_s;
    QTest::newRow("non-ascii") << u"Café, Zürich"_s << u"\"Café, Zürich\""_s;
}

void TestCsvWriter::cell()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::cell(value), cell);
    CsvWriter writer;
    writer.addRow({value, u"x"_s});
    QCOMPARE(writer.toUtf8(), (cell + u",x\r\n"_s).toUtf8());
}

void TestCsvWriter::rows()
{
    CsvWriter writer;
    writer.addRow({u"id"_s, u"label"_s});
    writer.addRow({u"1"_s, u"=cmd|' /C calc'!A0"_s});
    writer.addRow({u"2"_s, u"two\nlines, \"quoted\""_s});
    writer.addRow({});
    QCOMPARE(writer.toUtf8(),
             QByteArray("id,label\r\n"
                        "1,'=cmd|' /C calc'!A0\r\n"
                        "2,\"two\nlines, \"\"quoted\"\"\"\r\n"
                        "\r\n"));
}

void TestCsvWriter::utf8WithoutByteOrderMark()
{
    CsvWriter writer;
    writer.addRow({u"Ñandú"_s});
    const QByteArray bytes = writer.toUtf8();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes, QByteArray("\xC3\x91\x61nd\xC3\xBA\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
