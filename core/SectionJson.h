#pragma once
// The JSON wire form of SectionConfig, shared by console and server so that neither can drift.
//
// Shape (camelCase, as in the seed): id, organizationId, weddingId (null = organization-wide),
// sectionType, visibility{roles, conditions, weddingPhase?}, layout{position, size, columns,
// responsive}, customization{title, subtitle, color, icon, theme},
// permissions{canEdit, canView, canHide}, metadata{createdBy, updatedBy, version, lastSynced}.
//
// Decoding checks types only and reports every problem at once (code "invalid_section",
// one FieldError per field with a dotted path such as "visibility.roles[2]"); whether the
// values make sense is SectionValidator's job. Unknown keys are ignored by the full decoders
// (a newer server may add fields) but rejected by applySectionPatch (a misspelt key in an
// edit would otherwise silently change nothing).

#include "Result.h"
#include "SectionConfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>

namespace wedsync {

// Error code of every decoding failure below (the API answers it with 400).
inline constexpr QLatin1String InvalidSectionCode("invalid_section");

// Canonical form: every group and field present; "weddingPhase" only when
// visibility.hasWeddingPhases (or the list is non-empty); lastSynced as ISO-8601 UTC with "Z"
// (milliseconds only when non-zero) or null.
QJsonObject sectionToJson(const SectionConfig &section);

// Absent or null fields take SectionConfig's defaults. lastSynced must carry a zone ("Z" or
// an offset); a time without one is ambiguous and rejected.
Result<SectionConfig> sectionFromJson(const QJsonObject &json);
// Parses the bytes first; malformed JSON fails with code "malformed_json".
Result<SectionConfig> sectionFromJson(const QByteArray &bytes);

QJsonArray sectionsToJson(const QList<SectionConfig> &sections);
// Error paths are prefixed with the entry's index: "[3].layout.columns".
Result<QList<SectionConfig>> sectionsFromJson(const QJsonArray &json);

// Partial update: merges the groups present in `patch` into `base` field by field
// (a field absent from the patch keeps its value; null clears a text, object or phase list).
// visibility.weddingPhase: a list sets the phase restriction, null removes it.
// id, organizationId and metadata belong to the server: sending them with a value different
// from `base` is an error (sending them unchanged is accepted so that a client may echo back
// a section it fetched). Unknown keys are errors.
Result<SectionConfig> applySectionPatch(const SectionConfig &base, const QJsonObject &patch);

} // namespace wedsync
