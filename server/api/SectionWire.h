#pragma once
// A stored section on the wire: the core codec's form plus the row's version and timestamps
// for REST, and the table's columns for realtime row changes.

#include "storage/Records.h"

#include <QJsonObject>

namespace wedsync::server::json {

// core/SectionJson's sectionToJson plus "version", "createdAt" and "updatedAt".
QJsonObject section(const SectionRecord &record);
// The section_configurations row: id, organization_id, wedding_id, section_type, config,
// position, version, created_by, updated_by, created_at, updated_at.
QJsonObject sectionRow(const SectionRecord &record);
// The same from the record's section() made already (a write encodes each side once for its
// audit row and its row change).
QJsonObject sectionRow(const SectionRecord &record, const QJsonObject &wire);

// Keys of section() that are not part of the core codec: a client echoing a section back in
// a PATCH or PUT may send them; they are ignored (If-Match carries the version).
const QStringList &sectionServerKeys();

} // namespace wedsync::server::json
