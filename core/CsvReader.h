#pragma once
// Reads a CSV file as CRMs export it, in chunks, so that a file of any size streams through:
// RFC 4180 quoting (delimiters, quotes and line breaks inside quoted values), UTF-8 with or
// without a byte-order mark and Windows-1252 when the bytes are not UTF-8 (said in notices()),
// the delimiter (',', ';' or tab, or an Excel "sep=;" line) found from the first line, and a
// header row. What cannot be read ends in a message a person can act on: per row (the row is
// handed out with its problem, to be skipped and reported) or for the whole file (fatalError(),
// and nothing more is read).
//
//   CsvReader reader;
//   while (file has bytes) { reader.feed(chunk); for (CsvRow &row : reader.takeRows()) ... }
//   reader.finish(); for (CsvRow &row : reader.takeRows()) ...
//   if (!reader.fatalError().isEmpty()) ... // the file stopped being read there

#include "ClientFields.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync {

struct CsvRow
{
    qint64 number = 0; // as a spreadsheet numbers it: the header is row 1, blank lines count
    qint64 line = 0; // the line of the file where the row starts (a quoted value may span lines)
    QStringList fields; // as many as the header has columns (missing ones are empty)
    QList<int> formulaColumns; // columns whose value starts with = + - @ and is not a number:
                               // kept as text, never evaluated, but worth a line in the report
    QString problem; // when not empty the row cannot be imported; it says why, naming the row
};

class CsvReader
{
public:
    enum class Encoding {
        Unknown, // nothing but ASCII so far
        Utf8, // the first non-ASCII value was UTF-8
        Windows1252, // the first non-ASCII value was not UTF-8
    };

    struct Limits
    {
        qsizetype maxColumns = 1000;
        qsizetype maxFieldBytes = 64 * 1024;
        qsizetype maxRowBytes = 4 * 1024 * 1024;
    };

    CsvReader();
    explicit CsvReader(Limits limits);

    // Before the first feed(): whether the first row names the columns (default true; without
    // a header the columns are "Column 1", "Column 2", …) and a fixed delimiter (default: found
    // from the first line).
    void setHasHeader(bool hasHeader) { m_hasHeader = hasHeader; }
    void setDelimiter(char delimiter) { m_fixedDelimiter = delimiter; }

    void feed(QByteArrayView chunk);
    // The end of the file: the last row without a line break, an unterminated quote.
    void finish();

    // The rows complete so far (header excluded), in file order; each call hands out new ones.
    QList<CsvRow> takeRows();

    // The column names once the first row is read: trimmed, an empty one named "Column N", a
    // repeated one "Email (2)".
    const QStringList &header() const { return m_header; }
    bool headerReady() const { return m_headerDone; }
    // The row as a mapping reads it: column name → value.
    SourceRow sourceRow(const CsvRow &row) const;

    char delimiter() const { return m_delimiter; }
    // Each value is read as UTF-8 when it is valid UTF-8, else as Windows-1252; this says which
    // the file started with.
    Encoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bom; }
    // Things the person should know that did not stop the import ("The file is not UTF-8; it
    // was read as Windows-1252…"), each once.
    const QStringList &notices() const { return m_notices; }
    // Why the file could not be read (further); empty while all is well.
    const QString &fatalError() const { return m_fatal; }
    // Rows handed out or waiting, header excluded.
    qint64 rowCount() const { return m_rowCount; }
    bool finished() const { return m_finished; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void sniff(bool atEnd);
    void parse(QByteArrayView bytes);
    void endField();
    void endRecord();
    void rowProblem(const QString &message);
    void fail(const QString &message);
    QString decode(const QByteArray &bytes, bool *notUtf8);
    void emitHeader(const QStringList &values);

    Limits m_limits;
    bool m_hasHeader = true;
    char m_fixedDelimiter = 0;
    char m_delimiter = ',';
    bool m_sniffed = false;
    bool m_finished = false;
    bool m_bom = false;
    QByteArray m_pending; // bytes held back until the start of the file is known

    State m_state = State::FieldStart;
    bool m_afterCr = false; // the last byte ended a record with CR: a following LF belongs to it
    QByteArray m_field;
    QList<QByteArray> m_fields;
    qsizetype m_rowBytes = 0;
    bool m_skipping = false; // the row has a problem: read to its end without keeping it
    QString m_rowProblem;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_recordNumber = 1;
    bool m_recordHasContent = false;

    Encoding m_encoding = Encoding::Unknown;
    bool m_headerDone = false;
    QStringList m_header;
    QList<CsvRow> m_rows;
    qint64 m_rowCount = 0;
    QStringList m_notices;
    QString m_fatal;
};

} // namespace wedsync
