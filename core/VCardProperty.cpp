#include "VCardProperty.h"

#include "TextEncoding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Messages in the context "wedsync::VCardReader" (lupdate reads it from the macro).
struct VCardPropertyText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::VCardReader)
};

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

// The part of a line before its value: up to the first ':' outside double quotes.
qsizetype valueStart(QByteArrayView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

QList<QByteArray> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            parts.append(std::exchange(current, {}));
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QList<QByteArray> VCardProperty::parameter(QByteArrayView parameterName) const
{
    QList<QByteArray> out;
    for (const VCardParameter &p : parameters) {
        if (p.name == parameterName) {
            for (const QByteArray &v : p.values)
                out.append(v.toUpper());
        }
    }
    return out;
}

bool VCardProperty::hasType(QByteArrayView type) const
{
    for (const QByteArray &v : parameter("TYPE")) {
        if (v.compare(type, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool VCardProperty::isQuotedPrintable() const
{
    return parameter("ENCODING").contains("QUOTED-PRINTABLE");
}

bool VCardProperty::isBinary() const
{
    const QList<QByteArray> encoding = parameter("ENCODING");
    return encoding.contains("B") || encoding.contains("BASE64");
}

int VCardProperty::preference() const
{
    for (const QByteArray &v : parameter("PREF")) {
        bool ok = false;
        const int pref = v.toInt(&ok);
        if (ok && pref >= 1 && pref <= 100)
            return pref;
    }
    return hasType("PREF") ? 1 : 101;
}

std::optional<VCardProperty> parseVCardProperty(QByteArrayView line)
{
    const qsizetype colon = valueStart(line);
    if (colon <= 0)
        return std::nullopt;
    const QByteArrayView head = line.first(colon);
    VCardProperty property;
    property.value = line.sliced(colon + 1).toByteArray();
    const QList<QByteArray> parts = splitOutsideQuotes(head, ';');
    QByteArray name = parts.front().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        property.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return std::nullopt;
    for (const char c : std::as_const(name)) {
        if (!isNameChar(c))
            return std::nullopt;
    }
    property.name = name.toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        VCardParameter parameter;
        if (equals < 0) { // vCard 2.1: "TEL;CELL;VOICE", "NOTE;QUOTED-PRINTABLE"
            const QByteArray bare = part.toUpper();
            const bool encoding = bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "B"
                || bare == "8BIT" || bare == "7BIT";
            parameter.name = encoding ? QByteArray("ENCODING") : QByteArray("TYPE");
            parameter.values = {bare};
        } else {
            parameter.name = part.left(equals).trimmed().toUpper();
            for (const QByteArray &value :
                 splitOutsideQuotes(QByteArrayView(part).sliced(equals + 1), ','))
                parameter.values.append(value.trimmed());
        }
        property.parameters.append(std::move(parameter));
    }
    return property;
}

QByteArray vCardPropertyName(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && (isNameChar(line.at(end)) || line.at(end) == '.'))
        ++end;
    QByteArray name = line.first(end).toByteArray();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0)
        name = name.mid(dot + 1);
    return name.toUpper();
}

bool vCardLineIsQuotedPrintable(QByteArrayView line)
{
    const qsizetype colon = valueStart(line);
    const QByteArrayView head = colon < 0 ? line : line.first(colon);
    return head.toByteArray().toUpper().contains("QUOTED-PRINTABLE");
}

bool vCardLineIsBinary(QByteArrayView line)
{
    static const QList<QByteArray> binary {"PHOTO", "LOGO", "SOUND", "KEY"};
    if (binary.contains(vCardPropertyName(line)))
        return true;
    const qsizetype colon = valueStart(line);
    const QByteArray head = (colon < 0 ? line : line.first(colon)).toByteArray().toUpper();
    return head.contains("ENCODING=B") || head.contains(";BASE64");
}

QByteArray decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '=' && i + 2 < bytes.size()) {
            const int high = hexValue(bytes.at(i + 1));
            const int low = hexValue(bytes.at(i + 2));
            if (high >= 0 && low >= 0) {
                out.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString vCardValueText(const VCardProperty &property, QString *note)
{
    const QByteArray bytes
        = property.isQuotedPrintable() ? decodeQuotedPrintable(property.value) : property.value;
    const QList<QByteArray> charsets = property.parameter("CHARSET");
    QString text;
    if (!charsets.isEmpty()) {
        bool known = true;
        text = decodeCharset(bytes, QString::fromLatin1(charsets.front()), &known);
        if (!known)
            *note = VCardPropertyText::tr("the character set %1 is not known; it was read as %2")
                        .arg(QString::fromLatin1(charsets.front()),
                             isValidUtf8(bytes) ? u"UTF-8"_s : u"Windows-1252"_s);
        else if (charsets.front() == "UTF-8" && !isValidUtf8(bytes))
            *note = VCardPropertyText::tr("it says UTF-8 but is not; it was read as Windows-1252");
    } else if (isValidUtf8(bytes)) {
        text = QString::fromUtf8(bytes);
    } else {
        text = decodeWindows1252(bytes);
        *note = VCardPropertyText::tr("it is not UTF-8; it was read as Windows-1252");
    }
    if (text.contains(u'\r'))
        text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

QString unescapeVCardText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'n' || next == u'N')
            out.append(u'\n');
        else if (next == u',' || next == u';' || next == u'\\' || next == u':')
            out.append(next);
        else
            out.append(c).append(next); // not an escape: "C:\Users" stays as written
    }
    return out;
}

QStringList splitVCardValue(QStringView text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current.append(c).append(text.at(++i));
        } else if (c == separator) {
            parts.append(std::exchange(current, {}));
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

} // namespace wedsync
