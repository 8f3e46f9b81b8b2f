#pragma once
// The text encodings that client files arrive in (UTF-8, Windows-1252, ISO-8859-1), decoded
// without ICU so that every platform reads a file the same way.

#include <QByteArrayView>
#include <QString>

namespace wedsync {

bool isAscii(QByteArrayView bytes);
// Well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off
// sequence at the end.
bool isValidUtf8(QByteArrayView bytes);
// Windows-1252 (the "ANSI" code page of Western Windows, which Excel writes CSV in): Latin-1
// with typographic quotes, dashes, € and so on in 0x80–0x9F.
QString decodeWindows1252(QByteArrayView bytes);
// Bytes in a named charset as vCard 2.1 names it (CHARSET=UTF-8, ISO-8859-1, WINDOWS-1252,
// US-ASCII); an unknown or absent charset reads UTF-8 when the bytes are UTF-8, else
// Windows-1252. `known` (if given) says whether the charset was one of those.
QString decodeCharset(QByteArrayView bytes, QStringView charset, bool *known = nullptr);

} // namespace wedsync
