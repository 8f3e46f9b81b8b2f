#include "TextEncoding.h"

namespace wedsync {

namespace {

// 0x80–0x9F of Windows-1252; the five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code.
constexpr char16_t windows1252High[32]
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t min = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        for (qsizetype k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        d[i] = (c >= 0x80 && c <= 0x9F) ? QChar(windows1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString decodeCharset(QByteArrayView bytes, QStringView charset, bool *known)
{
    const QString name = charset.toString().toLower().remove(u'-').remove(u'_');
    if (known)
        *known = true;
    if (name == u"utf8" && isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    if (name == u"iso88591" || name == u"latin1" || name == u"usascii" || name == u"ascii")
        return QString::fromLatin1(bytes);
    if (name == u"windows1252" || name == u"cp1252")
        return decodeWindows1252(bytes);
    if (known && !name.isEmpty() && name != u"utf8")
        *known = false;
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : decodeWindows1252(bytes);
}

} // namespace wedsync
