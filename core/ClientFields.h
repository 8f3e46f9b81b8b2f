#pragma once
// The CRM hub's standard client fields (the target of every field mapping), the transforms a
// mapping entry may apply, and FieldMapping itself: source column or JSON path → field, read
// and written as the `field_mappings` JSON of the contract, applied to one source row.
// Shared by the server (mapping validation, API adapters) and the console (file import).

#include "ClientRecord.h"
#include "Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wedsync {

// A source row: column name (CSV header, vCard property, flattened JSON path "a.b") → text.
using SourceRow = QHash<QString, QString>;

// The 22 standard field ids in the contract's order: first_name, last_name, full_name,
// partner_first_name, partner_last_name, email, partner_email, phone, mobile, address_line1,
// address_line2, city, region, postal_code, country, wedding_date, venue, guest_count, budget,
// lead_source, status, notes.
const QStringList &standardClientFields();
bool isStandardClientField(QStringView id);
// "custom.<key>" with key [a-z0-9_]{1,40}.
bool isCustomClientField(QStringView id);
// A standard field or a custom one.
bool isClientField(QStringView id);
// Why `id` is not a field, as a sentence; empty when it is one.
QString clientFieldProblem(QStringView id);
// The field as a person reads it ("Wedding date"; a custom field: "Custom: shoe_size"),
// translated in context "wedsync::ClientFields". Unknown ids are returned as they are.
QString clientFieldLabel(QStringView id);

enum class ClientTransform {
    None, // the value exactly as read
    Trim, // surrounding white space removed
    Lower,
    Upper,
    Title, // "mary ann o'neil" → "Mary Ann O'Neil"
    DateIso, // argument: a Qt date format ("dd/MM/yyyy"), alternatives separated by '|';
             // ISO 8601 and its basic form (20260814, 20260814T1400Z) are always read
    PhoneE164, // argument: the default country calling code ("44"), for numbers without one
    SplitName, // a full name → first and last (target first_name, last_name or full_name fills
               // first_name + last_name (+ full_name); partner_* fills the partner's pair)
    JoinName, // source and the column named by the argument → "source argument-column"
};

// "none", "trim", "lower", "upper", "title", "date_iso", "phone_e164", "split_name",
// "join_name".
const QStringList &clientTransformIds();
std::optional<ClientTransform> clientTransformFromId(QStringView id);
QString clientTransformId(ClientTransform transform);
QString clientTransformLabel(ClientTransform transform);

// One value through one transform (SplitName and JoinName excepted: see FieldMapping::apply).
// Every transform but None trims first. An empty input gives an empty output, never an error.
// The error is a sentence naming the value, e.g. "“31/02/2026” is not a date in the form
// dd/MM/yyyy."
Result<QString> transformValue(ClientTransform transform, const QString &value,
                               const QString &argument = {});

// The parts of a person's full name. "Smith, Mary" and "Mary Smith" give the same; "van der"
// and similar particles stay with the last name; a leading title (Mr, Mrs, Dr…) is dropped.
struct NameParts
{
    QString first;
    QString last;
};
NameParts splitFullName(const QString &fullName);
// A calendar date as the contract stores it (yyyy-MM-dd) from `text` in one of `formats` (Qt
// date formats), or else in ISO 8601 or its basic form (20260814, 20260814T1400-0500), which no
// other format reads differently. Two-digit years land in 1950–2049.
std::optional<QString> parseDateToIso(const QString &text, const QStringList &formats = {});
// Of the usual date formats, the first that reads every non-empty sample: "yyyy-MM-dd" when they
// are ISO 8601 (or there are none), "" when no format reads them all. Day-first is preferred
// over month-first unless `callingCode` is "1" (North America) or the samples decide.
QString guessDateFormat(const QStringList &samples, const QString &callingCode = {});

struct FieldMappingEntry
{
    QString source; // column name or flattened JSON path
    QString target; // standard field id or custom.<key>
    ClientTransform transform = ClientTransform::None;
    QString argument; // see ClientTransform

    friend bool operator==(const FieldMappingEntry &, const FieldMappingEntry &) = default;
};

// What applying a mapping to one row gives: the record and one problem per value it could not
// take (FieldError.field is the target id; the message names the column and the value).
struct MappedRow
{
    ClientRecord record;
    QList<FieldError> problems;
};

class FieldMapping
{
public:
    static constexpr int maxEntries = 200;

    FieldMapping() = default;
    explicit FieldMapping(QList<FieldMappingEntry> entries);

    const QList<FieldMappingEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void append(FieldMappingEntry entry) { m_entries.append(std::move(entry)); }

    // The contract's JSON: [{"source","target","transform","argument"?}, ...]. Reading checks
    // every entry and reports each problem once, as "<path>[i].<key>" (path "items" by
    // default), e.g. {"items[2].target", "“weding_date” is not a client field…"}.
    static Result<FieldMapping> fromJson(const QJsonArray &items, const QString &path = {});
    QJsonArray toJson() const;
    static QJsonObject entryToJson(const FieldMappingEntry &entry);

    // Problems of the entries themselves (as fromJson reports them, for a mapping built in
    // code or edited in the console). As the server checks them: at most 200 entries, a source
    // of 1–200 characters, an argument of at most 100, each target filled from one column
    // (split_name excepted, as it fills several).
    QList<FieldError> validate(const QString &path = {}) const;
    // Entries whose source (or join_name's second column) is not among `columns`, e.g. a file
    // whose header lacks a mapped column: {"items[1].source", "The column “E-mail” is not in
    // this file."}.
    QList<FieldError> missingSources(const QStringList &columns, const QString &path = {}) const;
    // The sources this mapping reads, in entry order, without repeats.
    QStringList sources() const;

    // One row through the mapping. When several entries fill one field (split_name and another
    // column), the first non-empty value wins. A value a transform cannot take is left out and
    // reported. guest_count and budget are normalised ("$12,500.00" → "12500.00"); email and
    // partner_email are trimmed.
    MappedRow apply(const SourceRow &row) const;
    MappedRow apply(const QJsonObject &object) const;

    friend bool operator==(const FieldMapping &, const FieldMapping &) = default;

private:
    QList<FieldMappingEntry> m_entries;
};

// A JSON object as a SourceRow: nested keys joined with '.', array items by index ("emails.0"),
// numbers and booleans as text, null as empty. Deeper than 32 levels is cut off (and the
// row gets a "…" key naming where), so a hostile document cannot exhaust the stack.
SourceRow flattenJsonObject(const QJsonObject &object);

// A mapping for the header of a file from a CRM export (HoneyBook, Dubsado, 17hats, Studio
// Ninja, Táve, Light Blue, Pixieset and generic names such as "E-mail", "Email Address", "Phone
// Number", "Wedding Date", "Event Date", vCard property names): each recognised column once,
// each target once, in header order. Unrecognised columns are left for the person to map.
// `samples` (rows of the same file) choose the date format; `callingCode` is the default for
// phone numbers (phones are only trimmed without one).
FieldMapping suggestMapping(const QStringList &headers, const QList<SourceRow> &samples = {},
                            const QString &callingCode = {});

} // namespace wedsync
