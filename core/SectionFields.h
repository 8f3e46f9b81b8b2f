#pragma once
// A section's editable fields one by one, by the names LayoutDiff uses: what a field-by-field
// choice between two edits of one section (keep mine / take theirs) works on, and what a
// save sends (only the fields that changed).

#include "SectionConfig.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wedsync {

// "title", "subtitle", "color", "icon", "theme", "roles", "phases", "conditions", "position",
// "columns", "size", "responsive", "canView", "canEdit", "canHide", in the inspector's order.
QStringList sectionFieldNames();
// The field as a planner reads its name ("Title", "Visible to roles", ...), translated.
QString sectionFieldDisplayName(QStringView field);
// A dotted wire path of a section ("customization.title", "customization.theme.primary") as a
// person reads it ("Title", "Theme › primary"); unknown paths are shown as they are.
QString sectionPathDisplayName(QStringView path);
// True for the fields only admins change (visibility.roles and permissions.*, as the server
// enforces): "roles", "canView", "canEdit", "canHide".
bool isGrantField(QStringView field);
// Placement fields, sent with one reorder call rather than a patch: "position", "columns".
bool isPlacementField(QStringView field);

// The field's value in wire form ("phases": the weddingPhase list, or null when unrestricted).
QJsonValue sectionFieldValue(const SectionConfig &section, QStringView field);
// `section` with `field` set to `value` (as sectionFieldValue gives it); an unknown field or a
// value of the wrong type leaves it unchanged.
SectionConfig withSectionField(SectionConfig section, QStringView field, const QJsonValue &value);
// The fields whose values differ, in sectionFieldNames() order.
QStringList changedSectionFields(const SectionConfig &before, const SectionConfig &after);

// A PATCH body (SectionJson's applySectionPatch form) with the groups and fields of `fields`
// taken from `after`; placement fields are left out. Empty when there is nothing to send.
QJsonObject sectionPatchFor(const SectionConfig &after, const QStringList &fields);

} // namespace wedsync
