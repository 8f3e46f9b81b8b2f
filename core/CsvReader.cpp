// An incremental RFC 4180 reader over bytes. Delimiters, quotes and line breaks are ASCII in
// both encodings we accept (UTF-8, Windows-1252), so the bytes are split first and each
// complete row is decoded on its own: the encoding can be decided row by row while streaming.
#include "CsvReader.h"

#include "TextEncoding.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Messages in the context "wedsync::CsvReader" (lupdate reads it from the macro).
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::CsvReader)
};

constexpr qsizetype sniffBytes = 64 * 1024;
constexpr qsizetype maxNotices = 50;

QString notTextMessage()
{
    return CsvReaderText::tr(
        "This does not look like a text file (it holds binary data); choose a CSV file "
        "exported from your CRM or spreadsheet.");
}

// What the start of the file says it is, when it is not CSV text; empty when it may be CSV.
QString foreignFormat(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return CsvReaderText::tr(
            "This file is UTF-16 (“Unicode text”); save it as “CSV UTF-8” and import that "
            "file.");
    if (head.startsWith("PK\x03\x04"))
        return CsvReaderText::tr(
            "This is an Excel workbook or another ZIP archive, not a CSV file; in your "
            "spreadsheet choose Save As › “CSV UTF-8” and import that file.");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return CsvReaderText::tr(
            "This is an old Excel (.xls) workbook, not a CSV file; in your spreadsheet "
            "choose Save As › “CSV UTF-8” and import that file.");
    if (head.startsWith("%PDF"))
        return CsvReaderText::tr(
            "This is a PDF document, not a CSV file; export your clients from the CRM as "
            "CSV.");
    if (head.size() >= 11
        && QByteArrayView(head.first(11)).compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0)
        return CsvReaderText::tr(
            "This is a vCard file, not a CSV file; choose vCard as the file's format.");
    qsizetype controls = 0;
    const QByteArrayView sample = head.first(std::min<qsizetype>(head.size(), 4096));
    for (const char c : sample) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return notTextMessage();
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++controls;
    }
    if (controls * 100 > sample.size())
        return notTextMessage();
    return {};
}

char detectDelimiter(QByteArrayView bytes)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

// A value a spreadsheet would run as a formula, but not a plain number or phone number such as
// -5 or +44 7700 900123.
bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@')
        return false;
    if (first == u'=' || first == u'@')
        return true;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!(c.isDigit() || c == u' ' || c == u'(' || c == u')' || c == u'.' || c == u'-'
              || c == u'/' || c == u','))
            return true;
    }
    return false;
}

QString delimiterName(char delimiter)
{
    return delimiter == ';' ? CsvReaderText::tr("semicolon")
        : delimiter == '\t' ? CsvReaderText::tr("tab")
                            : CsvReaderText::tr("comma");
}

} // namespace

CsvReader::CsvReader()
    : CsvReader(Limits {})
{ }

CsvReader::CsvReader(Limits limits)
    : m_limits(limits)
{ }

void CsvReader::feed(QByteArrayView chunk)
{
    if (m_finished || !m_fatal.isEmpty())
        return;
    if (m_sniffed) {
        parse(chunk);
        return;
    }
    m_pending.append(chunk.data(), chunk.size());
    if (m_pending.size() >= sniffBytes)
        sniff(false);
}

void CsvReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_fatal.isEmpty())
        return;
    if (!m_sniffed)
        sniff(true);
    if (!m_fatal.isEmpty())
        return;
    if (m_state == State::Quoted) {
        fail(CsvReaderText::tr(
                 "The file ends inside a quoted value that starts in row %1 (line %2), so "
                 "everything after it was read as that one value; look for a \" that is never "
                 "closed in row %1.")
                 .arg(m_recordNumber)
                 .arg(m_recordLine));
        return;
    }
    if (!m_fields.isEmpty() || !m_field.isEmpty() || m_recordHasContent) {
        endField();
        endRecord();
    }
    if (!m_fatal.isEmpty())
        return;
    if (m_hasHeader && !m_headerDone)
        fail(CsvReaderText::tr(
            "The file has no rows; export your clients again, with a header row naming the "
            "columns."));
}

QList<CsvRow> CsvReader::takeRows()
{
    return std::exchange(m_rows, {});
}

SourceRow CsvReader::sourceRow(const CsvRow &row) const
{
    SourceRow out;
    const qsizetype count = std::min(row.fields.size(), m_header.size());
    for (qsizetype i = 0; i < count; ++i)
        out.insert(m_header.at(i), row.fields.at(i));
    return out;
}

