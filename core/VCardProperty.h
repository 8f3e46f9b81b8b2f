#pragma once
// One vCard content line taken apart (group, name, parameters, value) and its value decoded;
// VCardReader's inner piece, kept apart so that the reader is about lines and cards only.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

struct VCardParameter
{
    QByteArray name; // upper case; a 2.1 bare value ("CELL") is given as TYPE, a bare encoding
                     // ("QUOTED-PRINTABLE") as ENCODING
    QList<QByteArray> values;
};

struct VCardProperty
{
    QByteArray group; // "item1" of "item1.EMAIL"
    QByteArray name; // upper case
    QList<VCardParameter> parameters;
    QByteArray value; // raw bytes after the first ':' outside quotes

    // The values of a parameter, upper case, across repeats ("TYPE=work;TYPE=cell").
    QList<QByteArray> parameter(QByteArrayView name) const;
    bool hasType(QByteArrayView type) const;
    bool isQuotedPrintable() const;
    bool isBinary() const; // ENCODING=b / BASE64
    // PREF=1..100 or TYPE=pref → 1; none → 101 (lower is preferred).
    int preference() const;
};

// "NAME;PARAM=x:value" → the parts; nullopt when the line is not a property.
std::optional<VCardProperty> parseVCardProperty(QByteArrayView line);
// The property's name from the start of a line, upper case, without group ("" if none).
QByteArray vCardPropertyName(QByteArrayView line);
// Whether a line's parameters (before its value) ask for QUOTED-PRINTABLE or a binary value.
bool vCardLineIsQuotedPrintable(QByteArrayView line);
bool vCardLineIsBinary(QByteArrayView line);

// "=C3=A9t=C3=A9" → the bytes; a '=' not followed by two hex digits is kept as it is.
QByteArray decodeQuotedPrintable(QByteArrayView bytes);

// The value as text: quoted-printable undone, CHARSET applied (UTF-8 when absent, Windows-1252
// when the bytes are not UTF-8). `note` gets a sentence when a guess was made.
QString vCardValueText(const VCardProperty &property, QString *note);
// Backslash escapes of RFC 6350 §3.4 (\n \N \, \; \\ and, leniently, \:) undone.
QString unescapeVCardText(QStringView text);
// Splits at `separator` (';' or ',') not escaped by a backslash; parts stay escaped.
QStringList splitVCardValue(QStringView text, QChar separator);

} // namespace wedsync
