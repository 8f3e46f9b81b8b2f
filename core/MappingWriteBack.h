#pragma once
// A field mapping read backwards: what a client's fields give each source column or JSON path
// of the record they came from, so that a two-way sync writes WedSync's changes back where the
// CRM keeps them (a custom mapping included, not only the provider's default one), and which
// client fields a mapping fills, so that a pull takes only those from the CRM and keeps the
// fields WedSync alone holds.

#include "ClientFields.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace wedsync {

struct SourceValue
{
    QString path; // a source column or flattened JSON path ("cellPhone.e164")
    QString value; // empty: the CRM's value is cleared
};

// Each entry's source with the value the client's `fields` give it, in entry order, each path
// once (the first entry for a path wins). Inverse transforms: none, trim, case, title and phone
// write the stored value; date_iso writes the date in the entry's first format (ISO without
// one); split_name writes the full name (a couple as "Ana López & Luis García"); join_name
// splits the name back into its two columns. Applying the mapping to what this writes gives the
// same mapped fields back.
QList<SourceValue> writeBack(const FieldMapping &mapping, const QJsonObject &fields);

// The client fields a pull through `mapping` may fill (split_name's pairs included): the fields
// the CRM owns. Every other field is WedSync's alone.
QSet<QString> mappedTargets(const FieldMapping &mapping);

// `value` written into the CRM's `record` at its path (an empty text removes the field there),
// with core's one path writer. False when the record cannot hold that path (see setJsonPath);
// the record is then left as it was.
bool writeSourceValue(QJsonObject *record, const SourceValue &value);

} // namespace wedsync