void CsvReader::sniff(bool atEnd)
{
    m_sniffed = true;
    QByteArray bytes = std::exchange(m_pending, {});
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_encoding = Encoding::Utf8;
        bytes.remove(0, 3);
    }
    if (bytes.isEmpty() && atEnd) {
        fail(CsvReaderText::tr("The file is empty."));
        return;
    }
    const QString foreign = foreignFormat(bytes);
    if (!foreign.isEmpty()) {
        fail(foreign);
        return;
    }
    // Excel's "sep=;" first line names the delimiter and is not a row.
    if (bytes.size() >= 5
        && QByteArrayView(bytes).first(4).compare("sep=", Qt::CaseInsensitive) == 0
        && (bytes.size() == 5 || bytes.at(5) == '\r' || bytes.at(5) == '\n')) {
        m_delimiter = bytes.at(4);
        qsizetype end = 5;
        if (end < bytes.size() && bytes.at(end) == '\r')
            ++end;
        if (end < bytes.size() && bytes.at(end) == '\n')
            ++end;
        bytes.remove(0, end);
        m_line = m_recordLine = 2;
    } else if (m_fixedDelimiter != 0) {
        m_delimiter = m_fixedDelimiter;
    } else {
        m_delimiter
            = detectDelimiter(QByteArrayView(bytes).first(std::min(bytes.size(), sniffBytes)));
    }
    parse(bytes);
}

void CsvReader::parse(QByteArrayView bytes)
{
    const char delimiter = m_delimiter;
    // A run of value bytes; past a limit the row becomes a problem and nothing more is kept.
    const auto append = [this](const char *run, qsizetype length) {
        m_recordHasContent = true;
        if (m_skipping)
            return;
        const qsizetype room = m_limits.maxFieldBytes + 1 - m_field.size();
        m_field.append(run, std::min(length, std::max<qsizetype>(room, 0)));
        m_rowBytes += length;
        if (m_field.size() > m_limits.maxFieldBytes)
            rowProblem(CsvReaderText::tr(
                           "Row %1, column %2 holds more than %3 KiB of text; shorten it, or "
                           "look for a \" that is never closed.")
                           .arg(m_recordNumber)
                           .arg(m_fields.size() + 1)
                           .arg(m_limits.maxFieldBytes / 1024));
        else if (m_rowBytes > m_limits.maxRowBytes)
            rowProblem(
                CsvReaderText::tr("Row %1 holds more than %2 KiB of text; is this a CSV file?")
                    .arg(m_recordNumber)
                    .arg(m_limits.maxRowBytes / 1024));
    };
    const auto endLine = [this](bool cr) {
        const bool blank = m_fields.isEmpty() && m_field.isEmpty() && !m_recordHasContent;
        if (blank) {
            ++m_recordNumber; // a spreadsheet shows a blank line as a row too
        } else {
            endField();
            endRecord();
        }
        ++m_line;
        m_afterCr = cr;
        m_recordLine = m_line;
        m_state = State::FieldStart;
    };
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (!m_fatal.isEmpty())
            return;
        // Most bytes are plain value bytes: take them as one run.
        if (!m_afterCr && (m_state == State::Unquoted || m_state == State::Quoted)) {
            const bool quoted = m_state == State::Quoted;
            qsizetype end = i;
            while (end < size) {
                const char b = data[end];
                if (b == '\0' || (quoted ? b == '"' : (b == delimiter || b == '\r' || b == '\n')))
                    break;
                if (quoted && b == '\n')
                    ++m_line;
                ++end;
            }
            if (end > i) {
                append(data + i, end - i);
                i = end - 1;
                continue;
            }
        }
        const char c = data[i];
        if (c == '\0') {
            fail(CsvReaderText::tr(
                     "This does not look like a text file: row %1 (line %2) holds a NUL byte, "
                     "which text never has; choose a CSV file exported from your CRM or "
                     "spreadsheet.")
                     .arg(m_recordNumber)
                     .arg(m_line));
            return;
        }
        if (m_afterCr) {
            m_afterCr = false;
            if (c == '\n')
                continue; // CRLF: the record already ended at CR
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                m_recordHasContent = true;
            } else if (c == delimiter) {
                m_recordHasContent = true;
                endField();
            } else if (c == '\r' || c == '\n') {
                endLine(c == '\r');
            } else {
                m_state = State::Unquoted;
                append(&c, 1);
            }
            break;
        case State::Unquoted:
            if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endLine(c == '\r');
            } else {
                append(&c, 1); // a quote inside an unquoted value (5'10") is kept as it is
            }
            break;
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else {
                if (c == '\n')
                    ++m_line;
                append(&c, 1);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                append("\"", 1);
                m_state = State::Quoted;
            } else if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endLine(c == '\r');
            } else {
                append(&c, 1); // "abc"def: not RFC 4180, read as abcdef as spreadsheets do
                m_state = State::Unquoted;
            }
            break;
        }
    }
}

