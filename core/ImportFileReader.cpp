#include "ImportFileReader.h"

using namespace Qt::StringLiterals;

namespace wedsync {

ImportFileReader::ImportFileReader(Format format)
    : m_format(format)
{
    if (format == Format::Csv)
        m_csv = std::make_unique<CsvReader>();
    else
        m_vcard = std::make_unique<VCardReader>();
}

ImportFileReader::~ImportFileReader() = default;

std::optional<ImportFileReader::Format> ImportFileReader::formatOf(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".csv"_s) || lower.endsWith(u".txt"_s) || lower.endsWith(u".tsv"_s))
        return Format::Csv;
    if (lower.endsWith(u".vcf"_s) || lower.endsWith(u".vcard"_s))
        return Format::VCard;
    return std::nullopt;
}

QString ImportFileReader::formatId(Format format)
{
    return format == Format::Csv ? u"csv"_s : u"vcard"_s;
}

void ImportFileReader::feed(QByteArrayView chunk)
{
    if (m_csv)
        m_csv->feed(chunk);
    else
        m_vcard->feed(chunk);
}

void ImportFileReader::finish()
{
    if (m_csv)
        m_csv->finish();
    else
        m_vcard->finish();
}

QList<ImportRow> ImportFileReader::takeRows()
{
    QList<ImportRow> rows;
    if (m_csv) {
        const QList<CsvRow> taken = m_csv->takeRows();
        rows.reserve(taken.size());
        for (const CsvRow &row : taken)
            rows.append({row.number, row.problem.isEmpty() ? m_csv->sourceRow(row) : SourceRow(),
                         row.problem, !row.formulaColumns.isEmpty()});
        return rows;
    }
    const QList<VCardContact> cards = m_vcard->takeCards();
    rows.reserve(cards.size());
    for (const VCardContact &card : cards)
        rows.append({card.number, card.fields, card.problem, false});
    return rows;
}

QStringList ImportFileReader::columns() const
{
    return m_csv ? m_csv->header() : m_vcard->columns();
}

QStringList ImportFileReader::notices() const
{
    return m_csv ? m_csv->notices() : m_vcard->notices();
}

QString ImportFileReader::fatalError() const
{
    return m_csv ? m_csv->fatalError() : m_vcard->fatalError();
}

} // namespace wedsync
