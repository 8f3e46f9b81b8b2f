#pragma once
// Streams bytes into a reader (CsvReader, VCardReader) as the console's file import does, `chunk`
// bytes at a time (0: in one piece), calling `take` after every chunk and after finish(), so
// that tests and fuzzers (tests/fuzz) see the same rows whatever the chunk boundaries.

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>

template<typename Reader, typename Take>
void feedInChunks(Reader &reader, const QByteArray &bytes, qsizetype chunk, Take take)
{
    if (chunk <= 0) {
        reader.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += chunk) {
            reader.feed(QByteArrayView(bytes).sliced(at, std::min(chunk, bytes.size() - at)));
            take();
        }
    }
    reader.finish();
    take();
}