void CsvReader::endField()
{
    if (m_skipping) {
        m_field.clear();
        return;
    }
    if (m_fields.size() >= m_limits.maxColumns) {
        rowProblem(CsvReaderText::tr("Row %1 has more than %2 columns; is this a CSV file?")
                       .arg(m_recordNumber)
                       .arg(QLocale().toString(qlonglong(m_limits.maxColumns))));
        m_field.clear();
        return;
    }
    if (m_field.contains('\r'))
        m_field.replace("\r\n", "\n"); // a line break inside a quoted value, as Windows wrote it
    m_fields.append(std::exchange(m_field, {}));
}

void CsvReader::endRecord()
{
    const qint64 number = m_recordNumber++;
    const qint64 line = m_recordLine;
    const auto reset = [this] {
        m_fields.clear();
        m_field.clear();
        m_rowBytes = 0;
        m_skipping = false;
        m_rowProblem.clear();
        m_recordHasContent = false;
    };
    if (!m_fatal.isEmpty())
        return;
    if (m_skipping) {
        CsvRow row;
        row.number = number;
        row.line = line;
        row.problem = m_rowProblem;
        m_rows.append(std::move(row));
        ++m_rowCount;
        reset();
        return;
    }
    QStringList values;
    values.reserve(m_fields.size());
    bool blank = true;
    bool notUtf8 = false;
    for (const QByteArray &bytes : std::as_const(m_fields)) {
        values.append(decode(bytes, &notUtf8));
        blank = blank && values.back().trimmed().isEmpty();
    }
    reset();
    if (notUtf8 && m_encoding == Encoding::Utf8 && m_notices.size() < maxNotices)
        m_notices.append(
            CsvReaderText::tr("Row %1 is not UTF-8 like the rest of the file; it was read as "
                              "Windows-1252. Check its accented letters.")
                .arg(number));
    if (blank)
        return; // ",,,," rows that spreadsheets leave at the end
    if (!m_headerDone) {
        emitHeader(values);
        if (m_hasHeader)
            return;
    }
    CsvRow row;
    row.number = number;
    row.line = line;
    if (!m_hasHeader) {
        while (m_header.size() < values.size())
            m_header.append(CsvReaderText::tr("Column %1").arg(m_header.size() + 1));
    }
    if (values.size() > m_header.size()) {
        bool extra = false;
        for (qsizetype i = m_header.size(); i < values.size(); ++i)
            extra = extra || !values.at(i).trimmed().isEmpty();
        if (extra)
            row.problem = CsvReaderText::tr(
                              "Row %1 has %2 values but the header names %3 columns; a value with "
                              "a %4 in it may be missing its quotes.")
                              .arg(number)
                              .arg(values.size())
                              .arg(m_header.size())
                              .arg(delimiterName(m_delimiter));
        values.resize(m_header.size());
    }
    while (values.size() < m_header.size())
        values.append(QString());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (looksLikeFormula(values.at(i)))
            row.formulaColumns.append(int(i));
    }
    row.fields = std::move(values);
    m_rows.append(std::move(row));
    ++m_rowCount;
}

void CsvReader::emitHeader(const QStringList &values)
{
    m_headerDone = true;
    if (!m_hasHeader) {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_header.append(CsvReaderText::tr("Column %1").arg(i + 1));
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString name = values.at(i).simplified();
        if (name.isEmpty())
            name = CsvReaderText::tr("Column %1").arg(i + 1);
        if (m_header.contains(name)) {
            int n = 2;
            while (m_header.contains(name + u" ("_s + QString::number(n) + u')'))
                ++n;
            name += u" ("_s + QString::number(n) + u')';
        }
        m_header.append(name);
    }
}

void CsvReader::rowProblem(const QString &message)
{
    if (m_skipping)
        return;
    if (m_hasHeader && !m_headerDone) {
        fail(message);
        return;
    }
    m_skipping = true;
    m_recordHasContent = true;
    m_rowProblem = message;
    m_field.clear();
    m_fields.clear();
}

void CsvReader::fail(const QString &message)
{
    if (m_fatal.isEmpty())
        m_fatal = message;
    m_fields.clear();
    m_field.clear();
}

QString CsvReader::decode(const QByteArray &bytes, bool *notUtf8)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    // Windows-1252 text is practically never valid UTF-8 once it has a non-ASCII letter, so
    // each value is read as UTF-8 when it is: one broken row does not garble the rest.
    if (isValidUtf8(bytes)) {
        if (m_encoding == Encoding::Unknown)
            m_encoding = Encoding::Utf8;
        return QString::fromUtf8(bytes);
    }
    *notUtf8 = true;
    if (m_encoding == Encoding::Unknown) {
        m_encoding = Encoding::Windows1252;
        m_notices.append(
            CsvReaderText::tr("The file is not UTF-8; it was read as Windows-1252 (Western "
                              "European). If letters such as é or ü look wrong, save the file as "
                              "“CSV UTF-8” and import it again."));
    }
    return decodeWindows1252(bytes);
}

} // namespace wedsync
