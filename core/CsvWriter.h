#pragma once
// CSV as RFC 4180 writes it (CRLF rows; a field with a comma, quote, CR or LF is quoted and
// its quotes doubled), made safe to open in a spreadsheet: a cell starting with = + - @, tab
// or CR gets a leading apostrophe so that it is shown as text, never run as a formula
// (OWASP "CSV injection"). Writing needs nothing more, so no CSV library is pulled in.
// Shared by the server's audit export and the console's event history export.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wedsync {

class CsvWriter
{
public:
    // One field, escaped and, if need be, quoted.
    static QString cell(const QString &value);

    void addRow(const QStringList &fields);
    // UTF-8, without a byte-order mark.
    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace wedsync
