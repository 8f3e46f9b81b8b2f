#pragma once
// One of a supplier's clients as the CRM hub keeps it, whatever CRM or file it came from: the
// standard fields of ClientFields plus custom ones, all as text. Its JSON is the `fields`
// object of the contract (`crm_clients.fields`, the `rows` of a file import): a flat object
// {"first_name": "Mary", "custom.shoe_size": "38"} with non-empty strings only.

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wedsync {

// Why a client cannot be imported, as a code with what it is about: a job's log line carries
// it (core/CrmJobLog) so that each reader gets the sentence in their own language.
struct ClientProblem
{
    QString code; // one of the clientproblem codes
    QString field; // the field id; empty for the record as a whole
    QString value; // the value refused (at most 100 characters); empty when none is
};

namespace clientproblem {
inline constexpr QStringView NoNameOrEmail = u"no_name_or_email";
inline constexpr QStringView UnknownField = u"unknown_field";
inline constexpr QStringView TooLong = u"too_long";
inline constexpr QStringView NotEmail = u"not_email";
inline constexpr QStringView NotDate = u"not_date";
inline constexpr QStringView NotGuestCount = u"not_guest_count";
inline constexpr QStringView NotAmount = u"not_amount";
} // namespace clientproblem

class ClientRecord
{
public:
    // Longest value kept in one field, in UTF-16 code units (a note may be long, not endless).
    static constexpr qsizetype maxValueLength = 65536;

    ClientRecord() = default;

    // The value of a standard field or custom.<key>; empty when unset.
    QString value(QStringView field) const;
    bool has(QStringView field) const;
    // Sets a field; an empty value unsets it. Not checked: validate() says what is wrong.
    void setValue(const QString &field, const QString &value);
    // Field ids with a value: standard fields in the contract's order, then custom ones sorted.
    QStringList fields() const;
    bool isEmpty() const { return m_fields.isEmpty(); }

    // The e-mail address used to match a client already imported: email trimmed and lower
    // case; empty when there is none.
    QString emailKey() const;
    // full_name, else first and last name joined, else the e-mail address; for lists.
    QString displayName() const;

    // Problems that stop the client from being imported, one per field: no e-mail and no
    // name, an e-mail address that is not one, a wedding date that is not yyyy-MM-dd, a guest
    // count that is not a whole number, a budget that is not a number, an unknown field id, a
    // value over maxValueLength. FieldError.field is the field id ("" for the record).
    QList<FieldError> validate() const;
    // The same problems as codes (validate()'s messages are problemText() of these).
    QList<ClientProblem> problems() const;
    // A problem as one sentence in the reader's language; empty for an unknown code.
    static QString problemText(const ClientProblem &problem);

    QJsonObject toJson() const;
    // Reads the flat object; strings only (numbers are taken as their text), unknown field ids
    // are errors.
    static Result<ClientRecord> fromJson(const QJsonObject &object);

    // Canonical JSON (keys sorted, compact, UTF-8) and its SHA-256 in lower-case hex: the
    // `content_hash` that tells whether a client changed since the last sync.
    QByteArray canonicalJson() const;
    QString contentHash() const;

    friend bool operator==(const ClientRecord &, const ClientRecord &) = default;

private:
    QMap<QString, QString> m_fields;
};

// True for a plausible e-mail address: one '@', a local part and a domain with a dot, no
// spaces or control characters, at most 254 characters.
bool isPlausibleEmail(QStringView email);

} // namespace wedsync
