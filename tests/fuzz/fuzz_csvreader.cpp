// libFuzzer target: a CSV file as the console's file import streams it. The first byte picks the
// chunk size and the limits; the rest is the file. The same bytes read in one piece and in
// chunks must give the same header, rows and errors; every row a mapping can take is mapped
// and hashed as an import would.
#include "../unit/FeedInChunks.h"
#include "ClientRecord.h"
#include "CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace wedsync;

namespace {

struct Read
{
    QStringList header;
    QList<CsvRow> rows;
    QString fatal;
    QStringList notices;
};

Read readCsv(const QByteArray &bytes, qsizetype chunk, CsvReader::Limits limits)
{
    CsvReader reader(limits);
    Read read;
    feedInChunks(reader, bytes, chunk, [&] { read.rows += reader.takeRows(); });
    read.header = reader.header();
    read.fatal = reader.fatalError();
    read.notices = reader.notices();
    return read;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    CsvReader::Limits limits;
    if (control & 0x80) { // small limits, so that short inputs reach them
        limits.maxColumns = 6;
        limits.maxFieldBytes = 32;
        limits.maxRowBytes = 128;
    }
    const qsizetype chunk = (control & 0x7F) + 1;
    const Read whole = readCsv(bytes, 0, limits);
    const Read pieces = readCsv(bytes, chunk, limits);
    if (whole.header != pieces.header || whole.fatal != pieces.fatal
        || whole.notices != pieces.notices || whole.rows.size() != pieces.rows.size())
        std::abort(); // the chunk boundaries changed what was read
    qint64 lastNumber = 0;
    const FieldMapping mapping = suggestMapping(whole.header);
    for (qsizetype i = 0; i < whole.rows.size(); ++i) {
        const CsvRow &row = whole.rows.at(i);
        const CsvRow &other = pieces.rows.at(i);
        if (row.fields != other.fields || row.number != other.number || row.line != other.line
            || row.problem != other.problem || row.formulaColumns != other.formulaColumns)
            std::abort();
        if (row.number <= lastNumber)
            std::abort(); // row numbers go up
        lastNumber = row.number;
        if (row.problem.isEmpty() && row.fields.size() != whole.header.size())
            std::abort(); // a row without a problem has one value per column
        if (!row.problem.isEmpty())
            continue;
        SourceRow source;
        for (qsizetype c = 0; c < whole.header.size(); ++c)
            source.insert(whole.header.at(c), row.fields.at(c));
        const MappedRow mapped = mapping.apply(source);
        (void)mapped.record.validate();
        (void)mapped.record.contentHash();
        const auto back = ClientRecord::fromJson(mapped.record.toJson());
        if (!back || !(back.value() == mapped.record))
            std::abort(); // the record cannot read its own JSON
    }
    return 0;
}
