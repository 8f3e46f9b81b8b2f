// libFuzzer target: a vCard file as the console's file import streams it. The first byte picks
// the chunk size; the rest is the file. The same bytes read in one piece and in chunks must give
// the same cards, warnings and errors; every card is mapped and hashed as an import would.
#include "../unit/FeedInChunks.h"
#include "ClientRecord.h"
#include "VCardReader.h"

#include <cstdint>
#include <cstdlib>

using namespace wedsync;

namespace {

struct Read
{
    QList<VCardContact> cards;
    QStringList columns;
    QString fatal;
    QStringList notices;
};

Read readVCard(const QByteArray &bytes, qsizetype chunk, VCardReader::Limits limits)
{
    VCardReader reader(limits);
    Read read;
    feedInChunks(reader, bytes, chunk, [&] { read.cards += reader.takeCards(); });
    read.columns = reader.columns();
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
    VCardReader::Limits limits;
    if (control & 0x80) { // small limits, so that short inputs reach them
        limits.maxDepth = 3;
        limits.maxLineBytes = 64;
        limits.maxValueChars = 16;
        limits.maxCardBytes = 256;
        limits.maxProperties = 8;
    }
    const qsizetype chunk = (control & 0x7F) + 1;
    const Read whole = readVCard(bytes, 0, limits);
    const Read pieces = readVCard(bytes, chunk, limits);
    if (whole.columns != pieces.columns || whole.fatal != pieces.fatal
        || whole.notices != pieces.notices || whole.cards.size() != pieces.cards.size())
        std::abort(); // the chunk boundaries changed what was read
    const FieldMapping mapping = suggestMapping(whole.columns);
    for (qsizetype i = 0; i < whole.cards.size(); ++i) {
        const VCardContact &card = whole.cards.at(i);
        const VCardContact &other = pieces.cards.at(i);
        if (card.fields != other.fields || card.warnings != other.warnings
            || card.problem != other.problem || card.number != i + 1 || card.line != other.line)
            std::abort();
        const MappedRow mapped = mapping.apply(card.fields);
        (void)mapped.record.validate();
        const auto back = ClientRecord::fromJson(mapped.record.toJson());
        if (!back || back->contentHash() != mapped.record.contentHash())
            std::abort(); // the record cannot read its own JSON
    }
    return 0;
}
