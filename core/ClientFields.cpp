// The standard client fields, their labels and the value transforms of a field mapping.
#include "ClientFields.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Messages in the context "wedsync::ClientFields" (lupdate reads it from the macro).
struct ClientFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::ClientFields)
};

QString quoted(const QString &value)
{
    return u'“' + value + u'”';
}

struct FieldInfo
{
    QStringView id;
    const char *label;
};

// clang-format off
const FieldInfo fieldTable[] = {
    {u"first_name", QT_TRANSLATE_NOOP("wedsync::ClientFields", "First name")},
    {u"last_name", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Last name")},
    {u"full_name", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Full name")},
    {u"partner_first_name", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Partner's first name")},
    {u"partner_last_name", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Partner's last name")},
    {u"email", QT_TRANSLATE_NOOP("wedsync::ClientFields", "E-mail")},
    {u"partner_email", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Partner's e-mail")},
    {u"phone", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Phone")},
    {u"mobile", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Mobile")},
    {u"address_line1", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Address line 1")},
    {u"address_line2", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Address line 2")},
    {u"city", QT_TRANSLATE_NOOP("wedsync::ClientFields", "City")},
    {u"region", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Region or state")},
    {u"postal_code", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Postal code")},
    {u"country", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Country")},
    {u"wedding_date", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Wedding date")},
    {u"venue", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Venue")},
    {u"guest_count", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Guest count")},
    {u"budget", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Budget")},
    {u"lead_source", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Lead source")},
    {u"status", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Status")},
    {u"notes", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Notes")},
};

struct TransformInfo
{
    ClientTransform transform;
    QStringView id;
    const char *label;
};

const TransformInfo transformTable[] = {
    {ClientTransform::None, u"none", QT_TRANSLATE_NOOP("wedsync::ClientFields", "As it is")},
    {ClientTransform::Trim, u"trim", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Trim spaces")},
    {ClientTransform::Lower, u"lower", QT_TRANSLATE_NOOP("wedsync::ClientFields", "lower case")},
    {ClientTransform::Upper, u"upper", QT_TRANSLATE_NOOP("wedsync::ClientFields", "UPPER CASE")},
    {ClientTransform::Title, u"title", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Title Case")},
    {ClientTransform::DateIso, u"date_iso", QT_TRANSLATE_NOOP("wedsync::ClientFields", "Date")},
    {ClientTransform::PhoneE164, u"phone_e164",
     QT_TRANSLATE_NOOP("wedsync::ClientFields", "Phone number (international)")},
    {ClientTransform::SplitName, u"split_name",
     QT_TRANSLATE_NOOP("wedsync::ClientFields", "Split a full name")},
    {ClientTransform::JoinName, u"join_name",
     QT_TRANSLATE_NOOP("wedsync::ClientFields", "Join first and last name")},
};
// clang-format on

bool isCustomKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 40)
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

// Titles of address, dropped before splitting a name.
bool isHonorific(const QString &word)
{
    static const QStringList titles {u"mr"_s,   u"mrs"_s,  u"ms"_s,   u"miss"_s, u"mx"_s,
                                     u"dr"_s,   u"prof"_s, u"rev"_s,  u"sr"_s,   u"sra"_s,
                                     u"srta"_s, u"herr"_s, u"frau"_s, u"mme"_s,  u"mlle"_s};
    QString w = word.toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    return titles.contains(w);
}

// Lower-case words that belong to the family name that follows them ("van der Berg").
bool isNameParticle(const QString &word)
{
    static const QStringList particles {
        u"van"_s, u"von"_s, u"der"_s, u"den"_s, u"de"_s,  u"del"_s, u"della"_s, u"da"_s,
        u"di"_s,  u"du"_s,  u"la"_s,  u"le"_s,  u"dos"_s, u"das"_s, u"do"_s,    u"ter"_s,
        u"ten"_s, u"bin"_s, u"ibn"_s, u"al"_s,  u"y"_s,   u"st"_s,  u"st."_s};
    return particles.contains(word.toLower()) && word.front().isLower();
}

bool formatHasYearMonthDay(const QString &format)
{
    bool inQuote = false, year = false, month = false, day = false;
    for (const QChar c : format) {
        if (c == u'\'') {
            inQuote = !inQuote;
            continue;
        }
        if (inQuote)
            continue;
        year = year || c == u'y';
        month = month || c == u'M';
        day = day || c == u'd';
    }
    return year && month && day;
}

bool isTwoDigitYearFormat(const QString &format)
{
    return format.contains(u"yy"_s) && !format.contains(u"yyyy"_s);
}

std::optional<QString> isoFromIsoLike(const QString &text)
{
    // 2026-08-14, 2026-08-14T14:00:00Z, 2026-08-14 14:00, 20260814, 20260814T1400-0500
    static const QRegularExpression extended(u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$"_s);
    static const QRegularExpression basic(u"^(\\d{4})(\\d{2})(\\d{2})(?:T.*)?$"_s);
    QRegularExpressionMatch match = extended.match(text);
    if (!match.hasMatch())
        match = basic.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

Result<QString> toE164(const QString &value, const QString &argument)
{
    QString text = value;
    if (text.startsWith(u"tel:"_s, Qt::CaseInsensitive))
        text = text.mid(4).trimmed();
    // An extension is not part of an E.164 number.
    static const QRegularExpression extension(
        u"(?:;ext=.*|\\s*(?:ext\\.?|extension|x|#)\\s*\\d+\\s*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.remove(extension);
    // "+44 (0)20 7946 0958": the bracketed trunk 0 is dialled only inside the country.
    static const QRegularExpression trunkInBrackets(u"\\(\\s*0\\s*\\)"_s);
    if (text.startsWith(u'+') || text.startsWith(u"00"_s))
        text.remove(trunkInBrackets);
    QString digits;
    bool international = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u'+' && digits.isEmpty() && !international)
            international = true;
        else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/'
                 || c == u'\u00A0')
            continue;
        else
            return Error {
                u"invalid_phone"_s,
                ClientFieldsText::tr("%1 is not a phone number; write it with digits, spaces and "
                                     "dashes only, e.g. +44 7700 900123.")
                    .arg(quoted(value)),
                {}};
    }
    QString code = argument.trimmed();
    if (code.startsWith(u'+'))
        code.remove(0, 1);
    if (!international && digits.startsWith(u"00"_s)) {
        international = true;
        digits.remove(0, 2);
    } else if (!international && code == u"1"_s && digits.startsWith(u"011"_s)) {
        international = true;
        digits.remove(0, 3);
    }
    if (!international) {
        if (code.isEmpty())
            return Error {u"phone_without_country"_s,
                          ClientFieldsText::tr(
                              "%1 has no country code; start it with + or set a default country "
                              "calling code for this column.")
                              .arg(quoted(value)),
                          {}};
        if (code == u"1"_s) {
            if (digits.size() == 11 && digits.startsWith(u'1'))
                digits.remove(0, 1);
            if (digits.size() != 10)
                return Error {u"invalid_phone"_s,
                              ClientFieldsText::tr(
                                  "%1 is not a full North American number; it needs ten digits "
                                  "with the area code.")
                                  .arg(quoted(value)),
                              {}};
        } else if (digits.startsWith(u'0') && code != u"39"_s) { // Italy keeps its leading 0
            digits.remove(0, 1); // the trunk prefix
        }
        digits.prepend(code);
    }
    if (digits.startsWith(u'0'))
        return Error {u"invalid_phone"_s,
                      ClientFieldsText::tr(
                          "%1 does not start with a country code (no country code begins with "
                          "0).")
                          .arg(quoted(value)),
                      {}};
    if (digits.size() < 7)
        return Error {
            u"invalid_phone"_s,
            ClientFieldsText::tr("%1 is too short to be a phone number.").arg(quoted(value)),
            {}};
    if (digits.size() > 15)
        return Error {
            u"invalid_phone"_s,
            ClientFieldsText::tr("%1 is too long to be a phone number (15 digits at most with the "
                                 "country code).")
                .arg(quoted(value)),
            {}};
    return QString(u'+' + digits);
}

QString titleCase(const QString &value)
{
    QString out = value.toLower();
    bool startOfWord = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isLetter()) {
            if (startOfWord)
                out[i] = c.toUpper();
            startOfWord = false;
        } else if (c == u'\'' || c == u'’') {
            // O'Neil, D'Arcy, but not Mary's: only after a one-letter start.
            startOfWord = i >= 1 && out.at(i - 1).isLetter()
                && (i == 1 || !out.at(i - 2).isLetterOrNumber());
        } else {
            startOfWord = !c.isNumber();
        }
    }
    return out;
}

} // namespace

const QStringList &standardClientFields()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const FieldInfo &info : fieldTable)
            list.append(info.id.toString());
        return list;
    }();
    return ids;
}

bool isStandardClientField(QStringView id)
{
    for (const FieldInfo &info : fieldTable) {
        if (info.id == id)
            return true;
    }
    return false;
}

bool isCustomClientField(QStringView id)
{
    return id.startsWith(u"custom.") && isCustomKey(id.mid(7));
}

bool isClientField(QStringView id)
{
    return isStandardClientField(id) || isCustomClientField(id);
}

QString clientFieldProblem(QStringView id)
{
    if (isClientField(id))
        return {};
    if (id.isEmpty())
        return ClientFieldsText::tr("Choose the client field to fill.");
    if (id.startsWith(u"custom."))
        return ClientFieldsText::tr(
                   "%1 is not a custom field name; after “custom.” use 1 to 40 lower-case letters, "
                   "digits or _, e.g. custom.shoe_size.")
            .arg(quoted(id.left(100).toString()));
    return ClientFieldsText::tr(
               "%1 is not a client field; use a standard field such as email or wedding_date, or "
               "custom.<name>.")
        .arg(quoted(id.left(100).toString()));
}

QString clientFieldLabel(QStringView id)
{
    for (const FieldInfo &info : fieldTable) {
        if (info.id == id)
            return ClientFieldsText::tr(info.label);
    }
    if (isCustomClientField(id))
        return ClientFieldsText::tr("Custom: %1").arg(id.mid(7).toString());
    return id.toString();
}

const QStringList &clientTransformIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const TransformInfo &info : transformTable)
            list.append(info.id.toString());
        return list;
    }();
    return ids;
}

std::optional<ClientTransform> clientTransformFromId(QStringView id)
{
    for (const TransformInfo &info : transformTable) {
        if (info.id == id)
            return info.transform;
    }
    return std::nullopt;
}

QString clientTransformId(ClientTransform transform)
{
    for (const TransformInfo &info : transformTable) {
        if (info.transform == transform)
            return info.id.toString();
    }
    return u"none"_s;
}

QString clientTransformLabel(ClientTransform transform)
{
    for (const TransformInfo &info : transformTable) {
        if (info.transform == transform)
            return ClientFieldsText::tr(info.label);
    }
    return {};
}

std::optional<QString> parseDateToIso(const QString &text, const QStringList &formats)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    for (const QString &format : formats) {
        QDate date = QDate::fromString(value, format);
        if (!date.isValid())
            continue;
        if (isTwoDigitYearFormat(format) && date.year() < 1950)
            date = date.addYears(100);
        return date.toString(Qt::ISODate);
    }
    return isoFromIsoLike(value);
}

QString guessDateFormat(const QStringList &samples, const QString &callingCode)
{
    QStringList values;
    for (const QString &sample : samples) {
        if (!sample.trimmed().isEmpty())
            values.append(sample.trimmed());
    }
    if (values.isEmpty())
        return u"yyyy-MM-dd"_s;
    const auto readsAll = [&values](const QStringList &formats) {
        for (const QString &value : values) {
            if (!parseDateToIso(value, formats))
                return false;
        }
        return true;
    };
    if (readsAll({}))
        return u"yyyy-MM-dd"_s;
    const QStringList dayFirst {u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"dd.MM.yyyy"_s, u"d.M.yyyy"_s,
                                u"dd-MM-yyyy"_s, u"dd/MM/yy"_s, u"d/M/yy"_s};
    const QStringList monthFirst {u"MM/dd/yyyy"_s, u"M/d/yyyy"_s, u"MM-dd-yyyy"_s, u"MM/dd/yy"_s,
                                  u"M/d/yy"_s};
    const QStringList named {u"yyyy/MM/dd"_s,       u"d MMMM yyyy"_s, u"MMMM d, yyyy"_s,
                             u"d MMM yyyy"_s,       u"MMM d, yyyy"_s, u"dddd, MMMM d, yyyy"_s,
                             u"dddd, d MMMM yyyy"_s};
    QStringList candidates = callingCode.trimmed() == u"1"_s || callingCode.trimmed() == u"+1"_s
        ? monthFirst + dayFirst
        : dayFirst + monthFirst;
    candidates += named;
    for (const QString &format : std::as_const(candidates)) {
        if (readsAll({format}))
            return format;
    }
    return {};
}

NameParts splitFullName(const QString &fullName)
{
    QString name = fullName.simplified();
    if (name.isEmpty())
        return {};
    const qsizetype comma = name.indexOf(u',');
    if (comma > 0) { // "Smith, Mary" (a suffix such as "Smith, Jr." is rare in CRM exports)
        NameParts parts;
        parts.last = name.left(comma).trimmed();
        parts.first = name.mid(comma + 1).trimmed();
        QStringList words = parts.first.split(u' ', Qt::SkipEmptyParts);
        while (words.size() > 1 && isHonorific(words.front()))
            words.removeFirst();
        parts.first = words.join(u' ');
        return parts;
    }
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && isHonorific(words.front()))
        words.removeFirst();
    if (words.size() == 1)
        return {words.front(), {}};
    qsizetype lastStart = words.size() - 1;
    while (lastStart > 1 && isNameParticle(words.at(lastStart - 1)))
        --lastStart;
    if (words.at(lastStart) == u"y"_s && lastStart > 1)
        --lastStart; // "Ortega y Gasset": two family names joined by y
    return {words.mid(0, lastStart).join(u' '), words.mid(lastStart).join(u' ')};
}

Result<QString> transformValue(ClientTransform transform, const QString &value,
                               const QString &argument)
{
    if (transform == ClientTransform::None)
        return value;
    const QString text = value.trimmed();
    if (text.isEmpty())
        return QString();
    switch (transform) {
    case ClientTransform::None:
    case ClientTransform::Trim:
    case ClientTransform::SplitName:
    case ClientTransform::JoinName:
        return text;
    case ClientTransform::Lower:
        return text.toLower();
    case ClientTransform::Upper:
        return text.toUpper();
    case ClientTransform::Title:
        return titleCase(text);
    case ClientTransform::DateIso: {
        const QStringList formats = argument.trimmed().isEmpty()
            ? QStringList()
            : argument.split(u'|', Qt::SkipEmptyParts);
        if (const auto iso = parseDateToIso(text, formats))
            return *iso;
        if (formats.isEmpty())
            return Error {u"invalid_date"_s,
                          ClientFieldsText::tr(
                              "%1 is not a date in the form yyyy-MM-dd; set the date format of "
                              "this column, e.g. dd/MM/yyyy.")
                              .arg(quoted(text.left(100))),
                          {}};
        return Error {u"invalid_date"_s,
                      ClientFieldsText::tr("%1 is not a date in the form %2.")
                          .arg(quoted(text.left(100)), formats.join(ClientFieldsText::tr(" or "))),
                      {}};
    }
    case ClientTransform::PhoneE164:
        return toE164(text, argument);
    }
    return text;
}

namespace detail {

// For FieldMapping: the problem of an entry's argument for its transform and target; empty
// when it is fine.
QString transformArgumentProblem(ClientTransform transform, const QString &argument,
                                 const QString &target)
{
    if (argument.size() > 100)
        return ClientFieldsText::tr("The argument is longer than 100 characters.");
    switch (transform) {
    case ClientTransform::DateIso:
        for (const QString &format : argument.split(u'|', Qt::SkipEmptyParts)) {
            if (!formatHasYearMonthDay(format))
                return ClientFieldsText::tr(
                           "%1 is not a date format with a day, a month and a year, such as "
                           "dd/MM/yyyy or MM/dd/yyyy.")
                    .arg(quoted(format));
        }
        return {};
    case ClientTransform::PhoneE164: {
        static const QRegularExpression code(u"^\\+?[1-9][0-9]{0,2}$"_s);
        if (!argument.trimmed().isEmpty() && !code.match(argument.trimmed()).hasMatch())
            return ClientFieldsText::tr(
                       "%1 is not a country calling code; use 1 to 3 digits such as 44 or 1.")
                .arg(quoted(argument));
        return {};
    }
    case ClientTransform::SplitName: {
        static const QStringList nameFields {u"first_name"_s, u"last_name"_s, u"full_name"_s,
                                             u"partner_first_name"_s, u"partner_last_name"_s};
        if (!nameFields.contains(target))
            return ClientFieldsText::tr(
                "Splitting a name fills name fields; choose first name, last name, full "
                "name or a partner's name as the target.");
        return {};
    }
    case ClientTransform::JoinName:
        if (argument.trimmed().isEmpty())
            return ClientFieldsText::tr(
                "Joining names needs a second column: name the column with the last "
                "name as the argument.");
        return {};
    default:
        return {};
    }
}

} // namespace detail

} // namespace wedsync
