#pragma once
// The rows of a client file whatever its format: a CSV export or a vCard file, fed in chunks
// (so that a file of any size streams through) and handed out as numbered source rows for a
// field mapping, each with the problem that keeps it out of an import, if any.

#include "ClientFields.h"
#include "CsvReader.h"
#include "VCardReader.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wedsync {

struct ImportRow
{
    qint64 number = 0; // the CSV row (header = 1) or the vCard card (first = 1)
    SourceRow fields;
    QString problem; // not empty: skipped, and says why naming the row
    bool hasFormula = false; // a CSV value that looks like a spreadsheet formula, kept as text
};

class ImportFileReader
{
public:
    enum class Format { Csv, VCard };

    explicit ImportFileReader(Format format);
    ~ImportFileReader();

    // "csv" or "vcard" from a file name's suffix (.csv, .txt, .vcf, .vcard); nullopt otherwise.
    static std::optional<Format> formatOf(const QString &fileName);
    static QString formatId(Format format); // "csv" | "vcard"
    Format format() const { return m_format; }

    void feed(QByteArrayView chunk);
    void finish();
    QList<ImportRow> takeRows();

    // The columns seen so far (CSV: the header; vCard: every property name met).
    QStringList columns() const;
    QStringList notices() const;
    QString fatalError() const;

private:
    Format m_format;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<VCardReader> m_vcard;
};

} // namespace wedsync
